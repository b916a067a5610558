#include "extract/mention_readings.h"

#include <algorithm>

#include "extract/verbs.h"

namespace dossier::extract {

bool MentionIsDemonym(const Document& doc, size_t entity, uint32_t token) {
  for (const auto& m : doc.entities[entity].mentions)
    if (m.first_token == token) return m.demonym;
  return false;
}

bool ModifiesAThing(const Document& doc, const RuleBook& book, size_t entity, uint32_t token) {
  for (const auto& m : doc.entities[entity].mentions) {
    if (m.first_token != token) continue;
    if (!m.demonym || m.end_token >= doc.tokens.size()) return false;
    const Token& next = doc.tokens[m.end_token];
    if (next.sentence != m.sentence || !next.is_word || next.capitalized) return false;
    if (LooksLikeVerb(book, next)) return false;  // "The Russians were furious": a people, then its verb
    // "Azerbaijani security forces": an agent noun among the next words.
    for (uint32_t i = m.end_token; i < doc.tokens.size() && i < m.end_token + 3; ++i) {
      const Token& t = doc.tokens[i];
      if (t.sentence != m.sentence || !t.is_word || t.capitalized) break;
      if (book.lexicon.Has("demonym_agent_nouns", t) ||
          book.lexicon.LongestAt("demonym_agent_nouns", doc.tokens, i, i + 3))
        return false;
    }
    return true;
  }
  return false;
}

bool DemonymOfNonStateGroup(const Document& doc, const RuleBook& book, size_t entity, uint32_t token) {
  for (const auto& m : doc.entities[entity].mentions) {
    if (m.first_token != token) continue;
    if (!m.demonym) return false;
    for (uint32_t i = m.end_token; i < doc.tokens.size() && i < m.end_token + 3; ++i) {
      const Token& t = doc.tokens[i];
      if (t.sentence != m.sentence || !t.is_word || t.capitalized) return false;
      if (book.lexicon.Has("nonstate_group_nouns", t)) return true;
    }
    return false;
  }
  return false;
}

// The entity of `type` with a mention that starts at `token`, or -1.
long EntityStartingAt(const Document& doc, EntityType type, uint32_t token) {
  for (size_t e = 0; e < doc.entities.size(); ++e)
    if (doc.entities[e].type == type)
      for (const auto& m : doc.entities[e].mentions)
        if (m.first_token == token) return static_cast<long>(e);
  return -1;
}

// "met NATO Secretary General Jens Stoltenberg", "NATO's secretary general,
// Mark Rutte": a body or a state whose
// title of office goes on to a person's name is that person's affiliation;
// the person is who was met.
long TitledPerson(const Document& doc, const RuleBook& book, size_t entity, uint32_t token) {
  for (const auto& m : doc.entities[entity].mentions) {
    if (m.first_token != token) continue;
    uint32_t i = m.end_token;
    // ("designated the court's prosecutor, Karim Khan": a body's title in
    // the possessive; a state's, "summoned Japan's ambassador, Kenji
    // Kanasugi", still speaks for the state.)
    if (i < doc.tokens.size() && doc.tokens[i].sentence == m.sentence && doc.tokens[i].folded == "'s" &&
        doc.entities[entity].type == EntityType::kOrganization)
      ++i;
    while (i < doc.tokens.size() && doc.tokens[i].sentence == m.sentence &&
           book.lexicon.Has("title_modifiers", doc.tokens[i]))
      ++i;
    size_t until = std::min<size_t>(doc.tokens.size(), i + 5);
    size_t title = std::max(book.lexicon.LongestAt("office_titles", doc.tokens, i, until),
                            book.lexicon.LongestAt("person_titles", doc.tokens, i, until));
    if (title == 0) return -1;
    uint32_t next = i + static_cast<uint32_t>(title);
    // "his Pakistani counterpart, Ishaq Dar": the name may follow a comma.
    if (next < doc.tokens.size() && doc.tokens[next].folded == ",") ++next;
    return EntityStartingAt(doc, EntityType::kPerson, next);
  }
  return -1;
}

// "a deal with the American company Cove Kaz Capital": a state's name, a
// noun for a body and the body's name: the body. Returns it, or -1.
long DescribedBody(const Document& doc, const RuleBook& book, size_t entity, uint32_t token) {
  for (const auto& m : doc.entities[entity].mentions) {
    if (m.first_token != token) continue;
    uint32_t i = m.end_token, last_noun = 0;
    for (; i < doc.tokens.size() && i < m.end_token + 4 && doc.tokens[i].sentence == m.sentence; ++i) {
      const Token& w = doc.tokens[i];
      if (!w.is_word || w.capitalized) break;
      if (book.lexicon.Has("body_nouns", w)) last_noun = i;
    }
    if (!last_noun || last_noun + 1 != i) return -1;
    return EntityStartingAt(doc, EntityType::kOrganization, i);
  }
  return -1;
}

// "the Vilnius summit", "the Istanbul talks": a capital or a city that
// names an event, without a possessive, is where it happens, not who takes
// part ("Russia's war", "the Kazakh protests" name their actors). A place
// before a visit ("his China trip") is where the visitor went.
bool NamesTheVenue(const Document& doc, const RuleBook& book, size_t entity, uint32_t token, size_t event,
                   uint32_t event_token) {
  auto kind = doc.entities[event].attributes.find("kind");
  bool visit = kind != doc.entities[event].attributes.end() && kind->second == "visit";
  for (const auto& m : doc.entities[entity].mentions) {
    if (m.first_token != token) continue;
    if (m.end_token != event_token) return false;  // "Moscow launched its war": an actor
    if (m.metonym) return true;
    if (visit && doc.entities[entity].type == EntityType::kLocation && !m.demonym) return true;
    const KbEntity* known = book.kb.Find(doc.entities[entity].kb_id);
    return known && known->category == "city";
  }
  return false;
}

}  // namespace dossier::extract
