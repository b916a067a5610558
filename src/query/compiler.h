// Turns a parsed Query into one SQLite statement: checks labels, types,
// properties and variables against the ontology (errors point at the
// fault), and sends every literal and parameter as a bound value, never as
// SQL text. shortestPath patterns compile to a search plan instead, run by
// the executor with indexed neighbour lookups.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/status.h"
#include "query/ast.h"
#include "store/database.h"

namespace dossier::query {

using Params = std::map<std::string, store::Value>;

struct ShortestPathPlan {
  std::string from_sql, to_sql;          // SELECT id FROM entities ... for each end
  std::vector<store::Value> from_binds, to_binds;
  std::vector<std::string> predicates;   // empty: any
  bool directed = false;                 // start -> ... -> end only
  int max_hops = 6;
  std::string path_variable, from_variable, to_variable;
};

struct CompiledQuery {
  std::string sql;                       // "?N" placeholders
  std::vector<store::Value> binds;       // binds[i] is ?(i+1)
  std::vector<std::string> columns;
  bool shortest = false;
  ShortestPathPlan plan;
  const Query* ast = nullptr;            // for shortestPath RETURN items
};

Result<CompiledQuery> Compile(const Query& query, const std::string& source, const Params& params);

// The same MATCH ... WHERE, returning instead the id of every node and
// (single-hop) relationship variable: columns "node:<var>" / "rel:<var>".
// Used by `dossier export --query` to export what a query matches.
Result<CompiledQuery> CompileMatchedIds(const Query& query, const std::string& source, const Params& params);

}  // namespace dossier::query
