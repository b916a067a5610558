#include "text/fold.h"

#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

namespace dossier::text {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Characters utf8proc leaves alone that writers use interchangeably.
std::string PlainPunctuation(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char c = static_cast<unsigned char>(s[i + 2]);
      if (c == 0x98 || c == 0x99 || c == 0xB2) { out += '\''; i += 2; continue; }
      if (c == 0x9C || c == 0x9D) { out += '"'; i += 2; continue; }
      if (c >= 0x90 && c <= 0x95) { out += '-'; i += 2; continue; }
    }
    out += s[i];
  }
  return out;
}

}  // namespace

std::string Fold(std::string_view s) {
  if (IsAscii(s)) {
    std::string out(s);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string plain = PlainPunctuation(s);
  utf8proc_uint8_t* mapped = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(plain.data()),
                        static_cast<utf8proc_ssize_t>(plain.size()), &mapped,
                        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                                       UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (n < 0) return plain;  // invalid input: fold nothing rather than fail
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<char*>(mapped), static_cast<size_t>(n));
}

std::string MatchKey(std::string_view s) {
  std::string folded = Fold(s);
  std::string out;
  out.reserve(folded.size());
  bool space = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c == '.') continue;
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (c == '\'' && i + 1 < folded.size() && folded[i + 1] == 's' &&
        (i + 2 == folded.size() || folded[i + 2] == ' ')) {
      ++i;  // possessive 's
      continue;
    }
    // Inner apostrophes stay ("o'brien", "doesn't"); others separate words.
    if (c == '\'' && !out.empty() && out.back() != ' ' && i + 1 < folded.size() &&
        static_cast<unsigned char>(folded[i + 1]) >= 'a') {
      out += '\'';
      continue;
    }
    // "OPEC+", "C5+1": a plus right after a word stays in it.
    if (c == '+' && !out.empty() && !space) {
      out += '+';
      continue;
    }
    if (!alnum) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

namespace {
bool SameIgnoringAsciiCase(char a, char b) {
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}
}  // namespace

bool ContainsIgnoringAsciiCase(std::string_view haystack, std::string_view needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(), SameIgnoringAsciiCase) !=
         haystack.end();
}

bool StartsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), SameIgnoringAsciiCase);
}

}  // namespace dossier::text
