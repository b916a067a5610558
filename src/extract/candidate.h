// Internal to extract/: a span of tokens that may be an entity mention,
// before resolution merges candidates into entities.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/ontology.h"
#include "rules/knowledge_base.h"

namespace dossier::extract {

struct Candidate {
  uint32_t first = 0;  // token range [first, end)
  uint32_t end = 0;
  uint32_t sentence = 0;
  EntityType type = EntityType::kLocation;
  int kb = -1;                     // knowledge-base entity, -1 when unknown
  AliasKind kind = AliasKind::kName;
  bool city = false;               // a capital named as a place, not as its state
  bool weak = false;               // kept only if resolution ties it to a stronger mention
  bool tentative = false;          // a guess from no cue: tie it to a fuller name first, if one exists
  bool named_here = false;         // a known body's name given here to another group ("a group known as the Quad")
  std::string role;                // title in front of a person: "President"
  std::string name;                // name to use instead of the span text (events)
  std::string group;               // events/sanctions: merge class ("war", "unrest", target id)
  std::string date;                // ISO date attached to an event
  std::string place;               // events: the place named with it ("talks in Jeddah"), folded
};

// The candidate whose span covers token `i`, or nullptr. Candidates do not
// overlap, so the first hit is the only one; the lists are per document and
// short enough that a scan beats keeping an index up to date.
inline const Candidate* CandidateCovering(const std::vector<Candidate>& cands, size_t i) {
  for (const auto& c : cands)
    if (c.first <= i && i < c.end) return &c;
  return nullptr;
}

}  // namespace dossier::extract
