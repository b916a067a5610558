// Writers for the graph formats analysts' tools read. Each gets the nodes,
// then the edges, as the store streams them; none holds the graph.
//   graphml  Gephi, yEd, Cytoscape, NetworkX (typed <key> declarations)
//   json     NetworkX node-link (node_link_data / node_link_graph)
//   dot      Graphviz
//   csv      Neo4j `neo4j-admin database import` nodes.csv + relationships.csv
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "store/graph_reader.h"

namespace dossier::exporter {

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  virtual void Begin() = 0;
  virtual void Node(const store::NodeRow& n) = 0;
  virtual void BeginEdges() = 0;
  virtual void Edge(const store::EdgeRow& e) = 0;
  virtual void End() = 0;
};

std::unique_ptr<GraphWriter> MakeGraphMLWriter(std::ostream& out);
std::unique_ptr<GraphWriter> MakeNodeLinkJsonWriter(std::ostream& out);
std::unique_ptr<GraphWriter> MakeDotWriter(std::ostream& out);
std::unique_ptr<GraphWriter> MakeNeo4jCsvWriter(std::ostream& nodes, std::ostream& relationships);

// Text safe for XML 1.0: & < > " ' escaped, characters XML forbids dropped.
std::string XmlEscape(const std::string& s);

}  // namespace dossier::exporter
