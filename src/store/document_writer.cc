#include "store/document_writer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <vector>

#include "store/bulk_load.h"
#include "text/fold.h"

namespace dossier::store {
namespace {

std::string Now() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

std::string AttributesJson(const std::map<std::string, std::string>& attrs) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : attrs) {
    if (v == "true" || v == "false") j[k] = v == "true";
    else j[k] = v;
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

DocumentWriter::~DocumentWriter() { (void)Flush(); }

std::optional<StoredDocument> DocumentWriter::Find(const std::string& path) {
  auto st = db_.Prepare("SELECT id, sha256 FROM documents WHERE path = ?");
  if (!st.ok()) return std::nullopt;
  st->Bind(1, path);
  if (!st->Step()) return std::nullopt;
  return StoredDocument{st->Int(0), st->Text(1)};
}

Status DocumentWriter::Prepare() {
  if (delete_doc_) return Status::Ok();
  struct Item {
    std::unique_ptr<Statement>* slot;
    const char* sql;
  };
  const Item items[] = {
      {&delete_doc_, "DELETE FROM documents WHERE path = ?"},
      {&insert_doc_, "INSERT INTO documents(path, sha256, title, date, bytes, sentences, ingested_at) VALUES (?,?,?,?,?,?,?)"},
      {&upsert_entity_,
       "INSERT INTO entities(key, name, type, kb_id, attributes) VALUES (?,?,?,?,?) "
       "ON CONFLICT(key) DO UPDATE SET name = CASE WHEN entities.kb_id IS NULL AND "
       "length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END RETURNING id"},
      {&insert_alias_, "INSERT OR IGNORE INTO aliases(entity_id, alias, folded) VALUES (?,?,?)"},
      {&insert_mention_, "INSERT INTO mentions(document_id, entity_id, start, end, sentence, text) VALUES (?,?,?,?,?,?)"},
      {&insert_relation_,
       "INSERT INTO relations(subject_id, predicate, object_id, modality, confidence, attributes, date, "
       "document_id, sentence, rule) VALUES (?,?,?,?,?,?,?,?,?,?)"},
      {&insert_evidence_, "INSERT INTO evidence(relation_id, sentence, start, end, text) VALUES (?,?,?,?,?)"}};
  for (const auto& item : items) {
    auto st = db_.Prepare(item.sql);
    if (!st.ok()) return st.status();
    *item.slot = std::make_unique<Statement>(std::move(*st));
  }
  return Status::Ok();
}

Status DocumentWriter::Write(const Document& doc) {
  Status st = Prepare();
  if (!st.ok()) return st;
  // The links of a batch are added at its end, so a document must not be
  // replaced inside the batch that first wrote it.
  if (in_transaction_ && batch_paths_.count(doc.path)) {
    st = Flush();
    if (!st.ok()) return st;
  }
  if (!in_transaction_) {
    st = db_.Begin();
    if (!st.ok()) return st;
    in_transaction_ = true;
    opened_ = std::chrono::steady_clock::now();
    auto next = db_.Prepare("SELECT (SELECT coalesce(max(id), 0) + 1 FROM evidence), "
                            "(SELECT coalesce(max(id), 0) + 1 FROM relations)");
    if (!next.ok()) return next.status();
    next->Step();
    first_unindexed_evidence_ = next->Int(0);
    first_unlinked_relation_ = next->Int(1);
    batch_paths_.clear();
  }
  st = db_.Exec("SAVEPOINT document");
  if (!st.ok()) return st;
  // The caches must not outlive a rolled-back document: copy-on-failure is
  // cheaper than copying every time, so remember what this one added.
  auto entities_before = entity_ids_.size();
  st = WriteDocument(doc);
  if (!st.ok()) {
    (void)db_.Exec("ROLLBACK TO document");
    (void)db_.Exec("RELEASE document");
    if (entity_ids_.size() != entities_before) ForgetCaches();
    return Status::Io(doc.path + ": not stored: " + st.message());
  }
  st = db_.Exec("RELEASE document");
  if (!st.ok()) return st;
  batch_paths_.insert(doc.path);
  ++pending_;
  if (pending_ >= batch_ || std::chrono::steady_clock::now() - opened_ > max_age_) return Flush();
  return Status::Ok();
}

Status DocumentWriter::Flush() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  pending_ = 0;
  // Full-text index and links for this batch, in the same transaction.
  auto index = db_.Prepare("INSERT INTO evidence_fts(rowid, text) SELECT id, text FROM evidence WHERE id >= ?1");
  Status st = index.ok() ? Status::Ok() : index.status();
  if (st.ok()) {
    index->Bind(1, first_unindexed_evidence_);
    index->Step();
    st = index->status();
  }
  // In a bulk load links are rebuilt once at its end (checked per batch:
  // another process may end a bulk load while this one writes).
  if (st.ok() && !LinksDeferred(db_)) {
    auto link = db_.Prepare(
        "INSERT INTO links(a, b, relations) SELECT a, b, sum(n) FROM ("
        " SELECT subject_id AS a, object_id AS b, count(*) AS n FROM relations WHERE id >= ?1 GROUP BY 1, 2"
        " UNION ALL SELECT object_id, subject_id, count(*) FROM relations WHERE id >= ?1 GROUP BY 1, 2)"
        " WHERE true GROUP BY a, b ON CONFLICT(a, b) DO UPDATE SET relations = relations + excluded.relations");
    st = link.ok() ? Status::Ok() : link.status();
    if (st.ok()) {
      link->Bind(1, first_unlinked_relation_);
      link->Step();
      st = link->status();
    }
  }
  if (!st.ok()) {
    db_.Rollback();
    ForgetCaches();
    return st;
  }
  st = db_.Commit();
  if (!st.ok()) {
    db_.Rollback();
    ForgetCaches();
  }
  return st;
}

void DocumentWriter::ForgetCaches() {
  entity_ids_.clear();
  known_aliases_.clear();
  kb_aliases_written_.clear();
}

Result<int64_t> DocumentWriter::EntityId(const Entity& e) {
  std::string key = e.key.empty() ? std::string(Name(e.type)) + ":" + text::MatchKey(e.name) : e.key;
  // Seen in this run: the row exists (a longer name for an unknown entity
  // was written the first time it was longer, which is when it appears).
  auto it = entity_ids_.find(key);
  if (it != entity_ids_.end()) return it->second;
  Statement& up = *upsert_entity_;
  up.Reset();
  up.Bind(1, key).Bind(2, e.name).Bind(3, Name(e.type));
  if (e.kb_id.empty()) up.BindNull(4);
  else up.Bind(4, e.kb_id);
  up.Bind(5, AttributesJson(e.attributes));
  if (!up.Step()) return up.status().ok() ? Status::Internal("upsert returned no id") : up.status();
  int64_t id = up.Int(0);
  while (up.Step()) {
  }
  entity_ids_[key] = id;
  return id;
}

Status DocumentWriter::WriteDocument(const Document& doc) {
  Statement& del = *delete_doc_;
  del.Reset();
  del.Bind(1, doc.path);
  del.Step();
  if (!del.status().ok()) return del.status();

  Statement& ins_doc = *insert_doc_;
  ins_doc.Reset();
  ins_doc.Bind(1, doc.path).Bind(2, doc.sha256).Bind(3, doc.title);
  if (doc.date.empty()) ins_doc.BindNull(4);
  else ins_doc.Bind(4, doc.date);
  ins_doc.Bind(5, static_cast<int64_t>(doc.text.size()))
      .Bind(6, static_cast<int64_t>(doc.sentences.size()))
      .Bind(7, Now());
  ins_doc.Step();
  if (!ins_doc.status().ok()) return ins_doc.status();
  int64_t doc_id = db_.LastInsertId();

  std::vector<int64_t> ids(doc.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    auto id = EntityId(e);
    if (!id.ok()) return id.status();
    ids[i] = *id;
    // The knowledge base's names go in once per entity per run; the
    // document's own surface forms are checked one by one.
    std::vector<std::string> all = e.aliases;
    if (!e.known_aliases.empty() && kb_aliases_written_.insert(ids[i]).second)
      all.insert(all.end(), e.known_aliases.begin(), e.known_aliases.end());
    for (const auto& a : all) {
      std::string memo = std::to_string(ids[i]) + "|" + a;
      if (!known_aliases_.insert(memo).second) continue;
      Statement& al = *insert_alias_;
      al.Reset();
      al.Bind(1, ids[i]).Bind(2, a).Bind(3, text::MatchKey(a));
      al.Step();
      if (!al.status().ok()) return al.status();
    }
    for (const auto& m : e.mentions) {
      Statement& mn = *insert_mention_;
      mn.Reset();
      mn.Bind(1, doc_id).Bind(2, ids[i]).Bind(3, static_cast<int64_t>(m.span.start))
          .Bind(4, static_cast<int64_t>(m.span.end)).Bind(5, static_cast<int64_t>(m.sentence)).Bind(6, m.text);
      mn.Step();
      if (!mn.status().ok()) return mn.status();
    }
  }
  for (const auto& r : doc.relations) {
    Statement& rel = *insert_relation_;
    rel.Reset();
    rel.Bind(1, ids[r.subject]).Bind(2, Name(r.predicate)).Bind(3, ids[r.object])
        .Bind(4, Name(r.modality)).Bind(5, r.confidence).Bind(6, AttributesJson(r.attributes));
    auto date = r.attributes.find("date");
    if (date != r.attributes.end()) rel.Bind(7, date->second);
    else if (!doc.date.empty()) rel.Bind(7, doc.date);
    else rel.BindNull(7);
    rel.Bind(8, doc_id).Bind(9, static_cast<int64_t>(r.evidence.front().sentence)).Bind(10, r.rule);
    rel.Step();
    if (!rel.status().ok()) return rel.status();
    int64_t rel_id = db_.LastInsertId();
    for (const auto& ev : r.evidence) {
      Statement& evs = *insert_evidence_;
      evs.Reset();
      evs.Bind(1, rel_id).Bind(2, static_cast<int64_t>(ev.sentence)).Bind(3, static_cast<int64_t>(ev.span.start))
          .Bind(4, static_cast<int64_t>(ev.span.end)).Bind(5, ev.text);
      evs.Step();
      if (!evs.status().ok()) return evs.status();
    }
  }
  return Status::Ok();
}

Status DocumentWriter::RemoveOrphans() {
  return db_.Exec(
      "DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) "
      "AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = entities.id OR r.object_id = entities.id)");
}

}  // namespace dossier::store
