// Whether a token reads as a verb: shared by event finding (a trigger used
// as a verb is no event) and the masked sentences (series of verb phrases,
// asides that end before a verb).
#pragma once

#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// A word that reads as a finite verb: one of the lexicon's anaphor_verbs
// ("has", "met", "signed"), "are"/"were", or a lower-case word in "-ed".
bool LooksLikeVerb(const RuleBook& book, const Token& t);

// The number of tokens of a phrase of the lexicon's office_leaving_phrases
// at token `k` (before `end`) said of one who leaves an office: with no
// object after it ("resigned in June", not "quit the talks"); 0 if none.
size_t OfficeLeavingAt(const RuleBook& book, const std::vector<Token>& tokens, size_t k, size_t end);

}  // namespace dossier::extract
