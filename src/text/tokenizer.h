// Splits text into word and punctuation tokens with exact byte spans.
// Words keep internal hyphens ("Kassym-Jomart") and acronym periods ("U.S.",
// "D.C."); the possessive "'s" is a token of its own; abbreviations such as
// "Feb." and "Dr." keep their period so sentence splitting can see them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace dossier::text {

std::vector<Token> Tokenize(std::string_view text);

// True for "Mr", "Feb", "Gen", ... : words that end in a period that does
// not end a sentence. `word` is given without its period, any case.
bool IsAbbreviation(std::string_view word);

// The tokens of word `t` cut at its inner hyphens: "Xi-Putin" gives "Xi",
// "-", "Putin". For callers that know the parts are names of their own.
std::vector<Token> SplitAtHyphens(const Token& t, std::string_view text);

// For a lower-case word joined by a hyphen to a capitalised one ("al-Assad",
// "bin-Salman"), the part before the hyphen ("al"); else empty. Callers
// decide which such parts are name connectors.
std::string_view LowerPrefixBeforeCapital(const Token& t, std::string_view text);

// Whether token `i` is a hyphen or en dash with no space on either side:
// "Xi-Putin", "Iran–Iraq".
bool IsJoiningDash(const std::vector<Token>& tokens, size_t i);

// Whether token `i` is a hyphen, en or em dash that joins no words: "allies
// - both of them - have", the dashes that set off an aside.
bool IsSpacedDash(const std::vector<Token>& tokens, size_t i);

// The folded words of tokens [first, end) joined by single spaces ("prime
// minister"): how titles and roles are compared with lexicon phrases.
std::string FoldedWords(const std::vector<Token>& tokens, size_t first, size_t end);

// The document's own text of tokens [first, end), with what lies between
// them: "Ali Akbar Velayati", "Armenia–Azerbaijan".
std::string TokensText(const Document& doc, size_t first, size_t end);

}  // namespace dossier::text
