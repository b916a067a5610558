// Tokens of the query language (a subset of openCypher), each with its
// line and column for error messages with a caret.
#pragma once

#include <string>
#include <vector>

#include "model/status.h"

namespace dossier::query {

enum class Tok {
  kIdent, kKeyword, kString, kNumber, kParam,
  kLParen, kRParen, kLBracket, kRBracket, kLBrace, kRBrace,
  kColon, kComma, kDot, kDotDot, kPipe, kStar, kDash, kArrowRight /* -> */, kArrowLeft /* <- */,
  kEq, kNe, kLt, kLe, kGt, kGe, kSemicolon, kEnd
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;  // identifier/keyword (keywords upper-cased), string value, number, param name
  int line = 1;
  int column = 1;
};

Result<std::vector<Token>> Lex(const std::string& source);

// "line L, column C: message" followed by the source line and a caret.
std::string FormatError(const std::string& source, int line, int column, const std::string& message);

}  // namespace dossier::query
