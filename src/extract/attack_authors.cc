#include "extract/attack_authors.h"

#include <algorithm>

#include "extract/modality.h"

namespace dossier::extract {
namespace {

// The critic: the mention that ends just before the verb, with at most an
// auxiliary, an adverb, a body word or an apposition's closing comma between
// ("Qatar's foreign ministry sharply condemned"). Returns SIZE_MAX when there is none.
size_t CriticBefore(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed, uint32_t verb,
                    uint32_t* first) {
  for (auto p = placed.rbegin(); p != placed.rend(); ++p) {
    if (p->end > verb) continue;
    for (uint32_t k = p->end; k < verb;) {
      // ("Qatar's emir, Sheikh Tamim, condemned": the comma that closes an
      // apposition.)
      if (k + 1 == verb && doc.tokens[k].folded == ",") break;
      size_t n = book.lexicon.LongestAt("critic_fillers", doc.tokens, k, verb);
      if (!n) return SIZE_MAX;
      k += static_cast<uint32_t>(n);
    }
    *first = p->first;
    return p->entity;
  }
  return SIZE_MAX;
}

// The critics named with the one before the verb: "Russia and China
// condemned", "Egypt, Jordan and Turkey condemned". Walks back from
// `*first` over "and" and commas, moving `*first` to the earliest.
std::vector<size_t> CoordinatedCritics(const Document& doc, const std::vector<Placed>& placed, size_t critic,
                                       uint32_t* first) {
  std::vector<size_t> critics{critic};
  for (auto p = placed.rbegin(); p != placed.rend(); ++p) {
    if (p->end > *first) continue;
    if (p->end + 1 != *first) break;
    const std::string& joint = doc.tokens[p->end].folded;
    if (joint != "and" && joint != ",") break;
    if (std::find(critics.begin(), critics.end(), p->entity) == critics.end()) critics.push_back(p->entity);
    *first = p->first;
  }
  return critics;
}

// The attack noun after the verb: "the strike", "this week's attacks",
// "the deadly raid". Returns the token after it, or 0 when there is none;
// sets *noun to its first token.
uint32_t DefiniteAttackAfter(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                             uint32_t verb, uint32_t end, uint32_t* noun) {
  uint32_t k = verb + 1;
  if (k >= end || !book.lexicon.Has("definite_determiners", doc.tokens[k])) return 0;
  for (uint32_t words = 0; ++k < end && words <= 2; ++words) {
    // A name before the noun ("the Israeli strike") says whose it is: the
    // rules read that.
    bool named = std::any_of(placed.begin(), placed.end(), [&](const Placed& p) { return p.first <= k && k < p.end; });
    if (named) return 0;
    size_t n = book.lexicon.LongestAt("event_attack", doc.tokens, k, end);
    if (n) {
      uint32_t after = k + static_cast<uint32_t>(n);
      *noun = k;
      // "the attack on Doha by Israel": an author named after it is the rules'.
      bool by = after + 1 < end && doc.tokens[after].folded == "by";
      return by ? 0 : after;
    }
    if (!doc.tokens[k].is_word || doc.tokens[k].capitalized) return 0;
  }
  return 0;
}

// The one author of the asserted attacks told of in the two sentences
// before `si`, the latest first; SIZE_MAX when none or more than one. Sets
// *told to the sentence that tells of them.
size_t LatestAttacker(const Document& doc, uint32_t si, uint32_t* told) {
  for (uint32_t back = 1; back <= 2 && back <= si; ++back) {
    size_t author = SIZE_MAX;
    for (const Relation& r : doc.relations) {
      if (r.predicate != Predicate::kAttacks || r.modality != Modality::kAsserted) continue;
      bool there = std::any_of(r.evidence.begin(), r.evidence.end(),
                               [&](const Evidence& e) { return e.sentence == si - back; });
      if (!there) continue;
      if (author != SIZE_MAX && author != r.subject) return SIZE_MAX;
      author = r.subject;
    }
    if (author != SIZE_MAX) {
      *told = si - back;
      return author;
    }
  }
  return SIZE_MAX;
}

// "Trump called the strikes a success. Iran fired missiles at Al Udeid ...
// Russia and China condemned the strikes": the same definite noun, used
// before the latest attack was told and not in its telling, still names
// the earlier ones. True when one of the three sentences before `told` has
// the noun `noun` (tokens [noun, noun_end)) after a definite determiner and
// `told` has none of it.
bool NounNamesEarlierAttack(const Document& doc, const RuleBook& book, uint32_t told, uint32_t noun,
                            uint32_t noun_end) {
  auto has_noun = [&](uint32_t si, bool definite) {
    const Sentence& s = doc.sentences[si];
    for (uint32_t k = s.first_token; k + (noun_end - noun) <= s.end_token; ++k) {
      bool same = true;
      for (uint32_t j = 0; same && j < noun_end - noun; ++j) same = doc.tokens[k + j].folded == doc.tokens[noun + j].folded;
      if (same && (!definite || (k > s.first_token && book.lexicon.Has("definite_determiners", doc.tokens[k - 1]))))
        return true;
    }
    return false;
  };
  if (has_noun(told, false)) return false;
  for (uint32_t back = 1; back <= 3 && back <= told; ++back)
    if (has_noun(told - back, true)) return true;
  return false;
}

}  // namespace

std::vector<InferredRelation> CriticismOfAttackers(const Document& doc, const RuleBook& book,
                                                   const Resolution& placement) {
  std::vector<InferredRelation> out;
  for (uint32_t si = 1; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const auto& placed = placement.by_sentence[si];
    if (placed.empty()) continue;
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (!book.lexicon.Has("condemning_verbs", doc.tokens[k])) continue;
      uint32_t noun = 0;
      uint32_t after = DefiniteAttackAfter(doc, book, placed, k, s.end_token, &noun);
      if (!after) continue;
      uint32_t first = k;
      size_t critic = CriticBefore(doc, book, placed, k, &first);
      if (critic == SIZE_MAX) continue;
      uint32_t told = 0;
      size_t attacker = LatestAttacker(doc, si, &told);
      if (attacker == SIZE_MAX || NounNamesEarlierAttack(doc, book, told, noun, after)) continue;
      std::vector<size_t> critics = CoordinatedCritics(doc, placed, critic, &first);
      uint32_t from = std::max(ClauseStart(doc, book, s, k), first);
      Modality modality = ModalityOf(doc, book, from, after);
      for (size_t one : critics)
        if (one != attacker) out.push_back({one, attacker, Predicate::kCriticizes, modality, si});
    }
  }
  return out;
}

}  // namespace dossier::extract
