#include "extract/hyphenated_names.h"

#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

// `after`: the words after the hyphenated token, for a last part that is
// the start of a longer name ("China-Central Asia summit").
bool IsJoinOfNames(const Token& t, const std::vector<Token>& parts, const std::vector<const Token*>& after,
                   const KnowledgeBase& kb) {
  if (kb.by_key.count(t.folded) || kb.prefixes.count(t.folded)) return false;
  size_t names = 0, last_word = 0;
  for (size_t i = 0; i < parts.size(); ++i)
    if (parts[i].is_word) last_word = i;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Token& p = parts[i];
    if (!p.is_word) continue;
    bool known = p.capitalized && kb.by_key.count(p.folded);
    if (!known && i == last_word && p.capitalized && kb.prefixes.count(p.folded)) {
      std::string key = p.folded;
      for (const Token* a : after) {
        if (!a->is_word || !a->capitalized) break;
        key += " " + a->folded;
        if (kb.by_key.count(key)) {
          known = true;
          break;
        }
      }
    }
    if (!known) return false;
    ++names;
  }
  return names >= 2;
}

}  // namespace

void SplitHyphenatedNames(Document& doc, const KnowledgeBase& kb) {
  std::vector<Token> out;
  bool changed = false;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    bool candidate = t.is_word && t.capitalized && t.folded.find(' ') != std::string::npos &&
                     doc.text.find('-', t.span.start) < t.span.end;
    if (candidate) {
      std::vector<Token> parts = text::SplitAtHyphens(t, doc.text);
      std::vector<const Token*> after;
      for (size_t k = i + 1; k < doc.tokens.size() && k <= i + 3 && doc.tokens[k].sentence == t.sentence; ++k)
        after.push_back(&doc.tokens[k]);
      if (IsJoinOfNames(t, parts, after, kb)) {
        if (!changed) out.assign(doc.tokens.begin(), doc.tokens.begin() + static_cast<std::ptrdiff_t>(i));
        changed = true;
        for (auto& p : parts) out.push_back(std::move(p));
        continue;
      }
    }
    if (changed) out.push_back(t);
  }
  if (changed) doc.tokens = std::move(out);
}

}  // namespace dossier::extract
