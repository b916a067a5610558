#include "extract/hyphenated_names.h"

#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

bool IsJoinOfNames(const Token& t, const std::vector<Token>& parts, const KnowledgeBase& kb) {
  if (kb.by_key.count(t.folded) || kb.prefixes.count(t.folded)) return false;
  size_t names = 0;
  for (const Token& p : parts) {
    if (!p.is_word) continue;
    if (!p.capitalized || !kb.by_key.count(p.folded)) return false;
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
      if (IsJoinOfNames(t, parts, kb)) {
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
