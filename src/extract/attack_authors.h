// Who is criticised when an attack is condemned: "Israel struck Hamas
// negotiators in Doha. Qatar condemned the strike." The rules read "the
// strike" as no one; the attack told of just before says whose it was.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/resolver.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

struct InferredRelation {
  size_t subject = 0;
  size_t object = 0;
  Predicate predicate = Predicate::kCriticizes;
  Modality modality = Modality::kAsserted;
  uint32_t sentence = 0;
};

// Reads doc.relations as found so far (the ATTACKS of earlier sentences).
std::vector<InferredRelation> CriticismOfAttackers(const Document& doc, const RuleBook& book,
                                                   const Resolution& placement);

}  // namespace dossier::extract
