// What a relation rule's match needs checked beyond its pattern: words
// around it that undo it, the kinds of events it names, where a list of
// names ends, its modality and its date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/masked_sentence.h"
#include "extract/resolver.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// "attacked India in unusually harsh language": an attack in words, told
// by a cue in the rest of the clause, is criticism.
bool SpokenAttack(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t from);

// "retaliated with counter-tariffs on American goods": whether the match
// [from, to) names an economic measure (lexicon economic_measure_nouns).
bool EconomicAttack(const Document& doc, const RuleBook& book, uint32_t from, uint32_t to);

// "Washington Finally Hits Rosneft and Lukoil": a company the knowledge
// base knows, struck at with no site of it named (a refinery, a depot) in
// sentence `sentence`, is struck with economic measures.
bool CompanyStruckInTrade(const Document& doc, const RuleBook& book, size_t object, uint32_t sentence);

// "an Israeli air strike on the southern suburbs of Beirut on 23 November
// killed Haytham Ali Tabatabai": whether the subject at token `subject` is
// the place an event struck, after the event and a preposition (lexicon
// struck_place_prepositions), and so no subject of the event's verb.
bool SubjectIsAPlaceAnEventStruck(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                                  const Sentence& s, uint32_t subject);

// "aligns Damascus with the forces that once bombed HTS positions":
// whether, between the subject and the object, a relative pronoun hangs on
// a noun that a preposition governs (lexicon object_pronoun_prepositions,
// then a determiner and up to two words): what follows is that noun's.
bool RelativeOfAPrepositionsNounBetween(const Document& doc, const RuleBook& book, const Sentence& s,
                                        uint32_t subject, uint32_t object);

// "Denmark, one of the most loyal members of the alliance, has sent
// troops": whether the subject at `subject` (a comma after it) is the body
// after "of" and a member's noun (lexicon membership_head_nouns), which an
// apposition names; it does not do what follows the apposition.
bool BodyOfAMembersApposition(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject);

// "fulfilling obligations to Interpol rather than rejoining the court":
// whether the subject is followed right away by "rather than" or "instead
// of", which make it the object of what came before, no doer of what
// follows.
bool SubjectBeforeRatherThan(const Document& doc, const Sentence& s, uint32_t subject_end);

// "Fico objected to a Commission plan to phase out imports of Russian
// gas": whether, between the subject and the object, the subject sets
// itself against someone else's plan to do the thing (lexicon lists
// objection_verbs, then within six words others_plan_nouns and "to").
bool ObjectedPlanBetween(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject,
                         uint32_t object);

// "Lithuania has argued that the cigarette smuggling funds the Belarusian
// state": whether, between the subject and the object, a speech verb and
// "that" open a clause with a noun phrase of its own ("that his country"
// is the speaker's, and goes on). "said publicly that the aircraft" too.
bool SpeechClauseBetween(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject,
                         uint32_t object);

// "fired water cannon at a Philippine ship and later rammed it near Thitu
// Island": whether an object pronoun stands before the preposition (lexicon
// place_prepositions) that leads to the object, which is then where it
// happened, not what was struck.
bool PlaceAfterObjectPronoun(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject,
                             uint32_t object);

// "Russian state television attacked Pashinyan": a state's media attack in
// words. Whether the name at `subject` is followed by a media noun.
bool MediaSubject(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed, uint32_t subject);

// "Elon Musk attacked the Romanian authorities": a person's attack on a
// state's institutions (lexicon verbal_attack_targets, right after the
// name at `object`) is made in words.
bool InstitutionAttackedInWords(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                                size_t subject, uint32_t object);

// When the sentence says a relation happened: a date phrase right after
// the match ("met Xi in Beijing on March 3"), else one opening the match's
// clause (", and in October the Treasury sanctioned ..."), else one opening
// the sentence ("On March 3, Ukraine struck ..."; "Last year, ..."). ""
// when none.
std::string DateOfMatch(const Document& doc, const Sentence& s, uint32_t first_tok, uint32_t last_tok);

// The list slots read "[LOC] <one to three words> [PER]" as a state's
// titled person ("Turkish President Erdogan"); where the words end in no
// title ("cooperation with Washington and Tokyo that Yoon built"), the
// list ends at the state. Returns where the names of [from, to) end.
size_t EndBeforeUntitledPerson(const Masked& m, const Document& doc, const RuleBook& book, size_t from, size_t to);

// Stances taken toward someone: for or against, in words.
bool StancePredicate(Predicate p);

// Predicates between actors, where a person may stand for the office.
bool BetweenActors(Predicate p);

// Words around a match that undo its reading, whatever the rule says.
bool MatchVetoed(const Document& doc, const RuleBook& book, const RelationRule& rule, const Sentence& s,
                 const Masked& m, size_t subject_at, size_t object_at, std::string_view object_text,
                 uint32_t first_tok, uint32_t last_tok);

// A rule's `event_kinds`: every event in the masked range is of one of them.
bool EventKindsFit(const Document& doc, const RelationRule& rule, const std::string& masked, size_t from, size_t to);

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

// The modality of a match: fixed by the rule (a negative one refused,
// "refused to break with", is asserted), else read from the cue words
// of the clause that holds it.
Modality MatchModality(const Document& doc, const RuleBook& book, const RelationRule& rule, const Sentence& s,
                       const MatchSpan& span);

// What the rule's predicate makes of a match read as `modality`: the
// relation's modality, or nullopt where the clause says nothing of the
// relation (an ending only threatened, a membership only doubted,
// sanctions someone blocks). `first_tok` is where the match starts.
std::optional<Modality> PredicateModality(const Document& doc, const RuleBook& book, const RelationRule& rule,
                                          const Sentence& s, const MatchSpan& span, uint32_t first_tok,
                                          Modality modality);

}  // namespace dossier::extract
