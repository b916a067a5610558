// Shared by the extraction tests: one rule book, and helpers to look up
// entities and relations by name.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "extract/pipeline.h"
#include "rules/rule_book.h"

namespace dossier::testing {

inline std::shared_ptr<const RuleBook> Book() {
  static std::shared_ptr<const RuleBook> book = [] {
    auto b = LoadRuleBook({});
    if (!b.ok()) ADD_FAILURE() << b.status().message();
    return *b;
  }();
  return book;
}

inline Document Extract(const std::string& text, const std::string& date = "2024-06-01") {
  extract::Extractor ex(Book());
  extract::ExtractOptions o;
  o.date = date;
  auto doc = ex.Run("test.txt", text, o);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? std::move(*doc) : Document{};
}

inline const Entity* FindEntity(const Document& d, const std::string& name) {
  for (const auto& e : d.entities) {
    if (e.name == name) return &e;
    for (const auto& a : e.aliases)
      if (a == name) return &e;
  }
  return nullptr;
}

// Whether the document has an entity `name` (or with that alias) of `type`;
// the failure message says which is wrong.
inline ::testing::AssertionResult HasEntityOfType(const Document& d, const std::string& name, EntityType type) {
  const Entity* e = FindEntity(d, name);
  if (!e) return ::testing::AssertionFailure() << "no entity " << name;
  if (e->type != type)
    return ::testing::AssertionFailure() << name << " is " << Name(e->type) << ", not " << Name(type);
  return ::testing::AssertionSuccess();
}

// The modality of subject -predicate-> object (either way for symmetric
// predicates), or nullopt when there is no such relation.
inline std::optional<Modality> Related(const Document& d, const std::string& s, Predicate p, const std::string& o) {
  const Entity* se = FindEntity(d, s);
  const Entity* oe = FindEntity(d, o);
  if (!se || !oe) return std::nullopt;
  for (const auto& r : d.relations) {
    if (r.predicate != p) continue;
    const Entity* rs = &d.entities[r.subject];
    const Entity* ro = &d.entities[r.object];
    if ((rs == se && ro == oe) || (IsSymmetric(p) && rs == oe && ro == se)) return r.modality;
  }
  return std::nullopt;
}

inline std::string Dump(const Document& d) {
  std::string out;
  for (const auto& r : d.relations)
    out += d.entities[r.subject].name + " " + std::string(Name(r.predicate)) + " " + d.entities[r.object].name + " (" +
           std::string(Name(r.modality)) + ", " + r.rule + ")\n";
  return out;
}

}  // namespace dossier::testing
