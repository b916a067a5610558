// Ingest as a library call: when the rule book is loaded, what a rule book
// that fails to load does to a run, and when a run is a bulk load.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "ingest/ingester.h"
#include "rules/rule_book.h"
#include "store/bulk_load.h"
#include "store/store_test_util.h"

namespace dossier::ingest {
namespace {

namespace fs = std::filesystem;

struct TempCorpus {
  TempCorpus() {
    dir = fs::temp_directory_path() / ("dossier-ingest-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(dir / "articles");
    Write("a.txt", "Kazakhstan joined the Shanghai Cooperation Organization in 2001.");
    Write("b.txt", "President Joe Biden met Chinese President Xi Jinping in Woodside.");
  }
  ~TempCorpus() { fs::remove_all(dir); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir / "articles" / name) << text; }
  std::string Db() const { return (dir / "test.db").string(); }
  static inline int counter = 0;
  fs::path dir;
};

int64_t Documents(store::Database& db) {
  return dossier::testing::Count(db, "SELECT count(*) FROM documents");
}

TEST(Ingest, AnUnchangedCorpusLoadsNoRules) {
  TempCorpus c;
  auto db = store::Database::Open(c.Db());
  ASSERT_TRUE(db.ok()) << db.status().message();
  std::atomic<int> loads{0};
  RuleBookLoader loader = [&] {
    ++loads;
    return LoadRuleBook({});
  };
  IngestOptions io;
  io.inputs = {(c.dir / "articles").string()};
  auto first = Ingest(**db, loader, io, nullptr);
  EXPECT_EQ(first.added, 2u);
  EXPECT_EQ(loads, 1);  // once for the run, not once a document or a thread
  auto again = Ingest(**db, loader, io, nullptr);
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_EQ(loads, 1);
  c.Write("b.txt", "Chinese President Xi Jinping met President Joe Biden in San Francisco.");
  auto changed = Ingest(**db, loader, io, nullptr);
  EXPECT_EQ(changed.replaced, 1u);
  EXPECT_EQ(loads, 2);
}

TEST(Ingest, ARuleBookThatFailsToLoadFailsEachDocumentAndWritesNothing) {
  TempCorpus c;
  auto db = store::Database::Open(c.Db());
  ASSERT_TRUE(db.ok()) << db.status().message();
  RuleBookLoader broken = [] { return Result<std::shared_ptr<const RuleBook>>(Status::InvalidInput("rules/x.json:3: broken")); };
  IngestOptions io;
  io.inputs = {(c.dir / "articles").string()};
  auto summary = Ingest(**db, broken, io, nullptr);
  EXPECT_EQ(summary.failed, 2u);
  EXPECT_EQ(summary.added, 0u);
  ASSERT_EQ(summary.errors.size(), 2u);
  EXPECT_NE(summary.errors[0].find("rules/x.json:3: broken"), std::string::npos) << summary.errors[0];
  EXPECT_EQ(Documents(**db), 0);
}

using dossier::testing::Count;

TEST(Ingest, ALargeFirstLoadIsBulkAndEndsWithIndexesAndLinks) {
  TempCorpus c;
  c.Write("c.txt", "Japan imposed sanctions on Russia. Finland shares a long border with Russia.");
  auto db = store::Database::Open(c.Db());
  ASSERT_TRUE(db.ok()) << db.status().message();
  const int64_t indexes = Count(**db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'");
  IngestOptions io;
  io.inputs = {(c.dir / "articles").string()};
  io.bulk_threshold = 2;  // three new documents into an empty store
  std::vector<bool> phases;
  auto first = Ingest(**db, LoadRuleBook({}).value(), io, [&](const IngestProgress& p) { phases.push_back(p.indexing); });
  EXPECT_TRUE(first.bulk);
  EXPECT_EQ(first.added, 3u);
  ASSERT_FALSE(phases.empty());
  EXPECT_TRUE(phases.back());  // the rebuild is announced after the documents
  EXPECT_FALSE(store::BulkLoadPending(**db));
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"), indexes);
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM links"),
            Count(**db, "SELECT count(*) FROM (SELECT subject_id, object_id FROM relations UNION "
                        "SELECT object_id, subject_id FROM relations)"));
  EXPECT_GT(Count(**db, "SELECT count(*) FROM links"), 0);
  c.Write("d.txt", "Chile shares a long border with Peru.");
  auto second = Ingest(**db, LoadRuleBook({}).value(), io, nullptr);
  EXPECT_FALSE(second.bulk);  // one new document into three
  EXPECT_EQ(second.added, 1u);
  EXPECT_EQ(Count(**db, "SELECT count(*) FROM links"),
            Count(**db, "SELECT count(*) FROM (SELECT subject_id, object_id FROM relations UNION "
                        "SELECT object_id, subject_id FROM relations)"));
}

}  // namespace
}  // namespace dossier::ingest
