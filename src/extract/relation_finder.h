// Relations between the entities of a document: the patterns of
// rules/relations run over each sentence with its mentions masked as
// [E<n>|TYPE], plus offices from the knowledge base for people named with a
// title. Each relation gets a modality from its clause, a confidence, the
// evidence sentence and attributes (role, former, date, CAMEO code). One
// relation per (subject, predicate, object, modality), every sentence kept.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extract/resolver.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// `on_masked`, when set, sees each masked reading (sentence index, text).
using MaskedSink = std::function<void(uint32_t, const std::string&)>;
void FindRelations(Document& doc, const RuleBook& book, const Resolution& placement,
                   const MaskedSink& on_masked = nullptr);

}  // namespace dossier::extract
