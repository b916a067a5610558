#include "rules/knowledge_base.h"

#include <algorithm>

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

uint32_t KnowledgeBase::Add(KbEntity e) {
  uint32_t index = static_cast<uint32_t>(entities.size());
  by_id[e.id] = index;
  auto add = [&](const std::string& surface, AliasKind kind) {
    std::string key = text::MatchKey(surface);
    if (key.empty()) return;
    auto& refs = by_key[key];
    for (const auto& r : refs)
      if (r.entity == index) return;
    bool has_upper = std::any_of(surface.begin(), surface.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    AliasRef ref{index, kind, IsAcronym(surface), has_upper};
    refs.push_back(ref);
    max_alias_tokens = std::max(max_alias_tokens, CountWords(key));
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) prefixes.insert(key.substr(0, sp));
    prefixes.insert(key);
  };
  add(e.name, AliasKind::kName);
  for (const auto& a : e.aliases) add(a, AliasKind::kAlias);
  for (const auto& d : e.demonyms) add(d, AliasKind::kDemonym);
  for (const auto& c : e.capitals) add(c, AliasKind::kCapital);
  entities.push_back(std::move(e));
  return index;
}

}  // namespace dossier
