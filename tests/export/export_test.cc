// Export writers: XML escaping and the shape of each format.
#include <gtest/gtest.h>

#include <sstream>

#include "export/graph_writer.h"

namespace dossier::exporter {
namespace {

TEST(Export, XmlEscapeEscapesAndDropsForbiddenCharacters) {
  EXPECT_EQ(XmlEscape("AT&T <Holdings> \"q\" 'a'"), "AT&amp;T &lt;Holdings&gt; &quot;q&quot; &apos;a&apos;");
  EXPECT_EQ(XmlEscape(std::string("a\x01" "b\x1f" "c\td", 7)), "abc\td");
  EXPECT_EQ(XmlEscape("non-BMP 😀 stays"), "non-BMP 😀 stays");
  EXPECT_EQ(XmlEscape("x\xEF\xBF\xBEy"), "xy");  // U+FFFE is not an XML character
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
