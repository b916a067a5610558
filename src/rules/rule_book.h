// Everything the extractor knows, loaded once: the knowledge base, the
// lexicon and the relation rules. Built from the rule files compiled into
// the binary plus an optional user directory; any broken file stops the
// load with "file:line: cause".
#pragma once

#include <memory>
#include <string>

#include "model/status.h"
#include "rules/knowledge_base.h"
#include "rules/lexicon.h"
#include "rules/relation_rules.h"

namespace dossier {

struct RuleBook {
  KnowledgeBase kb;
  Lexicon lexicon;
  RelationRuleSet relations;
  size_t files = 0;
};

struct RuleLoadOptions {
  std::string user_dir;  // --rules DIR, "" for the built-in set only
  // False: relation rule files are not read or compiled (two thirds of the
  // load time), for entity-only work (`dossier extract --no-relations`).
  bool relations = true;
};

Result<std::shared_ptr<const RuleBook>> LoadRuleBook(const RuleLoadOptions& options);

}  // namespace dossier
