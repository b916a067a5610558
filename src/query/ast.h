// The syntax tree of a query, as the parser builds it and the compiler
// reads it. Positions are kept for error messages.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dossier::query {

struct Position {
  int line = 1;
  int column = 1;
};

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

struct Expr {
  enum class Kind { kLiteral, kParam, kList, kProperty, kVariable, kFunction, kCountStar, kUnary, kBinary, kIsNull };
  Kind kind = Kind::kLiteral;
  Position pos;
  // literal: text + literal_kind; param/variable: name; property: name + property;
  // function: name (lower case) + args + distinct; unary/binary: op + args.
  enum class LiteralKind { kString, kNumber, kBool, kNull };
  LiteralKind literal_kind = LiteralKind::kNull;
  std::string text;
  std::string name;
  std::string property;
  std::string op;
  bool distinct = false;
  bool negated = false;  // IS NOT NULL
  std::vector<ExprPtr> args;
};

struct PropertyMap {
  std::vector<std::pair<std::string, ExprPtr>> entries;  // key -> literal or parameter
  std::vector<Position> positions;
};

struct NodePattern {
  std::string variable;  // "" when anonymous
  std::string label;
  Position label_pos;
  PropertyMap properties;
  Position pos;
};

struct RelPattern {
  std::string variable;
  std::vector<std::string> types;
  std::vector<Position> type_pos;
  enum class Direction { kRight, kLeft, kBoth } direction = Direction::kBoth;
  bool variable_length = false;
  int min_hops = 1;
  int max_hops = 1;
  PropertyMap properties;
  Position pos;
};

struct PathPattern {
  std::string path_variable;  // p = ...
  bool shortest = false;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;  // rels[i] joins nodes[i] and nodes[i+1]
  Position pos;
};

struct ReturnItem {
  ExprPtr expr;
  std::string alias;  // "" -> derived from the expression text
  std::string text;   // as written, for column names
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Query {
  std::vector<PathPattern> patterns;
  ExprPtr where;
  bool distinct = false;
  std::vector<ReturnItem> returns;
  std::vector<SortItem> order_by;
  ExprPtr skip;
  ExprPtr limit;
};

}  // namespace dossier::query
