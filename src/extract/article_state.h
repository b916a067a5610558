// Facts about the states of one document: which entities are states, and
// which state the article is about. Used where a text leaves the state
// unsaid ("Prime Minister X" in an article about Serbia, "Congress" in one
// about Brazil).
#pragma once

#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Whether entity `e` is a state (a country of the knowledge base, not its
// capital standing as a city).
bool IsCountry(const Document& doc, const RuleBook& book, size_t e);

// Whether organisation `e` is a body of states: a government body or an
// intergovernmental one by its knowledge-base category, else by a word of
// lexicon list government_body_words in its name ("Supreme Court").
bool IsStateBody(const Document& doc, const RuleBook& book, size_t e);

// The state an article is about: the country named most, at least three
// times, and either twice as often as any other or first of all (a
// dateline, the headline); else -1.
long DominantState(const Document& doc, const RuleBook& book);

// "Congress" in an article about Brazil: a government body known by a
// name it shares with its peers abroad (`home_aliases` in the knowledge
// base) and named only so is the peer of the state the article is about,
// where the knowledge base has one.
void RelinkHomeNames(Document& doc, const RuleBook& book);

}  // namespace dossier::extract
