// The query language: parsing, errors with carets, and every construct
// run against a real database ingested from tests/fixtures/query.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/ingester.h"
#include "query/executor.h"
#include "query/parser.h"
#include "rules/rule_book.h"

namespace dossier::query {
namespace {

namespace fs = std::filesystem;

std::string Text(const store::Value& v) {
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) return std::to_string(std::get<double>(v));
  return "NULL";
}

class QueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = (fs::temp_directory_path() / ("dossier-query-" + std::to_string(::getpid()) + ".db")).string();
    fs::remove(path_);
    auto db = store::Database::Open(path_);
    ASSERT_TRUE(db.ok()) << db.status().message();
    db_ = std::move(*db);
    ingest::IngestOptions io;
    io.inputs = {std::string(DOSSIER_SOURCE_DIR) + "/tests/fixtures/query"};
    io.jobs = 1;
    auto summary = ingest::Ingest(*db_, *LoadRuleBook({}), io, nullptr);
    ASSERT_EQ(summary.added, 2u);
  }
  static void TearDownTestSuite() {
    db_.reset();
    for (const char* s : {"", "-wal", "-shm"}) fs::remove(path_ + s);
  }

  // Rows as "a|b|c" strings.
  static std::vector<std::string> Rows(const std::string& q, Params params = {}) {
    RunOptions ro;
    ro.params = std::move(params);
    auto rs = query::Run(*db_, q, ro);
    EXPECT_TRUE(rs.ok()) << q << "\n" << rs.status().message();
    std::vector<std::string> out;
    if (!rs.ok()) return out;
    for (const auto& row : rs->rows) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) line += (i ? "|" : "") + Text(row[i]);
      out.push_back(line);
    }
    return out;
  }
  static std::string Error(const std::string& q) {
    auto rs = query::Run(*db_, q, {});
    EXPECT_FALSE(rs.ok()) << q;
    return rs.ok() ? "" : rs.status().message();
  }

  static inline std::string path_;
  static inline std::unique_ptr<store::Database> db_;
};

using V = std::vector<std::string>;

TEST_F(QueryTest, DirectedPatternWithTypeAndFriendlyName) {
  EXPECT_EQ(Rows("MATCH (a)-[r:SANCTIONS]->(b {name: \"russia\"}) RETURN a.name ORDER BY a.name"),
            (V{"European Union", "Japan", "United States"}));
}

TEST_F(QueryTest, ModalityAndPropertyMaps) {
  EXPECT_EQ(Rows("MATCH (a)-[r:SANCTIONS {modality: \"hypothetical\"}]->(b) RETURN a.name, b.name"), (V{"Canada|Belarus"}));
  EXPECT_EQ(Rows("MATCH (a:LOCATION {name: \"Kazakhstan\"})-[:MEMBER_OF]->(o:ORGANIZATION) RETURN o.name ORDER BY o.name"),
            (V{"Collective Security Treaty Organization", "Eurasian Economic Union"}));
}

TEST_F(QueryTest, UndirectedAlternativesAndWhere) {
  EXPECT_EQ(Rows("MATCH (a {name: \"Belarus\"})-[r:BORDERS|MEMBER_OF]-(b) RETURN type(r), b.name ORDER BY b.name"),
            (V{"MEMBER_OF|Eurasian Economic Union", "BORDERS|Poland"}));
  EXPECT_EQ(Rows("MATCH (a)-[r:SANCTIONS]->(b) WHERE a.name IN ['Japan', 'Canada'] AND NOT b.name = 'Belarus' "
                 "RETURN a.name"),
            (V{"Japan"}));
  EXPECT_EQ(Rows("MATCH (a:ORGANIZATION) WHERE a.name CONTAINS 'Treaty' OR a.name STARTS WITH 'Eurasian' "
                 "RETURN a.name ORDER BY a.name DESC"),
            (V{"Eurasian Economic Union", "Collective Security Treaty Organization"}));
  EXPECT_EQ(Rows("MATCH (a:PERSON) WHERE a.kb_id IS NULL RETURN count(*)"), (V{"0"}));
}

TEST_F(QueryTest, AggregatesDistinctSkipLimitAndParameters) {
  EXPECT_EQ(Rows("MATCH (a)-[r:SANCTIONS]->(b) RETURN b.name AS target, count(*) AS n ORDER BY n DESC LIMIT 1"),
            (V{"Russia|3"}));
  EXPECT_EQ(Rows("MATCH (a)-[r:SANCTIONS]->(b) RETURN DISTINCT b.name ORDER BY b.name SKIP 1"), (V{"Russia"}));
  EXPECT_EQ(Rows("MATCH (a)-[r:SANCTIONS]->(b {name: $target}) RETURN count(DISTINCT a) AS n", {{"target", "Russia"}}),
            (V{"3"}));
  auto orgs = Rows("MATCH (a {name: \"Kazakhstan\"})-[:MEMBER_OF]->(o) RETURN collect(o.name) AS orgs");
  ASSERT_EQ(orgs.size(), 1u);  // one list; SQLite does not promise its order
  EXPECT_NE(orgs[0].find("\"Collective Security Treaty Organization\""), std::string::npos);
  EXPECT_NE(orgs[0].find("\"Eurasian Economic Union\""), std::string::npos);
  EXPECT_EQ(Rows("MATCH (k {name: \"astana\"}) RETURN k.name"), (V{"Kazakhstan"}));  // a capital the text never used
  EXPECT_EQ(Rows("MATCH (a)-[r:SANCTIONS]->(b) RETURN r.documents, r.evidence ORDER BY r.evidence LIMIT 1"),
            (V{"1|Canada could impose sanctions on Belarus."}));
}

TEST_F(QueryTest, VariableLengthAndShortestPath) {
  EXPECT_EQ(Rows("MATCH (a {name: \"Tokayev\"})-[:MEETS*1..2]-(b:PERSON) RETURN DISTINCT b.name ORDER BY b.name"),
            (V{"Emomali Rahmon", "Shavkat Mirziyoyev", "Vladimir Putin"}));
  EXPECT_EQ(Rows("MATCH p = shortestPath((a {name: \"Putin\"})-[:MEETS*..4]-(b {name: \"Rahmon\"})) RETURN length(p), p"),
            (V{"3|Vladimir Putin -[MEETS]- Kassym-Jomart Tokayev -[MEETS]- Shavkat Mirziyoyev -[MEETS]- Emomali Rahmon"}));
  EXPECT_TRUE(Rows("MATCH p = shortestPath((a {name: \"Putin\"})-[:MEETS*..1]-(b {name: \"Rahmon\"})) RETURN p").empty());
}

TEST_F(QueryTest, DegreeAndWalksOverAnyRelation) {
  EXPECT_EQ(Rows("MATCH (a {name: \"Mirziyoyev\"}) RETURN a.degree"), (V{"2"}));  // Tokayev and Rahmon
  EXPECT_EQ(Rows("MATCH (a {name: \"Putin\"})-[*2..2]-(b:PERSON) RETURN DISTINCT b.name"), (V{"Shavkat Mirziyoyev"}));
  EXPECT_EQ(Rows("MATCH p = shortestPath((a {name: \"Putin\"})-[*..6]-(b {name: \"Rahmon\"})) RETURN length(p)"),
            (V{"3"}));
}

// A hop whose relationship nothing reads is answered from `links` (one row
// a neighbour); it must give what the relation rows give.
TEST_F(QueryTest, AnUnreadHopGivesTheSameNeighboursAsTheRelations) {
  auto sql = [](const std::string& q) {
    std::string explain;
    RunOptions ro;
    ro.explain = &explain;
    EXPECT_TRUE(query::Run(*db_, q, ro).ok()) << q;
    return explain;
  };
  for (const char* who : {"Tokayev", "Kazakhstan", "Putin"}) {
    Params p = {{"n", who}};
    auto fast = Rows("MATCH (a {name: $n})-[r]-(b) RETURN DISTINCT b.name ORDER BY b.name", p);
    auto slow = Rows("MATCH (a {name: $n})-[r]-(b) WHERE type(r) IS NOT NULL RETURN DISTINCT b.name ORDER BY b.name", p);
    EXPECT_FALSE(fast.empty()) << who;
    EXPECT_EQ(fast, slow) << who;
    // The constrained end drives the join whichever side it is written on.
    EXPECT_EQ(Rows("MATCH (b)--(a {name: $n}) RETURN DISTINCT b.name ORDER BY b.name", p), fast) << who;
  }
  EXPECT_NE(sql("MATCH (a {name: \"Tokayev\"})-[r]-(b) RETURN DISTINCT b.name").find("links"), std::string::npos);
  // Rows per relation are kept wherever they can differ.
  for (const char* q : {"MATCH (a {name: \"Tokayev\"})-[r]-(b) RETURN b.name",
                        "MATCH (a {name: \"Tokayev\"})-[r]-(b) RETURN DISTINCT b.name, type(r)",
                        "MATCH (a {name: \"Tokayev\"})-[r]-(b) RETURN DISTINCT count(*)",
                        "MATCH (a {name: \"Tokayev\"})-[r]->(b) RETURN DISTINCT b.name",
                        "MATCH (a {name: \"Tokayev\"})-[r:MEETS]-(b) RETURN DISTINCT b.name"})
    EXPECT_EQ(sql(q).find("links"), std::string::npos) << q;
  EXPECT_EQ(Rows("MATCH (a {name: \"Tokayev\"})-[r]-(b) RETURN DISTINCT count(*)"),
            Rows("MATCH (a {name: \"Tokayev\"})-[r]-(b) RETURN count(*)"));
}

TEST_F(QueryTest, InjectionsMatchNothingAndChangeNothing) {
  auto before = Rows("MATCH (n) RETURN count(*)");
  EXPECT_TRUE(Rows("MATCH (a {name: \"x\\\" OR 1=1 --\"}) RETURN a.name").empty());
  EXPECT_TRUE(Rows("MATCH (a) WHERE a.name = '); DROP TABLE entities; --' RETURN a.name").empty());
  EXPECT_TRUE(Rows("MATCH (a {name: $n}) RETURN a.name", {{"n", "' OR '1'='1"}}).empty());
  EXPECT_EQ(Rows("MATCH (n) RETURN count(*)"), before);
}

TEST_F(QueryTest, ErrorsPointAtTheFault) {
  std::string e = Error("MATCH (a:PERSN) RETURN a");
  EXPECT_NE(e.find("line 1, column 10: unknown label :PERSN"), std::string::npos) << e;
  EXPECT_NE(e.find("         ^"), std::string::npos) << e;
  e = Error("MATCH (a)-[:SANCTION]->(b) RETURN a");
  EXPECT_NE(e.find("unknown relationship type :SANCTION"), std::string::npos) << e;
  e = Error("MATCH (a) RETURN a.nme");
  EXPECT_NE(e.find("column 18: unknown node property 'nme'"), std::string::npos) << e;
  e = Error("MATCH (a)\nRETURN b.name");
  EXPECT_NE(e.find("line 2, column 8: unknown variable 'b'"), std::string::npos) << e;
  e = Error("MATCH (a RETURN a");
  EXPECT_NE(e.find("syntax error"), std::string::npos) << e;
  e = Error("MATCH (a {name: $missing}) RETURN a");
  EXPECT_NE(e.find("parameter $missing has no value"), std::string::npos) << e;
  e = Error("MATCH (a) RETURN a LIMIT 'x'");
  EXPECT_NE(e.find("LIMIT takes a whole number"), std::string::npos) << e;
}

TEST(Parser, ParsesTheSupportedForms) {
  for (const char* q : {"MATCH (a:PERSON {name: 'X'}), (b) WHERE a.name <> b.name RETURN a, b",
                        "MATCH (a)<-[r:TARGETS]-(s:SANCTION) RETURN s.name AS programme ORDER BY programme ASC SKIP 2 LIMIT 3",
                        "MATCH (a)-[*1..3]-(b) RETURN DISTINCT b.name",
                        "MATCH p = shortestPath((a {name: $x})-[*..6]-(b {name: $y})) RETURN nodes(p)",
                        "MATCH (a)-->(b) WHERE a.name IS NOT NULL RETURN count(DISTINCT b)",
                        "// a comment\nMATCH (a) RETURN a.name;"}) {
    auto ast = Parse(q);
    EXPECT_TRUE(ast.ok()) << q << "\n" << ast.status().message();
  }
}

}  // namespace
}  // namespace dossier::query
