#include "ingest/ingester.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "ingest/inputs.h"
#include "store/bulk_load.h"
#include "store/document_writer.h"
#include "text/sha256.h"

namespace dossier::ingest {
namespace {

enum class Outcome { kExtracted, kUnchanged, kFailed };

struct Item {
  Outcome outcome = Outcome::kFailed;
  std::optional<Document> doc;
  std::string error, warning;
  uint64_t bytes = 0;
  bool replaces = false;
};

std::unordered_map<std::string, std::string> StoredHashes(store::Database& db) {
  std::unordered_map<std::string, std::string> out;
  auto st = db.Prepare("SELECT path, sha256 FROM documents");
  if (!st.ok()) return out;
  while (st->Step()) out[st->Text(0)] = st->Text(1);
  return out;
}

}  // namespace

IngestSummary Ingest(store::Database& db, std::shared_ptr<const RuleBook> book, const IngestOptions& options,
                     const ProgressFn& progress) {
  return Ingest(db, [book] { return Result<std::shared_ptr<const RuleBook>>(book); }, options, progress);
}

IngestSummary Ingest(store::Database& db, const RuleBookLoader& load_rules, const IngestOptions& options,
                     const ProgressFn& progress) {
  auto start = std::chrono::steady_clock::now();
  IngestSummary summary;
  InputList inputs = CollectInputs(options.inputs, options.globs);
  summary.errors = inputs.errors;
  summary.failed = inputs.errors.size();
  const auto stored = StoredHashes(db);
  IngestProgress prog;
  prog.total = inputs.files.size();
  for (const auto& f : inputs.files) prog.bytes_total += f.bytes;

  const size_t n = inputs.files.size();
  size_t new_documents = 0;
  for (const auto& f : inputs.files) new_documents += !stored.count(f.path);
  if (store::WorthBulkLoading(new_documents, stored.size(), options.bulk_threshold)) {
    Status st = store::BeginBulkLoad(db);
    if (!st.ok()) summary.warnings.push_back(db.path() + ": not a bulk load (" + st.message() + ")");
    else summary.bulk = true;
  }
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const size_t window = jobs * 4;  // results held at once: bounds memory
  std::vector<std::optional<Item>> slots(n);
  std::mutex mu;
  std::condition_variable ready, room;
  size_t next = 0, written = 0;

  std::atomic<int64_t> extract_ns{0};
  std::once_flag rules_once;
  Result<std::shared_ptr<const RuleBook>> book = Status::Internal("rule book not loaded");
  auto work = [&]() {
    std::optional<extract::Extractor> extractor;
    auto extractor_for_this_thread = [&]() -> extract::Extractor* {
      if (!extractor) {
        std::call_once(rules_once, [&] { book = load_rules(); });
        if (book.ok()) extractor.emplace(*book);
      }
      return extractor ? &*extractor : nullptr;
    };
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] { return next >= n || next < written + window; });
        if (next >= n) return;
        i = next++;
      }
      Item item;
      const std::string& path = inputs.files[i].path;
      std::string bytes;
      if (!ReadInput(path, options.max_bytes, &bytes, &item.error)) {
        item.outcome = Outcome::kFailed;
      } else {
        item.bytes = bytes.size();
        std::string sha = text::Sha256Hex(bytes);
        auto it = stored.find(path);
        item.replaces = it != stored.end();
        if (item.replaces && it->second == sha && !options.force) {
          item.outcome = Outcome::kUnchanged;
        } else if (extract::Extractor* ex = extractor_for_this_thread(); !ex) {
          item.outcome = Outcome::kFailed;
          item.error = path + ": not extracted: " + book.status().message();
        } else {
          auto t0 = std::chrono::steady_clock::now();
          auto doc = ex->Run(path, std::move(bytes), options.extract, &item.warning);
          extract_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
          if (doc.ok()) {
            item.outcome = Outcome::kExtracted;
            item.doc = std::move(*doc);
          } else {
            item.outcome = Outcome::kFailed;
            item.error = doc.status().message();
          }
        }
      }
      std::lock_guard<std::mutex> lock(mu);
      slots[i] = std::move(item);
      ready.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned j = 0; j < jobs; ++j) workers.emplace_back(work);

  store::DocumentWriter writer(db);
  bool replaced_any = false;
  auto last_report = std::chrono::steady_clock::now();
  for (size_t i = 0; i < n; ++i) {
    Item item;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return slots[i].has_value(); });
      item = std::move(*slots[i]);
      slots[i].reset();
    }
    if (!item.warning.empty()) summary.warnings.push_back(item.warning);
    switch (item.outcome) {
      case Outcome::kUnchanged: ++summary.unchanged; break;
      case Outcome::kFailed:
        ++summary.failed;
        summary.errors.push_back(item.error);
        break;
      case Outcome::kExtracted: {
        auto t0 = std::chrono::steady_clock::now();
        Status st = writer.Write(*item.doc);
        summary.store_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!st.ok()) {
          ++summary.failed;
          summary.errors.push_back(st.message());
          break;
        }
        if (item.replaces) {
          ++summary.replaced;
          replaced_any = true;
        } else {
          ++summary.added;
        }
        summary.entities += item.doc->entities.size();
        summary.relations += item.doc->relations.size();
        break;
      }
    }
    summary.bytes += item.bytes;
    {
      std::lock_guard<std::mutex> lock(mu);
      written = i + 1;
      room.notify_all();
    }
    prog.done = i + 1;
    prog.bytes_done += inputs.files[i].bytes ? inputs.files[i].bytes : item.bytes;
    auto now = std::chrono::steady_clock::now();
    if (progress && (now - last_report > std::chrono::milliseconds(200) || i + 1 == n)) {
      prog.seconds = std::chrono::duration<double>(now - start).count();
      progress(prog);
      last_report = now;
    }
  }
  for (auto& w : workers) w.join();
  if (Status st = writer.Flush(); !st.ok()) {
    summary.errors.push_back(db.path() + ": last batch not committed: " + st.message());
    summary.failed += 1;
  }
  // Also what an interrupted bulk load left, this run's or another's.
  if (store::BulkLoadPending(db)) {
    if (progress) {
      prog.indexing = true;
      progress(prog);
    }
    auto t0 = std::chrono::steady_clock::now();
    Status st = store::FinishBulkLoad(db);
    summary.index_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!st.ok()) {
      summary.errors.push_back(db.path() + ": " + st.message() + "; run `dossier ingest` again to finish it");
      summary.failed += 1;
    }
  }
  if (replaced_any) {
    Status st = writer.RemoveOrphans();
    if (!st.ok()) summary.errors.push_back(db.path() + ": " + st.message());
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  summary.extract_seconds = extract_ns.load() / 1e9;
  return summary;
}

}  // namespace dossier::ingest
