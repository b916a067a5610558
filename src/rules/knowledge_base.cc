#include "rules/knowledge_base.h"

#include <algorithm>
#include <cctype>

#include "text/fold.h"

namespace dossier {
namespace {

bool IsAcronym(const std::string& s) {
  int letters = 0;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 1 && s.size() <= 8;
}

// "abdel fattah el sisi" is also written "al-Sisi": the Arabic article's
// other spelling, word for word, or "" when the key has none.
std::string OtherArticleSpelling(const std::string& key) {
  std::string out = " " + key + " ";
  bool changed = false;
  for (size_t at = out.find(" el "); at != std::string::npos; at = out.find(" el ", at + 3)) out[at + 1] = 'a', changed = true;
  if (!changed)
    for (size_t at = out.find(" al "); at != std::string::npos; at = out.find(" al ", at + 3)) out[at + 1] = 'e', changed = true;
  return changed ? out.substr(1, out.size() - 2) : "";
}

// Bit k set when the k-th space-separated word of `surface` starts with a
// lower-case letter (words joined by a hyphen are one, as the tokenizer has
// them; chunks without a letter or digit are no words).
uint32_t LowerCaseWords(const std::string& surface) {
  uint32_t mask = 0;
  int word = 0;
  size_t pos = 0;
  while (pos < surface.size() && word < 32) {
    size_t end = surface.find(' ', pos);
    if (end == std::string::npos) end = surface.size();
    std::string_view chunk(surface.data() + pos, end - pos);
    auto first = std::find_if(chunk.begin(), chunk.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; });
    if (first != chunk.end()) {
      if (*first >= 'a' && *first <= 'z') mask |= 1u << word;
      ++word;
    }
    pos = end + 1;
  }
  return mask;
}

size_t CountWords(const std::string& key) {
  size_t n = key.empty() ? 0 : 1;
  for (char c : key) n += c == ' ';
  return n;
}

}  // namespace

bool HeldOn(const Office& office, const std::string& date) {
  if (date.empty()) return office.to.empty();
  auto before_or_on = [](const std::string& a, const std::string& b) {
    size_t n = std::min(a.size(), b.size());
    return a.compare(0, n, b, 0, n) <= 0;
  };
  return (office.from.empty() || before_or_on(office.from, date)) && (office.to.empty() || before_or_on(date, office.to));
}

void KnowledgeBase::AddKey(uint32_t index, const std::string& surface, AliasKind kind, const std::string& key,
                           bool home, int prefix_words) {
  // Only places and bodies: a sanction or a deal named with lower-case words
  // ("EU sanctions against Russia", "G7 price cap") holds the names of its
  // actors, which the relation rules must see as names of their own.
  const KbEntity& e = entities[index];
  uint32_t lower_words = e.type == EntityType::kLocation || e.type == EntityType::kOrganization
                             ? LowerCaseWords(surface) << prefix_words
                             : 0;
  auto& refs = by_key[key];
  for (auto& r : refs)
    if (r.entity == index) {
      r.lower_words |= lower_words;  // "Donetsk Region" and "Donetsk region": either
      return;
    }
  bool has_upper = std::any_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  AliasRef ref{index, kind, IsAcronym(surface), has_upper, home, lower_words};
  // The name's own body comes first, whatever order the files load in.
  // A seat shared by a body and a state ("Brussels": the EU and Belgium)
  // stands for the body unless the state is named with it.
  auto before = [&](const AliasRef& r) {
    return r.home || (kind == AliasKind::kCapital && e.type == EntityType::kOrganization && r.kind == AliasKind::kCapital);
  };
  if (home) refs.push_back(ref);
  else refs.insert(std::find_if(refs.begin(), refs.end(), before), ref);
  max_alias_tokens = std::max(max_alias_tokens, CountWords(key));
  for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) prefixes.insert(key.substr(0, sp));
  prefixes.insert(key);
}

void KnowledgeBase::AddStateQualifiedNames() {
  for (uint32_t i = 0; i < entities.size(); ++i) {
    const KbEntity& body = entities[i];
    if (body.type != EntityType::kOrganization || body.category != "government") continue;
    auto state = by_id.find(body.located_in);
    if (state == by_id.end() || entities[state->second].category != "country") continue;
    const KbEntity& country = entities[state->second];
    std::vector<std::string> forms = country.aliases;
    forms.push_back(country.name);
    forms.insert(forms.end(), country.demonyms.begin(), country.demonyms.end());
    std::vector<std::string> names = body.aliases;
    names.push_back(body.name);
    names.insert(names.end(), body.qualified_aliases.begin(), body.qualified_aliases.end());
    names.insert(names.end(), body.home_aliases.begin(), body.home_aliases.end());
    for (const auto& name : names) {
      if (IsAcronym(name)) continue;  // "Iranian IRGC" is no name anyone writes
      std::string key = text::MatchKey(name);
      for (const auto& form : forms) {
        std::string prefix = text::MatchKey(form);
        if (prefix.empty() || key.rfind(prefix + " ", 0) == 0) continue;  // already "US State Department"
        // The body's own name says how it must be written: "foreign
        // ministry" in any case, "Treasury Department" capitalised.
        AddKey(i, name, AliasKind::kAlias, prefix + " " + key, false, static_cast<int>(CountWords(prefix)));
      }
    }
  }
}

uint32_t KnowledgeBase::Add(KbEntity entity) {
  uint32_t index = static_cast<uint32_t>(entities.size());
  by_id[entity.id] = index;
  entities.push_back(std::move(entity));  // AddKey reads its type
  const KbEntity& e = entities.back();
  auto add_key = [&](const std::string& surface, AliasKind kind, const std::string& key) {
    AddKey(index, surface, kind, key);
  };
  auto add = [&](const std::string& surface, AliasKind kind) {
    std::string key = text::MatchKey(surface);
    if (key.empty()) return;
    add_key(surface, kind, key);
    if (kind == AliasKind::kName || kind == AliasKind::kAlias) {
      std::string other = OtherArticleSpelling(key);
      if (!other.empty()) add_key(surface, kind, other);
    }
  };
  add(e.name, AliasKind::kName);
  for (const auto& a : e.aliases) add(a, AliasKind::kAlias);
  for (const auto& a : e.home_aliases) {
    std::string key = text::MatchKey(a);
    if (!key.empty()) AddKey(index, a, AliasKind::kAlias, key, true);
  }
  for (const auto& d : e.demonyms) add(d, AliasKind::kDemonym);
  for (const auto& c : e.capitals) add(c, AliasKind::kCapital);
  return index;
}

}  // namespace dossier
