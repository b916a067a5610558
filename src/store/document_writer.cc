#include "store/document_writer.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <vector>

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

std::optional<StoredDocument> DocumentWriter::Find(const std::string& path) {
  auto st = db_.Prepare("SELECT id, sha256 FROM documents WHERE path = ?");
  if (!st.ok()) return std::nullopt;
  st->Bind(1, path);
  if (!st->Step()) return std::nullopt;
  return StoredDocument{st->Int(0), st->Text(1)};
}

Status DocumentWriter::Write(const Document& doc) {
  Status st = db_.Begin();
  if (!st.ok()) return st;
  st = WriteInTransaction(doc);
  if (!st.ok()) {
    db_.Rollback();
    return Status::Io(doc.path + ": not stored: " + st.message());
  }
  return db_.Commit();
}

Status DocumentWriter::WriteInTransaction(const Document& doc) {
  auto del = db_.Prepare("DELETE FROM documents WHERE path = ?");
  if (!del.ok()) return del.status();
  del->Bind(1, doc.path);
  del->Step();
  if (!del->status().ok()) return del->status();

  auto ins_doc = db_.Prepare(
      "INSERT INTO documents(path, sha256, title, date, bytes, sentences, ingested_at) VALUES (?,?,?,?,?,?,?)");
  if (!ins_doc.ok()) return ins_doc.status();
  ins_doc->Bind(1, doc.path).Bind(2, doc.sha256).Bind(3, doc.title);
  if (doc.date.empty()) ins_doc->BindNull(4);
  else ins_doc->Bind(4, doc.date);
  ins_doc->Bind(5, static_cast<int64_t>(doc.text.size()))
      .Bind(6, static_cast<int64_t>(doc.sentences.size()))
      .Bind(7, Now());
  ins_doc->Step();
  if (!ins_doc->status().ok()) return ins_doc->status();
  int64_t doc_id = db_.LastInsertId();

  auto upsert = db_.Prepare(
      "INSERT INTO entities(key, name, type, kb_id, attributes) VALUES (?,?,?,?,?) "
      "ON CONFLICT(key) DO UPDATE SET name = CASE WHEN entities.kb_id IS NULL AND "
      "length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END "
      "RETURNING id");
  auto alias = db_.Prepare("INSERT OR IGNORE INTO aliases(entity_id, alias, folded) VALUES (?,?,?)");
  auto mention = db_.Prepare(
      "INSERT INTO mentions(document_id, entity_id, start, end, sentence, text) VALUES (?,?,?,?,?,?)");
  auto relation = db_.Prepare(
      "INSERT INTO relations(subject_id, predicate, object_id, modality, confidence, attributes, date, "
      "document_id, sentence, rule) VALUES (?,?,?,?,?,?,?,?,?,?)");
  auto evidence = db_.Prepare(
      "INSERT INTO evidence(relation_id, sentence, start, end, text) VALUES (?,?,?,?,?)");
  for (auto* s : {&upsert, &alias, &mention, &relation, &evidence})
    if (!s->ok()) return s->status();

  std::vector<int64_t> ids(doc.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    upsert->Reset();
    upsert->Bind(1, e.key.empty() ? std::string(Name(e.type)) + ":" + text::MatchKey(e.name) : e.key)
        .Bind(2, e.name)
        .Bind(3, Name(e.type));
    if (e.kb_id.empty()) upsert->BindNull(4);
    else upsert->Bind(4, e.kb_id);
    upsert->Bind(5, AttributesJson(e.attributes));
    if (!upsert->Step()) return upsert->status().ok() ? Status::Internal("upsert returned no id") : upsert->status();
    ids[i] = upsert->Int(0);
    while (upsert->Step()) {
    }
    for (const auto& a : e.aliases) {
      alias->Reset();
      alias->Bind(1, ids[i]).Bind(2, a).Bind(3, text::MatchKey(a));
      alias->Step();
      if (!alias->status().ok()) return alias->status();
    }
    for (const auto& m : e.mentions) {
      mention->Reset();
      mention->Bind(1, doc_id).Bind(2, ids[i]).Bind(3, static_cast<int64_t>(m.span.start))
          .Bind(4, static_cast<int64_t>(m.span.end)).Bind(5, static_cast<int64_t>(m.sentence)).Bind(6, m.text);
      mention->Step();
      if (!mention->status().ok()) return mention->status();
    }
  }
  for (const auto& r : doc.relations) {
    relation->Reset();
    relation->Bind(1, ids[r.subject]).Bind(2, Name(r.predicate)).Bind(3, ids[r.object])
        .Bind(4, Name(r.modality)).Bind(5, r.confidence).Bind(6, AttributesJson(r.attributes));
    auto date = r.attributes.find("date");
    if (date != r.attributes.end()) relation->Bind(7, date->second);
    else if (!doc.date.empty()) relation->Bind(7, doc.date);
    else relation->BindNull(7);
    relation->Bind(8, doc_id).Bind(9, static_cast<int64_t>(r.evidence.front().sentence)).Bind(10, r.rule);
    relation->Step();
    if (!relation->status().ok()) return relation->status();
    int64_t rel_id = db_.LastInsertId();
    for (const auto& ev : r.evidence) {
      evidence->Reset();
      evidence->Bind(1, rel_id).Bind(2, static_cast<int64_t>(ev.sentence)).Bind(3, static_cast<int64_t>(ev.span.start))
          .Bind(4, static_cast<int64_t>(ev.span.end)).Bind(5, ev.text);
      evidence->Step();
      if (!evidence->status().ok()) return evidence->status();
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
