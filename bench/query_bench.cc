// Query latency on a large graph. DOSSIER_BENCH_DB names a database built
// by scripts/bench from the generated corpus (over a million relations).
#include <benchmark/benchmark.h>

#include <cstdlib>

#include "query/executor.h"
#include "store/database.h"

namespace {

dossier::store::Database& Db() {
  static std::unique_ptr<dossier::store::Database> db = [] {
    const char* path = std::getenv("DOSSIER_BENCH_DB");
    dossier::store::OpenOptions o;
    o.read_only = true;
    auto r = dossier::store::Database::Open(path ? path : "dossier.db", o);
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      std::exit(1);
    }
    return std::move(*r);
  }();
  return *db;
}

void RunQuery(benchmark::State& state, const std::string& q, dossier::query::Params params) {
  dossier::query::RunOptions ro;
  ro.params = std::move(params);
  size_t rows = 0;
  for (auto _ : state) {
    auto rs = dossier::query::Run(Db(), q, ro);
    if (!rs.ok()) {
      state.SkipWithError(rs.status().message().c_str());
      return;
    }
    rows = rs->rows.size();
  }
  state.counters["rows"] = static_cast<double>(rows);
}

void BM_OneHop(benchmark::State& state) {
  RunQuery(state, "MATCH (a {name: $n})-[r]-(b) RETURN DISTINCT b.name", {{"n", "Kazakhstan"}});
}
// Every relation row with its type: what `dossier neighbors` style listings
// read, one row a relation rather than a neighbour.
void BM_OneHopRelations(benchmark::State& state) {
  RunQuery(state, "MATCH (a {name: $n})-[r]-(b) RETURN b.name, type(r)", {{"n", "Kazakhstan"}});
}
void BM_TwoHop(benchmark::State& state) {
  RunQuery(state, "MATCH (a {name: $n})-[*1..2]-(b) RETURN count(DISTINCT b)", {{"n", "Samuel Orlova"}});
}
void BM_ShortestPath(benchmark::State& state) {
  RunQuery(state, "MATCH p = shortestPath((a {name: $a})-[*..4]-(b {name: $b})) RETURN length(p)",
           {{"a", "Samuel Orlova"}, {"b", "Leila Yusupov"}});
}
void BM_MostConnected(benchmark::State& state) {
  RunQuery(state, "MATCH (a) RETURN a.name, a.degree AS degree ORDER BY degree DESC LIMIT 20", {});
}
BENCHMARK(BM_OneHop)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OneHopRelations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TwoHop)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ShortestPath)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MostConnected)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
