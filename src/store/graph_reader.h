// Streams the graph out of the store for export: nodes (entities) and
// edges (relations folded over documents: one per subject, predicate,
// object and modality), filtered, in a stable order, one row at a time so
// memory does not grow with the graph.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "store/database.h"

namespace dossier::store {

struct NodeRow {
  int64_t id = 0;
  std::string key, name, type, kb_id, aliases;
  int64_t mentions = 0, documents = 0;
  std::string first_seen, last_seen;  // dates of the documents that mention it
};

struct EdgeRow {
  std::string source, target;  // node keys
  std::string predicate, modality, cameo, role;
  double confidence = 0;
  int64_t documents = 0;
  std::string evidence, evidence_document, first_date, last_date;
};

struct GraphFilter {
  std::vector<std::string> types;        // entity types; empty = all
  std::vector<std::string> predicates;   // empty = all
  std::vector<std::string> modalities;   // empty = all
  double min_confidence = 0;
  int64_t min_documents = 1;
  // From a query: only these entities and relation rows (when set).
  bool restricted = false;
  std::set<int64_t> entity_ids, relation_ids;
  bool HasEdgeFilter() const {
    return !predicates.empty() || !modalities.empty() || min_confidence > 0 || min_documents > 1 || restricted;
  }
};

class GraphReader {
 public:
  explicit GraphReader(Database& db) : db_(db) {}
  // Prepares temporary tables for the filter; call once before reading.
  Status Prepare(const GraphFilter& filter);
  Status ForEachNode(const std::function<void(const NodeRow&)>& fn);
  Status ForEachEdge(const std::function<void(const EdgeRow&)>& fn);

 private:
  std::string EdgeConditions(std::vector<Value>* binds) const;
  // The filtered relations folded into edges (one row per subject,
  // predicate, object and modality), as a subquery with its binds.
  std::string GroupedEdges(std::vector<Value>* binds) const;
  Database& db_;
  GraphFilter filter_;
};

}  // namespace dossier::store
