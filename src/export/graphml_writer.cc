#include <cstdint>

#include "export/graph_writer.h"

namespace dossier::exporter {

std::string XmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      default: break;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;  // not allowed in XML 1.0
    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters either.
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

namespace {

struct Key {
  const char* id;
  const char* for_;
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},       {"n_name", "node", "name", "string"},
    {"n_type", "node", "type", "string"},         {"n_kb_id", "node", "kb_id", "string"},
    {"n_aliases", "node", "aliases", "string"},   {"n_mentions", "node", "mentions", "int"},
    {"n_documents", "node", "documents", "int"},  {"n_first_seen", "node", "first_seen", "string"},
    {"n_last_seen", "node", "last_seen", "string"},
    {"e_label", "edge", "label", "string"},       {"e_predicate", "edge", "predicate", "string"},
    {"e_modality", "edge", "modality", "string"}, {"e_confidence", "edge", "confidence", "double"},
    {"e_documents", "edge", "documents", "int"},  {"e_cameo", "edge", "cameo", "string"},
    {"e_role", "edge", "role", "string"},         {"e_asserted", "edge", "asserted", "boolean"},
    {"e_evidence", "edge", "evidence", "string"}, {"e_evidence_document", "edge", "evidence_document", "string"},
    {"e_first_date", "edge", "first_date", "string"}, {"e_last_date", "edge", "last_date", "string"}};

class GraphMLWriter : public GraphWriter {
 public:
  explicit GraphMLWriter(std::ostream& out) : out_(out) {}
  void Begin() override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& k : kKeys)
      out_ << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name << "\" attr.type=\""
           << k.type << "\"/>\n";
    out_ << "  <graph id=\"dossier\" edgedefault=\"directed\">\n";
  }
  void Node(const store::NodeRow& n) override {
    out_ << "    <node id=\"" << XmlEscape(n.key) << "\">";
    Data("n_label", n.name);
    Data("n_name", n.name);
    Data("n_type", n.type);
    if (!n.kb_id.empty()) Data("n_kb_id", n.kb_id);
    Data("n_aliases", n.aliases);
    Data("n_mentions", std::to_string(n.mentions));
    Data("n_documents", std::to_string(n.documents));
    if (!n.first_seen.empty()) Data("n_first_seen", n.first_seen);
    if (!n.last_seen.empty()) Data("n_last_seen", n.last_seen);
    out_ << "</node>\n";
  }
  void BeginEdges() override {}
  void Edge(const store::EdgeRow& e) override {
    out_ << "    <edge id=\"e" << ++edges_ << "\" source=\"" << XmlEscape(e.source) << "\" target=\""
         << XmlEscape(e.target) << "\">";
    Data("e_label", e.predicate);
    Data("e_predicate", e.predicate);
    Data("e_modality", e.modality);
    char conf[32];
    std::snprintf(conf, sizeof conf, "%.3f", e.confidence);
    Data("e_confidence", conf);
    Data("e_documents", std::to_string(e.documents));
    if (!e.cameo.empty()) Data("e_cameo", e.cameo);
    if (!e.role.empty()) Data("e_role", e.role);
    Data("e_asserted", e.modality == "asserted" ? "true" : "false");
    Data("e_evidence", e.evidence);
    Data("e_evidence_document", e.evidence_document);
    if (!e.first_date.empty()) Data("e_first_date", e.first_date);
    if (!e.last_date.empty()) Data("e_last_date", e.last_date);
    out_ << "</edge>\n";
  }
  void End() override { out_ << "  </graph>\n</graphml>\n"; }

 private:
  void Data(const char* key, const std::string& value) {
    out_ << "<data key=\"" << key << "\">" << XmlEscape(value) << "</data>";
  }
  std::ostream& out_;
  uint64_t edges_ = 0;
};

}  // namespace

std::unique_ptr<GraphWriter> MakeGraphMLWriter(std::ostream& out) { return std::make_unique<GraphMLWriter>(out); }

}  // namespace dossier::exporter
