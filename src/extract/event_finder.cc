#include "extract/event_finder.h"

#include <algorithm>

#include "extract/masked_sentence.h"
#include "extract/modality.h"
#include "extract/verbs.h"
#include "text/fold.h"
#include "text/dates.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

struct Trigger {
  std::string group;  // merge class: "war", "unrest", "call", "sanctions", ...
  EntityType type = EntityType::kEvent;
  size_t length = 0;  // tokens
};

// The lexicon names event lists "event_<group>" and sanction lists
// "sanction_triggers"; the longest phrase at `i` wins.
constexpr const char* kGroups[] = {"war", "unrest", "election", "meeting", "call", "summit",
                                   "talks", "visit", "intervention", "annexation", "coup",
                                   "attack", "referendum", "deal", "exercise", "parade", "inauguration"};

Trigger TriggerAt(const RuleBook& book, const std::vector<Token>& tokens, size_t i, size_t end) {
  static const std::vector<std::string> kLists = [] {
    std::vector<std::string> v;
    for (const char* g : kGroups) v.push_back(std::string("event_") + g);
    return v;
  }();
  Trigger best;
  for (size_t g = 0; g < kLists.size(); ++g) {
    size_t n = book.lexicon.LongestAt(kLists[g], tokens, i, end);
    if (n > best.length) best = {kGroups[g], EntityType::kEvent, n};
  }
  size_t n = book.lexicon.LongestAt("sanction_triggers", tokens, i, end);
  if (n > best.length) {
    // Kinds of instrument stay apart: an embargo, a price cap, export
    // controls; a "sanctions package" or "regime" is sanctions.
    std::string last = tokens[i + n - 1].folded;
    bool plain = last == "sanctions" || last == "package" || last == "regime" || last == "measures" || last == "sanction";
    best = {plain ? "sanctions" : "sanctions:" + last, EntityType::kSanction, n};
  }
  return best;
}

// The lexicon bits of every trigger list, or 0 when one of them has none
// (the lexicon gives bits to its first 128 lists): a token none of them
// starts is no trigger, and TriggerAt's sixteen lookups are skipped.
ListBits TriggerBits(const RuleBook& book) {
  ListBits bits = 0;
  for (const char* g : kGroups) {
    ListBits b = book.lexicon.Bit(std::string("event_") + g);
    if (!b) return 0;
    bits |= b;
  }
  ListBits b = book.lexicon.Bit("sanction_triggers");
  return b ? bits | b : 0;
}

// A place that is no state: a city named as such, a region, an unknown
// place. "Geneva" in "the Geneva talks" says where, "Russia" in "the
// Russia talks" says who.
bool IsPlaceOnly(const RuleBook& book, const Candidate& c) {
  if (c.type != EntityType::kLocation || c.weak || c.kind == AliasKind::kDemonym) return false;
  if (c.city || c.kb < 0) return true;
  const KbEntity& k = book.kb.entities[static_cast<size_t>(c.kb)];
  return k.category != "country" && c.kind != AliasKind::kCapital;
}

bool IsActorCandidate(const Candidate* c) {
  return c && !c->weak && (c->type == EntityType::kLocation || c->type == EntityType::kOrganization ||
               c->type == EntityType::kPerson);
}

// A date expression ending at token `end` (exclusive): "Feb. 16", "March 19",
// "January", "2022". Returns its first token or `end` when none.
uint32_t DateBefore(const Document& doc, const RuleBook& book, uint32_t first, uint32_t end) {
  const auto& t = doc.tokens;
  uint32_t i = end;
  if (i > first && t[i - 1].is_number && t[i - 1].folded.size() <= 2 && i - 1 > first &&
      text::MonthNumber(t[i - 2].folded) && t[i - 2].capitalized)
    return i - 2;
  if (i > first && text::MonthNumber(t[i - 1].folded) && t[i - 1].capitalized &&
      book.lexicon.Has("calendar_words", t[i - 1]))
    return i - 1;
  // "the January 2022 unrest": a month before the year belongs to it.
  if (i > first && t[i - 1].is_number && t[i - 1].folded.size() == 4)
    return i - 1 > first && text::MonthNumber(t[i - 2].folded) && t[i - 2].capitalized ? i - 2 : i - 1;
  return end;
}


// Words that may stand in front of a trigger noun as part of its name:
// listed adjectives, dates and numbers, hyphenated compounds ("short-lived")
// and words with adjective endings. Verbs ("demand sanctions") stop it.
bool LooksLikeModifier(const RuleBook& book, const Token& t) {
  if (t.is_number || text::MonthNumber(t.folded)) return true;
  if (book.lexicon.Has("event_anchor_modifiers", t) ||
      book.lexicon.Has("sanction_modifiers", t) || book.lexicon.Has("event_adjectives", t))
    return true;
  const std::string& w = t.folded;
  if (w.find(' ') != std::string::npos) return true;  // hyphenated: folded with a space
  for (std::string_view suffix : {"al", "ic", "ive", "ary", "ian", "ous", "ical", "ist", "ese", "ern"})
    if (w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  return false;
}

// Whether an actor launches, holds or wages what starts at `left`: "China
// launched large-scale drills", "Iran has staged a new exercise".
bool LaunchedByActor(const Document& doc, const RuleBook& book, const Sentence& s,
                     const std::vector<Candidate>& cands, uint32_t left) {
  const auto& t = doc.tokens;
  uint32_t i = left;
  auto skip_determiners = [&] {
    while (i > s.first_token && book.lexicon.Has("launched_event_determiners", t[i - 1])) --i;
  };
  skip_determiners();
  // "initialled the text of a peace treaty": the text or draft of a deal
  // is the deal.
  if (i >= s.first_token + 2 && t[i - 1].folded == "of" && book.lexicon.Has("deal_text_nouns", t[i - 2])) {
    i -= 2;
    skip_determiners();
  }
  uint32_t verb = i;
  for (uint32_t n = 2; n >= 1 && verb == i; --n)
    if (i >= s.first_token + n && book.lexicon.LongestAt("event_launch_verbs", t, i - n, i) == n) verb = i - n;
  if (verb == i) return false;
  // ("Qatar has also helped broker the ceasefire": auxiliaries, adverbs
  // and "helped" may stand between.)
  while (verb > s.first_token && book.lexicon.Has("launch_verb_preludes", t[verb - 1])) --verb;
  if (verb > s.first_token && IsActorCandidate(CandidateCovering(cands, verb - 1))) return true;
  // "Pashinyan, who froze ... in 2024, initialled a peace agreement": the
  // actor before a relative clause set off by commas.
  if (verb > s.first_token + 2 && t[verb - 1].folded == ",") {
    for (uint32_t k = verb - 2; k > s.first_token + 1; --k) {
      if (t[k].folded != ",") continue;
      if ((t[k + 1].folded == "who" || t[k + 1].folded == "which") && IsActorCandidate(CandidateCovering(cands, k - 1)))
        return true;
      break;
    }
  }
  // "Pashinyan and Aliyev shook hands at the White House and initialled a
  // peace agreement": a second verb of the actor that opens the sentence
  // (after a short adverbial at most), with no clause of its own between.
  if (verb > s.first_token + 2 && t[verb - 1].folded == "and") {
    uint32_t opening = s.first_token;
    for (uint32_t k = s.first_token; k < s.end_token && k < s.first_token + 6; ++k)
      if (t[k].folded == ",") {
        opening = k + 1;
        break;
      }
    if (opening < s.end_token && t[opening].folded == "the") ++opening;
    const Candidate* subject = CandidateCovering(cands, opening);
    bool clause_between = false;
    for (uint32_t k = opening; k + 1 < verb && subject; ++k)
      clause_between = clause_between || t[k].folded == ";" || t[k].folded == "that" || t[k].folded == "which" ||
                       t[k].folded == "who" || (t[k].folded == "," && k > subject->end);
    if (subject && subject->first == opening && IsActorCandidate(subject) && !clause_between) return true;
  }
  // "Egypt and Qatar, which brokered the ceasefire": the actor before a
  // relative pronoun right before the verb.
  if (verb >= s.first_token + 3 && (t[verb - 1].folded == "which" || t[verb - 1].folded == "who") &&
      t[verb - 2].folded == "," && IsActorCandidate(CandidateCovering(cands, verb - 3)))
    return true;
  // "The two leaders initialled a peace agreement": a pair named before.
  PairKind pair = PairKind::kStates;
  for (uint32_t k = verb > s.first_token + 3 ? verb - 3 : s.first_token; k < verb; ++k)
    if (PairPhraseAt(doc, book, s, k, &pair) == verb - k) return true;
  // "the three leaders signed a tripartite pact", "all four governments":
  // a group of leaders or states counted before the verb.
  if (verb >= s.first_token + 3 && (t[verb - 3].folded == "the" || t[verb - 3].folded == "all") &&
      book.lexicon.Has("group_count_words", t[verb - 2]) &&
      (book.lexicon.Has("pair_person_nouns", t[verb - 1]) || book.lexicon.Has("pair_state_nouns", t[verb - 1])))
    return true;
  return false;
}

// "The agreement that Congo and Rwanda signed": parties named in a
// relative clause right after the trigger (ending at `end`), before a verb
// that makes or signs it.
bool PartiesActInRelativeClause(const Document& doc, const RuleBook& book, const Sentence& s,
                                const std::vector<Candidate>& cands, uint32_t end) {
  const auto& t = doc.tokens;
  uint32_t k = end;
  if (k >= s.end_token || (t[k].folded != "that" && t[k].folded != "which")) return false;
  ++k;
  bool any = false;
  while (k < s.end_token) {
    if (t[k].folded == "the") {
      ++k;
      continue;
    }
    const Candidate* c = CandidateCovering(cands, k);
    if (!IsActorCandidate(c) || c->first != k) break;
    any = true;
    k = c->end;
    if (k + 1 < s.end_token && (t[k].folded == "and" || t[k].folded == ",")) {
      ++k;
      continue;
    }
    break;
  }
  if (!any) return false;
  while (k < s.end_token && (t[k].folded == "has" || t[k].folded == "have" || t[k].folded == "had" ||
                             t[k].folded == "both" || t[k].folded == "all" || t[k].folded == "also"))
    ++k;
  // ("a summit that the United States refused to attend": so is one they
  // stayed away from.)
  k += static_cast<uint32_t>(book.lexicon.LongestAt("relative_refusal_words", t, k, s.end_token));
  return k < s.end_token && book.lexicon.LongestAt("event_launch_verbs", t, k, s.end_token) > 0;
}

// Where the clause that a date opening it would date starts, for the
// trigger at `at`: ClauseStart, or later after a participle after a comma.
// "In October 2025 a court dismissed the case, ruling that Finland lacked
// jurisdiction over events outside its waters": the date is the ruling's,
// not the events'. (Not after "that": "the panel that monitored the
// embargo" is still the clause's; nor after ", and": "In August ..., and
// he cancelled the trip" dates the trip.)
uint32_t DatedClauseStart(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t at) {
  const auto& t = doc.tokens;
  uint32_t from = ClauseStart(doc, book, s, at);
  for (uint32_t k = at; k > from + 1; --k) {
    const Token& w = t[k - 1];
    const Token& before = t[k - 2];
    // (", ruling that": a word that is also a noun is a verb before "that".)
    bool participle = before.folded == "," && w.is_word && !w.capitalized && w.folded.size() > 4 &&
                      w.folded.ends_with("ing") &&
                      (!book.lexicon.Has("ing_non_verbs", w) || (k < at && t[k].folded == "that"));
    if (participle) return k;
  }
  return from;
}

bool ClauseSoundsUnreal(const Document& doc, const RuleBook& book, uint32_t first, uint32_t at) {
  uint32_t from = at > first + 6 ? at - 6 : first;
  bool unreal = false;
  for (uint32_t i = from; i < at; ++i) {
    const Token& t = doc.tokens[i];
    if (!t.is_word) continue;
    if (book.lexicon.Has("cue_proposed", t) || book.lexicon.Has("cue_hypothetical", t) ||
        book.lexicon.Has("cue_negated", t))
      unreal = true;
    // "would lift its sanctions": what may be lifted exists.
    else if (book.lexicon.Has("sanction_existing_verbs", t))
      unreal = false;
  }
  return unreal;
}

// A one-word trigger right after a name that reads as its verb: before a
// determiner ("If Russia attacks any ally", "Trump visits the region"), or,
// for "call", before a word that is neither a preposition nor a verb ("what
// officials in Astana call multi-vector diplomacy"; "the Xi-Biden call
// lasted" is a call).
bool TriggerReadsAsVerb(const Document& doc, const RuleBook& book, const std::vector<Candidate>& cands,
                        const Sentence& s, uint32_t i, uint32_t end, const Trigger& trig) {
  const auto& t = doc.tokens;
  // ", killing dozens of Russian fighters": a participle after a comma with
  // an object (a number, a quantity or a determiner) is the verb.
  if (trig.length == 1 && i > s.first_token && t[i - 1].folded == "," && end < s.end_token &&
      t[i].folded.size() > 4 && t[i].folded.ends_with("ing") &&
      (t[end].is_number || book.lexicon.Has("verb_object_determiners", t[end]) ||
       book.lexicon.Has("quantity_words", t[end])))
    return true;
  if (trig.length != 1 || i == s.first_token || !t[i - 1].is_word || !t[i - 1].capitalized ||
      !CandidateCovering(cands, i - 1) || end >= s.end_token)
    return false;
  // ("the Balikatan exercises this year": after a name no actor's, a
  // determiner before a unit of time, lexicon time_unit_nouns, opens when,
  // no object; "If Russia attacks this year" is the verb.)
  if (book.lexicon.Has("verb_object_determiners", t[end]))
    return end + 1 >= s.end_token || !book.lexicon.Has("time_unit_nouns", t[end + 1]) ||
           IsActorCandidate(CandidateCovering(cands, i - 1));
  // ("Rwanda exercises command and control over the group": a noun the
  // verb takes, lexicon exercised_object_nouns.)
  if (trig.group == "exercise" && book.lexicon.Has("exercised_object_nouns", t[end])) return true;
  // "If Iran attacks Israel": a name on each side.
  if (t[end].is_word && t[end].capitalized && IsActorCandidate(CandidateCovering(cands, end))) return true;
  return trig.group == "call" && t[end].is_word && !t[end].capitalized &&
         !book.lexicon.Has("event_target_prepositions", t[end]) && !LooksLikeVerb(book, t[end]) &&
         t[end].folded != "between" && t[end].folded != "for" && t[end].folded != "from";
}

}  // namespace

// Meetings, calls, visits and elections with different dates are different
// events; wars and sanctions are not told apart by date.
bool IsDatedKind(const std::string& group) {
  std::string kind = group.substr(0, group.find('|'));
  return kind == "call" || kind == "meeting" || kind == "summit" || kind == "visit" || kind == "talks" ||
         kind == "election";
}

void FindEvents(const Document& doc, const Sentence& s, const RuleBook& book, EventState& state,
                std::vector<Candidate>& cands) {
  const auto& t = doc.tokens;
  std::vector<Candidate> found;
  std::vector<std::pair<uint32_t, uint32_t>> absorbed;  // mentions that became part of an event's name
  const ListBits trigger_bits = TriggerBits(book);
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    // A weak guess at a sentence's first word ("Protests erupted ...")
    // gives way to a trigger; capitalised elsewhere, a word may be a title
    // ("the report Bypassing the Blockade").
    const Candidate* here = CandidateCovering(cands, i);
    if (!t[i].is_word || (here && !(here->weak && here->first == s.first_token))) continue;
    if (trigger_bits && !(t[i].list_starts & trigger_bits)) continue;  // starts no trigger phrase
    Trigger trig = TriggerAt(book, t, i, s.end_token);
    if (!trig.length) continue;
    uint32_t end = i + static_cast<uint32_t>(trig.length);
    // "New Delhi may strike harder": after a modal the trigger is a verb.
    if (i > s.first_token && book.lexicon.Has("event_verb_markers", t[i - 1])) {
      i = end - 1;
      continue;
    }
    if (end < s.end_token && t[end].is_word && !t[end].capitalized &&
        book.lexicon.Has("event_blockers_after", t[end])) {
      i = end - 1;  // "war games", "talks about": not the event itself
      continue;
    }
    // ("urged Hungarians to vote against Kyiv's accession": after "to",
    // "vote" is a verb.)
    if (trig.group == "election" && t[i].folded == "vote" && i > s.first_token && t[i - 1].folded == "to") {
      i = end - 1;
      continue;
    }
    // "called on citizens to boycott the poll" is the election; "a poll by
    // the Levada Center", "the latest poll shows" are surveys.
    if (trig.group == "election" && t[end - 1].folded == "poll" &&
        ((i > s.first_token && book.lexicon.Has("opinion_poll_before", t[i - 1])) ||
         (end < s.end_token && book.lexicon.Has("opinion_poll_after", t[end])))) {
      i = end - 1;
      continue;
    }
    // "lost a confidence vote in the National Assembly", "a vote of no
    // confidence": a vote of parliament on a government, no election.
    if (trig.group == "election" && t[end - 1].folded == "vote" &&
        ((i > s.first_token && book.lexicon.Has("non_election_vote_modifiers", t[i - 1])) ||
         (end + 1 < s.end_token && t[end].folded == "of" && book.lexicon.Has("non_election_vote_modifiers", t[end + 1])) ||
         (end + 2 < s.end_token && t[end].folded == "of" && t[end + 1].folded == "no" &&
          book.lexicon.Has("non_election_vote_modifiers", t[end + 2])))) {
      i = end - 1;
      continue;
    }
    // "upgrade its technical mission in Kabul to an embassy": a diplomatic
    // post, not an intervention.
    if (trig.group == "intervention" && t[end - 1].folded == "mission" && i > s.first_token &&
        book.lexicon.Has("diplomatic_mission_modifiers", t[i - 1])) {
      i = end - 1;
      continue;
    }
    // "Japan lodged a formal protest with China": a note between
    // governments, not unrest in the streets.
    if (trig.group == "unrest") {
      bool lodged = false;
      for (uint32_t k = i; k-- > s.first_token && k + 4 > i && !lodged;)
        lodged = book.lexicon.Has("protest_lodging_verbs", t[k]);
      if (lodged) {
        i = end - 1;
        continue;
      }
    }
    if (TriggerReadsAsVerb(doc, book, cands, s, i, end, trig)) {
      i = end - 1;
      continue;
    }
    // Modifiers to the left: adjectives and dates, stopping at an entity,
    // a possessive or a determiner.
    uint32_t left = i;
    bool named = false;
    while (left > s.first_token && left + 4 > i) {  // i - 4 would wrap near the start
      const Token& p = t[left - 1];
      const Candidate* there = CandidateCovering(cands, left - 1);
      if (!p.is_word || (there && !there->weak)) break;  // a weak guess may be the event's own name
      if (book.lexicon.Has("event_modifier_stops", p)) break;
      if (p.capitalized && !text::MonthNumber(p.folded)) {
        // A proper name of its own ("the Joint Sword-2024A exercises"),
        // not a known entity and not the sentence's first word.
        if (left - 1 == s.first_token) break;
        named = true;
        --left;
        continue;
      }
      if (!LooksLikeModifier(book, p)) break;
      --left;
    }
    // "the presidential and legislative elections": an adjective joined by
    // "and" to the trigger's own modifier names the same event.
    if (left >= s.first_token + 2 && t[left - 1].folded == "and" && t[left - 2].is_word && !t[left - 2].capitalized &&
        !CandidateCovering(cands, left - 2) && LooksLikeModifier(book, t[left - 2])) {
      const std::string& w = t[left - 2].folded;
      if (w.ends_with("al") || w.ends_with("ary") || w.ends_with("ic") || w.ends_with("ive")) left -= 2;
    }
    // "and in July clashes in Sweida drew ...": a month after a preposition
    // says when; it is no part of the name ("the July 2024 election" is).
    if (left < i && left > s.first_token && text::MonthNumber(t[left].folded) && !t[left + 1].is_number &&
        book.lexicon.Has("month_prepositions", t[left - 1]))
      ++left;
    // "Brussels proposed sanctions on X": a participle-like modifier right
    // after a name is the name's verb, no part of the trigger's name.
    if (left < i && left > s.first_token && t[left].folded.ends_with("ed") && LooksLikeVerb(book, t[left]) &&
        IsActorCandidate(CandidateCovering(cands, left - 1)))
      ++left;
    // "Baltic Sentry, a mission that ...", "Operation Rough Rider, a
    // sustained air campaign", "the Abraham Accords, the normalisation
    // agreements that ...": the apposition tells what the named event or
    // accord is; it is no second event.
    auto is_article = [&](uint32_t k) { return t[k].folded == "a" || t[k].folded == "an" || t[k].folded == "the"; };
    uint32_t article = left;
    while (article > s.first_token + 3 && article + 3 > left && t[article - 1].is_word &&
           !t[article - 1].capitalized && !is_article(article - 1))
      --article;
    if (article >= s.first_token + 3 && is_article(article - 1) && t[article - 2].folded == ",") {
      const Candidate* named = CandidateCovering(cands, article - 3);
      bool named_event = named && named->end == article - 2 &&
                         (named->type == EntityType::kEvent ||
                          (named->type != EntityType::kPerson && TriggerAt(book, t, named->end - 1, named->end).length));
      if (named_event) {
        i = end - 1;
        continue;
      }
    }
    // "any attack on Russian ships would be treated as piracy": a
    // quantified trigger is a kind of event, not one that happened.
    if (trig.type == EntityType::kEvent && left > s.first_token &&
        book.lexicon.Has("event_generic_quantifiers", t[left - 1])) {
      i = end - 1;
      continue;
    }
    uint32_t date_first = DateBefore(doc, book, left, i);
    std::string date_text = date_first < i ? text::TokensText(doc, date_first, i) : "";
    // Anchors.
    const Candidate* actor = nullptr;
    bool possessive = false;
    if (left > s.first_token) {
      uint32_t p = left - 1;
      if (t[p].folded == "'s" && p > s.first_token) {
        actor = CandidateCovering(cands, p - 1);
        possessive = IsActorCandidate(actor);
      } else if (IsActorCandidate(CandidateCovering(cands, p))) {
        actor = CandidateCovering(cands, p);
      }
    }
    if (actor && !IsActorCandidate(actor)) actor = nullptr;
    // "the USMCA trade agreement": a known accord's name before what the
    // text calls it (its "called" nouns) is that accord, no new event.
    if (actor && !possessive && actor->end == left && actor->kb >= 0) {
      const auto& called = book.kb.entities[static_cast<size_t>(actor->kb)].called;
      std::string trigger = text::FoldedWords(t, left, end);
      if (std::find(called.begin(), called.end(), trigger) != called.end()) {
        i = end - 1;
        continue;
      }
    }
    // "the European Union lifted its economic sanctions": a sanction's
    // "its" or "their" is that of the state or body named last before it
    // in the clause, its subject most often.
    // ("its fourteenth package of sanctions": the sanctions after it are
    // the mention, and take the owner there.)
    bool of_after = end < s.end_token && t[end].folded == "of";
    uint32_t owner_word = left > s.first_token && t[left - 1].folded == "own" ? left - 1 : left;  // "its own"
    if (!actor && trig.type == EntityType::kSanction && owner_word > s.first_token && !of_after &&
        (t[owner_word - 1].folded == "its" || t[owner_word - 1].folded == "their")) {
      for (uint32_t k = ClauseStart(doc, book, s, owner_word - 1); k + 1 < owner_word; ++k) {
        const Candidate* c = CandidateCovering(cands, k);
        // ("The EU added the Eagle S to its sanctions list": what a verb of
        // listing puts on the list owns no sanctions.)
        uint32_t verb = k > s.first_token && t[k - 1].folded == "the" ? k - 1 : k;
        bool listed = verb > s.first_token && book.lexicon.Has("listing_verbs", t[verb - 1]);
        // ("the United States had exempted Hungary from its sanctions": nor
        // does the object of a verb, where a subject stands before it.)
        bool verbs_object = actor && verb > s.first_token && LooksLikeVerb(book, t[verb - 1]);
        if (c && c->first == k && IsActorCandidate(c) && c->kind != AliasKind::kDemonym &&
            c->type != EntityType::kPerson && !listed && !verbs_object)
          actor = c, possessive = true;
      }
    }
    const Candidate* target = nullptr;
    if (end + 1 < s.end_token && book.lexicon.Has("event_target_prepositions", t[end])) {
      uint32_t k = end + 1;
      if (k < s.end_token && t[k].folded == "the") ++k;
      // "the election of President Hassan Rouhani": titles before a name.
      for (size_t n; k < s.end_token && (n = book.lexicon.LongestAt("person_titles", t, k, s.end_token)) > 0;)
        k += static_cast<uint32_t>(n);
      if (IsActorCandidate(CandidateCovering(cands, k))) target = CandidateCovering(cands, k);
      // "lost the 2021 runoff to Gabriel Boric": who an election went to
      // won it; the name is no part of the election's.
      if (trig.group == "election" && t[end].folded == "to") target = nullptr;
      // "the embargo on U.S. trade": a name that modifies what follows is
      // no target.
      if (target && target->end < s.end_token && book.lexicon.Has("target_modified_nouns", t[target->end]))
        target = nullptr;
      // "the vote in Argentina's midterm elections": a name that owns the
      // event after it is that event's, not this one's target.
      if (target && target->end + 1 < s.end_token && t[target->end].folded == "'s" &&
          TriggerAt(book, t, target->end + 1 + (book.lexicon.Has("event_anchor_modifiers", t[target->end + 1]) ? 1 : 0),
                    s.end_token).length)
        target = nullptr;
      // "negotiated the ceasefire on Hezbollah's behalf": for whom, not on whom.
      if (target && target->end + 1 < s.end_token && t[target->end].folded == "'s" &&
          t[target->end + 1].folded == "behalf")
        target = nullptr;
      // "sanctions on Hungary's Paks II project", "on Iran's Central Bank":
      // the body or person owned is the target, not its owner.
      if (target && target->end + 1 < s.end_token && t[target->end].folded == "'s") {
        const Candidate* owned = CandidateCovering(cands, target->end + 1);
        if (owned && !owned->weak &&
            (owned->type == EntityType::kOrganization || owned->type == EntityType::kPerson))
          target = owned;
        // ("the first major sanctions of Donald Trump's second term": after
        // "of", a name that owns a thing only dates or frames the sanctions.)
        else if (t[end].folded == "of")
          target = nullptr;
      }
    }
    std::string date_after = text::DatePhraseAfter(doc, end, s.end_token);
    // "the elections held on November 23": so does one after "held".
    uint32_t date_preposition = end;
    if (date_after.empty() && end + 1 < s.end_token && t[end].folded == "held") {
      date_after = text::DatePhraseAfter(doc, end + 1, s.end_token);
      if (!date_after.empty()) date_preposition = end + 1;
    }
    // ("an early election for the entity's presidency was held in November":
    // or after "was held" further on in its clause, which outweighs a date
    // opening the sentence and, as a predicate, is no part of the name.)
    std::string held_date;
    for (uint32_t k = end + 1; date_after.empty() && held_date.empty() && k + 1 < s.end_token && k < end + 10; ++k) {
      if (t[k].folded == "," || t[k].folded == ";" || t[k].folded == "and") break;
      if (t[k].folded == "held" && (t[k - 1].folded == "was" || t[k - 1].folded == "were"))
        held_date = text::DatePhraseAfter(doc, k + 1, s.end_token);
    }
    // "In September 2022 the dispute turned into the deadliest fighting":
    // a date opening the clause dates what it tells of.
    // "Protests erupted in Tbilisi": where it happened makes it specific.
    const Candidate* place = nullptr;
    if (!target) {
      uint32_t k = end;
      // ("the ceasefire that took effect in Gaza": through a relative pronoun.)
      if (k + 1 < s.end_token && (t[k].folded == "that" || t[k].folded == "which")) ++k;
      size_t n = k < s.end_token ? book.lexicon.LongestAt("event_happening_verbs", t, k, s.end_token) : 0;
      k += static_cast<uint32_t>(n);
      if (n && k + 1 < s.end_token && (t[k].folded == "in" || t[k].folded == "across" || t[k].folded == "throughout")) {
        uint32_t at = k + 1 < s.end_token && t[k + 1].folded == "the" ? k + 2 : k + 1;
        const Candidate* c = CandidateCovering(cands, at);
        if (c && c->first == at && c->type == EntityType::kLocation && !c->weak) place = c;
      }
    }
    // "the Geneva talks", "talks in Jeddah", "the attack in Banjska": a
    // city or region before the trigger or after "in" says where it
    // happened, not who took part; it tells two talks apart.
    bool dash_joined = actor && actor->first >= s.first_token + 2 && text::IsJoiningDash(t, actor->first - 1);
    // "the Minsk agreements", "the Doha accord": a city or place before a
    // treaty is where it was signed, and part of its name. (Not before a
    // deal or a ceasefire: "the Gaza ceasefire" holds in Gaza; but "the
    // Pretoria deal", a capital's, is named as the agreement is.)
    if (trig.group == "deal" && book.lexicon.Has("deal_title_heads", t[end - 1]) &&
        (t[end - 1].folded != "deal" || (actor && actor->kind == AliasKind::kCapital)) &&
        actor && !possessive && !dash_joined &&
        (IsPlaceOnly(book, *actor) || actor->kind == AliasKind::kCapital)) {
      absorbed.emplace_back(actor->first, actor->end);
      left = actor->first;
      named = true;
      actor = nullptr;
    }
    bool place_before = !place && actor && !possessive && !dash_joined && IsPlaceOnly(book, *actor);
    if (place_before) place = actor, actor = nullptr;
    // "the Pretoria agreement", "the Doha accord": a city before a deal
    // names it, as the Minsk agreements are named.
    if (place_before && trig.group == "deal" && place->kb >= 0 &&
        book.kb.entities[static_cast<size_t>(place->kb)].category == "city")
      named = true;
    // ("The attack near Pahalgam": or after "near", which the name keeps.)
    bool near = !place && target && t[end].folded == "near";
    if (!place && target && (t[end].folded == "in" || near) && IsPlaceOnly(book, *target))
      place = target, target = nullptr;
    else
      near = false;
    std::string clause_date;
    if (date_text.empty() && date_after.empty()) {
      uint32_t from = DatedClauseStart(doc, book, s, left);
      // ("After the coup of February 2021, the military is holding an
      // election": only a date that opens the clause, after no word of a
      // phrase of its own.)
      for (uint32_t k = from; k < left && k < from + 3 && clause_date.empty(); ++k) {
        clause_date = text::DatePhraseAfter(doc, k, left);
        const std::string& w = t[k].folded;
        if (clause_date.empty() && t[k].is_word && w != "and" && w != "but" && w != "then" && w != "later" &&
            w != "so" && w != "yet" && w != "also")
          break;
      }
    }
    bool modifier_anchor = false;
    for (uint32_t k = left; k < i; ++k)
      if (book.lexicon.Contains(trig.type == EntityType::kSanction ? "sanction_modifiers" : "event_anchor_modifiers",
                                t[k].folded))
        modifier_anchor = true;
    std::string group = trig.group;
    // "the embargo imposed by the United States": its author anchors it.
    // ("The ceasefire that took effect in Gaza was brokered by Egypt": or
    // further on in its clause, after a form of "be".)
    bool authored = end + 2 < s.end_token && t[end + 1].folded == "by" &&
                    book.lexicon.Has("authorship_participles", t[end]);
    for (uint32_t k = end + 1; !authored && k + 1 < s.end_token && k < end + 12; ++k) {
      if (t[k].folded == "," || t[k].folded == ";") break;
      const std::string& be = t[k - 1].folded;
      authored = t[k + 1].folded == "by" && book.lexicon.Has("authorship_participles", t[k]) &&
                 (be == "was" || be == "were" || be == "is" || be == "are" || be == "been");
    }
    // "its fourteenth package": a numbered package is one of a known series.
    // ("its fourteenth package of sanctions against Russia": the sanctions
    // after it are the mention.)
    bool numbered_package = trig.type == EntityType::kSanction && trig.length >= 2 && t[end - 1].folded == "package" &&
                            t[i].folded != "sanctions" && !(end < s.end_token && t[end].folded == "of");
    bool anchored = actor || target || place || !date_text.empty() || !date_after.empty() || !held_date.empty() ||
                    !clause_date.empty() || modifier_anchor || named || authored || numbered_package;
    // "China launched large-scale military drills": an actor that launches,
    // holds or wages it makes it specific.
    bool launched = LaunchedByActor(doc, book, s, cands, left) || PartiesActInRelativeClause(doc, book, s, cands, end);
    anchored = anchored || launched;
    // Agreements are events only with a date or a party in front of them
    // ("the 2015 nuclear deal", "the Iran deal").
    // "the ceasefire between Israel and Hamas": so do the parties after it.
    if (group == "deal" || group == "exercise")
      anchored = actor || named || launched || authored || !date_text.empty() || !date_after.empty() ||
                 (group == "deal" && target && t[end].folded == "between");
    bool definite = left > s.first_token && (t[left - 1].folded == "the" || t[left - 1].folded == "this");
    // ("the final accords" after "a declaration of principles": a sequel
    // is another one, as "a" or "another" would say.)
    bool indefinite = (left > s.first_token && (t[left - 1].folded == "a" || t[left - 1].folded == "an" ||
                                                t[left - 1].folded == "another")) ||
                      book.lexicon.Has("event_sequel_modifiers", t[left]);
    // ("offered to host trilateral talks" after a second round in Istanbul:
    // a format named without "the" is another meeting.)
    for (uint32_t k = left; k < i && !definite; ++k)
      indefinite = indefinite || book.lexicon.Has("event_format_modifiers", t[k]);
    // ("its first summit with the five states in Samarkand" after "a
    // Russia–Central Asia summit": an ordinal after an owner names one of
    // the owner's series, not the one told of before; "the first defence
    // treaty it has signed" is that one.)
    bool owned = left > s.first_token && book.lexicon.Has("possessive_determiners", t[left - 1]);
    for (uint32_t k = left; k < i && owned; ++k) indefinite = indefinite || book.lexicon.Has("event_series_ordinals", t[k]);
    // ("Putin signed agreements on energy and education with Japarov",
    // after a border treaty: deals in the plural with no determiner are new
    // ones, not the treaty told of before.)
    bool determined = left > s.first_token && (book.lexicon.Has("possessive_determiners", t[left - 1]) ||
                                               book.lexicon.Has("launched_event_determiners", t[left - 1]) ||
                                               t[left - 1].folded == "these" || t[left - 1].folded == "those" ||
                                               t[left - 1].folded == "both" || t[left - 1].folded == "this");
    if (group == "deal" && !named && !determined && t[end - 1].folded.size() > 4 && t[end - 1].folded.ends_with("s") &&
        !t[end - 1].capitalized)
      indefinite = true;
    if (!anchored && !(definite && state.anchored_groups.count(group))) {
      i = end - 1;
      continue;
    }
    if (trig.type == EntityType::kSanction && ClauseSoundsUnreal(doc, book, s.first_token, left)) {
      i = end - 1;
      continue;
    }
    // (An event of an earlier year, named by its year, anchors no bare
    // mention after it: "the 2015 nuclear deal" ... "the agreement".)
    bool earlier_named_year = false;
    if (!IsDatedKind(trig.group) && doc.date.size() >= 4 && (!date_text.empty() || !date_after.empty()))
      earlier_named_year =
          text::ResolveDate(!date_text.empty() ? date_text : date_after, doc.date).substr(0, 4) < doc.date.substr(0, 4);
    if (anchored && !earlier_named_year) state.anchored_groups.insert(group);
    // Keep apart what differs by actor or target: "US sanctions" and "UN
    // sanctions", "Russia's war" and "Israel's war". A bare definite
    // mention ("the war") is the latest anchored one of its kind.
    std::string kind = group;
    // "the ceasefire" after "the Indus Waters Treaty": a truce is a deal of
    // its own sort, which no other deal stands for (though "the agreement"
    // after a truce may be that truce).
    bool truce = group == "deal" && book.lexicon.Has("truce_nouns", t[end - 1]);
    if (truce) kind = group = "deal|truce";
    // ("the mutual defence agreement" after "the ceasefire": a deal that
    // says what it is about is no truce named before.)
    // ("A ceasefire brokered by the United States ... if the March deal
    // fails": nor is a deal its name dates.)
    if (!truce && group == "deal" && state.latest.count("deal") && state.latest["deal"].rfind("deal|truce", 0) == 0 &&
        !date_text.empty())
      indefinite = true;
    if (!truce && group == "deal" && state.latest.count("deal") && state.latest["deal"].rfind("deal|truce", 0) == 0)
      for (uint32_t k = left; k + 1 < end && !indefinite; ++k)
        indefinite = t[k].is_word && !t[k].capitalized && !book.lexicon.Has("event_generic_quantifiers", t[k]) &&
                     t[k].folded != "the" && t[k].folded != "a" && t[k].folded != "an" && t[k].folded != "this" &&
                     t[k].folded != "that" && t[k].folded != "new";
    auto key_of = [&](const Candidate* c) {
      return c->kb >= 0 ? book.kb.entities[static_cast<size_t>(c->kb)].id : text::TokensText(doc, c->first, c->end);
    };
    bool has_target = target && target->kind != AliasKind::kDemonym;
    // "the Xi-Putin summit", "the Iran–Iraq war": two actors joined by a
    // hyphen or dash name an event of their own.
    const Candidate* joined = nullptr;
    if (actor && !possessive && actor->first >= s.first_token + 2 && text::IsJoiningDash(t, actor->first - 1) &&
        IsActorCandidate(CandidateCovering(cands, actor->first - 2)))
      joined = CandidateCovering(cands, actor->first - 2);
    // "the 2020 ceasefire", "the 2008 war" in a 2025 article: an event of
    // an earlier year, named by its year, is neither the article's current
    // one nor what later bare mentions ("the agreement") refer to.
    // ("the 2015 nuclear deal": a year among the modifiers names it too.)
    std::string year_text = !date_text.empty() ? date_text : date_after;
    for (uint32_t k = left; k < i && year_text.empty(); ++k)
      if (t[k].is_number && t[k].folded.size() == 4 && (t[k].folded[0] == '1' || t[k].folded[0] == '2'))
        year_text = t[k].folded;
    std::string named_year;
    // ("will hold a general election on 28 December ... won the 2020
    // election ... endorsed the vote": a dated kind named by an earlier
    // year, after one of its kind, is another; the bare mention after it
    // is still the latest one.)
    bool dated_earlier = IsDatedKind(kind) && state.latest.count(kind) && year_text.size() == 4;
    if ((!IsDatedKind(kind) || dated_earlier) && doc.date.size() >= 4 && !year_text.empty())
      named_year = text::ResolveDate(year_text, doc.date).substr(0, 4);
    bool earlier_year = named_year.size() == 4 && named_year < doc.date.substr(0, 4);
    // In an undated article, "a general election on December 28 ... won
    // the 2020 election": a day named without a year is the article's own
    // time, so a year written for one of its kind is another.
    if (dated_earlier && doc.date.empty() && state.day_without_year.count(state.latest[kind]) && !actor &&
        !has_target) {
      named_year = text::ResolveDate(year_text, "").substr(0, 4);
      earlier_year = named_year.size() == 4;
    }
    // ("a general election on 28 December 2025 ... won the 2020 election
    // ... called the vote a sham": so is a year told apart from the one the
    // latest of its kind was dated by.)
    if (IsDatedKind(kind) && year_text.size() == 4 && doc.date.empty() && !earlier_year && !actor && !has_target) {
      // (The one it would join: the latest of its kind, else the bare kind.)
      auto known = state.year_of.find(state.latest.count(kind) ? state.latest[kind] : group);
      std::string written = text::ResolveDate(year_text, "").substr(0, 4);
      if (known != state.year_of.end() && written.size() == 4 && known->second.size() == 4 &&
          written < known->second) {
        named_year = written;
        earlier_year = true;
      }
    }
    // With no article date, "the 2015 nuclear agreement" after a ceasefire
    // named without a year is another deal all the same: a year told
    // apart from the latest of its kind's (or from none) names its own.
    std::string written_year;
    if (doc.date.empty() && !IsDatedKind(kind) && !year_text.empty())
      written_year = text::ResolveDate(year_text, "").substr(0, 4);
    if (written_year.size() == 4 && !actor && !has_target) {
      // (The one it would join: the latest of its kind, else the bare kind.)
      const std::string& joined_group = state.latest.count(kind) ? state.latest[kind] : group;
      auto known = state.year_of.find(joined_group);
      if (state.latest.count(kind) || known != state.year_of.end()) {
        earlier_year = known == state.year_of.end() || known->second != written_year;
        if (earlier_year) named_year = written_year;
      }
    }
    // (With the name of an actor right before, not by a possessive: "the
    // Pretoria deal".)
    auto capitalized_words = [&] {
      std::string name;
      uint32_t from = actor && !possessive && actor->end == left ? actor->first : left;
      for (uint32_t k = from; k < i; ++k)
        if (t[k].capitalized) name += (name.empty() ? "" : " ") + t[k].folded;
      return name;
    };
    if (numbered_package && !has_target) {
      // ("working on a twentieth package" after the nineteenth: each number
      // is a package of its own.)
      group = kind + "|package:" + t[end - 2].folded;
      state.latest[kind] = group;
    } else if (earlier_year && !actor && !has_target) {
      group = kind + "|year:" + named_year;
      state.earlier_here[kind] = {group, t[i].sentence};
    } else if (auto here = state.earlier_here.find(kind);
               here != state.earlier_here.end() && here->second.second == t[i].sentence && !actor && !has_target &&
               !indefinite && year_text.empty()) {
      // ("won the opposition primary in 2023 with more than ninety per cent
      // of the vote": a bare mention in the sentence that named the earlier
      // one means it.)
      group = here->second.first;
    } else if (joined && !has_target) {
      group = kind + "|by:" + key_of(joined) + "+" + key_of(actor);
      state.latest[kind] = group;
    } else if (has_target) {
      group = kind + "|on:" + key_of(target);
      if (actor) state.latest[kind + "|by:" + key_of(actor)] = group;
      state.latest[kind] = group;
    } else if (trig.type == EntityType::kSanction && actor && !possessive &&
               state.latest.count(kind + "|on:" + key_of(actor) + "|seen")) {
      // "North Korea sanctions" after "sanctions against North Korea":
      // the name before them is their target, not their author.
      group = kind + "|on:" + key_of(actor);
      state.latest[kind] = group;
    } else if (place && !actor) {
      group = kind + "|in:" + key_of(place);
      if (actor) state.latest[kind + "|by:" + key_of(actor)] = group;
      state.latest[kind] = group;
    } else if (trig.type == EntityType::kEvent && !capitalized_words().empty() &&
               state.latest.count(kind + "|named:" + capitalized_words() + "|seen")) {
      // ("brokered the Pretoria deal" after "the Pretoria agreement": the
      // name said before, whichever state its capital stands for.)
      group = kind + "|named:" + capitalized_words();
      state.latest[kind] = group;
    } else if (actor && state.latest.count(kind + "|by:" + key_of(actor))) {
      group = state.latest[kind + "|by:" + key_of(actor)];
    } else if (named && !actor && trig.type == EntityType::kEvent) {
      // "the Pahalgam attack", "the Joint Sword exercises": a name of its
      // own tells it apart from the others of its kind.
      group = kind + "|named:" + capitalized_words();
      state.latest[kind] = group;
      state.latest[group + "|seen"] = group;
    } else if (indefinite && !actor && trig.type == EntityType::kEvent) {
      // "the 2020 ceasefire ... initialled a peace agreement": "a" brings
      // in another one, which later bare mentions ("the agreement") mean.
      group = kind + "|new@" + std::to_string(i);
      state.latest[kind] = group;
    } else if (state.latest.count(kind) &&
               (!actor ||
                // ("the Israeli attack" after Iran's strike on a base: for
                // strikes and drills, another actor is another event.)
                (!IsDatedKind(kind) && trig.type != EntityType::kSanction &&
                 !book.lexicon.Contains("event_kinds_apart_by_actor", kind) &&
                 !(possessive && actor->type != EntityType::kPerson)) ||  // "Putin's war" is Russia's
                state.latest[kind] == kind + "|on:" + key_of(actor))) {
      // (Sanctions of another imposer are another instrument: "the EU lifted
      // its sanctions" after the United States lifted its own; "Israel's
      // war in Gaza" is not "Russia's war on Ukraine".)
      // ("a CIS summit" is no other summit named before: who holds a
      // meeting tells it apart as much as its date; "his Washington visit"
      // is the "visit to Washington" named before.)
      // ("initialled a peace treaty ... signed a joint declaration ... before
      // it signs the treaty": the latest deal named by the same noun, where
      // there is one; a deal's noun says which text it is, where "the war"
      // and "the invasion" are one war.)
      // ("the US blockade" after "a military aggression": a blockade, a
      // siege or an occupation is an event of its own within a war, lexicon
      // event_nouns_apart_by_noun.)
      auto same_noun = state.latest.find(kind + "|noun:" + t[end - 1].folded);
      bool own_noun = kind == "deal" || book.lexicon.Has("event_nouns_apart_by_noun", t[end - 1]);
      // ("signed a mutual defence agreement ... signed the declaration at
      // Sharm el-Sheikh": a declaration, a memorandum or a charter with no
      // earlier one of its noun is another text than the latest deal.)
      bool apart = own_noun && same_noun == state.latest.end() &&
                   (kind != "deal" || book.lexicon.Has("deal_nouns_apart_by_noun", t[end - 1]));
      group = apart ? kind + "|new@" + std::to_string(i)
              : !actor && own_noun && same_noun != state.latest.end() ? same_noun->second
                                                                       : state.latest[kind];
    } else if (actor) {
      group = kind + "|by:" + key_of(actor);
      state.latest[kind] = group;
    } else if (book.lexicon.Has("event_nouns_apart_by_noun", t[end - 1])) {
      // ("the strikes would continue ... condemned the killings": with no
      // latest of its kind, a noun of its own is told apart from the bare
      // kind all the same.)
      auto same_noun = state.latest.find(kind + "|noun:" + t[end - 1].folded);
      group = same_noun != state.latest.end() ? same_noun->second : kind + "|new@" + std::to_string(i);
    }
    // (A truce that became the latest of its sort is the latest deal too.)
    if (truce && state.latest.count(kind) && state.latest[kind] == group) state.latest["deal"] = group;
    if (kind == "deal" || book.lexicon.Has("event_nouns_apart_by_noun", t[end - 1]))
      state.latest[kind + "|noun:" + t[end - 1].folded] = group;
    if (group.find("|on:") != std::string::npos) state.latest[group + "|seen"] = group;
    // (A day with no year, "December 28", resolves to nothing without the
    // article's date.)
    if (IsDatedKind(kind) && doc.date.empty() && year_text.find_first_of("0123456789") != std::string::npos &&
        text::ResolveDate(year_text, "").empty())
      state.day_without_year.insert(group);
    if ((!IsDatedKind(kind) || doc.date.empty()) && !year_text.empty() && !state.year_of.count(group)) {
      std::string year = text::ResolveDate(year_text, doc.date).substr(0, 4);
      if (year.size() == 4) state.year_of[group] = year;
    }
    Candidate ev;
    ev.first = left;
    ev.end = end;
    ev.sentence = s.first_token < t.size() ? t[s.first_token].sentence : 0;
    ev.type = trig.type;
    ev.group = group;
    // The name carries what makes it specific; the mention is only the
    // words that are not themselves another entity's mention.
    std::string name = text::TokensText(doc, left, end);
    if (actor && possessive) {
      // ("the EU's migration pact": the alias's article is no part of it.)
      uint32_t owner_from = t[actor->first].folded == "the" && actor->first + 1 < actor->end ? actor->first + 1 : actor->first;
      std::string owner = text::TokensText(doc, owner_from, actor->end);
      name = owner + (owner.back() == 's' ? "' " : "'s ") + name;  // "the United States' sanctions"
    }
    else if (joined || actor) {
      // ("The EU-Mercosur agreement": the article of a name's alias is no
      // part of the event's name.)
      uint32_t from = joined ? joined->first : actor->first;
      if (t[from].folded == "the" && from + 1 < actor->end) ++from;
      name = text::TokensText(doc, from, actor->end) + " " + name;
    }
    if (target && target->kind == AliasKind::kDemonym) target = nullptr;  // "annexation of Ukrainian territory"
    if (target) {
      // "summit of the Commonwealth of Independent States": as written.
      bool the = target->first == end + 2 && t[end + 1].folded == "the";
      name += " " + t[end].folded + (the ? " the " : " ") + text::TokensText(doc, target->first, target->end);
      // "peace talks between Russia and Ukraine": both sides name it.
      uint32_t k = target->end;
      uint32_t second = k + 1 < s.end_token && t[k + 1].folded == "the" ? k + 2 : k + 1;  // "and the RSF"
      if (t[end].folded == "between" && second < s.end_token && t[k].folded == "and" &&
          IsActorCandidate(CandidateCovering(cands, second))) {
        const Candidate* other = CandidateCovering(cands, second);
        // (As written: the alias may hold the article itself, "the Houthis".)
        name += " and " + text::TokensText(doc, second == k + 2 ? k + 1 : other->first, other->end);
      } else if (t[end].folded == "between" && second < s.end_token && t[k].folded == "and" && second == k + 1 &&
                 t[second].is_word && t[second].capitalized) {
        // ("a meeting between Nicolás Maduro and Ali": a surname the
        // candidates do not hold yet is the second side all the same.)
        uint32_t last = second;
        while (last + 1 < s.end_token && last < second + 3 && t[last + 1].is_word && t[last + 1].capitalized) ++last;
        name += " and " + text::TokensText(doc, second, last + 1);
      }
    }
    if (place) {
      uint32_t from = place->first + (place_before && t[place->first].folded == "the" ? 1 : 0);  // "the Middle East"
      // ("Protests broke out in Russian cities": a demonym after "in" is
      // named by its state's name.)
      std::string where = text::TokensText(doc, place->first, place->end);
      if (!place_before && place->kind == AliasKind::kDemonym && place->kb >= 0)
        where = book.kb.entities[static_cast<size_t>(place->kb)].name;
      name = place_before ? text::TokensText(doc, from, place->end) + " " + name
                          : name + (near ? " near " : " in ") + where;
      ev.place = text::MatchKey(where);
    }
    // ("lifted its economic sanctions in May": a measure's date is when it
    // was imposed or lifted, which the date attribute keeps; it is no part
    // of the measure's name.)
    if (!date_after.empty() && trig.type != EntityType::kSanction)
      name += " " + t[date_preposition].folded + " " + date_after;
    ev.name = name;
    std::string when = !date_text.empty()    ? date_text
                       : !date_after.empty() ? date_after
                       : !held_date.empty()  ? held_date
                                             : clause_date;
    // "Putin's visit to Pyongyang in June 2024", "elections in Georgia in
    // October 2024": a date after the event's target or place.
    if (when.empty() && (target || (place && !place_before))) {
      uint32_t after = target ? target->end : place->end;
      when = text::DatePhraseAfter(doc, after, s.end_token);
    }
    // ("the first G20 summit on African soil in Johannesburg on 22 and 23
    // November 2025": a date a few words on, in the same phrase.)
    for (uint32_t k = end; when.empty() && k < s.end_token && k < end + 8; ++k) {
      const std::string& w = t[k].folded;
      if (w == "," || w == ";" || w == "that" || w == "which" || w == "who" || w == "when" || w == "after" ||
          w == "before" || w == "since" || w == "until")
        break;
      when = text::DatePhraseAfter(doc, k, s.end_token);
    }
    if (!when.empty()) ev.date = text::ResolveDateInSentence(doc, s, when, !date_text.empty() ? left : end);
    found.push_back(std::move(ev));
    i = end - 1;
  }
  auto overlaps_event = [&](const Candidate& c) {
    for (auto [first, end] : absorbed)
      if (c.first == first && c.end == end) return true;
    return c.weak && c.first == s.first_token && std::any_of(found.begin(), found.end(),
                                 [&](const Candidate& f) { return c.first < f.end && f.first < c.end; });
  };
  cands.erase(std::remove_if(cands.begin(), cands.end(), overlaps_event), cands.end());
  for (auto& f : found) cands.push_back(std::move(f));
  std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) { return x.first < y.first; });
}

}  // namespace dossier::extract
