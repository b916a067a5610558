#include "export/json_line_writer.h"

#include <charconv>
#include <cmath>

#include "text/utf8.h"

namespace dossier::exporter {

void AppendJsonString(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c >= 0x80) {
      size_t at = pos;
      if (text::DecodeCodePoint(s, pos) < 0) out += "\xEF\xBF\xBD";
      else out.append(s.substr(at, pos - at));
      continue;
    }
    ++pos;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void JsonLineWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_ += ',';
  first_.back() = false;
}

void JsonLineWriter::Key(std::string_view key) {
  Separate();
  AppendJsonString(out_, key);
  out_ += ':';
  after_key_ = true;
}

void JsonLineWriter::String(std::string_view s) {
  Separate();
  AppendJsonString(out_, s);
}

void JsonLineWriter::Unsigned(uint64_t n) {
  Separate();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, r.ptr);
}

void JsonLineWriter::Double(double d) {
  Separate();
  if (!std::isfinite(d)) {  // JSON has no NaN or infinity
    out_ += "null";
    return;
  }
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, d);  // shortest that reads back the same
  std::string_view digits(buf, static_cast<size_t>(r.ptr - buf));
  out_ += digits;
  // "1.0", not "1": a reader keeps the number a float.
  if (digits.find_first_of(".e") == std::string_view::npos) out_ += ".0";
}

}  // namespace dossier::exporter
