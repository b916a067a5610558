// Where rule files come from: the set compiled into the binary, overlaid by
// a user directory (`--rules DIR`): a file there with the same relative path
// replaces the built-in one, any other file is added.
#pragma once

#include <string>
#include <vector>

#include "model/status.h"

namespace dossier {

struct RuleSource {
  std::string path;     // shown in messages: "rules/kb/people.json" or the user's path
  std::string relative; // "kb/people.json"
  std::string content;
};

Result<std::vector<RuleSource>> CollectRuleSources(const std::string& user_dir);

// 1-based line of byte `offset` in `content`.
size_t LineAt(const std::string& content, size_t offset);
// 1-based line of the first occurrence of `needle` (0 when absent).
size_t LineOf(const std::string& content, const std::string& needle);

}  // namespace dossier
