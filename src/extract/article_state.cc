#include "extract/article_state.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "extract/resolver.h"
#include "model/ontology.h"
#include "text/fold.h"

namespace dossier::extract {

bool IsCountry(const Document& doc, const RuleBook& book, size_t e) {
  const Entity& ent = doc.entities[e];
  if (ent.type != EntityType::kLocation || ent.attributes.count("city")) return false;
  const KbEntity* k = book.kb.Find(ent.kb_id);
  return k && k->category == "country";
}

bool IsStateBody(const Document& doc, const RuleBook& book, size_t e) {
  const Entity& ent = doc.entities[e];
  if (ent.type != EntityType::kOrganization) return false;
  if (const KbEntity* k = book.kb.Find(ent.kb_id))
    return k->category == "government" || k->category == "intergovernmental";
  std::string key = " " + text::MatchKey(ent.name) + " ";
  for (const auto& word : book.lexicon.Phrases("government_body_words"))
    if (key.find(" " + word + " ") != std::string::npos) return true;
  return false;
}

long DominantState(const Document& doc, const RuleBook& book) {
  size_t best = 0, second = 0;
  long state = -1, first = -1;
  uint32_t first_at = UINT32_MAX;
  // (A territory that governs itself, Greenland, or a de facto state may
  // be what the article is about: "outgoing Prime Minister Múte Egede" is
  // Greenland's, however often it names the United States.)
  auto governs_itself = [&](size_t e) {
    const Entity& ent = doc.entities[e];
    const KbEntity* k = ent.type == EntityType::kLocation && !ent.attributes.count("city") ? book.kb.Find(ent.kb_id)
                                                                                              : nullptr;
    return k && (k->self_governing || k->category == "de_facto_state");
  };
  // A capital named as a city ("BELGRADE — ...", "an institute in
  // Belgrade") speaks of its state too: its mentions and its first token,
  // by the state's id (gathered once, not per state).
  std::map<std::string_view, std::pair<size_t, uint32_t>> capitals;
  std::map<size_t, size_t> counts;  // mentions of each state, its capital's with them
  for (const Entity& city : doc.entities) {
    auto of = city.attributes.find("capital_of");
    if (of == city.attributes.end()) continue;
    auto& [count, at] = capitals.try_emplace(of->second, 0, UINT32_MAX).first->second;
    count += city.mentions.size();
    for (const Mention& m : city.mentions) at = std::min(at, m.first_token);
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (!IsCountry(doc, book, e) && !governs_itself(e)) continue;
    size_t n = doc.entities[e].mentions.size();
    for (const Mention& m : doc.entities[e].mentions)
      if (m.first_token < first_at) first_at = m.first_token, first = static_cast<long>(e);
    if (auto capital = capitals.find(doc.entities[e].kb_id); capital != capitals.end()) {
      n += capital->second.first;
      if (capital->second.second < first_at) first_at = capital->second.second, first = static_cast<long>(e);
    }
    counts[e] = n;
    if (n > best) {
      second = best;
      best = n;
      state = static_cast<long>(e);
    } else if (n > second) {
      second = n;
    }
  }
  if (best >= 3 && (best >= 2 * second || state == first)) return state;
  // ("Serbia's Oil Refinery Caught Between Washington and Moscow": the state
  // the headline opens with, named nearly as often as the one named most,
  // is what the article is about.)
  if (first >= 0 && first_at < doc.sentences.front().end_token && counts[static_cast<size_t>(first)] >= 3 &&
      3 * counts[static_cast<size_t>(first)] >= 2 * best)
    return first;
  return -1;
}

namespace {

// "Lee's Democratic Party", "Lee Jae-myung of the Democratic Party", "Boris
// Pistorius, a Social Democrat,": the state the knowledge base gives the
// offices of the person whose possessive (or name and "of", or name and an
// apposition) stands before the mention, or "".
std::string PossessorsState(const Document& doc, const RuleBook& book, const Mention& m) {
  uint32_t before = m.first_token;
  if (before > 0 && doc.tokens[before - 1].folded == "the") --before;
  bool apposition = before >= 3 && (doc.tokens[before - 1].folded == "a" || doc.tokens[before - 1].folded == "an") &&
                    doc.tokens[before - 2].folded == ",";
  if (before < 2 ||
      (doc.tokens[before - 1].folded != "of" && doc.tokens[m.first_token - 1].folded != "'s" && !apposition))
    return "";
  uint32_t person_end = apposition                                   ? before - 2
                        : doc.tokens[m.first_token - 1].folded == "'s" ? m.first_token - 1
                                                                       : before - 1;
  for (const Entity& p : doc.entities) {
    if (p.type != EntityType::kPerson) continue;
    for (const Mention& pm : p.mentions) {
      if (pm.end_token != person_end) continue;
      const KbEntity* k = book.kb.Find(p.kb_id);
      if (!k) return "";
      for (const Office& o : k->offices)
        if (const KbEntity* of = book.kb.Find(o.of); of && of->type == EntityType::kLocation) return o.of;
      return "";
    }
  }
  return "";
}

// "the House of Representatives in Tobruk": the state of the place named
// right after "in" (a state, or a city's), or "".
std::string StateOfPlaceAfter(const Document& doc, const RuleBook& book, const Mention& m) {
  if (m.end_token + 1 >= doc.tokens.size() || doc.tokens[m.end_token].folded != "in") return "";
  for (const Entity& p : doc.entities) {
    if (p.type != EntityType::kLocation) continue;
    for (const Mention& pm : p.mentions) {
      if (pm.first_token != m.end_token + 1) continue;
      const KbEntity* k = book.kb.Find(p.kb_id);
      if (!k) return "";
      if (k->category == "country") return k->id;
      const KbEntity* in = book.kb.Find(k->located_in);
      return in && in->category == "country" ? in->id : "";
    }
  }
  return "";
}

// Makes `e` the body among `refs` whose home alias it is in state `home`,
// when there is one.
void RelinkToHomePeer(const RuleBook& book, const std::vector<AliasRef>& refs, const std::string& home, Entity& e) {
  for (const AliasRef& ref : refs) {
    const KbEntity& peer = book.kb.entities[ref.entity];
    if (!ref.home || peer.located_in != home || peer.id == e.kb_id) continue;
    // The old body's name was one of its forms in the document: swap it.
    std::replace(e.aliases.begin(), e.aliases.end(), e.name, peer.name);
    e.kb_id = peer.id;
    e.name = peer.name;
    e.key = "kb:" + peer.id;
    e.known_aliases = peer.aliases;
    e.known_aliases.push_back(peer.name);
    return;
  }
}

}  // namespace

void RelinkHomeNames(Document& doc, const RuleBook& book) {
  long state = -2;  // not looked for yet
  for (Entity& e : doc.entities) {
    if (e.kb_id.empty() || e.mentions.empty() || e.type != EntityType::kOrganization) continue;
    std::string key = text::MatchKey(e.mentions.front().text);
    // ("Labour Party" and "Labour": every form the text uses is a name the
    // body shares with peers abroad.)
    if (!std::all_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
          auto forms = book.kb.by_key.find(text::MatchKey(m.text));
          return forms != book.kb.by_key.end() &&
                 std::any_of(forms->second.begin(), forms->second.end(), [](const AliasRef& r) { return r.home; });
        }))
      continue;
    auto refs = book.kb.by_key.find(key);
    if (refs == book.kb.by_key.end() ||
        std::none_of(refs->second.begin(), refs->second.end(), [](const AliasRef& r) { return r.home; }))
      continue;
    // (A person's party: the person's state is its home, whatever the
    // article names most.)
    // ("the House of Representatives in Tobruk": or the state of the place
    // it sits in.)
    std::string own = PossessorsState(doc, book, e.mentions.front());
    if (own.empty()) own = StateOfPlaceAfter(doc, book, e.mentions.front());
    if (!own.empty()) {
      RelinkToHomePeer(book, refs->second, own, e);
      continue;
    }
    if (state == -2) state = DominantState(doc, book);
    // ("Salvador Nasralla of the Liberal Party", in an article about
    // Honduras: a name that is only ever a home name, of bodies in other
    // states, names none of them; it stays a body the text names.)
    const KbEntity* now = book.kb.Find(e.kb_id);
    bool home_only = std::all_of(refs->second.begin(), refs->second.end(), [](const AliasRef& r) { return r.home; });
    bool at_home = now && state >= 0 && now->located_in == doc.entities[static_cast<size_t>(state)].kb_id;
    bool peer_at_home = state >= 0 && std::any_of(refs->second.begin(), refs->second.end(), [&](const AliasRef& r) {
      return book.kb.entities[r.entity].located_in == doc.entities[static_cast<size_t>(state)].kb_id;
    });
    if (home_only && !at_home && !peer_at_home) {
      std::string text = e.mentions.front().text;
      if (text.rfind("the ", 0) == 0 || text.rfind("The ", 0) == 0) text.erase(0, 4);
      e.kb_id.clear();
      e.name = text;
      e.aliases.assign(1, text);
      e.known_aliases.clear();
      e.key = UnknownEntityKey(e.type, text);
      continue;
    }
    if (state < 0) return;
    RelinkToHomePeer(book, refs->second, doc.entities[static_cast<size_t>(state)].kb_id, e);
  }
}

}  // namespace dossier::extract
