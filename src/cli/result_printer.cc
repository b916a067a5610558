#include "cli/result_printer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace dossier::cli {
namespace {

std::string Text(const store::Value& v) {
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  if (std::holds_alternative<int64_t>(v)) return std::to_string(std::get<int64_t>(v));
  if (std::holds_alternative<double>(v)) {
    std::ostringstream os;
    os << std::get<double>(v);
    return os.str();
  }
  return "";
}

// Display width in code points (good enough for Latin, Cyrillic, Greek).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string OneLine(std::string s, size_t max) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  std::replace(s.begin(), s.end(), '\t', ' ');
  if (Width(s) <= max) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n > max - 1) break;
    out += s[i];
  }
  return out + "…";
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? "\"\"" : std::string(1, c);
  return out + "\"";
}

}  // namespace

bool ParseOutputFormat(const std::string& s, OutputFormat* out) {
  if (s == "table") *out = OutputFormat::kTable;
  else if (s == "json") *out = OutputFormat::kJson;
  else if (s == "csv") *out = OutputFormat::kCsv;
  else if (s == "tsv") *out = OutputFormat::kTsv;
  else return false;
  return true;
}

void PrintResult(const query::ResultSet& rs, OutputFormat format, std::ostream& os) {
  switch (format) {
    case OutputFormat::kJson: {
      nlohmann::json arr = nlohmann::json::array();
      for (const auto& row : rs.rows) {
        nlohmann::json obj = nlohmann::json::object();
        for (size_t i = 0; i < row.size() && i < rs.columns.size(); ++i) {
          const auto& v = row[i];
          if (std::holds_alternative<int64_t>(v)) obj[rs.columns[i]] = std::get<int64_t>(v);
          else if (std::holds_alternative<double>(v)) obj[rs.columns[i]] = std::get<double>(v);
          else if (std::holds_alternative<std::string>(v)) obj[rs.columns[i]] = std::get<std::string>(v);
          else obj[rs.columns[i]] = nullptr;
        }
        arr.push_back(std::move(obj));
      }
      os << arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      return;
    }
    case OutputFormat::kCsv:
    case OutputFormat::kTsv: {
      bool csv = format == OutputFormat::kCsv;
      auto field = [&](const std::string& s) { return csv ? CsvField(s) : OneLine(s, SIZE_MAX / 2); };
      for (size_t i = 0; i < rs.columns.size(); ++i) os << (i ? (csv ? "," : "\t") : "") << field(rs.columns[i]);
      os << "\n";
      for (const auto& row : rs.rows) {
        for (size_t i = 0; i < row.size(); ++i) os << (i ? (csv ? "," : "\t") : "") << field(Text(row[i]));
        os << "\n";
      }
      return;
    }
    case OutputFormat::kTable: {
      constexpr size_t kMaxCell = 80;
      std::vector<size_t> width;
      for (const auto& c : rs.columns) width.push_back(std::min(kMaxCell, Width(c)));
      std::vector<std::vector<std::string>> cells;
      for (const auto& row : rs.rows) {
        std::vector<std::string> line;
        for (size_t i = 0; i < row.size(); ++i) {
          line.push_back(OneLine(Text(row[i]), kMaxCell));
          width[i] = std::max(width[i], Width(line.back()));
        }
        cells.push_back(std::move(line));
      }
      auto print_row = [&](const std::vector<std::string>& line) {
        for (size_t i = 0; i < line.size(); ++i) {
          os << (i ? " | " : "") << line[i];
          if (i + 1 < line.size()) os << std::string(width[i] - Width(line[i]), ' ');
        }
        os << "\n";
      };
      std::vector<std::string> header;
      for (const auto& c : rs.columns) header.push_back(OneLine(c, kMaxCell));
      print_row(header);
      for (size_t i = 0; i < width.size(); ++i) os << (i ? "-+-" : "") << std::string(width[i], '-');
      os << "\n";
      for (const auto& line : cells) print_row(line);
      os << "(" << rs.rows.size() << (rs.rows.size() == 1 ? " row)\n" : " rows)\n");
      return;
    }
  }
}

}  // namespace dossier::cli
