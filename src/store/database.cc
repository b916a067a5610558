#include "store/database.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "rules/embedded_files.h"
#include "store/walk_table.h"

namespace dossier::store {
namespace {

struct Migration {
  int version;
  std::string_view path;
  std::string_view sql;
};

// schema/NNN_name.sql files, in order.
std::vector<Migration> Migrations() {
  std::vector<Migration> out;
  for (const auto& f : EmbeddedFiles()) {
    if (f.path.substr(0, 7) != "schema/") continue;
    std::string_view name = f.path.substr(7);
    int version = 0;
    for (char c : name) {
      if (c < '0' || c > '9') break;
      version = version * 10 + (c - '0');
    }
    if (version > 0) out.push_back({version, f.path, f.content});
  }
  std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

}  // namespace

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::Bind(int index, int64_t v) {
  sqlite3_bind_int64(stmt_, index, v);
  return *this;
}
Statement& Statement::Bind(int index, double v) {
  sqlite3_bind_double(stmt_, index, v);
  return *this;
}
Statement& Statement::Bind(int index, std::string_view v) {
  sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}
Statement& Statement::BindValue(int index, const Value& v) {
  if (std::holds_alternative<int64_t>(v)) return Bind(index, std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) return Bind(index, std::get<double>(v));
  if (std::holds_alternative<std::string>(v)) return Bind(index, std::string_view(std::get<std::string>(v)));
  return BindNull(index);
}

bool Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = Status::Io(std::string("SQLite: ") + sqlite3_errmsg(db_));
  return false;
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = Status::Ok();
}

std::string Statement::Text(int i) const {
  const unsigned char* p = sqlite3_column_text(stmt_, i);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))) : "";
}

Value Statement::Get(int i) const {
  switch (sqlite3_column_type(stmt_, i)) {
    case SQLITE_INTEGER: return Int(i);
    case SQLITE_FLOAT: return Real(i);
    case SQLITE_NULL: return std::monostate{};
    default: return Text(i);
  }
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, const OpenOptions& options) {
  sqlite3* db = nullptr;
  int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (options.create && !options.read_only) flags |= SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::Io(path + ": cannot open database: " + msg);
  }
  std::unique_ptr<Database> out(new Database(db, path));
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  if (RegisterWalkTable(db) != SQLITE_OK) return Status::Internal(path + ": cannot register dossier_walk");
  // A file that is not SQLite fails here with "file is not a database".
  Status st = out->Exec("PRAGMA foreign_keys = ON");
  // Two processes that create one database at once race to switch it to
  // WAL; SQLite answers the loser at once, without its busy handler, so
  // the switch is retried for as long as the busy timeout allows.
  if (st.ok() && !options.read_only) {
    for (int waited_ms = 0;; waited_ms += 20) {
      st = out->Exec("PRAGMA journal_mode = WAL");
      if (st.ok() || (sqlite3_errcode(db) & 0xff) != SQLITE_BUSY || waited_ms >= options.busy_timeout_ms) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  if (st.ok()) st = out->Exec("PRAGMA synchronous = NORMAL");
  if (st.ok()) st = out->Exec("PRAGMA cache_size = " + std::to_string(kCacheSizePragma));
  if (st.ok()) st = out->Exec("PRAGMA temp_store = MEMORY");
  if (!st.ok()) return Status::Io(path + ": " + st.message());
  int version = out->SchemaVersion();
  if (version > LatestSchemaVersion())
    return Status::Corrupt(path + ": database schema version " + std::to_string(version) +
                           " is newer than this dossier understands (" + std::to_string(LatestSchemaVersion()) +
                           "); upgrade dossier");
  if (!options.read_only) {
    st = out->Migrate();
    if (!st.ok()) return Status::Io(path + ": " + st.message());
  } else if (version < LatestSchemaVersion()) {
    return Status::NotFound(path + ": not a dossier database (or an older one); run `dossier ingest` first");
  }
  return out;
}

Database::~Database() { sqlite3_close_v2(db_); }

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return Status::Internal(std::string("SQLite prepare: ") + sqlite3_errmsg(db_));
  return Statement(db_, stmt);
}

Status Database::Exec(std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return Status::Io("SQLite: " + msg);
  }
  return Status::Ok();
}

int Database::SchemaVersion() {
  auto st = Prepare("PRAGMA user_version");
  if (!st.ok() || !st->Step()) return 0;
  return static_cast<int>(st->Int(0));
}

int Database::LatestSchemaVersion() {
  auto m = Migrations();
  return m.empty() ? 0 : m.back().version;
}

Status Database::Migrate() {
  int current = SchemaVersion();
  for (const auto& m : Migrations()) {
    if (m.version <= current) continue;
    Status st = Exec("BEGIN IMMEDIATE");
    if (!st.ok()) return st;
    // Another process may have migrated while we waited for the lock.
    if (SchemaVersion() >= m.version) {
      Rollback();
      continue;
    }
    st = Exec(m.sql);
    if (st.ok()) st = Exec("PRAGMA user_version = " + std::to_string(m.version));
    if (!st.ok()) {
      Rollback();
      return Status::Io(std::string(m.path) + ": " + st.message());
    }
    st = Commit();
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace dossier::store
