#include "rules/lexicon.h"

#include "text/fold.h"

namespace dossier {

void Lexicon::Add(const std::string& list, const std::string& phrase) {
  List& l = lists_[list];
  std::string key = text::MatchKey(phrase);
  if (key.empty() || !l.keys.insert(key).second) return;
  l.phrases.push_back(key);
  size_t words = 1;
  for (char c : key) words += c == ' ';
  l.max_words = std::max(l.max_words, words);
}

bool Lexicon::Contains(std::string_view list, const std::string& key) const {
  auto it = lists_.find(std::string(list));
  return it != lists_.end() && it->second.keys.count(key) > 0;
}

size_t Lexicon::LongestAt(std::string_view list, const std::vector<Token>& tokens, size_t i,
                          size_t end) const {
  auto it = lists_.find(std::string(list));
  if (it == lists_.end()) return 0;
  const List& l = it->second;
  std::string key;
  size_t best = 0;
  for (size_t n = 0; n < l.max_words && i + n < end; ++n) {
    const Token& t = tokens[i + n];
    if (!t.is_word) break;
    if (n) key += ' ';
    key += t.folded;
    if (l.keys.count(key)) best = n + 1;
  }
  return best;
}

const std::vector<std::string>& Lexicon::Phrases(std::string_view list) const {
  static const std::vector<std::string> kEmpty;
  auto it = lists_.find(std::string(list));
  return it == lists_.end() ? kEmpty : it->second.phrases;
}

}  // namespace dossier
