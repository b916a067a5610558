// Checks on raw input before anything else reads it: UTF-8 validity,
// binary content, and a lenient repair that keeps byte offsets meaningful.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dossier::text {

// Returns true when `bytes` is well-formed UTF-8; otherwise sets
// *bad_offset to the first offending byte.
bool IsValidUtf8(std::string_view bytes, size_t* bad_offset = nullptr);

// Replaces each ill-formed byte with U+FFFD. Offsets after a replacement
// shift; callers that need exact offsets must reject invalid input instead.
std::string ReplaceInvalidUtf8(std::string_view bytes, size_t* replaced = nullptr);

// A NUL byte in the first 64 KiB marks a file as binary, as git and grep do.
bool LooksBinary(std::string_view bytes);

// Decodes one code point at `pos`, advancing it; returns -1 on bad input.
int32_t DecodeCodePoint(std::string_view bytes, size_t& pos);

}  // namespace dossier::text
