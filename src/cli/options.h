// Command-line options for one subcommand: a declared set of flags and
// valued options, parsed from argv; anything undeclared is a usage error.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace dossier::cli {

struct OptionSpec {
  std::string name;        // "db" for --db
  char short_name = 0;     // 'f' for -f
  bool takes_value = false;
  std::string value_name;  // "PATH"
  std::string help;
  bool repeatable = false;
};

struct ParsedOptions {
  std::vector<std::string> positional;
  std::map<std::string, std::vector<std::string>> values;
  bool Has(const std::string& name) const { return values.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = values.find(name);
    return it == values.end() || it->second.empty() ? fallback : it->second.back();
  }
  const std::vector<std::string>& All(const std::string& name) const {
    static const std::vector<std::string> kNone;
    auto it = values.find(name);
    return it == values.end() ? kNone : it->second;
  }
};

struct CommandSpec {
  std::string name;
  std::string usage;    // "dossier ingest [options] PATH..."
  std::string summary;  // one line
  std::string details;  // paragraphs after the options
  std::vector<OptionSpec> options;
};

// Parses args (after the command word). On error returns false and sets
// *error. "--help"/"-h" sets values["help"].
bool ParseOptions(const CommandSpec& spec, const std::vector<std::string>& args, ParsedOptions* out,
                  std::string* error);

std::string HelpText(const CommandSpec& spec);

// Common options.
OptionSpec DbOption();
OptionSpec RulesOption();
// --db, else $DOSSIER_DB, else ./dossier.db
std::string DatabasePath(const ParsedOptions& opts);

}  // namespace dossier::cli
