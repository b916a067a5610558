// Parsing a rule file's JSON. One rule beyond JSON's own: a key may appear
// only once in an object. nlohmann (like most parsers) keeps the last of
// two equal keys without a word, so a lexicon list defined twice in one
// file lost its first half silently; here that is an error naming the line.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "model/status.h"

namespace dossier {

// Parses `content` (read from `path`) into `out`. On a syntax error or a
// repeated key, returns "path:line: cause".
Status ParseRuleJson(const std::string& path, const std::string& content, nlohmann::json& out);

}  // namespace dossier
