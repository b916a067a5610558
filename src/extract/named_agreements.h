// "the Paris Agreement", "the Minsk Agreements", "the Indus Waters Treaty",
// "the Treaty of Versailles": a capitalised treaty word closes (or opens) a
// name of its own. The place words in it say where the treaty was signed or
// what it governs, not who signed it: "Paris" there is no mention of France.
#pragma once

#include <vector>

#include "extract/candidate.h"
#include "extract/event_finder.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Replaces the sentence's guesses and place mentions inside each such name
// by one event candidate (group "deal|named:..."), and drops a bare guess
// over a capitalised treaty word after a state ("the Iran Deal") so that
// FindEvents reads it as it reads "the Iran deal". `cands` are in token
// order and stay so.
void NameCapitalisedAgreements(const Document& doc, const Sentence& s, const RuleBook& book, EventState& state,
                               std::vector<Candidate>& cands);

}  // namespace dossier::extract
