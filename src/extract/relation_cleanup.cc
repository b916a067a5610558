#include "extract/relation_cleanup.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "extract/office_relations.h"
#include "extract/resolver.h"
#include "text/fold.h"

namespace dossier::extract {
namespace {

// A body whose posts are offices: a government body, an international
// organisation, a party, an armed group (as the knowledge base files it).
bool GovernsOrRules(const RuleBook& book, const Entity& e) {
  const KbEntity* k = book.kb.Find(e.kb_id);
  return k && (k->category == "government" || k->category == "intergovernmental" || k->category == "party" ||
               k->category == "armed_group");
}

// A relation moved onto another subject or predicate may repeat one the
// document already has: keep the first of each (subject, predicate,
// object, modality).
void DropRepeatedRelations(Document& doc) {
  std::set<std::tuple<size_t, int, size_t, int>> seen;
  std::erase_if(doc.relations, [&](const Relation& r) {
    return !seen.emplace(r.subject, static_cast<int>(r.predicate), r.object, static_cast<int>(r.modality)).second;
  });
}

// Whether intergovernmental body `k` has only states as members: its name
// has no word of the lexicon list person_member_body_words (parliament,
// commission, council, ...), whose seats people hold.
bool StatesOnlyBody(const RuleBook& book, const KbEntity& k) {
  std::string name = text::MatchKey(k.name);
  for (size_t at = 0; at < name.size();) {
    size_t end = std::min(name.find(' ', at), name.size());
    if (book.lexicon.Contains("person_member_body_words", name.substr(at, end - at))) return false;
    at = end + 1;
  }
  return true;
}

}  // namespace

// Readings that another reading of the same text contradicts:
// - "doesn't support the war" is opposition, asserted: where a negated
//   SUPPORTS and an asserted OPPOSES (or the reverse) join the same pair,
//   keep only the asserted one;
// - "supports efforts to end the war": opposition, read from the same
//   sentence that a looser pattern read as support;
// - "Qatar ended its membership of OPEC": a reading that found the
//   negation outweighs a looser one of the same sentence that did not.
void DropContradictedReadings(Document& doc, const RuleBook& book) {
  const auto& all = doc.relations;
  auto has = [&](size_t s, size_t o, Predicate p) {
    for (const auto& r : all)
      if (r.subject == s && r.object == o && r.predicate == p && r.modality == Modality::kAsserted) return true;
    return false;
  };
  // "Saudi minister of state Adel al-Jubeir visited both capitals" read as
  // Saudi Arabia: no one meets, attacks or sanctions the state they serve
  // ("Foreign Minister Bakhtiyor Saidov has protested against the
  // detention of Uzbek citizens": nor opposes or criticises it).
  std::set<std::pair<size_t, size_t>> serves;
  for (const auto& r : all)
    if (r.predicate == Predicate::kHoldsPosition && r.modality == Modality::kAsserted && !r.attributes.count("former"))
      serves.emplace(r.subject, r.object);
  // ("He visited Tokyo for talks with Shigeru Ishiba": so does one the
  // knowledge base has in office on the article's date, titled or not.)
  for (size_t p = 0; p < doc.entities.size() && !doc.date.empty(); ++p) {
    const KbEntity* person = doc.entities[p].type == EntityType::kPerson ? book.kb.Find(doc.entities[p].kb_id) : nullptr;
    for (size_t o = 0; person && o < doc.entities.size(); ++o)
      for (const Office& office : person->offices)
        if (office.of == doc.entities[o].kb_id && HeldOn(office, doc.date))
          serves.emplace(p, o);
  }
  // "Turkish President Recep Tayyip Erdogan, Iranian President Masoud
  // Pezeshkian": an office the text seems to give to one whom the knowledge
  // base knows in the same office of another state is a misreading.
  auto role_of = [](const Relation& r) {
    auto it = r.attributes.find("role");
    return it == r.attributes.end() ? std::string() : text::MatchKey(it->second);
  };
  // (Only a state's office: "José Jerí, the president of Congress" holds
  // one in a body besides the state's presidency.)
  auto known_elsewhere = [&](const Relation& r) {
    if (r.predicate != Predicate::kHoldsPosition || r.attributes.count("source") || role_of(r).empty() ||
        doc.entities[r.object].type != EntityType::kLocation)
      return false;
    for (const auto& k : all)
      if (k.predicate == Predicate::kHoldsPosition && k.subject == r.subject && k.object != r.object &&
          k.attributes.count("source") && role_of(k) == role_of(r))
        return true;
    return false;
  };
  // ("The Democrats, a centre-right party led by Jens-Frederik Nielsen", in
  // an article that names the United States more than Greenland: a party
  // of another state than every one the knowledge base gives the person's
  // offices in is a misread name.)
  auto foreign_party = [&](const Relation& r) {
    if (r.predicate != Predicate::kHoldsPosition && r.predicate != Predicate::kMemberOf) return false;
    const KbEntity* party = book.kb.Find(doc.entities[r.object].kb_id);
    const KbEntity* person = book.kb.Find(doc.entities[r.subject].kb_id);
    if (!party || party->category != "party" || party->located_in.empty() || !person || person->offices.empty())
      return false;
    for (const Office& o : person->offices) {
      const KbEntity* of = book.kb.Find(o.of);
      if (!of || of->type != EntityType::kLocation || o.of == party->located_in) return false;
    }
    return true;
  };
  // ("Lebanon's parliament elected Joseph Aoun as president": a body that
  // elects someone to an office the knowledge base has the person hold in
  // the body's own state elected the state's officer, not its own.)
  auto elected_for_the_state = [&](const Relation& r) {
    if (r.predicate != Predicate::kHoldsPosition || r.rule != "office-body-elected-as" || role_of(r).empty()) return false;
    const KbEntity* body = book.kb.Find(doc.entities[r.object].kb_id);
    const KbEntity* person = book.kb.Find(doc.entities[r.subject].kb_id);
    if (!body || body->located_in.empty() || !person) return false;
    return std::any_of(person->offices.begin(), person->offices.end(), [&](const Office& o) {
      return o.of == body->located_in && text::MatchKey(o.role) == role_of(r);
    });
  };
  std::vector<bool> drop(all.size(), false);
  for (size_t i = 0; i < all.size(); ++i) {
    const Relation& r = all[i];
    if (known_elsewhere(r) || foreign_party(r) || elected_for_the_state(r)) {
      drop[i] = true;
      continue;
    }
    bool stance = r.predicate == Predicate::kOpposes || r.predicate == Predicate::kCriticizes;
    // ("Lee welcomed her with a promise to keep relations with Tokyo", her
    // being Japan's prime minister: nor cooperates with it.)
    if ((r.predicate == Predicate::kMeets || r.predicate == Predicate::kAttacks ||
         r.predicate == Predicate::kSanctions || r.predicate == Predicate::kCooperatesWith || stance) &&
        (serves.count({r.subject, r.object}) || (!stance && serves.count({r.object, r.subject})))) {
      drop[i] = true;
      continue;
    }
    drop[i] = r.modality == Modality::kNegated &&
              ((r.predicate == Predicate::kSupports && has(r.subject, r.object, Predicate::kOpposes)) ||
               (r.predicate == Predicate::kOpposes && has(r.subject, r.object, Predicate::kSupports)));
    // "has also sought new markets, signing agreements with China": one
    // sentence read twice, the verb's own clause asserting what the wider
    // one proposes; the asserted reading stands for both.
    if ((r.modality == Modality::kProposed || r.modality == Modality::kHypothetical) && r.evidence.size() == 1)
      drop[i] = drop[i] || std::any_of(all.begin(), all.end(), [&](const Relation& o) {
        return o.subject == r.subject && o.object == r.object && o.predicate == r.predicate &&
               o.modality == Modality::kAsserted && o.rule == r.rule &&
               std::any_of(o.evidence.begin(), o.evidence.end(),
                           [&](const Evidence& e) { return e.sentence == r.evidence.front().sentence; });
      });
    // ("Kim did not respond to Trump's offer to meet him": a negation
    // outside a phrase that reads its own modality, a meeting offered, is
    // the governing verb's; the phrase's reading stands.)
    if (r.modality == Modality::kNegated && r.evidence.size() == 1)
      drop[i] = drop[i] || std::any_of(all.begin(), all.end(), [&](const Relation& o) {
        const RelationRule* rule = book.relations.Find(o.rule);
        return o.subject == r.subject && o.object == r.object && o.predicate == r.predicate &&
               o.modality != Modality::kNegated && rule && rule->modality_in_match_only && rule->modality &&
               std::any_of(o.evidence.begin(), o.evidence.end(),
                           [&](const Evidence& e) { return e.sentence == r.evidence.front().sentence; });
      });
    if (r.modality != Modality::kAsserted) continue;
    uint32_t sentence = r.evidence.front().sentence;
    for (const auto& o : all) {
      // (The other reading may have been found first elsewhere: "Baku Breaks
      // With Moscow" as the title, then "relations ... have soured".)
      if (o.subject != r.subject || o.object != r.object ||
          std::none_of(o.evidence.begin(), o.evidence.end(), [&](const Evidence& e) { return e.sentence == sentence; }))
        continue;
      if (const RelationRule* rule = book.relations.Find(o.rule);
          rule && std::find(rule->outweighs.begin(), rule->outweighs.end(), r.predicate) != rule->outweighs.end())
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

// "He withdrew from ECOWAS" (Assimi Goita, Mali's junta leader): states,
// not the people who lead them, are members of intergovernmental bodies; a
// membership read for a person in office is the state's.
void MembershipsOfLeadersStates(Document& doc, const RuleBook& book) {
  auto category = [&](size_t e) {
    const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
    return k ? k->category : std::string();
  };
  bool moved = false, stray = false;
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
    // ("Milei declined to join BRICS", the article never calling him
    // president: the state the knowledge base has the person lead then.)
    if (const KbEntity* person = book.kb.Find(doc.entities[r.subject].kb_id);
        person && doc.entities[r.subject].type == EntityType::kPerson) {
      for (const Office& o : person->offices) {
        const KbEntity* of = book.kb.Find(o.of);
        if (!of || of->category != "country" || !HeldOn(o, doc.date))
          continue;
        r.subject = EnsureKbEntity(doc, book, o.of);
        moved = true;
        break;
      }
    }
    stray = stray || doc.entities[r.subject].type == EntityType::kPerson;
  }
  // "He has not proposed to leave NATO", said of a party leader out of
  // office: no person is a member of a bloc of states.
  if (stray)
    std::erase_if(doc.relations, [&](const Relation& r) {
      return r.predicate == Predicate::kMemberOf && doc.entities[r.subject].type == EntityType::kPerson &&
             category(r.object) == "intergovernmental" && StatesOnlyBody(book, *book.kb.Find(doc.entities[r.object].kb_id));
    });
  if (!moved) return;
  // (The state may already have that membership from another sentence.)
  DropRepeatedRelations(doc);
}

namespace {

// The office of a counterpart abroad, named by the office `role` held in
// state `held_in`. ("Secretary of State Marco Rubio met his Canadian
// counterpart, Anita Anand": a cabinet title of one state is the plain
// ministry's in another, the first phrase of the lexicon's
// counterpart_role_* list that holds it; the counterpart's own title where
// the knowledge base gives one of that list on the article's date.
// "Chancellor" is in none: it names a head of government as well as a
// finance minister.)
std::string CounterpartRole(const Document& doc, const RuleBook& book, const Relation& r, const std::string& role,
                            const std::string& held_in) {
  const std::string& state = doc.entities[r.object].kb_id;
  if (!held_in.empty() && held_in == state) return role;
  std::string key = text::MatchKey(role);
  std::string plain = book.lexicon.FirstOfFamilyListHolding("counterpart_role_", key);
  if (plain.empty()) return role;
  if (const KbEntity* person = book.kb.Find(doc.entities[r.subject].kb_id))
    for (const Office& o : person->offices)
      if (o.of == state && InTerm(o, doc.date) && !AfterTerm(o, doc.date) &&
          book.lexicon.FirstOfFamilyListHolding("counterpart_role_", text::MatchKey(o.role)) == plain)
        return o.role;
  return TitleCaseRole(plain);
}

}  // namespace

void RanksGiveWayToOffices(Document& doc, const RuleBook& book) {
  for (Relation& r : doc.relations) {
    auto role = r.attributes.find("role");
    if (r.predicate != Predicate::kHoldsPosition || role == r.attributes.end() || r.attributes.count("source") ||
        !book.lexicon.Contains("military_ranks", text::MatchKey(role->second)))
      continue;
    const KbEntity* person = book.kb.Find(doc.entities[r.subject].kb_id);
    for (const Office& o : person ? person->offices : std::vector<Office>{})
      if (o.of == doc.entities[r.object].kb_id && HeldOn(o, doc.date)) {
        role->second = o.role;
        r.attributes["source"] = "knowledge base";
        break;
      }
  }
}

// "Pakistan's defence minister, Khawaja Asif, and his Afghan counterpart,
// Mullah Mohammad Yaqoob": the counterpart holds the office of the one
// named before in the sentence, where that one office is known.
void CounterpartRoles(Document& doc, const RuleBook& book) {
  for (Relation& r : doc.relations) {
    if (r.predicate != Predicate::kHoldsPosition || r.attributes.count("role") || r.evidence.empty()) continue;
    const Sentence& s = doc.sentences[r.evidence.front().sentence];
    bool counterpart = false;
    for (uint32_t k = s.first_token; k < s.end_token && !counterpart; ++k)
      counterpart = doc.tokens[k].folded == "counterpart";
    if (!counterpart) continue;
    // Each office named in the sentence, with the state it is held in (a
    // state's counterpart has a state's office: "Treasury Secretary Scott
    // Bessent" also heads the Treasury, which is no counterpart's).
    std::map<std::string, std::string> roles;
    auto note = [&](const std::string& role, const std::string& of) {
      auto [at, fresh] = roles.emplace(role, of);
      if (!fresh && at->second != of) at->second.clear();
    };
    auto note_offices_in = [&](uint32_t sentence) {
      for (const Relation& q : doc.relations)
        if (q.predicate == Predicate::kHoldsPosition && q.subject != r.subject && q.attributes.count("role") &&
            doc.entities[q.subject].type == EntityType::kPerson &&
            doc.entities[q.object].type == doc.entities[r.object].type &&
            std::any_of(q.evidence.begin(), q.evidence.end(),
                        [&](const Evidence& e) { return e.sentence == sentence; }))
          note(q.attributes.at("role"), doc.entities[q.object].kb_id);
      // ("Lavrov flew to Wonsan for talks with his North Korean
      // counterpart, Choe Son Hui": else the office the knowledge base
      // gives the nearest person named before, on the article's date.)
      if (!roles.empty()) return;
      uint32_t at = UINT32_MAX, best = 0;
      for (const Mention& m : doc.entities[r.subject].mentions)
        if (m.sentence == r.evidence.front().sentence) at = std::min(at, m.first_token);
      const KbEntity* nearest = nullptr;
      for (size_t e = 0; e < doc.entities.size(); ++e) {
        if (e == r.subject || doc.entities[e].type != EntityType::kPerson) continue;
        const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
        for (const Mention& m : doc.entities[e].mentions)
          if (k && m.sentence == sentence && m.first_token < at && m.first_token >= best) {
            best = m.first_token;
            nearest = k;
          }
      }
      for (const Office& o : nearest ? nearest->offices : std::vector<Office>{})
        if (const KbEntity* of = book.kb.Find(o.of);
            of && of->type == EntityType::kLocation && InTerm(o, doc.date) && !AfterTerm(o, doc.date))
          note(o.role, o.of);
    };
    note_offices_in(r.evidence.front().sentence);
    // ("Tashiev ... called it the end of an era. His Tajik counterpart,
    // Saimumin Yatimov, was less effusive": a sentence that opens with the
    // counterpart speaks of the one named in the sentence before.)
    uint32_t first = s.first_token;
    if (roles.empty() && r.evidence.front().sentence > 0 && first + 1 < s.end_token &&
        (doc.tokens[first].folded == "his" || doc.tokens[first].folded == "her"))
      note_offices_in(r.evidence.front().sentence - 1);
    if (roles.size() != 1) continue;
    r.attributes["role"] = CounterpartRole(doc, book, r, roles.begin()->first, roles.begin()->second);
  }
}

}  // namespace dossier::extract
