// The subcommands of `dossier`. Each returns the process exit status:
// 0 success, 1 partial failure (some inputs failed), 2 bad usage or bad
// rules (nothing was done).
#pragma once

#include <string>
#include <vector>

namespace dossier::cli {

constexpr int kExitOk = 0;
constexpr int kExitPartial = 1;
constexpr int kExitUsage = 2;

int RunIngest(const std::vector<std::string>& args);
int RunExtract(const std::vector<std::string>& args);
int RunStats(const std::vector<std::string>& args);
int RunRules(const std::vector<std::string>& args);
int RunQuery(const std::vector<std::string>& args);
int RunNeighbors(const std::vector<std::string>& args);
int RunPath(const std::vector<std::string>& args);
int RunExport(const std::vector<std::string>& args);

}  // namespace dossier::cli
