// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions
// where present (about ten times our own portable code): re-ingesting an
// unchanged corpus is mostly hashing.
#include "text/sha256.h"

#include <openssl/evp.h>

namespace dossier::text {

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace dossier::text
