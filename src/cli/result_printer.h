// Prints query results: an aligned table, JSON (an array of objects), CSV
// (RFC 4180) or TSV.
#pragma once

#include <ostream>
#include <string>

#include "query/executor.h"

namespace dossier::cli {

enum class OutputFormat { kTable, kJson, kCsv, kTsv };

bool ParseOutputFormat(const std::string& s, OutputFormat* out);
void PrintResult(const query::ResultSet& rs, OutputFormat format, std::ostream& os);

}  // namespace dossier::cli
