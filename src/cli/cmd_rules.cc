// `dossier rules check`: load every rule file and report what it holds or
// the first problem as file:line: cause.
#include <cstdio>

#include "cli/commands.h"
#include "cli/shared.h"

namespace dossier::cli {

int RunRules(const std::vector<std::string>& args) {
  CommandSpec spec{"rules", "dossier rules check [--rules DIR]",
                   "Load and check the rule files: the built-in set plus DIR if given.",
                   "Exit status 0 when every file loads, 2 with file:line: cause otherwise.",
                   {RulesOption()}};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  if (opts.positional.size() != 1 || opts.positional[0] != "check") {
    std::fprintf(stderr, "dossier rules: expected `dossier rules check` (see --help)\n");
    return kExitUsage;
  }
  auto book = LoadRulesOrReport(opts);
  if (!book) return kExitUsage;
  size_t people = 0, orgs = 0, places = 0, sanctions = 0, offices = 0;
  for (const auto& e : book->kb.entities) {
    offices += e.offices.size();
    switch (e.type) {
      case EntityType::kPerson: ++people; break;
      case EntityType::kOrganization: ++orgs; break;
      case EntityType::kLocation: ++places; break;
      default: ++sanctions; break;
    }
  }
  std::printf("rules ok: %zu files; knowledge base: %zu places, %zu organisations, %zu people (%zu offices), "
              "%zu sanctions/events; %zu surface forms; %zu relation rules\n",
              book->files, places, orgs, people, offices, sanctions, book->kb.by_key.size(),
              book->relations.rules().size());
  return kExitOk;
}

}  // namespace dossier::cli
