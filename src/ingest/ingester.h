// `dossier ingest`: extract every input and store it, skipping files whose
// content (SHA-256) is already stored under the same path, replacing files
// that changed. Extraction runs on worker threads; one thread writes, in
// input order, one transaction per document.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "rules/rule_book.h"
#include "store/database.h"

namespace dossier::ingest {

struct IngestOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> globs = {"*.txt", "*.md"};
  bool force = false;              // re-extract unchanged files
  extract::ExtractOptions extract;
  unsigned jobs = 0;               // extraction threads; 0 = all cores
  uint64_t max_bytes = 64ull << 20;
  // New documents from which a load into a store no larger counts as bulk
  // (indexes by entity and links rebuilt at the end; see store/bulk_load.h).
  size_t bulk_threshold = 1000;
};

struct IngestProgress {
  size_t done = 0, total = 0;
  uint64_t bytes_done = 0, bytes_total = 0;
  double seconds = 0;
  bool indexing = false;  // documents done; rebuilding what a bulk load put off
};

struct IngestSummary {
  size_t added = 0, replaced = 0, unchanged = 0, failed = 0;
  uint64_t bytes = 0;
  size_t entities = 0, relations = 0;  // extracted in this run
  double seconds = 0;
  double extract_seconds = 0;  // CPU time in extraction, summed over threads
  double store_seconds = 0;    // time in the writer's transactions
  double index_seconds = 0;    // rebuilding indexes and links after a bulk load
  bool bulk = false;           // this run was a bulk load
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

using ProgressFn = std::function<void(const IngestProgress&)>;

// Loads the rule book; Ingest calls it once, when the first document needs
// extracting, so re-checking an unchanged corpus compiles no rule at all.
using RuleBookLoader = std::function<Result<std::shared_ptr<const RuleBook>>()>;

IngestSummary Ingest(store::Database& db, const RuleBookLoader& load_rules, const IngestOptions& options,
                     const ProgressFn& progress);
IngestSummary Ingest(store::Database& db, std::shared_ptr<const RuleBook> book, const IngestOptions& options,
                     const ProgressFn& progress);

}  // namespace dossier::ingest
