#include "cli/commands.h"
namespace dossier::cli {
int RunExport(const std::vector<std::string>&) { return kExitUsage; }
}
