#include "query/executor.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

#include "query/parser.h"

namespace dossier::query {
namespace {

Result<std::vector<int64_t>> Ids(store::Database& db, const std::string& sql, const std::vector<store::Value>& binds) {
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < binds.size(); ++i) st->BindValue(static_cast<int>(i) + 1, binds[i]);
  std::vector<int64_t> out;
  while (st->Step()) out.push_back(st->Int(0));
  if (!st->status().ok()) return st->status();
  return out;
}

// Neighbours of one entity, following the plan's predicates and direction.
class Adjacency {
 public:
  Adjacency(store::Database& db, const ShortestPathPlan& plan) : db_(db), plan_(plan) {}

  Result<std::vector<int64_t>> Of(int64_t node, bool outgoing) {
    std::string filter;
    for (size_t i = 0; i < plan_.predicates.size(); ++i)
      filter += (i ? ", ?" : " AND predicate IN (?") + std::string(i + 1 == plan_.predicates.size() ? ")" : "");
    std::string out_sql = "SELECT DISTINCT object_id FROM relations WHERE subject_id = ?1" + Renumber(filter);
    std::string in_sql = "SELECT DISTINCT subject_id FROM relations WHERE object_id = ?1" + Renumber(filter);
    std::vector<int64_t> result;
    std::vector<std::string> queries;
    if (!plan_.directed && plan_.predicates.empty()) {
      queries.push_back("SELECT b FROM links WHERE a = ?1");  // both ways, each neighbour once
    } else {
      if (!plan_.directed || outgoing) queries.push_back(out_sql);
      if (!plan_.directed || !outgoing) queries.push_back(in_sql);
    }
    for (const auto& sql : queries) {
      auto st = db_.Prepare(sql);
      if (!st.ok()) return st.status();
      st->Bind(1, node);
      for (size_t i = 0; i < plan_.predicates.size(); ++i) st->Bind(static_cast<int>(i) + 2, plan_.predicates[i]);
      while (st->Step()) result.push_back(st->Int(0));
      if (!st->status().ok()) return st->status();
    }
    return result;
  }

 private:
  static std::string Renumber(const std::string& filter) {
    std::string out;
    int n = 2;
    for (char c : filter) {
      out += c;
      if (c == '?') out += std::to_string(n++);
    }
    return out;
  }
  store::Database& db_;
  const ShortestPathPlan& plan_;
};

// Bidirectional breadth-first search, always widening the smaller side.
Result<std::vector<int64_t>> ShortestPath(store::Database& db, const ShortestPathPlan& plan,
                                          const std::vector<int64_t>& from, const std::vector<int64_t>& to) {
  Adjacency adj(db, plan);
  std::unordered_map<int64_t, int64_t> parent_f, parent_b;  // node -> previous (or itself at the roots)
  std::vector<int64_t> frontier_f, frontier_b;
  for (auto id : from) parent_f[id] = id, frontier_f.push_back(id);
  for (auto id : to) {
    if (parent_f.count(id)) return std::vector<int64_t>{id};
    parent_b[id] = id, frontier_b.push_back(id);
  }
  auto path_through = [&](int64_t meet) {
    std::vector<int64_t> path;
    for (int64_t n = meet;; n = parent_f[n]) {
      path.push_back(n);
      if (parent_f[n] == n) break;
    }
    std::reverse(path.begin(), path.end());
    for (int64_t n = meet; parent_b[n] != n;) {
      n = parent_b[n];
      path.push_back(n);
    }
    return path;
  };
  for (int hops = 0; hops < plan.max_hops && !frontier_f.empty() && !frontier_b.empty(); ++hops) {
    bool forward = frontier_f.size() <= frontier_b.size();
    auto& frontier = forward ? frontier_f : frontier_b;
    auto& mine = forward ? parent_f : parent_b;
    auto& theirs = forward ? parent_b : parent_f;
    std::vector<int64_t> next;
    for (int64_t node : frontier) {
      auto neighbours = adj.Of(node, forward);
      if (!neighbours.ok()) return neighbours.status();
      for (int64_t n : *neighbours) {
        if (mine.count(n)) continue;
        mine[n] = node;
        if (theirs.count(n)) return path_through(n);
        next.push_back(n);
      }
    }
    frontier = std::move(next);
  }
  return std::vector<int64_t>{};
}

Result<ResultSet> RunShortest(store::Database& db, const CompiledQuery& cq, const RunOptions& options) {
  const auto& plan = cq.plan;
  if (options.explain)
    *options.explain = "-- bidirectional breadth-first search, up to " + std::to_string(plan.max_hops) +
                       " hops, over indexed neighbour lookups\n-- from: " + plan.from_sql + "\n-- to:   " + plan.to_sql;
  auto from = Ids(db, plan.from_sql, plan.from_binds);
  if (!from.ok()) return from.status();
  auto to = Ids(db, plan.to_sql, plan.to_binds);
  if (!to.ok()) return to.status();
  ResultSet rs;
  rs.columns = cq.columns;
  if (from->empty() || to->empty()) return rs;
  auto path = ShortestPath(db, plan, *from, *to);
  if (!path.ok()) return path.status();
  if (path->empty()) return rs;
  // Names and one predicate per hop.
  std::vector<std::string> names, types;
  auto name_of = db.Prepare("SELECT name, type FROM entities WHERE id = ?1");
  auto link = db.Prepare(
      "SELECT predicate FROM relations WHERE (subject_id = ?1 AND object_id = ?2) OR (subject_id = ?2 AND object_id = ?1) "
      "ORDER BY confidence DESC LIMIT 1");
  if (!name_of.ok()) return name_of.status();
  if (!link.ok()) return link.status();
  std::vector<std::string> entity_types;
  for (size_t i = 0; i < path->size(); ++i) {
    name_of->Reset();
    name_of->Bind(1, (*path)[i]);
    name_of->Step();
    names.push_back(name_of->Text(0));
    entity_types.push_back(name_of->Text(1));
    if (i > 0) {
      link->Reset();
      link->Bind(1, (*path)[i - 1]).Bind(2, (*path)[i]);
      link->Step();
      types.push_back(link->Text(0));
    }
  }
  std::string rendered = names[0];
  for (size_t i = 1; i < names.size(); ++i) rendered += " -[" + types[i - 1] + "]- " + names[i];
  std::vector<store::Value> row;
  for (const auto& item : cq.ast->returns) {
    const Expr& e = *item.expr;
    if (e.kind == Expr::Kind::kVariable && e.name == plan.path_variable) row.emplace_back(rendered);
    else if (e.kind == Expr::Kind::kVariable) row.emplace_back(e.name == plan.from_variable ? names.front() : names.back());
    else if (e.kind == Expr::Kind::kFunction && e.name == "length") row.emplace_back(static_cast<int64_t>(names.size() - 1));
    else if (e.kind == Expr::Kind::kFunction && e.name == "nodes") row.emplace_back(nlohmann::json(names).dump());
    else if (e.kind == Expr::Kind::kFunction) row.emplace_back(nlohmann::json(types).dump());
    else {
      bool first = e.name == plan.from_variable;
      if (e.property == "name") row.emplace_back(first ? names.front() : names.back());
      else row.emplace_back(first ? entity_types.front() : entity_types.back());
    }
  }
  rs.rows.push_back(std::move(row));
  return rs;
}

}  // namespace

Result<ResultSet> Run(store::Database& db, const std::string& source, const RunOptions& options) {
  auto ast = Parse(source);
  if (!ast.ok()) return ast.status();
  auto cq = Compile(*ast, source, options.params);
  if (!cq.ok()) return cq.status();
  if (cq->shortest) return RunShortest(db, *cq, options);
  if (options.explain) *options.explain = cq->sql;
  auto st = db.Prepare(cq->sql);
  if (!st.ok()) return Status::Internal("the query compiled to SQL that SQLite refused (" + st.status().message() + "):\n" + cq->sql);
  for (size_t i = 0; i < cq->binds.size(); ++i) st->BindValue(static_cast<int>(i) + 1, cq->binds[i]);
  ResultSet rs;
  rs.columns = cq->columns;
  while (st->Step()) {
    std::vector<store::Value> row;
    for (int c = 0; c < st->Columns(); ++c) row.push_back(st->Get(c));
    rs.rows.push_back(std::move(row));
    if (rs.rows.size() >= options.max_rows) break;
  }
  if (!st->status().ok()) return st->status();
  return rs;
}

}  // namespace dossier::query

namespace dossier::query {

Result<MatchedIds> MatchIds(store::Database& db, const std::string& source, const Params& params) {
  auto ast = Parse(source);
  if (!ast.ok()) return ast.status();
  auto cq = CompileMatchedIds(*ast, source, params);
  if (!cq.ok()) return cq.status();
  auto st = db.Prepare(cq->sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < cq->binds.size(); ++i) st->BindValue(static_cast<int>(i) + 1, cq->binds[i]);
  MatchedIds out;
  while (st->Step())
    for (size_t c = 0; c < cq->columns.size(); ++c)
      (cq->columns[c].rfind("node:", 0) == 0 ? out.entities : out.relations).insert(st->Int(static_cast<int>(c)));
  if (!st->status().ok()) return st->status();
  return out;
}

}  // namespace dossier::query
