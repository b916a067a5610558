// The vocabulary of ../shared/spec/ONTOLOGY.md: entity types, relation
// predicates and modalities, spelled exactly as there.
#pragma once

#include <optional>
#include <string_view>

namespace dossier {

enum class EntityType { kPerson, kOrganization, kLocation, kSanction, kEvent };
inline constexpr int kEntityTypeCount = 5;

enum class Predicate {
  kHoldsPosition, kMemberOf, kWorksFor, kFamilyOf, kLocatedIn, kBorders, kFounded,
  kCooperatesWith, kMeets, kSupports, kOpposes, kPraises, kCriticizes, kAids,
  kAttacks, kSanctions, kEnactedBy, kTargets, kParticipatesIn, kDetains
};
inline constexpr int kPredicateCount = 20;

enum class Modality { kAsserted, kNegated, kProposed, kHypothetical };
inline constexpr int kModalityCount = 4;

std::string_view Name(EntityType t);
std::string_view Name(Predicate p);
std::string_view Name(Modality m);

std::optional<EntityType> ParseEntityType(std::string_view s);
std::optional<Predicate> ParsePredicate(std::string_view s);
std::optional<Modality> ParseModality(std::string_view s);

// Symmetric predicates ignore direction (BORDERS, COOPERATES_WITH, MEETS).
bool IsSymmetric(Predicate p);

// CAMEO root code for interaction predicates ("" where CAMEO has none), so
// the graph lines up with GDELT/ICEWS-style event data.
std::string_view CameoCode(Predicate p);

}  // namespace dossier
