#include "store/graph_reader.h"

namespace dossier::store {
namespace {

std::string Placeholders(size_t n, size_t first, std::vector<Value>* binds, const std::vector<std::string>& values) {
  std::string out = "(";
  for (size_t i = 0; i < n; ++i) {
    out += (i ? ", ?" : "?") + std::to_string(first + i);
    binds->push_back(values[i]);
  }
  return out + ")";
}

}  // namespace

std::string GraphReader::EdgeConditions(std::vector<Value>* binds) const {
  std::string where = " WHERE 1";
  if (!filter_.predicates.empty())
    where += " AND r.predicate IN " + Placeholders(filter_.predicates.size(), binds->size() + 1, binds, filter_.predicates);
  if (!filter_.modalities.empty())
    where += " AND r.modality IN " + Placeholders(filter_.modalities.size(), binds->size() + 1, binds, filter_.modalities);
  if (filter_.restricted) where += " AND r.id IN (SELECT id FROM temp.export_relations)";
  if (!filter_.types.empty())
    where += " AND r.subject_id IN (SELECT id FROM temp.export_typed) AND r.object_id IN (SELECT id FROM temp.export_typed)";
  return where;
}

std::string GraphReader::GroupedEdges(std::vector<Value>* binds) const {
  std::string where = EdgeConditions(binds);
  size_t n = binds->size();
  binds->emplace_back(std::in_place_type<double>, filter_.min_confidence);
  binds->emplace_back(std::in_place_type<int64_t>, filter_.min_documents);
  return "(SELECT r.subject_id, r.predicate, r.object_id, r.modality, max(r.confidence) AS confidence, "
         "count(DISTINCT r.document_id) AS documents, min(r.id) AS first_id, min(r.date) AS first_date, "
         "max(r.date) AS last_date FROM relations r" + where +
         " GROUP BY r.subject_id, r.predicate, r.object_id, r.modality HAVING max(r.confidence) >= ?" +
         std::to_string(n + 1) + " AND count(DISTINCT r.document_id) >= ?" + std::to_string(n + 2) + ")";
}

Status GraphReader::Prepare(const GraphFilter& filter) {
  filter_ = filter;
  // Streaming a large graph: a modest page cache keeps memory flat (43 MB
  // for 1.9 M relations); sending temporary data to files as well saved
  // 17 MB more but cost half again the time.
  Status st = db_.Exec("PRAGMA temp_store = DEFAULT; PRAGMA cache_size = -16384;");
  if (!st.ok()) return st;
  st = db_.Exec(
      "CREATE TEMP TABLE IF NOT EXISTS export_nodes(id INTEGER PRIMARY KEY);"
      "CREATE TEMP TABLE IF NOT EXISTS export_typed(id INTEGER PRIMARY KEY);"
      "CREATE TEMP TABLE IF NOT EXISTS export_relations(id INTEGER PRIMARY KEY);"
      "DELETE FROM temp.export_nodes; DELETE FROM temp.export_typed; DELETE FROM temp.export_relations;");
  if (!st.ok()) return st;
  if (filter.restricted) {
    auto ins = db_.Prepare("INSERT OR IGNORE INTO temp.export_relations(id) VALUES (?1)");
    if (!ins.ok()) return ins.status();
    for (int64_t id : filter.relation_ids) {
      ins->Reset();
      ins->Bind(1, id);
      ins->Step();
    }
  }
  if (!filter.types.empty()) {
    std::vector<Value> binds;
    std::string sql = "INSERT INTO temp.export_typed SELECT id FROM entities WHERE type IN " +
                      Placeholders(filter.types.size(), 1, &binds, filter.types);
    auto ins = db_.Prepare(sql);
    if (!ins.ok()) return ins.status();
    for (size_t i = 0; i < binds.size(); ++i) ins->BindValue(static_cast<int>(i) + 1, binds[i]);
    ins->Step();
    if (!ins->status().ok()) return ins->status();
  }
  // Which nodes to write: with edge filters, only the ends of the edges
  // kept (and the entities a query returned); else every entity of the
  // allowed types.
  std::vector<Value> binds;
  std::string sql;
  if (filter.HasEdgeFilter()) {
    std::string edges = GroupedEdges(&binds);
    sql = "INSERT OR IGNORE INTO temp.export_nodes SELECT subject_id FROM " + edges + " UNION SELECT object_id FROM " + edges;
  } else {
    sql = filter.types.empty() ? "INSERT INTO temp.export_nodes SELECT id FROM entities"
                               : "INSERT INTO temp.export_nodes SELECT id FROM temp.export_typed";
  }
  auto ins = db_.Prepare(sql);
  if (!ins.ok()) return ins.status();
  for (size_t i = 0; i < binds.size(); ++i) ins->BindValue(static_cast<int>(i) + 1, binds[i]);
  ins->Step();
  if (!ins->status().ok()) return ins->status();
  if (filter.restricted) {
    auto add = db_.Prepare("INSERT OR IGNORE INTO temp.export_nodes(id) VALUES (?1)");
    if (!add.ok()) return add.status();
    for (int64_t id : filter.entity_ids) {
      add->Reset();
      add->Bind(1, id);
      add->Step();
    }
  }
  return Status::Ok();
}

Status GraphReader::ForEachNode(const std::function<void(const NodeRow&)>& fn) {
  auto st = db_.Prepare(
      "SELECT e.id, e.key, e.name, e.type, coalesce(e.kb_id, ''), "
      "coalesce((SELECT group_concat(alias, '; ') FROM (SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)), ''), "
      "(SELECT count(*) FROM mentions WHERE entity_id = e.id), "
      "(SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = e.id), "
      "coalesce((SELECT min(d.date) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = e.id), ''), "
      "coalesce((SELECT max(d.date) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.entity_id = e.id), '') "
      "FROM entities e WHERE e.id IN (SELECT id FROM temp.export_nodes) ORDER BY e.id");
  if (!st.ok()) return st.status();
  NodeRow row;
  while (st->Step()) {
    row.id = st->Int(0);
    row.key = st->Text(1);
    row.name = st->Text(2);
    row.type = st->Text(3);
    row.kb_id = st->Text(4);
    row.aliases = st->Text(5);
    row.mentions = st->Int(6);
    row.documents = st->Int(7);
    row.first_seen = st->Text(8);
    row.last_seen = st->Text(9);
    fn(row);
  }
  return st->status();
}

Status GraphReader::ForEachEdge(const std::function<void(const EdgeRow&)>& fn) {
  std::vector<Value> binds;
  std::string sql =
      "SELECT s.key, o.key, g.predicate, g.modality, g.confidence, g.documents, "
      "coalesce(json_extract(f.attributes, '$.cameo'), ''), coalesce(json_extract(f.attributes, '$.role'), ''), "
      "coalesce((SELECT text FROM evidence WHERE relation_id = g.first_id ORDER BY id LIMIT 1), ''), "
      "coalesce((SELECT path FROM documents WHERE id = f.document_id), ''), coalesce(g.first_date, ''), coalesce(g.last_date, '') "
      "FROM " + GroupedEdges(&binds) + " g JOIN entities s ON s.id = g.subject_id JOIN entities o ON o.id = g.object_id JOIN relations f ON f.id = g.first_id "
      "WHERE g.subject_id IN (SELECT id FROM temp.export_nodes) AND g.object_id IN (SELECT id FROM temp.export_nodes) "
      "ORDER BY g.subject_id, g.predicate, g.object_id, g.modality";
  auto st = db_.Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < binds.size(); ++i) st->BindValue(static_cast<int>(i) + 1, binds[i]);
  EdgeRow row;
  while (st->Step()) {
    row.source = st->Text(0);
    row.target = st->Text(1);
    row.predicate = st->Text(2);
    row.modality = st->Text(3);
    row.confidence = st->Real(4);
    row.documents = st->Int(5);
    row.cameo = st->Text(6);
    row.role = st->Text(7);
    row.evidence = st->Text(8);
    row.evidence_document = st->Text(9);
    row.first_date = st->Text(10);
    row.last_date = st->Text(11);
    fn(row);
  }
  return st->status();
}

}  // namespace dossier::store
