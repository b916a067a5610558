// What an apposition says a name is: "Baltic Sentry, a mission that sends
// frigates", "Zapad 2025, a joint military exercise". Read by the
// gazetteer (a known word that opens the name gives way) and by the name
// finder (the name is an event of that kind).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"
#include "rules/lexicon.h"

namespace dossier::extract {

// The event kind ("operation", "exercise") that an apposition right after
// token `end` gives the name before it, or "" when it gives none. The
// nouns are lexicon list `event_apposition_nouns`.
std::string EventKindInApposition(const std::vector<Token>& tokens, const Lexicon& lexicon, uint32_t end,
                                  uint32_t sentence_end);

}  // namespace dossier::extract
