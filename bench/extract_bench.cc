// Extraction throughput (bytes/s on one core) and rule-book load time.
// DOSSIER_BENCH_CORPUS names a directory of .txt files (scripts/bench
// passes the generated corpus); the default is the project's corpus/.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "extract/pipeline.h"
#include "rules/rule_book.h"

namespace {

std::vector<std::string> LoadTexts(size_t max_bytes) {
  const char* env = std::getenv("DOSSIER_BENCH_CORPUS");
  std::string dir = env ? env : std::string(DOSSIER_SOURCE_DIR) + "/corpus";
  std::vector<std::string> texts;
  size_t total = 0;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    total += texts.back().size();
    if (total >= max_bytes) break;
  }
  return texts;
}

void BM_LoadRuleBook(benchmark::State& state) {
  for (auto _ : state) {
    auto book = dossier::LoadRuleBook({});
    benchmark::DoNotOptimize(book);
  }
}
BENCHMARK(BM_LoadRuleBook)->Unit(benchmark::kMillisecond);

// The knowledge base and the lexicon without the relation rules' regexes:
// what `dossier extract --no-relations` loads.
void BM_LoadKnowledgeBase(benchmark::State& state) {
  dossier::RuleLoadOptions options;
  options.relations = false;
  for (auto _ : state) {
    std::optional<decltype(dossier::LoadRuleBook(options))> book;
    book.emplace(dossier::LoadRuleBook(options));
    benchmark::DoNotOptimize(*book);
    // Loading is what a command waits for; freeing the tables is not
    // (a command exits with them).
    state.PauseTiming();
    book.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_LoadKnowledgeBase)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  static auto book = *dossier::LoadRuleBook({});
  static auto texts = LoadTexts(8 << 20);
  dossier::extract::Extractor ex(book);
  (void)ex.Run("warm.txt", texts.front(), {});  // per-thread ICU set-up, once
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& t : texts) {
      auto doc = ex.Run("bench.txt", t, {});
      benchmark::DoNotOptimize(doc);
      bytes += t.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
