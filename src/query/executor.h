// Runs a query against the store: parse, compile, execute, collect rows.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model/status.h"
#include "query/compiler.h"
#include "store/database.h"

namespace dossier::query {

struct ResultSet {
  std::vector<std::string> columns;
  std::vector<std::vector<store::Value>> rows;
};

struct RunOptions {
  Params params;
  std::string* explain = nullptr;  // receives the SQL (or the search plan)
  size_t max_rows = 1000000;       // a runaway query stops here, with a note
};

Result<ResultSet> Run(store::Database& db, const std::string& source, const RunOptions& options);

struct MatchedIds {
  std::set<int64_t> entities, relations;
};
// The entities and relation rows a query's MATCH ... WHERE matches.
Result<MatchedIds> MatchIds(store::Database& db, const std::string& source, const Params& params);

}  // namespace dossier::query
