#include "extract/verbs.h"

namespace dossier::extract {

bool LooksLikeVerb(const RuleBook& book, const Token& t) {
  if (!t.is_word || t.capitalized) return false;
  return book.lexicon.Has("anaphor_verbs", t) || t.folded == "are" || t.folded == "were" ||
         (t.folded.size() > 4 && t.folded.compare(t.folded.size() - 2, 2, "ed") == 0);
}

size_t OfficeLeavingAt(const RuleBook& book, const std::vector<Token>& tokens, size_t k, size_t end) {
  size_t n = book.lexicon.LongestAt("office_leaving_phrases", tokens, k, end);
  if (!n || k + n >= end) return n;
  const Token& next = tokens[k + n];
  bool object = next.is_word && (next.capitalized || book.lexicon.Has("verb_object_determiners", next));
  return object ? 0 : n;
}

}  // namespace dossier::extract
