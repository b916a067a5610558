#include "extract/modality.h"

namespace dossier::extract {

uint32_t ClauseStart(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t at) {
  for (uint32_t i = at; i > s.first_token; --i) {
    const Token& t = doc.tokens[i - 1];
    if (t.folded == ";" || t.folded == ":") return i;
    if (!book.lexicon.Has("clause_breaks", t)) continue;
    // "yet another round", "so far": adverbs, unless they open the clause
    // (", yet", "and so", or the sentence's first word).
    if ((t.folded == "yet" || t.folded == "so") && i - 1 > s.first_token) {
      const std::string& before = doc.tokens[i - 2].folded;
      if (before != "," && before != "and" && before != "but" && before != ";") continue;
    }
    return i;
  }
  return s.first_token;
}

bool DeniesVerb(const Token& t) {
  return t.folded == "not" || t.folded == "n't" || t.folded == "never" || t.folded == "cannot";
}

namespace {

// (Nouns in "-ing" such as "funding" count: "opposes funding for Kyiv".)
bool IsGerund(const Token& t) {
  return t.is_word && !t.capitalized && t.folded.size() > 5 && t.folded.ends_with("ing") &&
         !t.folded.ends_with("thing") && t.folded != "during" && t.folded != "notwithstanding";
}

}  // namespace

Modality ModalityOf(const Document& doc, const RuleBook& book, uint32_t first, uint32_t end,
                    std::string_view not_cues, const std::vector<bool>* passed_over, uint32_t base) {
  bool negated = false, proposed = false, hypothetical = false;
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    if (!t.is_word) continue;
    // ("Armenia cannot cut its ties with Russia quickly", "has not suspended
    // cooperation": an ending denied leaves the relation as it was; the
    // two words cancel.)
    if (DeniesVerb(t)) {
      uint32_t j = i + 1;
      while (j < end && j < i + 3 && book.lexicon.Has("verb_adverbs", doc.tokens[j])) ++j;
      if (j < end && (doc.tokens[j].folded == "be" || doc.tokens[j].folded == "been")) ++j;
      if (size_t n = j < end ? book.lexicon.LongestAt("relation_ending_cues", doc.tokens, j, end) : 0) {
        i = j + static_cast<uint32_t>(n) - 1;
        continue;
      }
    }
    if (passed_over && i >= base && i - base < passed_over->size() && (*passed_over)[i - base]) continue;
    // "No Kwang Chol", "Never Again Fund": capitalised inside a sentence, a
    // cue word is part of a name.
    if (t.capitalized && i > 0 && doc.tokens[i - 1].sentence == t.sentence && doc.tokens[i - 1].is_word) continue;
    if (!not_cues.empty() && book.lexicon.Has(not_cues, t)) continue;
    // "Should Trump impose tariffs on Denmark, ...", "Had Kyiv joined NATO,
    // ...", "Were Russia to attack ...": a sentence opened by its auxiliary
    // is a condition, not advice.
    bool opens_sentence = i == 0 || doc.tokens[i - 1].sentence != t.sentence;
    if (opens_sentence && book.lexicon.Has("conditional_inversions", t) && i + 1 < end &&
        doc.tokens[i + 1].folded != "not") {
      hypothetical = true;
      continue;
    }
    // ("confirmed Đuro Macut, an endocrinologist with no political record,
    // as his successor": "with no" describes a noun; it denies no verb.)
    bool describes_noun = t.folded == "no" && i > first && doc.tokens[i - 1].folded == "with";
    if (!describes_noun && book.lexicon.LongestAt("cue_negated", doc.tokens, i, end)) negated = true;
    // "he too opposes sending weapons to Ukraine": what is opposed is
    // denied.
    if (book.lexicon.Has("opposing_gerund_cues", t) && i + 1 < end && IsGerund(doc.tokens[i + 1]))
      negated = true;
    // ("who most independent tallies suggest won the election": what
    // evidence suggests is likely, not proposed.)
    if (book.lexicon.Has("evidential_suggest_verbs", t) && i > first &&
        book.lexicon.Has("evidence_nouns", doc.tokens[i - 1])) {
      hypothetical = true;
      continue;
    }
    if (book.lexicon.LongestAt("cue_proposed", doc.tokens, i, end)) proposed = true;
    if (book.lexicon.LongestAt("cue_hypothetical", doc.tokens, i, end)) hypothetical = true;
  }
  if (negated) return Modality::kNegated;
  if (proposed) return Modality::kProposed;
  if (hypothetical) return Modality::kHypothetical;
  return Modality::kAsserted;
}

}  // namespace dossier::extract
