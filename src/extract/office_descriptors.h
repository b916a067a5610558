// "the Russian president", "Iran's supreme leader": a title with a state
// and no name is a mention of whoever held that office when the article
// was written, if the knowledge base knows who that was.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/candidate.h"
#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Adds a person candidate over each such title in the sentence (the state's
// own mention stays as it is); `candidates` are the sentence's, in token
// order, and stay so.
void FindOfficeDescriptors(const Document& doc, const Sentence& sentence, const RuleBook& book,
                           std::vector<Candidate>& candidates);

// "Anthony Albanese met Trump. ... The prime minister visited Beijing": a
// bare title after "the" is a mention of the one person named before
// (`last_named`: knowledge-base id → the sentence that named them last) who
// held that office on the article's date; where several did, of the one the
// sentence before named and the others not; else nothing. Where the
// knowledge base knows no holder, the one person the article named with
// that title before the name (`titled`: folded title → those people;
// "Colonel Michael Randrianirina ... the colonel") is meant.
void FindBareTitles(const Document& doc, const Sentence& sentence, const RuleBook& book,
                    const std::map<int, size_t>& last_named, const std::map<std::string, std::set<int>>& titled,
                    std::vector<Candidate>& candidates);

}  // namespace dossier::extract
