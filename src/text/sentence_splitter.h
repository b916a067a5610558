// Sentence boundaries from ICU's rule-based BreakIterator (with its English
// abbreviation suppressions), repaired where news text fools it: a break
// after "U.S." or "Feb." that is followed by a lower-case word or a number,
// and after a lone initial. Blank-line separated headlines stay sentences.
#pragma once

#include <string_view>
#include <vector>

#include "model/document.h"
#include "model/status.h"

namespace dossier::text {

// Fills Document::sentences and Token::sentence from doc.text and doc.tokens.
Status SplitSentences(Document& doc);

}  // namespace dossier::text
