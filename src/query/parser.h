// Parses query text into a Query (ast.h). Errors carry line, column and a
// caret under the fault.
#pragma once

#include <string>

#include "model/status.h"
#include "query/ast.h"

namespace dossier::query {

Result<Query> Parse(const std::string& source);

}  // namespace dossier::query
