#include "cli/commands.h"
namespace dossier::cli {
int RunQuery(const std::vector<std::string>&) { return kExitUsage; }
int RunNeighbors(const std::vector<std::string>&) { return kExitUsage; }
int RunPath(const std::vector<std::string>&) { return kExitUsage; }
int RunExport(const std::vector<std::string>&) { return kExitUsage; }
}
