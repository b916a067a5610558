#include "extract/relation_finder.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "extract/article_state.h"
#include "extract/attack_authors.h"
#include "extract/masked_sentence.h"
#include "extract/mention_readings.h"
#include "extract/modality.h"
#include "extract/verbs.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {


// Regions, seas and unknown places do not act: "its Central Asian
// neighbours" is no partner. States (and their capitals) do.
bool CanAct(const Document& doc, const RuleBook& book, size_t e) {
  const Entity& ent = doc.entities[e];
  if (ent.type != EntityType::kLocation) return ent.type == EntityType::kPerson || ent.type == EntityType::kOrganization;
  const KbEntity* k = book.kb.Find(ent.kb_id);
  // (A de facto state, Somaliland or Transnistria, or a self-governing
  // territory, Greenland, acts as a state does.)
  return k && (k->category == "country" || k->category == "de_facto_state" || k->self_governing ||
               !k->members.empty());
}

// Who can impose sanctions: people and states, and of organisations only
// a government body or bloc (as the knowledge base files it, or named as
// one: "the Ministry of Economy"); "the pipeline operator JANAF stopped
// deliveries to the refinery" is business.
bool CanSanction(const Document& doc, const RuleBook& book, size_t e) {
  const Entity& ent = doc.entities[e];
  if (ent.type != EntityType::kOrganization) return true;
  const KbEntity* k = book.kb.Find(ent.kb_id);
  return (k && k->category == "armed_group") || IsStateBody(doc, book, e);
}

// A sea, a river, or a region of several states ("the Caribbean", "the
// Sahel"): where an attack happened, not whom it struck. (A region inside
// one state, Kordofan or Essequibo, and a named group that acts as its
// members, the Baltic states, are struck themselves.)
bool IsWaterOrRegion(const Document& doc, const RuleBook& book, size_t e) {
  const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
  return k && (k->category == "sea" || k->category == "river" ||
               (k->category == "region" && k->located_in.empty() && k->members.empty()));
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

// "Duro Macut replaced him": who took over from whom, read by a rule that
// marks its object the predecessor; the offices follow once all are known.
struct Succession {
  size_t successor = 0, predecessor = 0;
  // Which way the offices go: to the successor (who "replaced" the
  // predecessor), or to the predecessor as former ("his predecessor, X").
  bool to_predecessor = false;
  uint32_t sentence = 0;
  Modality modality = Modality::kAsserted;
  double confidence = 0.7;
  std::string rule;
};

class RelationSink {
 public:
  std::vector<Succession> successions;

  RelationSink(Document& doc, const RuleBook& book) : doc_(doc), book_(book) {}

  void Add(size_t s, size_t o, Predicate p, Modality m, double confidence, const Sentence& sentence,
           uint32_t sentence_index, std::map<std::string, std::string> attributes, const std::string& rule) {
    if (s == o) return;
    if (!TypesFit(p, doc_.entities[s].type, doc_.entities[o].type)) return;
    if (NeedsActingSubject(p) && !CanAct(doc_, book_, s)) return;
    if (p == Predicate::kSanctions && !CanSanction(doc_, book_, s)) return;
    // (Praise may be for a deal or an event: "praised the treaty".)
    bool praised_thing = p == Predicate::kPraises &&
                         (doc_.entities[o].type == EntityType::kEvent || doc_.entities[o].type == EntityType::kSanction);
    if (NeedsActingObject(p) && !praised_thing && !CanAct(doc_, book_, o)) return;
    // "attacked ships in the Red Sea", "struck boats in the Caribbean": a
    // sea or a region is where, not whom.
    if (p == Predicate::kAttacks && IsWaterOrRegion(doc_, book_, o)) return;
    // "The Sudanese Armed Forces retook Khartoum": a state's own body
    // fights on its soil, not against the state the capital stands for.
    if (p == Predicate::kAttacks && OwnStateBody(s, o)) return;
    // "met the leaders of the European Union in Samarkand": a bloc is
    // where its seat is; elsewhere it only meets.
    if (p == Predicate::kLocatedIn && AwayFromSeat(s, o)) return;
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
  // Whether `s` is a government body of state `o` (the knowledge base
  // places the body in the state).
  bool OwnStateBody(size_t s, size_t o) const {
    const KbEntity* body = book_.kb.Find(doc_.entities[s].kb_id);
    return body && body->type == EntityType::kOrganization && body->category == "government" &&
           !body->located_in.empty() && body->located_in == doc_.entities[o].kb_id;
  }

  // Whether `body` is a bloc whose seat the knowledge base knows (its
  // "capitals" or located_in) and `place` is neither that seat nor its state.
  bool AwayFromSeat(size_t body, size_t place) const {
    const KbEntity* k = book_.kb.Find(doc_.entities[body].kb_id);
    if (!k || k->category != "intergovernmental" || (k->located_in.empty() && k->capitals.empty())) return false;
    const Entity& at = doc_.entities[place];
    if (!at.kb_id.empty() && at.kb_id == k->located_in) return false;
    std::string name = text::MatchKey(at.name);
    for (const auto& capital : k->capitals)
      if (text::MatchKey(capital) == name) return false;
    const KbEntity* seat = book_.kb.Find(k->located_in);
    if (seat && !at.kb_id.empty() && seat->located_in == at.kb_id) return false;  // the seat's state
    return true;
  }

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
// A body whose posts are offices: a government body, an international
// organisation, a party, an armed group (as the knowledge base files it).
bool GovernsOrRules(const RuleBook& book, const Entity& e) {
  const KbEntity* k = book.kb.Find(e.kb_id);
  return k && (k->category == "government" || k->category == "intergovernmental" || k->category == "party" ||
               k->category == "armed_group");
}

void DropContradictedReadings(Document& doc, const RuleBook& book) {
  const auto& all = doc.relations;
  auto has = [&](size_t s, size_t o, Predicate p) {
    for (const auto& r : all)
      if (r.subject == s && r.object == o && r.predicate == p && r.modality == Modality::kAsserted) return true;
    return false;
  };
  // "Saudi minister of state Adel al-Jubeir visited both capitals" read as
  // Saudi Arabia: no one meets, attacks or sanctions the state they serve.
  std::set<std::pair<size_t, size_t>> serves;
  for (const auto& r : all)
    if (r.predicate == Predicate::kHoldsPosition && r.modality == Modality::kAsserted && !r.attributes.count("former"))
      serves.emplace(r.subject, r.object);
  // "Turkish President Recep Tayyip Erdogan, Iranian President Masoud
  // Pezeshkian": an office the text seems to give to one whom the knowledge
  // base knows in the same office of another state is a misreading.
  auto role_of = [](const Relation& r) {
    auto it = r.attributes.find("role");
    return it == r.attributes.end() ? std::string() : text::MatchKey(it->second);
  };
  auto known_elsewhere = [&](const Relation& r) {
    if (r.predicate != Predicate::kHoldsPosition || r.attributes.count("source") || role_of(r).empty()) return false;
    for (const auto& k : all)
      if (k.predicate == Predicate::kHoldsPosition && k.subject == r.subject && k.object != r.object &&
          k.attributes.count("source") && role_of(k) == role_of(r))
        return true;
    return false;
  };
  std::vector<bool> drop(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) {
    const Relation& r = all[i];
    if (known_elsewhere(r)) {
      drop[i] = true;
      continue;
    }
    if ((r.predicate == Predicate::kMeets || r.predicate == Predicate::kAttacks ||
         r.predicate == Predicate::kSanctions) &&
        (serves.count({r.subject, r.object}) || serves.count({r.object, r.subject}))) {
      drop[i] = true;
      continue;
    }
    drop[i] = r.modality == Modality::kNegated &&
              ((r.predicate == Predicate::kSupports && has(r.subject, r.object, Predicate::kOpposes)) ||
               (r.predicate == Predicate::kOpposes && has(r.subject, r.object, Predicate::kSupports)));
    if (r.modality != Modality::kAsserted) continue;
    uint32_t sentence = r.evidence.front().sentence;
    for (const auto& o : all) {
      // (The other reading may have been found first elsewhere: "Baku Breaks
      // With Moscow" as the title, then "relations ... have soured".)
      if (o.subject != r.subject || o.object != r.object ||
          std::none_of(o.evidence.begin(), o.evidence.end(), [&](const Evidence& e) { return e.sentence == sentence; }))
        continue;
      if (r.predicate == Predicate::kSupports && o.predicate == Predicate::kOpposes && o.rule == "opposes-end-of")
        drop[i] = true;
      if (o.predicate == r.predicate && o.modality == Modality::kNegated && r.evidence.size() == 1) drop[i] = true;
      // "Dmitry Medvedev, the deputy chairman of the Security Council": an
      // office in the body, which says more than working for it (a staff
      // role such as "chief executive" or "director" keeps both readings).
      // (In a government, a bloc, a party or an armed group every post is
      // an office: "Mahmoud Abbas, the president of the Palestinian
      // Authority".)
      if (r.predicate == Predicate::kWorksFor && o.predicate == Predicate::kHoldsPosition &&
          o.modality == Modality::kAsserted &&
          ((o.attributes.count("role") &&
            !book.lexicon.Contains("work_roles", text::MatchKey(o.attributes.at("role")))) ||
           GovernsOrRules(book, doc.entities[r.object])))
        drop[i] = true;
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

// Title case for a role read from the text: "Minister of State", not
// "Minister Of State".
std::string Capitalize(std::string s) {
  static const std::set<std::string_view> kSmall = {"of", "the", "for", "and", "in", "on", "to", "at"};
  for (size_t start = 0; start < s.size();) {
    size_t end = std::min(s.find(' ', start), s.size());
    bool small = start > 0 && kSmall.count(std::string_view(s).substr(start, end - start));
    if (!small && s[start] >= 'a' && s[start] <= 'z') s[start] = static_cast<char>(s[start] - 'a' + 'A');
    start = end + 1;
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
  // "Slovakia's Robert Fico": the state's own leader, named by its state.
  if (first >= 2 && same_sentence(first - 2) && t[first - 1].folded == "'s")
    for (const auto& e : doc.entities)
      for (const auto& other : e.mentions)
        if (other.end_token == first - 1 && !other.demonym && e.type == EntityType::kLocation && !e.kb_id.empty()) {
          *state = e.kb_id;
          return true;
        }
  // "Kassym-Jomart Tokayev of Kazakhstan": the office the knowledge base
  // gives the person in the state named after "of".
  // ("Félix Tshisekedi of the Democratic Republic of the Congo": the
  // state's name may open with an article outside its mention.)
  uint32_t state_first = end + 1;
  if (same_sentence(end + 2) && t[end + 1].folded == "the") ++state_first;
  if (same_sentence(end + 1) && t[end].folded == "of")
    for (const auto& e : doc.entities)
      for (const auto& other : e.mentions)
        if ((other.first_token == end + 1 || other.first_token == state_first) && !other.demonym && e.type == EntityType::kLocation && !e.kb_id.empty() &&
            !e.attributes.count("city")) {
          *state = e.kb_id;
          return true;
        }
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

// "top diplomat" is what the knowledge base calls "Foreign Minister": the
// lexicon's same_role_* lists name one office in several ways.
bool SameRole(const RuleBook& book, const std::string& a, const std::string& b) {
  static const char* kLists[] = {"same_role_foreign_minister", "same_role_defence_minister", "same_role_head_of_state",
                                 "same_role_prime_minister", "same_role_junta_leader"};
  for (const char* list : kLists)
    if (book.lexicon.Contains(list, a) && book.lexicon.Contains(list, b)) return true;
  return false;
}

std::pair<uint32_t, uint32_t> TitleAfterAppointment(const Document& doc, const RuleBook& book, const Mention& m);
std::pair<uint32_t, uint32_t> TitleAfterOfficeTaking(const Document& doc, const RuleBook& book, const Mention& m,
                                                     const char* titles, bool* took_office);

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
      // "the Russian president": the mention is the title itself.
      // "Pope Leo XIV", "Sultan Haitham bin Tariq": an alias that opens with
      // the title.
      if (size_t n = book.lexicon.LongestAt("person_titles", doc.tokens, first, m.end_token))
        role = text::FoldedWords(doc.tokens, first, first + static_cast<uint32_t>(n));
      for (uint32_t end : {first, title_end}) {
        for (uint32_t n = 3; n >= 1 && role.empty(); --n) {
          if (end < n || doc.tokens[end - n].sentence != m.sentence) continue;
          if (book.lexicon.LongestAt("person_titles", doc.tokens, end - n, end) == n)
            role = text::FoldedWords(doc.tokens, end - n, end);
        }
        if (!role.empty()) break;
      }
      // "appointed Sushila Karki, a former chief justice, as interim prime
      // minister": the title after "as" (the one in the apposition is a
      // past one).
      if (role.empty()) {
        auto [as_title, as_len] = TitleAfterAppointment(doc, book, m);
        if (as_len) role = text::FoldedWords(doc.tokens, as_title, as_title + as_len);
      }
      // "Peter Szijjarto, his foreign minister,", "Rafael Grossi, the IAEA's
      // director general": a title in an apposition after the name.
      if (role.empty() && m.end_token + 2 < doc.tokens.size() && doc.tokens[m.end_token].folded == "," &&
          doc.tokens[m.end_token].sentence == m.sentence) {
        uint32_t k = m.end_token + 1;
        const std::string& w = doc.tokens[k].folded;
        if (w == "his" || w == "her" || w == "its" || w == "their" || w == "the") ++k;
        for (uint32_t j = k; j < k + 4 && j < doc.tokens.size() && doc.tokens[j].sentence == m.sentence; ++j)
          if (doc.tokens[j].folded == "'s") {
            k = j + 1;  // "the IAEA's", "Hungary's"
            break;
          }
        size_t n = k < doc.tokens.size() ? book.lexicon.LongestAt("person_titles", doc.tokens, k, k + 4) : 0;
        // "the country's smooth-spoken foreign minister": a word or two of
        // description may come before the title.
        for (uint32_t skip = 1; skip <= 2 && !n && k + skip < doc.tokens.size(); ++skip) {
          const Token& d = doc.tokens[k + skip - 1];
          if (!d.is_word || d.capitalized || d.sentence != m.sentence) break;
          n = book.lexicon.LongestAt("person_titles", doc.tokens, k + skip, k + skip + 4);
          if (n) k += skip;
        }
        bool closed = n && k + n < doc.tokens.size() &&
                      (doc.tokens[k + n].folded == "," || doc.tokens[k + n].folded == "." ||
                       doc.tokens[k + n].sentence != m.sentence);
        if (closed)
          role = text::FoldedWords(doc.tokens, k, k + n);
      }
      // "then-President Rafsanjani": the office held at the time told of.
      bool then = false;
      if (role.empty() && first > 0 && doc.tokens[first - 1].sentence == m.sentence &&
          doc.tokens[first - 1].folded.rfind("then ", 0) == 0 &&
          book.lexicon.Contains("person_titles", doc.tokens[first - 1].folded.substr(5))) {
        role = doc.tokens[first - 1].folded.substr(5);
        then = true;
      }
      std::string idiom_state;  // "Putin's Russia": the state named after the possessive
      bool idiom = role.empty() && LeaderIdiomAt(doc, m, &idiom_state);
      // "Lee Jae-myung took office on 4 June": whatever office the
      // knowledge base has the person in on the article's date.
      // ("Mikheil Kavelashvili, a former footballer, was sworn in as
      // president": the office named after "as".)
      if (role.empty() && !idiom) {
        bool took_office = false;
        auto [as_title, as_len] = TitleAfterOfficeTaking(doc, book, m, "person_titles", &took_office);
        if (as_len) role = text::FoldedWords(doc.tokens, as_title, as_title + as_len);
        idiom = took_office && !as_len;
      }
      if (role.empty() && !idiom) continue;
      bool former = then || (first >= 1 && doc.tokens[first - 1].folded == "former");
      for (uint32_t i = first; i-- > 0 && i + 4 > first;)
        if (doc.tokens[i].folded == "former" || doc.tokens[i].folded == "first") former = former || doc.tokens[i].folded == "former";
      const Office* best = nullptr;
      for (const auto& o : k->offices) {
        std::string r = text::MatchKey(o.role);
        // "former president" fits "President"; "president" does not fit
        // "Vice President".
        bool fits = role == r || (role.size() > r.size() && role.compare(role.size() - r.size(), r.size(), r) == 0 &&
                                  role[role.size() - r.size() - 1] == ' ') ||
                    SameRole(book, role, r);
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


// "Lithuania closed its border with Belarus ..., and Prime Minister Inga
// Ruginienė accused Minsk", in an article about Belarus: where the sentence
// names another state before the title, the office may be that state's.
// The state that opens the sentence ("Israeli jets bombed ...") is its
// subject's and holds the office; any other leaves it unknown (-1).
long StateOfTheSentence(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t title,
                        long article_state) {
  long first = -1;
  uint32_t first_at = title;
  bool other = false, other_after = false, article_here = false;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (!IsCountry(doc, book, e)) continue;
    for (const Mention& m : doc.entities[e].mentions) {
      if (m.first_token < s.first_token || m.first_token >= s.end_token) continue;
      article_here = article_here || static_cast<long>(e) == article_state;
      // ("Defence Minister Israel Katz said Israel would ...", in an
      // article about Lebanon: a state named after the title may be the
      // office's too.)
      if (m.first_token >= title) {
        other_after = other_after || static_cast<long>(e) != article_state;
        continue;
      }
      other = other || static_cast<long>(e) != article_state;
      if (m.first_token < first_at) first_at = m.first_token, first = static_cast<long>(e);
    }
  }
  if (!other && !other_after && !article_here) {
    // "Serbia has its own troubles. ... Prime Minister Milos Vucevic
    // resigned": in an article about Kosovo, a sentence that names no state
    // goes on about the one the two before it named, when that is another.
    size_t si = static_cast<size_t>(&s - doc.sentences.data());
    bool article_near = false, other_near = false;
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      if (!IsCountry(doc, book, e)) continue;
      for (const Mention& m : doc.entities[e].mentions)
        if (m.sentence + 2 >= si && m.sentence < si) {
          if (static_cast<long>(e) == article_state) article_near = true;
          else other_near = true;
        }
    }
    return other_near && !article_near ? -1 : article_state;
  }
  if (!other) return other_after ? -1 : article_state;
  bool opens = first_at == s.first_token || (first_at == s.first_token + 1 && doc.tokens[s.first_token].folded == "the");
  return opens && first != article_state ? first : -1;
}

// The token after a name's apposition closed by a comma ("X, a former
// diplomat, ..."), from `k`, the token after the name: `k` itself when no
// comma follows, the sentence's end when the apposition does not close.
uint32_t AfterApposition(const Document& doc, const Sentence& s, uint32_t k) {
  const auto& t = doc.tokens;
  if (k >= s.end_token || t[k].folded != ",") return k;
  uint32_t close = k + 1;
  while (close < s.end_token && close < k + 12 && t[close].folded != ",") ++close;
  return close < s.end_token && t[close].folded == "," ? close + 1 : s.end_token;
}

// "as the new prime minister" at token `k`: where the title of lexicon
// list `titles` after "as" starts, and its length in tokens ({0, 0} when
// there is none, or when "of" or "'s" follows it: "as prime minister of
// Japan" names its state, and a rule reads that).
std::pair<uint32_t, uint32_t> TitleAfterAs(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t k,
                                           const char* titles) {
  const auto& t = doc.tokens;
  if (k + 1 >= s.end_token || t[k].folded != "as") return {0, 0};
  ++k;
  while (k < s.end_token && (t[k].folded == "the" || t[k].folded == "new" || t[k].folded == "interim" ||
                             t[k].folded == "acting" || t[k].folded == "its" || t[k].folded == "their"))
    ++k;
  size_t len = k < s.end_token ? book.lexicon.LongestAt(titles, t, k, s.end_token) : 0;
  if (!len || (k + len < s.end_token && (t[k + len].folded == "of" || t[k + len].folded == "'s"))) return {0, 0};
  return {k, static_cast<uint32_t>(len)};
}

// "Prime Minister Miloš Vučević resigned" in an article about Serbia: a
// national office with no state named before it, held by someone the
// knowledge base does not know, is the article's state's. Run after the
// rules, which read any state the text does name.
// "elected X as prime minister", "appointed X, a former diplomat, as
// foreign minister": where the state title after "as" starts, and its
// length in tokens (0 when the mention is no such appointee).
std::pair<uint32_t, uint32_t> TitleAfterAppointment(const Document& doc, const RuleBook& book, const Mention& m) {
  const Sentence& s = doc.sentences[m.sentence];
  if (m.first_token <= s.first_token || !book.lexicon.Has("appointing_verbs", doc.tokens[m.first_token - 1]))
    return {0, 0};
  return TitleAfterAs(doc, book, s, AfterApposition(doc, s, m.end_token), "state_office_titles");
}

// "Mikheil Kavelashvili, a former footballer nominated by the party, was
// sworn in as president": the title after a name, the apposition that may
// follow it, and the words of taking office. *took_office tells whether
// those words are there, with or without a title after them.
std::pair<uint32_t, uint32_t> TitleAfterOfficeTaking(const Document& doc, const RuleBook& book, const Mention& m,
                                                     const char* titles, bool* took_office) {
  const Sentence& s = doc.sentences[m.sentence];
  *took_office = false;
  uint32_t k = AfterApposition(doc, s, m.end_token);
  size_t taking = k < s.end_token ? book.lexicon.LongestAt("office_taking_phrases", doc.tokens, k, s.end_token) : 0;
  if (!taking) return {0, 0};
  *took_office = true;
  return TitleAfterAs(doc, book, s, k + static_cast<uint32_t>(taking), titles);
}

// "Lars Løkke Rasmussen, the foreign minister, said": a state office as
// the whole apposition after the name (no state, no "of" after it).
std::pair<uint32_t, uint32_t> TitleInApposition(const Document& doc, const RuleBook& book, const Mention& m) {
  const auto& t = doc.tokens;
  const Sentence& s = doc.sentences[m.sentence];
  uint32_t k = m.end_token;
  if (k + 3 >= s.end_token || t[k].folded != "," || t[k + 1].folded != "the") return {0, 0};
  k += 2;
  size_t len = book.lexicon.LongestAt("state_office_titles", t, k, s.end_token);
  if (!len || k + len >= s.end_token || t[k + len].folded != ",") return {0, 0};
  return {k, static_cast<uint32_t>(len)};
}

// "sanctioned Petro himself, along with his wife, his son and Interior
// Minister Armando Benedetti", in an article about Washington: a bare title
// among officials of one other state is that state's office.
long StateOfOfficialsBeside(const Document& doc, size_t person, uint32_t sentence, long article_state) {
  std::set<size_t> states;
  for (const Relation& r : doc.relations) {
    if (r.predicate != Predicate::kHoldsPosition || r.subject == person ||
        doc.entities[r.object].type != EntityType::kLocation || r.modality != Modality::kAsserted ||
        r.attributes.count("former"))
      continue;
    const Entity& official = doc.entities[r.subject];
    if (std::any_of(official.mentions.begin(), official.mentions.end(),
                    [&](const Mention& mn) { return mn.sentence == sentence; }))
      states.insert(r.object);
  }
  if (states.size() == 1 && !states.count(static_cast<size_t>(article_state)))
    return static_cast<long>(*states.begin());
  return article_state;
}

void OfficesOfTheArticleState(Document& doc, const RuleBook& book, RelationSink& sink) {
  long state = -1;
  bool looked = false;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != EntityType::kPerson || !doc.entities[e].kb_id.empty()) continue;
    // (An office in a party or body says nothing of one in the state.)
    bool placed = std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
      return r.subject == e && r.predicate == Predicate::kHoldsPosition &&
             doc.entities[r.object].type == EntityType::kLocation;
    });
    if (placed) continue;
    for (const Mention& m : doc.entities[e].mentions) {
      // "Trade Minister Sir Chris Bryant": an honorific between title and name.
      uint32_t name_start = m.first_token;
      if (name_start > 0 && doc.tokens[name_start - 1].sentence == m.sentence &&
          book.lexicon.Has("honorifics", doc.tokens[name_start - 1]))
        --name_start;
      size_t n = 0;
      for (size_t len = 4; len >= 1 && !n; --len)
        if (name_start >= len && doc.tokens[name_start - len].sentence == m.sentence &&
            book.lexicon.LongestAt("state_office_titles", doc.tokens, name_start - len, name_start) == len)
          n = len;
      if (!n) {
        // "Parliament then elected Gombojav Zandanshatar, the former
        // speaker, as prime minister": the title after "as". ("Lars Løkke
        // Rasmussen, the foreign minister, said": or in an apposition.)
        auto [as_title, as_len] = TitleAfterAppointment(doc, book, m);
        if (!as_len) std::tie(as_title, as_len) = TitleInApposition(doc, book, m);
        bool took_office = false;
        if (!as_len) std::tie(as_title, as_len) = TitleAfterOfficeTaking(doc, book, m, "state_office_titles", &took_office);
        if (!as_len) continue;
        if (!looked) state = DominantState(doc, book), looked = true;
        if (state < 0) return;
        long holder = StateOfTheSentence(doc, book, doc.sentences[m.sentence], m.first_token, state);
        if (holder < 0) continue;
        std::map<std::string, std::string> attrs{
            {"role", Capitalize(text::FoldedWords(doc.tokens, as_title, as_title + as_len))}};
        sink.Add(e, static_cast<size_t>(holder), Predicate::kHoldsPosition, Modality::kAsserted, 0.5,
                 doc.sentences[m.sentence], m.sentence, attrs, "office-article-state");
        break;
      }
      uint32_t title = name_start - static_cast<uint32_t>(n);
      // "former president Igor Dodon": a past office in the article's state.
      bool former = false;
      if (title > 0 && doc.tokens[title - 1].sentence == m.sentence &&
          (doc.tokens[title - 1].folded == "former" || doc.tokens[title - 1].folded == "then")) {
        former = doc.tokens[title - 1].folded == "former";
        --title;
      }
      // "Serbian Prime Minister", "Serbia's prime minister": a state or a
      // qualifier before the title is for the rules to read.
      if (title > 0 && doc.tokens[title - 1].sentence == m.sentence) {
        const Token& before = doc.tokens[title - 1];
        if (before.capitalized || before.folded == "'s" || before.folded == "deputy" || before.folded == "acting")
          continue;
      }
      if (!looked) state = DominantState(doc, book), looked = true;
      if (state < 0) return;
      long holder = StateOfTheSentence(doc, book, doc.sentences[m.sentence], title, state);
      if (holder < 0) continue;
      holder = StateOfOfficialsBeside(doc, e, m.sentence, holder);
      std::map<std::string, std::string> attrs{
          {"role", Capitalize(text::FoldedWords(doc.tokens, name_start - static_cast<uint32_t>(n), name_start))}};
      if (former) attrs["former"] = "true";
      sink.Add(e, static_cast<size_t>(holder), Predicate::kHoldsPosition, Modality::kAsserted, 0.5,
               doc.sentences[m.sentence], m.sentence, attrs, "office-article-state");
      break;
    }
  }
}

// "attacked India in unusually harsh language": an attack in words, told
// by a cue in the rest of the clause, is criticism.
bool SpokenAttack(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t from) {
  for (uint32_t i = from; i < s.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (t.folded == ";" || (i > from && book.lexicon.Has("clause_breaks", t))) return false;
    // "attacked Pakistani border posts" are places, not messages: a post
    // is one after "a", "in", "his", "media", ...
    if (book.lexicon.Has("spoken_attack_cues", t) &&
        (!book.lexicon.Has("ambiguous_spoken_cues", t) ||
         (i > s.first_token && book.lexicon.Has("spoken_post_openers", doc.tokens[i - 1]))))
      return true;
  }
  return false;
}

// "Russian state television attacked Pashinyan": a state's media attack in
// words. Whether the name at `subject` is followed by a media noun.
bool MediaSubject(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed, uint32_t subject) {
  for (const auto& p : placed)
    if (p.first == subject) {
      const Sentence& s = doc.sentences[doc.tokens[subject].sentence];
      for (uint32_t k = p.end; k < s.end_token && k < p.end + 2; ++k)
        if (book.lexicon.LongestAt("media_nouns", doc.tokens, k, s.end_token)) return true;
      return false;
    }
  return false;
}

// When the sentence says a relation happened: a date phrase right after
// the match ("met Xi in Beijing on March 3"), else one opening the sentence
// ("On March 3, Ukraine struck ..."; "Last year, ..."). "" when neither.
std::string DateOfMatch(const Document& doc, const Sentence& s, uint32_t last_tok) {
  const auto& t = doc.tokens;
  for (uint32_t k = last_tok; k < s.end_token && k < last_tok + 6; ++k) {
    if (t[k].folded == "," || t[k].folded == ";") break;
    std::string phrase = text::DatePhraseAfter(doc, k, s.end_token);
    if (!phrase.empty()) return text::ResolveDate(phrase, doc.date, text::LooksAhead(doc, s));
  }
  uint32_t f = s.first_token;
  std::string phrase = text::DatePhraseAfter(doc, f, s.end_token);
  if (!phrase.empty()) return text::ResolveDate(phrase, doc.date, text::LooksAhead(doc, s));
  if (f + 2 < s.end_token && (t[f].folded == "last" || t[f].folded == "this") && t[f + 1].folded == "year")
    return text::ResolveDate(t[f].folded + " year", doc.date);
  return "";
}

// Stances taken toward someone: for or against, in words.
// The list slots read "[LOC] <one to three words> [PER]" as a state's
// titled person ("Turkish President Erdogan"); where the words end in no
// title ("cooperation with Washington and Tokyo that Yoon built"), the
// list ends at the state. Returns where the names of [from, to) end.
size_t EndBeforeUntitledPerson(const Masked& m, const Document& doc, const RuleBook& book, size_t from, size_t to) {
  for (size_t at = m.text.find("|LOC] ", from); at != std::string::npos && at < to;
       at = m.text.find("|LOC] ", at + 1)) {
    size_t close = at + 4;
    if (m.text.compare(close + 1, 4, " 's ") == 0 || !TitlesAPerson(m.text, close, to + 1)) continue;
    size_t person = m.text.find(" [E", close + 1);
    size_t last_word = m.text.rfind(' ', person - 1) + 1;
    if (!book.lexicon.Has("title_heads", doc.tokens[m.TokenAt(last_word)])) return close + 1;  // after the state's "]"
  }
  return to;
}

bool StancePredicate(Predicate p) {
  return p == Predicate::kOpposes || p == Predicate::kSupports || p == Predicate::kCriticizes ||
         p == Predicate::kPraises;
}

// Predicates between actors, where a person may stand for the office.
bool BetweenActors(Predicate p) {
  switch (p) {
    case Predicate::kMeets: case Predicate::kAids: case Predicate::kCooperatesWith: case Predicate::kCriticizes:
    case Predicate::kPraises: case Predicate::kSupports: case Predicate::kOpposes: case Predicate::kDetains:
    case Predicate::kSanctions: case Predicate::kAttacks:
      return true;
    default:
      return false;
  }
}

// Words around a match that undo its reading, whatever the rule says.
bool MatchVetoed(const Document& doc, const RuleBook& book, const RelationRule& rule, const Sentence& s,
                 const Masked& m, size_t subject_at, size_t object_at, std::string_view object_text,
                 uint32_t first_tok, uint32_t last_tok) {
  // The word right before the subject, past one `skipped` word ("the"),
  // or nullptr at the sentence's start.
  auto word_before_subject = [&](std::string_view skipped) -> const Token* {
    uint32_t at = m.TokenAt(subject_at);
    if (at > s.first_token && doc.tokens[at - 1].folded == skipped) --at;
    return at > s.first_token ? &doc.tokens[at - 1] : nullptr;
  };
  // "all five states except Turkmenistan are members": the name excepted
  // does not do what the others do.
  if (const Token* w = word_before_subject("for"); w && book.lexicon.Has("exception_words", *w)) return true;
  // "met Trump at the White House in December to sign the accords": a body
  // after "at" is where the verb before happened, not the subject of the next.
  if (rule.subject_before_gap && subject_at < object_at) {
    if (const Token* w = word_before_subject("the"); w && w->folded == "at") return true;
    // "accused the Taliban of sheltering militants who have killed Pakistani
    // soldiers": a relative clause on a noun after the subject has a
    // subject of its own ("the TTP, which has killed": on the subject, it
    // is the subject's).
    size_t subject_end = m.text.find(']', subject_at) + 1;
    // "aligned Argentina with the United States and Israel, withdrawn from
    // the WHO": names after a preposition, then a comma and the verb, are
    // inside a series of the sentence's own subject.
    std::string_view before = std::string_view(m.text).substr(0, subject_at);
    if (before.ends_with("the ")) before.remove_suffix(4);
    if (before.ends_with(" with ") || before.ends_with(" to ") || before.ends_with(" against ") ||
        before.ends_with(" from ")) {
      size_t list_end = subject_end;
      for (const char* joint : {" and [E", " , [E", " and the [E"})
        while (list_end < m.text.size() && m.text.compare(list_end, std::strlen(joint), joint) == 0) {
          size_t close = m.text.find(']', list_end + 1);
          if (close == std::string::npos) break;
          list_end = close + 1;
        }
      if (list_end < m.text.size() && m.text.compare(list_end, 3, " , ") == 0) return true;
    }
    // (A rule that spells out a relative clause reads it itself: "supplied
    // missiles, which Russia has fired".)
    bool rule_reads_relatives = rule.pattern.find("which") != std::string::npos;
    for (const char* relative : {" who ", " which "})
      for (size_t k = m.text.find(relative, subject_end); !rule_reads_relatives && k < object_at;
           k = m.text.find(relative, k + 1))
        if (k != subject_end && !(k == subject_end + 2 && m.text[subject_end + 1] == ',')) return true;
  }
  // "sanctioning Moraes's wife", "met Putin's daughter": the relative is
  // whom it is about, not the person named.
  if (BetweenActors(rule.predicate) && object_text.ends_with("|PER]")) {
    size_t after_object = object_at + object_text.size();
    if (m.text.compare(after_object, 4, " 's ") == 0) {
      size_t word = after_object + 4, space = m.text.find(' ', word);
      std::string noun = m.text.substr(word, space == std::string::npos ? space : space - word);
      if (book.lexicon.Contains("family_roles", noun)) return true;
    }
  }
  // "Tajikistan hosts Russia's largest military base", "hosted Putin's
  // envoy": what belongs to the one named is met, not the one named.
  if (rule.predicate == Predicate::kMeets && object_at > subject_at &&
      m.text.compare(object_at + object_text.size(), 4, " 's ") == 0)
    return true;
  // "Hungary has blocked the opening of accession talks with Ukraine": who
  // blocks talks is no party to them.
  if (rule.predicate == Predicate::kMeets && object_at > subject_at)
    for (uint32_t k = m.TokenAt(subject_at); k < m.TokenAt(object_at) && k < s.end_token; ++k)
      if (book.lexicon.Has("talks_blocking_verbs", doc.tokens[k])) return true;
  // "Russia and China continue to block Kosovo's membership of the United
  // Nations": a membership blocked is none.
  if (const Token* w = word_before_subject("the");
      rule.predicate == Predicate::kMemberOf && subject_at < object_at && w &&
      book.lexicon.Has("talks_blocking_verbs", *w))
    return true;
  // "a 1992 restriction on American aid to Azerbaijan": aid barred is none.
  if (rule.predicate == Predicate::kAids) {
    uint32_t at = m.TokenAt(subject_at);
    if (at >= s.first_token + 2 && (doc.tokens[at - 1].folded == "on" || doc.tokens[at - 1].folded == "of") &&
        book.lexicon.Has("aid_blocking_nouns", doc.tokens[at - 2]))
      return true;
  }
  // "who seized power in Niger": taking power in a state is ruling it, not
  // attacking it.
  if (rule.predicate == Predicate::kAttacks) {
    // "Serbia would not seize the company": taking over a company is no
    // attack on it.
    uint32_t o_tok = m.TokenAt(object_at);
    if (o_tok > s.first_token && doc.tokens[o_tok - 1].folded == "the") --o_tok;
    if (object_text.ends_with("|ORG]") && o_tok > s.first_token && doc.tokens[o_tok - 1].folded.starts_with("seiz"))
      return true;
    for (uint32_t k = first_tok; k < last_tok; ++k)
      if (book.lexicon.LongestAt("attack_vetoes", doc.tokens, k, last_tok) > 0) return true;
    return false;
  }
  // "sentenced Sheikh Hasina to death in absentia": no one is held.
  if (rule.predicate == Predicate::kDetains) {
    for (uint32_t k = first_tok; k < s.end_token && k < last_tok + 6; ++k)
      if (book.lexicon.LongestAt("detention_vetoes", doc.tokens, k, s.end_token) > 0) return true;
    return false;
  }
  if (!StancePredicate(rule.predicate)) return false;
  // "rejected any role for the authority in Gaza": a place after "in" at the
  // end of a stance's object is where, not whom. ("would block the corridor
  // with or without Russia": nor one after "without".)
  auto after = [&](std::string_view words) {
    return object_at >= words.size() && std::string_view(m.text).substr(object_at - words.size(), words.size()) == words;
  };
  if (after(" in ") || after(" in the ") || after(" without ")) return true;
  // "he defended the Armenian Apostolic Church against Pashinyan": who is
  // defended takes no stance.
  if (const Token* w = word_before_subject("the"); w && book.lexicon.Has("defending_verbs", *w)) return true;
  // "welcomed Salam in Riyadh": a person welcomed is received as a guest, not
  // backed.
  uint32_t o_tok = m.TokenAt(object_at);
  return rule.predicate == Predicate::kSupports && o_tok > s.first_token && object_text.ends_with("|PER]") &&
         book.lexicon.Has("reception_verbs", doc.tokens[o_tok - 1]);
}


// A rule's `event_kinds`: every event in the masked range is of one of them.
bool EventKindsFit(const Document& doc, const RelationRule& rule, const std::string& masked, size_t from, size_t to) {
  if (rule.event_kinds.empty()) return true;
  for (size_t at = masked.find("[E", from); at != std::string::npos && at < to; at = masked.find("[E", at + 2)) {
    size_t bar = masked.find('|', at);
    if (masked.compare(bar + 1, 4, "EVT]") != 0) continue;
    const Entity& ev = doc.entities[std::stoul(masked.substr(at + 2, bar - at - 2))];
    auto kind = ev.attributes.find("kind");
    if (kind == ev.attributes.end() ||
        std::find(rule.event_kinds.begin(), rule.event_kinds.end(), kind->second) == rule.event_kinds.end())
      return false;
  }
  return true;
}

// Where a match lies: the tokens whose cue words count [from, last), the
// end of its subject and the start of its object.
struct MatchSpan {
  uint32_t from = 0, last = 0;
  uint32_t subject_end = 0, object_first = 0;
  bool subject_first = true;
  // Tokens of an aside the reading left out (indexed from the sentence's
  // first token): their cue words are not the match's.
  const std::vector<bool>* aside = nullptr;
  uint32_t aside_base = 0;
};

// Whether token `k` is a modal verb whose subject is the event before it:
// "a new war between Ethiopia and Eritrea would draw in Egypt" (only
// possible), but not "A peace treaty between Armenia and Azerbaijan may be
// signed" (a deal drafted by its parties, whose signing is what may happen).
bool ModalOfEventSubject(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t k) {
  if (k >= s.end_token || !doc.tokens[k].is_word || !book.lexicon.Has("event_subject_modals", doc.tokens[k]))
    return false;
  return !(k + 2 < s.end_token && doc.tokens[k + 1].folded == "be" && LooksLikeVerb(book, doc.tokens[k + 2]));
}

// The modality of a match: fixed by the rule, else read from the cue words
// of the clause that holds it.
Modality MatchModality(const Document& doc, const RuleBook& book, const RelationRule& rule, const Sentence& s,
                       const MatchSpan& span) {
  if (rule.modality) return *rule.modality;
  // "China advised its citizens to avoid travelling to Japan, suspended
  // imports of Japanese seafood ...": cues inside an earlier verb phrase of
  // a series do not reach a later verb; those right after the subject
  // ("China could advise ..., suspend ...") do. The same holds for the
  // readings of an opposing verb and of a sanction.
  uint32_t series_comma = 0;
  for (uint32_t k = span.subject_end; k + 1 < span.object_first && k < s.end_token; ++k)
    if (doc.tokens[k].folded == "," && LooksLikeVerb(book, doc.tokens[k + 1])) series_comma = k;
  auto read = [&](std::string_view not_cues) {
    if (rule.modality_in_match_only || !series_comma || !span.subject_first)
      return ModalityOf(doc, book, span.from, span.last, not_cues, span.aside, span.aside_base);
    Modality head = ModalityOf(doc, book, span.from, std::min(span.subject_end + 2, series_comma), not_cues,
                               span.aside, span.aside_base);
    Modality tail = ModalityOf(doc, book, series_comma, span.last, not_cues, span.aside, span.aside_base);
    return head != Modality::kAsserted && tail == Modality::kAsserted ? head : tail;
  };
  Modality modality = read({});
  // "Paetongtarn Shinawatra was suspended as prime minister after a phone
  // call with Hun Sen": a negative verb before "after" or "following" is
  // not what the object in that phrase did or had.
  if (modality == Modality::kNegated && span.subject_first)
    for (uint32_t k = span.object_first; k-- > span.subject_end + 1;) {
      const std::string& w = doc.tokens[k].folded;
      bool after = w == "after" || w == "following";
      if (!after && (w == "," || w == ";" || book.lexicon.Has("clause_breaks", doc.tokens[k]))) break;
      if (!after) continue;
      if (ModalityOf(doc, book, k, span.last, {}, span.aside, span.aside_base) == Modality::kAsserted)
        modality = Modality::kAsserted;
      break;
    }
  // "China rejects the ruling": for an opposing verb, its own negative
  // sense is no negation of the opposition.
  if (modality == Modality::kNegated &&
      (rule.predicate == Predicate::kOpposes || rule.predicate == Predicate::kCriticizes)) {
    modality = read("opposing_verbs");
    // "India refused to condemn Russia": refusing to criticise denies it.
    for (uint32_t k = span.from; k + 2 < span.last && k + 2 < s.end_token; ++k)
      if (book.lexicon.Has("opposing_verbs", doc.tokens[k]) && doc.tokens[k + 1].folded == "to" &&
          book.lexicon.Has("criticism_verbs", doc.tokens[k + 2]))
        modality = Modality::kNegated;
  }
  // "China suspended imports of Japanese seafood": halting trade is the
  // sanction itself, not its negation.
  if (modality == Modality::kNegated && rule.predicate == Predicate::kSanctions)
    modality = read("restricting_verbs");
  // "The dispute has strained Brazil's ties with Argentina": ties someone
  // damaged are no cooperation the text asserts.
  if (modality == Modality::kAsserted && rule.predicate == Predicate::kCooperatesWith)
    for (uint32_t k = span.from; k < span.last && k < s.end_token; ++k)
      if (book.lexicon.Has("ties_damaging_verbs", doc.tokens[k]) &&
          !(span.aside && k >= span.aside_base && (*span.aside)[k - span.aside_base]))
        modality = Modality::kNegated;
  // "Relations between Baku and Moscow then collapsed": so does a damaging
  // verb right after the match, in its clause.
  if (modality == Modality::kAsserted && rule.predicate == Predicate::kCooperatesWith)
    for (uint32_t k = span.last; k < s.end_token && k < span.last + 4; ++k) {
      const Token& t = doc.tokens[k];
      if (t.folded == "," || t.folded == ";" || book.lexicon.Has("clause_breaks", t)) break;
      if (book.lexicon.Has("ties_damaging_verbs", t)) modality = Modality::kNegated;
    }
  // "a new war between Ethiopia and Eritrea would draw in Egypt": an event
  // that is the subject of a modal verb is only possible, and so is taking
  // part in it.
  if (modality == Modality::kAsserted && rule.predicate == Predicate::kParticipatesIn &&
      ModalOfEventSubject(doc, book, s, span.last))
    modality = Modality::kHypothetical;
  // "it would not survive an Iranian attack on Saudi oil facilities": a
  // noun phrase with "a" or "an" brings in an event that need not have
  // happened, so the cues of its clause before it reach it.
  // ("about a possible Chinese blockade of Taiwan": so does a word of
  // possibility right before it; not a conjunction: "If Russian strikes on
  // Odesa continue" takes the strikes as given.)
  if (rule.modality_in_match_only && modality == Modality::kAsserted && span.from > s.first_token &&
      book.lexicon.Has("cue_hypothetical", doc.tokens[span.from - 1]) &&
      !book.lexicon.Has("clause_opening_conjunctions", doc.tokens[span.from - 1]) &&
      doc.tokens[span.from - 1].folded != "if" && doc.tokens[span.from - 1].folded != "whether")
    modality = Modality::kHypothetical;
  if (rule.modality_in_match_only && modality == Modality::kAsserted && span.from > s.first_token &&
      (doc.tokens[span.from - 1].folded == "a" || doc.tokens[span.from - 1].folded == "an")) {
    Modality before = ModalityOf(doc, book, ClauseStart(doc, book, s, span.from - 1), span.from - 1);
    // ("would not survive an attack": the attack is no more than possible.)
    if (before != Modality::kAsserted) modality = before == Modality::kProposed ? before : Modality::kHypothetical;
    // ("that a Chinese blockade of Taiwan could constitute ...": nor is one
    // that is the subject of a modal verb a few words on.)
    for (uint32_t k = span.last; modality == Modality::kAsserted && k < s.end_token && k < span.last + 5; ++k) {
      // ("told Putin at a meeting in St Petersburg that his country would
      // not ...": a clause of its own has its own subject.)
      const std::string& w = doc.tokens[k].folded;
      if (w == "," || w == ";" || w == "that" || w == "which" || w == "who" ||
          book.lexicon.Has("clause_breaks", doc.tokens[k]))
        break;
      if (ModalOfEventSubject(doc, book, s, k)) modality = Modality::kHypothetical;
    }
  }
  // "Will Astana join the BRICS?": a question asserts nothing.
  if (!rule.modality_in_match_only && modality == Modality::kAsserted && s.end_token > s.first_token &&
      doc.tokens[s.end_token - 1].folded == "?")
    modality = Modality::kHypothetical;
  return modality;
}

// Where the names a subject slot took really start. "when the US removed
// Venezuela's president and Trump threatened tariffs": a list that opens
// right after a verb (past a possessor and "the") is that verb's object, up
// to its last "and"; only the names after it act in the match.
size_t SubjectListStart(const Document& doc, const RuleBook& book, const Masked& m, size_t sg_start, size_t sg_end) {
  auto ends_with = [&](size_t end, std::string_view w) {
    return end >= w.size() && m.text.compare(end - w.size(), w.size(), w) == 0;
  };
  size_t at = sg_start;
  if (ends_with(at, "] 's ")) at = m.text.rfind("[E", at - 5);
  if (ends_with(at, " the ")) at -= 4;
  if (at < 2 || m.text[at - 2] == ']') return sg_start;
  if (!LooksLikeVerb(book, doc.tokens[m.TokenAt(at - 2)])) return sg_start;
  std::string_view names(m.text.data() + sg_start, sg_end - sg_start);
  size_t conj = std::string_view::npos;
  for (std::string_view c : {" and ", " or "}) {
    size_t k = names.rfind(c);
    if (k != std::string_view::npos && (conj == std::string_view::npos || k > conj)) conj = k;
  }
  if (conj == std::string_view::npos) return sg_start;
  size_t next = names.find("[E", conj);
  return next == std::string_view::npos ? sg_start : sg_start + next;
}

// "both", "the two", "they" or a count: words that may stand for names
// given before (masked_sentence.cc reads which).
bool MayNameAGroup(const Document& doc, const RuleBook& book, const Sentence& s) {
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const Token& t = doc.tokens[k];
    if (t.folded == "both" || t.folded == "they" || book.lexicon.Has("count_words", t)) return true;
  }
  return false;
}

// "He thanked him for his support": a sentence that names no one may still
// relate two people by pronouns alone.
bool SubjectAndObjectPronouns(const Document& doc, const Sentence& s) {
  bool subject = false, object = false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string& w = doc.tokens[k].folded;
    subject = subject || w == "he" || w == "she";
    object = object || w == "him" || w == "her";
  }
  return subject && object;
}

// The mentions of `body` name `known` instead: when the document names
// `known` nowhere else, `body` becomes it (its mentions, a single one as a
// rule, were read wrong), else the entity already there is returned.
size_t ReidentifyBody(Document& doc, const RuleBook& book, size_t body, const KbEntity& known) {
  for (size_t i = 0; i < doc.entities.size(); ++i)
    if (doc.entities[i].kb_id == known.id) return i;
  Entity& e = doc.entities[body];
  std::set<uint32_t> sentences;
  for (const auto& m : e.mentions) sentences.insert(m.sentence);
  if (sentences.size() > 1) return EnsureKbEntity(doc, book, known.id);
  e.kb_id = known.id;
  std::erase(e.aliases, e.name);
  e.aliases.insert(e.aliases.begin(), known.name);
  e.name = known.name;
  e.key = "kb:" + known.id;
  e.known_aliases = known.aliases;
  return body;
}

// "Dmitry Medvedev, deputy chairman of the Security Council": a known
// body's name that the person's known office spells out ("Deputy Chairman
// of the Security Council" of Russia) names that state's body when the
// known one lies elsewhere (the UN's). That body, else the state of the
// office, or -1.
long StateOfKnownOfficeBody(Document& doc, const RuleBook& book, size_t person, size_t body) {
  const KbEntity* k = book.kb.Find(doc.entities[person].kb_id);
  const KbEntity* known_body = book.kb.Find(doc.entities[body].kb_id);
  if (!k || !known_body) return -1;
  std::vector<std::string> names{doc.entities[body].name};
  names.insert(names.end(), doc.entities[body].aliases.begin(), doc.entities[body].aliases.end());
  for (const auto& o : k->offices) {
    // (A state's own body, "Kyrgyzstan's State Committee", stays itself.)
    if (o.of == doc.entities[body].kb_id || o.of == known_body->located_in) return -1;
    std::string role = text::MatchKey(o.role);
    for (const auto& n : names) {
      std::string tail = " of the " + text::MatchKey(n);
      if (role.size() <= tail.size() || role.compare(role.size() - tail.size(), tail.size(), tail) != 0) continue;
      // The state's own body when the knowledge base knows it ("Russian
      // Security Council"), else the state.
      if (const KbEntity* state = book.kb.Find(o.of)) {
        std::vector<std::string> keys{text::MatchKey(n + " of " + state->name)};
        for (const auto& d : state->demonyms) keys.push_back(text::MatchKey(d + " " + n));
        for (const auto& key : keys) {
          auto it = book.kb.by_key.find(key);
          if (it == book.kb.by_key.end()) continue;
          for (const AliasRef& ref : it->second)
            if (book.kb.entities[ref.entity].located_in == o.of)
              return static_cast<long>(ReidentifyBody(doc, book, body, book.kb.entities[ref.entity]));
        }
      }
      return static_cast<long>(EnsureKbEntity(doc, book, o.of));
    }
  }
  return -1;
}

// Where "[PER] of " (with one more "[PER] of [LOC] and ..." before it)
// opens right before the state slot at `state_at` of the masked text, or
// npos.
size_t PeopleOfStatesStart(const std::string& masked, size_t state_at) {
  static const RE2 kPairs("(?:\\[E\\d+\\|PER\\] of \\[E\\d+\\|LOC\\] and (?:[a-z]+ ){0,3})?\\[E\\d+\\|PER\\] of ");
  for (size_t from = state_at > 120 ? state_at - 120 : 0; from < state_at; ++from) {
    if (masked[from] != '[') continue;
    if (RE2::FullMatch(re2::StringPiece(masked.data() + from, state_at - from), kPairs)) return from;
  }
  return std::string::npos;
}

void ApplyRules(Document& doc, const RuleBook& book, const Resolution& placement, RelationSink& sink,
                const MaskedSink& on_masked) {
  const auto& rules = book.relations.rules();
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    // ("For three days the two neighbours exchanged strikes": a sentence
    // that names no one may still name a pair or a group of those before.)
    if (placement.by_sentence[si].empty() && !SubjectAndObjectPronouns(doc, doc.sentences[si]) &&
        !MayNameAGroup(doc, book, doc.sentences[si]))
      continue;
    bool skipped = false;
    const Sentence& s = doc.sentences[si];
    Masked full = BuildMask(doc, book, placement, si);
    // Most sentences have no aside: their brief reading is the full one.
    bool may_have_aside = false;
    for (uint32_t t = s.first_token; t + 1 < s.end_token && !may_have_aside; ++t)
      may_have_aside = (doc.tokens[t].folded == "," && doc.tokens[t + 1].is_word) || text::IsSpacedDash(doc.tokens, t);
    Masked brief = may_have_aside ? BuildMask(doc, book, placement, si, true, &skipped) : Masked{};
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
        uint32_t close = AsideClose(doc, placement, si, t + 1);
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
    if (on_masked) on_masked(static_cast<uint32_t>(si), m.text);
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
          if (MatchVetoed(doc, book, rule, s, m, offset(sg), offset(og), std::string_view(og.data(), og.size()),
                          first_tok, last_tok)) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          // The clause that ends the match holds its verb: "Georgia does not
          // have relations with Moscow, which has occupied Abkhazia" keeps
          // the negation out of the relative clause.
          uint32_t clause = ClauseStart(doc, book, s, last_tok - 1);
          // A carried subject starts its own clause at the "and".
          // (Each copy opens after "; ": "[Zakharova] called the election
          // neither free nor fair ; [Zakharova] accused [Sandu]".)
          bool carried_subject = mask == carried_mask &&
                                 (match_start == carried->carried_at ||
                                  (match_start >= 2 && m.text.compare(match_start - 2, 2, "; ") == 0));
          uint32_t from = rule.modality_in_match_only || carried_subject
                              ? first_tok
                              : std::max(clause, first_tok > 8 ? first_tok - 8 : 0u);
          // "the polls had suggested, and Moldovan officials accused Moscow":
          // a clause joined by ", and" before the match is another's (inside
          // the match, ", and" ends a list: "has not sanctioned A, B, and C").
          // ("Maduro denies the charges and accuses Washington of preparing
          // an invasion": so is a verb phrase of its own after "and".)
          for (uint32_t k = from; k + 2 <= first_tok; ++k) {
            if (doc.tokens[k].folded == "," && doc.tokens[k + 1].folded == "and") from = k + 2;
            if (doc.tokens[k].folded == "and" && LooksLikeVerb(book, doc.tokens[k + 1])) from = k + 1;
          }
          // ("Edmundo González, whom the opposition considers the winner,
          // lives in exile in Madrid": a match whose subject and end lie
          // outside the asides takes no cue from inside them, in the full
          // reading as in the brief one.)
          uint32_t subject_first_token = m.TokenAt(offset(sg));
          bool outside_asides = skipped && subject_first_token >= s.first_token && subject_first_token < s.end_token &&
                                last_tok > s.first_token && last_tok <= s.end_token &&
                                !in_aside[subject_first_token - s.first_token] &&
                                !in_aside[last_tok - 1 - s.first_token];
          Modality modality =
              MatchModality(doc, book, rule, s,
                            {from, last_tok, m.TokenAt(offset(sg) + sg.size() - 1) + 1, m.TokenAt(offset(og)),
                             offset(sg) < offset(og), mask == &brief || outside_asides ? &in_aside : nullptr,
                             s.first_token});
          // "plans to lift sanctions on Belarus", "refused to extend the
          // embargo": what is lifted or extended is in force, whatever is
          // said of lifting it.
          // (A rule that reads a removal as ended sanctions keeps its word:
          // "removed the Taliban from its list".)
          bool fixed_negated = rule.modality && *rule.modality == Modality::kNegated;
          // "warned that Tehran could leave the Non-Proliferation Treaty": a
          // threatened or merely possible departure leaves the membership as
          // it was ("announced that they would withdraw" is a decision).
          // "demanded that Berlin stop aid to Ukraine", "threatened to cut
          // ties with Kyiv": an ending only asked for or threatened leaves
          // the aid or the ties as they are, which the clause does not state.
          if (fixed_negated && (rule.predicate == Predicate::kAids || rule.predicate == Predicate::kCooperatesWith)) {
            Modality cue = ModalityOf(doc, book, from, last_tok, {},
                                      mask == &brief || outside_asides ? &in_aside : nullptr, s.first_token);
            if (cue == Modality::kProposed || cue == Modality::kHypothetical) {
              pos = std::max(match_end, match_start + 1);
              continue;
            }
          }
          if (fixed_negated && rule.predicate == Predicate::kMemberOf) {
            bool doubted = false;
            for (uint32_t k = from; k < last_tok && !doubted; ++k)
              doubted = book.lexicon.Has("membership_doubt_words", doc.tokens[k]);
            if (doubted) {
              pos = std::max(match_end, match_start + 1);
              continue;
            }
          }
          // "announced that all aid to Colombia would stop": aid whose end
          // follows the match is aid ended.
          if (rule.predicate == Predicate::kAids && !fixed_negated && modality == Modality::kAsserted) {
            uint32_t k = last_tok;
            while (k < s.end_token && k < last_tok + 3 && book.lexicon.Has("aid_ending_auxiliaries", doc.tokens[k])) ++k;
            if (k < s.end_token && book.lexicon.Has("aid_ending_verbs", doc.tokens[k])) modality = Modality::kNegated;
          }
          if ((rule.predicate == Predicate::kSanctions || rule.predicate == Predicate::kEnactedBy) && !fixed_negated)
            for (uint32_t k = first_tok; k < last_tok && modality != Modality::kAsserted; ++k)
              if (book.lexicon.Has("sanction_existing_verbs", doc.tokens[k]) &&
                  !book.lexicon.Has("sanction_enforcing_verbs", doc.tokens[k]))
                modality = Modality::kAsserted;
          // "threatened to veto the renewal of sanctions on Russia": who
          // blocks sanctions imposes none.
          bool blocked = false;
          if (rule.predicate == Predicate::kSanctions && !fixed_negated)
            for (uint32_t k = first_tok; k < last_tok && !blocked; ++k)
              // ("blocked exports of chips to the UAE" is the sanction
              // itself: only a blocking verb before the sanctions blocks.)
              blocked = book.lexicon.Has("sanction_blocking_verbs", doc.tokens[k]) &&
                        !(k + 1 < last_tok && book.lexicon.Has("sanction_trade_nouns", doc.tokens[k + 1])) &&
                        !(k + 2 < last_tok && book.lexicon.Has("sanction_trade_nouns", doc.tokens[k + 2]));
          if (blocked) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          std::map<std::string, std::string> attrs = rule.attributes;
          // "his Philippine counterpart": a counterpart's office is the other
          // side's, which the rule cannot name.
          if (rule.role_group > 0 && groups[static_cast<size_t>(rule.role_group)].data() &&
              groups[static_cast<size_t>(rule.role_group)] != "counterpart")
            attrs["role"] = Capitalize(std::string(groups[static_cast<size_t>(rule.role_group)]));
          // "Mark Rutte, the former Dutch prime minister": an office held before.
          if (rule.former_group > 0 && groups[static_cast<size_t>(rule.former_group)].data()) attrs["former"] = "true";
          auto listed = [&](const std::string& list, size_t e) {
            return list.empty() || book.lexicon.Contains(list, text::MatchKey(doc.entities[e].kb_id));
          };
          // ", where he met Macron,": a pronoun there stands for the
          // sentence's own subject, so it may act in the aside.
          uint32_t subject_token = m.TokenAt(offset(sg));
          bool pronoun = doc.tokens[subject_token].folded == "he" || doc.tokens[subject_token].folded == "she";
          uint32_t aside_end = participial_end[subject_token - s.first_token];
          bool about_the_aside = aside_end && last_tok <= aside_end;
          // "The Quad, which brings together India, Japan ...": a rule that
          // reads the relative clause with its antecedent as the object.
          // In the full reading the pronoun is the antecedent's copy:
          // "[Quad] , [Quad] brings together ...".
          size_t o_after = offset(og) + og.size();
          size_t o_at = offset(og);
          bool copied = o_at >= og.size() + 3 && m.text.compare(o_at - 3, 3, " , ") == 0 &&
                        m.text.compare(o_at - 3 - og.size(), og.size(), og.data(), og.size()) == 0;
          // ("the Fordow facility, which American bombers struck": a noun or
          // two may follow the name before the relative pronoun; "the summit
          // in Johannesburg, which Milei skipped": or the place it is in.)
          size_t relative_at = o_after;
          bool after_place_preposition = false;
          for (int words = 0; words < 2 && relative_at < m.text.size() && m.text.compare(relative_at, 3, " , ") != 0;
               ++words) {
            size_t next = m.text.find(' ', relative_at + 1);
            if (next == std::string::npos || (m.text[relative_at + 1] == '[' && !after_place_preposition)) break;
            after_place_preposition = m.text.compare(relative_at, 4, " in ") == 0 || m.text.compare(relative_at, 4, " at ") == 0;
            relative_at = next;
          }
          // ("the Republican People's Party, whose leader Ozel ...": the
          // officer named in the clause holds office in its antecedent.)
          bool antecedent_object = offset(og) < offset(sg) && (m.text.compare(relative_at, 9, " , which ") == 0 ||
                                                              m.text.compare(relative_at, 7, " , who ") == 0 ||
                                                              m.text.compare(relative_at, 8, " , whom ") == 0 ||
                                                              m.text.compare(relative_at, 9, " , whose ") == 0 || copied);
          // "..., where Wang Yi hosted talks between Ali Shamkhani, ..., and":
          // a match that opens inside the aside on another word than its
          // subject reads the aside itself.
          bool opens_in_aside = first_tok != subject_token && first_tok >= s.first_token &&
                                first_tok < s.end_token && in_aside[first_tok - s.first_token];
          // ("Romania, whose president Nicușor Dan visited Chișinău in June,":
          // the officer opens the clause as its subject, and a match with
          // both its names inside reads it.)
          bool whose_subject = false;
          if (last_tok > s.first_token && last_tok <= s.end_token && in_aside[last_tok - 1 - s.first_token])
            for (uint32_t k = subject_token; k-- > s.first_token + 1 && k + 5 > subject_token;) {
              const Token& w = doc.tokens[k];
              if (w.folded == "whose") {
                whose_subject = doc.tokens[k - 1].folded == ",";
                break;
              }
              if (!w.is_word || !in_aside[k - s.first_token]) break;
            }
          bool subject_in_aside = mask != &brief && skipped && !pronoun && !about_the_aside && !antecedent_object &&
                                  !opens_in_aside && !whose_subject && in_aside[subject_token - s.first_token];
          // "Kenya, whose president hosted a conference in Nairobi in
          // February, faced criticism from Khartoum": an object named before
          // the verb, inside an aside that goes on after it and that the
          // subject is not in, is the aside's. (One that ends the aside may
          // be read across it: "ties to Russia, such as Saudi Arabia".)
          uint32_t object_token = m.TokenAt(offset(og));
          if (mask != &brief && skipped && offset(og) < offset(sg) && !antecedent_object &&
              in_aside[object_token - s.first_token] && !in_aside[subject_token - s.first_token]) {
            uint32_t after = object_token + 1;
            for (const auto& pl : placement.by_sentence[si])
              if (pl.first == object_token) after = pl.end;
            subject_in_aside = subject_in_aside || (after < s.end_token && doc.tokens[after].folded != "," &&
                                                    in_aside[after - s.first_token]);
          }
          // "chief executive of Dubai-based Qamar Energy": a name that ends
          // the match but goes on in a hyphenated compound is a modifier.
          bool compound_tail = false;
          size_t objects_end = offset(og) + og.size();  // where the object's names end
          for (const auto* g : {&sg, &og}) {
            size_t g_end = offset(*g) + g->size();
            bool tail = g_end == match_end && m.text.compare(g_end, 3, " - ") == 0 &&
                        text::IsJoiningDash(doc.tokens, m.TokenAt(g_end + 1));
            // "struck sites in Pakistan and Pakistan-administered Kashmir":
            // a list keeps the names before its compound.
            size_t last = g == &og && tail ? m.text.rfind("[E", g_end) : std::string::npos;
            if (last != std::string::npos && last > offset(og) && !EntitiesIn(m.text, offset(og), last).empty())
              objects_end = last;
            else
              compound_tail = compound_tail || tail;
          }
          objects_end = EndBeforeUntitledPerson(m, doc, book, offset(og), objects_end);
          // "continues to block EU funds": a stance on the funds, not on the
          // body whose name modifies them.
          // "refused to join EU sanctions": membership of the body whose name
          // modifies them is no more what is said.
          bool modifier_object = false;
          const char* modified_nouns = rule.predicate == Predicate::kSupports || rule.predicate == Predicate::kOpposes
                                           ? "stance_modified_nouns"
                                       : rule.predicate == Predicate::kMemberOf ? "membership_modified_nouns"
                                       : nullptr;
          if (modified_nouns) {
            size_t o_end = offset(og) + og.size();
            uint32_t next = o_end == match_end && o_end + 1 < m.text.size() ? m.TokenAt(o_end + 1) : 0;
            // ("refused to join the European Union's sanctions": a body
            // that owns what is joined is not joined either.)
            modifier_object = next > m.TokenAt(o_end == 0 ? 0 : o_end - 1) &&
                              (book.lexicon.Has(modified_nouns, doc.tokens[next]) ||
                               (rule.predicate == Predicate::kMemberOf && doc.tokens[next].folded == "'s"));
            // "boycotted the G20 summit": a body that names the event after
            // it is not what the stance is on.
            if (o_end == match_end && m.text.compare(o_end, 3, " [E") == 0) {
              size_t tag_end = m.text.find(']', o_end);
              modifier_object = modifier_object ||
                                (tag_end != std::string::npos && m.text.compare(tag_end - 4, 5, "|EVT]") == 0);
            }
          }
          // "the embargo on U.S. trade": a state's name (not its demonym:
          // "sanctions on Russian entities" target Russia) that modifies the
          // goods is no target.
          if (rule.predicate == Predicate::kTargets && og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            size_t o_end = offset(og) + og.size();
            uint32_t o_tok = m.TokenAt(offset(og));
            uint32_t next = o_end == match_end && o_end + 1 < m.text.size() ? m.TokenAt(o_end + 1) : 0;
            auto single = EntitiesIn(m.text, offset(og), o_end);
            modifier_object = modifier_object ||
                              (single.size() == 1 && next > o_tok && book.lexicon.Has("target_modified_nouns", doc.tokens[next]) &&
                               !MentionIsDemonym(doc, single.front(), o_tok));
          }
          // "Qatar, which hosts U.S. forces": a state's name before its forces
          // or bases is no one met or cooperated with.
          if ((rule.predicate == Predicate::kMeets || rule.predicate == Predicate::kCooperatesWith) &&
              og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            size_t o_end = offset(og) + og.size();
            uint32_t o_tok = m.TokenAt(offset(og));
            uint32_t next = o_end == match_end && o_end + 1 < m.text.size() ? m.TokenAt(o_end + 1) : 0;
            // ("hosts Russia's 201st military base": after a possessive too.)
            if (next > o_tok && doc.tokens[next].folded == "'s")
              for (uint32_t k = next + 1; k < s.end_token && k < next + 4; ++k)
                if (book.lexicon.Has("military_presence_nouns", doc.tokens[k])) next = k;
            modifier_object = modifier_object ||
                              (next > o_tok && book.lexicon.Has("military_presence_nouns", doc.tokens[next]));
          }
          // "Armenia, which still hosts a Russian base": a demonym that
          // modifies a thing is no one met, aided or cooperated with
          // (unless it is the second of a pair: "the Sino-Russian alliance").
          bool second_of_pair = offset(og) >= 2 && m.text.compare(offset(og) - 2, 2, "- ") == 0;
          if ((rule.predicate == Predicate::kMeets || rule.predicate == Predicate::kAids ||
               rule.predicate == Predicate::kCooperatesWith) &&
              !second_of_pair && og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            auto single = EntitiesIn(m.text, offset(og), offset(og) + og.size());
            modifier_object = modifier_object ||
                              (single.size() == 1 && ModifiesAThing(doc, book, single.front(), m.TokenAt(offset(og))) &&
                               DescribedBody(doc, book, single.front(), m.TokenAt(offset(og))) < 0);
          }
          // "X, Iranian President Masoud Pezeshkian": a title that goes on to
          // another person's name is that person's, not an apposition to X.
          bool title_of_next = rule.predicate == Predicate::kHoldsPosition && rule.role_group > 0 &&
                               groups[static_cast<size_t>(rule.role_group)].data() &&
                               offset(groups[static_cast<size_t>(rule.role_group)]) +
                                       groups[static_cast<size_t>(rule.role_group)].size() == match_end &&
                               m.text.compare(match_end, 3, " [E") == 0 &&
                               m.text.compare(m.text.find(']', match_end) - 4, 5, "|PER]") == 0;
          // "sent the protocol to the Grand National Assembly, after a
          // meeting with X": a name governed by a preposition, with a comma
          // before the verb, is no subject of what follows the comma.
          bool prepositional_subject = false;
          if (rule.subject_before_gap && offset(sg) < offset(og) &&
              m.text.find(" , ", offset(sg) + sg.size()) < offset(og)) {
            uint32_t before = subject_token;
            if (before > s.first_token && doc.tokens[before - 1].folded == "the") --before;
            prepositional_subject =
                before > s.first_token && book.lexicon.Has("subject_blocking_prepositions", doc.tokens[before - 1]);
          }
          // "before flying to Washington to meet Donald Trump", "sent troops
          // to Russia to fight": a destination is no subject of the purpose
          // after it.
          if (rule.subject_before_gap && offset(sg) < offset(og)) {
            uint32_t before = subject_token;
            if (before > s.first_token && doc.tokens[before - 1].folded == "the") --before;
            // ("sent Vice President JD Vance and the envoys Steve Witkoff and
            // Jared Kushner to Israel to hold the truce": the verb may stand
            // a list of names back.)
            if (before > s.first_token + 1 && doc.tokens[before - 1].folded == "to")
              for (uint32_t k = before - 1; k-- > s.first_token && k + 16 >= before;) {
                if (doc.tokens[k].folded == "," || doc.tokens[k].folded == ";") break;
                if (book.lexicon.Has("travel_verbs", doc.tokens[k])) {
                  prepositional_subject = true;
                  break;
                }
              }
          }
          // "Putin, who hosted the man whose forces had fought Russian
          // troops": a "whose" that refers to a noun of its own (not right
          // after a comma, as in "Russia, whose forces ...") hands what
          // follows to that noun.
          if (rule.subject_before_gap && offset(sg) < offset(og))
            for (uint32_t k = subject_token + 1; k < m.TokenAt(offset(og)) && k < s.end_token; ++k)
              if (doc.tokens[k].folded == "whose" && doc.tokens[k - 1].folded != ",") prepositional_subject = true;
          // "will not accept third-party mediation on Kashmir": a stance on
          // the mediation; the name after it is its topic.
          bool topic_object = false;
          if (StancePredicate(rule.predicate)) {
            uint32_t o_tok = m.TokenAt(offset(og));
            topic_object = o_tok >= s.first_token + 2 && o_tok - 2 >= first_tok &&
                           book.lexicon.Has("topic_prepositions", doc.tokens[o_tok - 1]) &&
                           book.lexicon.Has("topic_heads", doc.tokens[o_tok - 2]);
          }
          // "Warsaw mayor Rafał Trzaskowski": a city's office, read through
          // the capital that stands for its state, is not the state's.
          bool city_office = false;
          if (rule.predicate == Predicate::kHoldsPosition && rule.role_group > 0 &&
              groups[static_cast<size_t>(rule.role_group)].data() &&
              book.lexicon.Contains("city_office_titles",
                                    text::MatchKey(std::string(groups[static_cast<size_t>(rule.role_group)])))) {
            uint32_t o_tok = m.TokenAt(offset(og));
            for (const auto& e : EntitiesIn(m.text, offset(og), offset(og) + og.size()))
              for (const auto& mention : doc.entities[e].mentions)
                city_office = city_office || (mention.first_token == o_tok && mention.metonym);
          }
          if (subject_in_aside || compound_tail || modifier_object || title_of_next || prepositional_subject ||
              topic_object || city_office ||
              !EventKindsFit(doc, rule, m.text, match_start, match_end)) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          std::vector<size_t> objects = EntitiesIn(m.text, offset(og), objects_end);
          if (objects.size() == 1 && BetweenActors(rule.predicate) &&
              doc.entities[objects.front()].type != EntityType::kPerson) {
            long person = TitledPerson(doc, book, objects.front(), m.TokenAt(offset(og)));
            if (person < 0 && doc.entities[objects.front()].type == EntityType::kLocation)
              person = DescribedBody(doc, book, objects.front(), m.TokenAt(offset(og)));
            if (person >= 0) objects.front() = static_cast<size_t>(person);
          }
          // ("a meeting with Kristersson and NATO Secretary General Jens
          // Stoltenberg": so is the last body of a list.)
          if (objects.size() > 1 && BetweenActors(rule.predicate) &&
              doc.entities[objects.back()].type != EntityType::kPerson) {
            size_t last = m.text.rfind("[E", objects_end);
            if (last != std::string::npos && last >= offset(og)) {
              long person = TitledPerson(doc, book, objects.back(), m.TokenAt(last));
              if (person >= 0) objects.back() = static_cast<size_t>(person);
            }
          }
          // "has not supported Russia's war": a stance on the war, whose
          // possessor ends the match.
          size_t o_end = offset(og) + og.size();
          if (StancePredicate(rule.predicate) && o_end == match_end && m.text.compare(o_end, 6, " 's [E") == 0) {
            auto possessed = EntitiesIn(m.text, o_end + 4, o_end + 6);
            if (!possessed.empty() && doc.entities[possessed.front()].type != EntityType::kPerson) objects = possessed;
          }
          // "homes of ethnic Azerbaijanis in Yekaterinburg": a people, not
          // its state.
          auto ethnic = [&](const re2::StringPiece& g) {
            uint32_t tok = m.TokenAt(offset(g));
            return tok > s.first_token && doc.tokens[tok - 1].folded == "ethnic";
          };
          // "a NATO member had fired on Russian assets": one member acted,
          // not the alliance.
          auto one_member = [&](const re2::StringPiece& g) {
            uint32_t tok = m.TokenAt(offset(g));
            size_t close = m.text.find(']', offset(g));
            if (tok <= s.first_token || close == std::string::npos) return false;
            if (!book.lexicon.Has("indefinite_one_words", doc.tokens[tok - 1])) return false;
            for (size_t e : EntitiesIn(m.text, offset(g), close + 1))
              for (const auto& mention : doc.entities[e].mentions)
                if (mention.first_token == tok && doc.entities[e].type == EntityType::kOrganization)
                  return book.lexicon.LongestAt("one_member_nouns", doc.tokens, mention.end_token, s.end_token) > 0;
            return false;
          };
          // "signed a roadmap with the agency in Moscow": a body the text
          // calls by a common noun is not placed by the place after it
          // (that is where the verb happened).
          auto subject_entities = EntitiesIn(m.text, offset(sg), offset(sg) + sg.size());
          bool called_body_placed = rule.predicate == Predicate::kLocatedIn && offset(sg) < offset(og) &&
                                    subject_entities.size() == 1 &&
                                    doc.entities[subject_entities.front()].type == EntityType::kOrganization &&
                                    !doc.tokens[m.TokenAt(offset(sg))].capitalized &&
                                    !doc.tokens[m.TokenAt(offset(sg))].all_caps &&
                                    m.text.compare(offset(sg) + sg.size(), 4, " in ") == 0;
          // "Washington stood with Japan against Chinese coercion": the one
          // "with" whom someone stands against a thing is not who opposes it.
          auto ends_with = [&](size_t at, std::string_view w) {
            return at >= w.size() && m.text.compare(at - w.size(), w.size(), w) == 0;
          };
          bool companion_against = rule.predicate == Predicate::kOpposes && offset(sg) < offset(og) &&
                                   m.text.compare(offset(sg) + sg.size(), 9, " against ") == 0 &&
                                   (ends_with(offset(sg), "with ") || ends_with(offset(sg), "alongside ") ||
                                    ends_with(offset(sg), "behind "));
          if (ethnic(sg) || ethnic(og) || one_member(sg) || called_body_placed || companion_against) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          // "Ukraine was attacked by Russia": a verb rule read in the passive
          // has its roles the other way round (rules written for the passive
          // put the agent after "by" in their subject slot).
          bool passive = false;
          if (offset(sg) < offset(og) && BetweenActors(rule.predicate) && !IsSymmetric(rule.predicate)) {
            size_t from = offset(sg) + sg.size();
            re2::StringPiece between(m.text.data() + from, offset(og) - from);
            static const RE2 kPassive(
                "(?:^| )(?:(?:was|were|is|are|been|being|be|get|got|gets) (?:[a-z]+ ){0,2}?|, )[a-z]+(?:ed|en|wn|ck|ut|uck) by "
                "(?:the )?$");
            passive = RE2::PartialMatch(between, kPassive);
          }
          size_t subjects_from =
              offset(sg) < offset(og) ? SubjectListStart(doc, book, m, offset(sg), offset(sg) + sg.size()) : offset(sg);
          std::vector<size_t> subjects = EntitiesIn(m.text, subjects_from, offset(sg) + sg.size(), true);
          // "U.S. Senator Lindsey Graham has urged sanctions": a state whose
          // titled person follows it only says whose title it is; the
          // person acts (a {GAPX} after the subject slot let it stop there).
          if (subjects.size() == 1 && offset(sg) < offset(og) && BetweenActors(rule.predicate) &&
              doc.entities[subjects.front()].type == EntityType::kLocation) {
            long person = TitledPerson(doc, book, subjects.front(), subject_token);
            if (person >= 0 && std::find(objects.begin(), objects.end(), static_cast<size_t>(person)) == objects.end())
              subjects.front() = static_cast<size_t>(person);
          }
          // "President Japarov of Kyrgyzstan and President Rahmon of
          // Tajikistan signed": the people whose states the "of" names act.
          if (subjects.size() == 1 && offset(sg) < offset(og) &&
              doc.entities[subjects.front()].type == EntityType::kLocation) {
            size_t start = PeopleOfStatesStart(m.text, offset(sg));
            std::vector<size_t> people;
            if (start != std::string::npos)
              for (size_t e : EntitiesIn(m.text, start, offset(sg)))
                if (doc.entities[e].type == EntityType::kPerson) people.push_back(e);
            if (!people.empty()) subjects = people;
          }
          for (size_t se : subjects)
            for (size_t oe : objects) {
              if (!listed(rule.subject_in, se)) continue;
              // "Israeli and American strikes on its nuclear sites": one of
              // the attackers read as the target is a pronoun misread.
              if (rule.predicate == Predicate::kAttacks && subjects.size() > 1 &&
                  std::find(subjects.begin(), subjects.end(), oe) != subjects.end())
                continue;
              // ("replaced Y as party leader": the role after "as" is
              // another rule's; the predecessor's offices are not meant.)
              if (rule.object_is_predecessor || rule.object_held_before) {
                if (doc.entities[se].type == EntityType::kPerson && doc.entities[oe].type == EntityType::kPerson &&
                    se != oe && modality != Modality::kNegated && m.text.compare(match_end, 4, " as ") != 0)
                  sink.successions.push_back(
                      {se, oe, rule.object_held_before, static_cast<uint32_t>(si), modality, rule.confidence, rule.id});
                continue;
              }
              if (rule.subject_before_gap && sg.size() == m.text.find(']', offset(sg)) + 1 - offset(sg) &&
                  ModifiesAThing(doc, book, se, subject_token))
                continue;
              // "JNIM, the al-Qaeda affiliate that has besieged Bamako": a
              // body's name before "affiliate" or "proxy" names whose the
              // acting group is, not who acts.
              if (sg.size() == m.text.find(']', offset(sg)) + 1 - offset(sg) && offset(sg) + sg.size() + 1 < match_end) {
                uint32_t after = m.TokenAt(offset(sg) + sg.size() + 1);
                if (after > subject_token && after < s.end_token && book.lexicon.Has("branch_nouns", doc.tokens[after]) &&
                    !doc.tokens[after].capitalized)
                  continue;
              }
              Predicate predicate = rule.predicate;
              // "Keith Kellogg, Trump's special envoy": the office is the
              // state's that the leader governs.
              if (predicate == Predicate::kHoldsPosition && doc.entities[oe].type == EntityType::kPerson) {
                // ("Rajoelina dismissed his prime minister, Christian Ntsay":
                // the state need not be named.)
                std::string state = StateIdGovernedBy(doc, book, static_cast<long>(oe));
                if (state.empty()) continue;
                oe = EnsureKbEntity(doc, book, state);
              }
              if ((predicate == Predicate::kHoldsPosition || predicate == Predicate::kWorksFor) &&
                  doc.entities[oe].type == EntityType::kOrganization) {
                long state = StateOfKnownOfficeBody(doc, book, se, oe);
                if (state >= 0 && predicate == Predicate::kWorksFor) continue;  // the office says it all
                if (state >= 0) oe = static_cast<size_t>(state);
              }
              if (predicate == Predicate::kAttacks &&
                  (SpokenAttack(doc, book, s, first_tok) || MediaSubject(doc, book, placement.by_sentence[si], subject_token)))
                predicate = Predicate::kCriticizes;
              if (!listed(rule.object_in, oe)) {
                if (!rule.else_predicate) continue;
                predicate = *rule.else_predicate;
              }
              auto a = attrs;
              for (size_t ev : {se, oe})
                if (doc.entities[ev].attributes.count("date")) a.emplace("date", doc.entities[ev].attributes.at("date"));
              if (!a.count("date") && !doc.date.empty()) {
                std::string when = DateOfMatch(doc, s, last_tok);
                if (!when.empty()) a.emplace("date", when);
              }
              if (passive) {
                sink.Add(oe, se, predicate, modality, rule.confidence, s, static_cast<uint32_t>(si), a, rule.id);
                continue;
              }
              if (predicate == Predicate::kParticipatesIn && doc.entities[oe].type == EntityType::kEvent &&
                  NamesTheVenue(doc, book, se, subject_token, oe, m.TokenAt(offset(og)))) {
                sink.Add(oe, se, Predicate::kLocatedIn, modality, rule.confidence, s, static_cast<uint32_t>(si), a,
                         rule.id);
                continue;
              }
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

// The successor holds what the text says the predecessor held (an office
// in a state or a body), else the office the knowledge base says the
// predecessor last left. The other way round ("his predecessor, X"), the
// predecessor held, as former, what the successor holds now.
void SuccessorsTakeOffices(Document& doc, const RuleBook& book, RelationSink& sink) {
  const std::vector<Succession> successions = sink.successions;
  for (const Succession& su : successions) {
    size_t from = su.to_predecessor ? su.successor : su.predecessor;
    size_t to = su.to_predecessor ? su.predecessor : su.successor;
    std::vector<std::pair<size_t, std::string>> offices;  // object, role
    for (const Relation& r : doc.relations)
      if (r.predicate == Predicate::kHoldsPosition && r.subject == from && r.modality == Modality::kAsserted &&
          (!su.to_predecessor || !r.attributes.count("former")))
        offices.emplace_back(r.object, r.attributes.count("role") ? r.attributes.at("role") : "");
    // (An office left by the article's date; with no date, any left. One
    // held on that date, for the successor.)
    auto left_by_then = [&](const Office& o) {
      size_t n = std::min(o.to.size(), doc.date.size());
      return !o.to.empty() && (doc.date.empty() || o.to.compare(0, n, doc.date, 0, n) <= 0);
    };
    if (offices.empty())
      if (const KbEntity* k = book.kb.Find(doc.entities[from].kb_id)) {
        const Office* last = nullptr;
        for (const auto& o : k->offices)
          if (su.to_predecessor ? HeldOn(o, doc.date) && (!last || o.from > last->from)
                                : left_by_then(o) && (!last || o.to > last->to))
            last = &o;
        if (last) offices.emplace_back(EnsureKbEntity(doc, book, last->of), last->role);
      }
    const Sentence& s = doc.sentences[su.sentence];
    for (const auto& [object, role] : offices) {
      std::map<std::string, std::string> attrs;
      if (!role.empty()) attrs["role"] = role;
      if (su.to_predecessor) attrs["former"] = "true";
      sink.Add(to, object, Predicate::kHoldsPosition, su.modality, su.confidence, s, su.sentence, attrs, su.rule);
    }
  }
}

// "He withdrew from ECOWAS" (Assimi Goita, Mali's junta leader): states,
// not the people who lead them, are members of intergovernmental bodies; a
// membership read for a person in office is the state's.
void MembershipsOfLeadersStates(Document& doc, const RuleBook& book) {
  auto category = [&](size_t e) {
    const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
    return k ? k->category : std::string();
  };
  bool moved = false;
  for (Relation& r : doc.relations) {
    if (r.predicate != Predicate::kMemberOf || doc.entities[r.subject].type != EntityType::kPerson ||
        category(r.object) != "intergovernmental")
      continue;
    for (const Relation& h : doc.relations)
      if (h.predicate == Predicate::kHoldsPosition && h.subject == r.subject && h.modality == Modality::kAsserted &&
          !h.attributes.count("former") && category(h.object) == "country") {
        r.subject = h.object;
        moved = true;
        break;
      }
  }
  if (!moved) return;
  // (The state may already have that membership from another sentence.)
  std::set<std::tuple<size_t, int, size_t, int>> seen;
  std::erase_if(doc.relations, [&](const Relation& r) {
    return !seen.emplace(r.subject, static_cast<int>(r.predicate), r.object, static_cast<int>(r.modality)).second;
  });
}

}  // namespace

void FindRelations(Document& doc, const RuleBook& book, const Resolution& placement, const MaskedSink& on_masked) {
  RelationSink sink(doc, book);
  OfficesFromTitles(doc, book, sink);
  ApplyRules(doc, book, placement, sink, on_masked);
  JoinedActorsOfEvents(doc, book, placement, sink);
  for (const InferredRelation& r : CriticismOfAttackers(doc, book, placement))
    sink.Add(r.subject, r.object, r.predicate, r.modality, 0.6, doc.sentences[r.sentence], r.sentence, {},
             "criticizes-attack-author");
  OfficesOfTheArticleState(doc, book, sink);
  SuccessorsTakeOffices(doc, book, sink);
  EnactorsFromKnowledgeBase(doc, book, sink);
  MembershipsOfLeadersStates(doc, book);
  DropContradictedReadings(doc, book);
}

}  // namespace dossier::extract
