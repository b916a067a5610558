// Last passes over a document's relations, once every reading is in:
// readings another reading of the same text contradicts are dropped, and
// memberships read for a leader move to the leader's state.
#pragma once

#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Drops a reading that another contradicts: a negated stance beside the
// asserted opposite, a looser reading beside one that found the negation,
// an office the knowledge base gives the person in another state.
void DropContradictedReadings(Document& doc, const RuleBook& book);

// Moves a membership of an intergovernmental body read for a person in a
// state's office to that state; drops one read for a person out of office
// when only states are the body's members (NATO, not the European
// Parliament).
void MembershipsOfLeadersStates(Document& doc, const RuleBook& book);

// "Burkina Faso's Captain Ibrahim Traoré": a military rank (lexicon list
// military_ranks) read as an office in a state gives way to the office the
// knowledge base gives the person there on the article's date.
void RanksGiveWayToOffices(Document& doc, const RuleBook& book);

// Gives a counterpart without a title the one office named for another
// person in the same sentence.
void CounterpartRoles(Document& doc, const RuleBook& book);

}  // namespace dossier::extract
