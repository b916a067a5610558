#include "extract/masked_sentence.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <map>
#include <set>

#include <re2/re2.h>

#include "extract/article_state.h"
#include "extract/mention_readings.h"
#include "extract/verbs.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

const char* TypeTag(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "PER";
    case EntityType::kOrganization: return "ORG";
    case EntityType::kLocation: return "LOC";
    case EntityType::kSanction: return "SAN";
    case EntityType::kEvent: return "EVT";
  }
  return "ANY";
}


bool IsBloc(const Document& doc, const RuleBook& book, size_t e) {
  const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
  return k && k->type == EntityType::kOrganization && k->category == "intergovernmental";
}

// A body that speaks for itself, not for a state: not a state's own
// ministry or army ("the Pentagon said its forces ..." is the state's).
bool IsIndependentBody(const Document& doc, const RuleBook& book, size_t e) {
  if (doc.entities[e].type != EntityType::kOrganization) return false;
  const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
  return !k || k->category != "government";
}

bool HasWord(const std::string& name, const std::string& word) {
  std::string key = " " + text::MatchKey(name) + " ";
  return key.find(" " + word + " ") != std::string::npos;
}

// Whether the text may call organisation `e` "the <noun>": its knowledge-
// base entry lists the noun, or the noun is a word of one of its names
// ("the agency" for the International Atomic Energy Agency).
// (With `described_only`, a company only where the text itself calls it one.)
bool CalledBy(const Document& doc, const RuleBook& book, size_t e, const std::string& noun, bool described_only = false) {
  const Entity& ent = doc.entities[e];
  if (ent.type != EntityType::kOrganization) return false;
  if (HasWord(ent.name, noun)) return true;
  // "the army" for the Sudanese Armed Forces or the Israel Defense Forces.
  if (noun == "army")
    for (const auto& phrase : book.lexicon.Phrases("army_name_phrases"))
      if (HasWord(ent.name, phrase)) return true;
  const KbEntity* k = book.kb.Find(ent.kb_id);
  // "the firm", "the company": a company the knowledge base knows, or one
  // the text calls a company ("NIS, the Serbian oil company", "the
  // shipping firm Sovcomflot").
  if (book.lexicon.Contains("anaphor_company_nouns", noun)) {
    if (k && k->category == "company" && !described_only) return true;
    for (const auto& m : ent.mentions) {
      if (m.first_token > 0 && book.lexicon.Has("anaphor_company_nouns", doc.tokens[m.first_token - 1])) return true;
      // ("Naftna Industrija Srbije (NIS), the Serbian oil company": past
      // an acronym in brackets.)
      uint32_t comma = m.end_token;
      if (comma < doc.tokens.size() && doc.tokens[comma].folded == ")") ++comma;
      if (comma >= doc.tokens.size() || doc.tokens[comma].folded != ",") continue;
      for (uint32_t j = comma + 1; j < doc.tokens.size() && j < comma + 6; ++j) {
        if (doc.tokens[j].sentence != m.sentence || doc.tokens[j].folded == ",") break;
        if (book.lexicon.Has("anaphor_company_nouns", doc.tokens[j])) return true;
      }
    }
    return false;
  }
  if (!k) return false;
  // ("the party that Evo Morales founded" for the Movement for Socialism:
  // the noun the knowledge base files the body under.)
  if (k->category == noun) return true;
  if (std::find(k->called.begin(), k->called.end(), noun) != k->called.end()) return true;
  for (const auto& a : k->aliases)
    if (HasWord(a, noun)) return true;
  return false;
}

// "the alliance" may come paragraphs after NATO was named: the nearest
// organisation before token `at` that the noun fits. Nouns that fit any
// bloc ("the organisation", "the grouping") fall back to the nearest
// intergovernmental body.
long OrganizationCalled(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                        uint32_t at, const std::string& noun) {
  // "the Alliance Fleuve Congo, the rebel coalition that ...": an
  // apposition right after an organisation's name describes it.
  if (at >= 2 && doc.tokens[at - 1].folded == ",")
    for (const auto& p : placement.by_sentence[si])
      if (p.end == at - 1 && doc.entities[p.entity].type == EntityType::kOrganization) return static_cast<long>(p.entity);
  bool generic = book.lexicon.Contains("anaphor_generic_org_nouns", noun);
  long fallback = -1;
  // ("NIS, the Serbian oil company majority-owned by Gazprom ... designated
  // the firm": a company the text described as one before any it only
  // named.)
  // ("Lukoil's foreign assets ... face the same choice after the sanctions
  // imposed on the company": a company its own sentence named before
  // comes first.)
  if (book.lexicon.Contains("anaphor_company_nouns", noun)) {
    const auto& here = placement.by_sentence[si];
    for (size_t k = here.size(); k-- > 0;)
      if (here[k].first < at && CalledBy(doc, book, here[k].entity, noun)) return static_cast<long>(here[k].entity);
  }
  if (book.lexicon.Contains("anaphor_company_nouns", noun))
    for (size_t back = si + 1; back-- > 0;) {
      const auto& placed = placement.by_sentence[back];
      for (size_t k = placed.size(); k-- > 0;)
        if ((back < si || placed[k].first < at) && CalledBy(doc, book, placed[k].entity, noun, true))
          return static_cast<long>(placed[k].entity);
    }
  // ("the Israel Defense Forces ... [ten sentences on Lebanon] ... The army,
  // commanded by General Rodolphe Haykal": a state's force is the one of
  // the last half-dozen sentences, not any named long before.)
  size_t reach = book.lexicon.Contains("anaphor_forces", noun) ? 6 : si + 1;
  for (size_t back = si + 1; back-- > 0 && si - back <= reach;) {
    const auto& placed = placement.by_sentence[back];
    for (size_t k = placed.size(); k-- > 0;) {
      if (back == si && placed[k].first >= at) continue;
      size_t e = placed[k].entity;
      // ("Jama'at Nusrat al-Islam wal-Muslimin, al-Qaeda's affiliate in the
      // Sahel, has blockaded ... The group's leader": a possessor opening
      // an apposition describes the name before it, which the noun means.)
      const Placed& p = placed[k];
      bool apposed_possessor = k > 0 && p.first > 0 && p.end < doc.tokens.size() && doc.tokens[p.end].folded == "'s" &&
                               doc.tokens[p.first - 1].folded == "," && placed[k - 1].end + 1 == p.first;
      if (apposed_possessor) continue;
      if (CalledBy(doc, book, e, noun)) return static_cast<long>(e);
      if (generic && fallback < 0 && IsBloc(doc, book, e)) fallback = static_cast<long>(e);
    }
  }
  return fallback;
}

// Antecedents for sentence-initial pronouns and "the country"/"the Central
// Asian nation": the first person or state named in the sentences before.
struct Antecedents {
  long person = -1;          // the first person of the nearest sentence that names one: its subject, often
  long nearest_person = -1;  // the last person named before the sentence
  long state = -1;
  // The state named most often in the paragraph's sentences before, when
  // it is named more often than `state` ("Traoré took power in Burkina
  // Faso ... Russia signed an agreement with Burkina Faso. The United
  // States suspended assistance to the country": the paragraph's topic).
  long topic_state = -1;
  // The organisation the sentence before opens with ("The EU ought to
  // sanction ... It should also consider ..."): a sentence-initial "it".
  long opening_organization = -1;
  // The last region within a state, territory or de facto state named in
  // the sentences before ("The breakaway region of Transnistria ... the
  // region's economy ..., and its leader"): what "the region" stands for.
  long region = -1;
};

// Whether the knowledge base has `person` in a party other than the one
// whose mention starts at token `at`.
bool InAnotherParty(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed, long person,
                    uint32_t at) {
  const KbEntity* who = book.kb.Find(doc.entities[static_cast<size_t>(person)].kb_id);
  if (!who) return false;
  std::string party;
  for (const auto& p : placed)
    if (p.first == at) party = doc.entities[p.entity].kb_id;
  const KbEntity* named = book.kb.Find(party);
  if (!named || named->category != "party") return false;
  return std::any_of(who->offices.begin(), who->offices.end(), [&](const Office& o) {
    const KbEntity* of = book.kb.Find(o.of);
    return of && of->category == "party" && o.of != party;
  });
}

// Whether entity `body` is named between tokens `from` and `to` of
// sentence `si` right after "of" (or "of the"): "the congress of the
// Republican People's Party".
bool BodyAfterOf(const Document& doc, const Resolution& placement, size_t si, size_t body, uint32_t from,
                 uint32_t to) {
  for (const auto& p : placement.by_sentence[si]) {
    if (p.entity != body || p.first < from || p.end > to) continue;
    uint32_t k = p.first;
    if (k > doc.sentences[si].first_token && doc.tokens[k - 1].folded == "the") --k;
    if (k > doc.sentences[si].first_token && doc.tokens[k - 1].folded == "of") return true;
  }
  return false;
}

// Whether "the region's" (or another noun of region_anaphor_nouns before
// "'s") comes before token `i` in sentence `s`.
bool RegionNamedBefore(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i) {
  for (uint32_t k = s.first_token; k + 2 < i; ++k)
    if (doc.tokens[k].folded == "the" && book.lexicon.Has("region_anaphor_nouns", doc.tokens[k + 1]) &&
        doc.tokens[k + 2].folded == "'s")
      return true;
  return false;
}

// Whether a blank line separates sentence `s` from the one before.
bool OpensParagraph(const Document& doc, size_t s) {
  if (s == 0) return true;
  size_t from = doc.sentences[s - 1].span.end, to = doc.sentences[s].span.start;
  if (from >= to || to > doc.text.size()) return false;
  std::string_view gap(doc.text.data() + from, to - from);
  size_t first = gap.find('\n');
  return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

// The state a mention names: a country itself, or ("Myanmar's military is
// holding an election") the country a state's own body (category
// "government" in the knowledge base) belongs to, where the article names
// that country; else -1.
long StateNamedBy(const Document& doc, const RuleBook& book, size_t entity) {
  if (IsCountry(doc, book, entity)) return static_cast<long>(entity);
  const KbEntity* body = book.kb.Find(doc.entities[entity].kb_id);
  if (!body || body->category != "government" || body->located_in.empty()) return -1;
  const KbEntity* state = book.kb.Find(body->located_in);
  if (!state || state->category != "country") return -1;
  for (size_t e = 0; e < doc.entities.size(); ++e)
    if (doc.entities[e].kb_id == state->id && doc.entities[e].type == EntityType::kLocation)
      return static_cast<long>(e);
  return -1;
}

long TopicState(const Document& doc, const RuleBook& book, const Resolution& placement, size_t s, long nearest) {
  std::map<size_t, int> count;
  for (size_t back = s; back-- > 0 && s - back <= 3 && !OpensParagraph(doc, back + 1);)
    for (const auto& p : placement.by_sentence[back])
      if (IsCountry(doc, book, p.entity)) ++count[p.entity];
  // (A state's own body names its state only where the paragraph names no
  // state: "Kazakhstan ... at the White House" is about Kazakhstan.)
  for (size_t back = s; count.empty() && back-- > 0 && s - back <= 3 && !OpensParagraph(doc, back + 1);)
    for (const auto& p : placement.by_sentence[back])
      if (long state = StateNamedBy(doc, book, p.entity); state >= 0) ++count[static_cast<size_t>(state)];
  // ("... leave for Angola. [A new paragraph on Gabon] ... readmitted the
  // country": with no state named in the paragraph so far, the article's
  // own state, not one named in passing before.)
  if (count.empty() && !OpensParagraph(doc, s)) {
    bool paragraph_named = false;
    for (size_t back = s; back-- > 0 && !paragraph_named;) {
      for (const auto& p : placement.by_sentence[back]) paragraph_named = paragraph_named || IsCountry(doc, book, p.entity);
      if (OpensParagraph(doc, back)) break;
    }
    long dominant = paragraph_named ? -1 : DominantState(doc, book);
    if (dominant >= 0) return dominant;
  }
  // ("... sanctions on Russia while insisting that Serbia's path leads to
  // the EU. [New paragraph] The refinery belongs to NIS, the country's only
  // oil refiner": opening a paragraph, the state the paragraph before named
  // most, a tie going to the article's own state.)
  long dominant = -1;
  if (count.empty() && OpensParagraph(doc, s)) {
    for (size_t back = s; back-- > 0;) {
      for (const auto& p : placement.by_sentence[back])
        if (IsCountry(doc, book, p.entity)) ++count[p.entity];
      if (OpensParagraph(doc, back)) break;
    }
    dominant = DominantState(doc, book);
  }
  long best = nearest;
  int best_count = nearest >= 0 ? count[static_cast<size_t>(nearest)] : 0;
  for (const auto& [entity, n] : count)
    if (n > best_count || (n == best_count && static_cast<long>(entity) == dominant))
      best = static_cast<long>(entity), best_count = n;
  return best;
}

long GovernedState(const Document& doc, uint32_t end, size_t person);

bool OnlyTimeBefore(const Document& doc, const Sentence& s, uint32_t i);

// The comma that ends a prepositional phrase opening sentence `s` ("For
// Moscow, ...", "In Brussels, ..."), within its first eight tokens; the
// sentence's first token when there is none.
uint32_t FrontedPhraseEnd(const Document& doc, const RuleBook& book, const Sentence& s) {
  if (s.first_token >= s.end_token || !book.lexicon.Has("fronting_prepositions", doc.tokens[s.first_token]))
    return s.first_token;
  for (uint32_t k = s.first_token + 1; k < s.end_token && k < s.first_token + 8; ++k)
    if (doc.tokens[k].folded == ",") return k;
  return s.first_token;
}

std::string_view Surname(const Document& doc, long person) {
  std::string_view name = doc.entities[static_cast<size_t>(person)].name;
  size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

// "Hernández ... was convicted in 2024. Prosecutors showed that he had
// taken bribes. His brother, Tony Hernández, is serving a life sentence":
// a relative named in the apposition after the pronoun's noun, who shares
// a surname with a person named in this sentence or the three before, is
// that person's relative, whoever was named last. `leader` otherwise.
long RelativeBySurname(const Document& doc, const Resolution& placement, size_t si, uint32_t i, long leader) {
  long relative = -1;
  for (const auto& pl : placement.by_sentence[si])
    if (pl.first > i + 1 && pl.first <= i + 4 && doc.tokens[pl.first - 1].folded == "," &&
        doc.entities[pl.entity].type == EntityType::kPerson) {
      relative = static_cast<long>(pl.entity);
      break;
    }
  if (relative < 0) return leader;
  std::string_view surname = Surname(doc, relative);
  if (surname.size() < 3 || (leader >= 0 && Surname(doc, leader) == surname)) return leader;
  for (size_t back = si + 1; back-- > 0 && si - back <= 3;) {
    long found = -1;
    for (const auto& pl : placement.by_sentence[back])
      if ((back < si || pl.first < i) && static_cast<long>(pl.entity) != relative &&
          doc.entities[pl.entity].type == EntityType::kPerson && Surname(doc, static_cast<long>(pl.entity)) == surname)
        found = static_cast<long>(pl.entity);
    if (found >= 0) return found;
  }
  return leader;
}

// Whether sentence `si` opens with "he" or "she" (after a time adverbial
// at most) before any person it names: "In April he hosted Netanyahu".
// ("As president of Republika Srpska, the Serb-majority entity, he
// threatened secession": or after a fronted phrase, lexicon fronting_words,
// closed by a comma.)
bool OpensWithPersonalPronoun(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si) {
  const Sentence& s = doc.sentences[si];
  bool fronted = book.lexicon.Has("fronting_words", doc.tokens[s.first_token]);
  for (uint32_t k = s.first_token; k < s.end_token && (k <= s.first_token + 5 || (fronted && k <= s.first_token + 20));
       ++k) {
    if (doc.tokens[k].folded != "he" && doc.tokens[k].folded != "she") continue;
    if (k != s.first_token && !OnlyTimeBefore(doc, s, k) && !(fronted && doc.tokens[k - 1].folded == ","))
      return false;
    for (const auto& p : placement.by_sentence[si])
      if (p.first < k && doc.entities[p.entity].type == EntityType::kPerson) return false;
    return true;
  }
  return false;
}

Antecedents FindAntecedents(const Document& doc, const RuleBook& book, const Resolution& placement, size_t s,
                            int pronoun_depth = 0) {
  Antecedents a;
  for (size_t back = s; back-- > 0 && s - back <= 3;) {
    long last_person_here = -1;
    // "In April he hosted Benjamin Netanyahu. He has praised Xi": the
    // subject of the sentence before is its pronoun's person, not the
    // person it names after it.
    if (a.person < 0 && pronoun_depth < 3 && OpensWithPersonalPronoun(doc, book, placement, back))
      a.person = FindAntecedents(doc, book, placement, back, pronoun_depth + 1).person;
    bool person_from_here = a.person < 0;
    // ("For Moscow, Kyrgyzstan remains a reliable partner. It hosts ...":
    // a state in a phrase fronted before the subject is not what "it"
    // stands for, where the sentence names another after the comma.)
    uint32_t fronted_end = FrontedPhraseEnd(doc, book, doc.sentences[back]);
    long fronted_state = -1;
    bool state_unset = a.state < 0;
    for (const auto& p : placement.by_sentence[back]) {
      bool person = doc.entities[p.entity].type == EntityType::kPerson;
      if (person) last_person_here = static_cast<long>(p.entity);
      if (a.person < 0 && person) a.person = static_cast<long>(p.entity);
      // "Lavrov said the protests resembled a colour revolution, and Vučić
      // attended the parade. He met Putin there": of two people who open
      // clauses of the sentence, the one the article names more often
      // (the article's protagonist) is the pronoun's.
      if (person && person_from_here && a.person >= 0 && p.entity != static_cast<size_t>(a.person) &&
          p.first >= doc.sentences[back].first_token + 3 && doc.tokens[p.first - 1].folded == "and" &&
          (doc.tokens[p.first - 2].folded == "," ||
           (!doc.tokens[p.first - 2].is_word && doc.tokens[p.first - 3].folded == ",")) &&  // ',"'
          p.end < doc.sentences[back].end_token &&
          LooksLikeVerb(book, doc.tokens[p.end]) &&
          doc.entities[p.entity].mentions.size() > 2 * doc.entities[static_cast<size_t>(a.person)].mentions.size())
        a.person = static_cast<long>(p.entity);
      // ("the Trump administration designated ... Days later it imposed":
      // a leader's administration is the state it governs.)
      long governed = person && a.state < 0 ? GovernedState(doc, p.end, p.entity) : -1;
      if (governed >= 0) a.state = governed;
      if (a.state < 0 && IsCountry(doc, book, p.entity)) {
        if (p.first < fronted_end && fronted_state < 0) fronted_state = static_cast<long>(p.entity);
        else if (p.first >= fronted_end) a.state = static_cast<long>(p.entity);
      }
    }
    if (state_unset && a.state < 0) a.state = fronted_state;
    if (a.nearest_person < 0) a.nearest_person = last_person_here;
    if (a.region < 0)
      for (const auto& p : placement.by_sentence[back])
        if (const KbEntity* k = book.kb.Find(doc.entities[p.entity].kb_id);
            k && (k->category == "de_facto_state" || k->category == "territory" ||
                  (k->category == "region" && !k->located_in.empty())))
          a.region = static_cast<long>(p.entity);
    if (a.person >= 0 && a.state >= 0 && a.region >= 0) break;
  }
  a.topic_state = TopicState(doc, book, placement, s, a.state);
  if (s > 0 && !placement.by_sentence[s - 1].empty()) {
    const Sentence& prev = doc.sentences[s - 1];
    uint32_t start = prev.first_token;
    if (start < prev.end_token && doc.tokens[start].folded == "the") ++start;
    const Placed& first = placement.by_sentence[s - 1].front();
    // ("Since September, the jihadist coalition JNIM has blockaded ...": or
    // past a time phrase, "the" and a description of the body in lower
    // case.)
    bool described = false;
    for (uint32_t comma = prev.first_token + 1; comma + 2 < first.first && comma < prev.first_token + 6; ++comma) {
      if (doc.tokens[comma].folded != "," || !OnlyTimeBefore(doc, prev, comma + 1)) continue;
      described = doc.tokens[comma + 1].folded == "the" && first.first <= comma + 5;
      for (uint32_t k = comma + 2; described && k < first.first; ++k)
        described = doc.tokens[k].is_word && !doc.tokens[k].capitalized;
      break;
    }
    if ((first.first == start || first.first == prev.first_token || described) &&
        doc.entities[first.entity].type == EntityType::kOrganization)
      a.opening_organization = static_cast<long>(first.entity);
  }
  return a;
}

// The state whose government a person's name stands for before
// "administration", "government", "regime" (also after "'s"): the office
// the knowledge base gave the person in this document, else -1.
long GovernedState(const Document& doc, uint32_t end, size_t person) {
  const auto& t = doc.tokens;
  if (doc.entities[person].type != EntityType::kPerson || end >= t.size()) return -1;
  uint32_t k = t[end].folded == "'s" ? end + 1 : end;
  if (k >= t.size() || t[k].sentence != t[end].sentence) return -1;
  const std::string& w = t[k].folded;
  if (w != "administration" && w != "government" && w != "regime" && w != "cabinet") return -1;
  for (const auto& r : doc.relations)
    if (r.subject == person && r.predicate == Predicate::kHoldsPosition && r.rule == "kb-office" &&
        doc.entities[r.object].type == EntityType::kLocation)
      return static_cast<long>(r.object);
  return -1;
}

}  // namespace

std::string StateIdGovernedBy(const Document& doc, const RuleBook& book, long person) {
  if (person < 0) return "";
  const KbEntity* k = book.kb.Find(doc.entities[static_cast<size_t>(person)].kb_id);
  if (!k) return "";
  for (const auto& o : k->offices)
    if (book.lexicon.Contains("governing_roles", text::MatchKey(o.role)) && HeldOn(o, doc.date)) return o.of;
  return "";
}

std::string StateIdGovernedLast(const RuleBook& book, const KbEntity& person) {
  const Office* last = nullptr;
  for (const auto& o : person.offices)
    if (book.lexicon.Contains("governing_roles", text::MatchKey(o.role)) && (!last || o.from > last->from)) last = &o;
  return last ? last->of : "";
}

long StateGovernedBy(const Document& doc, const RuleBook& book, long person, bool or_last) {
  std::string state = StateIdGovernedBy(doc, book, person);
  if (state.empty() && or_last && person >= 0)
    if (const KbEntity* k = book.kb.Find(doc.entities[static_cast<size_t>(person)].kb_id))
      state = StateIdGovernedLast(book, *k);
  if (state.empty()) return -1;
  for (size_t e = 0; e < doc.entities.size(); ++e)
    if (doc.entities[e].kb_id == state && !doc.entities[e].attributes.count("city")) return static_cast<long>(e);
  return -1;
}

namespace {

// The two names a sentence opens with when joined by "and" ("Russia and
// China ...", "The US and the EU ..."), read in the sentence before `si`.
// The two names sentence `si` itself opens with ("Rahmon and Japarov
// travelled to Khujand, where they met ...").
std::optional<std::pair<size_t, size_t>> OwnOpeningPair(const Document& doc, const Resolution& placement, size_t si) {
  const Sentence& prev = doc.sentences[si];
  const auto& placed = placement.by_sentence[si];
  if (placed.size() < 2) return std::nullopt;
  const auto& t = doc.tokens;
  uint32_t start = prev.first_token;
  // ("Two weeks later, Rahmon and Japarov ...": after a short opening
  // adverbial that names no one.)
  for (uint32_t k = start; k < prev.end_token && k < start + 5 && k < placed[0].first; ++k)
    if (t[k].folded == ",") {
      start = k + 1;
      break;
    }
  if (start < prev.end_token && t[start].folded == "the") ++start;
  const Placed &a = placed[0], &b = placed[1];
  // ("On 8 August 2025 Ilham Aliyev and Nikol Pashinyan shook hands": or
  // after an opening date.)
  if (a.first != start && !OnlyTimeBefore(doc, prev, a.first)) return std::nullopt;
  if (a.end >= prev.end_token || t[a.end].folded != "and") return std::nullopt;
  uint32_t next = a.end + 1;
  if (next < prev.end_token && t[next].folded == "the") ++next;
  if (b.first != next || a.entity == b.entity) return std::nullopt;
  if (doc.entities[a.entity].type != doc.entities[b.entity].type) return std::nullopt;
  return std::make_pair(a.entity, b.entity);
}

std::optional<std::pair<size_t, size_t>> OpeningPair(const Document& doc, const Resolution& placement, size_t si) {
  if (si == 0) return std::nullopt;
  return OwnOpeningPair(doc, placement, si - 1);
}

// Whether the state mention ending at token `state_end` is the subject of
// a verb of one to three words right before token `at` ("Lithuania closed
// its", "Lithuania has since closed its"), no preposition between.
bool SubjectRightBefore(const Document& doc, const RuleBook& book, long state, uint32_t state_end, uint32_t at) {
  if (state < 0 || state_end >= at || at - state_end > 3) return false;
  for (uint32_t k = state_end; k < at; ++k)
    if (!doc.tokens[k].is_word || book.lexicon.Has("place_prepositions", doc.tokens[k]) ||
        book.lexicon.Has("pronoun_clause_markers", doc.tokens[k]) || doc.tokens[k].folded == "of" ||
        doc.tokens[k].folded == "and")
      return false;
  return LooksLikeVerb(book, doc.tokens[at - 1]);
}

// The last "between [A] and [B]" in the masked text so far, when both
// fit `kind` (states also pair with an armed group or other organisation:
// "the two sides").
std::optional<std::pair<size_t, size_t>> PairAfterBetween(const Document& doc, const RuleBook& book,
                                                          const std::string& masked, PairKind kind) {
  size_t at = masked.rfind("between ");
  if (at == std::string::npos || (at > 0 && masked[at - 1] != ' ')) return std::nullopt;
  size_t pos = at + 8;
  auto read_slot = [&](size_t* e) {
    if (masked.compare(pos, 4, "the ") == 0) pos += 4;
    if (masked.compare(pos, 2, "[E") != 0) return false;
    size_t bar = masked.find('|', pos), close = masked.find(']', pos);
    if (bar == std::string::npos || close == std::string::npos || bar > close) return false;
    size_t value = 0, digits = 0;
    for (size_t k = pos + 2; k < bar && std::isdigit(static_cast<unsigned char>(masked[k])); ++k, ++digits)
      value = value * 10 + static_cast<size_t>(masked[k] - '0');
    if (digits == 0 || digits != bar - pos - 2) return false;
    *e = value;
    pos = close + 1;
    return *e < doc.entities.size();
  };
  size_t a = 0, b = 0;
  if (!read_slot(&a) || masked.compare(pos, 5, " and ") != 0) return std::nullopt;
  pos += 5;
  if (!read_slot(&b) || a == b) return std::nullopt;
  if (masked.compare(pos, 5, " and ") == 0) return std::nullopt;  // a third name: no pair
  auto fits = [&](size_t e) {
    EntityType type = doc.entities[e].type;
    if (kind == PairKind::kPersons) return type == EntityType::kPerson;
    bool group = type == EntityType::kOrganization && !IsStateBody(doc, book, e);
    return kind == PairKind::kOrganizations ? group : IsCountry(doc, book, e) || group;
  };
  if (!fits(a) || !fits(b)) return std::nullopt;
  return std::make_pair(a, b);
}

// The two different states (or people, or organisations that are no
// state body) named in the sentence before token `at`, else in the one
// before (for organisations, the two before): a pair, or nothing when there
// are more or fewer. "Saudi Arabia and the United States hosted talks
// between the two sides": after "between" the pair is not the clause's own
// actors, so only the sentences before count.
std::optional<std::pair<size_t, size_t>> TwoNamedBefore(const Document& doc, const RuleBook& book,
                                                        const Resolution& placement, size_t si, uint32_t at,
                                                        PairKind kind) {
  // "Saudi Arabia and the United States hosted talks between the two
  // sides": hosts are not the sides, who are named before. ("Trump
  // received Putin in Anchorage, the first summit between the two
  // presidents": without a host, the two of the sentence are.)
  bool between = at > doc.sentences[si].first_token && doc.tokens[at - 1].folded == "between";
  bool hosted = false;
  for (uint32_t k = doc.sentences[si].first_token; between && k < at && !hosted; ++k)
    hosted = book.lexicon.Has("hosting_verbs", doc.tokens[k]);
  // (Companies named, a sentence of comment, then "both companies": for
  // organisations, which are named less often, two sentences back.)
  size_t reach = kind == PairKind::kOrganizations ? 2 : 1;
  std::optional<size_t> carried;  // the one person named in the sentence itself
  for (size_t back = hosted ? si : si + 1; back-- > 0 && si - back <= reach;) {
    std::vector<size_t> found;
    for (const auto& p : placement.by_sentence[back]) {
      if (back == si && p.first >= at) break;
      bool fits = kind == PairKind::kPersons         ? doc.entities[p.entity].type == EntityType::kPerson
                  : kind == PairKind::kOrganizations ? doc.entities[p.entity].type == EntityType::kOrganization &&
                                                           !IsStateBody(doc, book, p.entity)
                                                     : IsCountry(doc, book, p.entity);
      // ("hosted X and Y in Putrajaya, and both sides agreed": the capital
      // where they met is no side.)
      if (fits && kind == PairKind::kStates && p.first > doc.sentences[back].first_token &&
          (book.lexicon.Has("place_prepositions", doc.tokens[p.first - 1]) || doc.tokens[p.first - 1].folded == "at"))
        fits = false;
      if (fits && std::find(found.begin(), found.end(), p.entity) == found.end()) found.push_back(p.entity);
    }
    // ("Qatar brought Congolese officials and the Congo River Alliance to
    // the table, and the two sides signed": a host's guests may be a state
    // and an armed group.)
    if (found.size() >= 2 && back == si && !between && kind == PairKind::kStates) {
      const auto& here = placement.by_sentence[back];
      auto host = std::find_if(here.begin(), here.end(), [&](const Placed& p) { return p.entity == found[0]; });
      bool hosting = false;
      for (uint32_t k = host->end; !hosting && k < at && k < host->end + 3; ++k)
        hosting = book.lexicon.Has("hosting_verbs", doc.tokens[k]);
      std::vector<size_t> guests;
      uint32_t last_end = host->end;
      for (auto p = host + 1; hosting && p != here.end() && p->first < at; ++p) {
        // ("..., to which the M23 belongs": not into a relative clause.)
        bool relative = false;
        for (uint32_t k = last_end; k < p->first && !relative; ++k)
          relative = doc.tokens[k].folded == "which" || doc.tokens[k].folded == "who" || doc.tokens[k].folded == "whom";
        if (relative) break;
        last_end = p->end;
        bool side = IsCountry(doc, book, p->entity) ||
                    (doc.entities[p->entity].type == EntityType::kOrganization && !IsStateBody(doc, book, p->entity));
        if (side && p->entity != found[0] && std::find(guests.begin(), guests.end(), p->entity) == guests.end())
          guests.push_back(p->entity);
      }
      if (guests.size() == 2) return std::make_pair(guests[0], guests[1]);
    }
    if (found.size() == 2) return std::make_pair(found[0], found[1]);
    // ("Aliyev demanded an apology. Putin apologised in October, when the
    // two presidents met": one person in each sentence makes the pair.)
    if (kind == PairKind::kPersons && back + 1 == si && found.size() == 1 && carried && *carried != found[0])
      return std::make_pair(found[0], *carried);
    // ("He also hosted Putin ..., when the two leaders agreed": not where a
    // pronoun before the name may be the other.)
    bool pronoun = false;
    if (back == si && found.size() == 1) {
      uint32_t named = at;
      for (const auto& p : placement.by_sentence[si])
        if (p.entity == found[0]) named = std::min(named, p.first);
      for (uint32_t k = doc.sentences[si].first_token; k < named && !pronoun; ++k)
        pronoun = book.lexicon.Has("person_pronouns", doc.tokens[k]);
    }
    if (kind == PairKind::kPersons && back == si && found.size() == 1 && !between && !pronoun) {
      carried = found[0];
      continue;
    }
    // ("Erdoğan hosted Mohamud and Abiy in Ankara, and the two leaders
    // agreed": of three, the host is none of the two.)
    if (found.size() == 3 && back == si && !between) {
      uint32_t host_end = 0, guest_first = 0;
      for (const auto& p : placement.by_sentence[back]) {
        if (p.entity == found[0] && !host_end) host_end = p.end;
        if (p.entity == found[1] && !guest_first) guest_first = p.first;
      }
      for (uint32_t k = host_end; k < guest_first && k < host_end + 3; ++k)
        if (book.lexicon.Has("hosting_verbs", doc.tokens[k])) return std::make_pair(found[1], found[2]);
    }
    // ("Ilham Aliyev and Nikol Pashinyan shook hands ... [paragraphs] ...
    // which Pashinyan's government had feared. Both leaders praised Trump":
    // the one person of the sentence before, with whom a sentence not long
    // before opened as a pair, makes that pair again.)
    if (kind == PairKind::kPersons && back + 1 == si && found.size() == 1)
      for (size_t earlier = back; earlier-- > 0 && back - earlier <= 8;)
        if (auto pair = OwnOpeningPair(doc, placement, earlier);
            pair && (pair->first == found[0] || pair->second == found[0]) &&
            doc.entities[pair->first].type == EntityType::kPerson)
          return pair;
    if (!found.empty()) return std::nullopt;
  }
  return std::nullopt;
}

// The last list of exactly `count` states named by name, one after
// another with only commas and "and" between ("Mali, Burkina Faso and
// Niger"), in sentence `si` before token `at` or in a sentence before it.
std::vector<size_t> LastListOfStates(const Document& doc, const RuleBook& book, const Resolution& placement,
                                     size_t si, uint32_t at, size_t count) {
  for (size_t back = si + 1; back-- > 0;) {
    std::vector<size_t> best, run;
    uint32_t run_end = 0;
    for (const auto& p : placement.by_sentence[back]) {
      if (back == si && p.first >= at) break;
      if (!IsCountry(doc, book, p.entity) || MentionIsDemonym(doc, p.entity, p.first)) {
        run.clear();
        continue;
      }
      bool joined = !run.empty();
      for (uint32_t j = run_end; joined && j < p.first; ++j)
        joined = doc.tokens[j].folded == "," || doc.tokens[j].folded == "and";
      if (!joined) run.clear();
      if (std::find(run.begin(), run.end(), p.entity) == run.end()) run.push_back(p.entity);
      run_end = p.end;
      if (run.size() == count) best = run;
    }
    if (!best.empty()) return best;
  }
  return {};
}

// "Poland, Hungary and Slovakia banned imports ... Ukraine filed a complaint
// against the three countries": exactly `count` different states (or
// people: "the three leaders") named in the sentence before token `at` or
// in the one before it.
std::vector<size_t> StatesNamedBefore(const Document& doc, const RuleBook& book, const Resolution& placement,
                                      size_t si, uint32_t at, size_t count, bool people) {
  // (The states of the sentence itself, its subject before all, are not
  // among those it refers back to.)
  // ("Poland, Hungary and Slovakia banned Ukrainian grain": where that
  // makes too many, a state named only by a demonym is left out.)
  std::vector<size_t> here;
  for (size_t back = si + 1; back-- > 0 && si - back <= 1;) {
    for (bool names_only : {false, true}) {
      std::vector<size_t> found;
      for (const auto& p : placement.by_sentence[back]) {
        if (back == si && p.first >= at) break;
        if (names_only && MentionIsDemonym(doc, p.entity, p.first)) continue;
        bool fits = people ? doc.entities[p.entity].type == EntityType::kPerson : IsCountry(doc, book, p.entity);
        if (fits && std::find(found.begin(), found.end(), p.entity) == found.end() &&
            std::find(here.begin(), here.end(), p.entity) == here.end())
          found.push_back(p.entity);
      }
      // ("Mali, Burkina Faso and Niger left ECOWAS ... Niamey expelled the
      // French ambassador and ordered American troops to leave. ECOWAS has
      // offered talks with the three states": a set the sentence before
      // names partly by demonyms gives way to the last list of as many
      // names.)
      bool demonym_in = false;
      for (const auto& p : placement.by_sentence[back])
        demonym_in = demonym_in || (back < si && std::find(found.begin(), found.end(), p.entity) != found.end() &&
                                    MentionIsDemonym(doc, p.entity, p.first));
      if (!people && found.size() == count && demonym_in)
        if (auto listed = LastListOfStates(doc, book, placement, si, at, count); !listed.empty()) return listed;
      if (found.size() == count) return found;
      // ("Sandu met Zelensky, together with Macron, Merz and Tusk. The three
      // leaders pledged ...": the last people of a list.)
      if (people && found.size() > count && back < si) {
        std::vector<Placed> listed;
        for (const auto& p : placement.by_sentence[back])
          if (doc.entities[p.entity].type == EntityType::kPerson) listed.push_back(p);
        bool list = listed.size() >= count;
        for (size_t k = listed.size() - count + 1; list && k < listed.size(); ++k)
          for (uint32_t j = listed[k - 1].end; list && j < listed[k].first; ++j) {
            const Token& w = doc.tokens[j];
            list = w.folded == "," || w.folded == "and" || w.capitalized || book.lexicon.Has("person_titles", w);
          }
        std::vector<size_t> last;
        for (size_t k = listed.size() - count; list && k < listed.size(); ++k)
          if (std::find(last.begin(), last.end(), listed[k].entity) == last.end()) last.push_back(listed[k].entity);
        if (list && last.size() == count) return last;
      }
      if (back == si && !names_only) here = found;
      if (found.size() < count) break;
    }
  }
  return {};
}

// "the three countries", "the four governments", "the five leaders": the
// number of states (three to six; "the two" is PairPhraseAt's) such a phrase
// at `i` names, its nouns those of lexicon lists pair_state_nouns (or
// pair_person_nouns: *people is set); its length in *length; 0 if none.
size_t StateGroupAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i, uint32_t* length,
                    bool* people) {
  const auto& t = doc.tokens;
  if (t[i].folded != "the" || i + 2 >= s.end_token) return 0;
  // ("the three European states": one capitalised word may stand before
  // the noun.)
  uint32_t noun = i + 2;
  if (t[noun].is_word && t[noun].capitalized && noun + 1 < s.end_token &&
      (book.lexicon.Has("pair_state_nouns", t[noun + 1]) || book.lexicon.Has("pair_person_nouns", t[noun + 1])))
    ++noun;
  *people = book.lexicon.Has("pair_person_nouns", t[noun]);
  if (!*people && !book.lexicon.Has("pair_state_nouns", t[noun])) return 0;
  static const std::map<std::string, size_t> kCounts = {{"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}};
  auto count = kCounts.find(t[i + 1].folded);
  if (count == kCounts.end()) return 0;
  *length = noun + 1 - i;
  return count->second;
}

// Tokens of an anaphor starting at `i`: "it", "he", "she" (sentence-first
// only) or "the [Adj ...] country|nation|state|republic".
enum class AnaphorKind {
  kState, kStateInClause, kStatePossessive, kPerson, kRelativeOf, kGovernmentOf, kArticleState, kOrganization,
  kOfficeOf, kPersonObject, kListedBody, kRegion, kMeasureOwner
};

// "Its commander, Mazloum Abdi", "and its intelligence chief, İbrahim
// Kalın": the body or state whose office it is, the subject before: the
// first one named earlier in the sentence, else in the sentence before
// (a demonym modifies; it is no subject).
long OfficeAntecedent(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                      uint32_t i) {
  auto first_actor = [&](size_t sentence, uint32_t before) -> long {
    for (const auto& p : placement.by_sentence[sentence]) {
      if (p.first >= before) break;
      const Entity& e = doc.entities[p.entity];
      if (e.type != EntityType::kOrganization && e.type != EntityType::kLocation) continue;
      bool demonym = std::any_of(e.mentions.begin(), e.mentions.end(),
                                 [&](const Mention& m) { return m.first_token == p.first && m.demonym; });
      if (!demonym) return static_cast<long>(p.entity);
    }
    return -1;
  };
  // "Israel killed its leader, Hassan Nasrallah": who is killed or ousted
  // is no officer of the one that does it; the body the sentence before
  // opened with is meant.
  bool harmed = i > doc.sentences[si].first_token && book.lexicon.Has("harm_verbs", doc.tokens[i - 1]);
  long here = harmed ? -1 : first_actor(si, i);
  // "recognise the Taliban government of Afghanistan, accepting the
  // credentials of its new ambassador": after "of", the office is the
  // nearest body's or state's before it.
  if (!harmed && i > doc.sentences[si].first_token && doc.tokens[i - 1].folded == "of")
    for (const auto& p : placement.by_sentence[si]) {
      if (p.first >= i) break;
      const Entity& e = doc.entities[p.entity];
      if ((e.type == EntityType::kOrganization || e.type == EntityType::kLocation) &&
          std::none_of(e.mentions.begin(), e.mentions.end(),
                       [&](const Mention& m) { return m.first_token == p.first && m.demonym; }))
        here = static_cast<long>(p.entity);
    }
  if (here >= 0 || si == 0) return here;
  long before = first_actor(si - 1, UINT32_MAX);
  return harmed && before == first_actor(si, i) ? -1 : before;
}

// The comma that closes an opening adverbial ("After the coup in Niger,
// ECOWAS ..."): the sentence's first, where a fronting word (lexicon
// fronting_words) opens the sentence and a word follows the comma; the
// sentence's end otherwise.
uint32_t OpeningAdverbialComma(const Document& doc, const RuleBook& book, const Sentence& s) {
  if (!book.lexicon.Has("fronting_words", doc.tokens[s.first_token])) return s.end_token;
  uint32_t comma = s.first_token;
  while (comma < s.end_token && doc.tokens[comma].folded != ",") ++comma;
  return comma + 1 < s.end_token ? comma : s.end_token;
}

// The state whose mention opens the clause after token `comma` (past
// "the"), or -1.
long StateOpeningClauseAfter(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                             uint32_t comma) {
  uint32_t main = comma + 1;
  if (main < doc.sentences[si].end_token && doc.tokens[main].folded == "the") ++main;
  for (const auto& p : placement.by_sentence[si])
    if (p.first == main && IsCountry(doc, book, p.entity)) return static_cast<long>(p.entity);
  return -1;
}

// "After Israeli and American strikes on its nuclear sites, Iran
// suspended ...": "its" in an opening adverbial looks ahead to the state
// that opens the main clause. That state, or -1.
long FrontedForState(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si, uint32_t i) {
  uint32_t comma = OpeningAdverbialComma(doc, book, doc.sentences[si]);
  if (comma < i || comma == doc.sentences[si].end_token) return -1;  // the pronoun is past the adverbial
  return StateOpeningClauseAfter(doc, book, placement, si, comma);
}

// "After the coup in Niger in July 2023, ECOWAS closed borders and froze
// the country's assets": "the country" in a main clause whose subject is
// no state is the one state the opening adverbial names (not by a
// demonym, which describes: "After Russian strikes, the IAEA said the
// country ..."). That state, or -1.
long StateOfOpeningAdverbial(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                             uint32_t i) {
  uint32_t comma = OpeningAdverbialComma(doc, book, doc.sentences[si]);
  if (comma + 1 >= i) return -1;
  long state = -1;
  for (const auto& p : placement.by_sentence[si]) {
    if (p.first >= i) break;
    if (!IsCountry(doc, book, p.entity)) continue;
    if (p.first > comma) return -1;  // a state of the main clause, its subject or another
    if (MentionIsDemonym(doc, p.entity, p.first) || (state >= 0 && state != static_cast<long>(p.entity))) return -1;
    state = static_cast<long>(p.entity);
  }
  return StateOpeningClauseAfter(doc, book, placement, si, comma) >= 0 ? -1 : state;
}

// Whether only title words (capitalised, or of the lexicon's titles) stand
// between the sentence's start and token `first`: "Saudi Crown Prince
// Mohammed bin Salman ...", "Ahmed al-Sharaa became ...".
bool OpensWithName(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t first) {
  if (first < s.first_token || first > s.first_token + 4) return false;
  for (uint32_t k = s.first_token; k < first; ++k) {
    const Token& t = doc.tokens[k];
    if (!t.is_word || !(t.capitalized || t.folded == "the" || book.lexicon.Has("person_titles", t))) return false;
  }
  return true;
}

// Whether the person's given name is in the lexicon's list for the
// pronoun's sex (`same`) or for the other (female_given_names,
// male_given_names; names of either are in neither).
bool GivenNameOfSex(const Document& doc, const RuleBook& book, long entity, const std::string& pronoun, bool same) {
  if (entity < 0) return false;
  bool female = pronoun == "her" || pronoun == "she";
  bool male = pronoun == "him" || pronoun == "he" || pronoun == "his";
  if (!female && !male) return false;
  const std::string& name = doc.entities[static_cast<size_t>(entity)].name;
  return book.lexicon.Contains(female == same ? "female_given_names" : "male_given_names",
                               text::MatchKey(name.substr(0, name.find(' '))));
}

// "Rubio, who had nominated her, congratulated her": a pronoun of one sex
// stands for no one whose given name says the other.
bool PronounMisfits(const Document& doc, const RuleBook& book, long entity, const std::string& pronoun) {
  return GivenNameOfSex(doc, book, entity, pronoun, false);
}

// Whether the person's given name says the pronoun's sex ("her" for
// Giorgia Meloni).
bool PronounFits(const Document& doc, const RuleBook& book, long entity, const std::string& pronoun) {
  return GivenNameOfSex(doc, book, entity, pronoun, true);
}

// The people named before the pronoun at `i`, sentence by sentence going
// back from this one (from the one before when `this_sentence` is false) to
// `max_back` sentences back: the first (or, with `last_of_sentence`, the
// last) of the nearest sentence that `fits` accepts; -1 when none does.
// The pronoun readers below differ only in these choices.
long NearestPersonBefore(const Document& doc, const Resolution& placement, size_t si, uint32_t i, size_t max_back,
                         bool this_sentence, bool last_of_sentence, const std::function<bool(long)>& fits) {
  for (size_t back = this_sentence ? si + 1 : si; back-- > 0 && si - back <= max_back;) {
    long found = -1;
    for (const auto& pl : placement.by_sentence[back])
      if ((back < si || pl.end <= i) && doc.entities[pl.entity].type == EntityType::kPerson &&
          fits(static_cast<long>(pl.entity))) {
        found = static_cast<long>(pl.entity);
        if (!last_of_sentence) return found;
      }
    if (found >= 0) return found;
  }
  return -1;
}

// "President Xiomara Castro ... In 2023 her government broke relations
// with Taiwan, a decision Asfura has promised to review. She threatened
// ...": the first person of the nearest sentence (this one before the
// pronoun at `i`, else up to three before) whose given name does not say
// the other sex than the pronoun's; -1 when none.
long NearestPersonOfSex(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                        uint32_t i) {
  const std::string& pronoun = doc.tokens[i].folded;
  return NearestPersonBefore(doc, placement, si, i, 3, true, false,
                             [&](long e) { return !PronounMisfits(doc, book, e, pronoun); });
}

// "The committee's chair, Jørgen Watne Frydnes, described Machado as a
// unifying figure. She won the primary": of the people named in this
// sentence before the pronoun and the one before it, the nearest whose
// given name says the pronoun's sex; -1 when none does.
long NearestPersonFitting(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                          uint32_t i) {
  const std::string& pronoun = doc.tokens[i].folded;
  return NearestPersonBefore(doc, placement, si, i, 1, true, true,
                             [&](long e) { return PronounFits(doc, book, e, pronoun); });
}

long ObjectPronounCandidate(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                            uint32_t i, long subject, int depth);

// "him" after a verb: the last person named before it in the sentence
// who is not its subject ("Trump, who met al-Sharaa in May, praised him"),
// else the last one the sentence before named ("The EU sanctioned Shor.
// Washington sanctioned him too"); -1 where that is the subject too.
long ObjectPronounAntecedent(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                             uint32_t i, long subject, int depth = 0) {
  // ("Johannes Kaiser ..., and Evelyn Matthei ... have both endorsed him":
  // after "both", "all" or "each" before the verb, the pronoun is none of
  // the people the sentence named before it; someone of the sentences
  // before.)
  const Sentence& sentence = doc.sentences[si];
  if (i >= sentence.first_token + 2 && LooksLikeVerb(book, doc.tokens[i - 1]) &&
      (doc.tokens[i - 2].folded == "both" || doc.tokens[i - 2].folded == "all" || doc.tokens[i - 2].folded == "each")) {
    auto named_here = [&](long e) {
      return std::any_of(placement.by_sentence[si].begin(), placement.by_sentence[si].end(),
                         [&](const Placed& p) { return static_cast<long>(p.entity) == e && p.first < i; });
    };
    return NearestPersonBefore(doc, placement, si, i, 3, false, false, [&](long e) {
      return !named_here(e) && !PronounMisfits(doc, book, e, doc.tokens[i].folded);
    });
  }
  long found = ObjectPronounCandidate(doc, book, placement, si, i, subject, depth);
  if (found >= 0 && !PronounMisfits(doc, book, found, doc.tokens[i].folded)) {
    // ("She met Xi Jinping at the summit, and Lee Jae-myung welcomed her":
    // the woman the sentence's opening "She" stands for outweighs a name
    // that says nothing of sex.)
    const Sentence& s = doc.sentences[si];
    if (doc.tokens[i].folded == "her" && !PronounFits(doc, book, found, "her") &&
        doc.tokens[s.first_token].folded == "she" && OpensWithPersonalPronoun(doc, book, placement, si)) {
      // (The opener may be the sentence's subject where "her" is in a clause
      // of its own, after ", and" or ";".)
      bool own_clause = false;
      for (uint32_t k = s.first_token; k + 1 < i; ++k)
        own_clause = own_clause || doc.tokens[k].folded == ";" ||
                     (doc.tokens[k].folded == "," && doc.tokens[k + 1].folded == "and");
      long opener = FindAntecedents(doc, book, placement, si).person;
      if (opener >= 0 && (opener != subject || own_clause) && PronounFits(doc, book, opener, "her")) return opener;
    }
    return found;
  }
  // (With no candidate, only where someone named before it in the sentence
  // is of the other sex: the syntax ruled out the others, not their sex.
  // "Petro cannot run ..., and the candidates of the right have attacked
  // him" stays unresolved, not some man of an earlier sentence.)
  if (found < 0) {
    bool misfit_here = false;
    for (const auto& pl : placement.by_sentence[si])
      if (pl.end <= i && doc.entities[pl.entity].type == EntityType::kPerson &&
          PronounMisfits(doc, book, static_cast<long>(pl.entity), doc.tokens[i].folded))
        misfit_here = true;
    if (!misfit_here) return -1;
  }
  // ("Kenya's president, William Ruto, congratulated her": when there is
  // no candidate or its given name says the other sex, the nearest person
  // before whose name does not, other than the one who acts; with no
  // candidate at all, only from the sentences before, as this one's were
  // ruled out: "Steve Witkoff, Trump's envoy, held talks with him".)
  const std::string& pronoun = doc.tokens[i].folded;
  long nearest = NearestPersonBefore(doc, placement, si, i, 3, found >= 0, false, [&](long e) {
    return e != found && e != subject && !PronounMisfits(doc, book, e, pronoun);
  });
  // ("Machado dedicated the award to Trump. That gesture divided her
  // supporters. ... Milei and Noboa congratulated her": "her" may reach
  // further back, to a woman a given name says is one.)
  if (nearest < 0 && pronoun == "her")
    nearest = NearestPersonBefore(doc, placement, si, i, 5, found >= 0, false, [&](long e) {
      return e != found && e != subject && PronounFits(doc, book, e, pronoun);
    });
  return nearest;
}

long ObjectPronounCandidate(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                            uint32_t i, long subject, int depth) {
  // ("A panel of the court convicted former president Jair Bolsonaro ...
  // and sentenced him": the first person named is no subject where a verb
  // stands right before the name and its titles.)
  for (const auto& p : placement.by_sentence[si]) {
    if (static_cast<long>(p.entity) != subject || p.first >= i) continue;
    uint32_t k = p.first;
    while (k > doc.sentences[si].first_token &&
           (book.lexicon.Has("person_titles", doc.tokens[k - 1]) || doc.tokens[k - 1].folded == "former"))
      --k;
    if (k > doc.sentences[si].first_token && LooksLikeVerb(book, doc.tokens[k - 1])) subject = -1;
    break;
  }
  // "X resigned, and Y, a doctor, replaced him": a clause joined by ", and"
  // (or after ";", or ", where": "Al-Sharaa visited the White House, where
  // Trump praised him") has a subject of its own, its first person.
  const Sentence& s = doc.sentences[si];
  // "The parties that removed her, including Fuerza Popular, led by Keiko
  // Fujimori, had protected her": the same object pronoun twice in a
  // sentence stands for the same person, whoever is named between.
  // ("Trump, who hosted him in November, ..., and praised him": in a clause
  // of its own too.)
  if (depth < 2)
    for (uint32_t k = s.first_token + 1; k < i; ++k)
      if (doc.tokens[k].folded == doc.tokens[i].folded && LooksLikeVerb(book, doc.tokens[k - 1]))
        return ObjectPronounAntecedent(doc, book, placement, si, k, subject, depth + 1);
  const long sentence_subject = subject;
  uint32_t clause = s.first_token;
  static const std::set<std::string> kClauseOpeners = {"and", "but", "where", "when", "while", "whereas"};
  for (uint32_t k = s.first_token; k + 1 < i; ++k)
    if (doc.tokens[k].folded == ";" || (doc.tokens[k].folded == "," && kClauseOpeners.count(doc.tokens[k + 1].folded)))
      clause = k + 1;
  // ("Petro cannot run in May, and the candidates of the right have
  // attacked him": so does one with no name before the pronoun.)
  if (clause > s.first_token && subject >= 0 &&
      std::none_of(placement.by_sentence[si].begin(), placement.by_sentence[si].end(),
                   [&](const Placed& p) { return p.first >= clause && p.first < i; }) &&
      std::none_of(placement.by_sentence[si].begin(), placement.by_sentence[si].end(), [&](const Placed& p) {
        return p.first < i && doc.entities[p.entity].type == EntityType::kPerson &&
               static_cast<long>(p.entity) != subject;
      }))
    return subject;
  if (clause > s.first_token)
    for (const auto& p : placement.by_sentence[si])
      if (p.first >= clause && p.first < i) {
        // ("Petro called the strikes murder, and the Treasury responded by
        // sanctioning him": a clause whose subject is no person points
        // back to the sentence's.)
        if (doc.entities[p.entity].type != EntityType::kPerson) {
          bool other_person = false;
          for (const auto& q : placement.by_sentence[si])
            other_person = other_person || (q.first < i && doc.entities[q.entity].type == EntityType::kPerson &&
                                            static_cast<long>(q.entity) != subject);
          if (subject >= 0 && !other_person) return subject;
          break;
        }
        subject = static_cast<long>(p.entity);
        break;
      }
  // ("Dodik travelled to Moscow, where he met Vladimir Putin, and to
  // Budapest, where Viktor Orbán received him": after a "he" that stood for
  // the sentence's subject, "him" in a clause with another subject is that
  // subject again.)
  if (clause > s.first_token && sentence_subject >= 0 && subject != sentence_subject &&
      doc.entities[static_cast<size_t>(sentence_subject)].type == EntityType::kPerson) {
    const std::string& object_form = doc.tokens[i].folded;
    const char* subject_form = object_form == "him" ? "he" : object_form == "her" ? "she" : nullptr;
    for (uint32_t k = s.first_token + 1; subject_form && k < clause; ++k)
      if (doc.tokens[k].folded == subject_form) return sentence_subject;
  }
  // "Steve Witkoff, Trump's envoy, held talks with him": the possessor
  // that opens an apposition to the subject describes the subject and is
  // not whom the pronoun stands for.
  auto describes_subject = [&](const std::vector<Placed>& placed, const Placed& p) {
    if (p.end >= s.end_token || doc.tokens[p.end].folded != "'s" || p.first < 2) return false;
    if (doc.tokens[p.first - 1].folded != ",") return false;
    return std::any_of(placed.begin(), placed.end(), [&](const Placed& q) {
      return static_cast<long>(q.entity) == subject && q.end + 1 == p.first;
    });
  };
  // ("Paetongtarn Shinawatra addressed Hun Sen ... Anutin replaced her":
  // one whose given name says the pronoun's sex outweighs the others.)
  bool skipped_agent = false;  // a possessor last_person passed over as the agent of an infinitive
  auto last_person = [&](const std::vector<Placed>& placed, uint32_t before) {
    long found = -1, fitting = -1;
    for (const auto& p : placed) {
      if (p.first >= before) break;
      // ("Progressive Slovakia, led by Michal Šimečka, accuses him": nor
      // is the leader named in the subject's own description.)
      bool leads_subject = p.first >= 2 && doc.tokens[p.first - 1].folded == "by" &&
                           book.lexicon.Has("leading_participles", doc.tokens[p.first - 2]);
      // ("convicted Bolsonaro of plotting a coup after his defeat by Lula,
      // and sentenced him": nor is one after "by" where someone else was
      // named before.)
      leads_subject = leads_subject || (found >= 0 && p.first >= 1 && doc.tokens[p.first - 1].folded == "by");
      // ("Babiš formed a coalition with the Freedom and Direct Democracy
      // party of Tomio Okamura ..., and Pavel appointed him": nor the leader
      // named after a body's word and "of".)
      leads_subject = leads_subject || (found >= 0 && p.first >= 2 && doc.tokens[p.first - 1].folded == "of" &&
                                        book.lexicon.Has("party_heads", doc.tokens[p.first - 2]));
      // ("Kim did not respond to Trump's offer to meet him": nor the
      // possessor of the noun whose infinitive the pronoun is the object
      // of, who would do it.)
      bool agent_of_infinitive = p.end + 2 < i && i >= 2 && doc.tokens[p.end].folded == "'s" &&
                                 doc.tokens[i - 2].folded == "to" && i - 2 - (p.end + 1) <= 3;
      for (uint32_t k = p.end + 1; agent_of_infinitive && k + 2 < i; ++k)
        agent_of_infinitive = doc.tokens[k].is_word && !doc.tokens[k].capitalized;
      leads_subject = leads_subject || agent_of_infinitive;
      skipped_agent = skipped_agent || agent_of_infinitive;
      if (doc.entities[p.entity].type == EntityType::kPerson && static_cast<long>(p.entity) != subject &&
          !describes_subject(placed, p) && !leads_subject &&
          !PronounMisfits(doc, book, static_cast<long>(p.entity), doc.tokens[i].folded)) {
        found = static_cast<long>(p.entity);
        if (PronounFits(doc, book, found, doc.tokens[i].folded)) fitting = found;
      }
    }
    return fitting >= 0 ? fitting : found;
  };
  const auto& placed = placement.by_sentence[si];
  // "Kast admires Javier Milei, who congratulated him": inside a relative
  // clause on someone other than the subject, the pronoun is the subject.
  if (subject >= 0)
    for (uint32_t k = i; k-- > s.first_token + 1;) {
      const std::string& w = doc.tokens[k].folded;
      if (w == ";" || (w == "," && k + 1 < i && doc.tokens[k + 1].folded != "who")) break;
      if (w != "who" || doc.tokens[k - 1].folded != ",") continue;
      for (const auto& p : placed)
        if (p.end == k - 1 && doc.entities[p.entity].type == EntityType::kPerson &&
            static_cast<long>(p.entity) != subject)
          return subject;
      break;
    }
  long found = last_person(placed, i);
  // (Where that possessor was the only other person, the subject is meant.)
  if (found < 0 && skipped_agent && subject >= 0) return subject;
  // ("Kast has praised Milei of Argentina and Bukele of El Salvador, and
  // Milei travelled to Santiago to congratulate him": one listed with the
  // clause's subject is no one it congratulates; the sentence's subject is.)
  if (found >= 0 && clause > s.first_token && subject >= 0 && subject != sentence_subject && sentence_subject >= 0 &&
      sentence_subject != found) {
    auto listed_with = [&](const Placed& a, const Placed& b) {
      for (uint32_t k = a.end; k < b.first; ++k) {
        const std::string& w = doc.tokens[k].folded;
        if (w == "and" || w == "," || w == "of" || w == "the") continue;
        bool in_place = std::any_of(placed.begin(), placed.end(), [&](const Placed& q) {
          return q.first <= k && k < q.end && doc.entities[q.entity].type == EntityType::kLocation;
        });
        if (!in_place) return false;
      }
      return true;
    };
    for (const auto& a : placed)
      for (const auto& b : placed)
        if (a.end <= b.first && b.first < clause &&
            ((static_cast<long>(a.entity) == subject && static_cast<long>(b.entity) == found) ||
             (static_cast<long>(a.entity) == found && static_cast<long>(b.entity) == subject)) &&
            listed_with(a, b))
          return sentence_subject;
  }
  // ("Lecornu became prime minister when Macron appointed him": the
  // person right before the verb is its subject, whom "him" is not; "Trump,
  // who first met him": an adverb may stand between.)
  if (found >= 0 && i >= s.first_token + 2)
    for (const auto& p : placed)
      if (static_cast<long>(p.entity) == found && LooksLikeVerb(book, doc.tokens[i - 1]) &&
          (p.end + 1 == i || (p.end + 2 == i && book.lexicon.Has("verb_adverbs", doc.tokens[p.end])))) {
        long earlier = last_person(placed, p.first);
        found = earlier >= 0 && earlier != found ? earlier : subject >= 0 && subject != found ? subject : -1;
        break;
      }
  // "Trump said the court had wronged him": with only the subject named
  // before, a pronoun in a clause of its own is the subject; in the
  // subject's own clause ("Erdoğan hosted him") it is someone named before.
  auto subject_at = std::find_if(placed.begin(), placed.end(), [&](const Placed& p) {
    return p.first < i && static_cast<long>(p.entity) == subject;
  });
  bool subject_only = false;
  // ("Mark Rutte, the former Dutch prime minister who now leads NATO,
  // congratulated him": an aside on the subject opens no clause of its own.)
  uint32_t after_subject = subject_at != placed.end() ? subject_at->end : i;
  // ("Donald Trump, who first met him in Riyadh": inside a relative clause
  // on the subject, the subject is who acts, not whom the pronoun means.)
  bool opens_relative = after_subject + 1 < i && doc.tokens[after_subject].folded == "," &&
                        doc.tokens[after_subject + 1].folded == "who";
  const uint32_t aside_open = after_subject;
  if (after_subject < i && doc.tokens[after_subject].folded == ",")
    for (uint32_t k = after_subject + 1; k < i; ++k)
      if (doc.tokens[k].folded == ",") {
        after_subject = k + 1;
        break;
      }
  bool in_subject_relative = opens_relative && after_subject == aside_open;
  if (found < 0 && subject_at != placed.end() && !in_subject_relative)
    for (uint32_t k = after_subject; k < i && !subject_only; ++k)
      subject_only = book.lexicon.Has("speech_verbs", doc.tokens[k]) ||
                     book.lexicon.Has("subject_clause_openers", doc.tokens[k]);
  if (found < 0 && subject_only) return subject;
  if (found < 0 && !subject_only && si > 0) {
    // "He travelled to Tokyo ... begun under Yoon. In Washington, Trump
    // pressed him": the person a pronoun carried through the sentence
    // before is the one still spoken of, not the last one it named.
    if (OpensWithPersonalPronoun(doc, book, placement, si - 1)) {
      long carried = FindAntecedents(doc, book, placement, si - 1).person;
      if (carried >= 0 && carried != subject) return carried;
    }
    // "Russia, which supplied him with mercenaries ..., has moved equipment
    // since the fall of Bashar al-Assad. The UAE and Egypt have backed
    // him": a pronoun the sentence before used for a person, before it
    // named anyone, carries that person on.
    const auto& before = placement.by_sentence[si - 1];
    const Sentence& prev = doc.sentences[si - 1];
    if (depth < 2) {
      uint32_t first_named = prev.end_token;
      for (const auto& p : before)
        if (doc.entities[p.entity].type == EntityType::kPerson) {
          first_named = p.first;
          break;
        }
      for (uint32_t k = prev.first_token + 1; k < first_named; ++k)
        // ("was obliged to arrest him": a bare verb after "to".)
        if (doc.tokens[k].folded == "him" &&
            (LooksLikeVerb(book, doc.tokens[k - 1]) || (k >= prev.first_token + 2 && doc.tokens[k - 2].folded == "to" &&
                                                       doc.tokens[k - 1].is_word && !doc.tokens[k - 1].capitalized))) {
          long carried = ObjectPronounAntecedent(doc, book, placement, si - 1, k, -1, depth + 1);
          if (carried >= 0 && carried != subject) return carried;
          break;
        }
    }
    // "Ahmed al-Sharaa became ... after his rebels overthrew Bashar
    // al-Assad. Trump praised him": the person the sentence before opened
    // with, its subject, before one it named later.
    // ("Ishiba resigned ..., and Sanae Takaichi succeeded him. Lee met
    // her": a main clause joined by ", and" with a person as its subject
    // moves the story on to that person.)
    long joined_subject = -1;
    for (const auto& p : before) {
      if (p.first < prev.first_token + 2 || doc.entities[p.entity].type != EntityType::kPerson) continue;
      uint32_t k = p.first - 1;
      while (k > prev.first_token + 1 && book.lexicon.Has("person_titles", doc.tokens[k])) --k;
      if ((doc.tokens[k].folded == "and" || doc.tokens[k].folded == "but") && doc.tokens[k - 1].folded == ",")
        joined_subject = static_cast<long>(p.entity);
    }
    if (joined_subject >= 0 && joined_subject != subject) return joined_subject;
    if (!before.empty() && doc.entities[before.front().entity].type == EntityType::kPerson &&
        static_cast<long>(before.front().entity) != subject && OpensWithName(doc, book, prev, before.front().first))
      return static_cast<long>(before.front().entity);
    found = last_person(before, UINT32_MAX);
  }
  return found;
}

// Whether the mention at token `first` opens the sentence: first or after
// "the", or after a short opening phrase in lower case and its comma ("For
// the first time, the EU also listed ...").
bool OpensTheSentence(const Document& doc, const Sentence& s, uint32_t first) {
  if (first <= s.first_token + 1) return true;
  if (first > s.first_token + 8) return false;
  uint32_t k = doc.tokens[first - 1].folded == "the" ? first - 1 : first;
  if (k == s.first_token || doc.tokens[k - 1].folded != ",") return false;
  for (uint32_t j = s.first_token + 1; j + 1 < k; ++j)
    if (!doc.tokens[j].is_word || doc.tokens[j].capitalized) return false;
  return true;
}

// Whether only a time adverbial stands before token `i` of the sentence:
// "Days later it also sanctioned Burhan", "In May 2024, he met ...".
bool OnlyTimeBefore(const Document& doc, const Sentence& s, uint32_t i) {
  static const std::set<std::string> kTimeWords = {
      "a", "an", "the", "few", "several", "later", "earlier", "days", "weeks", "months", "years", "day", "week",
      "month", "year", "then", "soon", "afterwards", "in", "on", "by", "since", "last", "next", "that", "this",
      "two", "three", "four", "five", "six", "ten", ",", "early", "late", "mid", "hours", "shortly", "after",
      "following", "same", "weekend"};
  if (i <= s.first_token || i > s.first_token + 5) return false;
  bool time = false;
  for (uint32_t k = s.first_token; k < i; ++k) {
    const Token& w = doc.tokens[k];
    bool month = text::MonthNumber(w.folded) != 0 && w.capitalized;
    if (!(w.is_number || month || kTimeWords.count(w.folded))) return false;
    // ("In the following days, the authorities arrested ...".)
    time = time || w.is_number || month || w.folded == "later" || w.folded == "earlier" || w.folded == "afterwards" ||
           (w.folded == "days" && k > s.first_token && doc.tokens[k - 1].folded == "following");
  }
  return time;
}

// The words that open an apposition with no possessor named in it.
bool ApposedDeterminer(const Token& t) { return t.folded == "the" || t.folded == "a" || t.folded == "an"; }

// Whether the comma at `comma` closes an apposition to the name that
// opens the sentence: "Sergio Gor, the new US ambassador to India, said
// ...". The words between the two commas hold no verb.
bool ClosesOpeningApposition(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                             const Sentence& s, uint32_t comma) {
  const auto& t = doc.tokens;
  auto opener = std::find_if(placed.begin(), placed.end(), [&](const Placed& p) {
    return doc.entities[p.entity].type != EntityType::kEvent && p.end < comma && t[p.end].folded == ",";
  });
  if (opener == placed.end() || opener->first > s.first_token + 3) return false;
  uint32_t open = opener->end;
  if (open + 1 >= comma) return false;
  // (", al-Qaeda's branch in the Sahel,": a possessor may open it.)
  bool possessor = std::any_of(placed.begin(), placed.end(), [&](const Placed& p) {
    return p.first == open + 1 && p.end < comma && t[p.end].folded == "'s";
  });
  if (!possessor && !ApposedDeterminer(t[open + 1])) return false;
  for (uint32_t k = open + 1; k < comma; ++k)
    if (t[k].folded == "," || t[k].folded == ";" || (t[k].is_word && !t[k].capitalized && LooksLikeVerb(book, t[k])))
      return false;
  return true;
}

// Whether the comma at `comma` closes an apposition to a person named
// anywhere before: "on the day Keith Kellogg, Donald Trump's special envoy
// for Ukraine, met Alexander Lukashenko". It opens with a possessor, "the",
// "a" or "an", and holds no verb.
bool ClosesPersonsApposition(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                             const Sentence& s, uint32_t comma) {
  const auto& t = doc.tokens;
  uint32_t open = comma;
  while (open > s.first_token && t[open - 1].folded != "," && t[open - 1].folded != ";") --open;
  if (open <= s.first_token + 1 || open >= comma) return false;
  --open;  // the comma that opens it
  bool after_person = std::any_of(placed.begin(), placed.end(), [&](const Placed& p) {
    return p.end == open && doc.entities[p.entity].type == EntityType::kPerson;
  });
  if (!after_person) return false;
  bool possessor = std::any_of(placed.begin(), placed.end(), [&](const Placed& p) {
    return p.first == open + 1 && p.end < comma && t[p.end].folded == "'s";
  });
  if (!possessor && !ApposedDeterminer(t[open + 1])) return false;
  for (uint32_t k = open + 1; k < comma; ++k)
    if (t[k].is_word && !t[k].capitalized && LooksLikeVerb(book, t[k])) return false;
  return true;
}

// Whether the names before token `last_first` are a list of examples set
// off by ", including" (", such as", ", notably"): "Several governments,
// including Spain, Ireland and Norway, recognised ...". The comma after
// it closes the aside; it joins no verb phrases.
bool ClosesExampleList(const Document& doc, const std::vector<Placed>& placed, const Sentence& s, uint32_t last_first) {
  const auto& t = doc.tokens;
  uint32_t k = last_first;
  while (k > s.first_token + 1) {
    uint32_t prev = k - 1;
    const std::string& w = t[prev].folded;
    if (w == "including" || w == "notably" || (w == "as" && prev > s.first_token && t[prev - 1].folded == "such")) {
      uint32_t comma = w == "as" ? prev - 1 : prev;
      return comma > s.first_token && t[comma - 1].folded == ",";
    }
    if (w == "," || w == "and" || w == "the") {
      k = prev;
      continue;
    }
    auto name = std::find_if(placed.begin(), placed.end(), [&](const Placed& p) { return p.end == k; });
    if (name == placed.end()) return false;
    k = name->first;
  }
  return false;
}

// The person whose apposition ends before token `end`: "Issa Tchiroma, a
// former government spokesman" before "who", "Kirill Dmitriev, the head of
// the Russian Direct Investment Fund" before ", who", "Georgescu, a critic
// of NATO" (past the bodies and places it names). At most six lower-case
// words; with `article_opens`, the apposition opens with "a", "an" or
// "the". -1 where no person's comma opens it.
long PersonOfApposition(const Document& doc, const std::vector<Placed>& placed, const Sentence& s, uint32_t end,
                        bool article_opens, uint32_t* person_first) {
  for (uint32_t k = end, words = 0; k-- > s.first_token + 1 && words < 6; ++words) {
    const Token& w = doc.tokens[k];
    // ("Siniša Karan, a loyalist of Dodik's Alliance of Independent Social
    // Democrats, who": a possessor, person or not, is stepped over with its
    // "'s".)
    if (w.folded == "'s") {
      bool stepped = false;
      for (const auto& pl : placed)
        if (pl.end == k && pl.first > s.first_token + 1 && !doc.tokens[pl.first - 1].capitalized) {
          k = pl.first;
          stepped = true;
        }
      if (stepped) continue;
    }
    if (w.capitalized && doc.tokens[k - 1].folded != ",") {
      bool stepped = false;
      for (const auto& pl : placed)
        if (pl.end == k + 1 && pl.first > s.first_token + 1 && doc.entities[pl.entity].type != EntityType::kPerson &&
            !doc.tokens[pl.first - 1].capitalized) {
          k = pl.first;
          stepped = true;
        }
      if (stepped) continue;
    }
    if (w.folded == ",") {
      if (article_opens) return -1;
      for (const auto& pl : placed)
        if (pl.end == k && doc.entities[pl.entity].type == EntityType::kPerson) {
          *person_first = pl.first;
          return static_cast<long>(pl.entity);
        }
      return -1;
    }
    if (!w.is_word || w.capitalized) return -1;
    if (article_opens && (w.folded == "a" || w.folded == "an" || w.folded == "the") &&
        doc.tokens[k - 1].folded == ",") {
      for (const auto& pl : placed)
        if (pl.end == k - 1 && doc.entities[pl.entity].type == EntityType::kPerson) {
          *person_first = pl.first;
          return static_cast<long>(pl.entity);
        }
      return -1;
    }
  }
  return -1;
}

// Whether the names before token `last_first` name the members of a
// plural subject set off by commas: "the foreign ministers of the two
// countries, Thérèse Kayikwamba Wagner and Olivier Nduhungirehe, signed".
// The comma after them closes the aside; it joins no verb phrases.
bool ClosesNamesOfPluralSubject(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                                const Sentence& s, uint32_t last_first) {
  const auto& t = doc.tokens;
  uint32_t k = last_first;
  bool joined = false;
  while (k > s.first_token + 1 && (t[k - 1].folded == "and" || t[k - 1].folded == ",")) {
    auto name = std::find_if(placed.begin(), placed.end(), [&](const Placed& p) { return p.end == k - 1; });
    if (name == placed.end()) break;
    joined = joined || t[k - 1].folded == "and";
    k = name->first;
  }
  // k: the list's first name; before it, the comma that opens the aside.
  if (!joined || k < s.first_token + 3 || t[k - 1].folded != ",") return false;
  const Token& noun = t[k - 2];
  if (!noun.is_word || noun.capitalized || noun.folded.size() < 4 || noun.folded.back() != 's') return false;
  for (uint32_t j = k - 2; j-- > s.first_token;) {
    const Token& w = t[j];
    if (w.folded == "the" && (j == s.first_token || t[j - 1].folded == ",")) return true;
    if (!w.is_word || w.capitalized || LooksLikeVerb(book, w)) return false;
  }
  return false;
}

// Whether the anaphor of `n` tokens at `i` opens a clause as its subject:
// after "that", "and", a comma or "but", before a verb or a modal.
bool ClauseSubjectAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i, uint32_t n) {
  if (n == 0 || i + n >= s.end_token) return false;
  const Token& before = doc.tokens[i - 1];
  // ("Iran's President Masoud Pezeshkian said the country would not leave":
  // so does a verb of saying.)
  if (!(before.folded == "," || book.lexicon.Has("anaphor_clause_openers", before) ||
        book.lexicon.Has("speech_verbs", before)))
    return false;
  const Token& next = doc.tokens[i + n];
  return book.lexicon.Has("anaphor_subject_auxiliaries", next) || LooksLikeVerb(book, next);
}

// "It trains the Somali army", "It sends peacekeepers": after a
// sentence-opening "it", a word in "-s" before another word is a verb in
// the present.
bool PresentVerbAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t k) {
  const auto& t = doc.tokens;
  if (k + 1 >= s.end_token || !t[k].is_word || t[k].capitalized) return false;
  const std::string& f = t[k].folded;
  if (f.size() < 4 || f.back() != 's' || f.ends_with("ss")) return false;
  // ("It remains unclear whether ...", "it seems": no state's doing.)
  if (book.lexicon.Has("expletive_present_verbs", t[k])) return false;
  return t[k + 1].is_word;
}

uint32_t AnaphorAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i, AnaphorKind* kind) {
  const auto& t = doc.tokens;
  *kind = AnaphorKind::kState;
  // Every anaphor below opens with one of these words; most tokens are
  // none of them, and this runs for every token of every sentence.
  const std::string& w = t[i].folded;
  // "Police detained Ekrem İmamoğlu at his home": the state's police or
  // authorities opening the sentence before a verb act for the state the
  // article is about (lexicon state_agent_nouns).
  // ("In June 2025, security services arrested ...": after a time
  // adverbial the noun is lower-case, and may be two words.)
  if (((i == s.first_token && t[i].capitalized) || (i > s.first_token && OnlyTimeBefore(doc, s, i))) &&
      w.size() > 3 && i + 1 < s.end_token) {
    size_t n = book.lexicon.LongestAt("state_agent_nouns", t, i, s.end_token);
    if (n && i + n < s.end_token && LooksLikeVerb(book, t[i + n])) {
      *kind = AnaphorKind::kArticleState;
      return static_cast<uint32_t>(n);
    }
  }
  // ("The junta has ended the Algiers agreement": so do they after "the".)
  if ((i == s.first_token || OnlyTimeBefore(doc, s, i)) && w == "the" && i + 2 < s.end_token && !t[i + 1].capitalized &&
      book.lexicon.Has("state_agent_nouns", t[i + 1]) &&
      (LooksLikeVerb(book, t[i + 2]) || book.lexicon.Has("anaphor_verbs", t[i + 2]))) {
    *kind = AnaphorKind::kArticleState;
    return 2;
  }
  if (w.size() < 2 || w.size() > 3 ||
      !(w == "he" || w == "she" || w == "it" || w == "him" || w == "her" || w == "its" || w == "his" || w == "the"))
    return 0;
  if ((i == s.first_token || OnlyTimeBefore(doc, s, i)) && t[i].is_word) {
    if (t[i].folded == "he" || t[i].folded == "she") {
      *kind = AnaphorKind::kPerson;
      return 1;
    }
    // ("It upgraded relations with the United States": a verb in the past,
    // but not "It emerged that", lexicon expletive_past_verbs; "It already
    // imports gas": past an adverb.)
    uint32_t v = i + 1;
    if (v + 1 < s.end_token && book.lexicon.Has("verb_adverbs", t[v])) ++v;
    // ("The summit's final declaration was five paragraphs long. It
    // described Russia as a threat": after a sentence about a thing the
    // text names no name for, "It" is that thing.)
    if (t[i].folded == "it" && i == s.first_token && t[i].sentence > 0) {
      const Sentence& prev = doc.sentences[t[i].sentence - 1];
      const std::string& opener = t[prev.first_token].folded;
      // ("The government announced sanctions. It also expelled ...": a
      // state's agent is the state, lexicon state_agent_nouns.)
      bool nameless = (opener == "the" || opener == "this" || opener == "that") &&
                      !(prev.first_token + 1 < prev.end_token &&
                        book.lexicon.Has("state_agent_nouns", t[prev.first_token + 1]));
      for (uint32_t k = prev.first_token + 1; nameless && k < prev.end_token; ++k)
        if (t[k].capitalized || t[k].all_caps) nameless = false;
      if (nameless) return 0;
    }
    if (t[i].folded == "it" && v < s.end_token && t[v].is_word &&
        (book.lexicon.Has("anaphor_verbs", t[v]) || PresentVerbAt(doc, book, s, v) ||
         (LooksLikeVerb(book, t[v]) && !book.lexicon.Has("expletive_past_verbs", t[v]))))
      return 1;
  }
  // "..., but it has not imposed ...": after a clause marker and before a
  // verb, the sentence's first state (else the last sentences').
  // ("..., and in 2025 it held its first exercise with Russia": a short time
  // adverbial may stand between the marker and "it".)
  uint32_t marker = i - 1;
  if (t[i].folded == "it" && i > s.first_token + 2) {
    uint32_t k = i - 1;
    bool dated = false;
    // ("; days later it sanctioned Burhan": so may a relative time.)
    while (k > s.first_token && k + 4 > i &&
           (t[k].is_number || text::MonthNumber(t[k].folded) != 0 ||
            book.lexicon.Has("time_adverbial_openers", t[k]) || book.lexicon.Has("calendar_words", t[k]) ||
            book.lexicon.Has("relative_time_words", t[k]))) {
      dated = dated || t[k].is_number || text::MonthNumber(t[k].folded) != 0 ||
              book.lexicon.Has("calendar_words", t[k]) || book.lexicon.Has("relative_time_words", t[k]);
      --k;
    }
    if (dated) marker = k;
  }
  // ("; it also sanctioned Burhan": an adverb may stand before the verb.)
  uint32_t verb = i + 1;
  if (verb + 1 < s.end_token && book.lexicon.Has("verb_adverbs", t[verb])) ++verb;
  if (t[i].folded == "it" && i > s.first_token && verb < s.end_token &&
      (t[marker].folded == "," || t[marker].folded == ";" || t[marker].folded == ":" ||
       book.lexicon.Has("pronoun_clause_markers", t[marker])) &&
      LooksLikeVerb(book, t[verb])) {  // ("and it suspended imports": any past tense; ": it left the CSTO")
    *kind = AnaphorKind::kStateInClause;
    return 1;
  }
  // "Landlocked between Russia and China, it pursues a policy": after an
  // opening phrase that names no subject, the state the text is about.
  if (t[i].folded == "it" && i > s.first_token + 2 && t[i - 1].folded == "," && verb < s.end_token &&
      (LooksLikeVerb(book, t[verb]) || PresentVerbAt(doc, book, s, verb)) &&
      (book.lexicon.Has("fronting_words", t[s.first_token]) ||
       (t[s.first_token].folded.size() > 4 &&
        (t[s.first_token].folded.ends_with("ed") || t[s.first_token].folded.ends_with("ing"))))) {
    bool first_comma = true;
    for (uint32_t k = s.first_token; k + 1 < i; ++k) first_comma = first_comma && t[k].folded != ",";
    if (first_comma) {
      *kind = AnaphorKind::kArticleState;
      return 1;
    }
  }
  // "Mirziyoyev visited Paris, where he met Macron": after a clause
  // marker, the sentence's first person (else the last sentences').
  // So too before its verb after other words ("and the next day he met").
  if ((t[i].folded == "he" || t[i].folded == "she") && i > s.first_token &&
      (t[i - 1].folded == "," || t[i - 1].folded == ";" || book.lexicon.Has("pronoun_clause_markers", t[i - 1]) ||
       (i + 1 < s.end_token && LooksLikeVerb(book, t[i + 1])) ||
       // ("a state visit during which he and Vladimir Putin signed": the
       // first of two subjects joined by "and".)
       (i + 2 < s.end_token && t[i + 1].folded == "and" && t[i + 2].capitalized))) {
    *kind = AnaphorKind::kPerson;
    return 1;
  }
  // "Wagner recruited fighters in Syria. The EU later added it to its
  // sanctions list": "it" after a verb of listing is the body the sentence
  // before opened with.
  if (t[i].folded == "it" && i > s.first_token && book.lexicon.Has("listing_verbs", t[i - 1])) {
    *kind = AnaphorKind::kListedBody;
    return 1;
  }
  // "Trump, who met al-Sharaa in May, praised him", "sanctions on him": a
  // personal pronoun after a verb or a preposition is an object.
  // ("responded by sanctioning him": after a gerund that "by" opens too;
  // a participle after a comma, ", accusing him", is read with its
  // clause's subject by the rules.)
  // ("responded by revoking his visa and placing him on the list": or
  // after a second gerund that "and" joins to the first.)
  auto gerund = [&](const Token& w) {
    auto ing = [](const Token& x) {
      return x.is_word && !x.capitalized && x.folded.size() > 5 && x.folded.compare(x.folded.size() - 3, 3, "ing") == 0;
    };
    if (!ing(w) || i < s.first_token + 2) return false;
    if (t[i - 2].folded == "by") return true;
    if (t[i - 2].folded != "and") return false;
    for (uint32_t k = i - 2; k-- > s.first_token + 1 && k + 10 > i;)
      if (t[k].folded == "by" && ing(t[k + 1])) return true;
    return false;
  };
  // ("chose her as its leader": "her" before a preposition is no possessive.)
  static const std::set<std::string_view> kAfterObject = {"as", "to", "in", "at", "on", "for", "with", "from",
                                                          "by", "into", "over", "and", "that", "after", "before", "of"};
  if (i > s.first_token &&
      (t[i].folded == "him" ||
       (t[i].folded == "her" && (i + 1 >= s.end_token || !t[i + 1].is_word || kAfterObject.count(t[i + 1].folded) ||
                                 // ("appointed her interim prime minister": a title after an appointment.)
                                 book.lexicon.Has("appointing_verbs", t[i - 1])))) &&
      (LooksLikeVerb(book, t[i - 1]) || gerund(t[i - 1]) ||
       book.lexicon.Has("object_pronoun_prepositions", t[i - 1]) ||
       // ("elected Anutin to replace her": a bare verb after "to".)
       (i >= s.first_token + 2 && t[i - 2].folded == "to" && t[i - 1].is_word && !t[i - 1].capitalized))) {
    *kind = AnaphorKind::kPersonObject;
    return 1;
  }
  // "its forces attacked ...": the state named before.
  // ("its coast guard"; "its Chinese-made J-10C jets": a maker's name and a
  // model may stand before the noun.)
  if (t[i].folded == "its") {
    for (uint32_t j = i + 1; j < s.end_token && j <= i + 6; ++j) {
      size_t forces = book.lexicon.LongestAt("anaphor_forces", t, j, s.end_token);
      // ("ended its military cooperation with": a word of the forces that
      // qualifies ties is no force.)
      if (forces && j + forces < s.end_token && book.lexicon.Has("coop_nouns", t[j + forces])) break;
      if (forces) return j - i + static_cast<uint32_t>(forces);
      bool modifier = t[j].folded == "-" || t[j].capitalized || t[j].folded.find_first_of("0123456789") != std::string::npos ||
                      book.lexicon.Has("force_modifiers", t[j]);
      if (!modifier) break;
    }
  }
  // "The European Union has added hundreds of vessels ... Its eighteenth
  // package, adopted in July 2025, lowered the price cap": "its" opening a
  // sentence before sanctions is the body that opened the one before.
  if (t[i].folded == "its" && i == s.first_token)
    for (uint32_t j = i + 1; j < s.end_token && j <= i + 3; ++j) {
      if (book.lexicon.LongestAt("sanction_triggers", t, j, s.end_token)) {
        *kind = AnaphorKind::kMeasureOwner;
        return 1;
      }
      if (!t[j].is_word || t[j].capitalized) break;
    }
  // "Its deputy foreign minister, Mikhail Bogdanov": an office before a name.
  if (t[i].folded == "its") {
    uint32_t last = i + 1;
    while (last < s.end_token && book.lexicon.Has("title_modifiers", t[last])) ++last;
    // The title may start at any of the modifiers ("chief executive" is a
    // post of its own); ("its chief executive, Alexei Likhachev": a post
    // in a company too).
    for (uint32_t j = i + 1; j <= last && j < s.end_token; ++j) {
      size_t end = std::min<size_t>(s.end_token, j + 4);
      size_t title = std::max({book.lexicon.LongestAt("office_titles", t, j, end),
                               book.lexicon.LongestAt("work_roles", t, j, end),
                               book.lexicon.LongestAt("founding_roles", t, j, end)});
      uint32_t next = j + static_cast<uint32_t>(title);
      if (next < s.end_token && t[next].folded == ",") ++next;
      // ("Assimi Goïta became its first chair": so is one after a copula.)
      bool copula = i > s.first_token && book.lexicon.Has("office_copulas", t[i - 1]);
      if (title && ((next < s.end_token && t[next].capitalized) || copula)) {
        *kind = AnaphorKind::kOfficeOf;
        return 1;
      }
    }
  }
  // "Sharaa and his interior minister, Anas Khattab": an office before a
  // name, in the government the person leads.
  if ((t[i].folded == "his" || t[i].folded == "her") && i + 2 < s.end_token) {
    uint32_t j = i + 1;
    while (j < s.end_token && book.lexicon.Has("title_modifiers", t[j])) ++j;
    uint32_t next = j + static_cast<uint32_t>(book.lexicon.LongestAt("office_titles", t, j, std::min<size_t>(s.end_token, j + 4)));
    if (next > j && next < s.end_token && t[next].folded == ",") ++next;
    if (next > j + 1 && next < s.end_token && t[next].capitalized) {
      *kind = AnaphorKind::kGovernmentOf;
      return 1;
    }
    // ("Margus Tsahkna, his foreign minister, summoned ...": or in an
    // apposition after a name, the government of the person before.)
    if (next > j + 1 && i > s.first_token + 1 && t[i - 1].folded == "," && t[next - 1].folded == ",") {
      *kind = AnaphorKind::kGovernmentOf;
      return 1;
    }
  }
  // ("Kyrgyzstan hosts a Russian air base, while China is its largest
  // trading partner": after a copula, the state whose partner the subject
  // is; lexicon partner_nouns.)
  if (t[i].folded == "its" && i > s.first_token && book.lexicon.Has("office_copulas", t[i - 1]))
    for (uint32_t j = i + 1; j < s.end_token && j <= i + 4; ++j) {
      if (book.lexicon.Has("partner_nouns", t[j])) {
        *kind = AnaphorKind::kStatePossessive;
        return 1;
      }
      if (!t[j].is_word || t[j].capitalized) break;
    }
  // ("as its own relations with Addis Ababa have soured": the state's own
  // ties.)
  if (t[i].folded == "its" && i + 2 < s.end_token && t[i + 1].folded == "own" &&
      book.lexicon.Has("coop_nouns", t[i + 2])) {
    *kind = AnaphorKind::kStatePossessive;
    return 1;
  }
  // "its 1,340-kilometre border with Russia": the state's border; "strikes
  // on its nuclear sites": the state's sites.
  bool target_before = i > s.first_token + 1 && (t[i - 1].folded == "on" || t[i - 1].folded == "against");
  if (t[i].folded == "its")
    for (uint32_t j = i + 1; j < s.end_token && j < i + 5 && !t[j].capitalized; ++j)
      if (t[j].folded == "border" || t[j].folded == "frontier" ||
          (target_before && book.lexicon.Has("attack_target_nouns", t[j]))) {
        *kind = AnaphorKind::kStatePossessive;
        return 1;
      }
  // "his government has deepened ties with China": the state the person
  // named last before governs.
  if ((t[i].folded == "his" || t[i].folded == "her") && i + 1 < s.end_token &&
      (t[i + 1].folded == "government" || t[i + 1].folded == "administration" || t[i + 1].folded == "cabinet" ||
       // ("Tokayev announced that his country would join": the state he governs.)
       t[i + 1].folded == "country")) {
    *kind = AnaphorKind::kGovernmentOf;
    return 2;
  }
  // "The government has also deepened ties with China" (a subject, the
  // verb right after): the government of the state the article is about.
  if (t[i].folded == "the" && i + 2 < s.end_token && t[i + 1].folded == "government" && !t[i + 1].capitalized &&
      book.lexicon.Has("anaphor_verbs", t[i + 2])) {
    *kind = AnaphorKind::kArticleState;
    return 2;
  }
  // "The European Union criticised the government": so is the object of
  // a verb of stance, at the end of its clause.
  if (t[i].folded == "the" && i > s.first_token && i + 2 <= s.end_token && t[i + 1].folded == "government" &&
      !t[i + 1].capitalized && book.lexicon.Has("government_object_verbs", t[i - 1]) &&
      (i + 2 == s.end_token || !t[i + 2].is_word || t[i + 2].folded == "for" || t[i + 2].folded == "over" ||
       t[i + 2].folded == "to" || t[i + 2].folded == "of")) {
    *kind = AnaphorKind::kArticleState;
    return 2;
  }
  // "His wife, ...", "his successor": the person named last before.
  if ((t[i].folded == "his" || t[i].folded == "her") && i + 1 < s.end_token &&
      (book.lexicon.Has("family_roles", t[i + 1]) || book.lexicon.Has("succession_nouns", t[i + 1]))) {
    *kind = AnaphorKind::kRelativeOf;
    return 1;
  }
  // ("said her Awami League would not accept it": so is the owner of a
  // party named after "his" or "her".)
  // ("after his Demokraatit party won": or a party's name and its head
  // word in lower case.)
  if ((t[i].folded == "his" || t[i].folded == "her") && i + 1 < s.end_token && t[i + 1].capitalized) {
    bool party = false;
    uint32_t k = i + 1;
    for (; k < s.end_token && k < i + 6 && t[k].capitalized && !party; ++k)
      party = book.lexicon.Has("party_heads", t[k]);
    party = party || (k < s.end_token && t[k].is_word && book.lexicon.Has("party_heads", t[k]));
    if (party) {
      *kind = AnaphorKind::kRelativeOf;
      return 1;
    }
  }
  // ("a witch hunt against Jair Bolsonaro, his political ally": so is the
  // possessor of a tie in an apposition to a person, perhaps qualified.)
  if ((t[i].folded == "his" || t[i].folded == "her") && i > s.first_token && t[i - 1].folded == "," &&
      i + 1 < s.end_token &&
      (book.lexicon.Has("person_tie_nouns", t[i + 1]) ||
       (i + 2 < s.end_token && t[i + 1].is_word && !t[i + 1].capitalized &&
        book.lexicon.Has("person_tie_nouns", t[i + 2])))) {
    *kind = AnaphorKind::kRelativeOf;
    return 1;
  }
  // "Lula has urged Maduro to negotiate, but his relations with Caracas have
  // cooled": the ties of the sentence's first person.
  if ((t[i].folded == "his" || t[i].folded == "her") && i > s.first_token + 1 && i + 2 < s.end_token &&
      (t[i - 1].folded == "but" || t[i - 1].folded == "and" || t[i - 1].folded == "while") && t[i - 2].folded == "," &&
      book.lexicon.Has("coop_nouns", t[i + 1]) && t[i + 2].folded == "with") {
    *kind = AnaphorKind::kPerson;
    return 1;
  }
  // "His first call with Donald Trump came two days later": a possessive
  // opening the sentence is the person the sentences before are about.
  if ((t[i].folded == "his" || t[i].folded == "her") && (i == s.first_token || OnlyTimeBefore(doc, s, i)) &&
      i + 1 < s.end_token && t[i + 1].is_word && !book.lexicon.LongestAt("person_titles", t, i + 1, s.end_token)) {
    *kind = AnaphorKind::kPerson;
    return 1;
  }
  if (t[i].folded != "the") return 0;
  // "the separatist region", "the breakaway republic": the de facto state
  // or territory named before (a bare "the region" is as often a part of
  // the world).
  // ("Vadim Krasnoselsky, the region's leader": a region with an office of
  // its own is the one named before too.)
  if (i + 3 < s.end_token && book.lexicon.Has("region_anaphor_nouns", t[i + 1]) && t[i + 2].folded == "'s" &&
      book.lexicon.LongestAt("office_titles", t, i + 3, s.end_token)) {
    *kind = AnaphorKind::kRegion;
    return 2;
  }
  if (i + 2 < s.end_token && book.lexicon.Has("region_anaphor_modifiers", t[i + 1]) &&
      book.lexicon.Has("region_anaphor_nouns", t[i + 2])) {
    *kind = AnaphorKind::kRegion;
    return 3;
  }
  // "the alliance", "the bloc", "the nuclear agency": the organisation named
  // before that the noun fits ("the international community" is none).
  for (uint32_t j = i + 1; j < s.end_token && j < i + 4; ++j) {
    // ("Kristalina Georgieva, the Fund's managing director": the noun
    // alone, capitalised as the body's short name, is one too.)
    bool short_name = j == i + 1 && t[j].capitalized && j + 1 < s.end_token &&
                      (!t[j + 1].is_word || !t[j + 1].capitalized) && t[j + 1].folded != "(" &&
                      (book.lexicon.Has("anaphor_org_nouns", t[j]) || book.lexicon.Has("anaphor_company_nouns", t[j]));
    if (!t[j].is_word || (t[j].capitalized && !short_name)) break;
    if (book.lexicon.Has("anaphor_org_nouns", t[j]) || book.lexicon.Has("anaphor_company_nouns", t[j])) {
      // "joined the coalition against the Islamic State", "the coalition
      // of the willing": the words after the noun describe a body of
      // their own, not one named before.
      if (j + 1 < s.end_token && (book.lexicon.Has("new_body_openers", t[j + 1]) ||
                                  (t[j + 1].folded == "of" && book.lexicon.Contains("anaphor_generic_org_nouns", t[j].folded))))
        return 0;
      *kind = AnaphorKind::kOrganization;
      return j - i + 1;
    }
    if (book.lexicon.Has("anaphor_org_modifier_stops", t[j]) || book.lexicon.Has("event_modifier_stops", t[j])) break;
  }
  for (uint32_t j = i + 1; j < s.end_token && j < i + 4; ++j) {
    if (!t[j].is_word) return 0;
    if (book.lexicon.Has("anaphor_state_nouns", t[j])) return j - i + 1;
    if (!t[j].capitalized) return 0;
    // ("an enemy of the Armenian nation": a state's own demonym names it;
    // "the Central Asian nation", a region's, stands for one named before.)
    for (size_t e = 0; e < doc.entities.size(); ++e)
      for (const auto& mn : doc.entities[e].mentions)
        if (mn.first_token == j && mn.demonym && IsCountry(doc, book, e)) return 0;
  }
  return 0;
}


}  // namespace

uint32_t PairPhraseAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i, PairKind* kind) {
  const auto& t = doc.tokens;
  uint32_t noun = 0;
  if (t[i].folded == "both" && i + 1 < s.end_token) noun = i + 1;
  else if (t[i].folded == "the" && i + 2 < s.end_token && t[i + 1].folded == "two") noun = i + 2;
  if (!noun) return 0;
  // ("the two nuclear-armed neighbours": an adjective or two first.)
  for (uint32_t j = noun, start = noun; j + 1 < s.end_token && j < start + 4; ++j) {
    const Token& w = t[j];
    if (text::IsJoiningDash(t, j)) continue;  // "nuclear - armed"
    if (!w.is_word || w.capitalized || book.lexicon.Has("pair_person_nouns", w) ||
        book.lexicon.Has("pair_state_nouns", w) || book.lexicon.Has("pair_org_nouns", w) ||
        !book.lexicon.Has("pair_adjectives", w))
      break;
    noun = j + 1;
  }
  if (!t[noun].capitalized) {
    if (book.lexicon.Has("pair_person_nouns", t[noun])) *kind = PairKind::kPersons;
    else if (book.lexicon.Has("pair_state_nouns", t[noun])) *kind = PairKind::kStates;
    else if (book.lexicon.Has("pair_org_nouns", t[noun])) *kind = PairKind::kOrganizations;
    else noun = 0;
    if (noun) return noun - i + 1;
  }
  // "the two Russian oil companies": for bodies, a demonym and a word of
  // trade may stand before the noun.
  uint32_t first = i + (t[i].folded == "both" ? 1 : 2);
  for (uint32_t j = first + 1; j < s.end_token && j <= first + 2; ++j) {
    const Token& before = t[j - 1];
    if (!before.is_word || before.folded == "and" || before.folded == "of") return 0;
    if (book.lexicon.Has("pair_org_nouns", t[j])) {
      *kind = PairKind::kOrganizations;
      return j - i + 1;
    }
  }
  return 0;
}

// Whether the relative clause starting at token `i` opens with its verb
// (a lower-case word that is no determiner and no name): "which borders",
// "who met", not "which Washington supports" or "which the EU".
bool RelativeVerbAt(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (!t.is_word || t.capitalized || book.lexicon.Has("relative_non_verbs", t)) return false;
  for (const auto& p : placed)
    if (p.first == i) return false;
  return true;
}

// A past-tense verb at `i` that opens a verb phrase of its own ("hosted Xi
// Jinping"), not a participle after a name ("signed in 2015", "backed by").
bool SeriesVerbAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i) {
  if (i + 1 >= s.end_token) return false;
  const std::string& next = doc.tokens[i + 1].folded;
  return LooksLikeVerb(book, doc.tokens[i]) && next != "by" && next != "in" && next != "on" && next != "at" && next != "," && next != "from";
}

uint32_t AsideClose(const Document& doc, const Resolution& placement, size_t si, uint32_t open) {
  const Sentence& s = doc.sentences[si];
  const auto& t = doc.tokens;
  const auto& placed = placement.by_sentence[si];
  auto list_comma = [&](uint32_t comma) {
    uint32_t next = comma + 1 < s.end_token && t[comma + 1].folded == "the" ? comma + 2 : comma + 1;
    for (const auto& p : placed)
      if (p.first == next)
        return p.end < s.end_token && (t[p.end].folded == "," || t[p.end].folded == "and" || t[p.end].folded == "or");
    return false;
  };
  for (uint32_t close = open + 1; close < s.end_token; ++close) {
    if (t[close].folded == ";") return s.end_token;
    if (t[close].folded == "," && !list_comma(close)) return close;
  }
  return s.end_token;
}

// "Russia and China, which have lent Caracas billions": the placeholders of
// the coordinated list that ends at `end` (just past its last "]") of the
// masked text, or "" when no "and"/"or" joins names there (a comma alone
// makes no list: "Taiwan, China, which ...").
std::string ListEndingAt(const std::string& text, size_t end) {
  if (end == 0 || end > text.size() || text[end - 1] != ']') return "";
  size_t start = text.rfind("[E", end);
  bool joined = false;
  while (start != std::string::npos) {
    size_t before = std::string::npos;
    // ("Israel and the United States, which struck": "the" may open an item.)
    for (std::string_view sep : {" , and the ", " and the ", " or the ", " , the ", " , and ", " and ", " or ", " , "}) {
      if (start < sep.size() + 1 || text.compare(start - sep.size(), sep.size(), sep) != 0 ||
          text[start - sep.size() - 1] != ']')
        continue;
      before = text.rfind("[E", start - sep.size());
      joined = joined || (sep != " , " && sep != " , the ");
      break;
    }
    if (before == std::string::npos) break;
    start = before;
  }
  return joined ? text.substr(start, end - start) : "";
}

// Whether the name (or list) whose masked text starts at `start`, or, when
// `start` is "]"'s end, ends there, follows "[E..|SAN] for" or "[E..|EVT]
// of": an instrument or event, then a preposition.
bool AfterInstrumentAndPreposition(const std::string& text, size_t end_or_start) {
  size_t start = end_or_start;
  if (start > 0 && start <= text.size() && text[start - 1] == ']') start = text.rfind("[E", start);  // a single name
  if (start == std::string::npos || start < 2) return false;
  size_t word_end = start - 1, word_start = text.rfind(' ', word_end - 1);
  if (word_start == std::string::npos) return false;
  std::string_view word(text.data() + word_start + 1, word_end - word_start - 1);
  static const std::set<std::string_view> kPrepositions = {"for", "of", "on", "against", "with", "to", "targeting"};
  if (!kPrepositions.count(word)) return false;
  // The instrument's mention, perhaps before a word or two of its name
  // ("[Jackson-Vanik] amendment for").
  size_t at = word_start;
  for (int words = 0; words <= 2 && at >= 5; ++words) {
    if (text.compare(at - 5, 5, "|SAN]") == 0 || text.compare(at - 5, 5, "|EVT]") == 0) return true;
    if (text[at - 1] == ']') return false;  // another name
    size_t before = text.rfind(' ', at - 1);
    if (before == std::string::npos) return false;
    at = before;
  }
  return false;
}

// "Presidents Félix Tshisekedi of the DRC and Paul Kagame of Rwanda
// signed": "of" and the state a person holds office in (by the knowledge
// base) only say whose leader they are, and would keep the names from
// reading as one list. Returns the token after them, or `end`.
uint32_t PastOwnState(const Document& doc, const std::vector<Placed>& placed, size_t p, const Sentence& s,
                      uint32_t end, size_t person) {
  if (end + 1 >= s.end_token || doc.tokens[end].folded != "of") return end;
  uint32_t state_first = end + 1;
  if (doc.tokens[state_first].folded == "the") ++state_first;
  for (size_t q = p + 1; q < placed.size() && placed[q].first <= state_first; ++q) {
    if (placed[q].first != state_first && placed[q].first != end + 1) continue;
    for (const auto& r : doc.relations)
      if (r.subject == person && r.object == placed[q].entity && r.predicate == Predicate::kHoldsPosition &&
          r.rule == "kb-office")
        return placed[q].end;
  }
  return end;
}

// The person a time or causal conjunction opens a clause with, and a verb
// follows, named last before token `i` with no clause break (", and",
// ", but", ";") or other person between; -1 if none, or if it is the
// sentence's first person `person_here` anyway.
long SubordinateSubjectBefore(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                              const Sentence& s, uint32_t i, long person_here) {
  const Placed* last = nullptr;
  for (const auto& pl : placed) {
    if (pl.end > i) break;
    if (doc.entities[pl.entity].type == EntityType::kPerson) last = &pl;
  }
  if (!last || last->first <= s.first_token || static_cast<long>(last->entity) == person_here) return -1;
  if (!book.lexicon.Has("time_clause_conjunctions", doc.tokens[last->first - 1])) return -1;
  if (last->end >= i || !LooksLikeVerb(book, doc.tokens[last->end])) return -1;
  for (uint32_t k = last->end; k < i; ++k) {
    const std::string& w = doc.tokens[k].folded;
    if (w == ";" || ((w == "and" || w == "but") && doc.tokens[k - 1].folded == ",")) return -1;
  }
  return static_cast<long>(last->entity);
}

// "Trump has refused ..., and in March JD Vance visited the base at
// Pituffik, where he accused Denmark": "he" right after ", where" is the
// subject of the clause the "where" hangs on, the last person before it
// whom a verb follows; -1 if none.
long WhereClauseSubject(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                        const Sentence& s, uint32_t i) {
  if (i < s.first_token + 3 || doc.tokens[i - 1].folded != "where" || doc.tokens[i - 2].folded != ",") return -1;
  long subject = -1;
  for (const auto& pl : placed) {
    if (pl.end >= i - 2) break;
    if (doc.entities[pl.entity].type == EntityType::kPerson && LooksLikeVerb(book, doc.tokens[pl.end]))
      subject = static_cast<long>(pl.entity);
  }
  return subject;
}

Masked BuildMask(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                 bool skip_asides, bool* skipped) {
  Masked m;
  const Sentence& s = doc.sentences[si];
  const auto& placed = placement.by_sentence[si];
  Antecedents ante = FindAntecedents(doc, book, placement, si);
  long state_here = -1;  // the last state named so far in this sentence
  uint32_t state_here_end = 0;  // and the token after its mention
  bool state_here_paired = false;  // named as the second of "X and Y"
  long first_state_here = -1;
  bool first_state_before_copula = false;  // a copula right after its mention
  bool state_named_here = false;  // a state named so far by its name, not only a demonym
  long last_state_with_asides = -1;  // as state_here, counting asides the brief reading skips
  // The last state named as a clause's subject (a verb right after it).
  long subject_state_here = -1;
  long person_here = -1;       // the first person named in this sentence
  long last_person_here = -1;  // and the last so far
  long organization_here = -1;  // the last body named so far
  uint32_t organization_here_end = 0;  // and the token after its mention
  size_t p = 0;
  auto emit_entity = [&](size_t e) {
    m.text += "[E" + std::to_string(e) + "|" + TypeTag(doc.entities[e].type) + "]";
  };
  long relative_antecedent = -1;  // the name a ", who"/", whose"/", which" clause hangs on
  long named_last = -1;          // the entity of the last mention emitted
  uint32_t named_last_first = 0, named_last_end = 0;  // and its tokens
  if (skipped) *skipped = false;
  for (uint32_t i = s.first_token; i < s.end_token;) {
    // "Ukraine, which borders Moldova, ...": in the full reading the
    // relative pronoun stands for the name before it, so the clause reads
    // as a sentence of its own ("Ukraine borders Moldova"). Not where a
    // name follows ("the SDF, which Washington supports": the object).
    // ("The United States and the European Union, both of which list the
    // PKK": so do "both of which", "all of whom", "each of which".)
    uint32_t quantified = 0;
    if (i + 3 < s.end_token && (doc.tokens[i].folded == "both" || doc.tokens[i].folded == "all" ||
                                doc.tokens[i].folded == "each") &&
        doc.tokens[i + 1].folded == "of" && (doc.tokens[i + 2].folded == "which" || doc.tokens[i + 2].folded == "whom"))
      quantified = 2;
    // ("Gustavo Petro, whose own visa was revoked and who was himself
    // sanctioned by the Treasury": a second relative clause joined by
    // "and" has the first one's antecedent.)
    if (!skip_asides && i + 1 < s.end_token && doc.tokens[i].folded == "," && named_last >= 0 &&
        named_last_end == i &&
        (doc.tokens[i + 1].folded == "who" || doc.tokens[i + 1].folded == "whose" ||
         doc.tokens[i + 1].folded == "which"))
      relative_antecedent = named_last;
    if (doc.tokens[i].folded == ";") relative_antecedent = -1;
    if (!skip_asides && relative_antecedent >= 0 && i > s.first_token + 3 && i + 1 < s.end_token &&
        doc.tokens[i - 1].folded == "and" && (doc.tokens[i].folded == "who" || doc.tokens[i].folded == "which") &&
        RelativeVerbAt(doc, book, placed, i + 1)) {
      m.text += ' ';
      m.offsets.emplace_back(m.text.size(), i);
      emit_entity(static_cast<size_t>(relative_antecedent));
      ++i;
      continue;
    }
    // ("the British government, which sanctioned both companies": so does
    // "which" after a state's seat noun, standing for the state.)
    const bool after_seat_noun = named_last >= 0 && named_last_end + 2 == i &&
                                 doc.entities[static_cast<size_t>(named_last)].type == EntityType::kLocation &&
                                 book.lexicon.Has("government_seat_nouns", doc.tokens[i - 2]);
    if (!skip_asides && named_last >= 0 && i > s.first_token + 1 && i + quantified + 1 < s.end_token &&
        (quantified || doc.tokens[i].folded == "which" || doc.tokens[i].folded == "who") &&
        doc.tokens[i - 1].folded == "," && (named_last_end == i - 1 || after_seat_noun) &&
        RelativeVerbAt(doc, book, placed, i + quantified + 1)) {
      std::string antecedent = ListEndingAt(m.text, m.text.size() - 2);  // before " ,"
      if (AfterInstrumentAndPreposition(m.text, m.text.size() - 2 - (antecedent.empty() ? 0 : antecedent.size()))) {
        // "the [Jackson-Vanik amendment] for [Uzbekistan] and [Kazakhstan],
        // which restricts trade": the clause is the instrument's, and no
        // gap may carry the names before it into it.
        m.text.back() = ';';
        m.text += ' ';
        m.offsets.emplace_back(m.text.size(), i);
        m.text += doc.tokens[i].folded;
        ++i;
        continue;
      }
      // "Kirill Dmitriev, the head of the Russian Direct Investment Fund,
      // who had met": "who" after a body in a person's apposition is the
      // person.
      uint32_t person_first = 0;
      long person =
          doc.tokens[i].folded == "who" && doc.entities[static_cast<size_t>(named_last)].type != EntityType::kPerson
              ? PersonOfApposition(doc, placed, s, i - 1, false, &person_first)
              : -1;
      // ("Johannes Kaiser of the National Libertarian Party, who finished
      // fourth": so is "who" after the body a person is "of".)
      if (person < 0 && doc.tokens[i].folded == "who" &&
          doc.entities[static_cast<size_t>(named_last)].type != EntityType::kPerson) {
        uint32_t of = named_last_first;
        if (of > s.first_token && doc.tokens[of - 1].folded == "the") --of;
        if (of > s.first_token && doc.tokens[of - 1].folded == "of")
          for (const auto& pl : placed)
            if (pl.end == of - 1 && doc.entities[pl.entity].type == EntityType::kPerson)
              person = static_cast<long>(pl.entity), person_first = pl.first;
      }
      m.text += ' ';
      if (person >= 0) {
        m.offsets.emplace_back(m.text.size(), person_first);
        emit_entity(static_cast<size_t>(person));
        ++i;
        continue;
      }
      m.offsets.emplace_back(m.text.size(), named_last_first);
      if (!antecedent.empty()) m.text += antecedent;
      else emit_entity(static_cast<size_t>(named_last));
      i += 1 + quantified;
      continue;
    }
    // "Issa Tchiroma, a former government spokesman who broke with Biya":
    // "who" after a person's apposition is that person.
    if (!skip_asides && doc.tokens[i].folded == "who" && i > s.first_token + 3 && i + 1 < s.end_token &&
        RelativeVerbAt(doc, book, placed, i + 1)) {
      uint32_t person_first = 0;
      long person = PersonOfApposition(doc, placed, s, i, true, &person_first);
      if (person >= 0) {
        // (As for "which" above, the copy stands at the name's own tokens.)
        m.text += ' ';
        m.offsets.emplace_back(m.text.size(), person_first);
        emit_entity(static_cast<size_t>(person));
        ++i;
        continue;
      }
    }
    // "hosted the acting Thai prime minister, Phumtham Wechayachai, and
    // Cambodia's Prime Minister Hun Manet": the comma after a name that a
    // title before a comma introduced closes that naming; the "and" after
    // it goes on with the list.
    if (doc.tokens[i].folded == "," && named_last >= 0 && named_last_end == i && i + 1 < s.end_token &&
        doc.tokens[i + 1].folded == "and" &&
        doc.entities[static_cast<size_t>(named_last)].type == EntityType::kPerson &&
        named_last_first >= s.first_token + 2 && doc.tokens[named_last_first - 1].folded == "," &&
        book.lexicon.Has("title_heads", doc.tokens[named_last_first - 2]) && i + 2 < s.end_token &&
        (doc.tokens[i + 2].capitalized ||
         (doc.tokens[i + 2].folded == "the" && i + 3 < s.end_token && doc.tokens[i + 3].capitalized))) {
      ++i;
      continue;
    }
    // "Manuel Marrero, 62, serves as": an age after a name says nothing
    // the rules read, and would stand between the name and its verb.
    if (doc.tokens[i].folded == "," && named_last >= 0 && named_last_end == i && i + 2 < s.end_token &&
        doc.entities[static_cast<size_t>(named_last)].type == EntityType::kPerson && doc.tokens[i + 1].is_number &&
        doc.tokens[i + 2].folded == ",") {
      i += 3;
      continue;
    }
    // "The Taliban, for their part, have deepened ties with India", "Moscow,
    // however, refused", "Israeli and Syrian officials, meanwhile, have
    // met": a parenthetical adverb stands between a subject and its verb and
    // says nothing the rules read.
    if (doc.tokens[i].folded == "," && i > s.first_token && i + 2 < s.end_token) {
      size_t n = book.lexicon.LongestAt("parenthetical_phrases", doc.tokens, i + 1, s.end_token);
      if (n > 0 && i + 1 + n < s.end_token && doc.tokens[i + 1 + n].folded == ",") {
        i += static_cast<uint32_t>(n) + 2;
        continue;
      }
    }
    // "China and Russia - both allies of Cuba - have condemned the US": an
    // aside between dashes after a name, before the sentence's verb.
    if (skip_asides && named_last >= 0 && named_last_end == i && text::IsSpacedDash(doc.tokens, i)) {
      uint32_t close = i + 1;
      while (close < s.end_token && !text::IsSpacedDash(doc.tokens, close)) ++close;
      if (close + 1 < s.end_token && close > i + 1 && LooksLikeVerb(book, doc.tokens[close + 1])) {
        i = close + 1;
        if (skipped) *skipped = true;
        continue;
      }
    }
    // ", which ...,", ", founded by X,": relative and participial asides.
    bool participial = i + 2 < s.end_token && book.lexicon.Has("aside_participles", doc.tokens[i + 1]) &&
                       (doc.tokens[i + 2].folded == "by" || doc.tokens[i + 2].folded == "in");
    // ", both treaty allies of the United States,", ", a permanent member
    // of the Security Council,": an apposition after a name.
    const std::string& after_comma = i + 1 < s.end_token ? doc.tokens[i + 1].folded : doc.tokens[i].folded;
    bool relative = after_comma == "which" || after_comma == "who" || after_comma == "whom" || after_comma == "whose" ||
                    after_comma == "where";
    // ", the largest buyer of Iranian crude,": "the" and a common word (a
    // name after "the" may be a list: "Russia, the United States, ...").
    // (", the President of the European Commission,": or a title.)
    // (", the Kurdish-led group that controls the north-east,": or a
    // compound with a name in it.)
    bool the_common = after_comma == "the" && i + 2 < s.end_token && doc.tokens[i + 2].is_word &&
                      (!doc.tokens[i + 2].capitalized || book.lexicon.Has("person_titles", doc.tokens[i + 2]) ||
                       (i + 4 < s.end_token && text::IsJoiningDash(doc.tokens, i + 3) && doc.tokens[i + 4].is_word &&
                        !doc.tokens[i + 4].capitalized));
    // (", the Peronist governor of Buenos Aires province,": so is a
    // capitalised word that names nothing, before a common one.)
    if (after_comma == "the" && !the_common && i + 3 < s.end_token && doc.tokens[i + 2].capitalized &&
        doc.tokens[i + 3].is_word && !doc.tokens[i + 3].capitalized &&
        std::none_of(placed.begin(), placed.end(), [&](const Placed& pl) { return pl.first == i + 2; }))
      the_common = true;
    // ", the American envoy,": a demonym and a common word (not a list:
    // "Russia, the United States and China" names no demonym).
    if (after_comma == "the" && !the_common && i + 2 < s.end_token)
      for (const auto& pl : placed)
        if (pl.first == i + 2 && pl.end < s.end_token && doc.tokens[pl.end].is_word &&
            !doc.tokens[pl.end].capitalized) {
          const Entity& named = doc.entities[pl.entity];
          the_common = std::any_of(named.mentions.begin(), named.mentions.end(),
                                   [&](const Mention& mn) { return mn.first_token == pl.first && mn.demonym; });
        }
    // ", Maduro's main foreign backers,": what a list of names is to
    // another name (a plural noun; ", Suu Kyi's party," names the party
    // itself, which the rules read).
    bool possessed = false;
    // (", the UAE's national security adviser,": "the" may open it.)
    uint32_t possessor = i + 1 < s.end_token && doc.tokens[i + 1].folded == "the" ? i + 2 : i + 1;
    std::vector<std::pair<uint32_t, uint32_t>> possessors;
    // (", the Taliban's foreign minister,": or a name whose mention takes
    // the "the" in.)
    for (const auto& pl : placed)
      if (pl.first == possessor || (possessor == i + 2 && pl.first == i + 1)) possessors.emplace_back(pl.first, pl.end);
    // (", the Fund's managing director,": or a body's short name.)
    if (possessor == i + 2 && possessor < s.end_token && doc.tokens[possessor].capitalized &&
        book.lexicon.Has("anaphor_org_nouns", doc.tokens[possessor]))
      possessors.emplace_back(possessor, possessor + 1);
    for (const auto& [first, end] : possessors)
      if (end + 1 < s.end_token && doc.tokens[end].folded == "'s" && !doc.tokens[end + 1].capitalized) {
        uint32_t close = AsideClose(doc, placement, si, i + 1);
        const std::string& last = close < s.end_token ? doc.tokens[close - 1].folded : doc.tokens[i].folded;
        // (Or a tie one side has to the other: ", Manila's only treaty ally,";
        // or an office: ", Trump's trade adviser,", ", Trump's special envoy
        // for Ukraine,".)
        bool office = false;
        for (uint32_t k = end + 1; k < close && k < s.end_token && !office; ++k)
          office = book.lexicon.Has("office_titles", doc.tokens[k]) || book.lexicon.Has("work_roles", doc.tokens[k]);
        possessed = close < s.end_token &&
                    ((last.size() > 3 && last.back() == 's' && last.compare(last.size() - 2, 2, "ss")) ||
                     book.lexicon.Contains("possessed_tie_nouns", last) || office);
      }
    // (", his foreign minister,": or an office after a possessive pronoun.)
    if (!possessed && i + 2 < s.end_token && (doc.tokens[i + 1].folded == "his" || doc.tokens[i + 1].folded == "her")) {
      uint32_t close = AsideClose(doc, placement, si, i + 1);
      for (uint32_t k = i + 2; k < close && k < s.end_token && !possessed; ++k)
        possessed = book.lexicon.Has("office_titles", doc.tokens[k]) || book.lexicon.Has("work_roles", doc.tokens[k]);
      possessed = possessed && close < s.end_token;
    }
    // ("JNIM, al-Qaeda's branch in the Sahel, has imposed": any possessed
    // apposition to the name that opens the sentence, before its verb.)
    bool opening_possessed = false;
    if (!possessed && doc.tokens[i].folded == "," && named_last >= 0 && named_last_end == i) {
      uint32_t close = AsideClose(doc, placement, si, i + 1);
      opening_possessed = close + 1 < s.end_token &&
                          ClosesOpeningApposition(doc, book, placed, s, close) &&
                          LooksLikeVerb(book, doc.tokens[close + 1]) &&
                          std::any_of(placed.begin(), placed.end(), [&](const Placed& pl) {
                            // (", Suu Kyi's party,": a person's tie is for
                            // the rules to read.)
                            return pl.first == possessor && pl.end < close && doc.tokens[pl.end].folded == "'s" &&
                                   doc.entities[pl.entity].type != EntityType::kPerson;
                          });
    }
    bool apposition = i + 1 < s.end_token && named_last >= 0 && named_last_end == i &&
                      (after_comma == "a" || after_comma == "an" || after_comma == "both" || after_comma == "each" ||
                       the_common || possessed || opening_possessed);
    // "Lee Jae-myung of the Democratic Party won the election": the brief
    // reading leaves out the body of a person named before the verb.
    if (skip_asides && doc.tokens[i].folded == "of" && named_last >= 0 && named_last_end == i &&
        doc.entities[static_cast<size_t>(named_last)].type == EntityType::kPerson) {
      uint32_t k = i + 1 < s.end_token && doc.tokens[i + 1].folded == "the" ? i + 2 : i + 1;
      auto body = std::find_if(placed.begin(), placed.end(), [&](const Placed& pl) { return pl.first == k; });
      if (body != placed.end() && doc.entities[body->entity].type == EntityType::kOrganization &&
          body->end < s.end_token && LooksLikeVerb(book, doc.tokens[body->end])) {
        i = body->end;
        if (skipped) *skipped = true;
        continue;
      }
    }
    // ("the Houthis in Yemen fired missiles at Israel": so does it leave out
    // the place of a body or person named before the verb.)
    if (skip_asides && doc.tokens[i].folded == "in" && named_last >= 0 && named_last_end == i &&
        doc.entities[static_cast<size_t>(named_last)].type != EntityType::kLocation) {
      auto place = std::find_if(placed.begin(), placed.end(), [&](const Placed& pl) { return pl.first == i + 1; });
      if (place != placed.end() && doc.entities[place->entity].type == EntityType::kLocation &&
          place->end < s.end_token && LooksLikeVerb(book, doc.tokens[place->end])) {
        i = place->end;
        if (skipped) *skipped = true;
        continue;
      }
    }
    if (skip_asides && doc.tokens[i].folded == "," && i + 1 < s.end_token && (relative || participial || apposition)) {
      uint32_t close = AsideClose(doc, placement, si, i + 1);
      // An apposition is an aside only where the sentence goes on with its
      // verb after it ("Japan and South Korea, both allies of the US, have
      // condemned"), not where it ends a clause (", a think tank in
      // Washington.").
      bool verb_after = close + 1 < s.end_token && LooksLikeVerb(book, doc.tokens[close + 1]);
      // (", where Anwar Ibrahim, who chaired ASEAN, hosted ...": a comma
      // before a relative pronoun opens an aside inside the "where" clause,
      // which goes on after it.)
      // (", where Malaysia's prime minister, Anwar Ibrahim, hosted ...": nor
      // does the comma that closes a name set off inside it.)
      bool nested = after_comma == "where" && close + 1 < s.end_token &&
                    (doc.tokens[close + 1].folded == "who" || doc.tokens[close + 1].folded == "which" ||
                     std::any_of(placed.begin(), placed.end(), [&](const Placed& pl) {
                       return pl.end == close && pl.first > i + 2 && doc.tokens[pl.first - 1].folded == ",";
                     }));
      if (close < s.end_token && (relative || participial || verb_after) && !nested) {
        for (const auto& pl : placed)
          if (pl.first > i && pl.first <= close && IsCountry(doc, book, pl.entity))
            last_state_with_asides = static_cast<long>(pl.entity);
        // ("Russia's invasion of Ukraine, which was launched partly from
        // Belarus, and Lithuania closed its border": where a name and a
        // singular verb follow the "and", a new clause begins, and the comma
        // before it stays to say so.)
        bool new_clause = false;
        if (relative && close + 2 < s.end_token && doc.tokens[close + 1].folded == "and") {
          uint32_t name = doc.tokens[close + 2].folded == "the" ? close + 3 : close + 2;
          for (const auto& pl : placed)
            if (pl.first == name && pl.end < s.end_token) {
              const Token& verb = doc.tokens[pl.end];
              new_clause = LooksLikeVerb(book, verb) && verb.folded != "have" && verb.folded != "are" &&
                           verb.folded != "were" && verb.folded != "remain" && verb.folded != "do";
            }
        }
        i = new_clause ? close : close + 1;
        if (skipped) *skipped = true;
        continue;
      }
    }
    // "the three Baltic states": a count before a named group of states is
    // no word of the list the group stands in.
    if (i > s.first_token && i + 1 < s.end_token && doc.tokens[i - 1].folded == "the" &&
        book.lexicon.Has("count_words", doc.tokens[i])) {
      size_t q = p;
      while (q < placed.size() && placed[q].end <= i + 1) ++q;
      const KbEntity* group =
          q < placed.size() && placed[q].first == i + 1 ? book.kb.Find(doc.entities[placed[q].entity].kb_id) : nullptr;
      if (group && !group->members.empty()) {
        ++i;
        continue;
      }
    }
    // "sanctions on the Belarusian airline Belavia": a demonym and a
    // company's noun (lexicon company_nouns) before the company's name
    // describe it; the rules read the name.
    {
      size_t q = p;
      while (q < placed.size() && placed[q].end <= i) ++q;
      if (q + 1 < placed.size() && placed[q].first == i && placed[q].end + 1 == placed[q + 1].first &&
          placed[q].end < s.end_token && MentionIsDemonym(doc, placed[q].entity, i) &&
          book.lexicon.Has("company_nouns", doc.tokens[placed[q].end]) &&
          doc.entities[placed[q + 1].entity].type == EntityType::kOrganization) {
        i = placed[q + 1].first;
        continue;
      }
    }
    if (!m.text.empty()) m.text += ' ';
    m.offsets.emplace_back(m.text.size(), i);
    while (p < placed.size() && placed[p].end <= i) ++p;
    if (p < placed.size() && placed[p].first == i) {
      size_t e = placed[p].entity;
      // "The Biden administration provided Kyiv ...": the government acts
      // for the state its leader held office in.
      long governed = GovernedState(doc, placed[p].end, e);
      size_t shown = governed >= 0 ? static_cast<size_t>(governed) : e;
      emit_entity(shown);
      named_last = static_cast<long>(shown);
      named_last_first = placed[p].first;
      named_last_end = placed[p].end;
      if (IsCountry(doc, book, shown)) {
        // (The slot just emitted, after "] and ": the second of a pair.)
        size_t slot = m.text.rfind("[E");
        state_here_paired = slot != std::string::npos && slot >= 6 && m.text.compare(slot - 6, 6, "] and ") == 0;
        state_here = static_cast<long>(shown);
        last_state_with_asides = state_here;
        state_here_end = placed[p].end;
        if (first_state_here < 0) {
          first_state_here = state_here;
          // ("Russia remains the region's main security partner, and China
          // is its largest trading partner": a first state that is itself
          // the subject of a copula is no one's whose partner follows.)
          first_state_before_copula =
              placed[p].end < s.end_token && book.lexicon.Has("office_copulas", doc.tokens[placed[p].end]);
        }
        if (!MentionIsDemonym(doc, shown, placed[p].first)) state_named_here = true;
        uint32_t after = placed[p].end;
        if (after < s.end_token && (LooksLikeVerb(book, doc.tokens[after]) ||
                                    book.lexicon.Has("anaphor_subject_auxiliaries", doc.tokens[after])))
          subject_state_here = state_here;
      }
      // (A state's own body, "the Pentagon said its forces ...", still
      // speaks for the state.)
      if (IsIndependentBody(doc, book, shown)) {
        organization_here = static_cast<long>(shown);
        organization_here_end = placed[p].end;
      }
      // ("President Donald Trump's administration had sanctioned Russia
      // ... since he returned": the leader shown as his state is still the
      // person a "he" after it means.)
      if (doc.entities[e].type == EntityType::kPerson) {
        if (person_here < 0) person_here = static_cast<long>(e);
        last_person_here = static_cast<long>(e);
      }
      i = placed[p].end;
      if (doc.entities[shown].type == EntityType::kPerson) i = named_last_end = PastOwnState(doc, placed, p, s, i, shown);
      // "Collective Security Treaty Organization (CSTO)": one mention.
      if (p + 1 < placed.size() && placed[p + 1].entity == e && i + 2 < s.end_token &&
          doc.tokens[i].folded == "(" && placed[p + 1].first == i + 1 && doc.tokens[placed[p + 1].end].folded == ")") {
        i = placed[p + 1].end + 1;
        ++p;
      }
      continue;
    }
    // "Russia and China signed ... They also condemned ...": a sentence
    // opening with "They" after one that opened with two coordinated names.
    // ("Together they asked ...", "Later they met ...": an adverb first.)
    bool opens_clause = i == s.first_token ||
                        (i == s.first_token + 1 && book.lexicon.Has("pronoun_opening_adverbs", doc.tokens[s.first_token]));
    // ("..., where they met ...": after a clause opener, the two names
    // this sentence opened with.)
    bool clause_they = !opens_clause && i > s.first_token + 3 &&
                       book.lexicon.Has("pronoun_clause_markers", doc.tokens[i - 1]) &&
                       (doc.tokens[i - 2].folded == "," || doc.tokens[i - 1].folded == "where");
    if ((opens_clause || clause_they) && doc.tokens[i].folded == "they") {
      auto pair = opens_clause ? OpeningPair(doc, placement, si) : OwnOpeningPair(doc, placement, si);
      if (pair) {
        emit_entity(pair->first);
        m.text += " and ";
        emit_entity(pair->second);
        ++i;
        continue;
      }
    }
    // "Both governments belong to ...", "the two men met ...": the two
    // states (people) named just before.
    PairKind pair_kind = PairKind::kStates;
    if (uint32_t n = PairPhraseAt(doc, book, s, i, &pair_kind)) {
      // ("mediated talks between the rebels and Kinshasa, and the two sides
      // signed": the pair after "between" earlier in the sentence, the
      // rebels read as who they are.)
      auto pair = i > s.first_token && doc.tokens[i - 1].folded == "between"
                      ? std::nullopt
                      : PairAfterBetween(doc, book, m.text, pair_kind);
      if (!pair) pair = TwoNamedBefore(doc, book, placement, si, i, pair_kind);
      if (pair) {
        emit_entity(pair->first);
        m.text += " and ";
        emit_entity(pair->second);
        i += n;
        continue;
      }
    }
    uint32_t group_length = 0;
    bool people = false;
    if (size_t count = StateGroupAt(doc, book, s, i, &group_length, &people)) {
      auto states = StatesNamedBefore(doc, book, placement, si, i, count, people);
      if (!states.empty()) {
        for (size_t k = 0; k < states.size(); ++k) {
          if (k) m.text += k + 1 == states.size() ? " and " : " , ";
          emit_entity(states[k]);
        }
        i += group_length;
        continue;
      }
    }
    AnaphorKind kind = AnaphorKind::kState;
    uint32_t n = AnaphorAt(doc, book, s, i, &kind);
    // "the United Kingdom" is a name, not "the ... kingdom" named before
    // ("the Central Asian nation" is: the name ends before the noun).
    for (const auto& pl : placed)
      if (n && pl.first > i && pl.first < i + n && pl.end >= i + n) n = 0;
    long leader = last_person_here >= 0 ? last_person_here : ante.nearest_person;
    // ("Alexei Navalny, whom Putin had hoped to trade, died in a penal
    // colony. His widow ...": opening a sentence, "his" is the person the
    // sentence before opened with, not one named in an aside on him.)
    if (n && kind == AnaphorKind::kRelativeOf && last_person_here < 0 && si > 0 &&
        (i == s.first_token || OnlyTimeBefore(doc, s, i))) {
      const auto& before = placement.by_sentence[si - 1];
      const Sentence& prev = doc.sentences[si - 1];
      if (!before.empty() && doc.entities[before.front().entity].type == EntityType::kPerson &&
          OpensWithName(doc, book, prev, before.front().first) && before.front().end + 1 < prev.end_token &&
          doc.tokens[before.front().end].folded == ",") {
        uint32_t close = AsideClose(doc, placement, si - 1, before.front().end + 1);
        bool only_in_aside = close < prev.end_token;
        for (const auto& pl : before)
          if (&pl != &before.front() && doc.entities[pl.entity].type == EntityType::kPerson &&
              pl.entity != before.front().entity && pl.first >= close)
            only_in_aside = false;
        if (only_in_aside) leader = static_cast<long>(before.front().entity);
      }
    }
    // ("he signed an agreement with Ruto that brought members of his Orange
    // Democratic Movement into the cabinet": a party after "his" is not the
    // one of a person the knowledge base has in another party; the
    // sentence's first person is meant.)
    if (n && kind == AnaphorKind::kRelativeOf && leader >= 0 && person_here >= 0 && person_here != leader &&
        InAnotherParty(doc, book, placed, leader, i + 1))
      leader = person_here;
    // ("relations, which Morales broke off in 2008 when he expelled the
    // ambassador": after "when", a pronoun is the subject of the relative
    // clause the conjunction hangs on.)
    long relative_subject = -1;
    if (i > s.first_token + 2 && (doc.tokens[i].folded == "he" || doc.tokens[i].folded == "she") &&
        book.lexicon.Has("time_clause_conjunctions", doc.tokens[i - 1]))
      for (const auto& pl : placed) {
        if (pl.end >= i) break;
        if (doc.entities[pl.entity].type != EntityType::kPerson) continue;
        const std::string* before = pl.first > s.first_token ? &doc.tokens[pl.first - 1].folded : nullptr;
        relative_subject = before && (*before == "which" || *before == "that" || *before == "whom")
                               ? static_cast<long>(pl.entity)
                               : -1;
      }
    // "Eduardo Bolsonaro, his son and a federal deputy": in an apposition
    // to a person, "his" is someone else's, the person named before.
    if (n && (kind == AnaphorKind::kRelativeOf || kind == AnaphorKind::kGovernmentOf) && i >= s.first_token + 2 &&
        doc.tokens[i - 1].folded == ",") {
      long appositive = -1, before = -1;
      uint32_t appositive_first = 0;
      for (const auto& pl : placed) {
        if (pl.end > i - 1) break;
        if (doc.entities[pl.entity].type != EntityType::kPerson) continue;
        if (pl.end == i - 1) appositive = static_cast<long>(pl.entity), appositive_first = pl.first;
        else before = static_cast<long>(pl.entity);
      }
      // ("to kill Marcos, his wife and the House speaker": after a verb the
      // name opens a list of objects, and "his" is that name's.)
      bool object_list = appositive >= 0 && appositive_first > s.first_token &&
                         (LooksLikeVerb(book, doc.tokens[appositive_first - 1]) ||
                          (appositive_first >= s.first_token + 2 && doc.tokens[appositive_first - 2].folded == "to" &&
                           doc.tokens[appositive_first - 1].is_word && !doc.tokens[appositive_first - 1].capitalized));
      if (object_list) {
        leader = appositive;
      } else if (appositive >= 0) {
        if (before < 0 || before == appositive) before = ante.nearest_person;
        leader = before == appositive ? -1 : before;
      }
    }
    // ("Kim used the trip. He held talks with Xi and with Putin, who ....
    // His daughter accompanied him": opening the sentence after one that
    // opened with a pronoun, "his" is that pronoun's person, the one the
    // story is about, not the one named last.)
    if (n && kind == AnaphorKind::kRelativeOf && (i == s.first_token || OnlyTimeBefore(doc, s, i)) && si > 0 &&
        last_person_here < 0 && ante.person >= 0 && OpensWithPersonalPronoun(doc, book, placement, si - 1))
      leader = ante.person;
    if (n && kind == AnaphorKind::kRelativeOf) leader = RelativeBySurname(doc, placement, si, i, leader);
    // "parliament confirmed Duro Macut as his successor": the person the
    // title is given to is not whose successor he is; the one named before.
    if (n && kind == AnaphorKind::kRelativeOf && i > s.first_token && doc.tokens[i - 1].folded == "as" &&
        book.lexicon.Has("succession_nouns", doc.tokens[i + 1])) {
      long before = -1, last = -1;
      for (const auto& pl : placed) {
        if (pl.end > i) break;
        if (doc.entities[pl.entity].type != EntityType::kPerson) continue;
        before = last;
        last = static_cast<long>(pl.entity);
      }
      leader = before >= 0 && before != last ? before : ante.nearest_person;
      if (leader == last) leader = -1;
    }
    // ("President Petr Pavel appointed him, after Babiš agreed to give up
    // Agrofert, the conglomerate he founded": in the clause a conjunction
    // opens, the person it opens with, the subject there, is "he".)
    if (n && kind == AnaphorKind::kPerson && relative_subject < 0 && i > s.first_token + 3)
      relative_subject = SubordinateSubjectBefore(doc, book, placed, s, i, person_here);
    if (n && kind == AnaphorKind::kPerson && relative_subject < 0)
      relative_subject = WhereClauseSubject(doc, book, placed, s, i);
    // ("Lee has offered dialogue, and Trump said during his visit to Seoul
    // that he would like to meet Kim": "he" after "said ... that" is the
    // person who said it.)
    long speaker = -1;
    if (n && kind == AnaphorKind::kPerson && i > s.first_token + 2 && doc.tokens[i - 1].folded == "that")
      for (uint32_t k = i - 1; k-- > s.first_token + 1 && k + 12 > i;) {
        const std::string& w = doc.tokens[k].folded;
        if (w == ";" || w == ",") break;
        if (!book.lexicon.Has("speech_verbs", doc.tokens[k])) continue;
        for (const auto& pl : placed)
          if (pl.end == k && doc.entities[pl.entity].type == EntityType::kPerson) speaker = static_cast<long>(pl.entity);
        break;
      }
    // ("Sánchez's wife, Begoña Gómez, and his brother, David Sánchez": "his"
    // is no one whose given name says otherwise; the person before is.)
    if (n && kind == AnaphorKind::kRelativeOf && PronounMisfits(doc, book, leader, doc.tokens[i].folded)) {
      long other = -1;
      for (const auto& pl : placed) {
        if (pl.end > i) break;
        if (doc.entities[pl.entity].type == EntityType::kPerson &&
            !PronounMisfits(doc, book, static_cast<long>(pl.entity), doc.tokens[i].folded))
          other = static_cast<long>(pl.entity);
      }
      leader = other;
    }
    // ("the region's economy has been in free fall, and its leader": "its"
    // is the region's too.)
    // ("an Ankara court threw out a case to annul the congress of the
    // Republican People's Party and remove its leader": a body named after
    // the state, after "of", owns "its".)
    // ("imposed sanctions on the Prince Group, a Cambodian conglomerate,
    // and its chairman": so does a body named last before ", and its" in
    // a list of objects.)
    bool listed_body = false;
    // (Only after the body's apposition: "Turkey backed the SNA through
    // years of war, and its intelligence chief" is Turkey's.)
    if (doc.tokens[i].folded == "its" && organization_here >= 0 && i >= s.first_token + 2 &&
        doc.tokens[i - 1].folded == "and" && doc.tokens[i - 2].folded == "," && organization_here_end + 8 > i &&
        organization_here_end + 1 < i && doc.tokens[organization_here_end].folded == "," &&
        (doc.tokens[organization_here_end + 1].folded == "a" || doc.tokens[organization_here_end + 1].folded == "an" ||
         doc.tokens[organization_here_end + 1].folded == "the")) {
      // (A state named between them only as a demonym describes the body.)
      listed_body = true;
      for (const auto& pl : placed)
        if (pl.first >= organization_here_end && pl.end <= i && IsCountry(doc, book, pl.entity) &&
            !MentionIsDemonym(doc, pl.entity, pl.first))
          listed_body = false;
    }
    bool body_owns_its = doc.tokens[i].folded == "its" && organization_here >= 0 &&
                         (listed_body ||
                          (organization_here_end > state_here_end &&
                           BodyAfterOf(doc, placement, si, static_cast<size_t>(organization_here), state_here_end, i)));
    // ("The army, under its chief, General Ashok Raj Sigdel, took over": a
    // sentence that opens with a common noun no name stands for owns "its"
    // before any name; no body or state of the sentences before does.)
    bool its_of_opening_noun = doc.tokens[i].folded == "its" && i > s.first_token + 2 &&
                               doc.tokens[s.first_token].folded == "the" && doc.tokens[s.first_token + 1].is_word &&
                               !doc.tokens[s.first_token + 1].capitalized &&
                               std::none_of(placed.begin(), placed.end(),
                                            [&](const Placed& pl) { return pl.first < i; });
    // ("Eritrea ... has drawn closer to Cairo as its own relations with
    // Addis Ababa have soured": "its own" is the sentence's first state's.)
    bool its_own = doc.tokens[i].folded == "its" && i + 1 < s.end_token && doc.tokens[i + 1].folded == "own" &&
                   first_state_here >= 0;
    // (After a copula, another state than the clause's subject: "China is
    // its largest trading partner".)
    bool its_partner = doc.tokens[i].folded == "its" && kind == AnaphorKind::kStatePossessive && i > s.first_token &&
                       book.lexicon.Has("office_copulas", doc.tokens[i - 1]);
    // (Only a state this sentence named: "France has been Armenia's most
    // reliable partner. India has become its largest arms supplier" is
    // Armenia's, which no state a sentence before opened with tells.)
    long partner_of = first_state_here < 0 || first_state_here == subject_state_here || first_state_before_copula
                          ? -1
                          : first_state_here;
    long ante_entity = its_of_opening_noun ? -1
                       : its_own           ? first_state_here
                       : its_partner       ? partner_of
                       : (doc.tokens[i].folded == "its" && RegionNamedBefore(doc, book, s, i)) ? ante.region
                       : body_owns_its ? organization_here
                       : kind == AnaphorKind::kRelativeOf ? leader
                       // ("her former home minister" after Hasina: the state
                       // she governed last, out of office now.)
                       : kind == AnaphorKind::kGovernmentOf ? StateGovernedBy(doc, book, leader, true)
                       : kind == AnaphorKind::kArticleState ? DominantState(doc, book)
                       : kind == AnaphorKind::kPerson && speaker >= 0 ? speaker
                       : kind == AnaphorKind::kPerson && relative_subject >= 0 ? relative_subject
                       : kind == AnaphorKind::kPerson ? (i > s.first_token && person_here >= 0 ? person_here : ante.person)
                       : kind == AnaphorKind::kPersonObject ? ObjectPronounAntecedent(doc, book, placement, si, i, person_here)
                       : kind == AnaphorKind::kMeasureOwner ? ante.opening_organization
                       : kind == AnaphorKind::kOrganization
                           // (n is 0 when a mention covers the noun: "The treaty" an event)
                           ? (n ? OrganizationCalled(doc, book, placement, si, i, doc.tokens[i + n - 1].folded) : -1)
                       // ("JNIM, al-Qaeda's affiliate, has expanded, and in 2025
                       // it imposed a blockade": a body that opens the sentence
                       // is its subject, whatever states it names.)
                       : kind == AnaphorKind::kStateInClause
                           ? (!placed.empty() && OpensTheSentence(doc, s, placed.front().first) &&
                                      doc.entities[placed.front().entity].type == EntityType::kOrganization
                                  ? static_cast<long>(placed.front().entity)
                              // ("the UAE could not mediate while it armed the
                              // militia": after a subordinating conjunction, the
                              // subject of the clause it hangs on.)
                              : subject_state_here >= 0 && i > s.first_token &&
                                      book.lexicon.Has("clause_opening_conjunctions", doc.tokens[i - 1])
                                  ? subject_state_here
                              : first_state_here >= 0 ? first_state_here
                                                      : ante.state)
                       : kind == AnaphorKind::kOfficeOf ? OfficeAntecedent(doc, book, placement, si, i)
                       : kind == AnaphorKind::kListedBody ? ante.opening_organization
                       : kind == AnaphorKind::kRegion ? ante.region
                       : (doc.tokens[i].folded == "its" && kind == AnaphorKind::kStatePossessive &&
                          FrontedForState(doc, book, placement, si, i) >= 0)
                           ? FrontedForState(doc, book, placement, si, i)
                       // ("cigarettes from Belarus ... and Lithuania closed
                       // its border": the state right before the verb is
                       // the clause's subject, and owns it.)
                       // ("Russian border guards still patrol parts of its
                       // frontier with Turkey": a demonym modifies a noun;
                       // "its" is the state the sentences before were about.)
                       : (doc.tokens[i].folded == "its" && kind == AnaphorKind::kStatePossessive && !state_named_here &&
                          first_state_here >= 0 && ante.state >= 0 && ante.state != first_state_here)
                           ? ante.state
                       : (doc.tokens[i].folded == "its" && kind == AnaphorKind::kStatePossessive &&
                          SubjectRightBefore(doc, book, state_here, state_here_end, i))
                           ? state_here
                       // ("Guyana has deepened cooperation with the United
                       // States, and Brazil moved troops to its border": the
                       // subject of the clause "its" stands in.)
                       : (doc.tokens[i].folded == "its" && kind == AnaphorKind::kStatePossessive &&
                          subject_state_here >= 0)
                           ? subject_state_here
                       : (doc.tokens[i].folded == "its" && kind == AnaphorKind::kStatePossessive && first_state_here >= 0)
                           ? first_state_here
                       // ("what Seoul and Kyiv had said: its soldiers had
                       // fought": "its" is never one of a pair.)
                       : (doc.tokens[i].folded == "its" && state_here_paired && first_state_here >= 0 &&
                          first_state_here != state_here)
                           ? first_state_here
                       // ("Uganda sent troops to Juba ..., and its army chief
                       // said": "its" opening a clause after ", and" is the
                       // sentence's subject's.)
                       : (doc.tokens[i].folded == "its" && i >= s.first_token + 2 &&
                          doc.tokens[i - 1].folded == "and" && doc.tokens[i - 2].folded == "," &&
                          subject_state_here >= 0)
                           ? subject_state_here
                       : (doc.tokens[i].folded == "its" && state_here >= 0) ? state_here
                       // ("The Rapid Support Forces accepted the proposal,
                       // though its drones struck El Obeid": the body that
                       // opens the sentence owns the forces, with no state
                       // named before them.)
                       : (doc.tokens[i].folded == "its" && n > 1 && organization_here >= 0 && !placed.empty() &&
                          static_cast<long>(placed.front().entity) == organization_here &&
                          OpensTheSentence(doc, s, placed.front().first))
                           ? organization_here
                       // "... said that the alliance would not tolerate
                       // attacks on its infrastructure": a body named in
                       // the sentence owns "its", not a state named before.
                       : (doc.tokens[i].folded == "its" && organization_here >= 0) ? -1
                       // "... suspended assistance to the country": a state
                       // further into the sentence is the paragraph's topic.
                       // ("Japarov said Kyrgyzstan respects the law, and that
                       // the country cannot afford ...": as a clause's
                       // subject, the state the sentence named before.)
                       : (doc.tokens[i].folded == "the" && i > s.first_token && first_state_here >= 0 &&
                          ClauseSubjectAt(doc, book, s, i, n))
                           ? first_state_here
                       : (doc.tokens[i].folded == "the" && i > s.first_token &&
                          StateOfOpeningAdverbial(doc, book, placement, si, i) >= 0)
                           ? StateOfOpeningAdverbial(doc, book, placement, si, i)
                       // ("Saudi Arabia, which had cut its support for Lebanon, has
                       // promised to help rebuild the country": a state the
                       // sentence named after its opening one.)
                       : (doc.tokens[i].folded == "the" && i > s.first_token && last_state_with_asides >= 0 &&
                          first_state_here >= 0 && last_state_with_asides != first_state_here)
                           ? last_state_with_asides
                       : (doc.tokens[i].folded == "the" && i > s.first_token) ? ante.topic_state
                       // ("JNIM, al-Qaeda's branch, has imposed a blockade
                       // ... Its fighters have burned ...": so does "its"
                       // opening the next.)
                       : ((doc.tokens[i].folded == "it" || (doc.tokens[i].folded == "its" && i == s.first_token)) &&
                          ante.opening_organization >= 0)
                           ? ante.opening_organization
                                                                            : ante.state;
    if (n && kind == AnaphorKind::kPerson && PronounMisfits(doc, book, ante_entity, doc.tokens[i].folded))
      ante_entity = NearestPersonOfSex(doc, book, placement, si, i);
    // ("Castro, whose husband Manuel Zelaya was ousted ... Her government
    // moved recognition": the government is that of the nearest person the
    // pronoun fits.)
    if (n && kind == AnaphorKind::kGovernmentOf && PronounMisfits(doc, book, leader, doc.tokens[i].folded))
      ante_entity = StateGovernedBy(doc, book, NearestPersonOfSex(doc, book, placement, si, i), true);
    // (A name that says nothing of its bearer's sex yields to one close by
    // that says the pronoun's. Only for "she" and "her": most officials
    // these articles name are men, so "Tokayev visited Moscow to sign a
    // declaration with Vladimir Putin. He has refused" is still Tokayev.)
    bool feminine = doc.tokens[i].folded == "she" || doc.tokens[i].folded == "her";
    if (n && kind == AnaphorKind::kPerson && feminine && ante_entity >= 0 &&
        !PronounFits(doc, book, ante_entity, doc.tokens[i].folded))
      if (long fitting = NearestPersonFitting(doc, book, placement, si, i); fitting >= 0) ante_entity = fitting;
    if (n && ante_entity >= 0) {
      // "... a member of the CSTO, and it has declined ...": a pronoun
      // subject after "and" opens a clause of its own, which no list of
      // names reaches into ("the CSTO and Uzbekistan has declined").
      bool pronoun_subject = kind == AnaphorKind::kStateInClause || (kind == AnaphorKind::kPerson && i > s.first_token);
      if (pronoun_subject && doc.tokens[i - 1].folded == "and" && m.text.size() >= 5 &&
          m.text.compare(m.text.size() - 5, 5, " and ") == 0 && !m.offsets.empty() &&
          m.offsets.back().first == m.text.size()) {
        m.text.resize(m.text.size() - 4);  // back to " " before "and"
        if (m.text.size() >= 3 && m.text.compare(m.text.size() - 3, 3, " , ") == 0) m.text.resize(m.text.size() - 2);
        while (!m.offsets.empty() && m.offsets.back().first >= m.text.size()) m.offsets.pop_back();
        m.offsets.emplace_back(m.text.size(), i - 1);
        m.text += "; ";
        m.offsets.emplace_back(m.text.size(), i);
      }
      emit_entity(static_cast<size_t>(ante_entity));
      if (IsIndependentBody(doc, book, static_cast<size_t>(ante_entity))) organization_here = ante_entity;
      // "He could return the compounds to Putin, he could ...": the
      // person a sentence opens with is its first, before any named later.
      if (kind == AnaphorKind::kPerson && person_here < 0) person_here = ante_entity;
      // ("He refused ..., and in January his son flew to Nuuk": the person
      // a pronoun stood for is named last, and owns the "his" after it.)
      // ("President Petr Pavel appointed him ..., two months after his ANO
      // movement won": so does an object pronoun's, another than the
      // subject.)
      if (kind == AnaphorKind::kPerson || (kind == AnaphorKind::kPersonObject && ante_entity != person_here))
        last_person_here = ante_entity;
      // "It depends on Russian arms, and it has never condemned ...": a
      // later "it" in the sentence is the state the first one stood for.
      // ("His government, based in Port Sudan, accuses the UAE ..., and it
      // severed relations": so is the state "his government" opened it with.)
      if (i == s.first_token && (kind == AnaphorKind::kState || kind == AnaphorKind::kGovernmentOf) &&
          first_state_here < 0 && IsCountry(doc, book, static_cast<size_t>(ante_entity)))
        first_state_here = ante_entity;
      // ("Its forces still hold positions inside Lebanon, and its air force
      // strikes": a state anaphor that opens the sentence is its subject,
      // whose "its" a clause after ", and" goes on with.)
      if (i == s.first_token && subject_state_here < 0 && IsCountry(doc, book, static_cast<size_t>(ante_entity)))
        subject_state_here = ante_entity;
      // ("his government" is the state itself, no possessor; "Tsahkna, his
      // foreign minister," is the state's.)
      // (An object "her" is no possessive: "chose her as its leader".)
      if (((doc.tokens[i].folded == "his" || doc.tokens[i].folded == "her") &&
           (kind != AnaphorKind::kGovernmentOf || (n == 1 && i > s.first_token && doc.tokens[i - 1].folded == ",")) &&
           kind != AnaphorKind::kPersonObject) ||
          kind == AnaphorKind::kStatePossessive || kind == AnaphorKind::kOfficeOf || kind == AnaphorKind::kMeasureOwner)
        m.text += " 's";
      i += n;
      continue;
    }
    // "... deepened ties with China, hosted Xi Jinping in Budapest, and
    // ...": a comma between a name and a verb in a series of verb phrases
    // reads as "and", so the name is no subject of the verb after it (the
    // clause's subject is carried there, CarrySubjectIntoSecondVerb).
    // Only after an object ("ties with China"): a name set off by commas
    // ("Mali's president, Colonel Assimi Goïta, praised") is the subject.
    uint32_t before = named_last_first > s.first_token ? named_last_first - 1 : named_last_first;
    if (before > s.first_token && doc.tokens[before].folded == "the") --before;
    bool after_object = named_last_first > s.first_token && doc.tokens[before].is_word &&
                        !doc.tokens[before].capitalized && !book.lexicon.Has("person_titles", doc.tokens[before]);
    bool series = doc.tokens[i].folded == "," && named_last >= 0 && named_last_end == i && after_object &&
                  SeriesVerbAt(doc, book, s, i + 1) && !ClosesExampleList(doc, placed, s, named_last_first) &&
                  !ClosesOpeningApposition(doc, book, placed, s, i) &&
                  !ClosesPersonsApposition(doc, book, placed, s, i) &&
                  !ClosesNamesOfPluralSubject(doc, book, placed, s, named_last_first);
    // ", where they met X", ", although it banned imports of Russian
    // uranium": a clause of its own, which no gap crosses.
    bool where = doc.tokens[i].folded == "," && i + 1 < s.end_token &&
                 book.lexicon.Has("clause_opening_conjunctions", doc.tokens[i + 1]);
    // "... a growth plan worth 1.8 billion euros, and Romania has supplied
    // ...": after a word that ends no name, ", and" and a name with its
    // verb open a clause of their own (after a name it may end a list:
    // "Russia, China, and Iran have").
    bool new_clause = false;
    if (doc.tokens[i].folded == "," && i + 2 < s.end_token && doc.tokens[i + 1].folded == "and" &&
        i > s.first_token && named_last_end != i) {
      uint32_t j = i + 2;
      if (doc.tokens[j].folded == "the") ++j;
      for (const auto& pl : placed)
        if (pl.first == j && pl.end < s.end_token) new_clause = LooksLikeVerb(book, doc.tokens[pl.end]);
    }
    // "approval up to the party politburo", "up to 10,000 troops": how far
    // or how many, never to whom; written "up till" so no rule's "to" reads it.
    bool up_to = doc.tokens[i].folded == "to" && i > s.first_token && doc.tokens[i - 1].folded == "up";
    // "the Russia–China partnership": an en dash joining names reads as the
    // hyphen the rules are written with.
    bool joining_en_dash = doc.tokens[i].folded == "\u2013" && text::IsJoiningDash(doc.tokens, i);
    m.text += series              ? std::string("and")
              : where || new_clause ? std::string(";")
              : up_to               ? std::string("till")
              : joining_en_dash     ? std::string("-")
                                    : doc.tokens[i].folded;
    ++i;
  }
  return m;
}

// "[E5|LOC] president [E6|PER]" inside a list ("Chinese President Xi
// Jinping and Russian President Vladimir Putin"): the state before a title
// and a person in the same slot (ending before `to`) only says whose title
// it is.
bool TitlesAPerson(const std::string& masked, size_t close, size_t to) {
  if (masked.compare(close - 4, 5, "|LOC]") != 0) return false;
  size_t i = close + 1;
  if (masked.compare(i, 4, " 's ") == 0) i += 3;
  int words = 0;
  while (i + 1 < masked.size() && masked[i] == ' ' && masked[i + 1] >= 'a' && masked[i + 1] <= 'z' && words < 3) {
    size_t end = masked.find(' ', i + 1);
    if (end == std::string::npos) return false;
    i = end;
    ++words;
  }
  // ("India 's external affairs minister , S. Jaishankar": past a comma;
  // "the Pakistani Shehbaz Sharif": a demonym right before the name.)
  if (words && masked.compare(i, 2, " ,") == 0) i += 2;
  if (masked.compare(i, 3, " [E") != 0) return false;
  size_t next_close = masked.find(']', i);
  return next_close != std::string::npos && next_close < to && masked.compare(next_close - 4, 5, "|PER]") == 0;
}

std::vector<size_t> EntitiesIn(const std::string& masked, size_t from, size_t to, bool subject) {
  std::vector<size_t> out;
  for (size_t at = masked.find("[E", from); at != std::string::npos && at < to; at = masked.find("[E", at + 2)) {
    size_t bar = masked.find('|', at);
    size_t close = masked.find(']', at);
    bool possessor = !out.empty() && masked.compare(close + 1, 3, " 's") == 0;
    // "..., and the Philippines has expanded ...": a new clause's subject.
    bool new_clause = false;
    if (!subject && !out.empty() && close + 1 < masked.size()) {
      size_t word = close + 2, end = masked.find(' ', word);
      static const std::set<std::string> kAuxiliaries = {"has", "have", "had", "is", "are", "was", "were", "will",
                                                         "would", "could", "can", "may", "might", "must", "should",
                                                         "said", "says", "did", "does"};
      new_clause = kAuxiliaries.count(masked.substr(word, end == std::string::npos ? std::string::npos : end - word)) > 0;
      // ("Russia's attacks on Kharkiv and Odesa have continued": without a
      // comma before the "and", the verb is the whole phrase's.)
      new_clause = new_clause && (masked.compare(at >= 7 ? at - 7 : 0, 7, " , and ") == 0 ||
                                  masked.compare(at >= 11 ? at - 11 : 0, 11, " , and the ") == 0);
    }
    // ("Tren de Aragua of Venezuela and MS-13 of El Salvador", "Rahmon of
    // Tajikistan and Berdimuhamedov of Turkmenistan": the place after "of"
    // says where the one listed is from; it is no item of the list.)
    bool place_of = !out.empty() && at >= 5 && masked.compare(at - 5, 5, "] of ") == 0 &&
                    masked.compare(bar + 1, 4, "LOC]") == 0;
    if (!possessor && !new_clause && !place_of && !TitlesAPerson(masked, close, to))
      out.push_back(std::stoul(masked.substr(at + 2, bar - at - 2)));
  }
  return out;
}

namespace {

// "X , a businessman who lives in [Moscow] and has been sanctioned by ...":
// the name a relative pronoun refers to, when the pronoun stands between
// `from` and the conjunction at `at` with no clause break after it; empty
// otherwise. The name must stand close before the pronoun.
// ("Ilan Shor , Ilan Shor lives in ... and is under sanctions": where the
// masked text has already put the antecedent in the pronoun's place (the
// name written twice around a comma), that name is the clause's subject.)
std::string RelativeAntecedent(const Masked& masked, size_t from, size_t at) {
  const std::string& text = masked.text;
  size_t pronoun = std::string::npos;
  for (const char* p : {" who ", " which "}) {
    size_t r = text.rfind(p, at);
    if (r != std::string::npos && r > from && (pronoun == std::string::npos || r > pronoun)) pronoun = r;
  }
  std::string replaced;
  // (Searched from the sentence's start: the subject found before may be
  // the rewritten pronoun itself.)
  for (size_t o = text.find(" , [E"); o != std::string::npos && o < at; o = text.find(" , [E", o + 1)) {
    if (pronoun != std::string::npos && o < pronoun) continue;
    size_t c = text.find(']', o);
    if (c == std::string::npos || c > at) continue;
    std::string name = text.substr(o + 3, c + 1 - (o + 3));
    if (o >= name.size() && text.compare(o - name.size(), name.size(), name) == 0) {
      pronoun = o;
      replaced = name;
    }
  }
  // ("Ilan Shor , a businessman convicted of fraud Ilan Shor lives in ...":
  // so is a name written again after its own apposition.)
  for (size_t q = text.find("|PER] ", from); replaced.empty() && q != std::string::npos && q < at;
       q = text.find("|PER] ", q + 1)) {
    size_t open = text.rfind("[E", q);
    if (open == std::string::npos || open <= from) continue;
    std::string name = text.substr(open, q + 5 - open);
    size_t first = text.rfind(name, open - 1);
    if (first == std::string::npos || open == 0 || text[open - 1] != ' ') continue;
    size_t after = first + name.size();
    if (text.compare(after, 5, " , a ") == 0 || text.compare(after, 6, " , an ") == 0 ||
        text.compare(after, 7, " , the ") == 0) {
      pronoun = open - 1;
      replaced = name;
    }
  }
  if (pronoun == std::string::npos) return "";
  // ("the Eurasian Economic Union, which it cannot belong to and join the
  // European Union": a relative clause with a subject of its own is about
  // its object, and no verb after it is the antecedent's.)
  if (replaced.empty()) {
    size_t word = text.find(' ', pronoun + 1);
    if (word != std::string::npos) {
      for (const char* subject : {" it ", " they ", " he ", " she ", " we ", " [E"})
        if (text.compare(word, std::strlen(subject), subject) == 0) return "";
    }
  }
  for (const char* brk : {" ; ", " : ", " , and ", " , but "}) {
    size_t b = text.find(brk, pronoun);
    if (b != std::string::npos && b < at) return "";
  }
  if (!replaced.empty()) return replaced;
  size_t open = text.rfind("[E", pronoun);
  if (open == std::string::npos) return "";
  size_t close = text.find(']', open);
  if (close == std::string::npos || close > pronoun || pronoun - close > 64) return "";
  // ("asked India to withdraw the roughly 80 military personnel who
  // operated ...": three or more words after the name, with no comma to
  // set them off, make a noun phrase of their own that the clause is about.)
  std::string_view between = std::string_view(text).substr(close + 1, pronoun - close - 1);
  if (between.find(',') == std::string_view::npos && std::count(between.begin(), between.end(), ' ') > 3) return "";
  std::string name = text.substr(open, close + 1 - open);
  if (name.find("|EVT]") != std::string::npos || name.find("|SAN]") != std::string::npos) return "";
  // ("X 's son and a federal deputy who had lobbied": a possessor is not
  // who the relative clause is about.)
  if (text.compare(close, 5, "] 's ") == 0) return "";
  return name;
}

// Whether the words between a state's name and a person's make the person
// its officer: a title ("Ukrainian President Zelensky"), a possessive one
// ("Cuba's foreign minister, Bruno Rodríguez"), a body's title ("Iran's
// Supreme National Security Council secretary, Ali Larijani"), or the
// possessive alone ("Brazil's Lula").
bool TitlesNextPerson(const RuleBook& book, std::string between) {
  if (between.rfind("'s ", 0) == 0) between.erase(0, 3);
  if (between.size() > 2 && between.compare(between.size() - 2, 2, " ,") == 0) between.erase(between.size() - 2);
  size_t body_end = between.rfind("[E", 0) == 0 ? between.find("] ") : std::string::npos;
  if (body_end != std::string::npos) between.erase(0, body_end + 2);
  return between == "'s" || book.lexicon.Contains("person_titles", between);
}

// Where a list of names that starts with the one closing at `close` ends:
// "[E1] , [E2] and the [E3]" ends at E3's "]"; without a closing "and" (an
// apposition, "[E1] , [E2] 's ...") it is the first name alone. Events and
// sanctions end a list of actors.
size_t ListEnd(const std::string& text, size_t close) {
  size_t end = close;
  while (true) {
    size_t next = std::string::npos;
    bool last = false;
    for (const char* joint : {" , [E", " , the [E", " and [E", " and the [E"})
      if (text.compare(end + 1, std::char_traits<char>::length(joint), joint) == 0) {
        next = text.find("[E", end + 1);
        last = joint[1] == 'a';
        break;
      }
    if (next == std::string::npos) return close;
    size_t next_close = text.find(']', next);
    if (next_close == std::string::npos) return close;
    std::string_view item = std::string_view(text).substr(next, next_close + 1 - next);
    if (item.find("|EVT]") != std::string_view::npos || item.find("|SAN]") != std::string_view::npos) return close;
    end = next_close;
    if (last) return end;
  }
}

}  // namespace

namespace {

// "..., and in March 2025 imposed tariffs": the offset of the word after a
// short time adverbial ("in", "on", "later", a month, a year) that opens at
// `word` of the masked text, else `word`.
size_t SkipTimeAdverbial(const RuleBook& book, const std::string& text, size_t word) {
  auto word_at = [&](size_t at) {
    size_t end = std::min(text.find(' ', at), text.size());
    return std::string_view(text).substr(at, end - at);
  };
  if (word >= text.size()) return word;
  std::string_view first = word_at(word);
  if (book.lexicon.Contains("sequence_adverbs", std::string(first))) return word + first.size() + 1;
  if (!book.lexicon.Contains("time_adverbial_openers", std::string(first))) return word;
  size_t at = word + first.size() + 1;
  int dates = 0;
  for (; dates < 3 && at < text.size(); ++dates) {
    std::string_view w = word_at(at);
    bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!number && !book.lexicon.Contains("calendar_words", std::string(w))) break;
    at += w.size() + 1;
  }
  return dates ? at : word;
}

}  // namespace

std::optional<Masked> SubjectOfComparison(const Masked& full) {
  const std::string& text = full.text;
  // (One name or a list of them: "as do Britain and Canada".)
  static const RE2 kAsDoes(
      " , as (?:does|do|did|has|have|had) (?:the )?"
      "((?:\\[E\\d+\\|(?:LOC|ORG|PER)\\] (?:, (?:and )?(?:the )?|and (?:the )?))*\\[E\\d+\\|(?:LOC|ORG|PER)\\])"
      "(?: [.;,]|$)");
  re2::StringPiece others;
  if (!RE2::PartialMatch(text, kAsDoes, &others)) return std::nullopt;
  size_t as = text.rfind(" , as ", static_cast<size_t>(others.data() - text.data()));
  // The subject opens the sentence ("the", a title or a date may come
  // first), is no possessor, and the clause between has a verb.
  size_t open = text.find("[E");
  if (open == std::string::npos || open > 24 || open >= as) return std::nullopt;
  size_t close = text.find(']', open);
  if (close == std::string::npos || text.compare(close + 1, 4, " 's ") == 0 || close + 2 >= as) return std::nullopt;
  Masked out;
  std::string replacement(others.data(), others.size());
  out.text = text.substr(0, open) + replacement + text.substr(close + 1, as - close - 1) + " .";
  long shift = static_cast<long>(replacement.size()) - static_cast<long>(close + 1 - open);
  for (const auto& [offset, tok] : full.offsets) {
    if (offset <= open)
      out.offsets.emplace_back(offset, tok);
    else if (offset > close && offset <= as)
      out.offsets.emplace_back(static_cast<size_t>(static_cast<long>(offset) + shift), tok);
  }
  return out;
}

std::optional<Masked> CarrySubjectIntoSecondVerb(const Document& doc, const RuleBook& book, const Masked& full) {
  const std::string& text = full.text;
  size_t open = text.find("[E");
  if (open == std::string::npos) return std::nullopt;
  size_t close = text.find(']', open);
  if (close == std::string::npos) return std::nullopt;
  // The subject opens the sentence, perhaps after a title ("president ");
  // a later name is only the antecedent of a relative clause. ("they have
  // also expelled French troops, ended ...": not the object of a verb
  // before it.)
  bool opens_sentence = open <= 24;
  // ("The so-called Quad, made up of ...": a participle after a
  // determiner or "so" describes the name.)
  for (uint32_t k = full.TokenAt(0); opens_sentence && open > 0 && k < full.TokenAt(open); ++k) {
    const std::string& before = k > 0 ? doc.tokens[k - 1].folded : doc.tokens[k].folded;
    bool adjective = before == "so" || before == "-" || book.lexicon.Contains("verb_object_determiners", before);
    if (doc.tokens[k].is_word && !doc.tokens[k].capitalized && LooksLikeVerb(book, doc.tokens[k]) && !adjective)
      opens_sentence = false;
  }
  // ("Deputy Secretary of State Christopher Landau attended ... and met
  // Paz": a longer title before the name; "In March 2025 Vice President
  // JD Vance visited ... and accused ...": or a date that opens the
  // sentence, and a title; "On his first day in office Donald Trump
  // reversed ... and put ...": or a day told by the office.)
  bool after_date = false;
  if (open > 1) {
    std::string title = text.substr(0, open - 1);
    static const RE2 kDateOpening(
        "^(?:in|on|during|early|late|last|this|earlier|later)(?: (?:in|of|the|early|late|mid|january|february|march|"
        "april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|year|week|"
        "month|weekend|morning|evening|day|days|first|his|her|their|its|office|[0-9]{1,4}(?:st|nd|rd|th)?|,))+(?: |$)");
    re2::StringPiece rest(title);
    bool dated = RE2::Consume(&rest, kDateOpening);
    title = std::string(rest);
    for (size_t space = title.find(' ');
         space != std::string::npos && book.lexicon.Contains("title_modifiers", title.substr(0, space));
         space = title.find(' '))
      title.erase(0, space + 1);
    bool titled = book.lexicon.Contains("office_titles", title) || book.lexicon.Contains("person_titles", title);
    after_date = dated && (title.empty() || titled);
    opens_sentence = opens_sentence || after_date || titled;
  }
  // ("Five members of the European Union, Spain, ... and Cyprus, also do
  // not recognise Kosovo": the members listed after the body are the
  // subject, not the body.)
  if (std::string_view prefix = std::string_view(text).substr(0, open);
      (prefix.ends_with("members of the ") || prefix.ends_with("members of ")) &&
      text.compare(close + 1, 5, " , [E") == 0) {
    open = close + 4;
    close = text.find(']', open);
    if (close == std::string::npos) return std::nullopt;
  }
  // "SEOUL — Lee Jae-myung took office ...": a dateline is where the
  // report was filed, not who acts.
  static const std::string kEmDash = " \u2014 [E", kHyphen = " - [E";
  if (text.compare(close + 1, kEmDash.size(), kEmDash) == 0 || text.compare(close + 1, kHyphen.size(), kHyphen) == 0) {
    open = text.find("[E", close);
    close = text.find(']', open);
    if (close == std::string::npos) return std::nullopt;
    opens_sentence = true;
  }
  // "From Moscow, Shor denied ... and urged ...": a place that opens the
  // sentence after a preposition is where, not who.
  if (open > 1 && text.compare(close + 1, 5, " , [E") == 0) {
    size_t word = text.rfind(' ', open - 2);
    word = word == std::string::npos ? 0 : word + 1;
    if (book.lexicon.Contains("city_prepositions", text.substr(word, open - 1 - word))) {
      open = close + 4;
      close = text.find(']', open);
      if (close == std::string::npos) return std::nullopt;
    }
  }
  // "Since Assad's fall, the Israeli army has occupied ... and struck
  // ...": a name in an opening adverbial ("since", "after", "despite" ...)
  // is no subject; the main clause's, right after the comma, is.
  if (open > 0 && !after_date) {
    size_t first_space = text.find(' ');
    std::string opener = text.substr(0, first_space);
    size_t comma = text.find(" , ");  // the adverbial's end: the sentence's first comma
    // (Not one past a colon: "For three years X managed a feat: he applied
    // ..., sold ..." has no adverbial set off.)
    size_t colon = text.find(" : ");
    if (book.lexicon.Contains("fronting_words", opener) && comma != std::string::npos && comma > close &&
        (colon == std::string::npos || comma < colon)) {
      size_t main = comma + 3;
      if (text.compare(main, 4, "the ") == 0) main += 4;
      if (text.compare(main, 2, "[E") != 0) return std::nullopt;
      open = main;
      close = text.find(']', open);
      if (close == std::string::npos) return std::nullopt;
      opens_sentence = true;
    }
  }
  // ("Haftar's son Saddam has taken on a role and visited Washington": the
  // one a possessor's few words lead to is the subject.)
  if (text.compare(close + 1, 4, " 's ") == 0) {
    size_t next = text.find("[E", close);
    size_t words = next == std::string::npos ? 0 : std::count(text.begin() + static_cast<long>(close) + 5,
                                                              text.begin() + static_cast<long>(next), ' ');
    size_t next_close = next == std::string::npos ? next : text.find(']', next);
    std::string_view between = next == std::string::npos ? std::string_view()
                                                         : std::string_view(text).substr(close + 5, next - close - 6);
    std::string_view last_word = between.substr(between.rfind(' ') + 1);
    if (next_close != std::string::npos && words >= 1 && words <= 3 && text.find(',', close) > next &&
        text.compare(next_close - 4, 5, "|PER]") == 0 && book.lexicon.Contains("family_roles", std::string(last_word))) {
      open = next;
      close = next_close;
    }
  }
  // ("Ouattara's main remaining opponent, the businessman Jean-Louis
  // Billon, conceded defeat and congratulated the president": the person
  // set off after the possessor's noun is the subject.)
  if (text.compare(close + 1, 4, " 's ") == 0) {
    size_t comma = text.find(" , ", close + 4), next = text.find("[E", close);
    size_t next_close = next == std::string::npos ? next : text.find(']', next);
    if (comma != std::string::npos && next_close != std::string::npos && comma < next) {
      std::string_view noun = std::string_view(text).substr(close + 5, comma - close - 5);
      std::string_view lead = std::string_view(text).substr(comma + 3, next - comma - 3);
      if (lead.starts_with("the ") || lead.starts_with("a ")) lead.remove_prefix(lead.find(' ') + 1);
      auto words = [](std::string_view w) { return w.empty() ? 0 : std::count(w.begin(), w.end(), ' ') + 1; };
      if (!lead.empty()) lead.remove_suffix(1);  // the space before the name
      // ("His far-right coalition partners, Itamar Ben-Gvir and Bezalel
      // Smotrich, opposed the ceasefire": or the people listed there, the
      // closing comma written as "and".)
      size_t list_close = next_close == std::string::npos ? next_close : ListEnd(text, next_close);
      bool closed = list_close != std::string::npos &&
                    (text.compare(list_close + 1, 3, " , ") == 0 ||
                     (list_close != next_close && text.compare(list_close + 1, 5, " and ") == 0));
      if (!noun.empty() && words(noun) <= 4 && noun.find('[') == std::string_view::npos && words(lead) <= 2 &&
          lead.find_first_of("[,") == std::string_view::npos && text.compare(next_close - 4, 5, "|PER]") == 0 &&
          closed) {
        open = next;
        close = list_close;
      }
    }
  }
  // ("A panel of Brazil's Supreme Federal Court convicted ... and
  // sentenced him": the body a state's possessive leads to is the subject.)
  if (text.compare(close + 1, 6, " 's [E") == 0 && text.compare(close - 4, 5, "|LOC]") == 0) {
    size_t body = close + 5, body_close = text.find(']', body);
    if (body_close != std::string::npos && text.compare(body_close - 4, 5, "|ORG]") == 0) {
      open = body;
      close = body_close;
    }
  }
  // ("The EU's nineteenth package, adopted on 23 October, banned ... and
  // added": the measure the possessor's name leads to.)
  if (text.compare(close + 1, 6, " 's [E") == 0) {
    size_t measure = close + 5, measure_close = text.find(']', measure);
    if (measure_close != std::string::npos && text.compare(measure_close - 4, 5, "|SAN]") == 0) {
      open = measure;
      close = measure_close;
    }
  }
  std::string subject = text.substr(open, close + 1 - open);
  // ("Its nineteenth package, adopted on 23 October, banned imports ...
  // and added Rosneft to a full transaction ban": a measure acts as its
  // verbs say; an event does not.)
  if (subject.find("|EVT]") != std::string::npos) return std::nullopt;
  // "Ukrainian President Volodymyr Zelensky welcomed ... and urged ...":
  // the person after a title is the subject, not the state that names it.
  size_t person = text.find("[E", close);
  // ("Iran's Supreme National Security Council secretary, Ali Larijani":
  // past a body between the state and the title.)
  if (person == close + 5 && text.compare(close + 1, 4, " 's ") == 0) {
    size_t body_close = text.find(']', person);
    if (body_close != std::string::npos && text.compare(body_close - 4, 5, "|ORG]") == 0)
      person = text.find("[E", body_close);
  }
  size_t person_close = person == std::string::npos ? person : text.find(']', person);
  if (person_close != std::string::npos && text.compare(person_close - 4, 5, "|PER]") == 0 && person > close + 2) {
    if (TitlesNextPerson(book, text.substr(close + 2, person - close - 3))) {
      subject = text.substr(person, person_close + 1 - person);
      close = person_close;
      // ("Armenian Prime Minister Pashinyan and Azerbaijani President
      // Aliyev shook hands ... and initialled": both titled people.)
      if (text.compare(close + 1, 7, " and [E") == 0) {
        size_t state = close + 5, state_close = text.find(']', state);
        size_t second = state_close == std::string::npos ? state_close : text.find("[E", state_close);
        size_t second_close = second == std::string::npos ? second : text.find(']', second);
        // ("Finland's President Stubb and Norway's Prime Minister Støre".)
        if (second_close != std::string::npos && text.compare(state_close - 4, 5, "|LOC]") == 0 &&
            text.compare(second_close - 4, 5, "|PER]") == 0 && second > state_close + 2 &&
            TitlesNextPerson(book, text.substr(state_close + 2, second - state_close - 3))) {
          subject += " and " + text.substr(second, second_close + 1 - second);
          close = second_close;
        }
      }
    }
  }
  // "South Korea, Japan and the United States condemned the deployment and
  // imposed sanctions": a list that opens the sentence is the subject, all
  // of it.
  if (opens_sentence && subject == text.substr(open, close + 1 - open)) {
    close = ListEnd(text, close);
    subject = text.substr(open, close + 1 - open);
  }
  // Every "and <verb>" gets the subject: "X has pushed for a deal with the
  // United States and criticised Mercosur" after "X , an admirer of Trump
  // and has pushed ..." carries X twice.
  std::optional<Masked> result;
  const Masked* cur = &full;
  std::vector<size_t> inserted;  // where this function put in a " ; "
  // " and " or " but " before a verb: "condemned the attack but helped
  // broker the truce" is the same subject's too.
  auto ends_ing = [](std::string_view w) { return w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0; };
  // (", while remaining a member of the CSTO": a participle after "while"
  // has the sentence's subject too.)
  auto while_participle = [&](const std::string& t, size_t at) {
    if (t.compare(at, 7, " while ") != 0) return false;
    size_t from = at + 7, space = t.find(' ', from);
    if (space == std::string::npos || t[from] == '[') return false;
    std::string_view w = std::string_view(t).substr(from, space - from);
    return ends_ing(w) && !book.lexicon.Contains("ing_non_verbs", std::string(w));
  };
  // "he applied for EU membership, sold artillery shells to Ukraine, and
  // refused ...": a comma before a verb, in a series that "and" and a verb
  // close, stands for "and" (", backed by Iran, and" is an aside).
  auto verb_at = [&](const Masked& mk, size_t word) {
    word = SkipTimeAdverbial(book, mk.text, word);
    if (word >= mk.text.size() || mk.text[word] == '[') return false;
    uint32_t k = mk.TokenAt(word);
    const Token& w = doc.tokens[k];
    bool aside = book.lexicon.Has("aside_participles", w) && k + 1 < doc.tokens.size() && doc.tokens[k + 1].folded == "by";
    // ("runs a base in Mogadishu, trains Somali soldiers, and signed": a
    // verb in the present, known by its "-s" before a name.)
    size_t end = mk.text.find(' ', word);
    bool present = w.is_word && w.folded.size() > 3 && w.folded.back() == 's' && !w.folded.ends_with("ss") &&
                   end != std::string::npos && mk.text.compare(end, 3, " [E") == 0;
    return !w.capitalized && (LooksLikeVerb(book, w) || present) && !aside;
  };
  auto series_comma = [&](const Masked& mk, size_t from) {
    for (size_t c = mk.text.find(" , ", from); c != std::string::npos; c = mk.text.find(" , ", c + 1)) {
      if (!verb_at(mk, c + 3)) continue;
      for (size_t a = mk.text.find(" and ", c + 3); a != std::string::npos; a = mk.text.find(" and ", a + 1))
        if (verb_at(mk, a + 5)) return c;
      return std::string::npos;
    }
    return std::string::npos;
  };
  // "Lee chose Tokyo for his first visit, meeting Ishiba in August": a
  // participle after a comma has the sentence's subject (not after a
  // name it may describe: "the EU, representing 27 states").
  // ("Nicaragua restored relations with China, after breaking with
  // Taiwan": so has one after "after" or "before", which describes no name.)
  auto participle_comma = [&](const Masked& mk, size_t from) {
    const std::string& t = mk.text;
    size_t best = std::string::npos;
    for (const char* marker : {" , ", " after ", " before "}) {
      size_t length = std::char_traits<char>::length(marker);
      for (size_t c = t.find(marker, from); c != std::string::npos && c < best; c = t.find(marker, c + 1)) {
        size_t word = c + length, space = t.find(' ', word);
        if (space == std::string::npos || t[word] == '[') continue;
        std::string_view w = std::string_view(t).substr(word, space - word);
        if (!ends_ing(w) || !book.lexicon.Contains("participle_clause_verbs", std::string(w))) continue;
        bool after_name = length == 3 && c >= 5 && t[c - 1] == ']' && t.compare(c - 5, 5, "|EVT]") != 0 &&
                          t.compare(c - 5, 5, "|SAN]") != 0;
        if (!after_name) {
          best = c;
          break;
        }
      }
    }
    return best;
  };
  // ("Petro suspended intelligence sharing with the United States, only to
  // be placed under sanctions himself": what befell the subject after.)
  auto next_conjunction = [&](const Masked& mk, size_t from) {
    const std::string& t = mk.text;
    size_t a = t.find(" and ", from), b = t.find(" but ", from);
    size_t w = t.find(" while ", from);
    while (w != std::string::npos && !while_participle(t, w)) w = t.find(" while ", w + 1);
    size_t only_to = t.find(" , only to ", from);
    return std::min({a, b, w, only_to, series_comma(mk, from), participle_comma(mk, from)});
  };
  for (size_t at = next_conjunction(full, close); at != std::string::npos; at = next_conjunction(*cur, at + 1)) {
    const std::string& now = cur->text;
    // (the conjunction's own letters)
    size_t length = now.compare(at, 7, " while ") == 0 || now.compare(at, 7, " after ") == 0 ? 5
                    : now.compare(at, 8, " before ") == 0                                     ? 6
                    : now.compare(at, 3, " , ") == 0                                          ? 1
                                                                                              : 3;
    size_t word = SkipTimeAdverbial(book, now, at + length + 2);
    if (word >= now.size() || now[word] == '[') continue;  // "A and B": a list, not a verb
    // ("... hired lobbyists close to it, and repeatedly praised the American
    // president": past an adverb in "-ly" before the verb.)
    if (size_t space = now.find(' ', word); space != std::string::npos && space + 1 < now.size() &&
                                            now[space + 1] != '[') {
      const Token& adverb = doc.tokens[cur->TokenAt(word)];
      // ("... and instead designated Mnangagwa": or one of lexicon
      // verb_adverbs.)
      bool adverb_word = adverb.is_word && !adverb.capitalized &&
                         ((adverb.folded.size() > 4 && adverb.folded.ends_with("ly")) ||
                          book.lexicon.Has("verb_adverbs", adverb));
      if (adverb_word && LooksLikeVerb(book, doc.tokens[cur->TokenAt(space + 1)]))
        word = space + 1;
    }
    uint32_t token = cur->TokenAt(word);
    // "responded by cutting aid to Colombia and imposing sanctions on
    // Petro": a gerund after "and" goes on the series that "by" opened.
    bool gerund_series = false;
    if (ends_ing(doc.tokens[token].folded)) {
      size_t by = now.rfind(" by ", at);
      size_t after_by = by == std::string::npos ? by : by + 4;
      size_t space = after_by == std::string::npos ? after_by : now.find(' ', after_by);
      gerund_series = by != std::string::npos && by > close && space != std::string::npos &&
                      ends_ing(std::string_view(now).substr(after_by, space - after_by));
    }
    // ("The Taliban deny it and accuse Islamabad ...": a verb's plain form,
    // known by its past form in the lexicon.)
    const Token& after_and = doc.tokens[token];
    bool plain_verb = after_and.is_word && !after_and.capitalized && after_and.folded.size() > 3 &&
                      (book.lexicon.Contains("anaphor_verbs", after_and.folded + "d") ||
                       book.lexicon.Contains("anaphor_verbs", after_and.folded + "ed"));
    // ("occupies five positions and strikes Hezbollah targets": a word in
    // "-s" right before a name is a verb in the present; "raids and strikes
    // on Gaza" has a preposition first.)
    size_t word_end = now.find(' ', word);
    bool present_before_name = after_and.is_word && !after_and.capitalized && after_and.folded.size() > 3 &&
                               after_and.folded.back() == 's' && word_end != std::string::npos &&
                               (now.compare(word_end, 3, " [E") == 0 || now.compare(word_end, 7, " the [E") == 0);
    bool participle = (length == 1 || length == 6) && book.lexicon.Has("participle_clause_verbs", after_and);
    bool only_to = now.compare(at, 11, " , only to ") == 0;
    if (length != 5 && !gerund_series && !plain_verb && !present_before_name && !participle && !only_to &&
        !LooksLikeVerb(book, after_and))
      continue;
    // "France sold ..., while Turkey supports Azerbaijan and praised ...":
    // the verb belongs to the clause's subject, not the sentence's.
    std::string carried = opens_sentence ? subject : "";
    std::string antecedent = RelativeAntecedent(*cur, close, at);
    if (!antecedent.empty()) carried = antecedent;
    // ("which wants Serbia to align its foreign policy with the EU and
    // impose sanctions on Russia": a plain verb after "and" goes on an
    // infinitive whose own subject stands before its "to"; that verb is no
    // one's to carry, the sentence subject's least of all.)
    if (plain_verb && at > close) {
      size_t to = now.rfind("] to ", at);
      if (to != std::string::npos && to > close) {
        size_t open_bracket = now.rfind("[E", to);
        size_t verb = to + 5, verb_end = now.find(' ', verb);
        const Token* after_to = verb_end != std::string::npos && verb < now.size() && now[verb] != '['
                                    ? &doc.tokens[cur->TokenAt(verb)]
                                    : nullptr;
        bool infinitive = after_to && after_to->is_word && !after_to->capitalized &&
                          !book.lexicon.Has("verb_object_determiners", *after_to);
        // (Only the verb right after the infinitive's phrase: "... and has
        // criticised the violence" is the sentence subject's again.)
        std::string_view phrase = std::string_view(now).substr(to, at - to);
        bool joined = phrase.find(" ; ") == std::string_view::npos && phrase.find(" and ") == std::string_view::npos &&
                      phrase.find(" , ") == std::string_view::npos;
        if (open_bracket != std::string::npos && open_bracket > close && infinitive && joined) continue;
      }
    }
    // ("For three years President Vucic managed a feat ...: he applied for
    // EU membership, ... and refused to impose sanctions": a clause after
    // a colon has its own subject, whatever opened the sentence.)
    size_t clause = std::string::npos;
    for (const char* marker : {" while ", " whereas ", " but ", " ; ", " : ", " although ", " though ", " , and "}) {
      size_t m = at ? now.rfind(marker, at - 1) : std::string::npos;
      // ("... while Israel occupied Lebanese land and continued its strikes,
      // and accused the government": a ";" this function put in for an
      // earlier verb opens no clause of the text's own.)
      while (m != std::string::npos && std::find(inserted.begin(), inserted.end(), m) != inserted.end())
        m = m ? now.rfind(marker, m - 1) : std::string::npos;
      // (", and held talks": the conjunction at hand opens no clause with
      // a subject of its own; an earlier ", and" does.)
      if (m != std::string::npos && m + 2 == at) m = at > 2 ? now.rfind(marker, at - 3) : std::string::npos;
      // ("warned that the group would not disarm while Israel occupied
      // Lebanese land, and accused the government": a comma before the
      // conjunction closes a subordinate clause.)
      bool subordinate = marker[1] == 'w' || marker[1] == 'a' || marker[1] == 't';
      if (m != std::string::npos && subordinate && at >= 2 && now.compare(at - 2, 3, " , ") == 0) continue;
      if (m != std::string::npos && m > close && (clause == std::string::npos || m > clause)) clause = m;
    }
    // "took office six months after his predecessor Yoon declared martial
    // law and was removed": a subordinate clause whose subject follows its
    // conjunction within two words has that subject ("met Xi after talks
    // and signed": no name follows, the sentence's subject goes on).
    // ("UN experts have reported that Rwanda commands and supplies the
    // group": so has a clause after "that" whose verbs are joined right
    // after its subject; "determined that the RSF had committed genocide
    // and sanctioned Hemedti" goes on with the sentence's subject.)
    for (const char* marker :
         {" after ", " before ", " since ", " because ", " when ", " until ", " once ", " that ", " if ", " unless "}) {
      size_t m = at ? now.rfind(marker, at - 1) : std::string::npos;
      if (m == std::string::npos || m <= close || (clause != std::string::npos && m < clause)) continue;
      size_t from = m + std::char_traits<char>::length(marker);
      // ("has since visited the White House and signed": "since" before a
      // verb is an adverb, and opens no clause.)
      if (from < now.size() && now[from] != '[' && LooksLikeVerb(book, doc.tokens[cur->TokenAt(from)])) continue;
      size_t o = now.find("[E", from);
      if (o == std::string::npos || o > at || std::count(now.begin() + static_cast<long>(from), now.begin() + static_cast<long>(o), ' ') > 2 ||
          now.find(']', from) < o)
        continue;
      // ("..., since the group took power in 2021, and met Jaishankar": a
      // comma after its subject closes the subordinate clause.)
      if (now.find(" , ", ListEnd(now, now.find(']', o))) < at) continue;
      if (std::string_view(marker) == " that " && std::count(now.begin() + static_cast<long>(now.find(']', o)), now.begin() + static_cast<long>(at), ' ') > 2)
        continue;
      // ("Maduro denies that the cartel exists and accuses the United
      // States": a verb that takes no object, lexicon intransitive_verbs,
      // shares none with the verb after "and", which is the sentence's.)
      if (std::string_view(marker) == " that " && now.find(']', o) + 2 < at &&
          book.lexicon.Has("intransitive_verbs", doc.tokens[cur->TokenAt(now.find(']', o) + 2)]))
        continue;
      // ("was promoted after the fighting and had lunch with Trump": an
      // event after the conjunction is its object, no clause's subject.)
      size_t o_close = now.find(']', o);
      if (o_close != std::string::npos && o_close >= 4 &&
          (now.compare(o_close - 4, 5, "|EVT]") == 0 || now.compare(o_close - 4, 5, "|SAN]") == 0))
        continue;
      // ("flew to Moscow after the American bombing of Fordow and met
      // Putin": nor is a name that modifies an event right after it.)
      if (o_close != std::string::npos && now.compare(o_close + 1, 3, " [E") == 0) {
        size_t next_close = now.find(']', o_close + 2);
        if (next_close != std::string::npos &&
            (now.compare(next_close - 4, 5, "|EVT]") == 0 || now.compare(next_close - 4, 5, "|SAN]") == 0))
          continue;
      }
      // ("seized the buffer zone after Assad's fall and have struck": a
      // possessor opens a noun phrase, no clause.)
      // (Not one whose noun has a verb of its own: "after Russia's army
      // invaded and ...".)
      if (o_close != std::string::npos && now.compare(o_close + 1, 4, " 's ") == 0 && o_close + 5 < at &&
          std::count(now.begin() + static_cast<long>(o_close) + 5, now.begin() + static_cast<long>(at), ' ') <= 1 &&
          !LooksLikeVerb(book, doc.tokens[cur->TokenAt(now.rfind(' ', at - 1) + 1)]))
        continue;
      clause = m;
    }
    if (clause != std::string::npos && antecedent.empty()) {
      size_t o = now.find("[E", clause), c = o == std::string::npos ? o : now.find(']', o);
      if (o == std::string::npos || o > at || c == std::string::npos) continue;  // no subject of its own
      // ("..., and Saudi Defence Minister Khalid bin Salman visited Tehran
      // and delivered a letter": the titled person after the state.)
      if (now.compare(c - 4, 5, "|LOC]") == 0) {
        size_t p = now.find("[E", c), pc = p == std::string::npos ? p : now.find(']', p);
        if (pc != std::string::npos && pc < at && p > c + 2 && now.compare(pc - 4, 5, "|PER]") == 0 &&
            TitlesNextPerson(book, now.substr(c + 2, p - c - 3)))
          o = p, c = pc;
      }
      // ("; his son Saddam Haftar has taken on a growing role and visited
      // Washington": the relative a possessor's family word leads to.)
      if (now.compare(c + 1, 4, " 's ") == 0) {
        size_t p = now.find("[E", c), pc = p == std::string::npos ? p : now.find(']', p);
        std::string_view between = p == std::string::npos ? std::string_view()
                                                          : std::string_view(now).substr(c + 5, p - c - 6);
        if (pc != std::string::npos && pc < at && now.compare(pc - 4, 5, "|PER]") == 0 && !between.empty() &&
            between.find(' ') == std::string_view::npos &&
            book.lexicon.Contains("family_roles", std::string(between)))
          o = p, c = pc;
      }
      // ("; Goïta, Traoré and Tiani have expelled French troops and cut
      // ties with Ukraine": all of a listed subject.)
      c = ListEnd(now, c);
      carried = now.substr(o, c + 1 - o);
    }
    if (carried.empty()) continue;
    // "welcomed the move ; [Zelensky] urged ...": the carried subject opens
    // a clause of its own, so the first verb's object gap cannot reach it.
    Masked out;
    out.text = now.substr(0, at + 1) + "; " + carried + now.substr(at + 1 + length);
    out.carried_at = result ? result->carried_at : at + 3;  // the first carry's place
    long shift = static_cast<long>(carried.size()) + 2 - static_cast<long>(length);
    for (const auto& [offset, tok] : cur->offsets)
      out.offsets.emplace_back(offset <= at + 1 ? offset : static_cast<size_t>(static_cast<long>(offset) + shift), tok);
    result = std::move(out);
    cur = &*result;
    inserted.push_back(at);
    at += 2 + carried.size();  // go on after the inserted subject
  }
  return result;
}

}  // namespace dossier::extract
