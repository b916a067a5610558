// The extraction pipeline over one document: check and decode the bytes,
// tokenize, split sentences, match names, find events, resolve entities,
// relate them. One Extractor per thread; the RuleBook is shared.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "model/document.h"
#include "model/status.h"
#include "rules/rule_book.h"

namespace dossier::extract {

struct ExtractOptions {
  bool lenient = false;      // replace invalid UTF-8 with U+FFFD instead of failing
  std::string date;          // article date to use when the text gives none
  bool relations = true;     // false: entities only
  // Called with each masked reading of a sentence the relation rules run
  // on (sentence index, text): what a rule author writes patterns against.
  std::function<void(uint32_t, const std::string&)> on_masked;
};

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const RuleBook> book) : book_(std::move(book)) {}

  // `path` is for messages and the output; `bytes` are the file as read.
  // Fails on binary or (unless lenient) invalid UTF-8 input; an empty
  // document is not an error (it yields no entities).
  Result<Document> Run(const std::string& path, std::string bytes, const ExtractOptions& options,
                       std::string* warning = nullptr) const;

 private:
  std::shared_ptr<const RuleBook> book_;
};

}  // namespace dossier::extract
