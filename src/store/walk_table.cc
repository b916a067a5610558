#include "store/walk_table.h"

#include <algorithm>
#include <cstdint>
#include <unordered_set>
#include <utility>
#include <vector>

namespace dossier::store {
namespace {

enum Column { kNode, kDepth, kStart, kMinDepth, kMaxDepth };
constexpr int kHasMin = 1, kHasMax = 2;

struct WalkTable {
  sqlite3_vtab base{};  // first: SQLite casts between the two
  sqlite3* db = nullptr;
  sqlite3_stmt* neighbours = nullptr;  // prepared on first use
};

struct WalkCursor {
  sqlite3_vtab_cursor base{};
  std::vector<std::pair<int64_t, int>> rows;  // node, depth
  size_t at = 0;
  int64_t start = 0;
  int min_depth = 1, max_depth = 1;
};

int Connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char**) {
  int rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(node INTEGER, depth INTEGER, start HIDDEN, min_depth HIDDEN, max_depth HIDDEN)");
  if (rc != SQLITE_OK) return rc;
  auto* table = new WalkTable;
  table->db = db;
  *out = &table->base;
  return SQLITE_OK;
}

int Disconnect(sqlite3_vtab* vtab) {
  auto* table = reinterpret_cast<WalkTable*>(vtab);
  sqlite3_finalize(table->neighbours);
  delete table;
  return SQLITE_OK;
}

// Equality on `start` is required (a walk from every entity at once is what
// the recursive CTE is for); min_depth and max_depth default to 1.
int BestIndex(sqlite3_vtab*, sqlite3_index_info* info) {
  int slot[kMaxDepth + 1] = {-1, -1, -1, -1, -1};
  for (int i = 0; i < info->nConstraint; ++i) {
    const auto& c = info->aConstraint[i];
    if (c.iColumn < kStart || c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
    if (!c.usable) {
      if (c.iColumn == kStart) return SQLITE_CONSTRAINT;  // try another join order
      continue;
    }
    slot[c.iColumn] = i;
  }
  if (slot[kStart] < 0) return SQLITE_CONSTRAINT;
  int next = 1;
  info->idxNum = 0;
  for (int col : {kStart, kMinDepth, kMaxDepth}) {
    if (slot[col] < 0) continue;
    info->aConstraintUsage[slot[col]].argvIndex = next++;
    info->aConstraintUsage[slot[col]].omit = 1;
    if (col == kMinDepth) info->idxNum |= kHasMin;
    if (col == kMaxDepth) info->idxNum |= kHasMax;
  }
  info->estimatedCost = 1000;
  info->estimatedRows = 1000;
  return SQLITE_OK;
}

int Open(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
  auto* cursor = new WalkCursor;
  *out = &cursor->base;
  return SQLITE_OK;
}

int Close(sqlite3_vtab_cursor* cur) {
  delete reinterpret_cast<WalkCursor*>(cur);
  return SQLITE_OK;
}

int Fail(WalkTable* table, const char* what) {
  sqlite3_free(table->base.zErrMsg);
  table->base.zErrMsg = sqlite3_mprintf("dossier_walk: %s: %s", what, sqlite3_errmsg(table->db));
  return SQLITE_ERROR;
}

int Filter(sqlite3_vtab_cursor* cur, int idx_num, const char*, int argc, sqlite3_value** argv) {
  auto* cursor = reinterpret_cast<WalkCursor*>(cur);
  auto* table = reinterpret_cast<WalkTable*>(cur->pVtab);
  cursor->rows.clear();
  cursor->at = 0;
  if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) return SQLITE_OK;
  int arg = 1;
  cursor->start = sqlite3_value_int64(argv[0]);
  cursor->min_depth = (idx_num & kHasMin) && arg < argc ? sqlite3_value_int(argv[arg++]) : 1;
  cursor->max_depth = (idx_num & kHasMax) && arg < argc ? sqlite3_value_int(argv[arg++]) : 1;
  if (!table->neighbours &&
      sqlite3_prepare_v2(table->db, "SELECT b FROM links WHERE a = ?1", -1, &table->neighbours, nullptr) != SQLITE_OK)
    return Fail(table, "reading links");
  sqlite3_stmt* read = table->neighbours;
  // Level by level, each a set: a node reached at depths 1 and 2 is a row
  // at each, as in the CTE.
  std::vector<int64_t> frontier = {cursor->start};
  std::unordered_set<int64_t> next;
  for (int depth = 1; depth <= cursor->max_depth && !frontier.empty(); ++depth) {
    next.clear();
    for (int64_t node : frontier) {
      sqlite3_bind_int64(read, 1, node);
      int rc;
      while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
        int64_t b = sqlite3_column_int64(read, 0);
        if (b != cursor->start) next.insert(b);
      }
      sqlite3_reset(read);
      if (rc != SQLITE_DONE) return Fail(table, "reading links");
    }
    frontier.assign(next.begin(), next.end());
    std::sort(frontier.begin(), frontier.end());  // stable output across runs
    if (depth >= cursor->min_depth)
      for (int64_t node : frontier) cursor->rows.emplace_back(node, depth);
  }
  return SQLITE_OK;
}

int Next(sqlite3_vtab_cursor* cur) {
  ++reinterpret_cast<WalkCursor*>(cur)->at;
  return SQLITE_OK;
}

int Eof(sqlite3_vtab_cursor* cur) {
  auto* cursor = reinterpret_cast<WalkCursor*>(cur);
  return cursor->at >= cursor->rows.size();
}

int ColumnValue(sqlite3_vtab_cursor* cur, sqlite3_context* ctx, int column) {
  auto* cursor = reinterpret_cast<WalkCursor*>(cur);
  const auto& [node, depth] = cursor->rows[cursor->at];
  switch (column) {
    case kNode: sqlite3_result_int64(ctx, node); break;
    case kDepth: sqlite3_result_int(ctx, depth); break;
    case kStart: sqlite3_result_int64(ctx, cursor->start); break;
    case kMinDepth: sqlite3_result_int(ctx, cursor->min_depth); break;
    default: sqlite3_result_int(ctx, cursor->max_depth); break;
  }
  return SQLITE_OK;
}

int RowId(sqlite3_vtab_cursor* cur, sqlite_int64* out) {
  *out = static_cast<sqlite_int64>(reinterpret_cast<WalkCursor*>(cur)->at);
  return SQLITE_OK;
}

sqlite3_module MakeModule() {
  sqlite3_module m{};
  m.xConnect = Connect;  // no xCreate: eponymous only, never CREATE VIRTUAL TABLE'd
  m.xBestIndex = BestIndex;
  m.xDisconnect = Disconnect;
  m.xDestroy = Disconnect;
  m.xOpen = Open;
  m.xClose = Close;
  m.xFilter = Filter;
  m.xNext = Next;
  m.xEof = Eof;
  m.xColumn = ColumnValue;
  m.xRowid = RowId;
  return m;
}

}  // namespace

int RegisterWalkTable(sqlite3* db) {
  static const sqlite3_module module = MakeModule();
  return sqlite3_create_module(db, "dossier_walk", &module, nullptr);
}

}  // namespace dossier::store
