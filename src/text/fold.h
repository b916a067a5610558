// Folding for matching: lower case, accents stripped, curly quotes and dashes
// made plain, so "Sánchez", "SANCHEZ" and "sanchez" compare equal. Uses
// utf8proc (Unicode case folding and decomposition) off the ASCII fast path.
#pragma once

#include <string>
#include <string_view>

namespace dossier::text {

std::string Fold(std::string_view s);

// Fold() and then drop periods and collapse non-alphanumerics to one space:
// "U.S." -> "us", "Nur-Sultan" -> "nur sultan". Keys of the gazetteer.
std::string MatchKey(std::string_view s);

// Comparisons that ignore ASCII case only, for names the knowledge base spells
// and the text may capitalise ("Sudan" in "SUDAN'S ARMY"); cheaper than Fold()
// where both sides are known to be plain.
bool ContainsIgnoringAsciiCase(std::string_view haystack, std::string_view needle);
bool StartsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix);

}  // namespace dossier::text
