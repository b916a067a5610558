// Finds knowledge-base names, aliases, demonyms and capitals in a sentence,
// longest match first, with case rules that keep "US" from matching "us"
// and "Turkey" from matching "turkey".
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/candidate.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// The initials of the document's capitalised multi-word names ("Rapid
// Support Forces" -> "RSF"): an acronym the text spells out itself is that
// name, not a knowledge-base entity with other words behind the same letters.
std::set<std::string> LocalInitials(const Document& doc);

// `local_initials` (from LocalInitials) may be null.
std::vector<Candidate> MatchGazetteer(const Document& doc, const Sentence& sentence, const RuleBook& book,
                                      const std::set<std::string>* local_initials = nullptr);

}  // namespace dossier::extract
