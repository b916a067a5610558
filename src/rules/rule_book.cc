#include "rules/rule_book.h"

#include <algorithm>
#include <functional>

#include <nlohmann/json.hpp>

#include "rules/rule_json.h"
#include "rules/rule_sources.h"
#include "text/fold.h"

namespace dossier {
namespace {

using nlohmann::json;

std::string Where(const RuleSource& src, const std::string& needle) {
  size_t line = needle.empty() ? 0 : LineOf(src.content, needle);
  return src.path + ":" + std::to_string(line ? line : 1) + ": ";
}

// A misspelt field ("modalty", "aliasses") would otherwise be passed over
// without a word. "note" is free text for whoever edits the file.
// `where` is called only on an error: it finds the line by scanning the file,
// and doing that for every entity made loading the knowledge base 3x slower.
Status CheckFields(const json& obj, std::initializer_list<std::string_view> known,
                   const std::function<std::string()>& where) {
  if (!obj.is_object()) return Status::InvalidInput(where() + "expected a JSON object");
  for (const auto& [key, value] : obj.items()) {
    if (key == "note" || std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string list;
    for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
    return Status::InvalidInput(where() + "unknown field \"" + key + "\" (known: " + list + ", note)");
  }
  return Status::Ok();
}

std::vector<std::string> Strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (!j.contains(key)) return out;
  const json& v = j.at(key);
  if (v.is_string()) {
    out.push_back(v.get<std::string>());
  } else {
    for (const auto& s : v) out.push_back(s.get<std::string>());
  }
  return out;
}

Status LoadKnowledgeBase(const RuleSource& src, const json& doc, KnowledgeBase& kb) {
  if (!doc.contains("entities") || !doc["entities"].is_array())
    return Status::InvalidInput(src.path + ":1: a knowledge-base file needs an \"entities\" array");
  for (const auto& e : doc["entities"]) {
    if (!e.is_object()) return Status::InvalidInput(Where(src, "") + "an entity that is no JSON object");
    std::string id = e.value("id", "");
    // Line numbers only when something is wrong: finding them is a scan.
    auto where_fn = [&]() { return Where(src, "\"" + id + "\""); };
    if (id.empty()) return Status::InvalidInput(Where(src, "") + "an entity without an \"id\"");
    if (Status st = CheckFields(e, {"id", "type", "category", "name", "aliases", "qualified_aliases", "home_aliases",
                                    "demonyms", "capitals", "regions", "called", "members", "iso", "located_in",
                                    "enacted_by", "ambiguous", "self_governing", "offices"},
                                [&] { return where_fn() + "entity \"" + id + "\": "; });
        !st.ok())
      return st;
    auto type = ParseEntityType(e.value("type", ""));
    if (!type) return Status::InvalidInput(where_fn() + "entity \"" + id + "\": unknown type \"" + e.value("type", "") + "\"");
    if (kb.by_id.count(id)) return Status::InvalidInput(where_fn() + "duplicate entity id \"" + id + "\"");
    KbEntity k;
    k.id = id;
    k.type = *type;
    k.name = e.value("name", "");
    if (k.name.empty()) return Status::InvalidInput(where_fn() + "entity \"" + id + "\" has no name");
    // Two entries for one name split its mentions between two ids (the
    // knowledge base once held a prime minister twice): one of them should
    // be an alias.
    if (auto refs = kb.by_key.find(text::MatchKey(k.name)); refs != kb.by_key.end())
      for (const AliasRef& ref : refs->second) {
        const KbEntity& other = kb.entities[ref.entity];
        if (ref.kind == AliasKind::kName && other.type == k.type && other.name == k.name)
          return Status::InvalidInput(where_fn() + "entity \"" + id + "\" has the name of entity \"" + other.id +
                                      "\"; keep one and give it the other's aliases");
      }
    k.category = e.value("category", "");
    k.aliases = Strings(e, "aliases");
    k.qualified_aliases = Strings(e, "qualified_aliases");
    k.home_aliases = Strings(e, "home_aliases");
    k.demonyms = Strings(e, "demonyms");
    k.capitals = Strings(e, "capitals");
    k.regions = Strings(e, "regions");
    k.called = Strings(e, "called");
    k.members = Strings(e, "members");
    k.iso = e.value("iso", "");
    k.located_in = e.value("located_in", "");
    k.enacted_by = e.value("enacted_by", "");
    k.ambiguous = e.value("ambiguous", false);
    k.self_governing = e.value("self_governing", false);
    if (e.contains("offices")) {
      for (const auto& o : e["offices"]) {
        if (Status st = CheckFields(o, {"role", "of", "from", "to"},
                                    [&] { return where_fn() + "entity \"" + id + "\": office: "; });
            !st.ok())
          return st;
        Office off{o.value("role", ""), o.value("of", ""), o.value("from", ""), o.value("to", "")};
        if (off.role.empty() || off.of.empty())
          return Status::InvalidInput(where_fn() + "entity \"" + id + "\": an office needs \"role\" and \"of\"");
        k.offices.push_back(std::move(off));
      }
    }
    kb.Add(std::move(k));
  }
  return Status::Ok();
}

Status LoadLexicon(const RuleSource& src, const json& doc, Lexicon& lexicon) {
  if (!doc.contains("lists") || !doc["lists"].is_object())
    return Status::InvalidInput(src.path + ":1: a lexicon file needs a \"lists\" object");
  for (const auto& [name, phrases] : doc["lists"].items()) {
    if (!phrases.is_array())
      return Status::InvalidInput(Where(src, "\"" + name + "\"") + "list \"" + name + "\" must be an array of strings");
    for (const auto& p : phrases) {
      if (!p.is_string())
        return Status::InvalidInput(Where(src, "\"" + name + "\"") + "list \"" + name + "\" holds a non-string");
      lexicon.Add(name, p.get<std::string>());
    }
  }
  return Status::Ok();
}

Status LoadRelations(const RuleSource& src, const json& doc, const Lexicon& lexicon,
                     RelationRuleSet& rules) {
  if (!doc.contains("rules") || !doc["rules"].is_array())
    return Status::InvalidInput(src.path + ":1: a relation file needs a \"rules\" array");
  for (const auto& r : doc["rules"]) {
    if (!r.is_object()) return Status::InvalidInput(src.path + ":1: a rule that is no JSON object");
    RelationRule rule;
    rule.id = r.value("id", "");
    rule.file = src.path;
    rule.line = LineOf(src.content, "\"id\": \"" + rule.id + "\"");
    if (!rule.line) rule.line = LineOf(src.content, "\"" + rule.id + "\"");
    std::string where = src.path + ":" + std::to_string(rule.line) + ": rule \"" + rule.id + "\": ";
    if (Status st = CheckFields(r, {"id", "predicate", "confidence", "pattern", "subject", "object", "modality",
                                    "modality_scope", "event_kinds", "subject_in", "object_in", "else_predicate",
                                    "party_predicate", "outweighs", "attributes", "object_is_predecessor",
                                    "object_held_before", "verb_is_measure", "not_cues"},
                                [&] { return where; });
        !st.ok())
      return st;
    auto predicate = ParsePredicate(r.value("predicate", ""));
    if (!predicate) return Status::InvalidInput(where + "unknown predicate \"" + r.value("predicate", "") + "\"");
    rule.predicate = *predicate;
    rule.pattern = r.value("pattern", "");
    if (rule.pattern.empty()) return Status::InvalidInput(where + "empty pattern");
    rule.subject_group = r.value("subject", 1);
    rule.object_group = r.value("object", 2);
    if (r.contains("modality")) {
      auto m = ParseModality(r.value("modality", ""));
      if (!m) return Status::InvalidInput(where + "unknown modality \"" + r.value("modality", "") + "\"");
      rule.modality = *m;
    }
    rule.confidence = r.value("confidence", 0.7);
    std::string scope = r.value("modality_scope", "clause");
    if (scope != "clause" && scope != "match")
      return Status::InvalidInput(where + "modality_scope must be \"clause\" or \"match\"");
    rule.modality_in_match_only = scope == "match";
    rule.event_kinds = Strings(r, "event_kinds");
    // A kind is the name of an event trigger list without its "event_".
    for (const auto& kind : rule.event_kinds)
      if (!lexicon.HasList("event_" + kind))
        return Status::InvalidInput(where + "unknown event kind \"" + kind + "\" (a list event_" + kind +
                                    " in rules/lexicon/ names each kind)");
    rule.subject_in = r.value("subject_in", "");
    rule.object_in = r.value("object_in", "");
    rule.not_cues = r.value("not_cues", "");
    for (const std::string* list : {&rule.subject_in, &rule.object_in, &rule.not_cues})
      if (!list->empty() && !lexicon.HasList(*list))
        return Status::InvalidInput(where + "unknown lexicon list \"" + *list + "\"");
    // else_predicate and party_predicate name one predicate each.
    for (auto [key, field] : {std::pair{"else_predicate", &rule.else_predicate},
                              std::pair{"party_predicate", &rule.party_predicate}}) {
      if (!r.contains(key)) continue;
      auto p = ParsePredicate(r.value(key, ""));
      if (!p) return Status::InvalidInput(where + "unknown " + key + " \"" + r.value(key, "") + "\"");
      *field = *p;
    }
    for (const std::string& name : Strings(r, "outweighs")) {
      auto p = ParsePredicate(name);
      if (!p) return Status::InvalidInput(where + "unknown predicate \"" + name + "\" in outweighs");
      rule.outweighs.push_back(*p);
    }
    rule.object_is_predecessor = r.value("object_is_predecessor", false);
    if (rule.object_is_predecessor && rule.predicate != Predicate::kHoldsPosition)
      return Status::InvalidInput(where + "object_is_predecessor needs the predicate HOLDS_POSITION");
    rule.object_held_before = r.value("object_held_before", false);
    if (rule.object_held_before && rule.predicate != Predicate::kHoldsPosition)
      return Status::InvalidInput(where + "object_held_before needs the predicate HOLDS_POSITION");
    if (rule.object_held_before && rule.object_is_predecessor)
      return Status::InvalidInput(where + "object_held_before and object_is_predecessor exclude each other");
    rule.verb_is_measure = r.value("verb_is_measure", false);
    if (rule.verb_is_measure && rule.predicate != Predicate::kSanctions)
      return Status::InvalidInput(where + "verb_is_measure needs the predicate SANCTIONS");
    if (r.contains("attributes"))
      for (const auto& [k, v] : r["attributes"].items()) rule.attributes[k] = v.is_string() ? v.get<std::string>() : v.dump();
    Status st = rules.Add(std::move(rule), lexicon);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const RuleBook>> LoadRuleBook(const RuleLoadOptions& options) {
  auto sources = CollectRuleSources(options.user_dir);
  if (!sources.ok()) return sources.status();
  auto book = std::make_shared<RuleBook>();
  std::vector<std::pair<const RuleSource*, json>> relation_files;
  for (const auto& src : *sources) {
    if (src.relative.size() > 4 && src.relative.compare(src.relative.size() - 4, 4, ".txt") == 0) {
      // A plain word list: lexicon/NAME.txt is list NAME, one phrase a line.
      if (src.relative.rfind("lexicon/", 0) != 0)
        return Status::InvalidInput(src.path + ":1: plain-text word lists belong in lexicon/");
      std::string name = src.relative.substr(8, src.relative.size() - 12);
      std::vector<std::string_view> lines;
      std::string_view content(src.content);
      size_t start = 0;
      while (start < content.size()) {
        size_t end = content.find('\n', start);
        if (end == std::string::npos) end = content.size();
        std::string_view line = content.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') lines.push_back(line);
        start = end + 1;
      }
      book->lexicon.AddAll(name, lines);
      ++book->files;
      continue;
    }
    json doc;
    if (Status st = ParseRuleJson(src.path, src.content, doc); !st.ok()) return st;
    if (!doc.is_object()) return Status::InvalidInput(src.path + ":1: the top level must be an object");
    Status st;
    try {
      if (src.relative.rfind("kb/", 0) == 0) {
        st = LoadKnowledgeBase(src, doc, book->kb);
      } else if (src.relative.rfind("lexicon/", 0) == 0) {
        st = LoadLexicon(src, doc, book->lexicon);
      } else if (src.relative.rfind("relations/", 0) == 0) {
        if (options.relations) relation_files.emplace_back(&src, std::move(doc));  // after every lexicon
      } else {
        st = Status::InvalidInput(src.path + ":1: rule files live in kb/, lexicon/ or relations/");
      }
    } catch (const json::exception& e) {
      st = Status::InvalidInput(src.path + ":1: wrong value type: " + e.what());
    }
    if (!st.ok()) return st;
    ++book->files;
  }
  book->kb.AddStateQualifiedNames();
  for (auto& [src, doc] : relation_files) {
    Status st;
    try {
      st = LoadRelations(*src, doc, book->lexicon, book->relations);
    } catch (const json::exception& e) {
      st = Status::InvalidInput(src->path + ":1: wrong value type: " + e.what());
    }
    if (!st.ok()) return st;
  }
  Status st = book->relations.Finish();
  if (!st.ok()) return st;
  return std::shared_ptr<const RuleBook>(std::move(book));
}

}  // namespace dossier
