// `dossier ingest PATH...`: extract and store, idempotently.
#include <cstdio>

#include "cli/commands.h"
#include "cli/shared.h"
#include "ingest/ingester.h"

namespace dossier::cli {
namespace {

void PrintProgress(const ingest::IngestProgress& p) {
  if (p.indexing) {
    std::fprintf(stderr, "  indexing: rebuilding the indexes by entity and the links table ...\n");
    return;
  }
  double mb = p.bytes_done / 1e6, total_mb = p.bytes_total / 1e6;
  double rate = p.seconds > 0 ? mb / p.seconds : 0;
  double eta = rate > 0 && total_mb > mb ? (total_mb - mb) / rate : 0;
  std::fprintf(stderr, "\r  %zu/%zu documents  %.1f/%.1f MB  %.1f MB/s  ETA %d:%02d   ", p.done, p.total, mb,
               total_mb, rate, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
  if (p.done == p.total) std::fputc('\n', stderr);
}

}  // namespace

int RunIngest(const std::vector<std::string>& args) {
  CommandSpec spec{"ingest", "dossier ingest [options] PATH...",
                   "Extract entities and relations from articles and store them in the database.",
                   "PATH may be a file, a directory (searched recursively) or - for standard input.\n"
                   "Unchanged files (same SHA-256 at the same path) are skipped; a changed file\n"
                   "replaces what was stored from it. Each document is committed on its own, so an\n"
                   "interrupted run keeps what it finished; run it again to do the rest.\n"
                   "Exit status: 0 all stored, 1 some inputs failed (the rest were stored), 2 bad usage.",
                   {DbOption(), RulesOption(),
                    {"glob", 0, true, "PATTERN", "File pattern inside directories (default *.txt and *.md)", true},
                    {"force", 0, false, "", "Re-extract files even when unchanged"},
                    {"lenient", 0, false, "", "Replace invalid UTF-8 with U+FFFD instead of skipping the file"},
                    {"date", 0, true, "YYYY-MM-DD", "Article date for files whose text gives none"},
                    {"jobs", 'j', true, "N", "Extraction threads (default: all cores)"},
                    {"max-mb", 0, true, "N", "Refuse files larger than N MiB (default 64)"},
                    {"quiet", 'q', false, "", "No progress or summary"}}};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  if (opts.positional.empty()) {
    std::fprintf(stderr, "dossier ingest: nothing to ingest; give files or directories (see --help)\n");
    return kExitUsage;
  }
  ingest::IngestOptions io;
  try {
    io.jobs = static_cast<unsigned>(std::stoul(opts.Get("jobs", "0")));
    io.max_bytes = static_cast<uint64_t>(std::stoull(opts.Get("max-mb", "64"))) << 20;
  } catch (const std::exception&) {
    std::fprintf(stderr, "dossier ingest: --jobs and --max-mb take whole numbers\n");
    return kExitUsage;
  }
  // Rule files of the user's are checked before anything is written; the
  // built-in ones, compiled into the binary and tested, load only when a
  // document needs extracting (an unchanged corpus needs none).
  ingest::RuleBookLoader rules = [] { return LoadRuleBook({}); };
  if (opts.Has("rules")) {
    auto book = LoadRulesOrReport(opts);
    if (!book) return kExitUsage;
    rules = [book] { return Result<std::shared_ptr<const RuleBook>>(book); };
  }
  auto db = OpenDatabaseOrReport(opts, false);
  if (!db) return kExitUsage;
  io.inputs = opts.positional;
  if (!opts.All("glob").empty()) io.globs = opts.All("glob");
  io.force = opts.Has("force");
  io.extract.lenient = opts.Has("lenient");
  io.extract.date = opts.Get("date");
  bool quiet = opts.Has("quiet");
  ingest::ProgressFn progress;
  if (!quiet && StderrIsTerminal()) progress = PrintProgress;
  auto summary = ingest::Ingest(*db, rules, io, progress);
  for (const auto& w : summary.warnings) std::fprintf(stderr, "dossier: warning: %s\n", w.c_str());
  for (const auto& e : summary.errors) std::fprintf(stderr, "dossier: skipped %s\n", e.c_str());
  if (!quiet) {
    char indexing[48] = "";
    if (summary.index_seconds > 0) std::snprintf(indexing, sizeof indexing, ", indexing %.2f s", summary.index_seconds);
    std::fprintf(stderr,
                 "ingested %zu new, %zu replaced, %zu unchanged, %zu failed; %zu entities, %zu relations "
                 "extracted; %.1f MB in %.2f s (%.1f MB/s; extraction %.2f s, storing %.2f s%s) into %s\n",
                 summary.added, summary.replaced, summary.unchanged, summary.failed, summary.entities,
                 summary.relations, summary.bytes / 1e6, summary.seconds,
                 summary.seconds > 0 ? summary.bytes / 1e6 / summary.seconds : 0.0, summary.extract_seconds,
                 summary.store_seconds, indexing, db->path().c_str());
  }
  return summary.failed ? kExitPartial : kExitOk;
}

}  // namespace dossier::cli
