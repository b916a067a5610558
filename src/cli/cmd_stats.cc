// `dossier stats`: what the database holds.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/shared.h"
#include "store/stats.h"

namespace dossier::cli {

int RunStats(const std::vector<std::string>& args) {
  CommandSpec spec{"stats", "dossier stats [options]",
                   "Print counts of documents, entities by type, relations by predicate and modality.",
                   "",
                   {DbOption(), {"json", 0, false, "", "Print the counts as JSON"}}};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  auto db = OpenDatabaseOrReport(opts, true);
  if (!db) return kExitUsage;
  auto stats = store::ReadStats(*db);
  if (!stats.ok()) {
    std::fprintf(stderr, "dossier: %s: %s\n", db->path().c_str(), stats.status().message().c_str());
    return kExitPartial;
  }
  const auto& s = *stats;
  if (opts.Has("json")) {
    nlohmann::json j = {{"documents", s.documents}, {"bytes", s.bytes}, {"entities", s.entities},
                        {"relations", s.relations}, {"edges", s.edges}, {"mentions", s.mentions},
                        {"entities_by_type", s.entities_by_type}, {"relations_by_predicate", s.relations_by_predicate},
                        {"database_bytes", s.database_bytes}};
    std::printf("%s\n", j.dump(2).c_str());
    return kExitOk;
  }
  std::printf("database   %s (%.1f MB)\n", db->path().c_str(), s.database_bytes / 1e6);
  std::printf("documents  %lld (%.1f MB of text)\n", static_cast<long long>(s.documents), s.bytes / 1e6);
  std::printf("entities   %lld\n", static_cast<long long>(s.entities));
  for (const auto& [type, n] : s.entities_by_type) std::printf("  %-14s %lld\n", type.c_str(), static_cast<long long>(n));
  std::printf("relations  %lld in documents, %lld distinct edges\n", static_cast<long long>(s.relations),
              static_cast<long long>(s.edges));
  std::printf("  %-16s %9s %9s %9s %9s\n", "predicate", "asserted", "negated", "proposed", "hypoth.");
  for (const auto& [pred, by_mod] : s.relations_by_predicate) {
    auto get = [&](const char* m) {
      auto it = by_mod.find(m);
      return static_cast<long long>(it == by_mod.end() ? 0 : it->second);
    };
    std::printf("  %-16s %9lld %9lld %9lld %9lld\n", pred.c_str(), get("asserted"), get("negated"), get("proposed"),
                get("hypothetical"));
  }
  std::printf("mentions   %lld\n", static_cast<long long>(s.mentions));
  return kExitOk;
}

}  // namespace dossier::cli
