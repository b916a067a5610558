// `dossier export`: the graph, or the part a query or filters select, as
// GraphML, node-link JSON, Graphviz DOT or Neo4j CSV.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/shared.h"
#include "export/graph_writer.h"
#include "model/ontology.h"
#include "query/executor.h"

namespace dossier::cli {
namespace {

std::vector<std::string> SplitList(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) {
    std::stringstream ss(v);
    std::string item;
    while (std::getline(ss, item, ','))
      if (!item.empty()) {
        for (char& c : item) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out.push_back(item);
      }
  }
  return out;
}

}  // namespace

int RunExport(const std::vector<std::string>& args) {
  CommandSpec spec{"export", "dossier export [options]",
                   "Write the graph for Gephi, yEd, Cytoscape, NetworkX, Graphviz or Neo4j.",
                   "Formats:\n"
                   "  graphml  (default) typed attributes; opens in Gephi, yEd, Cytoscape, NetworkX, igraph\n"
                   "  json     NetworkX node-link JSON (networkx.node_link_graph)\n"
                   "  dot      Graphviz: dot -Tsvg dossier.dot > dossier.svg\n"
                   "  csv      Neo4j import: writes DIR/nodes.csv and DIR/relationships.csv (-o DIR)\n"
                   "One edge per subject, predicate, object and modality, with the number of documents\n"
                   "that support it and its first evidence sentence. Output order and ids are stable:\n"
                   "two exports of the same database are identical.",
                   {DbOption(),
                    {"format", 0, true, "FORMAT", "graphml, json, dot or csv"},
                    {"output", 'o', true, "PATH", "Output file (csv: a directory); default standard output (csv: ./neo4j-import)"},
                    {"query", 0, true, "QUERY", "Only what this MATCH ... RETURN query matches"},
                    {"param", 'p', true, "NAME=VALUE", "Value for $NAME in --query", true},
                    {"types", 0, true, "T,T", "Only entities of these types (PERSON,ORGANIZATION,...)", true},
                    {"predicates", 0, true, "P,P", "Only these relation predicates", true},
                    {"modality", 0, true, "M,M", "Only these modalities (asserted, negated, proposed, hypothetical)", true},
                    {"min-confidence", 0, true, "X", "Only edges with confidence >= X"},
                    {"min-documents", 0, true, "N", "Only edges supported by >= N documents"}}};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  std::string format = opts.Get("format", "graphml");
  if (format != "graphml" && format != "json" && format != "dot" && format != "csv") {
    std::fprintf(stderr, "dossier export: --format must be graphml, json, dot or csv\n");
    return kExitUsage;
  }
  store::GraphFilter filter;
  filter.types = SplitList(opts.All("types"));
  for (auto& t : filter.types)
    if (t == "ORGANISATION") t = "ORGANIZATION";
  for (const auto& t : filter.types)
    if (!ParseEntityType(t)) {
      std::fprintf(stderr, "dossier export: unknown type %s\n", t.c_str());
      return kExitUsage;
    }
  filter.predicates = SplitList(opts.All("predicates"));
  for (const auto& p : filter.predicates)
    if (!ParsePredicate(p)) {
      std::fprintf(stderr, "dossier export: unknown predicate %s\n", p.c_str());
      return kExitUsage;
    }
  for (auto m : SplitList(opts.All("modality"))) {
    for (char& c : m) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!ParseModality(m)) {
      std::fprintf(stderr, "dossier export: unknown modality %s\n", m.c_str());
      return kExitUsage;
    }
    filter.modalities.push_back(m);
  }
  try {
    filter.min_confidence = std::stod(opts.Get("min-confidence", "0"));
    filter.min_documents = std::stoll(opts.Get("min-documents", "1"));
  } catch (const std::exception&) {
    std::fprintf(stderr, "dossier export: --min-confidence and --min-documents take numbers\n");
    return kExitUsage;
  }
  auto db = OpenDatabaseOrReport(opts, true);
  if (!db) return kExitUsage;
  if (opts.Has("query")) {
    query::Params params;
    for (const auto& p : opts.All("param")) {
      size_t eq = p.find('=');
      if (eq == std::string::npos) {
        std::fprintf(stderr, "dossier export: --param takes NAME=VALUE\n");
        return kExitUsage;
      }
      params[p.substr(0, eq)] = p.substr(eq + 1);
    }
    auto ids = query::MatchIds(*db, opts.Get("query"), params);
    if (!ids.ok()) {
      std::fprintf(stderr, "dossier export: %s\n", ids.status().message().c_str());
      return kExitUsage;
    }
    filter.restricted = true;
    filter.entity_ids = std::move(ids->entities);
    filter.relation_ids = std::move(ids->relations);
  }
  store::GraphReader reader(*db);
  Status st = reader.Prepare(filter);
  if (!st.ok()) {
    std::fprintf(stderr, "dossier export: %s\n", st.message().c_str());
    return kExitPartial;
  }
  std::ofstream file, nodes_file, rels_file;
  std::ostream* out = &std::cout;
  std::unique_ptr<exporter::GraphWriter> writer;
  std::string output = opts.Get("output");
  if (format == "csv") {
    std::string dir = output.empty() ? "neo4j-import" : output;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    nodes_file.open(dir + "/nodes.csv", std::ios::binary);
    rels_file.open(dir + "/relationships.csv", std::ios::binary);
    if (!nodes_file || !rels_file) {
      std::fprintf(stderr, "dossier export: %s: cannot write\n", dir.c_str());
      return kExitPartial;
    }
    writer = exporter::MakeNeo4jCsvWriter(nodes_file, rels_file);
  } else {
    if (!output.empty()) {
      file.open(output, std::ios::binary);
      if (!file) {
        std::fprintf(stderr, "dossier export: %s: cannot write\n", output.c_str());
        return kExitPartial;
      }
      out = &file;
    }
    writer = format == "json" ? exporter::MakeNodeLinkJsonWriter(*out)
             : format == "dot" ? exporter::MakeDotWriter(*out)
                               : exporter::MakeGraphMLWriter(*out);
  }
  size_t nodes = 0, edges = 0;
  writer->Begin();
  st = reader.ForEachNode([&](const store::NodeRow& n) {
    writer->Node(n);
    ++nodes;
  });
  if (st.ok()) {
    writer->BeginEdges();
    st = reader.ForEachEdge([&](const store::EdgeRow& e) {
      writer->Edge(e);
      ++edges;
    });
  }
  writer->End();
  out->flush();
  if (!st.ok()) {
    std::fprintf(stderr, "dossier export: %s\n", st.message().c_str());
    return kExitPartial;
  }
  if ((file.is_open() && !file) || (nodes_file.is_open() && (!nodes_file || !rels_file))) {
    std::fprintf(stderr, "dossier export: write failed (disk full?)\n");
    return kExitPartial;
  }
  if (!output.empty() || format == "csv")
    std::fprintf(stderr, "exported %zu nodes and %zu edges (%s) to %s\n", nodes, edges, format.c_str(),
                 format == "csv" ? (output.empty() ? "neo4j-import" : output.c_str()) : output.c_str());
  return kExitOk;
}

}  // namespace dossier::cli
