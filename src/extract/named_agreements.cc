#include "extract/named_agreements.h"

#include <algorithm>

#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

// A known name that may be part of a treaty's own name: a city or capital
// ("Paris", "Minsk"), a region, river or sea ("Indus", "Caspian"); not a
// state, an organisation or a person, who would be a party to it.
bool PlaceWord(const RuleBook& book, const Candidate& c) {
  if (c.weak || c.kb < 0) return true;  // a guess, or a name no list knows
  if (c.type != EntityType::kLocation || c.kind == AliasKind::kDemonym) return false;
  if (c.kind == AliasKind::kCapital || c.city) return true;
  return book.kb.entities[static_cast<size_t>(c.kb)].category != "country";
}

bool Capitalised(const Token& t) { return t.is_word && (t.capitalized || t.all_caps) && !t.is_number; }

// The merge class of a named deal, as FindEvents writes it for "the Minsk
// agreements": its capitalised words but the treaty word (those before it,
// where there are any: "the Washington Accords for Peace and Prosperity" is
// "the Washington Accords" later).
std::string NamedGroup(const Document& doc, uint32_t first, uint32_t end, uint32_t head) {
  std::string name;
  if (head > first && head < end) end = head;
  for (uint32_t k = first; k < end; ++k)
    if (k != head && doc.tokens[k].capitalized) name += (name.empty() ? "" : " ") + doc.tokens[k].folded;
  return "deal|named:" + name;
}

}  // namespace

void NameCapitalisedAgreements(const Document& doc, const Sentence& s, const RuleBook& book, EventState& state,
                               std::vector<Candidate>& cands) {
  const auto& t = doc.tokens;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (!t[i].capitalized || !book.lexicon.Has("deal_title_heads", t[i])) continue;
    const Candidate* here = CandidateCovering(cands, i);
    // "the Convention on Cluster Munitions", "the Chemical Weapons
    // Convention": a name guessed an organisation that opens or closes with
    // the treaty word is the treaty. A known body is what it is: "North
    // Atlantic Treaty Organization". (So is one guessed a place for its
    // compass word: "the North Atlantic Treaty".)
    // ("the Government of National Accord": not one that opens with a
    // body's head word, which names the body.)
    if (here && !here->weak && here->kb < 0 &&
        (here->type == EntityType::kOrganization || here->type == EntityType::kLocation) &&
        (here->first == i || here->end == i + 1) && here->end - here->first >= 2 &&
        !(here->first != i && book.lexicon.Has("org_heads", t[here->first]))) {
      Candidate& guess = cands[static_cast<size_t>(here - cands.data())];
      guess.type = EntityType::kEvent;
      guess.name = text::TokensText(doc, guess.first, guess.end);
      guess.group = NamedGroup(doc, guess.first, guess.end, i);
      state.anchored_groups.insert("deal");
      state.latest["deal"] = guess.group;
      i = guess.end - 1;
      continue;
    }
    if (here && !here->weak) continue;
    // Words before the head: capitalised, no state or party among them.
    uint32_t left = i;
    while (left > s.first_token) {
      uint32_t p = left - 1;
      if (p > s.first_token && text::IsJoiningDash(t, p) && Capitalised(t[p - 1])) {
        const Candidate* c = CandidateCovering(cands, p - 1);
        if (c && !PlaceWord(book, *c)) break;
        left = p;  // "Sykes-Picot": the dash and the word before it
        continue;
      }
      // "the Enhanced Partnership and Cooperation Agreement", "the Trade
      // and Cooperation Agreement": "and" between two capitalised words.
      if (t[p].folded == "and" && p > s.first_token && Capitalised(t[p - 1]) && left < i + 1 &&
          Capitalised(t[left])) {
        const Candidate* before = CandidateCovering(cands, p - 1);
        if (before && !PlaceWord(book, *before)) break;
        left = before ? before->first : p - 1;
        continue;
      }
      if (!Capitalised(t[p]) || t[p].folded == "the") break;
      const Candidate* c = CandidateCovering(cands, p);
      if (c && !PlaceWord(book, *c)) break;
      left = c ? c->first : p;
    }
    // Words after it: "Treaty of Versailles", "Convention on the Rights of
    // the Child" (connectors inside, a capitalised word last). ("the
    // Washington Accords for Peace and Prosperity": after words of its own
    // before the head, only "for" or "on" and a word that is no date.)
    uint32_t end = i + 1;
    bool titled_after = i + 2 < s.end_token && (t[i + 1].folded == "for" || t[i + 1].folded == "on") &&
                        Capitalised(t[i + 2]) && !book.lexicon.Has("calendar_words", t[i + 2]);
    if (left == i || titled_after) {
      uint32_t k = i + 1;
      while (k < s.end_token && (Capitalised(t[k]) || t[k].folded == "of" || t[k].folded == "on" ||
                                 t[k].folded == "the" || t[k].folded == "and" || t[k].folded == "for")) {
        const Candidate* c = CandidateCovering(cands, k);
        if (c && !c->weak && !PlaceWord(book, *c)) break;
        if (book.lexicon.Has("calendar_words", t[k])) break;  // "... on Thursday"
        ++k;
        if (Capitalised(t[k - 1])) end = k;
      }
      if (end == i + 2) end = i + 1;  // never a single connector's worth
    }
    auto inside = [&](const Candidate& c) { return c.first < end && c.end > left; };
    if (left == i && end == i + 1) {
      // "the Iran Deal": no name of its own; the guess over the word goes,
      // and the trigger reads as in lower case.
      cands.erase(std::remove_if(cands.begin(), cands.end(),
                                 [&](const Candidate& c) { return c.weak && inside(c); }),
                  cands.end());
      continue;
    }
    // A candidate reaching out of the name on either side is something
    // else ("Paris Agreement Review Board" has no event inside).
    bool spills = std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
      return inside(c) && (c.first < left || c.end > end);
    });
    if (spills) continue;
    cands.erase(std::remove_if(cands.begin(), cands.end(), inside), cands.end());
    Candidate ev;
    ev.first = left;
    ev.end = end;
    ev.sentence = t[i].sentence;
    ev.type = EntityType::kEvent;
    ev.name = text::TokensText(doc, left, end);
    ev.group = NamedGroup(doc, left, end, i);
    // ("the Rome Statute", "the UN Charter": a standing text, not the deal
    // a later "the agreement" means.)
    if (!book.lexicon.Has("standing_document_heads", t[i])) {
      state.anchored_groups.insert("deal");
      state.latest["deal"] = ev.group;
    }
    cands.push_back(std::move(ev));
    i = end - 1;
  }
  std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) { return x.first < y.first; });
}

}  // namespace dossier::extract
