// dossier: a knowledge-graph builder for policy texts.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage = R"(Usage: dossier <command> [options]

Build a knowledge graph of people, organisations, places, sanctions and
events from policy articles, and ask it questions.

Commands:
  ingest PATH...       Extract and store articles (files, directories, - for stdin)
  extract FILE...      Print the extraction of each file as JSON Lines
  query "MATCH ..."    Run a Cypher-like query against the database
  neighbors NAME       Who an actor relates to, with evidence
  path A B             Shortest connection between two actors
  export               Write the graph as GraphML, JSON, DOT or Neo4j CSV
  stats                Counts of documents, entities and relations
  rules check          Load and check the rule files

Run `dossier <command> --help` for the options of a command.
The database is ./dossier.db unless --db PATH or $DOSSIER_DB says otherwise.
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace dossier::cli;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitUsage;
  }
  std::string command = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  if (command == "--version") {
    std::puts("dossier 0.1.0");
    return kExitOk;
  }
  if (command == "ingest") return RunIngest(args);
  if (command == "extract") return RunExtract(args);
  if (command == "stats") return RunStats(args);
  if (command == "rules") return RunRules(args);
  if (command == "query") return RunQuery(args);
  if (command == "neighbors" || command == "neighbours") return RunNeighbors(args);
  if (command == "path") return RunPath(args);
  if (command == "export") return RunExport(args);
  std::fprintf(stderr, "dossier: unknown command '%s'\n\n%s", command.c_str(), kUsage);
  return kExitUsage;
}
