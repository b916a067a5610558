// Offices (HOLDS_POSITION) that titles and the knowledge base give:
// "President Joe Biden" held the office the knowledge base knows on the
// article's date; a bare title follows the state its article or sentence
// is about; a successor takes what the predecessor held.
#pragma once

#include <string>

#include "extract/relation_sink.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Whether an office had begun by the article's date (any office, without
// a date), and whether it had ended by then.
bool InTerm(const Office& o, const std::string& date);
bool AfterTerm(const Office& o, const std::string& date);

// Title case for a role read from the text: "Minister of State".
std::string TitleCaseRole(std::string s);

// Offices of people named with a title the knowledge base knows them by.
void OfficesFromTitles(Document& doc, const RuleBook& book, RelationSink& sink);

// Offices of people named with a bare title ("the foreign minister"),
// held in the state the article or the sentence is about.
void OfficesOfTheArticleState(Document& doc, const RuleBook& book, RelationSink& sink);

// The state whose body the person's known office names, when the text
// names a like-named body elsewhere ("deputy chairman of the Security
// Council" is Russia's, not the UN's); the body's entity, else the state's,
// or -1.
long StateOfKnownOfficeBody(Document& doc, const RuleBook& book, size_t person, size_t body);

// The offices the sink's successions pass on, once all offices are known.
void SuccessorsTakeOffices(Document& doc, const RuleBook& book, RelationSink& sink);

}  // namespace dossier::extract
