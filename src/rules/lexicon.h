// Named word lists from rules/lexicon/*.json: titles, organisation head
// words, given names, event triggers, modality cues, ... Phrases are stored
// by MatchKey so lookups are case- and accent-insensitive.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/document.h"

namespace dossier {

class Lexicon {
 public:
  void Add(const std::string& list, const std::string& phrase);
  // Add() for many phrases of one list: the list is looked up once and its
  // tables sized once (the English word list alone has 64,000 words).
  void AddAll(const std::string& list, const std::vector<std::string_view>& phrases);
  // The bit of a list in Token::lists / Token::list_starts (0 when the
  // list is unknown or beyond the 128 that get a bit).
  ListBits Bit(std::string_view list) const;
  // Sets Token::lists and Token::list_starts for every word token.
  void Classify(std::vector<Token>& tokens) const;
  bool Contains(std::string_view list, const std::string& key) const;
  // Whether one list whose name starts with `prefix` holds both keys: the
  // lists of a family ("same_role_*") that users extend by adding a list.
  bool OneListOfFamilyHolds(std::string_view prefix, const std::string& a, const std::string& b) const;
  // The first phrase of the one list of a family that holds `key` (a
  // family whose lists each name one thing, first, in several ways); empty
  // when no list, or more than one, holds it.
  std::string FirstOfFamilyListHolding(std::string_view prefix, const std::string& key) const;
  // Contains() for a classified word token, by its bits when it has them.
  bool Has(std::string_view list, const Token& token) const {
    ListBits bit = Bit(list);
    return bit ? (token.lists & bit) != 0 : token.is_word && Contains(list, token.folded);
  }
  // Number of tokens of the longest phrase of `list` starting at token `i`
  // (tokens before `end`), 0 when none does.
  size_t LongestAt(std::string_view list, const std::vector<Token>& tokens, size_t i,
                   size_t end) const;
  // The raw phrases of a list, in file order (for regex expansion).
  const std::vector<std::string>& Phrases(std::string_view list) const;
  bool HasList(std::string_view list) const { return lists_.find(list) != lists_.end(); }

 private:
  // Lookups by string_view without building a std::string each time.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct List {
    std::unordered_set<std::string, Hash, std::equal_to<>> keys;
    // First words of multi-word phrases; with `keys`, a cheap rejection.
    std::unordered_set<std::string, Hash, std::equal_to<>> first_words;
    std::vector<std::string> phrases;
    size_t max_words = 1;
    ListBits bit = 0;
  };
  struct WordBits {
    ListBits lists = 0, starts = 0;
  };
  std::unordered_map<std::string, WordBits, Hash, std::equal_to<>> word_bits_;
  int bits_used_ = 0;
  // The list for a name. Callers pass string literals, so a small
  // per-thread cache keyed by the name's address skips hashing the name.
  const List* Find(std::string_view list) const;
  List& ListFor(const std::string& list);
  void AddTo(List& l, std::string_view phrase);

  std::unordered_map<std::string, List, Hash, std::equal_to<>> lists_;
  uint64_t generation_ = 0;  // tells caches apart across Lexicon objects
};

}  // namespace dossier
