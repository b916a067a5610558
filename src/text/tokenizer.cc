#include "text/tokenizer.h"

#include <utf8proc.h>

#include <array>
#include <cctype>
#include <string>

#include "text/fold.h"
#include "text/utf8.h"

namespace dossier::text {
namespace {

enum class CharClass { kSpace, kUpper, kLower, kDigit, kMark, kApostrophe, kHyphen, kPeriod, kOther };

CharClass Classify(int32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'a' && cp <= 'z') return CharClass::kLower;
    if (cp >= 'A' && cp <= 'Z') return CharClass::kUpper;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v')
      return CharClass::kSpace;
    if (cp == '\'') return CharClass::kApostrophe;
    if (cp == '-') return CharClass::kHyphen;
    if (cp == '.') return CharClass::kPeriod;
    return CharClass::kOther;
  }
  if (cp == 0x2019 || cp == 0x2018) return CharClass::kApostrophe;
  if (cp == 0x2010 || cp == 0x2011) return CharClass::kHyphen;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return CharClass::kUpper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CharClass::kLower;
    case UTF8PROC_CATEGORY_ND: return CharClass::kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: return CharClass::kMark;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: return CharClass::kSpace;
    default: return CharClass::kOther;
  }
}

bool IsWordChar(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kDigit ||
         c == CharClass::kMark;
}
bool IsLetter(CharClass c) { return c == CharClass::kUpper || c == CharClass::kLower; }

struct Cursor {
  std::string_view text;
  size_t pos = 0;
  // Class and width of the code point at `at` without moving.
  CharClass Peek(size_t at, size_t* width = nullptr) const {
    if (at >= text.size()) return CharClass::kSpace;
    size_t p = at;
    int32_t cp = DecodeCodePoint(text, p);
    if (width) *width = p - at;
    return cp < 0 ? CharClass::kOther : Classify(cp);
  }
};

constexpr std::array<std::string_view, 48> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj",
    "capt", "sgt", "adm", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "no", "vs",
    "etc", "mt", "ft", "pres", "amb", "hon", "rev", "messrs", "dept", "univ", "est", "approx"};

void Finish(Token& t, std::string_view text) {
  std::string_view s = text.substr(t.span.start, t.span.size());
  t.folded = MatchKey(s);
  size_t p = 0;
  CharClass first = Classify(DecodeCodePoint(s, p));
  t.capitalized = first == CharClass::kUpper;
  t.is_number = first == CharClass::kDigit;
  bool has_letter = false, all_upper = true;
  for (size_t q = 0; q < s.size();) {
    CharClass c = Classify(DecodeCodePoint(s, q));
    if (c == CharClass::kLower) all_upper = false;
    if (IsLetter(c)) has_letter = true;
  }
  t.all_caps = has_letter && all_upper;
}

// Second halves of compounds whose first half names an actor.
bool IsAttributiveSuffix(std::string_view rest) {
  static constexpr std::string_view kSuffixes[] = {"led", "backed", "based", "brokered", "funded", "sponsored",
                                                   "owned", "run", "controlled", "allied", "aligned", "friendly",
                                                   "made", "built", "supplied", "imposed", "occupied", "held",
                                                   "administered", "annexed", "governed", "ruled", "dominated",
                                                   "influenced", "armed", "trained", "financed", "designed",
                                                   "produced", "registered", "flagged", "affiliated", "linked", "era"};
  for (auto s : kSuffixes) {
    if (rest.size() < s.size() || rest.compare(0, s.size(), s) != 0) continue;
    if (rest.size() == s.size() || !std::isalnum(static_cast<unsigned char>(rest[s.size()]))) return true;
  }
  return false;
}

bool IsUpperStart(std::string_view text, size_t at) {
  size_t p = at;
  return Classify(DecodeCodePoint(text, p)) == CharClass::kUpper;
}

}  // namespace

bool IsAbbreviation(std::string_view word) {
  std::string w = Fold(word);
  for (auto a : kAbbreviations)
    if (a == w) return true;
  return false;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  Cursor cur{text};
  while (cur.pos < text.size()) {
    size_t w = 0;
    CharClass c = cur.Peek(cur.pos, &w);
    if (c == CharClass::kSpace) {
      cur.pos += w;
      continue;
    }
    Token t;
    t.span.start = static_cast<uint32_t>(cur.pos);
    if (c == CharClass::kApostrophe) {
      // Possessive "'s" / "’s" standing alone after a word.
      size_t w2 = 0;
      if (!tokens.empty() && tokens.back().span.end == cur.pos &&
          cur.pos + w < text.size() && (text[cur.pos + w] == 's' || text[cur.pos + w] == 'S') &&
          !IsWordChar(cur.Peek(cur.pos + w + 1, &w2))) {
        t.span.end = static_cast<uint32_t>(cur.pos + w + 1);
        t.folded = "'s";
        tokens.push_back(std::move(t));
        cur.pos += w + 1;
        continue;
      }
      // "Geert Wilders' Party for Freedom", "the Houthis' attacks": an
      // apostrophe after a word in "s" and before a space is the possessive
      // too (not a quotation's close: "the 'Friends' group" opens with one).
      if (!tokens.empty() && tokens.back().is_word && tokens.back().span.end == cur.pos &&
          (text[cur.pos - 1] == 's' || text[cur.pos - 1] == 'S') &&
          (cur.pos + w == text.size() || cur.Peek(cur.pos + w, &w2) == CharClass::kSpace)) {
        uint32_t word_start = tokens.back().span.start;
        size_t wq = 0;
        bool quoted = word_start > 0 && tokens.size() >= 2 && tokens[tokens.size() - 2].span.end == word_start &&
                      cur.Peek(tokens[tokens.size() - 2].span.start, &wq) == CharClass::kApostrophe;
        if (!quoted) {
          t.span.end = static_cast<uint32_t>(cur.pos + w);
          t.folded = "'s";
          tokens.push_back(std::move(t));
          cur.pos += w;
          continue;
        }
      }
    }
    if (!IsWordChar(c)) {
      cur.pos += w;
      t.span.end = static_cast<uint32_t>(cur.pos);
      t.folded = std::string(text.substr(t.span.start, w));
      tokens.push_back(std::move(t));
      continue;
    }
    // A word: letters, digits and marks, joined by inner hyphens, apostrophes
    // and (in numbers) commas and periods.
    size_t letters = 0;
    while (true) {
      CharClass k = cur.Peek(cur.pos, &w);
      if (IsWordChar(k)) {
        cur.pos += w;
        ++letters;
        continue;
      }
      size_t w2 = 0;
      CharClass next = cur.Peek(cur.pos + w, &w2);
      if (k == CharClass::kHyphen && IsWordChar(next)) {
        // "Saudi-led", "US-backed", "Moscow-based": the name before the
        // hyphen is a mention of its own, so stop the word here.
        if (IsAttributiveSuffix(text.substr(cur.pos + w)) && IsUpperStart(text, t.span.start)) break;
        cur.pos += w;
        continue;
      }
      if (k == CharClass::kApostrophe && IsLetter(next)) {
        // Split the possessive; keep O'Brien and doesn't whole.
        bool possessive = (text[cur.pos + w] == 's' || text[cur.pos + w] == 'S') &&
                          !IsWordChar(cur.Peek(cur.pos + w + 1));
        if (possessive) break;
        cur.pos += w;
        continue;
      }
      // "OPEC+", "C5+1", "G7+": a plus after a capitalised name is part
      // of it (OPEC+ is not OPEC).
      if (text[cur.pos] == '+' && IsUpperStart(text, t.span.start) &&
          (next == CharClass::kDigit || next == CharClass::kSpace || next == CharClass::kOther ||
           next == CharClass::kPeriod)) {
        cur.pos += 1;
        if (next == CharClass::kDigit) continue;
        break;
      }
      bool digits_so_far = c == CharClass::kDigit;
      if ((text[cur.pos] == ',' || k == CharClass::kPeriod) && digits_so_far &&
          next == CharClass::kDigit) {
        cur.pos += w;
        continue;
      }
      break;
    }
    // Acronyms with periods (U.S., D.C., U.N.) and initials (F.).
    std::string_view word = text.substr(t.span.start, cur.pos - t.span.start);
    if (letters == 1 && IsLetter(c) && cur.Peek(cur.pos) == CharClass::kPeriod) {
      size_t p = cur.pos;
      while (p + 2 < text.size() && text[p] == '.' && IsLetter(cur.Peek(p + 1)) &&
             (p + 2 == text.size() || text[p + 2] == '.'))
        p += 2;
      if (p < text.size() && text[p] == '.' && (p > cur.pos || c == CharClass::kUpper)) p += 1;
      cur.pos = p;
    } else if (cur.Peek(cur.pos) == CharClass::kPeriod && IsAbbreviation(word)) {
      cur.pos += 1;
    }
    t.span.end = static_cast<uint32_t>(cur.pos);
    t.is_word = true;
    Finish(t, text);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

std::string_view LowerPrefixBeforeCapital(const Token& t, std::string_view text) {
  if (!t.is_word || t.capitalized) return {};
  size_t hyphen = text.find('-', t.span.start);
  if (hyphen == std::string_view::npos || hyphen + 1 >= t.span.end) return {};
  if (!std::isupper(static_cast<unsigned char>(text[hyphen + 1]))) return {};
  return text.substr(t.span.start, hyphen - t.span.start);
}

std::string FoldedWords(const std::vector<Token>& tokens, size_t first, size_t end) {
  std::string out;
  for (size_t i = first; i < end; ++i) out += (out.empty() ? "" : " ") + tokens[i].folded;
  return out;
}

std::string TokensText(const Document& doc, size_t first, size_t end) {
  return doc.text.substr(doc.tokens[first].span.start, doc.tokens[end - 1].span.end - doc.tokens[first].span.start);
}

bool IsJoiningDash(const std::vector<Token>& tokens, size_t i) {
  if (i == 0 || i + 1 >= tokens.size()) return false;
  const Token& t = tokens[i];
  return (t.folded == "-" || t.folded == "\u2013") && tokens[i - 1].span.end == t.span.start &&
         tokens[i + 1].span.start == t.span.end;
}

bool IsSpacedDash(const std::vector<Token>& tokens, size_t i) {
  const Token& t = tokens[i];
  return !t.is_word && (t.folded == "-" || t.folded == "\u2013" || t.folded == "\u2014") && !IsJoiningDash(tokens, i);
}

std::vector<Token> SplitAtHyphens(const Token& t, std::string_view text) {
  std::vector<Token> out;
  uint32_t start = t.span.start;
  auto word = [&](uint32_t end) {
    Token w;
    w.span = {start, end};
    w.sentence = t.sentence;
    w.is_word = true;
    Finish(w, text);
    out.push_back(std::move(w));
  };
  for (uint32_t p = t.span.start; p < t.span.end; ++p) {
    if (text[p] != '-' || p == start) continue;
    word(p);
    Token hyphen;
    hyphen.span = {p, p + 1};
    hyphen.folded = "-";
    hyphen.sentence = t.sentence;
    out.push_back(std::move(hyphen));
    start = p + 1;
  }
  if (start < t.span.end) word(t.span.end);
  return out;
}

}  // namespace dossier::text
