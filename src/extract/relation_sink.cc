#include "extract/relation_sink.h"

#include <algorithm>

#include "extract/article_state.h"
#include "extract/resolver.h"
#include "model/ontology.h"
#include "text/fold.h"

namespace dossier::extract {

bool IsParty(const Document& doc, const RuleBook& book, size_t e) {
  const Entity& body = doc.entities[e];
  if (body.type != EntityType::kOrganization) return false;
  const KbEntity* k = book.kb.Find(body.kb_id);
  return k ? k->category == "party" : body.name.ends_with(" Party");
}

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

}  // namespace

void RelationSink::Add(size_t s, size_t o, Predicate p, Modality m, double confidence, const Sentence& sentence,
                       uint32_t sentence_index, std::map<std::string, std::string> attributes, const std::string& rule) {
  if (s == o) return;
  if (!TypesFit(p, doc_.entities[s].type, doc_.entities[o].type)) return;
  // ("was arrested in December at a memorial ceremony in Mashhad": a city
  // where someone was arrested stands for the state it lies in.)
  if (p == Predicate::kDetains && !CanAct(doc_, book_, s)) {
    const KbEntity* city = book_.kb.Find(doc_.entities[s].kb_id);
    const KbEntity* state = city && city->category == "city" ? book_.kb.Find(city->located_in) : nullptr;
    // ("arrested in Algiers": so does a capital named as the city.)
    auto capital_of = doc_.entities[s].attributes.find("capital_of");
    if (!state && capital_of != doc_.entities[s].attributes.end()) state = book_.kb.Find(capital_of->second);
    if (state && state->type == EntityType::kLocation) s = EnsureKbEntity(doc_, book_, state->id);
  }
  if (NeedsActingSubject(p) && !CanAct(doc_, book_, s)) return;
  if (p == Predicate::kSanctions && !CanSanction(doc_, book_, s)) return;
  // "María Corina Machado, the Venezuelan opposition leader": a role that
  // opens with a word of the lexicon list outside_government_words is
  // held against the state, not in it.
  if (p == Predicate::kHoldsPosition && doc_.entities[o].type == EntityType::kLocation) {
    auto role = attributes.find("role");
    if (role != attributes.end()) {
      std::string key = text::MatchKey(role->second);
      if (book_.lexicon.Contains("outside_government_words", key.substr(0, key.find(' ')))) return;
    }
  }
  // "a visit to Minsk by John Coale": a capital one goes to meet is its
  // state, where the article names that state too.
  if (p == Predicate::kMeets && doc_.entities[o].attributes.count("city")) {
    auto of = doc_.entities[o].attributes.find("capital_of");
    for (size_t e = 0; of != doc_.entities[o].attributes.end() && e < doc_.entities.size(); ++e)
      if (doc_.entities[e].kb_id == of->second && !doc_.entities[e].attributes.count("city")) {
        o = e;
        break;
      }
    if (s == o) return;
  }
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
  // ("Police fired on the crowds in Kathmandu": nor does a state strike a
  // city of its own; the city is where.)
  if (p == Predicate::kAttacks && CityOfState(o, s)) return;
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

bool RelationSink::OwnStateBody(size_t s, size_t o) const {
  const KbEntity* body = book_.kb.Find(doc_.entities[s].kb_id);
  return body && body->type == EntityType::kOrganization && body->category == "government" &&
         !body->located_in.empty() && body->located_in == doc_.entities[o].kb_id;
}

bool RelationSink::CityOfState(size_t place, size_t state) const {
  const Entity& st = doc_.entities[state];
  const Entity& pl = doc_.entities[place];
  if (st.type != EntityType::kLocation || pl.type != EntityType::kLocation || st.kb_id.empty() || pl.kb_id.empty())
    return false;
  const KbEntity* country = book_.kb.Find(st.kb_id);
  if (!country || country->category != "country") return false;
  auto capital = pl.attributes.find("capital_of");
  if (capital != pl.attributes.end() && capital->second == st.kb_id) return true;
  // (Cities only: a region the state retook, Nagorno-Karabakh, is struck.)
  const KbEntity* k = book_.kb.Find(pl.kb_id);
  return k && k->category == "city" && k->located_in == st.kb_id;
}

bool RelationSink::AwayFromSeat(size_t body, size_t place) const {
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

}  // namespace dossier::extract
