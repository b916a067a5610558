#include "extract/office_descriptors.h"

#include <algorithm>
#include <set>

#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

// The knowledge-base person who held `title` of `state` on `date` (the
// latest to take it up when the date is unknown), or -1.
int HolderOf(const RuleBook& book, const std::string& title, const std::string& state, const std::string& date) {
  int best = -1;
  std::string best_from;
  for (size_t i = 0; i < book.kb.entities.size(); ++i) {
    const KbEntity& k = book.kb.entities[i];
    if (k.type != EntityType::kPerson) continue;
    for (const auto& o : k.offices) {
      if (o.of != state || text::MatchKey(o.role) != title) continue;
      if (HeldOn(o, date) && (best < 0 || o.from > best_from)) best = static_cast<int>(i), best_from = o.from;
    }
  }
  return best;
}

// A mention of knowledge-base person `holder` over title tokens
// [first, end).
Candidate TitleMention(uint32_t first, uint32_t end, uint32_t sentence, int holder, const std::string& role) {
  Candidate person;
  person.first = first;
  person.end = end;
  person.sentence = sentence;
  person.type = EntityType::kPerson;
  person.kb = holder;
  person.kind = AliasKind::kAlias;
  person.role = role;
  return person;
}

// Whether a candidate already covers any of tokens [first, end).
bool Taken(const std::vector<Candidate>& candidates, uint32_t first, uint32_t end) {
  return std::any_of(candidates.begin(), candidates.end(),
                     [&](const Candidate& c) { return c.first < end && first < c.end; });
}

// Adds `added` to the sentence's candidates, keeping token order.
void AddInOrder(std::vector<Candidate>& candidates, std::vector<Candidate>& added) {
  if (added.empty()) return;
  for (auto& a : added) candidates.push_back(std::move(a));
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& x, const Candidate& y) { return x.first < y.first; });
}

bool IsCountry(const RuleBook& book, const Candidate& c) {
  return c.kb >= 0 && c.type == EntityType::kLocation && !c.city &&
         book.kb.entities[static_cast<size_t>(c.kb)].category == "country";
}

}  // namespace

void FindOfficeDescriptors(const Document& doc, const Sentence& sentence, const RuleBook& book,
                           std::vector<Candidate>& candidates) {
  const auto& t = doc.tokens;
  std::vector<Candidate> added;
  for (const Candidate& state : candidates) {
    if (!IsCountry(book, state)) continue;
    // "the Russian president", "the US president" (a state's name used as
    // a modifier after "the") or "Russia's president".
    uint32_t title = state.end;
    bool possessive = state.kind != AliasKind::kDemonym && title < sentence.end_token && t[title].folded == "'s";
    bool modifier = !possessive && state.first > sentence.first_token && t[state.first - 1].folded == "the";
    if (!modifier && !possessive) continue;
    // "served as Cuba's president between 2008 and 2018": a predicate about
    // someone else, not a mention of the holder.
    uint32_t before = modifier ? state.first - 1 : state.first;
    if (before > sentence.first_token && t[before - 1].folded == "as") continue;
    // ("Kaja Kallas, who was Estonia's prime minister until last year": so
    // is one after a copula, unless the person it is said of holds it now.)
    bool predicate = before > sentence.first_token && book.lexicon.Has("office_copulas", t[before - 1]);
    if (possessive) ++title;
    if (title >= sentence.end_token || t[title].capitalized) continue;  // "the Russian President Putin": a title
    size_t n = book.lexicon.LongestAt("person_titles", t, title, sentence.end_token);
    if (!n) continue;
    uint32_t end = title + static_cast<uint32_t>(n);
    // A name right after is the person meant: no guess needed. So is one
    // in an apposition ("Japan's prime minister, Sanae Takaichi, said").
    if (end < sentence.end_token && t[end].capitalized && t[end].is_word) continue;
    if (end + 1 < sentence.end_token && t[end].folded == "," && t[end + 1].capitalized && t[end + 1].is_word &&
        std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
          return c.first == end + 1 && c.type == EntityType::kPerson;
        }))
      continue;
    // "the U.S. special envoy for the Horn of Africa", "the Russian
    // ambassador to Kazakhstan": a qualified office is another post than
    // the plain title the knowledge base names.
    if (end < sentence.end_token && (t[end].folded == "for" || t[end].folded == "to" || t[end].folded == "on"))
      continue;
    std::string role = text::FoldedWords(t, title, end);
    int holder = HolderOf(book, role, book.kb.entities[static_cast<size_t>(state.kb)].id, doc.date);
    if (holder < 0) continue;
    if (predicate) {
      const Candidate* said_of = nullptr;
      for (const Candidate& c : candidates)
        if (c.type == EntityType::kPerson && c.end < before && c.end + 4 >= before) said_of = &c;
      if (!said_of || said_of->kb != holder) continue;
    }
    if (Taken(candidates, title, end)) continue;
    added.push_back(TitleMention(title, end, state.sentence, holder, role));
  }
  AddInOrder(candidates, added);
}

void FindBareTitles(const Document& doc, const Sentence& sentence, const RuleBook& book,
                    const std::map<int, size_t>& last_named, const std::map<std::string, std::set<int>>& titled,
                    std::vector<Candidate>& candidates) {
  const size_t here = static_cast<size_t>(&sentence - doc.sentences.data());
  const auto& t = doc.tokens;
  std::vector<Candidate> added;
  for (uint32_t i = sentence.first_token; i + 1 < sentence.end_token; ++i) {
    if (t[i].folded != "the" || t[i + 1].capitalized) continue;
    // ("Mohamed Bazoum, the president overthrown in the coup": a title in
    // an apposition to a name describes that name, no one named before.)
    if (i > sentence.first_token + 1 && t[i - 1].folded == "," &&
        std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
          return c.end + 1 == i && c.type == EntityType::kPerson;
        }))
      continue;
    uint32_t title = i + 1;
    size_t n = book.lexicon.LongestAt("person_titles", t, title, sentence.end_token);
    if (!n) continue;
    uint32_t end = title + static_cast<uint32_t>(n);
    // A name, a possessor or a qualifier after the title says whose office
    // it is; "the president's" owns something of the holder's, still him.
    if (end < sentence.end_token &&
        ((t[end].capitalized && t[end].is_word) || t[end].folded == "of" || t[end].folded == "for" ||
         t[end].folded == "to" || t[end].folded == "on" || t[end].folded == ","))
      continue;
    if (Taken(candidates, title, end)) continue;
    std::string role = text::FoldedWords(t, title, end);
    // ("Trump returned Cuba to the list ... Miguel Díaz-Canel blames the
    // embargo. In a speech, the president accused": of several holders,
    // the one the sentence before named, where it named no other.)
    std::set<int> holders;
    for (const auto& [kb, named_in] : last_named)
      for (const auto& o : book.kb.entities[static_cast<size_t>(kb)].offices) {
        std::string office = text::MatchKey(o.role);
        bool fits = office == role || book.lexicon.OneListOfFamilyHolds("same_role_", role, office);
        if (fits && HeldOn(o, doc.date)) holders.insert(kb);
      }
    if (holders.empty())
      if (auto named = titled.find(role); named != titled.end() && named->second.size() == 1)
        holders = named->second;
    int holder = holders.size() == 1 ? *holders.begin() : -1;
    if (holders.size() > 1) {
      int just_before = -1, count = 0;
      for (int kb : holders)
        if (last_named.at(kb) + 1 == here) just_before = kb, ++count;
      if (count == 1) holder = just_before;
    }
    if (holder < 0) continue;
    added.push_back(TitleMention(title, end, t[title].sentence, holder, role));
  }
  AddInOrder(candidates, added);
}

}  // namespace dossier::extract
