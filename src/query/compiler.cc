#include "query/compiler.h"

#include <algorithm>
#include <set>

#include "model/ontology.h"
#include "query/lexer.h"
#include "text/fold.h"

namespace dossier::query {
namespace {

struct Var {
  enum class Kind { kNode, kRel, kPath } kind = Kind::kNode;
  std::string alias;
  bool variable_length = false;
};

class Compiler {
 public:
  Compiler(const std::string& source, const Params& params, bool ids_only = false)
      : source_(source), params_(params), ids_only_(ids_only) {}

  Result<CompiledQuery> Run(const Query& q) {
    CompiledQuery out;
    out.ast = &q;
    query_ = &q;
    for (const auto& p : q.patterns)
      if (p.shortest) return CompileShortest(q, out);
    for (const auto& p : q.patterns) {
      Status st = AddPath(p);
      if (!st.ok()) return st;
    }
    if (q.where) {
      auto w = Expression(*q.where);
      if (!w.ok()) return w.status();
      where_.push_back(*w);
    }
    std::vector<std::string> select;
    std::vector<int> group;
    bool aggregate = false;
    if (ids_only_) {
      for (const auto& [name, v] : vars_) {
        if (v.kind == Var::Kind::kPath || v.variable_length) continue;
        select.push_back(v.alias + ".id");
        out.columns.push_back((v.kind == Var::Kind::kNode ? "node:" : "rel:") + name);
      }
      if (select.empty()) return Error(q.patterns[0].pos, "name the nodes or relationships to export, e.g. (a)-[r]->(b)");
      std::string sql = "SELECT DISTINCT " + Join(select) + " FROM " + Join(from_);
      if (!where_.empty()) sql += " WHERE (" + JoinWith(where_, ") AND (") + ")";
      if (!ctes_.empty()) sql = "WITH RECURSIVE " + Join(ctes_) + " " + sql;
      out.sql = sql;
      out.binds = binds_;
      return out;
    }
    for (size_t i = 0; i < q.returns.size(); ++i) {
      const auto& item = q.returns[i];
      bool agg = false;
      auto e = Expression(*item.expr, &agg);
      if (!e.ok()) return e.status();
      aggregate = aggregate || agg;
      if (!agg) group.push_back(static_cast<int>(i) + 1);
      select.push_back(*e + " AS \"c" + std::to_string(i) + "\"");
      std::string name = !item.alias.empty() ? item.alias : item.text;
      out.columns.push_back(name);
      column_index_[name] = static_cast<int>(i);
    }
    std::string sql;
    if (!ctes_.empty()) {
      sql += "WITH RECURSIVE ";
      for (size_t i = 0; i < ctes_.size(); ++i) sql += (i ? ", " : "") + ctes_[i];
      sql += " ";
    }
    sql += q.distinct ? "SELECT DISTINCT " : "SELECT ";
    for (size_t i = 0; i < select.size(); ++i) sql += (i ? ", " : "") + select[i];
    sql += " FROM ";
    for (size_t i = 0; i < from_.size(); ++i) sql += (i ? ", " : "") + from_[i];
    if (!where_.empty()) {
      sql += " WHERE ";
      for (size_t i = 0; i < where_.size(); ++i) sql += (i ? " AND " : "") + std::string("(") + where_[i] + ")";
    }
    if (aggregate && !group.empty()) {
      sql += " GROUP BY ";
      for (size_t i = 0; i < group.size(); ++i) sql += (i ? ", " : "") + std::to_string(group[i]);
    }
    if (!q.order_by.empty()) {
      sql += " ORDER BY ";
      for (size_t i = 0; i < q.order_by.size(); ++i) {
        auto e = SortExpression(q, *q.order_by[i].expr);
        if (!e.ok()) return e.status();
        sql += (i ? ", " : "") + *e + (q.order_by[i].descending ? " DESC" : " ASC");
      }
    }
    if (q.limit || q.skip) {
      auto lim = q.limit ? Count(*q.limit, "LIMIT") : Result<std::string>(std::string("-1"));
      if (!lim.ok()) return lim.status();
      sql += " LIMIT " + *lim;
      if (q.skip) {
        auto off = Count(*q.skip, "SKIP");
        if (!off.ok()) return off.status();
        sql += " OFFSET " + *off;
      }
    }
    out.sql = sql;
    out.binds = binds_;
    return out;
  }

 private:
  Status Error(Position p, const std::string& msg) const {
    return Status::InvalidInput(FormatError(source_, p.line, p.column, msg));
  }

  std::string Bind(store::Value v) {
    binds_.push_back(std::move(v));
    return "?" + std::to_string(binds_.size());
  }

  Result<store::Value> ValueOf(const Expr& e) {
    if (e.kind == Expr::Kind::kParam) {
      auto it = params_.find(e.name);
      if (it == params_.end()) return Error(e.pos, "parameter $" + e.name + " has no value (pass --param " + e.name + "=...)");
      return it->second;
    }
    switch (e.literal_kind) {
      case Expr::LiteralKind::kString: return store::Value(e.text);
      case Expr::LiteralKind::kNumber:
        if (e.text.find('.') != std::string::npos) return store::Value(std::stod(e.text));
        return store::Value(static_cast<int64_t>(std::stoll(e.text)));
      case Expr::LiteralKind::kBool: return store::Value(static_cast<int64_t>(e.text == "TRUE"));
      case Expr::LiteralKind::kNull: return store::Value();
    }
    return store::Value();
  }

  static std::string AsText(const store::Value& v) {
    if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
    if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
    if (std::holds_alternative<double>(v)) return std::to_string(std::get<double>(v));
    return "";
  }

  Result<std::string> Label(const NodePattern& n) {
    std::string upper = n.label;
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    if (upper == "ORGANISATION") upper = "ORGANIZATION";
    if (!ParseEntityType(upper))
      return Error(n.label_pos, "unknown label :" + n.label + " (labels: PERSON, ORGANIZATION, LOCATION, SANCTION, EVENT)");
    return upper;
  }

  Result<std::vector<std::string>> NodeConditions(const NodePattern& n, const std::string& alias) {
    std::vector<std::string> conds;
    if (!n.label.empty()) {
      auto label = Label(n);
      if (!label.ok()) return label.status();
      conds.push_back(alias + ".type = " + Bind(*label));
    }
    for (size_t i = 0; i < n.properties.entries.size(); ++i) {
      const auto& [key, expr] = n.properties.entries[i];
      auto v = ValueOf(*expr);
      if (!v.ok()) return v.status();
      if (key == "name" || key == "alias") {
        // Friendly: any alias, case and accents folded.
        conds.push_back(alias + ".id IN (SELECT entity_id FROM aliases WHERE folded = " +
                        Bind(text::MatchKey(AsText(*v))) + ")");
      } else if (key == "type") {
        conds.push_back(alias + ".type = " + Bind(*v));
      } else if (key == "id") {
        conds.push_back(alias + ".id = " + Bind(*v));
      } else if (key == "kb_id") {
        conds.push_back(alias + ".kb_id = " + Bind(*v));
      } else {
        return Error(n.properties.positions[i], "unknown node property '" + key + "' in a pattern (use name, type, id or kb_id)");
      }
    }
    return conds;
  }

  Result<std::vector<std::string>> Predicates(const RelPattern& r) {
    std::vector<std::string> out;
    for (size_t i = 0; i < r.types.size(); ++i) {
      std::string upper = r.types[i];
      std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
      if (!ParsePredicate(upper)) return Error(r.type_pos[i], "unknown relationship type :" + r.types[i]);
      out.push_back(upper);
    }
    return out;
  }

  Status Declare(const std::string& name, Var v, Position pos) {
    if (name.empty()) return Status::Ok();
    auto it = vars_.find(name);
    if (it != vars_.end()) {
      if (it->second.kind != v.kind) return Error(pos, "variable '" + name + "' is used for two different things");
      return Status::Ok();
    }
    vars_[name] = v;
    return Status::Ok();
  }

  Result<std::string> NodeAlias(const NodePattern& n) {
    if (!n.variable.empty()) {
      auto it = vars_.find(n.variable);
      if (it != vars_.end()) {
        if (it->second.kind != Var::Kind::kNode) return Error(n.pos, "'" + n.variable + "' is not a node");
        auto conds = NodeConditions(n, it->second.alias);
        if (!conds.ok()) return conds.status();
        for (auto& c : *conds) where_.push_back(c);
        return it->second.alias;
      }
    }
    std::string alias = "n" + std::to_string(++counter_);
    from_.push_back("entities " + alias);
    auto conds = NodeConditions(n, alias);
    if (!conds.ok()) return conds.status();
    for (auto& c : *conds) where_.push_back(c);
    Status st = Declare(n.variable, {Var::Kind::kNode, alias, false}, n.pos);
    if (!st.ok()) return st;
    return alias;
  }

  std::string InList(const std::string& column, const std::vector<std::string>& values) {
    std::string out = column + " IN (";
    for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + Bind(values[i]);
    return out + ")";
  }

  static bool AllSymmetric(const std::vector<std::string>& preds) {
    if (preds.empty()) return false;
    for (const auto& p : preds)
      if (!IsSymmetric(*ParsePredicate(p))) return false;
    return true;
  }

  static bool Uses(const Expr* e, const std::string& name, bool* aggregates) {
    if (!e) return false;
    if (e->kind == Expr::Kind::kCountStar) *aggregates = true;
    if (e->kind == Expr::Kind::kFunction &&
        (e->name == "count" || e->name == "collect" || e->name == "sum" || e->name == "avg" || e->name == "min" ||
         e->name == "max"))
      *aggregates = true;
    bool used = !name.empty() && (e->kind == Expr::Kind::kVariable || e->kind == Expr::Kind::kProperty) && e->name == name;
    for (const auto& a : e->args) used = Uses(a.get(), name, aggregates) || used;
    return used;
  }

  // Whether a single-hop relationship can be read from `links`, one row a
  // pair of neighbours, instead of `relations`, one row a relation: when
  // nothing tells the rows apart. That is an undirected, untyped hop that
  // is the query's only relationship, whose variable nothing reads, under
  // RETURN DISTINCT without aggregates (or an export of node ids).
  bool HopFitsLinks(const RelPattern& r, const std::vector<std::string>& preds, RelPattern::Direction dir) const {
    if (r.variable_length || dir != RelPattern::Direction::kBoth || !preds.empty() || !r.properties.entries.empty())
      return false;
    size_t rels = 0;
    for (const auto& p : query_->patterns) rels += p.rels.size();
    if (rels != 1) return false;
    if (ids_only_) return r.variable.empty();
    if (!query_->distinct) return false;
    bool aggregates = false, used = false;
    const std::string& name = r.variable;  // "" (anonymous) is never read, but aggregates still count
    used = Uses(query_->where.get(), name, &aggregates);
    for (const auto& item : query_->returns) used = Uses(item.expr.get(), name, &aggregates) || used;
    for (const auto& item : query_->order_by) used = Uses(item.expr.get(), name, &aggregates) || used;
    return !used && !aggregates;
  }

  static bool HasConditions(const NodePattern& n) { return !n.label.empty() || !n.properties.entries.empty(); }

  Status AddPath(const PathPattern& p) {
    if (!p.path_variable.empty())
      return Error(p.pos, "path variables are only supported with shortestPath(...)");
    std::vector<std::string> aliases;
    for (const auto& n : p.nodes) {
      auto a = NodeAlias(n);
      if (!a.ok()) return a.status();
      aliases.push_back(*a);
    }
    for (size_t i = 0; i < p.rels.size(); ++i) {
      const RelPattern& r = p.rels[i];
      auto preds = Predicates(r);
      if (!preds.ok()) return preds.status();
      auto dir = r.direction;
      if (AllSymmetric(*preds)) dir = RelPattern::Direction::kBoth;  // stored in one order only
      std::string a = aliases[i], b = aliases[i + 1];
      if (dir == RelPattern::Direction::kLeft) std::swap(a, b);
      if (r.variable_length) {
        Status st = AddWalk(r, p.nodes[i], p.nodes[i + 1], a, b, *preds, dir);
        if (!st.ok()) return st;
        continue;
      }
      std::string alias = "r" + std::to_string(++counter_);
      if (HopFitsLinks(r, *preds, dir)) {
        // links holds each pair both ways round and is indexed on (a, b):
        // `a` is the end with conditions, which SQLite reads first.
        if (!HasConditions(p.nodes[i]) && HasConditions(p.nodes[i + 1])) std::swap(a, b);
        from_.push_back("links " + alias);
        where_.push_back(alias + ".a = " + a + ".id");
        where_.push_back(alias + ".b = " + b + ".id");
        Status st = Declare(r.variable, {Var::Kind::kRel, alias, false}, r.pos);
        if (!st.ok()) return st;
        continue;
      }
      if (dir == RelPattern::Direction::kBoth) {
        // Either way round, as an OR SQLite answers from both indexes
        // (a UNION ALL of the two directions would scan the table).
        from_.push_back("relations " + alias);
        where_.push_back("(" + alias + ".subject_id = " + a + ".id AND " + alias + ".object_id = " + b + ".id) OR (" +
                         alias + ".object_id = " + a + ".id AND " + alias + ".subject_id = " + b + ".id)");
      } else {
        from_.push_back("relations " + alias);
        where_.push_back(alias + ".subject_id = " + a + ".id");
        where_.push_back(alias + ".object_id = " + b + ".id");
      }
      if (!preds->empty()) where_.push_back(InList(alias + ".predicate", *preds));
      for (size_t k = 0; k < r.properties.entries.size(); ++k) {
        const auto& [key, expr] = r.properties.entries[k];
        auto v = ValueOf(*expr);
        if (!v.ok()) return v.status();
        static const std::set<std::string> kColumns = {"modality", "confidence", "date", "sentence", "rule"};
        if (!kColumns.count(key))
          return Error(r.properties.positions[k], "unknown relationship property '" + key + "' in a pattern");
        where_.push_back(alias + "." + key + " = " + Bind(*v));
      }
      for (const auto& other : rel_aliases_) where_.push_back(alias + ".id <> " + other + ".id");
      rel_aliases_.push_back(alias);
      Status st = Declare(r.variable, {Var::Kind::kRel, alias, false}, r.pos);
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

  // Variable-length: a recursive walk seeded from the end that has
  // conditions, so it starts from a handful of entities, not all.
  Status AddWalk(const RelPattern& r, const NodePattern& left, const NodePattern& right, std::string a,
                 std::string b, const std::vector<std::string>& preds, RelPattern::Direction dir) {
    if (!r.properties.entries.empty()) return Error(r.pos, "properties on a variable-length relationship are not supported");
    const NodePattern* seed = &left;
    bool forward = true;  // walking subject -> object
    if (dir == RelPattern::Direction::kLeft) seed = &right;
    bool seed_has_conditions = !seed->label.empty() || !seed->properties.entries.empty();
    const NodePattern* other = seed == &left ? &right : &left;
    if (!seed_has_conditions && (!other->label.empty() || !other->properties.entries.empty())) {
      std::swap(a, b);
      seed = other;
      forward = false;
    }
    std::string w = "w" + std::to_string(++counter_);
    if (dir == RelPattern::Direction::kBoth && preds.empty()) {
      // Any relation either way: the deduplicated adjacency, walked by
      // store/walk_table (the CTE below, with hash sets for its B-tree).
      from_.push_back("dossier_walk " + w);
      where_.push_back(w + ".start = " + a + ".id");
      where_.push_back(w + ".min_depth = " + std::to_string(std::max(1, r.min_hops)));
      where_.push_back(w + ".max_depth = " + std::to_string(r.max_hops));
      where_.push_back(w + ".node = " + b + ".id");
      return Declare(r.variable, {Var::Kind::kRel, w, true}, r.pos);
    }
    auto conds = NodeConditions(*seed, "s");
    if (!conds.ok()) return conds.status();
    std::string seed_sql = "SELECT s.id, s.id, 0 FROM entities s";
    for (size_t i = 0; i < conds->size(); ++i) seed_sql += (i ? " AND " : " WHERE ") + (*conds)[i];
    std::string pred_filter = preds.empty() ? "" : " AND " + InList("x.predicate", preds);
    std::string limit = std::to_string(r.max_hops);
    auto step = [&](const char* from_col, const char* to_col) {
      return "SELECT w.start, x." + std::string(to_col) + ", w.depth + 1 FROM " + w + " w JOIN relations x ON x." +
             from_col + " = w.node WHERE w.depth < " + limit + " AND x." + to_col + " <> w.start" + pred_filter;
    };
    std::string cte = w + "(start, node, depth) AS (" + seed_sql;
    if (dir == RelPattern::Direction::kBoth) {
      cte += " UNION " + step("subject_id", "object_id") + " UNION " + step("object_id", "subject_id");
    } else {
      cte += forward ? " UNION " + step("subject_id", "object_id") : " UNION " + step("object_id", "subject_id");
    }
    cte += ")";
    ctes_.push_back(cte);
    from_.push_back(w);
    where_.push_back(w + ".start = " + a + ".id");
    where_.push_back(w + ".node = " + b + ".id");
    where_.push_back(w + ".depth >= " + std::to_string(std::max(1, r.min_hops)));
    return Declare(r.variable, {Var::Kind::kRel, w, true}, r.pos);
  }

  Result<std::string> Property(const Expr& e) {
    auto it = vars_.find(e.name);
    if (it == vars_.end()) return Error(e.pos, "unknown variable '" + e.name + "'");
    const Var& v = it->second;
    const std::string& a = v.alias;
    const std::string& p = e.property;
    if (v.kind == Var::Kind::kNode) {
      if (p == "name") return a + ".name";
      if (p == "type" || p == "label") return a + ".type";
      if (p == "id") return a + ".id";
      if (p == "key") return a + ".key";
      if (p == "kb_id") return a + ".kb_id";
      if (p == "aliases") return "(SELECT group_concat(alias, '; ') FROM aliases WHERE entity_id = " + a + ".id)";
      if (p == "documents") return "(SELECT count(DISTINCT document_id) FROM mentions WHERE entity_id = " + a + ".id)";
      if (p == "mentions") return "(SELECT count(*) FROM mentions WHERE entity_id = " + a + ".id)";
      if (p == "degree") return "(SELECT count(*) FROM links WHERE a = " + a + ".id)";
      return Error(e.pos, "unknown node property '" + p + "' (name, type, id, kb_id, aliases, documents, mentions, degree)");
    }
    if (v.kind == Var::Kind::kRel) {
      if (v.variable_length) {
        if (p == "length" || p == "depth") return a + ".depth";
        return Error(e.pos, "a variable-length relationship has only .length");
      }
      if (p == "type" || p == "predicate") return a + ".predicate";
      if (p == "modality" || p == "confidence" || p == "date" || p == "sentence" || p == "rule" || p == "attributes")
        return a + "." + p;
      if (p == "evidence") return "(SELECT text FROM evidence WHERE relation_id = " + a + ".id ORDER BY id LIMIT 1)";
      if (p == "document") return "(SELECT path FROM documents WHERE id = " + a + ".document_id)";
      if (p == "documents")
        return "(SELECT count(DISTINCT q.document_id) FROM relations q WHERE q.subject_id = " + a +
               ".subject_id AND q.predicate = " + a + ".predicate AND q.object_id = " + a + ".object_id AND q.modality = " +
               a + ".modality)";
      if (p == "role" || p == "cameo" || p == "former") return "json_extract(" + a + ".attributes, '$." + p + "')";
      return Error(e.pos, "unknown relationship property '" + p +
                              "' (type, modality, confidence, date, evidence, document, documents, role, cameo)");
    }
    return Error(e.pos, "'" + e.name + "' is a path; use nodes(" + e.name + ") or length(" + e.name + ")");
  }

  Result<std::string> Count(const Expr& e, const char* what) {
    if (e.kind != Expr::Kind::kLiteral && e.kind != Expr::Kind::kParam)
      return Error(e.pos, std::string(what) + " takes a number or a $parameter");
    auto v = ValueOf(e);
    if (!v.ok()) return v.status();
    if (!std::holds_alternative<int64_t>(*v) || std::get<int64_t>(*v) < 0)
      return Error(e.pos, std::string(what) + " takes a whole number >= 0");
    return Bind(*v);
  }

  Result<std::string> SortExpression(const Query& q, const Expr& e) {
    if (e.kind == Expr::Kind::kVariable) {
      for (size_t i = 0; i < q.returns.size(); ++i)
        if (q.returns[i].alias == e.name) return "\"c" + std::to_string(i) + "\"";
    }
    for (size_t i = 0; i < q.returns.size(); ++i)
      if (q.returns[i].expr.get() == &e) return "\"c" + std::to_string(i) + "\"";
    return Expression(e);
  }

  Result<std::string> Expression(const Expr& e, bool* aggregate = nullptr) {
    switch (e.kind) {
      case Expr::Kind::kLiteral:
      case Expr::Kind::kParam: {
        auto v = ValueOf(e);
        if (!v.ok()) return v.status();
        return Bind(*v);
      }
      case Expr::Kind::kList: {
        std::string out = "(";
        for (size_t i = 0; i < e.args.size(); ++i) {
          auto item = Expression(*e.args[i], aggregate);
          if (!item.ok()) return item;
          out += (i ? ", " : "") + *item;
        }
        return out + ")";
      }
      case Expr::Kind::kProperty: return Property(e);
      case Expr::Kind::kVariable: {
        auto it = vars_.find(e.name);
        if (it == vars_.end()) return Error(e.pos, "unknown variable '" + e.name + "'");
        if (it->second.kind == Var::Kind::kNode) return it->second.alias + ".name";
        if (it->second.kind == Var::Kind::kRel)
          return it->second.variable_length ? it->second.alias + ".depth" : it->second.alias + ".predicate";
        return Error(e.pos, "path variables need shortestPath(...)");
      }
      case Expr::Kind::kCountStar:
        if (aggregate) *aggregate = true;
        return std::string("count(*)");
      case Expr::Kind::kFunction: return Function(e, aggregate);
      case Expr::Kind::kUnary: {
        auto a = Expression(*e.args[0], aggregate);
        if (!a.ok()) return a;
        return "(NOT " + *a + ")";
      }
      case Expr::Kind::kIsNull: {
        auto a = Expression(*e.args[0], aggregate);
        if (!a.ok()) return a;
        return "(" + *a + (e.negated ? " IS NOT NULL)" : " IS NULL)");
      }
      case Expr::Kind::kBinary: {
        auto a = Expression(*e.args[0], aggregate);
        if (!a.ok()) return a;
        if (e.op == "IN") {
          const Expr& rhs = *e.args[1];
          if (rhs.kind == Expr::Kind::kParam) {
            // A parameter list is passed as comma-separated text.
            auto v = ValueOf(rhs);
            if (!v.ok()) return v.status();
            std::string text = AsText(*v), out = "(";
            size_t start = 0;
            int n = 0;
            while (start <= text.size()) {
              size_t comma = text.find(',', start);
              if (comma == std::string::npos) comma = text.size();
              out += (n++ ? ", " : "") + Bind(text.substr(start, comma - start));
              start = comma + 1;
            }
            return *a + " IN " + out + ")";
          }
          if (rhs.kind != Expr::Kind::kList) return Error(rhs.pos, "IN takes a list [..] or a $parameter");
        }
        auto b = Expression(*e.args[1], aggregate);
        if (!b.ok()) return b;
        if (e.op == "CONTAINS") return "(instr(" + *a + ", " + *b + ") > 0)";
        if (e.op == "STARTS WITH") return "(substr(" + *a + ", 1, length(" + *b + ")) = " + *b + ")";
        if (e.op == "ENDS WITH") return "(substr(" + *a + ", -length(" + *b + ")) = " + *b + ")";
        if (e.op == "XOR") return "((" + *a + ") <> (" + *b + "))";
        return "(" + *a + " " + e.op + " " + *b + ")";
      }
    }
    return Error(e.pos, "unsupported expression");
  }

  Result<std::string> Function(const Expr& e, bool* aggregate) {
    static const std::set<std::string> kAggregates = {"count", "collect", "sum", "avg", "min", "max"};
    static const std::set<std::string> kKnown = {"count", "collect", "sum", "avg", "min", "max", "type",
                                                 "tolower", "toupper", "coalesce", "labels", "id", "length"};
    if (!kKnown.count(e.name)) return Error(e.pos, "unknown function " + e.name + "()");
    bool is_agg = kAggregates.count(e.name) > 0;
    if (is_agg && aggregate) *aggregate = true;
    std::vector<std::string> args;
    for (const auto& a : e.args) {
      auto s = Expression(*a);
      if (!s.ok()) return s;
      args.push_back(*s);
    }
    if (args.empty()) return Error(e.pos, e.name + "() needs an argument");
    std::string d = e.distinct ? "DISTINCT " : "";
    if (e.name == "collect") return "json_group_array(" + d + args[0] + ")";
    if (is_agg) return e.name + "(" + d + args[0] + ")";
    if (e.name == "type") {
      const Expr& v = *e.args[0];
      auto it = vars_.find(v.name);
      if (v.kind != Expr::Kind::kVariable || it == vars_.end() || it->second.kind != Var::Kind::kRel)
        return Error(v.pos, "type() takes a relationship variable");
      return it->second.alias + ".predicate";
    }
    if (e.name == "labels" || e.name == "id") {
      const Expr& v = *e.args[0];
      auto it = vars_.find(v.name);
      if (v.kind != Expr::Kind::kVariable || it == vars_.end() || it->second.kind != Var::Kind::kNode)
        return Error(v.pos, e.name + "() takes a node variable");
      return e.name == "id" ? it->second.alias + ".id" : "json_array(" + it->second.alias + ".type)";
    }
    if (e.name == "length") return args[0];
    if (e.name == "tolower") return "lower(" + args[0] + ")";
    if (e.name == "toupper") return "upper(" + args[0] + ")";
    std::string out = "coalesce(";
    for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + args[i];
    return out + ")";
  }

  Result<CompiledQuery> CompileShortest(const Query& q, CompiledQuery& out) {
    if (q.patterns.size() != 1) return Error(q.patterns[0].pos, "shortestPath(...) must be the only pattern");
    const PathPattern& p = q.patterns[0];
    if (p.rels.size() != 1 || p.nodes.size() != 2)
      return Error(p.pos, "shortestPath takes one relationship: shortestPath((a)-[*..6]-(b))");
    const RelPattern& r = p.rels[0];
    auto preds = Predicates(r);
    if (!preds.ok()) return preds.status();
    ShortestPathPlan plan;
    plan.predicates = *preds;
    plan.max_hops = r.variable_length ? r.max_hops : 1;
    plan.directed = r.direction != RelPattern::Direction::kBoth && !AllSymmetric(*preds);
    const NodePattern* from = &p.nodes[0];
    const NodePattern* to = &p.nodes[1];
    if (r.direction == RelPattern::Direction::kLeft) std::swap(from, to);
    for (auto [node, sql, binds] : {std::tuple{from, &plan.from_sql, &plan.from_binds}, std::tuple{to, &plan.to_sql, &plan.to_binds}}) {
      binds_.clear();
      auto conds = NodeConditions(*node, "s");
      if (!conds.ok()) return conds.status();
      if (conds->empty()) return Error(node->pos, "shortestPath needs conditions on both ends, e.g. {name: \"...\"}");
      *sql = "SELECT s.id FROM entities s WHERE ";
      for (size_t i = 0; i < conds->size(); ++i) *sql += (i ? " AND " : "") + (*conds)[i];
      *binds = binds_;
    }
    plan.path_variable = p.path_variable;
    plan.from_variable = from->variable;
    plan.to_variable = to->variable;
    for (const auto& item : q.returns) {
      const Expr& e = *item.expr;
      bool ok = (e.kind == Expr::Kind::kVariable && (e.name == plan.path_variable || e.name == from->variable ||
                                                     e.name == to->variable)) ||
                (e.kind == Expr::Kind::kFunction && (e.name == "nodes" || e.name == "length" || e.name == "relationships") &&
                 e.args.size() == 1 && e.args[0]->name == plan.path_variable && !plan.path_variable.empty()) ||
                (e.kind == Expr::Kind::kProperty && (e.name == from->variable || e.name == to->variable) &&
                 (e.property == "name" || e.property == "type"));
      if (!ok)
        return Error(e.pos, "with shortestPath, RETURN the path, nodes(p), length(p), relationships(p), or name/type of its ends");
      out.columns.push_back(item.alias.empty() ? item.text : item.alias);
    }
    out.shortest = true;
    out.plan = plan;
    return out;
  }

  static std::string JoinWith(const std::vector<std::string>& v, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
    return out;
  }
  static std::string Join(const std::vector<std::string>& v) { return JoinWith(v, ", "); }

  const std::string& source_;
  const Params& params_;
  const Query* query_ = nullptr;
  bool ids_only_ = false;
  std::map<std::string, Var> vars_;
  std::map<std::string, int> column_index_;
  std::vector<std::string> from_, where_, ctes_, rel_aliases_;
  std::vector<store::Value> binds_;
  int counter_ = 0;
};

}  // namespace

Result<CompiledQuery> Compile(const Query& query, const std::string& source, const Params& params) {
  return Compiler(source, params).Run(query);
}

Result<CompiledQuery> CompileMatchedIds(const Query& query, const std::string& source, const Params& params) {
  for (const auto& p : query.patterns)
    if (p.shortest) return Status::InvalidInput("export --query does not take shortestPath(...)");
  return Compiler(source, params, true).Run(query);
}

}  // namespace dossier::query
