#include "extract/resolver.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "extract/event_finder.h"
#include "extract/verbs.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

bool IsAscii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Latin form of a name in another script ("Владимир Путин" -> "Vladimir
// Putin"), so variants across scripts share a key.
std::string Latinize(const std::string& s) {
  if (IsAscii(s)) return s;
  thread_local std::unique_ptr<icu::Transliterator> tr;
  if (!tr) {
    UErrorCode status = U_ZERO_ERROR;
    tr.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) tr.reset();
  }
  if (!tr) return s;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Spelling variants of one name: doubled letters collapse ("Zelenskyy" ~
// "Zelensky"), so does "iy"/"yi" at the end.
std::string LooseKey(const std::string& name) {
  std::string key = text::MatchKey(Latinize(name));
  std::string out;
  for (char c : key)
    if (out.empty() || out.back() != c || c == ' ') out += c;
  // Word-final "iy", "ii", "yi" -> "y" (Zelenskiy, Zelenskii, Zelenskyi).
  std::string folded;
  for (size_t i = 0; i < out.size(); ++i) {
    bool word_end = i + 2 == out.size() || (i + 2 < out.size() && out[i + 2] == ' ');
    if (word_end && i + 1 < out.size() && (out[i] == 'i' || out[i] == 'y') && (out[i + 1] == 'i' || out[i + 1] == 'y')) {
      folded += 'y';
      ++i;
      continue;
    }
    folded += out[i];
  }
  return folded;
}

std::string Initials(const std::string& key, const Lexicon& lex) {
  std::string out;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    std::string w = key.substr(i, j - i);
    static const std::set<std::string> kSmall = {"of", "for", "and", "the", "in", "on", "at", "de", "du", "la", "to"};
    if (!lex.Contains("name_connectors", w) && !kSmall.count(w) && !w.empty()) out += w[0];
    i = j + 1;
  }
  return out;
}

std::string EventKey(const Candidate& c) {
  std::string key = std::string(Name(c.type)) + ":" + c.group;
  if (IsDatedKind(c.group) && !c.date.empty()) key += "@" + c.date;
  return key;
}

// Two mentions of a kind can be one event unless each names a different
// place: "talks in Jeddah" are not "the Geneva talks".
bool PlacesFit(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

// The word of an event's name that says its scope ("national",
// "provincial", "presidential": lexicon event_scope_words), or "".
std::string ScopeOf(const Document& doc, const RuleBook& book, const Candidate& c) {
  for (uint32_t k = c.first; k < c.end && k < doc.tokens.size(); ++k)
    if (book.lexicon.Has("event_scope_words", doc.tokens[k])) return doc.tokens[k].folded;
  return "";
}

// Two scopes fit unless they differ: "national" fits any scope but a
// local one (lexicon subnational_scope_words), "presidential" and
// "parliamentary" are two votes.
bool ScopesFit(const RuleBook& book, const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  if (a == "national") return !book.lexicon.Contains("subnational_scope_words", b);
  if (b == "national") return !book.lexicon.Contains("subnational_scope_words", a);
  return false;
}

const Candidate* FirstDated(const Document& doc, const RuleBook& book,
                            const std::vector<std::vector<Candidate>>& candidates, const Candidate& undated) {
  std::string scope = ScopeOf(doc, book, undated);
  for (const auto& sentence : candidates)
    for (const auto& c : sentence)
      if (c.kb < 0 && c.type == EntityType::kEvent && c.group == undated.group && !c.date.empty() &&
          PlacesFit(c.place, undated.place) && ScopesFit(book, ScopeOf(doc, book, c), scope))
        return &c;
  return nullptr;
}

struct Builder {
  Document& doc;
  const RuleBook& book;
  std::unordered_map<std::string, size_t> by_key;  // canonical key -> entity
  std::unordered_map<std::string, size_t> by_loose;  // loose name -> entity (strong only)

  size_t Get(const std::string& key, EntityType type, const std::string& name, const std::string& kb_id) {
    auto it = by_key.find(key);
    if (it != by_key.end()) return it->second;
    Entity e;
    e.type = type;
    e.name = name;
    e.kb_id = kb_id;
    doc.entities.push_back(std::move(e));
    by_key[key] = doc.entities.size() - 1;
    return doc.entities.size() - 1;
  }

  void AddMention(size_t entity, const Candidate& c) {
    Mention m;
    m.span = {doc.tokens[c.first].span.start, doc.tokens[c.end - 1].span.end};
    m.text = doc.text.substr(m.span.start, m.span.size());
    m.sentence = c.sentence;
    m.first_token = c.first;
    m.end_token = c.end;
    m.metonym = c.kind == AliasKind::kCapital && !c.city;
    m.demonym = c.kind == AliasKind::kDemonym;
    Entity& e = doc.entities[entity];
    e.mentions.push_back(std::move(m));
    if (!c.date.empty() && !e.attributes.count("date")) e.attributes["date"] = c.date;
    // What sort of happening it is ("war", "summit", "call"): for readers
    // who filter events, and for rules that hold only for some kinds.
    if (c.type == EntityType::kEvent && !c.group.empty() && !e.attributes.count("kind"))
      e.attributes["kind"] = c.group.substr(0, c.group.find('|'));
  }
};

std::string UnknownKey(const Candidate& c, const std::string& text) { return UnknownEntityKey(c.type, text); }

// "Dandong Hongxiang" is short for "Dandong Hongxiang Industrial
// Development Company" when the document names that organisation.
size_t OrganisationStartingWith(const Document& doc, const std::string& loose) {
  for (size_t o = 0; o < doc.entities.size(); ++o)
    if (doc.entities[o].type == EntityType::kOrganization && LooseKey(doc.entities[o].name).rfind(loose + " ", 0) == 0)
      return o;
  return SIZE_MAX;
}

// "X, known as Y", "X, better known as Y", "X (nicknamed Y)": Y names X.
bool NicknameOf(const Document& doc, const Candidate& named, const Candidate& c) {
  const auto& t = doc.tokens;
  if (named.type != EntityType::kPerson && named.type != EntityType::kOrganization) return false;
  uint32_t k = c.first;
  if (k >= 2 && t[k - 2].folded == "known" && t[k - 1].folded == "as") k -= 2;
  else if (k >= 1 && (t[k - 1].folded == "nicknamed" || t[k - 1].folded == "dubbed")) k -= 1;
  else return false;
  if (k >= 1 && (t[k - 1].folded == "better" || t[k - 1].folded == "widely" || t[k - 1].folded == "also")) --k;
  return k >= 1 && (t[k - 1].folded == "," || t[k - 1].folded == "(") && named.end == k - 1;
}

// An organisation's name after a leading nationality ("Brazilian Supreme
// Federal Court" -> "Supreme Federal Court", at least two words), and the
// nationality's key in *demonym; "" if it has none.
std::string BareOfDemonym(const Document& doc, const RuleBook& book, const Candidate& c, std::string* demonym) {
  if (c.type != EntityType::kOrganization || c.end - c.first < 3) return "";
  uint32_t first = doc.tokens[c.first].folded == "the" ? c.first + 1 : c.first;
  if (c.end - first < 3) return "";
  auto refs = book.kb.by_key.find(text::MatchKey(text::TokensText(doc, first, first + 1)));
  if (refs == book.kb.by_key.end()) return "";
  bool is_demonym = std::any_of(refs->second.begin(), refs->second.end(),
                                [](const AliasRef& r) { return r.kind == AliasKind::kDemonym; });
  if (!is_demonym) return "";
  *demonym = refs->first;
  return text::TokensText(doc, first + 1, c.end);
}

bool IsAcronym(const Document& doc, const Candidate& c) {
  return c.end - c.first == 1 && doc.tokens[c.first].all_caps;
}

}  // namespace

size_t EnsureKbEntity(Document& doc, const RuleBook& book, const std::string& kb_id) {
  for (size_t i = 0; i < doc.entities.size(); ++i)
    if (doc.entities[i].kb_id == kb_id && !doc.entities[i].attributes.count("city")) return i;
  const KbEntity* k = book.kb.Find(kb_id);
  Entity e;
  e.kb_id = kb_id;
  e.type = k ? k->type : EntityType::kLocation;
  e.name = k ? k->name : kb_id;
  e.key = "kb:" + kb_id;
  e.aliases = {e.name};
  doc.entities.push_back(std::move(e));
  return doc.entities.size() - 1;
}

// A surface form several entries share ("Congolese", "Sudanese", "Korean"):
// the entry the document also names otherwise, else the gazetteer's pick.
int KbOfSharedForm(const Document& doc, const RuleBook& book, const std::vector<std::vector<Candidate>>& candidates,
                   const Candidate& c) {
  auto refs = book.kb.by_key.find(text::MatchKey(text::TokensText(doc, c.first, c.end)));
  if (refs == book.kb.by_key.end() || refs->second.size() < 2) return c.kb;
  // Named elsewhere than by this very form, in its sentence or anywhere.
  auto named = [&](int kb, bool in_sentence) {
    for (const auto& sentence : candidates)
      for (const auto& other : sentence)
        if (other.kb == kb && other.kind != AliasKind::kDemonym && other.first != c.first &&
            (!in_sentence || other.sentence == c.sentence))
          return true;
    return false;
  };
  // "Belgium, the former colonial power, lobbied for tougher measures, and
  // Rwanda cut ties with Brussels": the sentence that names one of the
  // form's owners decides, before the article does.
  for (bool in_sentence : {true, false}) {
    if (named(c.kb, in_sentence)) return c.kb;
    for (const auto& ref : refs->second)
      if (named(static_cast<int>(ref.entity), in_sentence)) return static_cast<int>(ref.entity);
  }
  return c.kb;
}

Resolution Resolve(Document& doc, const RuleBook& book,
                   const std::vector<std::vector<Candidate>>& candidates) {
  Builder b{doc, book, {}, {}};
  Resolution res;
  res.by_sentence.resize(candidates.size());
  std::vector<std::pair<const Candidate*, size_t>> assigned;  // candidate -> entity
  std::vector<const Candidate*> deferred;                     // weak or single-word unknowns
  struct Dated {
    std::string key, place, scope;
  };
  std::unordered_map<std::string, Dated> latest_dated;  // event group -> its latest dated entity
  std::unordered_map<std::string, std::string> demonym_of_bare;  // bare body key -> the nationality named with it

  // Pass 1: known names, events and strong multi-word unknowns.
  for (const auto& sentence : candidates) {
    for (size_t ci = 0; ci < sentence.size(); ++ci) {
      const Candidate& c = sentence[ci];
      std::string text = text::TokensText(doc, c.first, c.end);
      if (c.kb >= 0) {
        const KbEntity& k = book.kb.entities[static_cast<size_t>(KbOfSharedForm(doc, book, candidates, c))];
        // ("Luís Montenegro's Democratic Alliance won ... Montenegro has
        // ruled out a coalition": a place's one-word name that is the
        // surname of a person named before, acting as a subject (a verb or
        // a possessive after it, no preposition before), is that person.)
        if (k.type == EntityType::kLocation && c.end - c.first == 1 && c.kind != AliasKind::kDemonym &&
            c.end < doc.tokens.size() && doc.tokens[c.end].sentence == doc.tokens[c.first].sentence &&
            (LooksLikeVerb(book, doc.tokens[c.end]) || doc.tokens[c.end].folded == "'s") &&
            !(c.first > 0 && book.lexicon.Has("place_prepositions", doc.tokens[c.first - 1]))) {
          std::string word = " " + text;
          size_t person = SIZE_MAX;
          for (const auto& [prev, pe] : assigned)
            if (doc.entities[pe].type == EntityType::kPerson && doc.entities[pe].name.ends_with(word)) person = pe;
          if (person != SIZE_MAX) {
            assigned.emplace_back(&c, person);
            continue;
          }
        }
        size_t e;
        if (c.city) {
          // The knowledge base's spelling of the capital ("Ulaanbaatar" for a
          // dateline's "ULAANBAATAR").
          std::string city_name = text;
          for (const auto& capital : k.capitals)
            if (text::MatchKey(capital) == text::MatchKey(text)) city_name = capital;
          e = b.Get("kb:" + k.id + "#city:" + text::MatchKey(text), EntityType::kLocation, city_name,
                    k.id + "#city");
          doc.entities[e].attributes["city"] = "true";
          doc.entities[e].attributes["capital_of"] = k.id;
        } else {
          e = b.Get("kb:" + k.id, k.type, k.name, k.id);
        }
        assigned.emplace_back(&c, e);
        continue;
      }
      if (c.type == EntityType::kEvent || c.type == EntityType::kSanction) {
        std::string key = EventKey(c);
        // "the summit" after "the June 2024 summit" is that summit; before
        // any dated one, it is the first.
        if (IsDatedKind(c.group) && c.date.empty()) {
          // ("won the national vote" after "lost a provincial vote in
          // September": nor where the two names say different scopes.)
          // ("Chileans will return to the polls for a presidential runoff
          // ... Kast lost the 2021 runoff": "a" introduces a new one, no
          // dated one named before or after.)
          bool introduced =
              c.first > 0 && (doc.tokens[c.first - 1].folded == "a" || doc.tokens[c.first - 1].folded == "an");
          auto latest = latest_dated.find(c.group);
          if (!introduced && latest != latest_dated.end() && PlacesFit(latest->second.place, c.place) &&
              ScopesFit(book, latest->second.scope, ScopeOf(doc, book, c))) {
            key = latest->second.key;
          } else if (const Candidate* next = introduced ? nullptr : FirstDated(doc, book, candidates, c);
                     // ("Zelensky, who attended the summit in person ... a
                     // decision is expected at the December summit": not one
                     // after the article's month, which is yet to come.)
                     next && !(doc.date.size() >= 7 && next->date.size() >= 7 &&
                               next->date.compare(0, 7, doc.date, 0, 7) > 0)) {
            key = EventKey(*next);
            if (latest == latest_dated.end()) latest_dated[c.group] = {key, next->place, ScopeOf(doc, book, *next)};
            b.Get(key, next->type, next->name.empty() ? text::TokensText(doc, next->first, next->end) : next->name, "");
          }
          if (!c.place.empty() && key == EventKey(c)) key += "#in:" + c.place;  // a place of its own
        }
        if (IsDatedKind(c.group) && !c.date.empty()) latest_dated[c.group] = {key, c.place, ScopeOf(doc, book, c)};
        size_t e = b.Get(key, c.type, c.name.empty() ? text : c.name, "");
        // A one-word name gives way to a longer phrase, not to another
        // word ("the agreements" later does not rename "a treaty").
        if (c.name.size() > doc.entities[e].name.size() && doc.entities[e].name.find(' ') == std::string::npos &&
            c.name.find(' ') != std::string::npos)
          doc.entities[e].name = c.name;
        if (!c.name.empty()) doc.entities[e].aliases.push_back(c.name);
        assigned.emplace_back(&c, e);
        continue;
      }
      // An acronym defined in parentheses right after a name: "(CSTO)";
      // a nickname given after one: "Mohamed Hamdan Dagalo, known as Hemedti".
      bool defined_acronym = ci > 0 && IsAcronym(doc, c) && c.first >= 2 &&
                             doc.tokens[c.first - 1].folded == "(" && sentence[ci - 1].end == c.first - 1;
      bool nickname = ci > 0 && c.kb < 0 && NicknameOf(doc, sentence[ci - 1], c);
      if (defined_acronym || nickname) {
        for (auto& [prev, e] : assigned)
          if (prev == &sentence[ci - 1]) {
            b.by_key[UnknownKey(c, text)] = e;
            b.by_loose[LooseKey(text)] = e;
            assigned.emplace_back(&c, e);
            break;
          }
        if (!assigned.empty() && assigned.back().first == &c) continue;
      }
      bool single = c.end - c.first == 1;
      if (c.weak || single || c.tentative) {
        deferred.push_back(&c);
        continue;
      }
      size_t e = SIZE_MAX;
      // "the Brazilian Supreme Federal Court" ... "the Supreme Federal
      // Court": a body named with and without its nationality is one body,
      // unless two nationalities claim the same bare name.
      std::string demonym;
      std::string bare = BareOfDemonym(doc, book, c, &demonym);
      std::string bare_key = bare.empty() ? "" : UnknownKey(c, bare);
      if (!bare.empty()) {
        auto claim = demonym_of_bare.find(bare_key);
        bool other_nation = claim != demonym_of_bare.end() && claim->second != demonym;
        if (auto it = b.by_key.find(bare_key); it != b.by_key.end() && !other_nation) e = it->second;
        if (e != SIZE_MAX) b.by_key.emplace(UnknownKey(c, text), e);
      }
      if (e == SIZE_MAX) e = b.Get(UnknownKey(c, text), c.type, text, "");
      if (!bare.empty()) {
        b.by_key.emplace(bare_key, e);
        demonym_of_bare.emplace(bare_key, demonym);
      }
      b.by_loose.emplace(LooseKey(text), e);
      assigned.emplace_back(&c, e);
    }
  }
  // Pass 2: tie single words and weak candidates to what pass 1 found:
  // the same name, a surname or a unique first name of a person, the first
  // word of an organisation ("Infineon" -> "Infineon Technologies"), or an
  // acronym's initials.
  // Stage one: tentative full names ("Dandong Hongxiang" may be short for
  // an organisation named in full; else it is a person of its own).
  std::vector<const Candidate*> rest;
  for (const Candidate* c : deferred) {
    if (!(c->tentative && !c->weak && c->end - c->first > 1)) {
      rest.push_back(c);
      continue;
    }
    std::string text = text::TokensText(doc, c->first, c->end);
    std::string loose = LooseKey(text);
    size_t e = SIZE_MAX;
    if (auto it = b.by_loose.find(loose); it != b.by_loose.end()) e = it->second;
    if (e == SIZE_MAX) e = OrganisationStartingWith(doc, loose);
    if (e == SIZE_MAX) {
      e = b.Get(UnknownKey(*c, text), c->type, text, "");
      b.by_loose.emplace(loose, e);
    }
    assigned.emplace_back(c, e);
  }
  deferred = std::move(rest);
  // Stage two: single words and weak candidates.
  std::unordered_map<std::string, size_t> surname, initials;
  std::unordered_map<std::string, long> first_word;  // -1: ambiguous
  std::unordered_map<std::string, std::set<size_t>> people_by_first;  // family names first: "Kim"
  std::unordered_map<std::string, size_t> bare_first_word;  // "Kim" -> the person it named first
  auto note_first = [&](const std::string& w, size_t e) {
    auto [it, inserted] = first_word.emplace(w, static_cast<long>(e));
    if (!inserted && it->second != static_cast<long>(e)) it->second = -1;
  };
  // "Kim attended the parade" after "Kim Jong Un" and before "Kim Yo Jong"
  // is named: a first word two people share is the one named last before.
  auto nearest_named_before = [&](const std::set<size_t>& people, uint32_t at) {
    long best = -1;
    uint32_t best_at = 0;
    for (const auto& [cand, ent] : assigned)
      if (people.count(ent) && cand->first < at && (best < 0 || cand->first >= best_at))
        best = static_cast<long>(ent), best_at = cand->first;
    return best;
  };
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& ent = doc.entities[e];
    std::string key = LooseKey(ent.name);
    size_t sp = key.find(' ');
    if (sp == std::string::npos) continue;
    if (ent.type == EntityType::kPerson) {
      surname.emplace(key.substr(key.rfind(' ') + 1), e);
      note_first(key.substr(0, sp), e);
      people_by_first[key.substr(0, sp)].insert(e);
      // Any later part of the name: "González" for "Edmundo González Urrutia";
      // with the connector that joins it: "al-Shaibani" for "Asaad al-Shaibani".
      for (size_t at = sp; at != std::string::npos;) {
        size_t next = key.find(' ', at + 1);
        std::string part = key.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
        if (part.size() > 2 && !book.lexicon.Contains("name_connectors", part)) surname.emplace(part, e);
        if (book.lexicon.Contains("name_connectors", part) && next != std::string::npos) surname.emplace(key.substr(at + 1), e);
        at = next;
      }
    }
    if (ent.type == EntityType::kOrganization) {
      std::string ini = Initials(text::MatchKey(ent.name), book.lexicon);
      if (ini.size() >= 2) initials.emplace(ini, e);
      // ("NABU" for "National Anti-Corruption Bureau of Ukraine": a
      // hyphenated word may give one initial.)
      if (ent.name.find('-') != std::string::npos) {
        std::string joined = ent.name;
        std::erase(joined, '-');
        std::string compact = Initials(text::MatchKey(joined), book.lexicon);
        if (compact.size() >= 2) initials.emplace(compact, e);
      }
      if (!book.lexicon.Contains("english_words", key.substr(0, sp))) note_first(key.substr(0, sp), e);
    }
  }
  for (const Candidate* c : deferred) {
    std::string text = text::TokensText(doc, c->first, c->end);
    std::string loose = LooseKey(text);
    size_t e = SIZE_MAX;
    if (auto it = b.by_loose.find(loose); it != b.by_loose.end()) e = it->second;
    else if (auto s = surname.find(loose); s != surname.end()) e = s->second;
    // ("his son Nicolás": a given name after a word of kinship is a relative,
    // not another person of that name.)
    else if (auto f = first_word.find(loose);
             f != first_word.end() && f->second >= 0 &&
             !(c->first > 0 && book.lexicon.Has("family_roles", doc.tokens[c->first - 1])))
      e = static_cast<size_t>(f->second);
    else if (auto p = people_by_first.find(loose); p != people_by_first.end() && p->second.size() > 1 &&
             c->type == EntityType::kPerson) {
      // ("... his sister, Kim Yo Jong, said ... Trump would like to meet
      // Kim again": once the bare word has named one of them, it goes on
      // naming that one; the other is named in full.)
      auto bare = bare_first_word.find(loose);
      long nearest = bare != bare_first_word.end() ? static_cast<long>(bare->second)
                                                   : nearest_named_before(p->second, c->first);
      if (nearest >= 0) e = static_cast<size_t>(nearest);
      if (nearest >= 0) bare_first_word.emplace(loose, static_cast<size_t>(nearest));
    }
    else if (IsAcronym(doc, *c)) {
      std::string acronym = text::MatchKey(text);
      if (auto i = initials.find(acronym); i != initials.end()) {
        e = i->second;
      } else if (acronym.size() >= 3) {
        // "CFHK" for "Committee for Freedom in Hong Kong Foundation": the
        // acronym may leave out a trailing word.
        for (const auto& [ini, ent] : initials)
          if (ini.size() == acronym.size() + 1 && ini.compare(0, acronym.size(), acronym) == 0) e = ent;
      }
    }
    if (e == SIZE_MAX && c->end - c->first > 1 && c->type == EntityType::kPerson) e = OrganisationStartingWith(doc, loose);
    if (e == SIZE_MAX && !c->weak) {
      e = b.Get(UnknownKey(*c, text), c->type, text, "");
      b.by_loose.emplace(loose, e);
    }
    if (e != SIZE_MAX) assigned.emplace_back(c, e);
  }
  // "The Rapid Support Forces ... the RSF": a known acronym that another
  // known body uses (Reporters Without Borders) names the body of three or
  // more words the article spells out with those initials, unless the
  // acronym's own body is named in full too.
  for (auto& [c, e] : assigned) {
    if (c->kb < 0 || !IsAcronym(doc, *c)) continue;
    std::string acronym = text::MatchKey(text::TokensText(doc, c->first, c->end));
    auto i = initials.find(acronym);
    if (acronym.size() < 3 || i == initials.end() || i->second == e ||
        std::count(doc.entities[i->second].name.begin(), doc.entities[i->second].name.end(), ' ') < 2)
      continue;
    bool named_in_full = false;
    for (const auto& [other, oe] : assigned) named_in_full = named_in_full || (oe == e && !IsAcronym(doc, *other));
    if (!named_in_full) e = i->second;
  }
  // A capital named as a place in a document that also uses it for its
  // state ("Seoul condemned..." and "an institute in Seoul") is the state
  // there: one referent, as a reader would take it.
  std::unordered_map<std::string, size_t> state_of_kb;
  std::set<std::string> used_as_metonym;
  for (auto& [c, e] : assigned) {
    if (c->kb < 0 || c->city) continue;
    state_of_kb[book.kb.entities[static_cast<size_t>(c->kb)].id] = e;
    if (c->kind == AliasKind::kCapital) used_as_metonym.insert(text::MatchKey(text::TokensText(doc, c->first, c->end)));
  }
  for (auto& [c, e] : assigned) {
    if (!c->city) continue;
    // ("the mayor of Lima", "former Taipei mayor": a city's own office
    // keeps the city apart.)
    if (c->first >= 2 && doc.tokens[c->first - 1].folded == "of" &&
        book.lexicon.Has("city_office_heads", doc.tokens[c->first - 2]))
      continue;
    if (c->end < doc.tokens.size() &&
        book.lexicon.LongestAt("city_office_titles", doc.tokens, c->end,
                               doc.sentences[doc.tokens[c->first].sentence].end_token))
      continue;
    auto state = state_of_kb.find(book.kb.entities[static_cast<size_t>(c->kb)].id);
    if (state != state_of_kb.end() && used_as_metonym.count(text::MatchKey(text::TokensText(doc, c->first, c->end))))
      e = state->second;
  }
  // "Sudan's war and the outside powers that feed it" over an article about
  // "the war with the Sudanese Armed Forces": an event the headline names is
  // the body's one event of its kind, when the body has exactly one.
  if (!doc.title.empty() && !doc.sentences.empty() &&
      text::TokensText(doc, doc.sentences[0].first_token, doc.sentences[0].end_token) == doc.title) {
    auto kind_of = [](const Candidate* c) { return c->group.substr(0, c->group.find('|')); };
    for (auto& [c, e] : assigned) {
      if (c->sentence != 0 || c->type != EntityType::kEvent || c->group.empty()) continue;
      size_t body = SIZE_MAX;
      bool unique = true;
      for (const auto& [other, oe] : assigned) {
        if (other->sentence == 0 || other->type != EntityType::kEvent || kind_of(other) != kind_of(c)) continue;
        if (body != SIZE_MAX && body != oe) unique = false;
        body = oe;
      }
      if (body != SIZE_MAX && unique) e = body;
    }
  }
  // Mentions, placement and aliases.
  for (auto& [c, e] : assigned) {
    b.AddMention(e, *c);
    res.by_sentence[c->sentence].push_back({c->first, c->end, e});
  }
  for (auto& placed : res.by_sentence)
    std::sort(placed.begin(), placed.end(), [](const Placed& x, const Placed& y) { return x.first < y.first; });
  // Drop entities left without mentions by the merge above, keeping order.
  {
    std::vector<long> remap(doc.entities.size(), -1);
    std::vector<Entity> kept;
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      if (doc.entities[i].mentions.empty()) continue;
      remap[i] = static_cast<long>(kept.size());
      kept.push_back(std::move(doc.entities[i]));
    }
    doc.entities = std::move(kept);
    for (auto& placed : res.by_sentence)
      for (auto& p : placed) p.entity = static_cast<size_t>(remap[p.entity]);
  }
  for (auto& e : doc.entities) {
    std::vector<std::string> aliases = e.aliases;
    for (const auto& m : e.mentions) aliases.push_back(m.text);
    if ((e.kb_id.empty() || e.attributes.count("city")) &&
        (e.type == EntityType::kPerson || e.type == EntityType::kOrganization ||
                            e.type == EntityType::kLocation)) {
      // The longest full mention names an unknown entity.
      // (A dateline's "LONDON" gives way to "London".)
      auto shouting = [](const std::string& t) {
        return std::none_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      };
      for (const auto& m : e.mentions)
        if ((m.text.size() > e.name.size() || (m.text.size() == e.name.size() && shouting(e.name) && !shouting(m.text))) &&
            m.text.find('\n') == std::string::npos)
          e.name = m.text;
      std::string latin = Latinize(e.name);
      if (latin != e.name) aliases.push_back(latin);
    }
    aliases.push_back(e.name);
    e.key = e.kb_id.empty() ? std::string(Name(e.type)) + ":" + LooseKey(e.name) : "kb:" + e.kb_id;
    // "sanctions", "new sanctions", "the war": a bare trigger names nothing
    // beyond this document, so it must not merge with another article's.
    bool generic = (e.type == EntityType::kEvent || e.type == EntityType::kSanction) && e.kb_id.empty() &&
                   std::count(e.name.begin(), e.name.end(), ' ') < 2;
    if (generic) e.key += "@" + doc.sha256.substr(0, 16);
    if (const KbEntity* k = book.kb.Find(e.kb_id); k && !e.attributes.count("city")) {
      e.known_aliases = k->aliases;
      e.known_aliases.push_back(k->name);
      for (const auto& d : k->demonyms) e.known_aliases.push_back(d);
      for (const auto& c : k->capitals) e.known_aliases.push_back(c);
    }
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    e.aliases = std::move(aliases);
  }
  return res;
}

std::string UnknownEntityKey(EntityType type, const std::string& name) {
  return std::string(Name(type)) + ":" + LooseKey(name);
}

}  // namespace dossier::extract
