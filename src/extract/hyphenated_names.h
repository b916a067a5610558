// "Xi-Putin summit", "US-Israel strikes", "Moscow-Beijing axis": a
// hyphenated word whose every part is a known name is those names, each a
// mention of its own, so the tokens are cut at the hyphens before anything
// else reads them. Names that are hyphenated themselves ("Guinea-Bissau",
// "Kassym-Jomart Tokayev") are whole aliases or their beginnings and stay.
#pragma once

#include "model/document.h"
#include "rules/knowledge_base.h"

namespace dossier::extract {

void SplitHyphenatedNames(Document& doc, const KnowledgeBase& kb);

}  // namespace dossier::extract
