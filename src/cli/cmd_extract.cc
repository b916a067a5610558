// `dossier extract FILE...`: the pipeline's full result per document as
// JSON Lines on stdout (../shared/spec/EXTRACTION_JSON.md).
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/shared.h"
#include "export/extraction_json.h"
#include "extract/pipeline.h"
#include "ingest/inputs.h"

namespace dossier::cli {

int RunExtract(const std::vector<std::string>& args) {
  CommandSpec spec{"extract", "dossier extract [options] FILE...",
                   "Extract entities and relations from each file and print one JSON object per file.",
                   "A file that cannot be read or decoded is reported on stderr; the others are still\n"
                   "processed, and the exit status is 1.",
                   {RulesOption(),
                    {"lenient", 0, false, "", "Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing"},
                    {"date", 0, true, "YYYY-MM-DD", "Article date when the text gives none (resolves \"Feb. 16\", offices)"},
                    {"no-relations", 0, false, "", "Entities only (relation rules are not loaded)"},
                    {"masks", 0, false, "", "Print on stderr each sentence as the relation rules see it (for rule authors)"},
                    {"glob", 0, true, "PATTERN", "File pattern inside directories (default *.txt and *.md)", true},
                    {"max-mb", 0, true, "N", "Refuse files larger than N MiB (default 64)"}}};
  ParsedOptions opts;
  if (!ParseOrReport(spec, args, &opts)) return kExitUsage;
  if (HandleHelp(spec, opts)) return kExitOk;
  if (opts.positional.empty()) {
    std::fprintf(stderr, "dossier extract: no input files (see --help)\n");
    return kExitUsage;
  }
  auto book = LoadRulesOrReport(opts, !opts.Has("no-relations"));
  if (!book) return kExitUsage;
  extract::ExtractOptions eo;
  eo.lenient = opts.Has("lenient");
  eo.date = opts.Get("date");
  eo.relations = !opts.Has("no-relations");
  std::vector<std::string> globs = opts.All("glob");
  if (globs.empty()) globs = {"*.txt", "*.md"};
  uint64_t max_bytes = static_cast<uint64_t>(std::stoull(opts.Get("max-mb", "64"))) << 20;
  auto inputs = ingest::CollectInputs(opts.positional, globs);
  int status = kExitOk;
  for (const auto& e : inputs.errors) {
    std::fprintf(stderr, "dossier: %s\n", e.c_str());
    status = kExitPartial;
  }
  extract::Extractor extractor(book);
  for (const auto& f : inputs.files) {
    if (opts.Has("masks"))
      eo.on_masked = [&f](uint32_t sentence, const std::string& text) {
        std::fprintf(stderr, "%s: sentence %u: %s\n", f.path.c_str(), sentence + 1, text.c_str());
      };
    std::string bytes, error, warning;
    if (!ingest::ReadInput(f.path, max_bytes, &bytes, &error)) {
      std::fprintf(stderr, "dossier: %s\n", error.c_str());
      status = kExitPartial;
      continue;
    }
    auto doc = extractor.Run(f.path, std::move(bytes), eo, &warning);
    if (!warning.empty()) std::fprintf(stderr, "dossier: warning: %s\n", warning.c_str());
    if (!doc.ok()) {
      std::fprintf(stderr, "dossier: %s\n", doc.status().message().c_str());
      status = kExitPartial;
      continue;
    }
    std::cout << exporter::ExtractionJsonLine(*doc) << '\n';
  }
  std::cout.flush();
  return status;
}

}  // namespace dossier::cli
