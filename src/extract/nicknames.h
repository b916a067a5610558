// Jorge "Tuto" Quiroga, Luiz Inácio "Lula" da Silva: a nickname in quotes
// inside a person's name would split the name in two, so its tokens are
// dropped before anything else reads them. The name then matches as
// written without it ("Jorge Quiroga"), or with its words where the
// knowledge base knows it so ("Luiz Inácio Lula da Silva"); the text itself
// is untouched, so a mention spanning the name still shows the nickname.
#pragma once

#include "model/document.h"
#include "rules/knowledge_base.h"
#include "rules/lexicon.h"

namespace dossier::extract {

void DropNicknamesInsideNames(Document& doc, const Lexicon& lexicon, const KnowledgeBase& kb);

}  // namespace dossier::extract
