// The masked reading of a sentence that relation patterns run over: folded
// words joined by single spaces, each mention (and each resolved anaphor:
// "he", "its forces", "the country", "They" after a pair of names) replaced
// by a placeholder such as [E12|LOC]. See rules/relation_rules.h for the
// patterns' side.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract/resolver.h"
#include "extract/verbs.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

struct Masked {
  std::string text;
  std::vector<std::pair<size_t, uint32_t>> offsets;  // masked offset -> token
  size_t carried_at = std::string::npos;  // where a carried subject was put (CarrySubjectIntoSecondVerb)
  uint32_t TokenAt(size_t offset) const {
    auto it = std::upper_bound(offsets.begin(), offsets.end(), std::make_pair(offset, UINT32_MAX));
    return it == offsets.begin() ? offsets.front().second : std::prev(it)->second;
  }
};

// The masked sentence `si`. With `skip_asides`, non-restrictive relative
// and participial clauses (", which ... ,", ", founded by X,") are left out,
// so "Japan, whose islands lie close to Taiwan, expressed concern" reads
// "Japan expressed concern"; *skipped tells whether any was.
Masked BuildMask(const Document& doc, const RuleBook& book, const Resolution& placement, size_t si,
                 bool skip_asides = false, bool* skipped = nullptr);

// What a pair phrase names: two states, two people or two organisations
// that are no government body ("both companies", "the two groups").
enum class PairKind { kStates, kPersons, kOrganizations };

// "both governments", "the two leaders", "both companies": the number of
// tokens of such a phrase at `i` (lexicon lists pair_state_nouns,
// pair_person_nouns, pair_org_nouns), or 0; *kind tells what it names.
uint32_t PairPhraseAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t i, PairKind* kind);

// The state a person led on the article's date, by the knowledge base's
// offices (lexicon list governing_roles), if the document names it; else -1.
// With `or_last`, one who leads none then gives the state led last.
long StateGovernedBy(const Document& doc, const RuleBook& book, long person, bool or_last = false);
// Its knowledge-base id, whether or not the document names it; else "".
std::string StateIdGovernedBy(const Document& doc, const RuleBook& book, long person);
// The state of the person's latest governing office, whatever the date
// ("Castillo's former prime minister"); else "".
std::string StateIdGovernedLast(const RuleBook& book, const KbEntity& person);

// The comma that closes an aside opened at token `open` (", which ..."), or
// the sentence's end when none does. A comma inside a list of names does
// not close it: ", which brings together India, Japan and Australia,".
uint32_t AsideClose(const Document& doc, const Resolution& placement, size_t si, uint32_t open);

// "Kazakhstan refused to recognise the annexation and has not supported the
// war": the subject that opens the clause also governs a verb after "and".
// Returns `full` with that "and" replaced by the subject's placeholder (at
// carried_at), or nothing when the sentence has no such verb.
std::optional<Masked> CarrySubjectIntoSecondVerb(const Document& doc, const RuleBook& book, const Masked& full);

// "The United States lists the PKK as a terrorist organisation, as does the
// European Union": the sentence's clause with the one named after ", as
// does" (do, did, has, have, had) in its subject's place, that placeholder
// standing on the subject's tokens; nothing when there is no such ending.
std::optional<Masked> SubjectOfComparison(const Masked& full);

// The entities of the placeholders in masked[from, to). In a list, a member
// followed by "'s" is a possessor ("Kulibayev, Nazarbayev's son-in-law"),
// not a member; in an object list (`subject` false), one followed by an
// auxiliary starts a clause of its own ("..., and the Philippines has").
std::vector<size_t> EntitiesIn(const std::string& masked, size_t from, size_t to, bool subject = false);

// Whether the state whose placeholder closes at `close` is followed by one
// to three words (or "'s" and up to three) and a person ending before `to`:
// "[E5|LOC] president [E6|PER]", the state naming whose title it is.
bool TitlesAPerson(const std::string& masked, size_t close, size_t to);

}  // namespace dossier::extract
