// Modality of a relation from cue words in the clause that holds it:
// negated ("not", "refused to") before proposed ("calls for", "must")
// before hypothetical ("may", "would", "if"). Cue lists live in
// rules/lexicon (cue_negated, cue_proposed, cue_hypothetical).
#pragma once

#include <cstdint>
#include <string_view>

#include <vector>

#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Looks at tokens [first, end) of one sentence. Words of lexicon list
// `not_cues` are passed over ("rejects" opposes; it negates nothing), and
// so are tokens t with (*passed_over)[t - base] set (an aside the reading
// left out: "Pashinyan, who froze ..., initialled a peace agreement").
Modality ModalityOf(const Document& doc, const RuleBook& book, uint32_t first, uint32_t end,
                    std::string_view not_cues = {}, const std::vector<bool>* passed_over = nullptr,
                    uint32_t base = 0);

// Whether `t` denies the verb after it: "not", "n't", "never", "cannot"
// (where a denied ending leaves a relation as it was).
bool DeniesVerb(const Token& t);

// The first token of the clause that holds token `at`: after the nearest
// ";", ":", "but", "however", "while" or the sentence start.
uint32_t ClauseStart(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t at);

}  // namespace dossier::extract
