// "the Russian president", "Iran's supreme leader": a title with a state
// and no name is a mention of whoever held that office when the article
// was written, if the knowledge base knows who that was.
#pragma once

#include <vector>

#include "extract/candidate.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Adds a person candidate over each such title in the sentence (the state's
// own mention stays as it is); `candidates` are the sentence's, in token
// order, and stay so.
void FindOfficeDescriptors(const Document& doc, const Sentence& sentence, const RuleBook& book,
                           std::vector<Candidate>& candidates);

}  // namespace dossier::extract
