#include "extract/apposition_cues.h"

#include "text/dates.h"

namespace dossier::extract {

std::string EventKindInApposition(const std::vector<Token>& tokens, const Lexicon& lexicon, uint32_t end,
                                  uint32_t sentence_end) {
  // ("launching Baltic Sentry in January 2025, a mission that ...": past a
  // date.)
  if (end + 1 < sentence_end && (tokens[end].folded == "in" || tokens[end].folded == "on")) {
    uint32_t k = end + 1;
    while (k < sentence_end && k < end + 4 && (tokens[k].is_number || text::MonthNumber(tokens[k].folded) != 0)) ++k;
    if (k > end + 1) end = k;
  }
  if (end + 2 >= sentence_end || tokens[end].folded != ",") return "";
  const std::string& article = tokens[end + 1].folded;
  if (article != "a" && article != "an" && article != "the") return "";
  // A few lower-case modifiers ("a joint military exercise", "an
  // air-defence operation"), then the noun, then the apposition ends or a
  // relative clause opens.
  for (uint32_t k = end + 2; k < sentence_end && k < end + 7; ++k) {
    const Token& w = tokens[k];
    if (!w.is_word || w.capitalized) return "";
    if (!lexicon.Has("event_apposition_nouns", w)) continue;
    bool closes = k + 1 >= sentence_end || !tokens[k + 1].is_word ||
                  lexicon.Has("event_apposition_closers", tokens[k + 1]);
    if (!closes) return "";
    bool drill = w.folded.rfind("exercise", 0) == 0 || w.folded.rfind("drill", 0) == 0 || w.folded == "manoeuvres" ||
                 w.folded == "maneuvers" || w.folded == "wargames";
    return drill ? "exercise" : "operation";
  }
  return "";
}

}  // namespace dossier::extract
