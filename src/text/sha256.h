// SHA-256 of a byte string in lower-case hex: the identity of a document's
// content, used by ingest to skip unchanged files.
#pragma once

#include <string>
#include <string_view>

namespace dossier::text {

std::string Sha256Hex(std::string_view bytes);

}  // namespace dossier::text
