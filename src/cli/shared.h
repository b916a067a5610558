// Helpers shared by the subcommands: loading rules and opening the
// database with messages on stderr, and terminal detection.
#pragma once

#include <memory>
#include <string>

#include "cli/options.h"
#include "rules/rule_book.h"
#include "store/database.h"

namespace dossier::cli {

// Prints "dossier: <cause>" and returns nullptr when the rules are broken.
std::shared_ptr<const RuleBook> LoadRulesOrReport(const ParsedOptions& opts, bool relations = true);
// Opens (creating unless read_only) the database named by --db/$DOSSIER_DB.
std::unique_ptr<store::Database> OpenDatabaseOrReport(const ParsedOptions& opts, bool read_only);
bool StderrIsTerminal();
bool StdoutIsTerminal();
// Prints help when asked; returns true if it did.
bool HandleHelp(const CommandSpec& spec, const ParsedOptions& opts);
// Parses or prints the usage error; returns false on error.
bool ParseOrReport(const CommandSpec& spec, const std::vector<std::string>& args, ParsedOptions* opts);

}  // namespace dossier::cli
