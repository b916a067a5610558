// Merges the candidates of a document into entities: one per real-world
// referent, every surface form an alias. Known names merge by knowledge-base
// id (capitals and demonyms into their state); unknown ones by folded name,
// acronym definitions ("Collective Security Treaty Organization (CSTO)"),
// initials, surnames ("Bokhari" -> "Kamran Bokhari") and transliteration.
// Weak candidates survive only when they tie to a stronger mention.
#pragma once

#include <vector>

#include "extract/candidate.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// A mention placed in a sentence, for relation patterns.
struct Placed {
  uint32_t first = 0;
  uint32_t end = 0;
  size_t entity = 0;
};

struct Resolution {
  std::vector<std::vector<Placed>> by_sentence;  // sorted by token
};

// Fills doc.entities from per-sentence candidates; returns the placement.
Resolution Resolve(Document& doc, const RuleBook& book,
                   const std::vector<std::vector<Candidate>>& candidates);

// Returns the index of the entity for knowledge-base id `kb_id`, adding it
// (without mentions) when the document never names it.
size_t EnsureKbEntity(Document& doc, const RuleBook& book, const std::string& kb_id);

// The key of an entity the knowledge base does not know: its type and its
// name with spelling variants folded ("PERSON:zelensky").
std::string UnknownEntityKey(EntityType type, const std::string& name);

}  // namespace dossier::extract
