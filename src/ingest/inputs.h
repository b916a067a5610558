// What `dossier ingest`/`extract` reads: files given by name, directories
// walked recursively for files matching the globs (*.txt and *.md by
// default), and "-" for standard input. Problems (missing paths,
// unreadable directories) are collected, not fatal.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dossier::ingest {

struct InputFile {
  std::string path;     // as given or found; "-" for stdin
  uint64_t bytes = 0;   // size on disk (0 for stdin)
};

struct InputList {
  std::vector<InputFile> files;
  std::vector<std::string> errors;  // "PATH: cause"
};

InputList CollectInputs(const std::vector<std::string>& args, const std::vector<std::string>& globs);

// Reads a whole file (or stdin for "-"), refusing files over `max_bytes`.
// On failure returns false and sets *error to "PATH: cause".
bool ReadInput(const std::string& path, uint64_t max_bytes, std::string* bytes, std::string* error);

}  // namespace dossier::ingest
