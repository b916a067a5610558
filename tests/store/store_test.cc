// The SQLite store: migrations, refusal of newer schemas, replacing a
// document, cross-document entity merging, orphan removal, stats, bulk
// loads.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "extract/pipeline.h"
#include "rules/rule_book.h"
#include "store/bulk_load.h"
#include "store/database.h"
#include "store/document_writer.h"
#include "store/stats.h"
#include "store/store_test_util.h"

namespace dossier::store {
namespace {

namespace fs = std::filesystem;

struct TempDb {
  TempDb() : path((fs::temp_directory_path() / ("dossier-store-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(counter++) + ".db")).string()) {}
  ~TempDb() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  }
  static inline int counter = 0;
  std::string path;
};

Document Extracted(const std::string& path, const std::string& text) {
  static auto book = *LoadRuleBook({});
  extract::Extractor ex(book);
  extract::ExtractOptions o;
  o.date = "2024-01-15";
  return std::move(*ex.Run(path, text, o));
}

using dossier::testing::Count;

TEST(Store, MigratesToTheLatestVersion) {
  TempDb t;
  auto db = Database::Open(t.path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ((*db)->SchemaVersion(), Database::LatestSchemaVersion());
  EXPECT_GE(Database::LatestSchemaVersion(), 1);
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM sqlite_master WHERE name = 'evidence_fts'"), 1);
  auto mode = (*db)->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_TRUE(mode->Step());
  EXPECT_EQ(mode->Text(0), "wal");
}

TEST(Store, RefusesADatabaseFromANewerVersion) {
  TempDb t;
  {
    auto db = Database::Open(t.path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 999").ok());
  }
  auto db = Database::Open(t.path);
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.status().message().find("newer than this dossier understands"), std::string::npos);
}

// The adjacency table must equal what the relations say, both ways.
void ExpectLinksMatchRelations(Database& db) {
  EXPECT_EQ(Count(db, "SELECT count(*) FROM ("
                      " SELECT a, b, relations FROM links EXCEPT"
                      " SELECT a, b, sum(n) FROM (SELECT subject_id a, object_id b, count(*) n FROM relations GROUP BY 1, 2"
                      "  UNION ALL SELECT object_id, subject_id, count(*) FROM relations GROUP BY 1, 2) GROUP BY a, b)"),
            0);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM links"),
            Count(db, "SELECT count(*) FROM (SELECT subject_id, object_id FROM relations UNION "
                      "SELECT object_id, subject_id FROM relations)"));
}

TEST(Store, LinksFollowInsertsAndReplacements) {
  TempDb t;
  auto db = Database::Open(t.path);
  ASSERT_TRUE(db.ok());
  {
    DocumentWriter w(**db);
    ASSERT_TRUE(w.Write(Extracted("a.txt", "Japan imposed sanctions on Russia. Finland shares a long border with Russia.")).ok());
    ASSERT_TRUE(w.Write(Extracted("b.txt", "Japan imposed sanctions on Russia again. Japan met Korea.")).ok());
    ASSERT_TRUE(w.Flush().ok());
  }
  ExpectLinksMatchRelations(**db);
  EXPECT_GT(Count(**db, "SELECT count(*) FROM links"), 0);
  {
    DocumentWriter w(**db);
    ASSERT_TRUE(w.Write(Extracted("a.txt", "Chile shares a long border with Peru.")).ok());  // replaces a.txt
    ASSERT_TRUE(w.Flush().ok());
  }
  ExpectLinksMatchRelations(**db);
}

std::string IndexSql(Database& db, const std::string& name) {
  auto st = db.Prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
  EXPECT_TRUE(st.ok());
  st->Bind(1, name);
  return st->Step() ? st->Text(0) : "";
}

TEST(Store, ABulkLoadPutsOffIndexesAndLinksAndAnInterruptedOneIsFinishedLater) {
  TempDb t;
  const std::vector<std::string> deferred = {"relations_subject", "relations_object", "mentions_entity",
                                             "aliases_folded"};
  std::map<std::string, std::string> before;
  {
    auto db = Database::Open(t.path);
    ASSERT_TRUE(db.ok());
    for (const auto& name : deferred) before[name] = IndexSql(**db, name);
    ASSERT_TRUE(BeginBulkLoad(**db).ok());
    for (const auto& name : deferred) EXPECT_EQ(IndexSql(**db, name), "") << name;
    EXPECT_TRUE(BulkLoadPending(**db));
    EXPECT_TRUE(LinksDeferred(**db));
    EXPECT_EQ(Count(**db, "SELECT count(*) FROM deferred_work"), 5);
    ASSERT_TRUE(BeginBulkLoad(**db).ok());  // already under way: nothing more to put off
    EXPECT_EQ(Count(**db, "SELECT count(*) FROM deferred_work"), 5);
    DocumentWriter w(**db);
    ASSERT_TRUE(w.Write(Extracted("a.txt", "Japan imposed sanctions on Russia. Japan met Korea.")).ok());
    ASSERT_TRUE(w.Flush().ok());
    EXPECT_GT(Count(**db, "SELECT count(*) FROM relations"), 0);
    EXPECT_EQ(Count(**db, "SELECT count(*) FROM links"), 0);  // left to the rebuild
  }  // "crash": the process ends without finishing
  auto db = Database::Open(t.path);
  ASSERT_TRUE(db.ok());
  EXPECT_TRUE(BulkLoadPending(**db));
  ASSERT_TRUE((*db)->Exec(before["aliases_folded"]).ok());  // made again by hand meanwhile
  ASSERT_TRUE(FinishBulkLoad(**db).ok());
  EXPECT_FALSE(BulkLoadPending(**db));
  EXPECT_FALSE(LinksDeferred(**db));
  for (const auto& name : deferred) EXPECT_EQ(IndexSql(**db, name), before[name]) << name;
  ExpectLinksMatchRelations(**db);
  EXPECT_GT(Count(**db, "SELECT count(*) FROM links"), 0);
  {
    DocumentWriter w(**db);  // links are kept batch by batch again
    ASSERT_TRUE(w.Write(Extracted("b.txt", "Chile shares a long border with Peru.")).ok());
    ASSERT_TRUE(w.Flush().ok());
  }
  ExpectLinksMatchRelations(**db);
  EXPECT_TRUE(FinishBulkLoad(**db).ok());  // nothing pending: nothing to do
}

TEST(Store, OnlyALargeLoadIntoASmallerStoreIsBulk) {
  EXPECT_TRUE(WorthBulkLoading(25000, 0));
  EXPECT_TRUE(WorthBulkLoading(2500, 2500));
  EXPECT_FALSE(WorthBulkLoading(999, 0));         // small: the rebuild would cost more
  EXPECT_FALSE(WorthBulkLoading(2000, 25000));    // rebuilding 27,000 documents' rows for 2,000
  EXPECT_TRUE(WorthBulkLoading(3, 1, 2));
}

TEST(Store, MigratesAVersionOneDatabase) {
  TempDb t;
  {
    auto db = Database::Open(t.path);
    ASSERT_TRUE(db.ok());
    DocumentWriter w(**db);
    ASSERT_TRUE(w.Write(Extracted("a.txt", "Japan imposed sanctions on Russia.")).ok());
    ASSERT_TRUE(w.Flush().ok());
    // Back to version 1, as a database from the first release would be.
    ASSERT_TRUE((*db)->Exec("DROP TRIGGER relations_link_ad; DROP TABLE links; DROP TABLE deferred_work; "
                            "PRAGMA user_version = 1").ok());
  }
  auto db = Database::Open(t.path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  EXPECT_EQ((*db)->SchemaVersion(), Database::LatestSchemaVersion());
  ExpectLinksMatchRelations(**db);
  EXPECT_GT(Count(**db, "SELECT count(*) FROM links"), 0);
}

TEST(Store, BareTriggerNamesStayInTheirDocument) {
  TempDb t;
  auto db = Database::Open(t.path);
  ASSERT_TRUE(db.ok());
  {
    DocumentWriter w(**db);
    ASSERT_TRUE(w.Write(Extracted("a.txt", "China announced new sanctions. The new sanctions hurt.")).ok());
    ASSERT_TRUE(w.Write(Extracted("b.txt", "Canada announced new sanctions. The new sanctions bit.")).ok());
    ASSERT_TRUE(w.Flush().ok());
  }
  // Two different instruments, not one "new sanctions" node shared by both.
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM entities WHERE type = 'SANCTION'"), 2);
}

TEST(Store, RefusesAFileThatIsNotADatabase) {
  TempDb t;
  { FILE* f = std::fopen(t.path.c_str(), "w"); std::fputs("not sqlite at all, just text\n", f); std::fclose(f); }
  auto db = Database::Open(t.path);
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.status().message().find(t.path), std::string::npos);
}

TEST(Store, EntitiesMergeAcrossDocumentsAndChangedFilesReplace) {
  TempDb t;
  auto db = Database::Open(t.path);
  ASSERT_TRUE(db.ok());
  {
    DocumentWriter w(**db);
    ASSERT_TRUE(w.Write(Extracted("a.txt", "President Kassym-Jomart Tokayev met Vladimir Putin in Moscow.")).ok());
    ASSERT_TRUE(w.Write(Extracted("b.txt", "Tokayev later visited Beijing and met Xi Jinping.")).ok());
    ASSERT_TRUE(w.Flush().ok());
  }
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(**db, "SELECT count(DISTINCT m.document_id) FROM mentions m JOIN entities e ON e.id = m.entity_id "
                       "WHERE e.kb_id = 'tokayev'"), 2);
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM entities WHERE kb_id = 'tokayev'"), 1);
  {
    DocumentWriter w(**db);
    ASSERT_TRUE(w.Write(Extracted("b.txt", "Mongolia held elections in June.")).ok());
    ASSERT_TRUE(w.Flush().ok());
    ASSERT_TRUE(w.RemoveOrphans().ok());
  }
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM entities WHERE kb_id = 'xi'"), 0);  // gone with the old b.txt
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM entities WHERE kb_id = 'tokayev'"), 1);
  auto check = (*db)->Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(check.ok());
  ASSERT_TRUE(check->Step());
  EXPECT_EQ(check->Text(0), "ok");  // a WITHOUT ROWID aliases table once failed this on SQLite 3.40
  auto stats = ReadStats(**db);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 2);
  EXPECT_GT(stats->relations, 0);
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'Putin'"), Count(**db,
            "SELECT count(*) FROM evidence WHERE text LIKE '%Putin%'"));
}

// dossier_walk must give exactly the rows of the recursive CTE it replaces
// (store/walk_table.h), on a graph with triangles, a self-link, cycles
// through the start and an isolated pair.
TEST(Store, WalkTableGivesTheRowsOfTheRecursiveWalk) {
  TempDb t;
  auto db = Database::Open(t.path);
  ASSERT_TRUE(db.ok()) << db.status().message();
  const std::vector<std::pair<int, int>> edges = {{1, 2}, {2, 3}, {3, 1}, {3, 4}, {4, 5}, {5, 6}, {6, 4},
                                                  {2, 7}, {7, 7}, {8, 9}, {1, 10}, {10, 11}, {11, 1}};
  auto ins = (*db)->Prepare("INSERT INTO links(a, b, relations) VALUES (?1, ?2, 1), (?2, ?1, 1) ON CONFLICT DO NOTHING");
  ASSERT_TRUE(ins.ok());
  for (auto [a, b] : edges) {
    ins->Reset();
    ins->Bind(1, int64_t{a}).Bind(2, int64_t{b});
    ins->Step();
    ASSERT_TRUE(ins->status().ok()) << ins->status().message();
  }
  auto rows = [&](const std::string& sql, int start, int min, int max) {
    auto st = (*db)->Prepare(sql);
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.status().message());
    std::vector<std::pair<int64_t, int64_t>> out;
    if (!st.ok()) return out;
    st->Bind(1, int64_t{start}).Bind(2, int64_t{min}).Bind(3, int64_t{max});
    while (st->Step()) out.emplace_back(st->Int(0), st->Int(1));
    EXPECT_TRUE(st->status().ok()) << st->status().message();
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::string walk = "SELECT node, depth FROM dossier_walk WHERE start = ?1 AND min_depth = ?2 AND max_depth = ?3";
  const std::string cte =
      "WITH RECURSIVE w(start, node, depth) AS (SELECT ?1, ?1, 0 UNION SELECT w.start, l.b, w.depth + 1 "
      "FROM w JOIN links l ON l.a = w.node WHERE w.depth < ?3 AND l.b <> w.start) "
      "SELECT node, depth FROM w WHERE depth >= ?2";
  size_t compared = 0;
  for (int start : {1, 2, 4, 7, 8, 12})
    for (int min = 1; min <= 3; ++min)
      for (int max = min; max <= 5; ++max) {
        auto expected = rows(cte, start, min, max);
        EXPECT_EQ(rows(walk, start, min, max), expected) << "start " << start << " depths " << min << ".." << max;
        compared += expected.size();
      }
  EXPECT_GT(compared, 100u);  // the graph is not trivially empty
  // From 1: 2, 3, 10, 11 at depth 1; 2, 3, 4, 7, 10, 11 at depth 2 (a node
  // reached both ways is a row at each depth, as in the CTE).
  EXPECT_EQ(rows(walk, 1, 1, 2).size(), 10u);
  // A NULL start walks nowhere; depths in the wrong order give nothing.
  EXPECT_TRUE(rows("SELECT node, depth FROM dossier_walk WHERE start = NULL AND min_depth = ?2 AND max_depth = ?3 "
                   "AND ?1 IS NOT NULL", 1, 1, 2).empty());
  EXPECT_TRUE(rows(walk, 1, 3, 2).empty());
  // Without a start there is nothing to walk from: refused, not a full scan.
  EXPECT_FALSE((*db)->Prepare("SELECT * FROM dossier_walk").ok());
}

}  // namespace
}  // namespace dossier::store
