// The JSON Lines record of `dossier extract` for one document, as
// ../shared/spec/EXTRACTION_JSON.md defines it (plus a few extra fields).
#pragma once

#include <string>

#include "model/document.h"

namespace dossier::exporter {

std::string ExtractionJsonLine(const Document& doc);

}  // namespace dossier::exporter
