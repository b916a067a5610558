#include "cli/options.h"

#include <cstdlib>
#include <sstream>

namespace dossier::cli {

bool ParseOptions(const CommandSpec& spec, const std::vector<std::string>& args, ParsedOptions* out,
                  std::string* error) {
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (only_positional || a == "-" || a.empty() || a[0] != '-') {
      out->positional.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    if (a == "--help" || a == "-h") {
      out->values["help"].push_back("");
      continue;
    }
    std::string name, value;
    bool has_value = false;
    const OptionSpec* opt = nullptr;
    if (a.rfind("--", 0) == 0) {
      name = a.substr(2);
      size_t eq = name.find('=');
      if (eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
        has_value = true;
      }
      for (const auto& o : spec.options)
        if (o.name == name) opt = &o;
    } else {
      for (const auto& o : spec.options)
        if (o.short_name == a[1]) opt = &o;
      if (opt) name = opt->name;
      if (opt && a.size() > 2) {  // -j2, -fFILE
        if (!opt->takes_value) opt = nullptr;
        else value = a.substr(2), has_value = true;
      }
    }
    if (!opt) {
      *error = "unknown option " + a + " for `dossier " + spec.name + "` (see `dossier " + spec.name + " --help`)";
      return false;
    }
    if (opt->takes_value && !has_value) {
      if (i + 1 >= args.size()) {
        *error = "option --" + name + " needs a value (" + opt->value_name + ")";
        return false;
      }
      value = args[++i];
    } else if (!opt->takes_value && has_value) {
      *error = "option --" + name + " takes no value";
      return false;
    }
    out->values[name].push_back(value);
  }
  return true;
}

std::string HelpText(const CommandSpec& spec) {
  std::ostringstream os;
  os << "Usage: " << spec.usage << "\n\n" << spec.summary << "\n\nOptions:\n";
  for (const auto& o : spec.options) {
    std::string left = "  ";
    if (o.short_name) left += std::string("-") + o.short_name + ", ";
    left += "--" + o.name;
    if (o.takes_value) left += " " + o.value_name;
    if (left.size() < 28) left.resize(28, ' ');
    else left += "\n" + std::string(28, ' ');
    os << left << o.help << "\n";
  }
  os << "  -h, --help                Show this help\n";
  if (!spec.details.empty()) os << "\n" << spec.details << "\n";
  return os.str();
}

OptionSpec DbOption() {
  return {"db", 0, true, "PATH", "SQLite database (default: $DOSSIER_DB or ./dossier.db)"};
}

OptionSpec RulesOption() {
  return {"rules", 0, true, "DIR", "Extra rule files; a file with the same relative path replaces a built-in one"};
}

std::string DatabasePath(const ParsedOptions& opts) {
  if (opts.Has("db")) return opts.Get("db");
  if (const char* env = std::getenv("DOSSIER_DB"); env && *env) return env;
  return "dossier.db";
}

}  // namespace dossier::cli
