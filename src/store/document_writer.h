// Writes extracted documents into the store. Each document is one
// transaction: its old version (same path) and everything drawn from it
// go, the new one comes in whole, so a crash leaves either the old or the
// new document, never half of one. Entities merge across documents by key.
#pragma once

#include <optional>
#include <string>

#include "model/document.h"
#include "store/database.h"

namespace dossier::store {

struct StoredDocument {
  int64_t id = 0;
  std::string sha256;
};

class DocumentWriter {
 public:
  explicit DocumentWriter(Database& db) : db_(db) {}

  std::optional<StoredDocument> Find(const std::string& path);
  Status Write(const Document& doc);
  // Entities no longer mentioned by any document nor in any relation.
  Status RemoveOrphans();

 private:
  Status WriteInTransaction(const Document& doc);
  Database& db_;
};

}  // namespace dossier::store
