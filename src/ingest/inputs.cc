#include "ingest/inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace dossier::ingest {

namespace fs = std::filesystem;

namespace {

bool MatchesAny(const std::string& name, const std::vector<std::string>& globs) {
  for (const auto& g : globs)
    if (fnmatch(g.c_str(), name.c_str(), 0) == 0) return true;
  return false;
}

}  // namespace

InputList CollectInputs(const std::vector<std::string>& args, const std::vector<std::string>& globs) {
  InputList out;
  for (const auto& arg : args) {
    if (arg == "-") {
      out.files.push_back({"-", 0});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back(arg + ": no such file or directory");
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) {
        out.errors.push_back(arg + ": " + ec.message());
        continue;
      }
      for (; it != end; it.increment(ec)) {
        if (ec) {
          out.errors.push_back(it->path().string() + ": " + ec.message());
          ec.clear();
          continue;
        }
        std::error_code fec;
        if (!it->is_regular_file(fec)) continue;
        if (!MatchesAny(it->path().filename().string(), globs)) continue;
        found.push_back({it->path().string(), static_cast<uint64_t>(it->file_size(fec))});
      }
      std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      out.files.insert(out.files.end(), found.begin(), found.end());
    } else {
      out.files.push_back({arg, static_cast<uint64_t>(fs::file_size(arg, ec))});
    }
  }
  return out;
}

bool ReadInput(const std::string& path, uint64_t max_bytes, std::string* bytes, std::string* error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *bytes = ss.str();
    if (bytes->size() > max_bytes) {
      *error = "-: too large (the limit is " + std::to_string(max_bytes >> 20) + " MiB, raise it with --max-mb)";
      return false;
    }
    return true;
  }
  // One read of the whole file into a buffer of its size.
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = path + ": cannot read: " + std::strerror(errno);
    return false;
  }
  std::error_code ec;
  uint64_t size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    std::fclose(f);
    *error = path + ": too large (" + std::to_string(size >> 20) + " MiB; the limit is " +
             std::to_string(max_bytes >> 20) + " MiB, raise it with --max-mb)";
    return false;
  }
  bytes->clear();
  bytes->resize(ec ? 0 : size);
  size_t got = size ? std::fread(bytes->data(), 1, bytes->size(), f) : 0;
  bytes->resize(got);
  // A file that grew, or a special file whose size is unknown: read on.
  char chunk[65536];
  size_t n;
  while (!std::ferror(f) && (n = std::fread(chunk, 1, sizeof chunk, f)) > 0) {
    bytes->append(chunk, n);
    if (bytes->size() > max_bytes) {
      std::fclose(f);
      *error = path + ": too large (the limit is " + std::to_string(max_bytes >> 20) + " MiB, raise it with --max-mb)";
      return false;
    }
  }
  bool failed = std::ferror(f);
  int err = errno;
  std::fclose(f);
  if (failed) {
    *error = path + ": read error: " + std::strerror(err);
    return false;
  }
  return true;
}

}  // namespace dossier::ingest
