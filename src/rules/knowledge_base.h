// The knowledge base: known countries, regions, cities, organisations,
// people (with offices and their dates) and sanctions programmes, read from
// rules/kb/*.json. Surface forms are indexed by MatchKey for the gazetteer.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/ontology.h"

namespace dossier {

struct Office {
  std::string role;   // "President", "Foreign Minister"
  std::string of;     // kb id of the state or organisation
  std::string from;   // ISO date, "" if unknown
  std::string to;     // ISO date, "" while in office
};

struct KbEntity {
  std::string id;
  EntityType type = EntityType::kLocation;
  std::string name;
  std::string category;  // country, region, city, intergovernmental, media, ...
  std::vector<std::string> aliases;
  // Names that stand for the body only after its state's name or demonym
  // ("foreign ministry": "China's foreign ministry", "the Russian Foreign
  // Ministry"); a government body's other aliases are also taken so.
  std::vector<std::string> qualified_aliases;
  // Names a body shares with a better-known peer abroad ("Congress" for
  // Brazil's, "Treasury" for Britain's): the peer keeps the name, except
  // in an article about this body's state (extract/article_state.h).
  std::vector<std::string> home_aliases;
  std::vector<std::string> demonyms;
  std::vector<std::string> capitals;  // capitals and seats: metonyms for the state
  std::vector<std::string> regions;   // kb ids of regions it lies in
  std::string iso;
  std::string located_in;             // kb id (cities, organisations' seat)
  std::string enacted_by;             // kb id of a sanctions programme's imposer
  // A name that is also a common phrase ("Foreign Policy", "The Hill"):
  // not matched in headlines nor after a possessive or determiner.
  bool ambiguous = false;
  // A territory with a government of its own (Greenland, Hong Kong,
  // Wallonia): it acts as a state does ("Greenland criticised Washington").
  bool self_governing = false;
  // Common nouns the text uses for it once named: "the alliance" (NATO),
  // "the bloc" (the EU). Words of its name count without being listed.
  std::vector<std::string> called;
  // A named group of states ("the Baltic states"): its members' ids. Such a
  // group acts as its members do ("the Baltic states imposed entry bans").
  std::vector<std::string> members;
  std::vector<Office> offices;
};

enum class AliasKind { kName, kAlias, kDemonym, kCapital };

struct AliasRef {
  uint32_t entity = 0;  // index into KnowledgeBase::entities
  AliasKind kind = AliasKind::kName;
  bool needs_caps = false;      // acronym: surface must be upper case ("US", not "us")
  bool needs_capital = true;    // first letter must be upper case ("Turkey", not "turkey")
  bool home = false;            // a home alias: the body's only in an article about its state
  // Bit k: the alias writes its k-th word in lower case ("Baltic states",
  // "Donetsk region"), so the text's word needs no capital either.
  uint32_t lower_words = 0;
};

struct KnowledgeBase {
  std::vector<KbEntity> entities;
  std::unordered_map<std::string, uint32_t> by_id;
  std::unordered_map<std::string, std::vector<AliasRef>> by_key;  // MatchKey -> refs
  // Every word-prefix of every key ("united", "united states", ...): the
  // gazetteer stops extending a candidate as soon as it leaves this set.
  std::unordered_set<std::string> prefixes;
  size_t max_alias_tokens = 1;

  const KbEntity* Find(const std::string& id) const {
    auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : &entities[it->second];
  }
  // Adds an entity and indexes all its surface forms; returns its index.
  uint32_t Add(KbEntity e);
  // "U.S. Treasury Department", "Chinese Foreign Ministry": a government
  // body's names after its state's names and demonyms. Run once every
  // entity is in (the state may be loaded after its bodies).
  void AddStateQualifiedNames();

 private:
  // `prefix_words`: words the key has before the surface's ("russian" in
  // "russian foreign ministry"), written as the text writes them.
  void AddKey(uint32_t index, const std::string& surface, AliasKind kind, const std::string& key, bool home = false,
              int prefix_words = 0);
};

// Whether an office was held on `date` (ISO, any precision: "2024" or
// "2024-03-07", compared on their common prefix); with no date, whether it
// is still held (no end date).
bool HeldOn(const Office& office, const std::string& date);

}  // namespace dossier
