// Finds knowledge-base names, aliases, demonyms and capitals in a sentence,
// longest match first, with case rules that keep "US" from matching "us"
// and "Turkey" from matching "turkey".
#pragma once

#include <vector>

#include "extract/candidate.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

std::vector<Candidate> MatchGazetteer(const Document& doc, const Sentence& sentence,
                                      const RuleBook& book);

}  // namespace dossier::extract
