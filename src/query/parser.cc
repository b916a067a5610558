#include "query/parser.h"

#include <algorithm>

#include "query/lexer.h"

namespace dossier::query {
namespace {

class Parser {
 public:
  Parser(const std::string& source, std::vector<Token> tokens) : source_(source), t_(std::move(tokens)) {}

  Result<Query> Run() {
    Query q;
    if (!Keyword("MATCH")) return Fail("expected MATCH");
    do {
      auto p = ParsePath();
      if (!p.ok()) return p.status();
      q.patterns.push_back(std::move(*p));
    } while (Accept(Tok::kComma));
    if (Keyword("WHERE")) {
      auto e = ParseExpr();
      if (!e.ok()) return e.status();
      q.where = *e;
    }
    if (!Keyword("RETURN")) return Fail(Peek().kind == Tok::kEnd ? "expected RETURN at the end of the query" : "expected WHERE or RETURN");
    q.distinct = Keyword("DISTINCT");
    do {
      ReturnItem item;
      size_t start = Peek().kind == Tok::kEnd ? source_.size() : Offset(Peek());
      auto e = ParseExpr();
      if (!e.ok()) return e.status();
      item.expr = *e;
      size_t end = Offset(Peek());
      item.text = Trim(source_.substr(start, end - start));
      if (Keyword("AS")) {
        if (Peek().kind != Tok::kIdent) return Fail("expected a name after AS");
        item.alias = Next().text;
      }
      q.returns.push_back(std::move(item));
    } while (Accept(Tok::kComma));
    if (Keyword("ORDER")) {
      if (!Keyword("BY")) return Fail("expected BY after ORDER");
      do {
        SortItem s;
        auto e = ParseExpr();
        if (!e.ok()) return e.status();
        s.expr = *e;
        if (Keyword("DESC") || Keyword("DESCENDING")) s.descending = true;
        else if (Keyword("ASC") || Keyword("ASCENDING")) s.descending = false;
        q.order_by.push_back(std::move(s));
      } while (Accept(Tok::kComma));
    }
    if (Keyword("SKIP")) {
      auto e = ParsePrimary();
      if (!e.ok()) return e.status();
      q.skip = *e;
    }
    if (Keyword("LIMIT")) {
      auto e = ParsePrimary();
      if (!e.ok()) return e.status();
      q.limit = *e;
    }
    Accept(Tok::kSemicolon);
    if (Peek().kind != Tok::kEnd) return Fail("unexpected '" + Peek().text + "' after the query");
    return q;
  }

 private:
  const Token& Peek(size_t ahead = 0) const { return t_[std::min(pos_ + ahead, t_.size() - 1)]; }
  const Token& Next() { return t_[std::min(pos_++, t_.size() - 1)]; }
  bool Accept(Tok k) {
    if (Peek().kind != k) return false;
    ++pos_;
    return true;
  }
  bool Keyword(const char* kw) {
    if (Peek().kind != Tok::kKeyword || Peek().text != kw) return false;
    ++pos_;
    return true;
  }
  Status Fail(const std::string& msg) const {
    return Status::InvalidInput(FormatError(source_, Peek().line, Peek().column, "syntax error: " + msg));
  }
  Status FailAt(Position p, const std::string& msg) const {
    return Status::InvalidInput(FormatError(source_, p.line, p.column, msg));
  }
  Position Here() const { return {Peek().line, Peek().column}; }
  size_t Offset(const Token& tok) const {
    size_t off = 0;
    for (int l = 1; l < tok.line; ++l) off = source_.find('\n', off) + 1;
    return std::min(source_.size(), off + static_cast<size_t>(tok.column - 1));
  }
  static std::string Trim(std::string s) {
    while (!s.empty() && isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    size_t a = 0;
    while (a < s.size() && isspace(static_cast<unsigned char>(s[a]))) ++a;
    return s.substr(a);
  }

  Result<PathPattern> ParsePath() {
    PathPattern p;
    p.pos = Here();
    if (Peek().kind == Tok::kIdent && Peek(1).kind == Tok::kEq) {
      p.path_variable = Next().text;
      Next();
    }
    bool shortest = false;
    if (Peek().kind == Tok::kIdent && (Peek().text == "shortestPath" || Peek().text == "shortestpath")) {
      Next();
      if (!Accept(Tok::kLParen)) return Fail("expected ( after shortestPath");
      shortest = true;
    }
    p.shortest = shortest;
    auto n = ParseNode();
    if (!n.ok()) return n.status();
    p.nodes.push_back(std::move(*n));
    while (Peek().kind == Tok::kDash || Peek().kind == Tok::kArrowLeft) {
      auto r = ParseRel();
      if (!r.ok()) return r.status();
      p.rels.push_back(std::move(*r));
      auto m = ParseNode();
      if (!m.ok()) return m.status();
      p.nodes.push_back(std::move(*m));
    }
    if (shortest && !Accept(Tok::kRParen)) return Fail("expected ) to close shortestPath(");
    return p;
  }

  Result<NodePattern> ParseNode() {
    NodePattern n;
    n.pos = Here();
    if (!Accept(Tok::kLParen)) return Fail("expected ( to start a node pattern");
    if (Peek().kind == Tok::kIdent) n.variable = Next().text;
    if (Accept(Tok::kColon)) {
      n.label_pos = Here();
      if (Peek().kind != Tok::kIdent) return Fail("expected a label after ':'");
      n.label = Next().text;
    }
    if (Peek().kind == Tok::kLBrace) {
      auto m = ParseMap();
      if (!m.ok()) return m.status();
      n.properties = std::move(*m);
    }
    if (!Accept(Tok::kRParen)) return Fail("expected ) to close the node pattern");
    return n;
  }

  Result<RelPattern> ParseRel() {
    RelPattern r;
    r.pos = Here();
    bool left = Accept(Tok::kArrowLeft);
    if (!left && !Accept(Tok::kDash)) return Fail("expected - or <-");
    if (Accept(Tok::kLBracket)) {
      if (Peek().kind == Tok::kIdent) r.variable = Next().text;
      if (Accept(Tok::kColon)) {
        do {
          r.type_pos.push_back(Here());
          if (Peek().kind != Tok::kIdent) return Fail("expected a relationship type");
          r.types.push_back(Next().text);
          Accept(Tok::kColon);  // [:A|:B] is allowed too
        } while (Accept(Tok::kPipe));
      }
      if (Accept(Tok::kStar)) {
        r.variable_length = true;
        r.min_hops = 1;
        r.max_hops = 6;
        if (Peek().kind == Tok::kNumber) {
          r.min_hops = std::stoi(Next().text);
          r.max_hops = r.min_hops;
        }
        if (Accept(Tok::kDotDot)) {
          r.max_hops = 6;
          if (Peek().kind == Tok::kNumber) r.max_hops = std::stoi(Next().text);
        } else if (Peek().kind == Tok::kNumber) {
          return Fail("expected .. in a hop range");
        }
        if (r.min_hops < 0 || r.max_hops < r.min_hops || r.max_hops > 10)
          return FailAt(r.pos, "hop range must satisfy 0 <= min <= max <= 10");
      }
      if (Peek().kind == Tok::kLBrace) {
        auto m = ParseMap();
        if (!m.ok()) return m.status();
        r.properties = std::move(*m);
      }
      if (!Accept(Tok::kRBracket)) return Fail("expected ] to close the relationship pattern");
    }
    if (Accept(Tok::kArrowRight)) {
      if (left) return FailAt(r.pos, "a relationship cannot point both ways");
      r.direction = RelPattern::Direction::kRight;
    } else if (Accept(Tok::kDash)) {
      r.direction = left ? RelPattern::Direction::kLeft : RelPattern::Direction::kBoth;
    } else {
      return Fail("expected - or -> after the relationship pattern");
    }
    return r;
  }

  Result<PropertyMap> ParseMap() {
    PropertyMap m;
    Accept(Tok::kLBrace);
    if (Accept(Tok::kRBrace)) return m;
    do {
      m.positions.push_back(Here());
      if (Peek().kind != Tok::kIdent && Peek().kind != Tok::kKeyword) return Fail("expected a property name");
      std::string key = Next().text;
      if (!Accept(Tok::kColon)) return Fail("expected ':' after the property name");
      auto v = ParsePrimary();
      if (!v.ok()) return v.status();
      if ((*v)->kind != Expr::Kind::kLiteral && (*v)->kind != Expr::Kind::kParam)
        return FailAt((*v)->pos, "property values must be literals or $parameters");
      m.entries.emplace_back(key, *v);
    } while (Accept(Tok::kComma));
    if (!Accept(Tok::kRBrace)) return Fail("expected } to close the property map");
    return m;
  }

  Result<ExprPtr> ParseExpr() { return ParseOr(); }

  Result<ExprPtr> Binary(const std::string& op, ExprPtr a, ExprPtr b, Position pos) {
    auto e = std::make_shared<Expr>();
    e->kind = Expr::Kind::kBinary;
    e->op = op;
    e->pos = pos;
    e->args = {std::move(a), std::move(b)};
    return e;
  }

  Result<ExprPtr> ParseOr() {
    auto a = ParseAnd();
    if (!a.ok()) return a;
    while (true) {
      Position pos = Here();
      std::string op;
      if (Keyword("OR")) op = "OR";
      else if (Keyword("XOR")) op = "XOR";
      else break;
      auto b = ParseAnd();
      if (!b.ok()) return b;
      a = Binary(op, *a, *b, pos);
    }
    return a;
  }

  Result<ExprPtr> ParseAnd() {
    auto a = ParseNot();
    if (!a.ok()) return a;
    while (true) {
      Position pos = Here();
      if (!Keyword("AND")) break;
      auto b = ParseNot();
      if (!b.ok()) return b;
      a = Binary("AND", *a, *b, pos);
    }
    return a;
  }

  Result<ExprPtr> ParseNot() {
    Position pos = Here();
    if (Keyword("NOT")) {
      auto inner = ParseNot();
      if (!inner.ok()) return inner;
      auto e = std::make_shared<Expr>();
      e->kind = Expr::Kind::kUnary;
      e->op = "NOT";
      e->pos = pos;
      e->args = {*inner};
      return e;
    }
    return ParseComparison();
  }

  Result<ExprPtr> ParseComparison() {
    auto a = ParsePrimary();
    if (!a.ok()) return a;
    Position pos = Here();
    static const std::pair<Tok, const char*> kOps[] = {{Tok::kEq, "="}, {Tok::kNe, "<>"}, {Tok::kLt, "<"},
                                                       {Tok::kLe, "<="}, {Tok::kGt, ">"}, {Tok::kGe, ">="}};
    for (auto [tok, op] : kOps)
      if (Accept(tok)) {
        auto b = ParsePrimary();
        if (!b.ok()) return b;
        return Binary(op, *a, *b, pos);
      }
    if (Keyword("IN")) {
      auto b = ParsePrimary();
      if (!b.ok()) return b;
      return Binary("IN", *a, *b, pos);
    }
    if (Keyword("CONTAINS")) {
      auto b = ParsePrimary();
      if (!b.ok()) return b;
      return Binary("CONTAINS", *a, *b, pos);
    }
    if (Keyword("STARTS") || Keyword("ENDS")) {
      std::string op = t_[pos_ - 1].text == "STARTS" ? "STARTS WITH" : "ENDS WITH";
      if (!Keyword("WITH")) return Fail("expected WITH");
      auto b = ParsePrimary();
      if (!b.ok()) return b;
      return Binary(op, *a, *b, pos);
    }
    if (Keyword("IS")) {
      auto e = std::make_shared<Expr>();
      e->kind = Expr::Kind::kIsNull;
      e->pos = pos;
      e->negated = Keyword("NOT");
      if (!Keyword("NULL")) return Fail("expected NULL after IS");
      e->args = {*a};
      return ExprPtr(e);
    }
    return a;
  }

  Result<ExprPtr> ParsePrimary() {
    auto e = std::make_shared<Expr>();
    e->pos = Here();
    const Token& tok = Peek();
    switch (tok.kind) {
      case Tok::kString:
        e->kind = Expr::Kind::kLiteral;
        e->literal_kind = Expr::LiteralKind::kString;
        e->text = Next().text;
        return ExprPtr(e);
      case Tok::kNumber:
        e->kind = Expr::Kind::kLiteral;
        e->literal_kind = Expr::LiteralKind::kNumber;
        e->text = Next().text;
        return ExprPtr(e);
      case Tok::kDash:
        if (Peek(1).kind == Tok::kNumber) {
          Next();
          e->kind = Expr::Kind::kLiteral;
          e->literal_kind = Expr::LiteralKind::kNumber;
          e->text = "-" + Next().text;
          return ExprPtr(e);
        }
        return Fail("unexpected '-'");
      case Tok::kParam:
        e->kind = Expr::Kind::kParam;
        e->name = Next().text;
        return ExprPtr(e);
      case Tok::kLBracket: {
        Next();
        e->kind = Expr::Kind::kList;
        if (!Accept(Tok::kRBracket)) {
          do {
            auto item = ParsePrimary();
            if (!item.ok()) return item;
            e->args.push_back(*item);
          } while (Accept(Tok::kComma));
          if (!Accept(Tok::kRBracket)) return Fail("expected ] to close the list");
        }
        return ExprPtr(e);
      }
      case Tok::kLParen: {
        Next();
        auto inner = ParseExpr();
        if (!inner.ok()) return inner;
        if (!Accept(Tok::kRParen)) return Fail("expected )");
        return inner;
      }
      case Tok::kKeyword:
        if (tok.text == "TRUE" || tok.text == "FALSE" || tok.text == "NULL") {
          e->kind = Expr::Kind::kLiteral;
          e->literal_kind = tok.text == "NULL" ? Expr::LiteralKind::kNull : Expr::LiteralKind::kBool;
          e->text = Next().text;
          return ExprPtr(e);
        }
        return Fail("unexpected keyword " + tok.text);
      case Tok::kIdent: {
        std::string name = Next().text;
        if (Accept(Tok::kLParen)) {
          e->kind = Expr::Kind::kFunction;
          e->name = name;
          std::transform(e->name.begin(), e->name.end(), e->name.begin(), ::tolower);
          if (e->name == "count" && Accept(Tok::kStar)) {
            e->kind = Expr::Kind::kCountStar;
          } else if (!Accept(Tok::kRParen)) {
            e->distinct = Keyword("DISTINCT");
            do {
              auto arg = ParseExpr();
              if (!arg.ok()) return arg;
              e->args.push_back(*arg);
            } while (Accept(Tok::kComma));
          } else {
            return ExprPtr(e);
          }
          if (!Accept(Tok::kRParen)) return Fail("expected ) to close " + name + "(");
          return ExprPtr(e);
        }
        if (Accept(Tok::kDot)) {
          if (Peek().kind != Tok::kIdent && Peek().kind != Tok::kKeyword) return Fail("expected a property name after '.'");
          e->kind = Expr::Kind::kProperty;
          e->name = name;
          e->property = Next().text;
          return ExprPtr(e);
        }
        e->kind = Expr::Kind::kVariable;
        e->name = name;
        return ExprPtr(e);
      }
      case Tok::kEnd: return Fail("unexpected end of query");
      default: return Fail("unexpected '" + tok.text + "'");
    }
  }

  const std::string& source_;
  std::vector<Token> t_;
  size_t pos_ = 0;
};

}  // namespace

Result<Query> Parse(const std::string& source) {
  auto tokens = Lex(source);
  if (!tokens.ok()) return tokens.status();
  return Parser(source, std::move(*tokens)).Run();
}

}  // namespace dossier::query
