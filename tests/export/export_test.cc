// Export writers: XML escaping and the shape of each format.
#include <gtest/gtest.h>

#include <sstream>

#include "export/extraction_json.h"
#include "export/graph_writer.h"
#include "export/json_line_writer.h"

#include <nlohmann/json.hpp>

namespace dossier::exporter {
namespace {

TEST(Export, XmlEscapeEscapesAndDropsForbiddenCharacters) {
  EXPECT_EQ(XmlEscape("AT&T <Holdings> \"q\" 'a'"), "AT&amp;T &lt;Holdings&gt; &quot;q&quot; &apos;a&apos;");
  EXPECT_EQ(XmlEscape(std::string("a\x01" "b\x1f" "c\td", 7)), "abc\td");
  EXPECT_EQ(XmlEscape("non-BMP 😀 stays"), "non-BMP 😀 stays");
  EXPECT_EQ(XmlEscape("x\xEF\xBF\xBEy"), "xy");  // U+FFFE is not an XML character
}

TEST(Export, JsonStringsEscapeControlsAndReplaceBrokenUtf8) {
  std::string out;
  AppendJsonString(out, std::string("q\"b\\n\nt\tx\x01\x1f", 12));
  EXPECT_EQ(out, "\"q\\\"b\\\\n\\nt\\tx\\u0001\\u001f\\u0000\"");  // NUL too
  out.clear();
  AppendJsonString(out, "Zelenskyy \xD0\x97 \xF0\x9F\x98\x80");  // kept as they are
  EXPECT_EQ(out, "\"Zelenskyy \xD0\x97 \xF0\x9F\x98\x80\"");
  out.clear();
  AppendJsonString(out, "a\xC3(b\xFF");  // a truncated sequence and a byte that never starts one
  EXPECT_EQ(out, "\"a\xEF\xBF\xBD(b\xEF\xBF\xBD\"");
  EXPECT_EQ(nlohmann::json::parse(out), "a\uFFFD(b\uFFFD");
}

TEST(Export, JsonLineWriterNestsAndSeparatesValues) {
  JsonLineWriter w;
  w.BeginObject();
  w.Key("a"), w.BeginArray();
  w.Unsigned(1), w.Double(0.85), w.Double(1), w.Bool(false), w.Null();
  w.BeginObject(), w.EndObject();
  w.BeginArray(), w.EndArray();
  w.EndArray();
  w.Key("b"), w.String("x");
  w.EndObject();
  EXPECT_EQ(w.str(), R"({"a":[1,0.85,1.0,false,null,{},[]],"b":"x"})");
  auto parsed = nlohmann::json::parse(w.str());
  EXPECT_DOUBLE_EQ(parsed["a"][1].get<double>(), 0.85);
  EXPECT_TRUE(parsed["a"][2].is_number_float());
}

// The line of `dossier extract` read back by a real JSON reader: every field
// of the spec present with its type, booleans as booleans, evidence beyond
// the first under more_evidence.
TEST(Export, ExtractionLineReadsBackWithEveryField) {
  Document doc;
  doc.path = "dir/\"odd\".txt";
  doc.sha256 = "ab";
  doc.text = "Kazakhstan joined the CSTO.\nIt stayed.";
  doc.sentences.resize(2);
  Entity kz;
  kz.id = "e1", kz.kb_id = "KZ", kz.name = "Kazakhstan", kz.type = EntityType::kLocation;
  kz.aliases = {"Kazakhstan"};
  Mention m;
  m.span = {0, 10}, m.text = "Kazakhstan", m.demonym = true;
  kz.mentions = {m};
  Entity csto;
  csto.id = "e2", csto.name = "CSTO", csto.type = EntityType::kOrganization;
  csto.attributes = {{"date", "2024-01"}};
  Relation r;
  r.subject = 0, r.object = 1, r.predicate = Predicate::kMemberOf, r.modality = Modality::kAsserted;
  r.confidence = 0.8;
  r.attributes = {{"former", "true"}, {"cameo", "03"}};
  r.evidence = {{0, {0, 27}, "Kazakhstan joined the CSTO."}, {1, {28, 38}, "It stayed."}};
  r.rule = "member-joined";
  doc.entities = {kz, csto};
  doc.relations = {r};
  auto j = nlohmann::json::parse(ExtractionJsonLine(doc));
  EXPECT_EQ(j["document"]["path"], "dir/\"odd\".txt");
  EXPECT_TRUE(j["document"]["date"].is_null());
  EXPECT_EQ(j["document"]["bytes"], doc.text.size());
  EXPECT_EQ(j["entities"][0]["kb_id"], "KZ");
  EXPECT_EQ(j["entities"][0]["mentions"][0]["demonym"], true);
  EXPECT_FALSE(j["entities"][0]["mentions"][0].contains("metonym"));
  EXPECT_FALSE(j["entities"][1].contains("kb_id"));
  EXPECT_EQ(j["entities"][1]["attributes"]["date"], "2024-01");
  const auto& jr = j["relations"][0];
  EXPECT_EQ(jr["subject"], "e1");
  EXPECT_EQ(jr["object"], "e2");
  EXPECT_EQ(jr["predicate"], "MEMBER_OF");
  EXPECT_EQ(jr["modality"], "asserted");
  EXPECT_DOUBLE_EQ(jr["confidence"].get<double>(), 0.8);
  EXPECT_EQ(jr["attributes"]["former"], true);
  EXPECT_EQ(jr["attributes"]["cameo"], "03");
  EXPECT_EQ(jr["evidence"]["end"], 27);
  EXPECT_EQ(jr["more_evidence"][0]["text"], "It stayed.");
  EXPECT_EQ(jr["rule"], "member-joined");
}

store::NodeRow Node(const std::string& key, const std::string& name) {
  store::NodeRow n;
  n.key = key;
  n.name = name;
  n.type = "ORGANIZATION";
  n.mentions = 2;
  n.documents = 1;
  return n;
}

store::EdgeRow Edge(const std::string& source, const std::string& target, const std::string& predicate,
                    const std::string& modality) {
  store::EdgeRow e;
  e.source = source;
  e.target = target;
  e.predicate = predicate;
  e.modality = modality;
  return e;
}

TEST(Export, GraphMLDeclaresTypedKeysAndKeepsParallelEdges) {
  std::ostringstream os;
  auto w = MakeGraphMLWriter(os);
  w->Begin();
  w->Node(Node("a", "A & B"));
  w->Node(Node("b", "C"));
  w->BeginEdges();
  store::EdgeRow e = Edge("a", "b", "SANCTIONS", "asserted");
  w->Edge(e);
  e.modality = "proposed";
  w->Edge(e);
  w->End();
  std::string xml = os.str();
  EXPECT_NE(xml.find("attr.name=\"confidence\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"documents\" attr.type=\"int\""), std::string::npos);
  EXPECT_NE(xml.find("attr.type=\"boolean\""), std::string::npos);
  EXPECT_NE(xml.find("A &amp; B"), std::string::npos);
  EXPECT_NE(xml.find("id=\"e1\""), std::string::npos);
  EXPECT_NE(xml.find("id=\"e2\""), std::string::npos);
}

TEST(Export, DotQuotesNamesAndStylesModalities) {
  std::ostringstream os;
  auto w = MakeDotWriter(os);
  w->Begin();
  w->Node(Node("k\"1", "Say \"hi\"\\"));
  w->BeginEdges();
  w->Edge(Edge("k\"1", "k\"1", "MEETS", "negated"));
  w->End();
  EXPECT_NE(os.str().find("label=\"Say \\\"hi\\\"\\\\\""), std::string::npos) << os.str();
  EXPECT_NE(os.str().find("style=dotted"), std::string::npos);
}

TEST(Export, Neo4jCsvHeadersAreTyped) {
  std::ostringstream nodes, rels;
  auto w = MakeNeo4jCsvWriter(nodes, rels);
  w->Begin();
  w->Node(Node("kb:KZ", "Kazakhstan, Republic of"));
  w->BeginEdges();
  w->End();
  EXPECT_EQ(nodes.str().substr(0, 8), "id:ID,na");
  EXPECT_NE(nodes.str().find("\"Kazakhstan, Republic of\""), std::string::npos);
  EXPECT_NE(rels.str().find(":START_ID,:END_ID,:TYPE"), std::string::npos);
}

}  // namespace
}  // namespace dossier::exporter
