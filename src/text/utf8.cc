#include "text/utf8.h"

#include <utf8proc.h>

#include <algorithm>

namespace dossier::text {

int32_t DecodeCodePoint(std::string_view bytes, size_t& pos) {
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + pos),
                            static_cast<utf8proc_ssize_t>(bytes.size() - pos), &cp);
  if (n <= 0) {
    ++pos;
    return -1;
  }
  pos += static_cast<size_t>(n);
  return cp;
}

bool IsValidUtf8(std::string_view bytes, size_t* bad_offset) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {  // ASCII fast path
      ++pos;
      continue;
    }
    size_t at = pos;
    if (DecodeCodePoint(bytes, pos) < 0) {
      if (bad_offset) *bad_offset = at;
      return false;
    }
  }
  return true;
}

std::string ReplaceInvalidUtf8(std::string_view bytes, size_t* replaced) {
  std::string out;
  out.reserve(bytes.size());
  size_t count = 0, pos = 0;
  while (pos < bytes.size()) {
    size_t at = pos;
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      out += bytes[pos++];
    } else if (DecodeCodePoint(bytes, pos) < 0) {
      out += "\xEF\xBF\xBD";
      ++count;
    } else {
      out.append(bytes.substr(at, pos - at));
    }
  }
  if (replaced) *replaced = count;
  return out;
}

bool LooksBinary(std::string_view bytes) {
  return bytes.substr(0, std::min<size_t>(bytes.size(), 65536)).find('\0') != std::string_view::npos;
}

}  // namespace dossier::text
