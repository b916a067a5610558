// Node-link JSON, Graphviz DOT and Neo4j CSV writers.
#include <nlohmann/json.hpp>

#include <cstdint>

#include "export/graph_writer.h"

namespace dossier::exporter {
namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

class NodeLinkJsonWriter : public GraphWriter {
 public:
  explicit NodeLinkJsonWriter(std::ostream& out) : out_(out) {}
  void Begin() override { out_ << "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"dossier\"}, \"nodes\": ["; }
  void Node(const store::NodeRow& n) override {
    json j = {{"id", n.key}, {"name", n.name}, {"label", n.name}, {"type", n.type}, {"aliases", n.aliases},
              {"mentions", n.mentions}, {"documents", n.documents}};
    if (!n.kb_id.empty()) j["kb_id"] = n.kb_id;
    if (!n.first_seen.empty()) j["first_seen"] = n.first_seen;
    if (!n.last_seen.empty()) j["last_seen"] = n.last_seen;
    out_ << (first_ ? "\n  " : ",\n  ") << Dump(j);
    first_ = false;
  }
  void BeginEdges() override {
    out_ << "\n], \"links\": [";
    first_ = true;
  }
  void Edge(const store::EdgeRow& e) override {
    json j = {{"source", e.source}, {"target", e.target}, {"key", ++edges_}, {"predicate", e.predicate},
              {"label", e.predicate}, {"modality", e.modality}, {"confidence", e.confidence},
              {"documents", e.documents}, {"evidence", e.evidence}, {"evidence_document", e.evidence_document}};
    if (!e.cameo.empty()) j["cameo"] = e.cameo;
    if (!e.role.empty()) j["role"] = e.role;
    if (!e.first_date.empty()) j["first_date"] = e.first_date;
    if (!e.last_date.empty()) j["last_date"] = e.last_date;
    out_ << (first_ ? "\n  " : ",\n  ") << Dump(j);
    first_ = false;
  }
  void End() override { out_ << "\n]}\n"; }

 private:
  std::ostream& out_;
  bool first_ = true;
  uint64_t edges_ = 0;
};

std::string DotString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out + "\"";
}

class DotWriter : public GraphWriter {
 public:
  explicit DotWriter(std::ostream& out) : out_(out) {}
  void Begin() override {
    out_ << "digraph dossier {\n  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n"
            "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=8];\n";
  }
  void Node(const store::NodeRow& n) override {
    const char* shape = "ellipse";
    const char* color = "#dddddd";
    if (n.type == "PERSON") shape = "ellipse", color = "#f4c2a1";
    else if (n.type == "ORGANIZATION") shape = "box", color = "#a9c8e8";
    else if (n.type == "LOCATION") shape = "house", color = "#b7dfb0";
    else if (n.type == "SANCTION") shape = "octagon", color = "#f2a3a3";
    else if (n.type == "EVENT") shape = "diamond", color = "#e8dca0";
    out_ << "  " << DotString(n.key) << " [label=" << DotString(n.name) << ", shape=" << shape << ", fillcolor=\""
         << color << "\"];\n";
  }
  void BeginEdges() override {}
  void Edge(const store::EdgeRow& e) override {
    std::string style = e.modality == "asserted" ? "solid" : e.modality == "negated" ? "dotted" : "dashed";
    std::string label = e.predicate + (e.modality == "asserted" ? "" : " (" + e.modality + ")");
    out_ << "  " << DotString(e.source) << " -> " << DotString(e.target) << " [label=" << DotString(label)
         << ", style=" << style << "];\n";
  }
  void End() override { out_ << "}\n"; }

 private:
  std::ostream& out_;
};

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

class Neo4jCsvWriter : public GraphWriter {
 public:
  Neo4jCsvWriter(std::ostream& nodes, std::ostream& rels) : nodes_(nodes), rels_(rels) {}
  void Begin() override {
    nodes_ << "id:ID,name,:LABEL,kb_id,aliases:string[],mentions:int,documents:int,first_seen,last_seen\n";
  }
  void Node(const store::NodeRow& n) override {
    nodes_ << Csv(n.key) << ',' << Csv(n.name) << ",Entity;" << n.type << ',' << Csv(n.kb_id) << ',' << Csv(n.aliases)
           << ',' << n.mentions << ',' << n.documents << ',' << n.first_seen << ',' << n.last_seen << '\n';
  }
  void BeginEdges() override {
    rels_ << ":START_ID,:END_ID,:TYPE,modality,confidence:double,documents:int,cameo,role,evidence,evidence_document,"
             "first_date,last_date\n";
  }
  void Edge(const store::EdgeRow& e) override {
    rels_ << Csv(e.source) << ',' << Csv(e.target) << ',' << e.predicate << ',' << e.modality << ',' << e.confidence
          << ',' << e.documents << ',' << e.cameo << ',' << Csv(e.role) << ',' << Csv(e.evidence) << ','
          << Csv(e.evidence_document) << ',' << e.first_date << ',' << e.last_date << '\n';
  }
  void End() override {}

 private:
  std::ostream& nodes_;
  std::ostream& rels_;
};

}  // namespace

std::unique_ptr<GraphWriter> MakeNodeLinkJsonWriter(std::ostream& out) { return std::make_unique<NodeLinkJsonWriter>(out); }
std::unique_ptr<GraphWriter> MakeDotWriter(std::ostream& out) { return std::make_unique<DotWriter>(out); }
std::unique_ptr<GraphWriter> MakeNeo4jCsvWriter(std::ostream& nodes, std::ostream& rels) {
  return std::make_unique<Neo4jCsvWriter>(nodes, rels);
}

}  // namespace dossier::exporter
