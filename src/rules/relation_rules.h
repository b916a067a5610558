// Relation patterns from rules/relations/*.json. A pattern is an RE2 regex
// over a "masked" sentence: folded words separated by single spaces, with
// each entity mention replaced by a placeholder such as [E12|LOC]. Slots in
// the pattern stand for placeholders:
//   {PER} {ORG} {LOC} {EVT} {SAN}   one entity of that type
//   {ACTOR}                         PER, ORG or LOC;  {ANY} any type
//   {PERS} {ORGS} {LOCS} {ACTORS} {ANYS}   a coordinated list ("A, B and C")
//   {GAP}   up to 8 words, never crossing an entity, "and" or "but" (a second
//           verb phrase has its own subject), ";" or ":" (", where" is
//           masked as "; where"); {GAPX} up to 16, crossing them
//   {GAPV}  as {GAP}, but not ending in a determiner, possessive or
//           preposition: before a verb that is also a noun ("the support of")
//   {GAPO}  an object-side gap: up to 6 words, not crossing a mention, "and",
//           "to", "that", "which", "who" (an infinitive or clause of its own)
//   {DESC}  an optional descriptor before a name: a place compound and up to
//           three lower-case words ("Dubai-based energy consultancy")
//   {L:name}  any phrase of lexicon list `name`
//   {?EVT}  (any type after "?") an entity stepped over, not counted as a slot
// "subject"/"object" name slots by their order in the pattern (1-based).
// A named group (?P<role>...) becomes the relation's `role` attribute; a
// group (?P<former>...) that takes part in the match marks it `former`.
#pragma once

#include <re2/re2.h>
#include <re2/filtered_re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/ontology.h"
#include "model/status.h"
#include "rules/lexicon.h"

namespace dossier {

struct RelationRule {
  std::string id;
  std::string file;
  size_t line = 0;
  Predicate predicate = Predicate::kCooperatesWith;
  std::string pattern;   // as written
  std::string expanded;  // after slot expansion
  const RE2* regex = nullptr;  // owned by the rule set's FilteredRE2
  int subject_group = 0;  // RE2 capture group numbers
  int object_group = 0;
  int role_group = 0;     // 0 when the pattern has no (?P<role>...)
  int former_group = 0;   // 0 when the pattern has no (?P<former>...)
  // The subject slot is followed by a {GAP...}: it is the subject of a verb
  // phrase, not a modifier in a noun phrase ("US sanctions").
  bool subject_before_gap = false;
  std::optional<Modality> modality;  // fixed by the rule, else from cues
  // Where modality cues count: "clause" (the clause up to the match, the
  // default) or "match" (only inside the match: nominal patterns such as
  // "Russia's war on Ukraine" state a fact whatever the verb around them).
  bool modality_in_match_only = false;
  double confidence = 0.7;
  std::map<std::string, std::string> attributes;
  // Optional checks on the knowledge-base id of the subject/object against
  // a lexicon list; when the object fails, `else_predicate` is used instead
  // (or the match is dropped). "US sanctions" name the imposer, "Russia
  // sanctions" the target.
  std::string subject_in, object_in;
  // When set, every event inside the match must be of one of these kinds
  // (the event's `kind`: "meeting", "call", "war", ...): "talks between A
  // and B" is a meeting, "the war between A and B" is not.
  std::vector<std::string> event_kinds;
  std::optional<Predicate> else_predicate;
  // The predicate when the object is a political party (the knowledge
  // base's category, else a name that ends in "Party"): "Tundu Lissu of
  // Chadema" is a member, where "X of Gazprom" works for it.
  std::optional<Predicate> party_predicate;
  // Predicates this rule's reading outweighs for the same pair in the same
  // sentence: "supports efforts to end the war" (OPPOSES the war) is no
  // support of it.
  std::vector<Predicate> outweighs;
  // "Duro Macut replaced him": the object is the person the subject took
  // over from; a HOLDS_POSITION rule so marked gives the subject the
  // offices the text (or the knowledge base) gives that predecessor.
  bool object_is_predecessor = false;
  // "than his predecessor, Rodrigo Duterte, ever did": the object held the
  // subject's offices before; a HOLDS_POSITION rule so marked gives the
  // object, as former, the offices the text (or the knowledge base, at
  // the article's date) gives the subject.
  bool object_held_before = false;
  // "should suspend Hungary's voting rights": the SANCTIONS rule's own verb
  // is the measure, so verbs that speak of measures in force ("suspend
  // sanctions", "lift") do not make the reading asserted.
  bool verb_is_measure = false;
  // "Trump urged Takaichi in a later call not to provoke Beijing": a
  // lexicon list whose words are no modality cues for this rule (what was
  // urged at a meeting is no modality of the meeting); empty for none.
  std::string not_cues;
};

class RelationRuleSet {
 public:
  // Checks and adds one rule; errors name file:line and the cause.
  Status Add(RelationRule rule, const Lexicon& lexicon);
  // Compiles every rule's regex (on two threads: compiling is most of
  // what a command waits for before it reads its first file) and builds
  // the prefilter; call once after the last Add. A bad regex is reported
  // here, with its file:line.
  Status Finish();
  // Indexes of rules that may match `masked` (a superset of those that do).
  std::vector<int> Candidates(const std::string& masked) const;
  const std::vector<RelationRule>& rules() const { return rules_; }
  // The rule with this id, or nullptr (after Finish).
  const RelationRule* Find(const std::string& id) const;

 private:
  // FilteredRE2 knows the literal words ("atoms") each pattern needs; one
  // pass of a literal RE2::Set over the sentence finds which are present,
  // and only rules whose atoms are all there run. Far cheaper than a DFA
  // over every pattern at once.
  // The rules are compiled in shards, each with a FilteredRE2 of its own
  // (one FilteredRE2 cannot be filled from two threads); shard k holds the
  // rules whose index is k modulo kShards, and its atoms follow those of
  // the shards before it in `atoms_`.
  static constexpr size_t kShards = 2;
  struct Shard {
    std::unique_ptr<re2::FilteredRE2> filter = std::make_unique<re2::FilteredRE2>(3);
    size_t first_atom = 0, atom_count = 0;
  };
  void CompileShard(size_t shard, std::vector<std::string>* atoms, std::vector<Status>* errors);
  std::vector<RelationRule> rules_;
  Shard shards_[kShards];
  std::unique_ptr<RE2::Set> atoms_;
  std::map<std::string, size_t> by_id_;
  bool compiled_ = false;
};

// Expands slots in `pattern`; counts slots into *slots. Exposed for tests.
Result<std::string> ExpandSlots(const std::string& pattern, const Lexicon& lexicon, int* slots);

}  // namespace dossier
