#include "cli/shared.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "store/bulk_load.h"

namespace dossier::cli {

std::shared_ptr<const RuleBook> LoadRulesOrReport(const ParsedOptions& opts, bool relations) {
  RuleLoadOptions lo;
  lo.user_dir = opts.Get("rules");
  lo.relations = relations;
  auto book = LoadRuleBook(lo);
  if (!book.ok()) {
    std::fprintf(stderr, "dossier: %s\n", book.status().message().c_str());
    return nullptr;
  }
  return *book;
}

std::unique_ptr<store::Database> OpenDatabaseOrReport(const ParsedOptions& opts, bool read_only) {
  std::string path = DatabasePath(opts);
  if (read_only && !std::filesystem::exists(path)) {
    std::fprintf(stderr, "dossier: %s: no such database; create it with `dossier ingest PATH...`\n", path.c_str());
    return nullptr;
  }
  store::OpenOptions oo;
  oo.read_only = read_only;
  auto db = store::Database::Open(path, oo);
  if (!db.ok()) {
    std::fprintf(stderr, "dossier: %s\n", db.status().message().c_str());
    return nullptr;
  }
  // Answers read during a bulk load (running, or killed before its end)
  // miss links and are slow; say so rather than answer quietly.
  if (read_only && store::BulkLoadPending(**db))
    std::fprintf(stderr,
                 "dossier: warning: %s: a bulk ingest is running or was interrupted; links and some indexes "
                 "are incomplete until it ends (an interrupted one: run `dossier ingest` again)\n",
                 path.c_str());
  return std::move(*db);
}

bool StderrIsTerminal() { return isatty(2) == 1; }
bool StdoutIsTerminal() { return isatty(1) == 1; }

bool HandleHelp(const CommandSpec& spec, const ParsedOptions& opts) {
  if (!opts.Has("help")) return false;
  std::fputs(HelpText(spec).c_str(), stdout);
  return true;
}

bool ParseOrReport(const CommandSpec& spec, const std::vector<std::string>& args, ParsedOptions* opts) {
  std::string error;
  if (ParseOptions(spec, args, opts, &error)) return true;
  std::fprintf(stderr, "dossier %s: %s\n", spec.name.c_str(), error.c_str());
  return false;
}

}  // namespace dossier::cli
