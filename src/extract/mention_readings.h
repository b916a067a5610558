// What a mention inside a relation match stands for, read from the words
// around it: a demonym that modifies a thing ("Russian oil"), a body or
// state whose title goes on to a person ("NATO Secretary General Jens
// Stoltenberg"), a state's name before a noun for a body and its name ("the
// American company Cove Kaz Capital"), a capital that names an event's venue
// ("the Vilnius summit"). The relation finder asks these before it relates
// the mention.
#pragma once

#include <cstddef>
#include <cstdint>

#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// Whether the mention of `entity` starting at `token` is a demonym.
bool MentionIsDemonym(const Document& doc, size_t entity, uint32_t token);

// "India's Russian oil habit meets ...": a demonym modifying a thing is no
// actor; "Russian forces", "Chinese officials" act for their state (lexicon
// list demonym_agent_nouns).
bool ModifiesAThing(const Document& doc, const RuleBook& book, size_t entity, uint32_t token);

// "designated two Ecuadorian gangs": a demonym before a non-state group
// (lexicon list nonstate_group_nouns, within two words) names where the
// group is from, not a state that is acted on.
bool DemonymOfNonStateGroup(const Document& doc, const RuleBook& book, size_t entity, uint32_t token);

// The entity of `type` with a mention that starts at `token`, or -1.
long EntityStartingAt(const Document& doc, EntityType type, uint32_t token);

// "met NATO Secretary General Jens Stoltenberg", "his Pakistani
// counterpart, Ishaq Dar": the person whose title follows the mention of
// `entity` at `token`, or -1.
long TitledPerson(const Document& doc, const RuleBook& book, size_t entity, uint32_t token);

// "a deal with the American company Cove Kaz Capital": the body named after
// the mention and a noun for a body (lexicon list body_nouns), or -1.
long DescribedBody(const Document& doc, const RuleBook& book, size_t entity, uint32_t token);

// "the Vilnius summit", "his China trip": whether the mention at `token`,
// right before the mention of `event` at `event_token`, names where it
// happens (a capital or city; any place before a visit).
bool NamesTheVenue(const Document& doc, const RuleBook& book, size_t entity, uint32_t token, size_t event,
                   uint32_t event_token);

}  // namespace dossier::extract
