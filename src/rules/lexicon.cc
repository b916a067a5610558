#include "rules/lexicon.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

#include "text/fold.h"

namespace dossier {

namespace {
std::atomic<uint64_t> next_generation{1};
}

const Lexicon::List* Lexicon::Find(std::string_view list) const {
  // Callers pass the same few names again and again, mostly from string
  // literals: a slot is picked by the name's address, but a hit needs the
  // same name too (a temporary string may reuse the address of another).
  struct Slot {
    uint64_t generation = 0;
    const char* data = nullptr;
    std::string name;
    const List* list = nullptr;
  };
  // Large enough that the few hundred call sites' names rarely share a
  // slot: a miss costs a string hash and a map lookup.
  thread_local std::array<Slot, 1024> cache;
  uintptr_t address = reinterpret_cast<uintptr_t>(list.data());
  Slot& slot = cache[((address >> 3) ^ (address >> 13)) % cache.size()];
  if (slot.generation == generation_ && slot.data == list.data() && slot.name == list) return slot.list;
  auto it = lists_.find(list);
  const List* found = it == lists_.end() ? nullptr : &it->second;
  slot.generation = generation_;
  slot.data = list.data();
  slot.name.assign(list);
  slot.list = found;
  return found;
}

Lexicon::List& Lexicon::ListFor(const std::string& list) {
  // A new identity whenever the content changes (loading is single-threaded;
  // lookups never write it), so no cache entry outlives what it points to.
  generation_ = next_generation.fetch_add(1);
  auto found = lists_.find(std::string_view(list));
  if (found != lists_.end()) return found->second;
  List& l = lists_[list];
  if (bits_used_ < 128) l.bit = ListBits{1} << bits_used_++;
  return l;
}

void Lexicon::AddTo(List& l, std::string_view phrase) {
  std::string key = text::MatchKey(phrase);
  if (key.empty() || !l.keys.insert(key).second) return;
  size_t space = key.find(' ');
  std::string_view first = std::string_view(key).substr(0, space);
  if (space != std::string::npos) l.first_words.emplace(first);
  if (l.bit && space == std::string::npos) {
    WordBits& bits = word_bits_[key];
    bits.starts |= l.bit;
    bits.lists |= l.bit;
  } else if (l.bit) {
    word_bits_[std::string(first)].starts |= l.bit;
    word_bits_[key].lists |= l.bit;  // also a hyphenated word: "son-in-law" folds to "son in law"
  }
  size_t words = 1;
  for (char c : key) words += c == ' ';
  l.max_words = std::max(l.max_words, words);
  l.phrases.push_back(std::move(key));
}

void Lexicon::Add(const std::string& list, const std::string& phrase) { AddTo(ListFor(list), phrase); }

void Lexicon::AddAll(const std::string& list, const std::vector<std::string_view>& phrases) {
  List& l = ListFor(list);
  l.keys.reserve(l.keys.size() + phrases.size());
  l.phrases.reserve(l.phrases.size() + phrases.size());
  if (l.bit) word_bits_.reserve(word_bits_.size() + phrases.size());
  for (std::string_view p : phrases) AddTo(l, p);
}

ListBits Lexicon::Bit(std::string_view list) const {
  const List* l = Find(list);
  return l ? l->bit : 0;
}

void Lexicon::Classify(std::vector<Token>& tokens) const {
  for (Token& t : tokens) {
    if (!t.is_word) continue;
    std::string_view w(t.folded);
    auto it = word_bits_.find(w);
    if (it != word_bits_.end()) t.lists = it->second.lists, t.list_starts = it->second.starts;
    size_t space = w.find(' ');  // "son in law": starts as "son"
    if (space != std::string_view::npos) {
      auto first = word_bits_.find(w.substr(0, space));
      if (first != word_bits_.end()) t.list_starts |= first->second.starts;
    }
  }
}

bool Lexicon::Contains(std::string_view list, const std::string& key) const {
  const List* l = Find(list);
  return l && l->keys.find(std::string_view(key)) != l->keys.end();
}

bool Lexicon::OneListOfFamilyHolds(std::string_view prefix, const std::string& a, const std::string& b) const {
  for (const auto& [name, l] : lists_)
    if (name.starts_with(prefix) && l.keys.find(std::string_view(a)) != l.keys.end() &&
        l.keys.find(std::string_view(b)) != l.keys.end())
      return true;
  return false;
}

std::string Lexicon::FirstOfFamilyListHolding(std::string_view prefix, const std::string& key) const {
  const List* holding = nullptr;
  for (const auto& [name, l] : lists_)
    if (name.starts_with(prefix) && l.keys.find(std::string_view(key)) != l.keys.end()) {
      if (holding) return "";
      holding = &l;
    }
  return holding && !holding->phrases.empty() ? holding->phrases.front() : "";
}

size_t Lexicon::LongestAt(std::string_view list, const std::vector<Token>& tokens, size_t i,
                          size_t end) const {
  const List* found = Find(list);
  if (!found || i >= end) return 0;
  const List& l = *found;
  // Token.folded of a hyphenated word holds a space ("son in law"): its
  // first part is what a phrase starts with.
  if (!tokens[i].is_word) return 0;
  if (l.bit) {
    if (!(tokens[i].list_starts & l.bit)) return 0;  // classified: no hashing
  } else {
    std::string_view first(tokens[i].folded);
    first = first.substr(0, first.find(' '));
    if (l.first_words.find(first) == l.first_words.end() && l.keys.find(first) == l.keys.end()) return 0;
  }
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
  auto it = lists_.find(list);
  return it == lists_.end() ? kEmpty : it->second.phrases;
}

}  // namespace dossier
