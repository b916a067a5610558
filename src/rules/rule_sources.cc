#include "rules/rule_sources.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "rules/embedded_files.h"

namespace dossier {

namespace fs = std::filesystem;

Result<std::vector<RuleSource>> CollectRuleSources(const std::string& user_dir) {
  std::map<std::string, RuleSource> by_relative;
  for (const auto& f : EmbeddedFiles()) {
    if (f.path.substr(0, 6) != "rules/") continue;
    std::string rel(f.path.substr(6));
    by_relative[rel] = {std::string(f.path), rel, std::string(f.content)};
  }
  if (!user_dir.empty()) {
    std::error_code ec;
    if (!fs::is_directory(user_dir, ec))
      return Status::NotFound(user_dir + ": not a directory of rule files");
    for (auto it = fs::recursive_directory_iterator(user_dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file() || (it->path().extension() != ".json" && it->path().extension() != ".txt")) continue;
      std::ifstream in(it->path(), std::ios::binary);
      if (!in) return Status::Io(it->path().string() + ": cannot read");
      std::stringstream ss;
      ss << in.rdbuf();
      std::string rel = fs::relative(it->path(), user_dir).generic_string();
      by_relative[rel] = {it->path().string(), rel, ss.str()};
    }
    if (ec) return Status::Io(user_dir + ": " + ec.message());
  }
  std::vector<RuleSource> out;
  for (auto& [rel, src] : by_relative) out.push_back(std::move(src));
  return out;
}

size_t LineAt(const std::string& content, size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<size_t>(std::count(content.begin(), content.begin() + offset, '\n'));
}

size_t LineOf(const std::string& content, const std::string& needle) {
  size_t at = content.find(needle);
  return at == std::string::npos ? 0 : LineAt(content, at);
}

}  // namespace dossier
