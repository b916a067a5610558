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

}  // namespace dossier::extract
