#include "model/ontology.h"

#include <array>

namespace dossier {
namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kTypeNames = {
    "PERSON", "ORGANIZATION", "LOCATION", "SANCTION", "EVENT"};

constexpr std::array<std::string_view, kPredicateCount> kPredicateNames = {
    "HOLDS_POSITION", "MEMBER_OF", "WORKS_FOR", "FAMILY_OF", "LOCATED_IN",
    "BORDERS", "FOUNDED", "COOPERATES_WITH", "MEETS", "SUPPORTS",
    "OPPOSES", "PRAISES", "CRITICIZES", "AIDS", "ATTACKS",
    "SANCTIONS", "ENACTED_BY", "TARGETS", "PARTICIPATES_IN", "DETAINS"};

// CAMEO root codes: 03 intend to cooperate, 04 consult, 05 diplomatic
// cooperation, 051 praise, 07 provide aid, 11 disapprove, 12 reject,
// 163 impose embargo/sanctions, 173 arrest/detain, 19 fight.
constexpr std::array<std::string_view, kPredicateCount> kCameo = {
    "", "", "", "", "", "", "", "05", "04", "03",
    "12", "051", "11", "07", "19", "163", "", "", "", "173"};

constexpr std::array<std::string_view, kModalityCount> kModalityNames = {
    "asserted", "negated", "proposed", "hypothetical"};

template <typename Enum, size_t N>
std::optional<Enum> Parse(const std::array<std::string_view, N>& names, std::string_view s) {
  for (size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace

std::string_view Name(EntityType t) { return kTypeNames[static_cast<int>(t)]; }
std::string_view Name(Predicate p) { return kPredicateNames[static_cast<int>(p)]; }
std::string_view Name(Modality m) { return kModalityNames[static_cast<int>(m)]; }

std::optional<EntityType> ParseEntityType(std::string_view s) {
  return Parse<EntityType>(kTypeNames, s);
}
std::optional<Predicate> ParsePredicate(std::string_view s) {
  return Parse<Predicate>(kPredicateNames, s);
}
std::optional<Modality> ParseModality(std::string_view s) {
  return Parse<Modality>(kModalityNames, s);
}

bool IsSymmetric(Predicate p) {
  return p == Predicate::kBorders || p == Predicate::kCooperatesWith || p == Predicate::kMeets;
}

std::string_view CameoCode(Predicate p) { return kCameo[static_cast<int>(p)]; }

}  // namespace dossier
