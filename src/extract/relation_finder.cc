#include "extract/relation_finder.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "extract/modality.h"
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

struct Masked {
  std::string text;
  std::vector<std::pair<size_t, uint32_t>> offsets;  // masked offset -> token
  size_t carried_at = std::string::npos;  // where a carried subject was put (CarrySubjectIntoSecondVerb)
  uint32_t TokenAt(size_t offset) const {
    auto it = std::upper_bound(offsets.begin(), offsets.end(), std::make_pair(offset, UINT32_MAX));
    return it == offsets.begin() ? offsets.front().second : std::prev(it)->second;
  }
};

bool IsCountry(const Document& doc, const RuleBook& book, size_t e) {
  const Entity& ent = doc.entities[e];
  if (ent.type != EntityType::kLocation || ent.attributes.count("city")) return false;
  const KbEntity* k = book.kb.Find(ent.kb_id);
  return k && k->category == "country";
}

bool IsBloc(const Document& doc, const RuleBook& book, size_t e) {
  const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
  return k && k->type == EntityType::kOrganization && k->category == "intergovernmental";
}

// Antecedents for sentence-initial pronouns and "the country"/"the Central
// Asian nation": the first person or state named in the sentences before.
struct Antecedents {
  long person = -1;          // the first person of the nearest sentence that names one: its subject, often
  long nearest_person = -1;  // the last person named before the sentence
  long state = -1;
  long organization = -1;  // an intergovernmental body, for "the alliance"
};

Antecedents FindAntecedents(const Document& doc, const RuleBook& book, const Resolution& placement, size_t s) {
  Antecedents a;
  for (size_t back = s; back-- > 0 && s - back <= 3;) {
    long last_person_here = -1;
    for (const auto& p : placement.by_sentence[back]) {
      bool person = doc.entities[p.entity].type == EntityType::kPerson;
      if (person) last_person_here = static_cast<long>(p.entity);
      if (a.person < 0 && person) a.person = static_cast<long>(p.entity);
      if (a.state < 0 && IsCountry(doc, book, p.entity)) a.state = static_cast<long>(p.entity);
      if (a.organization < 0 && IsBloc(doc, book, p.entity)) a.organization = static_cast<long>(p.entity);
    }
    if (a.nearest_person < 0) a.nearest_person = last_person_here;
    if (a.person >= 0 && a.state >= 0 && a.organization >= 0) break;
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

// The two names a sentence opens with when joined by "and" ("Russia and
// China ...", "The US and the EU ..."), read in the sentence before `si`.
std::optional<std::pair<size_t, size_t>> OpeningPair(const Document& doc, const Resolution& placement, size_t si) {
  if (si == 0) return std::nullopt;
  const Sentence& prev = doc.sentences[si - 1];
  const auto& placed = placement.by_sentence[si - 1];
  if (placed.size() < 2) return std::nullopt;
  const auto& t = doc.tokens;
  uint32_t start = prev.first_token;
  if (start < prev.end_token && t[start].folded == "the") ++start;
  const Placed &a = placed[0], &b = placed[1];
  if (a.first != start || a.end >= prev.end_token || t[a.end].folded != "and") return std::nullopt;
  uint32_t next = a.end + 1;
  if (next < prev.end_token && t[next].folded == "the") ++next;
  if (b.first != next || a.entity == b.entity) return std::nullopt;
  if (doc.entities[a.entity].type != doc.entities[b.entity].type) return std::nullopt;
  return std::make_pair(a.entity, b.entity);
}

// Tokens of an anaphor starting at `i`: "it", "he", "she" (sentence-first
// only) or "the [Adj ...] country|nation|state|republic".
enum class AnaphorKind { kState, kStateInClause, kPerson, kRelativeOf, kOrganization };

uint32_t AnaphorAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i, AnaphorKind* kind) {
  const auto& t = doc.tokens;
  *kind = AnaphorKind::kState;
  if (i == s.first_token && t[i].is_word) {
    if (t[i].folded == "he" || t[i].folded == "she") {
      *kind = AnaphorKind::kPerson;
      return 1;
    }
    if (t[i].folded == "it" && i + 1 < s.end_token && t[i + 1].is_word &&
        book.lexicon.Has("anaphor_verbs", t[i + 1]))
      return 1;
  }
  // "..., but it has not imposed ...": after a clause marker and before a
  // verb, the sentence's first state (else the last sentences').
  if (t[i].folded == "it" && i > s.first_token && i + 1 < s.end_token &&
      (t[i - 1].folded == "," || book.lexicon.Has("pronoun_clause_markers", t[i - 1])) &&
      book.lexicon.Has("anaphor_verbs", t[i + 1])) {
    *kind = AnaphorKind::kStateInClause;
    return 1;
  }
  // "Mirziyoyev visited Paris, where he met Macron": after a clause
  // marker, the sentence's first person (else the last sentences').
  if ((t[i].folded == "he" || t[i].folded == "she") && i > s.first_token &&
      (t[i - 1].folded == "," || book.lexicon.Has("pronoun_clause_markers", t[i - 1]))) {
    *kind = AnaphorKind::kPerson;
    return 1;
  }
  // "its forces attacked ...": the state named before.
  if (t[i].folded == "its" && i + 1 < s.end_token && book.lexicon.Has("anaphor_forces", t[i + 1])) return 2;
  // "His wife, ...": the person named last before.
  if ((t[i].folded == "his" || t[i].folded == "her") && i + 1 < s.end_token &&
      book.lexicon.Has("family_roles", t[i + 1])) {
    *kind = AnaphorKind::kRelativeOf;
    return 1;
  }
  if (t[i].folded != "the") return 0;
  // "the alliance", "the bloc": the intergovernmental body named before.
  if (i + 1 < s.end_token && !t[i + 1].capitalized && book.lexicon.Has("anaphor_org_nouns", t[i + 1])) {
    *kind = AnaphorKind::kOrganization;
    return 2;
  }
  for (uint32_t j = i + 1; j < s.end_token && j < i + 4; ++j) {
    if (!t[j].is_word) return 0;
    if (book.lexicon.Has("anaphor_state_nouns", t[j])) return j - i + 1;
    if (!t[j].capitalized) return 0;
  }
  return 0;
}

}  // namespace

namespace {

// The masked sentence. With `skip_asides`, non-restrictive relative
// clauses (", which ... ,", ", whose ... ,") are left out, so "Japan, whose
// islands lie close to Taiwan, expressed concern" reads "Japan expressed
// concern" for the patterns.
Masked BuildMask(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                 bool skip_asides = false, bool* skipped = nullptr) {
  Masked m;
  const Sentence& s = doc.sentences[si];
  const auto& placed = placement.by_sentence[si];
  Antecedents ante = FindAntecedents(doc, book, placement, si);
  long state_here = -1;  // the last state named so far in this sentence
  long first_state_here = -1;
  long person_here = -1;       // the first person named in this sentence
  long last_person_here = -1;  // and the last so far
  size_t p = 0;
  auto emit_entity = [&](size_t e) {
    m.text += "[E" + std::to_string(e) + "|" + TypeTag(doc.entities[e].type) + "]";
  };
  if (skipped) *skipped = false;
  for (uint32_t i = s.first_token; i < s.end_token;) {
    // ", which ...,", ", founded by X,": relative and participial asides.
    bool participial = i + 2 < s.end_token && book.lexicon.Has("aside_participles", doc.tokens[i + 1]) &&
                       (doc.tokens[i + 2].folded == "by" || doc.tokens[i + 2].folded == "in");
    if (skip_asides && doc.tokens[i].folded == "," && i + 1 < s.end_token &&
        (doc.tokens[i + 1].folded == "which" || doc.tokens[i + 1].folded == "who" ||
         doc.tokens[i + 1].folded == "whose" || doc.tokens[i + 1].folded == "where" || participial)) {
      uint32_t close = i + 2;
      while (close < s.end_token && doc.tokens[close].folded != "," && doc.tokens[close].folded != ";") ++close;
      if (close < s.end_token && doc.tokens[close].folded == ",") {
        i = close + 1;
        if (skipped) *skipped = true;
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
      if (IsCountry(doc, book, shown)) {
        state_here = static_cast<long>(shown);
        if (first_state_here < 0) first_state_here = state_here;
      }
      if (doc.entities[shown].type == EntityType::kPerson) {
        if (person_here < 0) person_here = static_cast<long>(shown);
        last_person_here = static_cast<long>(shown);
      }
      i = placed[p].end;
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
    if (i == s.first_token && doc.tokens[i].folded == "they") {
      auto pair = OpeningPair(doc, placement, si);
      if (pair) {
        emit_entity(pair->first);
        m.text += " and ";
        emit_entity(pair->second);
        ++i;
        continue;
      }
    }
    AnaphorKind kind = AnaphorKind::kState;
    uint32_t n = AnaphorAt(doc, book, s, i, &kind);
    long ante_entity = kind == AnaphorKind::kRelativeOf ? (last_person_here >= 0 ? last_person_here : ante.nearest_person)
                       : kind == AnaphorKind::kPerson ? (i > s.first_token && person_here >= 0 ? person_here : ante.person)
                       : kind == AnaphorKind::kOrganization ? ante.organization
                       : kind == AnaphorKind::kStateInClause ? (first_state_here >= 0 ? first_state_here : ante.state)
                       : (doc.tokens[i].folded == "its" && state_here >= 0) ? state_here
                                                                            : ante.state;
    if (n && ante_entity >= 0) {
      emit_entity(static_cast<size_t>(ante_entity));
      if (doc.tokens[i].folded == "his" || doc.tokens[i].folded == "her") m.text += " 's";
      i += n;
      continue;
    }
    m.text += doc.tokens[i].folded;
    ++i;
  }
  return m;
}

// Regions, seas and unknown places do not act: "its Central Asian
// neighbours" is no partner. States (and their capitals) do.
bool CanAct(const Document& doc, const RuleBook& book, size_t e) {
  const Entity& ent = doc.entities[e];
  if (ent.type != EntityType::kLocation) return ent.type == EntityType::kPerson || ent.type == EntityType::kOrganization;
  const KbEntity* k = book.kb.Find(ent.kb_id);
  return k && k->category == "country";
}

bool TypesFit(Predicate p, EntityType s, EntityType o) {
  using T = EntityType;
  auto actor = [](T t) { return t == T::kPerson || t == T::kOrganization || t == T::kLocation; };
  switch (p) {
    case Predicate::kHoldsPosition: return s == T::kPerson && (o == T::kLocation || o == T::kOrganization);
    case Predicate::kMemberOf: return actor(s) && o == T::kOrganization;
    case Predicate::kWorksFor: return s == T::kPerson && o == T::kOrganization;
    case Predicate::kFamilyOf: return s == T::kPerson && o == T::kPerson;
    case Predicate::kLocatedIn: return o == T::kLocation;
    case Predicate::kBorders: return s == T::kLocation && o == T::kLocation;
    case Predicate::kFounded: return actor(s) && (o == T::kOrganization || o == T::kSanction);
    case Predicate::kEnactedBy: return s == T::kSanction && actor(o);
    case Predicate::kTargets: return s == T::kSanction && o != T::kSanction;
    case Predicate::kParticipatesIn: return actor(s) && o == T::kEvent;
    case Predicate::kDetains: return actor(s) && o == T::kPerson;
    case Predicate::kSanctions:
    case Predicate::kAttacks:
    case Predicate::kAids:
    case Predicate::kMeets:
    case Predicate::kCooperatesWith: return actor(s) && actor(o);
    default: return actor(s) || s == T::kEvent;
  }
}

// The entities of a slot's capture. In a list, a member followed by "'s"
// is a possessor ("Kulibayev, Nazarbayev's son-in-law"), not a member.
std::vector<size_t> EntitiesIn(const std::string& masked, size_t from, size_t to) {
  std::vector<size_t> out;
  for (size_t at = masked.find("[E", from); at != std::string::npos && at < to; at = masked.find("[E", at + 2)) {
    size_t bar = masked.find('|', at);
    size_t close = masked.find(']', at);
    bool possessor = !out.empty() && masked.compare(close + 1, 3, " 's") == 0;
    // "..., and the Philippines has expanded ...": a new clause's subject.
    bool new_clause = false;
    if (!out.empty() && close + 1 < masked.size()) {
      size_t word = close + 2, end = masked.find(' ', word);
      static const std::set<std::string> kAuxiliaries = {"has", "have", "had", "is", "are", "was", "were", "will",
                                                         "would", "could", "can", "may", "might", "must", "should",
                                                         "said", "says", "did", "does"};
      new_clause = kAuxiliaries.count(masked.substr(word, end == std::string::npos ? std::string::npos : end - word)) > 0;
    }
    if (!possessor && !new_clause) out.push_back(std::stoul(masked.substr(at + 2, bar - at - 2)));
  }
  return out;
}

// Predicates whose subject (and, for the interaction ones, object) must be
// able to act.
bool NeedsActingSubject(Predicate p) {
  switch (p) {
    case Predicate::kHoldsPosition: case Predicate::kWorksFor: case Predicate::kFamilyOf:
    case Predicate::kLocatedIn: case Predicate::kBorders: case Predicate::kEnactedBy:
    case Predicate::kTargets: return false;
    default: return true;
  }
}
bool NeedsActingObject(Predicate p) {
  return p == Predicate::kCooperatesWith || p == Predicate::kMeets || p == Predicate::kAids ||
         p == Predicate::kPraises || p == Predicate::kEnactedBy;
}

class RelationSink {
 public:
  RelationSink(Document& doc, const RuleBook& book) : doc_(doc), book_(book) {}

  void Add(size_t s, size_t o, Predicate p, Modality m, double confidence, const Sentence& sentence,
           uint32_t sentence_index, std::map<std::string, std::string> attributes, const std::string& rule) {
    if (s == o) return;
    if (!TypesFit(p, doc_.entities[s].type, doc_.entities[o].type)) return;
    if (NeedsActingSubject(p) && !CanAct(doc_, book_, s)) return;
    if (NeedsActingObject(p) && !CanAct(doc_, book_, o)) return;
    if (IsSymmetric(p) && o < s) std::swap(s, o);
    auto key = std::make_tuple(s, static_cast<int>(p), o, static_cast<int>(m));
    auto it = index_.find(key);
    Evidence ev{sentence_index, sentence.span, doc_.text.substr(sentence.span.start, sentence.span.size())};
    if (it == index_.end()) {
      Relation r;
      r.subject = s;
      r.object = o;
      r.predicate = p;
      r.modality = m;
      r.confidence = confidence;
      r.attributes = std::move(attributes);
      if (!CameoCode(p).empty()) r.attributes["cameo"] = std::string(CameoCode(p));
      r.evidence.push_back(std::move(ev));
      r.rule = rule;
      index_[key] = doc_.relations.size();
      doc_.relations.push_back(std::move(r));
      return;
    }
    Relation& r = doc_.relations[it->second];
    r.confidence = std::max(r.confidence, confidence);
    for (auto& [k, v] : attributes) r.attributes.emplace(k, v);
    for (const auto& e : r.evidence)
      if (e.sentence == sentence_index) return;
    r.evidence.push_back(std::move(ev));
  }

 private:
  Document& doc_;
  const RuleBook& book_;
  std::map<std::tuple<size_t, int, size_t, int>, size_t> index_;
};

// Readings that another reading of the same text contradicts:
// - "doesn't support the war" is opposition, asserted: where a negated
//   SUPPORTS and an asserted OPPOSES (or the reverse) join the same pair,
//   keep only the asserted one;
// - "supports efforts to end the war": opposition, read from the same
//   sentence that a looser pattern read as support;
// - "Qatar ended its membership of OPEC": a reading that found the
//   negation outweighs a looser one of the same sentence that did not.
void DropContradictedReadings(Document& doc) {
  const auto& all = doc.relations;
  auto has = [&](size_t s, size_t o, Predicate p) {
    for (const auto& r : all)
      if (r.subject == s && r.object == o && r.predicate == p && r.modality == Modality::kAsserted) return true;
    return false;
  };
  std::vector<bool> drop(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) {
    const Relation& r = all[i];
    drop[i] = r.modality == Modality::kNegated &&
              ((r.predicate == Predicate::kSupports && has(r.subject, r.object, Predicate::kOpposes)) ||
               (r.predicate == Predicate::kOpposes && has(r.subject, r.object, Predicate::kSupports)));
    if (r.modality != Modality::kAsserted) continue;
    uint32_t sentence = r.evidence.front().sentence;
    for (const auto& o : all) {
      if (o.subject != r.subject || o.object != r.object || o.evidence.front().sentence != sentence) continue;
      if (r.predicate == Predicate::kSupports && o.predicate == Predicate::kOpposes && o.rule == "opposes-end-of")
        drop[i] = true;
      if (o.predicate == r.predicate && o.modality == Modality::kNegated && r.evidence.size() == 1) drop[i] = true;
    }
  }
  std::vector<Relation> kept;
  for (size_t i = 0; i < all.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(doc.relations[i]));
  doc.relations = std::move(kept);
}

// Named programmes: the knowledge base knows who enacted the Magnitsky Act.
// Drawn only when the imposer is named in the same document.
void EnactorsFromKnowledgeBase(Document& doc, const RuleBook& book, RelationSink& sink) {
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& ent = doc.entities[e];
    const KbEntity* k = book.kb.Find(ent.kb_id);
    if (!k || ent.type != EntityType::kSanction || k->enacted_by.empty() || ent.mentions.empty()) continue;
    for (size_t o = 0; o < doc.entities.size(); ++o) {
      if (doc.entities[o].kb_id != k->enacted_by || doc.entities[o].mentions.empty()) continue;
      const Mention& m = ent.mentions.front();
      sink.Add(e, o, Predicate::kEnactedBy, Modality::kAsserted, 0.6, doc.sentences[m.sentence], m.sentence,
               {{"source", "knowledge base"}}, "kb-enacted-by");
    }
  }
}

// "the Xi-Putin summit", "the US-Israel war with Iran": names joined by a
// hyphen in front of an event (store the split by extract/hyphenated_names)
// both take part in it; in front of a meeting they meet.
void JoinedActorsOfEvents(Document& doc, const RuleBook& book, const Resolution& placement, RelationSink& sink) {
  static const char* kMeetingLists[] = {"event_meeting", "event_summit", "event_talks", "event_call", "event_visit"};
  auto is_actor = [&](size_t e) {
    EntityType t = doc.entities[e].type;
    return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kLocation;
  };
  for (size_t si = 0; si < placement.by_sentence.size(); ++si) {
    const auto& placed = placement.by_sentence[si];
    for (size_t k = 2; k < placed.size(); ++k) {
      const Placed &a = placed[k - 2], &b = placed[k - 1], &ev = placed[k];
      if (a.end + 1 != b.first || !text::IsJoiningDash(doc.tokens, a.end) || b.end != ev.first) continue;
      if (doc.entities[ev.entity].type != EntityType::kEvent || !is_actor(a.entity) || !is_actor(b.entity)) continue;
      const Sentence& s = doc.sentences[si];
      uint32_t from = std::max(ClauseStart(doc, book, s, a.first), a.first > s.first_token + 6 ? a.first - 6 : s.first_token);
      Modality modality = ModalityOf(doc, book, from, ev.end);
      for (size_t actor : {a.entity, b.entity})
        sink.Add(actor, ev.entity, Predicate::kParticipatesIn, modality, 0.75, s, static_cast<uint32_t>(si), {},
                 "joined-actors-event");
      bool meeting = false;  // the event's last words are a meeting noun
      for (const char* list : kMeetingLists)
        for (uint32_t t = ev.first; t < ev.end; ++t) {
          size_t n = book.lexicon.LongestAt(list, doc.tokens, t, ev.end);
          meeting = meeting || (n && t + n == ev.end);
        }
      if (meeting)
        sink.Add(a.entity, b.entity, Predicate::kMeets, modality, 0.75, s, static_cast<uint32_t>(si), {},
                 "joined-actors-meeting");
    }
  }
}

std::string Capitalize(std::string s) {
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ';
  }
  return s;
}

bool InTerm(const Office& o, const std::string& date) {
  if (date.empty()) return true;
  if (!o.from.empty() && date.substr(0, o.from.size()) < o.from.substr(0, date.size())) return false;
  return true;
}

bool AfterTerm(const Office& o, const std::string& date) {
  return !date.empty() && !o.to.empty() && date.substr(0, std::min(date.size(), o.to.size())) >
                                               o.to.substr(0, std::min(date.size(), o.to.size()));
}

// "the Maduro government", "the regime of Bashar al-Assad", "Putin's
// Russia": idioms that say the person leads a state without a title. Sets
// *state to the knowledge-base id of the state a possessive names.
bool LeaderIdiomAt(const Document& doc, const Mention& m, std::string* state) {
  static const std::set<std::string> kRule = {"regime", "government", "administration", "cabinet", "presidency"};
  const auto& t = doc.tokens;
  uint32_t first = m.first_token, end = m.end_token;
  auto same_sentence = [&](uint32_t i) { return i < t.size() && t[i].sentence == m.sentence; };
  if (same_sentence(end) && kRule.count(t[end].folded)) return true;  // "the Maduro government"
  if (first >= 2 && same_sentence(first - 2) && t[first - 1].folded == "of" && kRule.count(t[first - 2].folded))
    return true;  // "the government of Nicolás Maduro"
  if (!same_sentence(end + 1) || t[end].folded != "'s") return false;
  if (kRule.count(t[end + 1].folded)) return true;  // "Maduro's government"
  for (const auto& e : doc.entities)
    for (const auto& other : e.mentions)
      if (other.first_token == end + 1 && !e.kb_id.empty()) {
        *state = e.kb_id;
        return true;
      }
  return false;
}

// "President Joe Biden": the knowledge base knows which state he was
// President of, and when.
void OfficesFromTitles(Document& doc, const RuleBook& book, RelationSink& sink) {
  size_t count = doc.entities.size();
  for (size_t e = 0; e < count; ++e) {
    const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
    if (!k || k->offices.empty() || doc.entities[e].type != EntityType::kPerson) continue;
    for (size_t mi = 0; mi < doc.entities[e].mentions.size(); ++mi) {
      const Mention m = doc.entities[e].mentions[mi];
      uint32_t first = m.first_token;
      std::string role;
      // The title run right before the name (up to three words).
      // "its president, Ursula von der Leyen": a comma may stand between.
      uint32_t title_end = first;
      if (first > 0 && doc.tokens[first - 1].folded == "," && doc.tokens[first - 1].sentence == m.sentence) --title_end;
      for (uint32_t end : {first, title_end}) {
        for (uint32_t n = 3; n >= 1 && role.empty(); --n) {
          if (end < n || doc.tokens[end - n].sentence != m.sentence) continue;
          if (book.lexicon.LongestAt("person_titles", doc.tokens, end - n, end) == n)
            for (uint32_t i = end - n; i < end; ++i) role += (role.empty() ? "" : " ") + doc.tokens[i].folded;
        }
        if (!role.empty()) break;
      }
      std::string idiom_state;  // "Putin's Russia": the state named after the possessive
      bool idiom = role.empty() && LeaderIdiomAt(doc, m, &idiom_state);
      if (role.empty() && !idiom) continue;
      bool former = first >= 1 && doc.tokens[first - 1].folded == "former";
      for (uint32_t i = first; i-- > 0 && i + 4 > first;)
        if (doc.tokens[i].folded == "former" || doc.tokens[i].folded == "first") former = former || doc.tokens[i].folded == "former";
      const Office* best = nullptr;
      for (const auto& o : k->offices) {
        std::string r = text::MatchKey(o.role);
        // "former president" fits "President"; "president" does not fit
        // "Vice President".
        bool fits = role == r || (role.size() > r.size() && role.compare(role.size() - r.size(), r.size(), r) == 0 &&
                                  role[role.size() - r.size() - 1] == ' ');
        // An idiom names no office: any the person held then, of the
        // state named when there is one.
        if (idiom) fits = idiom_state.empty() || o.of == idiom_state;
        if (fits && InTerm(o, doc.date) && (!best || o.from > best->from)) best = &o;
      }
      if (!best) continue;
      size_t object = EnsureKbEntity(doc, book, best->of);
      std::map<std::string, std::string> attrs{{"role", best->role}, {"source", "knowledge base"}};
      if (former || AfterTerm(*best, doc.date)) attrs["former"] = "true";
      const Sentence& s = doc.sentences[m.sentence];
      sink.Add(e, object, Predicate::kHoldsPosition, Modality::kAsserted, 0.9, s, m.sentence, attrs, "kb-office");
    }
  }
}

// "Kazakhstan refused to recognise the annexation and has not supported
// the war": the sentence's subject, named at its start, also governs a
// verb after "and". Returns the masked sentence with that "and" replaced by
// the subject's placeholder, or nothing when the sentence has no such verb.
std::optional<Masked> CarrySubjectIntoSecondVerb(const Document& doc, const RuleBook& book, const Masked& full) {
  const std::string& text = full.text;
  size_t open = text.find("[E");
  // The subject opens the sentence, perhaps after a title ("president ").
  if (open == std::string::npos || open > 24) return std::nullopt;
  size_t close = text.find(']', open);
  if (close == std::string::npos) return std::nullopt;
  std::string subject = text.substr(open, close + 1 - open);
  if (subject.find("|EVT]") != std::string::npos || subject.find("|SAN]") != std::string::npos) return std::nullopt;
  for (size_t at = text.find(" and ", close); at != std::string::npos; at = text.find(" and ", at + 1)) {
    size_t word = at + 5;
    if (word >= text.size() || text[word] == '[') continue;  // "A and B": a list, not a verb
    uint32_t token = full.TokenAt(word);
    const Token& t = doc.tokens[token];
    bool verb = book.lexicon.Has("anaphor_verbs", t) ||
                (t.folded.size() > 4 && t.folded.compare(t.folded.size() - 2, 2, "ed") == 0);
    if (!verb) continue;
    // "France sold ..., while Turkey supports Azerbaijan and praised ...":
    // the verb belongs to the clause's subject, not the sentence's.
    std::string carried = subject;
    size_t clause = std::string::npos;
    for (const char* marker : {" while ", " whereas ", " but ", " ; ", " although ", " though ", " , and "}) {
      size_t m = text.rfind(marker, at);
      if (m != std::string::npos && m > close && (clause == std::string::npos || m > clause)) clause = m;
    }
    if (clause != std::string::npos) {
      size_t o = text.find("[E", clause), c = o == std::string::npos ? o : text.find(']', o);
      if (o == std::string::npos || o > at || c == std::string::npos) continue;  // no subject of its own
      carried = text.substr(o, c + 1 - o);
    }
    Masked out;
    out.text = text.substr(0, at + 1) + carried + text.substr(at + 4);
    out.carried_at = at + 1;
    long shift = static_cast<long>(carried.size()) - 3;
    for (const auto& [offset, tok] : full.offsets)
      out.offsets.emplace_back(offset <= at + 1 ? offset : static_cast<size_t>(static_cast<long>(offset) + shift), tok);
    return out;
  }
  return std::nullopt;
}

void ApplyRules(Document& doc, const RuleBook& book, const Resolution& placement, RelationSink& sink) {
  const auto& rules = book.relations.rules();
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    if (placement.by_sentence[si].empty()) continue;
    bool skipped = false;
    Masked full = BuildMask(doc, book, placement, si);
    Masked brief = BuildMask(doc, book, placement, si, true, &skipped);
    const Sentence& s = doc.sentences[si];
    // Tokens inside asides: in the full pass a subject found there is the
    // aside's, not the sentence's (the brief pass reads the sentence).
    std::vector<bool> in_aside(s.end_token - s.first_token, false);
    std::vector<uint32_t> participial_end(s.end_token - s.first_token, 0);  // 0: not in a participial aside
    if (skipped) {
      std::vector<bool> kept(s.end_token - s.first_token, false);
      for (const auto& [offset, tok] : brief.offsets) kept[tok - s.first_token] = true;
      for (uint32_t t = s.first_token; t < s.end_token; ++t)
        in_aside[t - s.first_token] = !kept[t - s.first_token] && doc.tokens[t].folded != ",";
      // Mentions span several tokens; only their first is in offsets.
      for (const auto& pl : placement.by_sentence[si])
        for (uint32_t t = pl.first + 1; t < pl.end; ++t) in_aside[t - s.first_token] = in_aside[pl.first - s.first_token];
      // ", founded by X,": the agent of a participial aside is the subject
      // of what the aside says about the name before it, and of no more.
      for (uint32_t t = s.first_token; t + 2 < s.end_token; ++t) {
        if (doc.tokens[t].folded != "," || !book.lexicon.Has("aside_participles", doc.tokens[t + 1])) continue;
        uint32_t close = t + 1;
        while (close < s.end_token && doc.tokens[close].folded != ",") ++close;
        for (uint32_t k = t + 1; k < close; ++k) participial_end[k - s.first_token] = close;
      }
    }
    std::optional<Masked> carried = CarrySubjectIntoSecondVerb(doc, book, full);
    const Masked* carried_mask = carried ? &*carried : nullptr;
    for (const Masked* mask : std::initializer_list<const Masked*>{&full, &brief, carried_mask}) {
    if (!mask) break;
    if (mask == &brief && !skipped) continue;
    const Masked& m = *mask;
    if (m.text.find("[E") == m.text.rfind("[E")) continue;  // fewer than two entities
    for (int ri : book.relations.Candidates(m.text)) {
      const RelationRule& rule = rules[static_cast<size_t>(ri)];
      int ngroups = rule.regex->NumberOfCapturingGroups() + 1;
      std::vector<re2::StringPiece> groups(static_cast<size_t>(ngroups));
      size_t pos = 0;
      while (pos < m.text.size() &&
             rule.regex->Match(m.text, pos, m.text.size(), RE2::UNANCHORED, groups.data(), ngroups)) {
        auto offset = [&](const re2::StringPiece& g) { return static_cast<size_t>(g.data() - m.text.data()); };
        const auto& sg = groups[static_cast<size_t>(rule.subject_group)];
        const auto& og = groups[static_cast<size_t>(rule.object_group)];
        size_t match_start = offset(groups[0]), match_end = match_start + groups[0].size();
        if (sg.data() && og.data()) {
          uint32_t first_tok = m.TokenAt(match_start);
          uint32_t last_tok = m.TokenAt(match_end ? match_end - 1 : 0) + 1;
          // The clause that ends the match holds its verb: "Georgia does not
          // have relations with Moscow, which has occupied Abkhazia" keeps
          // the negation out of the relative clause.
          uint32_t clause = ClauseStart(doc, book, s, last_tok - 1);
          // A carried subject starts its own clause at the "and".
          bool carried_subject = mask == carried_mask && match_start == carried->carried_at;
          uint32_t from = rule.modality_in_match_only || carried_subject
                              ? first_tok
                              : std::max(clause, first_tok > 8 ? first_tok - 8 : 0u);
          Modality modality = rule.modality ? *rule.modality : ModalityOf(doc, book, from, last_tok);
          std::map<std::string, std::string> attrs = rule.attributes;
          if (rule.role_group > 0 && groups[static_cast<size_t>(rule.role_group)].data())
            attrs["role"] = Capitalize(std::string(groups[static_cast<size_t>(rule.role_group)]));
          auto listed = [&](const std::string& list, size_t e) {
            return list.empty() || book.lexicon.Contains(list, text::MatchKey(doc.entities[e].kb_id));
          };
          // ", where he met Macron,": a pronoun there stands for the
          // sentence's own subject, so it may act in the aside.
          uint32_t subject_token = m.TokenAt(offset(sg));
          bool pronoun = doc.tokens[subject_token].folded == "he" || doc.tokens[subject_token].folded == "she";
          uint32_t aside_end = participial_end[subject_token - s.first_token];
          bool about_the_aside = aside_end && last_tok <= aside_end;
          bool subject_in_aside = mask == &full && skipped && !pronoun && !about_the_aside &&
                                  in_aside[subject_token - s.first_token];
          // "chief executive of Dubai-based Qamar Energy": a name that ends
          // the match but goes on in a hyphenated compound is a modifier.
          bool compound_tail = false;
          for (const auto* g : {&sg, &og}) {
            size_t g_end = offset(*g) + g->size();
            compound_tail = compound_tail || (g_end == match_end && m.text.compare(g_end, 3, " - ") == 0 &&
                                              text::IsJoiningDash(doc.tokens, m.TokenAt(g_end + 1)));
          }
          // "continues to block EU funds": a stance on the funds, not on the
          // body whose name modifies them.
          bool modifier_object = false;
          if (rule.predicate == Predicate::kSupports || rule.predicate == Predicate::kOpposes) {
            size_t o_end = offset(og) + og.size();
            uint32_t next = o_end == match_end && o_end + 1 < m.text.size() ? m.TokenAt(o_end + 1) : 0;
            modifier_object = next > m.TokenAt(o_end == 0 ? 0 : o_end - 1) &&
                              book.lexicon.Has("stance_modified_nouns", doc.tokens[next]);
          }
          if (subject_in_aside || compound_tail || modifier_object) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          std::vector<size_t> objects = EntitiesIn(m.text, offset(og), offset(og) + og.size());
          // "has not supported Russia's war": a stance on the war, whose
          // possessor ends the match.
          size_t o_end = offset(og) + og.size();
          bool stance = rule.predicate == Predicate::kSupports || rule.predicate == Predicate::kOpposes ||
                        rule.predicate == Predicate::kPraises || rule.predicate == Predicate::kCriticizes;
          if (stance && o_end == match_end && m.text.compare(o_end, 6, " 's [E") == 0) {
            auto possessed = EntitiesIn(m.text, o_end + 4, o_end + 6);
            if (!possessed.empty() && doc.entities[possessed.front()].type != EntityType::kPerson) objects = possessed;
          }
          for (size_t se : EntitiesIn(m.text, offset(sg), offset(sg) + sg.size()))
            for (size_t oe : objects) {
              if (!listed(rule.subject_in, se)) continue;
              Predicate predicate = rule.predicate;
              if (!listed(rule.object_in, oe)) {
                if (!rule.else_predicate) continue;
                predicate = *rule.else_predicate;
              }
              auto a = attrs;
              for (size_t ev : {se, oe})
                if (doc.entities[ev].attributes.count("date")) a.emplace("date", doc.entities[ev].attributes.at("date"));
              sink.Add(se, oe, predicate, modality, rule.confidence, s, static_cast<uint32_t>(si), a, rule.id);
            }
        }
        // Go on after the match: a later start inside it would only find
        // the same relation with a nearer, wrong subject.
        pos = std::max(match_end, match_start + 1);
      }
    }
    }
  }
}

}  // namespace

void FindRelations(Document& doc, const RuleBook& book, const Resolution& placement) {
  RelationSink sink(doc, book);
  OfficesFromTitles(doc, book, sink);
  ApplyRules(doc, book, placement, sink);
  JoinedActorsOfEvents(doc, book, placement, sink);
  EnactorsFromKnowledgeBase(doc, book, sink);
  DropContradictedReadings(doc);
}

}  // namespace dossier::extract
