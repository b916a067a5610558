#include "query/lexer.h"

#include <cctype>
#include <set>

namespace dossier::query {
namespace {

const std::set<std::string>& Keywords() {
  static const std::set<std::string> k = {"MATCH", "WHERE", "RETURN", "AS", "DISTINCT", "ORDER", "BY", "ASC",
                                          "DESC", "ASCENDING", "DESCENDING", "SKIP", "LIMIT", "AND", "OR", "NOT",
                                          "IN", "CONTAINS", "STARTS", "ENDS", "WITH", "IS", "NULL", "TRUE",
                                          "FALSE", "XOR"};
  return k;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string FormatError(const std::string& source, int line, int column, const std::string& message) {
  std::string out = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
  size_t start = 0;
  for (int l = 1; l < line && start != std::string::npos; ++l) {
    start = source.find('\n', start);
    if (start != std::string::npos) ++start;
  }
  if (start == std::string::npos || start > source.size()) return out;
  size_t end = source.find('\n', start);
  std::string text = source.substr(start, end == std::string::npos ? std::string::npos : end - start);
  out += "\n  " + text + "\n  " + std::string(static_cast<size_t>(std::max(0, column - 1)), ' ') + "^";
  return out;
}

Result<std::vector<Token>> Lex(const std::string& s) {
  std::vector<Token> out;
  int line = 1, col = 1;
  size_t i = 0;
  auto advance = [&](size_t n) {
    for (size_t k = 0; k < n && i < s.size(); ++k, ++i) {
      if (s[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
  };
  auto error = [&](const std::string& msg) { return Status::InvalidInput(FormatError(s, line, col, msg)); };
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      advance(1);
      continue;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {  // comment to end of line
      while (i < s.size() && s[i] != '\n') advance(1);
      continue;
    }
    Token t;
    t.line = line;
    t.column = col;
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '`') {
      if (c == '`') {  // `quoted identifier`
        size_t close = s.find('`', i + 1);
        if (close == std::string::npos) return error("unclosed `");
        t.kind = Tok::kIdent;
        t.text = s.substr(i + 1, close - i - 1);
        advance(close - i + 1);
      } else {
        size_t j = i;
        while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
        std::string word = s.substr(i, j - i);
        if (Keywords().count(Upper(word))) {
          t.kind = Tok::kKeyword;
          t.text = Upper(word);
        } else {
          t.kind = Tok::kIdent;
          t.text = word;
        }
        advance(j - i);
      }
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      size_t j = i;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      if (j + 1 < s.size() && s[j] == '.' && std::isdigit(static_cast<unsigned char>(s[j + 1]))) {
        ++j;
        while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      }
      t.kind = Tok::kNumber;
      t.text = s.substr(i, j - i);
      advance(j - i);
    } else if (c == '"' || c == '\'') {
      std::string value;
      size_t j = i + 1;
      bool closed = false;
      while (j < s.size()) {
        if (s[j] == '\\' && j + 1 < s.size()) {
          char e = s[j + 1];
          value += e == 'n' ? '\n' : e == 't' ? '\t' : e;
          j += 2;
          continue;
        }
        if (s[j] == c) {
          closed = true;
          break;
        }
        value += s[j++];
      }
      if (!closed) return error("unclosed string");
      t.kind = Tok::kString;
      t.text = value;
      advance(j - i + 1);
    } else if (c == '$') {
      size_t j = i + 1;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
      if (j == i + 1) return error("a parameter needs a name: $name");
      t.kind = Tok::kParam;
      t.text = s.substr(i + 1, j - i - 1);
      advance(j - i);
    } else {
      auto two = s.substr(i, 2);
      struct P { const char* text; Tok kind; };
      static const P kTwo[] = {{"->", Tok::kArrowRight}, {"<-", Tok::kArrowLeft}, {"<>", Tok::kNe}, {"!=", Tok::kNe},
                               {"<=", Tok::kLe}, {">=", Tok::kGe}, {"..", Tok::kDotDot}};
      static const P kOne[] = {{"(", Tok::kLParen}, {")", Tok::kRParen}, {"[", Tok::kLBracket}, {"]", Tok::kRBracket},
                               {"{", Tok::kLBrace}, {"}", Tok::kRBrace}, {":", Tok::kColon}, {",", Tok::kComma},
                               {".", Tok::kDot}, {"|", Tok::kPipe}, {"*", Tok::kStar}, {"-", Tok::kDash},
                               {"=", Tok::kEq}, {"<", Tok::kLt}, {">", Tok::kGt}, {";", Tok::kSemicolon}};
      bool found = false;
      for (const auto& p : kTwo)
        if (two == p.text) {
          t.kind = p.kind;
          t.text = p.text;
          advance(2);
          found = true;
          break;
        }
      if (!found)
        for (const auto& p : kOne)
          if (c == p.text[0]) {
            t.kind = p.kind;
            t.text = p.text;
            advance(1);
            found = true;
            break;
          }
      if (!found) return error(std::string("unexpected character '") + c + "'");
    }
    out.push_back(std::move(t));
  }
  Token end;
  end.kind = Tok::kEnd;
  end.line = line;
  end.column = col;
  out.push_back(end);
  return out;
}

}  // namespace dossier::query
