// Events ("the Feb. 16 phone call", "Russia's war on Ukraine", "the January
// uprising") and sanctions that the knowledge base does not name ("the
// international sanctions against Russia"), from trigger nouns in
// rules/lexicon. A trigger becomes a mention only with an anchor that makes
// it specific: a date, an actor in front of it or a possessive, a target
// after it, or an earlier anchored mention of the same kind ("the war").
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/candidate.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

struct EventState {
  std::set<std::string> anchored_groups;      // kinds seen with an anchor so far
  std::map<std::string, std::string> latest;  // kind -> full group of its latest anchored mention
  std::map<std::string, std::string> year_of;  // full group -> the year a mention of it was named with
  std::set<std::string> day_without_year;      // dated kinds' groups named by a day but no year, in an undated article
  // kind -> the group and sentence of the last one named by an earlier
  // year, which a bare mention in the same sentence still means
  std::map<std::string, std::pair<std::string, size_t>> earlier_here;
};

// Meetings, calls, visits, talks, summits and elections: kinds told apart
// by date and by who holds them. `group` is an event's merge class
// ("summit|by:g7" is a summit).
bool IsDatedKind(const std::string& group);

// Adds event and sanction candidates for the sentence to `cands` (which
// holds the sentence's name candidates, sorted); keeps them sorted.
void FindEvents(const Document& doc, const Sentence& sentence, const RuleBook& book,
                EventState& state, std::vector<Candidate>& cands);

}  // namespace dossier::extract
