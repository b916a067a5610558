// Counts for `dossier stats`: documents, entities by type, relations by
// predicate and modality, database size.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "store/database.h"

namespace dossier::store {

struct Stats {
  int64_t documents = 0;
  int64_t bytes = 0;
  int64_t entities = 0;
  int64_t relations = 0;   // relation rows (one per document)
  int64_t edges = 0;       // distinct (subject, predicate, object, modality)
  int64_t mentions = 0;
  std::map<std::string, int64_t> entities_by_type;
  std::map<std::string, std::map<std::string, int64_t>> relations_by_predicate;  // predicate -> modality -> n
  int64_t database_bytes = 0;
};

Result<Stats> ReadStats(Database& db);

}  // namespace dossier::store
