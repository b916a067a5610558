// The SQLite store: opening with the project's pragmas (WAL, busy timeout,
// foreign keys), schema migrations from schema/*.sql tracked with
// PRAGMA user_version, and a thin prepared-statement wrapper. Nothing above
// src/store/ talks to SQLite directly.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/status.h"

namespace dossier::store {

// A value bound to or read from SQL.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t v);
  Statement& Bind(int index, double v);
  Statement& Bind(int index, std::string_view v);
  Statement& BindNull(int index);
  Statement& Bind(int index, const std::string& v) { return Bind(index, std::string_view(v)); }
  Statement& Bind(int index, const char* v) { return Bind(index, std::string_view(v)); }
  Statement& BindValue(int index, const Value& v);
  // Returns true while there is a row; false when done; errors in status().
  bool Step();
  void Reset();
  const Status& status() const { return status_; }

  int Columns() const { return sqlite3_column_count(stmt_); }
  std::string ColumnName(int i) const { return sqlite3_column_name(stmt_, i); }
  int64_t Int(int i) const { return sqlite3_column_int64(stmt_, i); }
  double Real(int i) const { return sqlite3_column_double(stmt_, i); }
  std::string Text(int i) const;
  bool IsNull(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  Value Get(int i) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  Status status_;
};

// The page cache of every connection, as PRAGMA cache_size takes it
// (negative: KiB), 64 MiB.
inline constexpr int kCacheSizePragma = -65536;

struct OpenOptions {
  bool read_only = false;
  bool create = true;
  int busy_timeout_ms = 30000;
};

class Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& path, const OpenOptions& options = {});
  ~Database();

  Result<Statement> Prepare(std::string_view sql);
  Status Exec(std::string_view sql);
  Status Begin() { return Exec("BEGIN IMMEDIATE"); }
  Status Commit() { return Exec("COMMIT"); }
  void Rollback() { (void)Exec("ROLLBACK"); }
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  int SchemaVersion();
  const std::string& path() const { return path_; }
  sqlite3* handle() { return db_; }

  // Highest schema version this build knows.
  static int LatestSchemaVersion();

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Migrate();
  sqlite3* db_;
  std::string path_;
};

}  // namespace dossier::store
