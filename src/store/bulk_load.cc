#include "store/bulk_load.h"

#include <string>
#include <utility>
#include <vector>

namespace dossier::store {
namespace {

// The indexes whose rows land all over the file: keyed by entity, not by
// document or insertion order. The others stay, since replacing a document
// deletes through them.
constexpr const char* kDeferredIndexes[] = {"relations_subject", "relations_object", "mentions_entity",
                                            "aliases_folded"};

constexpr const char* kRebuildLinks =
    "DELETE FROM links; "
    "INSERT INTO links(a, b, relations) SELECT a, b, sum(n) FROM ("
    " SELECT subject_id AS a, object_id AS b, count(*) AS n FROM relations GROUP BY 1, 2"
    " UNION ALL SELECT object_id, subject_id, count(*) FROM relations GROUP BY 1, 2)"
    " GROUP BY a, b";

bool HasRow(Database& db, const char* sql) {
  auto st = db.Prepare(sql);
  return st.ok() && st->Step();
}

Status RunDeferredWork(Database& db) {
  Status st = db.Begin();
  if (!st.ok()) return st;
  std::vector<std::string> work;
  {
    // An index someone made again by hand in the meantime is left alone.
    auto q = db.Prepare(
        "SELECT sql FROM deferred_work w WHERE NOT EXISTS "
        "(SELECT 1 FROM sqlite_master m WHERE m.type = 'index' AND m.name = w.name) ORDER BY rowid");
    if (!q.ok()) {
      db.Rollback();
      return q.status();
    }
    while (q->Step()) work.push_back(q->Text(0));
  }
  for (const auto& sql : work) {
    st = db.Exec(sql);
    if (!st.ok()) {
      db.Rollback();
      return Status::Io("rebuilding after a bulk load: " + st.message());
    }
  }
  st = db.Exec("DELETE FROM deferred_work");
  if (!st.ok()) {
    db.Rollback();
    return st;
  }
  return db.Commit();
}

}  // namespace

bool WorthBulkLoading(size_t new_documents, size_t stored_documents, size_t threshold) {
  return new_documents >= threshold && new_documents >= stored_documents;
}

bool BulkLoadPending(Database& db) { return HasRow(db, "SELECT 1 FROM deferred_work LIMIT 1"); }

bool LinksDeferred(Database& db) { return HasRow(db, "SELECT 1 FROM deferred_work WHERE name = 'links'"); }

Status BeginBulkLoad(Database& db) {
  Status st = db.Begin();
  if (!st.ok()) return st;
  auto fail = [&](Status s) {
    db.Rollback();
    return s;
  };
  if (BulkLoadPending(db)) return db.Commit();
  std::vector<std::pair<std::string, std::string>> work;
  for (const char* name : kDeferredIndexes) {
    auto q = db.Prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
    if (!q.ok()) return fail(q.status());
    q->Bind(1, name);
    if (q->Step()) work.emplace_back(name, q->Text(0));
  }
  work.emplace_back("links", kRebuildLinks);
  auto record = db.Prepare("INSERT INTO deferred_work(name, sql) VALUES (?, ?)");
  if (!record.ok()) return fail(record.status());
  for (const auto& [name, sql] : work) {
    record->Reset();
    record->Bind(1, name).Bind(2, sql);
    record->Step();
    if (!record->status().ok()) return fail(record->status());
    if (name != "links") {
      st = db.Exec("DROP INDEX " + name);
      if (!st.ok()) return fail(st);
    }
  }
  return db.Commit();
}

Status FinishBulkLoad(Database& db) {
  // Index builds sort every row; sorted runs spill to temporary files
  // instead of memory, or peak memory would grow with the store. SQLite
  // sizes a sort's memory by the page cache: a smaller one for the rebuild.
  Status st = db.Exec("PRAGMA temp_store = FILE; PRAGMA cache_size = -16384");
  if (!st.ok()) return st;
  st = RunDeferredWork(db);
  Status restored = db.Exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = " + std::to_string(kCacheSizePragma));
  return st.ok() ? restored : st;
}

}  // namespace dossier::store
