#include "extract/nicknames.h"

#include <string>

namespace dossier::extract {

namespace {

bool IsQuote(const Token& t) { return !t.is_word && t.folded == "\""; }

bool CapitalisedWord(const Token& t) { return t.is_word && t.capitalized && !t.is_number; }

// The end (exclusive) of a quoted nickname opening at `open`: one to three
// capitalised words and the closing quote, followed by the rest of a name
// (a capitalised word, or a connector such as "da" before one); 0 if none.
size_t NicknameEnd(const std::vector<Token>& t, const Lexicon& lexicon, size_t open) {
  size_t k = open + 1;
  while (k < t.size() && k < open + 4 && CapitalisedWord(t[k])) ++k;
  if (k == open + 1 || k >= t.size() || !IsQuote(t[k])) return 0;
  size_t rest = k + 1;
  if (rest < t.size() && t[rest].is_word && !t[rest].capitalized && lexicon.Contains("name_connectors", t[rest].folded))
    ++rest;
  if (rest >= t.size() || !CapitalisedWord(t[rest])) return 0;
  return k + 1;
}

// Whether the name read with its nickname's words, quotes left out, is one
// the knowledge base knows ("Luiz Inácio Lula da Silva"): the words from
// the run before the quote at `open` through up to three after `close`.
bool KnownWithNickname(const std::vector<Token>& kept, const std::vector<Token>& t, size_t open, size_t close,
                       const KnowledgeBase& kb) {
  size_t start = kept.size();
  while (start > 0 && start + 3 > kept.size() && CapitalisedWord(kept[start - 1])) --start;
  std::string key;
  for (size_t k = start; k < kept.size(); ++k) key += (key.empty() ? "" : " ") + kept[k].folded;
  for (size_t k = open + 1; k < close - 1; ++k) key += " " + t[k].folded;
  for (size_t k = close; k < t.size() && k < close + 3 && t[k].is_word; ++k) {
    key += " " + t[k].folded;
    if (kb.by_key.count(key)) return true;
  }
  return false;
}

}  // namespace

void DropNicknamesInsideNames(Document& doc, const Lexicon& lexicon, const KnowledgeBase& kb) {
  std::vector<Token>& t = doc.tokens;
  std::vector<Token> kept;
  kept.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i) {
    // A given name right before the quote, or before a second given name
    // there ("Luiz Inácio"), says the words around it are one person's
    // name ("said "Tuto" Quiroga" opens no name).
    size_t n = kept.size();
    bool given_before = n >= 1 && CapitalisedWord(kept[n - 1]) &&
                        (lexicon.Contains("given_names", kept[n - 1].folded) ||
                         (n >= 2 && CapitalisedWord(kept[n - 2]) && lexicon.Contains("given_names", kept[n - 2].folded)));
    if (IsQuote(t[i]) && given_before) {
      if (size_t end = NicknameEnd(t, lexicon, i)) {
        bool keep_words = KnownWithNickname(kept, t, i, end, kb);
        for (size_t k = i + 1; keep_words && k + 1 < end; ++k) kept.push_back(std::move(t[k]));
        i = end - 1;
        continue;
      }
    }
    kept.push_back(std::move(t[i]));
  }
  t = std::move(kept);
}

}  // namespace dossier::extract
