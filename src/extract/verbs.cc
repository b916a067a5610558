#include "extract/verbs.h"

namespace dossier::extract {

bool LooksLikeVerb(const RuleBook& book, const Token& t) {
  if (!t.is_word || t.capitalized) return false;
  return book.lexicon.Has("anaphor_verbs", t) || t.folded == "are" || t.folded == "were" ||
         (t.folded.size() > 4 && t.folded.compare(t.folded.size() - 2, 2, "ed") == 0);
}

}  // namespace dossier::extract
