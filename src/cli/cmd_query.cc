// `dossier query`, and the shortcuts built on it: `neighbors`, `path`.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/result_printer.h"
#include "cli/shared.h"
#include "query/executor.h"

namespace dossier::cli {
namespace {

std::vector<OptionSpec> OutputOptions() {
  return {DbOption(),
          {"format", 0, true, "FORMAT", "table (default), json, csv or tsv"},
          {"param", 'p', true, "NAME=VALUE", "Value for $NAME in the query (numbers stay numbers)", true},
          {"explain", 0, false, "", "Print the SQL the query compiles to (on stderr)"}};
}

bool ParseParams(const ParsedOptions& opts, query::Params* params) {
  for (const auto& p : opts.All("param")) {
    size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      std::fprintf(stderr, "dossier: --param takes NAME=VALUE, not '%s'\n", p.c_str());
      return false;
    }
    std::string name = p.substr(0, eq), value = p.substr(eq + 1);
    char* end = nullptr;
    long long n = std::strtoll(value.c_str(), &end, 10);
    if (!value.empty() && end && *end == '\0') (*params)[name] = static_cast<int64_t>(n);
    else (*params)[name] = value;
  }
  return true;
}

int Execute(const ParsedOptions& opts, const std::string& source, query::Params params) {
  OutputFormat format = OutputFormat::kTable;
  if (!ParseOutputFormat(opts.Get("format", "table"), &format)) {
    std::fprintf(stderr, "dossier: --format must be table, json, csv or tsv\n");
    return kExitUsage;
  }
  if (!ParseParams(opts, &params)) return kExitUsage;
  auto db = OpenDatabaseOrReport(opts, true);
  if (!db) return kExitUsage;
  std::string explain;
  query::RunOptions ro;
  ro.params = std::move(params);
  if (opts.Has("explain")) ro.explain = &explain;
  auto rs = query::Run(*db, source, ro);
  if (!explain.empty()) std::fprintf(stderr, "%s\n", explain.c_str());
  if (!rs.ok()) {
    std::fprintf(stderr, "dossier query: %s\n", rs.status().message().c_str());
    return rs.status().code() == Status::Code::kInvalidInput ? kExitUsage : kExitPartial;
  }
  PrintResult(*rs, format, std::cout);
  return kExitOk;
}

}  // namespace

int RunQuery(const std::vector<std::string>& args) {
  auto options = OutputOptions();
  options.push_back({"file", 'f', true, "FILE", "Read the query from FILE (e.g. queries/neighbours.cypher)"});
  CommandSpec spec{"query", "dossier query [options] 'MATCH ... RETURN ...'  |  dossier query -f FILE [--param k=v]",
                   "Run a query in a Cypher subset against the database.",
                   "Example:\n"
                   "  dossier query 'MATCH (a)-[r:SANCTIONS]->(b {name: \"Russia\"}) RETURN a.name, r.modality, count(*)'\n"
                   "Labels: PERSON ORGANIZATION LOCATION SANCTION EVENT; relationship types: the predicates of\n"
                   "the ontology (HOLDS_POSITION ... DETAINS). {name: ...} matches any alias, ignoring case and\n"
                   "accents. See README.md (Query language) and the ready-made queries in queries/.",
                   options};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  std::string source;
  if (opts.Has("file")) {
    std::ifstream in(opts.Get("file"));
    if (!in) {
      std::fprintf(stderr, "dossier query: %s: cannot read\n", opts.Get("file").c_str());
      return kExitUsage;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    source = ss.str();
  } else if (opts.positional.size() == 1) {
    source = opts.positional[0];
  } else {
    std::fprintf(stderr, "dossier query: give one query string or -f FILE (see --help)\n");
    return kExitUsage;
  }
  return Execute(opts, source, {});
}

int RunNeighbors(const std::vector<std::string>& args) {
  auto options = OutputOptions();
  options.push_back({"modality", 0, true, "M", "Only relations of this modality (asserted, negated, proposed, hypothetical)"});
  CommandSpec spec{"neighbors", "dossier neighbors [options] NAME",
                   "Everything an actor relates to, both ways, with predicate, modality, document count and evidence.",
                   "", options};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  if (opts.positional.size() != 1) {
    std::fprintf(stderr, "dossier neighbors: give one name (see --help)\n");
    return kExitUsage;
  }
  query::Params params{{"name", opts.positional[0]}};
  std::string where;
  if (opts.Has("modality")) {
    params["modality"] = opts.Get("modality");
    where = " WHERE r.modality = $modality";
  }
  std::string q = "MATCH (a {name: $name})-[r]-(b)" + where +
                  " RETURN b.name AS neighbour, b.type AS type, type(r) AS predicate, r.modality AS modality, "
                  "count(DISTINCT r.document) AS documents, min(r.evidence) AS evidence "
                  "ORDER BY documents DESC, neighbour";
  return Execute(opts, q, params);
}

int RunPath(const std::vector<std::string>& args) {
  auto options = OutputOptions();
  options.push_back({"max-hops", 0, true, "N", "Longest path to look for (default 6, at most 10)"});
  CommandSpec spec{"path", "dossier path [options] FROM TO",
                   "The shortest chain of relations between two actors, in either direction.", "", options};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  if (opts.positional.size() != 2) {
    std::fprintf(stderr, "dossier path: give two names (see --help)\n");
    return kExitUsage;
  }
  std::string hops = opts.Get("max-hops", "6");
  if (hops.empty() || hops.find_first_not_of("0123456789") != std::string::npos || std::stoi(hops) > 10) {
    std::fprintf(stderr, "dossier path: --max-hops takes a number from 1 to 10\n");
    return kExitUsage;
  }
  std::string q = "MATCH p = shortestPath((a {name: $from})-[*.." + hops +
                  "]-(b {name: $to})) RETURN a.name AS from, b.name AS to, length(p) AS hops, p AS path";
  return Execute(opts, q, {{"from", opts.positional[0]}, {"to", opts.positional[1]}});
}

}  // namespace dossier::cli
