// Names the knowledge base does not know, found from cues: capitalised runs
// typed by titles ("Romanian President X"), organisation head words
// ("... Institute", "Ministry of ..."), appositions ("X, a geopolitical
// analyst"), speech verbs, acronym definitions and prepositions of place.
// Also decides, for known capitals, whether the city or its state is meant,
// and records the title in front of known people.
#pragma once

#include <vector>

#include "extract/candidate.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// `known` holds the gazetteer's candidates for the sentence; the function
// may drop some of them (swallowed by a longer organisation name) and
// returns the full, ordered list of candidates for the sentence.
std::vector<Candidate> FindNames(const Document& doc, const Sentence& sentence,
                                 const RuleBook& book, std::vector<Candidate> known);

// True when most words of the sentence are capitalised and it has no final
// stop: a headline, where capitalisation says nothing about names.
bool LooksLikeHeadline(const Document& doc, const Sentence& sentence);

}  // namespace dossier::extract
