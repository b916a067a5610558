// Writes extracted documents into the store. Every document is written
// inside a savepoint: its old version (same path) and everything drawn from
// it go, the new one comes in whole, or on error nothing of it does.
// Documents are grouped into transactions (up to `batch` documents or two
// seconds) for speed; a crash loses at most the open group, never leaves
// half a document. Long groups matter on a large database: the indexes by
// entity are written all over, and a page changed by many documents is
// written to the log once per commit instead of once for each.
// Entities merge across documents by key.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "model/document.h"
#include "store/database.h"

namespace dossier::store {

struct StoredDocument {
  int64_t id = 0;
  std::string sha256;
};

class DocumentWriter {
 public:
  explicit DocumentWriter(Database& db, size_t batch = 4096,
                          std::chrono::milliseconds max_age = std::chrono::milliseconds(2000))
      : db_(db), batch_(batch), max_age_(max_age) {}
  ~DocumentWriter();

  std::optional<StoredDocument> Find(const std::string& path);
  // Writes one document; commits the current group when it is full.
  Status Write(const Document& doc);
  // Commits what is pending.
  Status Flush();
  // Entities no longer mentioned by any document nor in any relation.
  Status RemoveOrphans();

 private:
  Status Prepare();
  Status WriteDocument(const Document& doc);
  Result<int64_t> EntityId(const Entity& e);
  // After a rollback the caches may name rows that are gone.
  void ForgetCaches();

  Database& db_;
  size_t batch_;
  std::chrono::milliseconds max_age_;
  size_t pending_ = 0;
  bool in_transaction_ = false;
  int64_t first_unindexed_evidence_ = 0;  // evidence rows of this batch start here
  int64_t first_unlinked_relation_ = 0;   // relation rows of this batch start here
  std::unordered_set<std::string> batch_paths_;  // a path twice in one batch flushes first
  std::chrono::steady_clock::time_point opened_;
  std::unique_ptr<Statement> delete_doc_, insert_doc_, upsert_entity_, insert_alias_, insert_mention_,
      insert_relation_, insert_evidence_;
  // What this writer already put in the store: repeated entities and
  // aliases cost a hash lookup instead of a statement.
  std::unordered_map<std::string, int64_t> entity_ids_;
  std::unordered_set<std::string> known_aliases_;  // "<entity id>|<alias as written>"
  std::unordered_set<int64_t> kb_aliases_written_;  // entities whose knowledge-base names are in
};

}  // namespace dossier::store
