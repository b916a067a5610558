#include "extract/match_checks.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <set>
#include <string_view>

#include "extract/mention_readings.h"
#include "extract/modality.h"
#include "extract/relation_sink.h"
#include "extract/verbs.h"
#include "text/dates.h"
#include "text/fold.h"

namespace dossier::extract {
namespace {

// Whether token `k` is a modal verb whose subject is the event before it:
// "a new war between Ethiopia and Eritrea would draw in Egypt" (only
// possible), but not "A peace treaty between Armenia and Azerbaijan may be
// signed" (a deal drafted by its parties, whose signing is what may happen).
bool ModalOfEventSubject(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t k) {
  if (k >= s.end_token || !doc.tokens[k].is_word || !book.lexicon.Has("event_subject_modals", doc.tokens[k]))
    return false;
  // ("a ceasefire between Washington and the Houthis in May": capitalised
  // inside a sentence, "May" is the month.)
  if (doc.tokens[k].capitalized && k > s.first_token) return false;
  return !(k + 2 < s.end_token && doc.tokens[k + 1].folded == "be" && LooksLikeVerb(book, doc.tokens[k + 2]));
}

// A match as the checks below read it: MatchVetoed's arguments, one
// group of checks a predicate (the order among them does not matter: each
// only vetoes).
struct Reading {
  const Document& doc;
  const RuleBook& book;
  const RelationRule& rule;
  const Sentence& s;
  const Masked& m;
  size_t subject_at, object_at;
  std::string_view object_text;
  uint32_t first_tok, last_tok;
  // The word right before the subject, past one `skipped` word ("the"),
  // or nullptr at the sentence's start.
  const Token* WordBeforeSubject(std::string_view skipped) const {
    uint32_t at = m.TokenAt(subject_at);
    if (at > s.first_token && doc.tokens[at - 1].folded == skipped) --at;
    return at > s.first_token ? &doc.tokens[at - 1] : nullptr;
  }
  // Whether the masked text between the two slots holds one of `phrases`.
  bool BetweenHasOneOf(std::initializer_list<std::string_view> phrases) const {
    size_t from = std::min(subject_at, object_at), to = std::max(subject_at, object_at);
    std::string_view between = std::string_view(m.text).substr(from, to - from);
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](std::string_view p) { return between.find(p) != std::string_view::npos; });
  }
  // The masked text's word that starts at offset `at` ("" past the end):
  // read after a slot, `at` is its end plus one, or plus four past " 's ".
  std::string_view WordAt(size_t at) const {
    if (at >= m.text.size()) return {};
    size_t end = m.text.find(' ', at);
    return std::string_view(m.text).substr(at, end == std::string::npos ? std::string::npos : end - at);
  }
  // Whether the subject's slot holds a demonym ("Ukrainians", "Russian").
  bool SubjectIsDemonym() const {
    return m.text.compare(subject_at, 2, "[E") == 0 &&
           MentionIsDemonym(doc, std::strtoul(m.text.data() + subject_at + 2, nullptr, 10), m.TokenAt(subject_at));
  }
  // Whether the slot at `at` holds one demonym followed by a word of
  // lexicon list `list` ("French farmers", "a French national").
  bool DemonymBeforeOneOf(size_t at, const char* list) const {
    size_t close = m.text.find(']', at);
    return close != std::string::npos && m.text.compare(at, 2, "[E") == 0 &&
           book.lexicon.Contains(list, std::string(WordAt(close + 2))) &&
           MentionIsDemonym(doc, std::strtoul(m.text.data() + at + 2, nullptr, 10), m.TokenAt(at));
  }
  // Whether the object's slot is followed by " 's " and a word of lexicon
  // list `list` ("Maduro's capture").
  bool ObjectPossessesOneOf(const char* list) const {
    size_t after = object_at + object_text.size();
    return after <= m.text.size() && m.text.compare(after, 4, " 's ") == 0 &&
           book.lexicon.Contains(list, std::string(WordAt(after + 4)));
  }
};

// A name in the subject slot that is no subject: excepted, the possessor
// of a group, the object of a verb or preposition, inside a relative clause.
bool SubjectVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "Thousands of Ukrainians visited Poland": a demonym after a quantity
  // names people of the state, who travel for themselves, not for it.
  if (rule.predicate == Predicate::kMeets && subject_at < object_at)
    if (const Token* w = word_before_subject("of"); w && book.lexicon.Has("quantity_words", *w) && r.SubjectIsDemonym())
      return true;
  // "placed Colombian President Gustavo Petro on its list, accusing him":
  // a demonym that titles the person after it acts in no match.
  if (subject_at < object_at && rule.predicate != Predicate::kHoldsPosition &&
      m.text.compare(subject_at, 2, "[E") == 0) {
    size_t close = m.text.find(']', subject_at);
    if (close != std::string::npos && m.text.compare(close - 4, 5, "|LOC]") == 0 &&
        m.text.compare(close + 1, 2, " [") != 0 && r.SubjectIsDemonym()) {
      uint32_t title = m.TokenAt(close + 2);
      size_t n = title < s.end_token ? book.lexicon.LongestAt("person_titles", doc.tokens, title, s.end_token) : 0;
      size_t person_at = close + 2;
      for (size_t w = 0; w < n && person_at != std::string::npos; ++w) person_at = m.text.find(' ', person_at) + 1;
      if (n && person_at != std::string::npos && m.text.compare(person_at, 2, "[E") == 0) {
        size_t person_close = m.text.find(']', person_at);
        if (person_close != std::string::npos && m.text.compare(person_close - 4, 5, "|PER]") == 0) return true;
      }
    }
  }
  // ("Rosatom controls uranium deposits in Kazakhstan through joint
  // ventures with Kazatomprom": a place after "in" is where, not who.)
  // (Not "the parliament in Tehran voted", a body's seat, nor "the air
  // base in Qatar, which hosts U.S. forces", the antecedent of a clause.)
  if (rule.predicate == Predicate::kCooperatesWith && subject_at < object_at &&
      m.text.compare(subject_at, 2, "[E") == 0) {
    size_t close = m.text.find(']', subject_at);
    const Token* w = word_before_subject("the");
    uint32_t in = w ? static_cast<uint32_t>(w - doc.tokens.data()) : 0;  // the token of "in", when it is one
    bool seat = in > s.first_token && (book.lexicon.Has("government_seat_nouns", doc.tokens[in - 1]) ||
                                       book.lexicon.Has("government_body_words", doc.tokens[in - 1]));
    std::string_view before = std::string_view(m.text).substr(0, subject_at);
    bool after_in = before.ends_with(" in ") || before.ends_with(" in the ") || before.ends_with(" inside ");
    if (m.text.compare(close - 4, 4, "|LOC") == 0 && after_in && !seat && m.text.compare(close + 1, 3, " , ") != 0 &&
        m.text.compare(close + 1, 3, " ; ") != 0)
      return true;
  }
  // ("the only candidate for European Union membership that has refused to
  // impose sanctions": a relative clause after the noun a name modifies is
  // the noun's antecedent's, not the name's.)
  if (subject_at < object_at && m.text.compare(subject_at, 2, "[E") == 0) {
    size_t close = m.text.find(']', subject_at);
    for (std::string_view noun : {" membership ", " accession ", " candidacy "})
      if (m.text.compare(close + 1, noun.size(), noun) == 0) {
        std::string_view next = r.WordAt(close + noun.size() + 1);
        if (next == "that" || next == "which" || next == "who") return true;
      }
  }
  // "Five members of the European Union, Spain, Slovakia, ..., also do not
  // recognise Kosovo": some of a body's members, listed after it, are not
  // the body. ("Some members of Congress want to sanction Ivanishvili":
  // unlisted, they speak for it.)
  if (subject_at < object_at && m.text.compare(m.text.find(']', subject_at) + 1, 5, " , [E") == 0) {
    uint32_t at = m.TokenAt(subject_at);
    if (at > s.first_token && doc.tokens[at - 1].folded == "the") --at;
    if (at >= s.first_token + 3 && doc.tokens[at - 1].folded == "of" &&
        (doc.tokens[at - 2].folded == "members" || doc.tokens[at - 2].folded == "member") &&
        (doc.tokens[at - 3].is_number ||
         (book.lexicon.Has("quantity_words", doc.tokens[at - 3]) && doc.tokens[at - 3].folded != "all")))
      return true;
  }
  // "named his wife, Verónica Alcocer, his son Nicolás Petro": a name in
  // apposition to one relative is an item of a list, and the relative
  // named after its comma is another one's, not the name's.
  if (rule.predicate == Predicate::kFamilyOf && subject_at < object_at && subject_at >= 4 &&
      m.text.compare(subject_at - 3, 3, " , ") == 0) {
    std::string_view before = std::string_view(m.text).substr(0, subject_at - 3);
    size_t space = before.rfind(' ');
    std::string role(before.substr(space == std::string_view::npos ? 0 : space + 1));
    if (before.substr(0, space == std::string_view::npos ? 0 : space).ends_with(" 's") &&
        book.lexicon.Contains("family_roles", role))
      return true;
  }
  // ("The United Arab Emirates, which United Nations experts say has
  // supplied the RSF": the body whose experts, officials or investigators
  // say so is only the source.)
  if (subject_at < object_at) {
    size_t close = m.text.find(']', subject_at);
    if (close != std::string::npos && close < object_at) {
      std::string_view after = std::string_view(m.text).substr(close + 1, object_at - close - 1);
      for (std::string_view source : {" experts say ", " experts said ", " officials say ", " officials said ",
                                      " investigators say ", " investigators said ", " monitors say "})
        if (after.starts_with(source)) return true;
    }
  }
  // "Larijani visited Beirut in August to show support for the group": the
  // place visited is no one taking a stance (the visitor is).
  if (StancePredicate(rule.predicate) && subject_at < object_at) {
    const Token* w = word_before_subject("the");
    if (w && book.lexicon.Has("visiting_verbs", *w)) return true;
  }
  // "all five states except Turkmenistan are members": the name excepted
  // does not do what the others do.
  if (const Token* w = word_before_subject("for"); w && book.lexicon.Has("exception_words", *w)) return true;
  // "The former governor of the Bank of Canada and the Bank of England told
  // voters ...": a body after an office's "of" names the office, whose
  // holder is the one who acts.
  // ("The presidents of Kyrgyzstan, Tajikistan and Uzbekistan met", "...
  // signed a treaty": holders of one office in several states who act
  // together are their states acting.)
  if (subject_at < object_at) {
    uint32_t at = m.TokenAt(subject_at);
    if (at > s.first_token && doc.tokens[at - 1].folded == "the") --at;
    if (at >= s.first_token + 2 && doc.tokens[at - 1].folded == "of" &&
        (book.lexicon.Has("office_titles", doc.tokens[at - 2]) || book.lexicon.Has("person_titles", doc.tokens[at - 2])) &&
        !doc.tokens[at - 2].folded.ends_with("s"))
      return true;
  }
  // "Indonesia joined BRICS as a full member in January, bought Rafale
  // fighters from France": the object of a verb does not do the next verb
  // of its series (one after a verb of saying, "said Russia attacked", is a
  // clause's subject).
  // (The slot read first is the doer, whichever the rule calls subject:
  // "bought fighters from France" names the buyer first.)
  if (size_t first_slot = std::min(subject_at, object_at), second_slot = std::max(subject_at, object_at);
      first_slot != second_slot) {
    uint32_t at = m.TokenAt(first_slot);
    if (at > s.first_token && doc.tokens[at - 1].folded == "the") --at;
    const Token* before = at > s.first_token ? &doc.tokens[at - 1] : nullptr;
    if (before && before->is_word && !before->capitalized && LooksLikeVerb(book, *before) &&
        !book.lexicon.Has("speech_verbs", *before)) {
      size_t first_end = m.text.find(']', first_slot);
      for (size_t comma = m.text.find(" , ", first_end); comma != std::string::npos && comma < second_slot;
           comma = m.text.find(" , ", comma + 1)) {
        uint32_t next = m.TokenAt(comma + 3);
        if (next < s.end_token && LooksLikeVerb(book, doc.tokens[next])) return true;
      }
    }
  }
  // "Armenia's opposition accuses Pashinyan": the state's opposition (lexicon
  // outside_government_words) is not the state.
  if (size_t close = m.text.find(']', subject_at); subject_at < object_at && close != std::string::npos &&
                                                      m.text.compare(close + 1, 4, " 's ") == 0 &&
                                                      book.lexicon.Contains("outside_government_words",
                                                                            std::string(r.WordAt(close + 5))))
    return true;
  // "has kept channels open to both Moscow and Kyiv throughout the war,
  // hosted ...": a pair after a preposition and "both" is its object.
  if (subject_at < object_at) {
    uint32_t at = m.TokenAt(subject_at);
    if (at >= s.first_token + 2 && doc.tokens[at - 1].folded == "both" &&
        (doc.tokens[at - 2].folded == "to" || doc.tokens[at - 2].folded == "with" ||
         doc.tokens[at - 2].folded == "from" || doc.tokens[at - 2].folded == "between" ||
         doc.tokens[at - 2].folded == "for" || doc.tokens[at - 2].folded == "against" ||
         doc.tokens[at - 2].folded == "on"))
      return true;
  }
  // "was suspended as Thai prime minister after a phone call with Hun Sen":
  // the state of an office someone is said to hold "as" does not act.
  if (const Token* w = word_before_subject("the"); w && w->folded == "as" && subject_at < object_at) {
    uint32_t after = m.TokenAt(subject_at) + 1;
    for (const auto& e : doc.entities)
      for (const auto& mn : e.mentions)
        if (mn.first_token == m.TokenAt(subject_at) && mn.demonym) after = mn.end_token;
    if (after < s.end_token && (book.lexicon.LongestAt("office_titles", doc.tokens, after, s.end_token) ||
                                book.lexicon.LongestAt("person_titles", doc.tokens, after, s.end_token)))
      return true;
  }
  // "The UAE has been accused by UN experts of supplying the RSF": the
  // accuser after "by" does not do what it accuses another of.
  if (subject_at < object_at && rule.predicate != Predicate::kCriticizes)
    if (const Token* w = word_before_subject("the"); w && w->folded == "by") {
      uint32_t by = m.TokenAt(subject_at) - 1;
      if (by > s.first_token && doc.tokens[by].folded == "the") --by;
      // ("accused by United Nations experts and by Sudan's government of
      // supplying ...": or a second accuser, after "and by".)
      for (uint32_t k = by; k-- > s.first_token && k + 10 > by;) {
        if (doc.tokens[k].folded == "," || doc.tokens[k].folded == ";") break;
        if (book.lexicon.Has("accusation_participles", doc.tokens[k]) &&
            (k + 3 > by || doc.tokens[by - 1].folded == "and"))
          return true;
      }
    }
  // "supporters of the ruling Progressive Party attacked students": the
  // body a group is "of" does not act (past "the" and a lower-case word).
  if (subject_at < object_at)
    for (uint32_t at = m.TokenAt(subject_at), k = at; k > s.first_token + 1 && k + 3 >= at; --k) {
      const Token& w = doc.tokens[k - 1];
      if (w.folded == "of") {
        if (book.lexicon.Has("possessor_group_nouns", doc.tokens[k - 2])) return true;
        break;
      }
      // ("men linked to the ruling party attacked": nor one they are tied
      // to; forces loyal to someone are theirs, and act for them.)
      if ((w.folded == "to" || w.folded == "with") && k > s.first_token + 2 &&
          book.lexicon.Has("affiliation_words", doc.tokens[k - 2]) &&
          !book.lexicon.Has("anaphor_forces", doc.tokens[k - 3]))
        return true;
      if (w.capitalized || w.all_caps || w.folded == ",") break;
    }
  // "Trump said the boat belonged to Tren de Aragua": after a verb of
  // saying, a clause with a subject of its own (a noun, then its verb)
  // is none of the speaker's doing.
  if (subject_at < object_at) {
    uint32_t from = m.TokenAt(subject_at), to = m.TokenAt(object_at);
    for (uint32_t k = from + 1; k + 3 < to && k + 3 < s.end_token; ++k) {
      if (!book.lexicon.Has("speech_verbs", doc.tokens[k])) continue;
      const std::string& det = doc.tokens[k + 1].folded;
      if (det != "the" && det != "a" && det != "an" && det != "its" && det != "his" && det != "her" && det != "their" &&
          det != "this")
        continue;
      const Token& noun = doc.tokens[k + 2];
      if (!noun.is_word || noun.capitalized) continue;
      for (uint32_t v = k + 3; v < to && v < k + 6; ++v)
        if (LooksLikeVerb(book, doc.tokens[v])) return true;
    }
    // ("struck targets in Kabul that Islamabad said belonged to the TTP":
    // a verb right after the speaker's verb of saying has the relative
    // clause's antecedent for subject.)
    if (size_t close = m.text.find(']', subject_at); close != std::string::npos && close + 2 < object_at) {
      uint32_t k = m.TokenAt(close + 2);
      // (In the past: "the Gulf states are" has a noun in "-s".)
      const std::string& said = doc.tokens[k].folded;
      bool past = said == "said" || said == "told" || said == "wrote" || said.ends_with("ed");
      if (k > s.first_token && k + 1 < to && k + 1 < s.end_token && past &&
          book.lexicon.Has("speech_verbs", doc.tokens[k])) {
        const Token& next = doc.tokens[k + 1];
        if (next.is_word && !next.capitalized && next.folded != "that" && LooksLikeVerb(book, next)) return true;
      }
    }
  }
  // "has released prisoners, including the journalist Ihar Losik, after
  // talks with American envoys": an example in a list is no subject.
  // ("Several governments, including Spain and Norway, recognised ...":
  // examples before the verb do act.)
  // (An example's own ties are still its own: "including the Arakan Army
  // in Rakhine State".)
  if (subject_at < object_at && BetweenActors(rule.predicate)) {
    uint32_t at = m.TokenAt(subject_at);
    size_t close = m.text.find(']', subject_at);
    // (Past the rest of the list: "Spain, Ireland and Norway, recognised".)
    for (bool more = true; more && close != std::string::npos;) {
      more = false;
      for (const char* joint : {"] , [E", "] and [E", "] , and [E"})
        if (m.text.compare(close, std::strlen(joint), joint) == 0) {
          close = m.text.find(']', close + std::strlen(joint));
          more = true;
          break;
        }
    }
    bool verb_after = close != std::string::npos && m.text.compare(close, 4, "] , ") == 0 &&
                      LooksLikeVerb(book, doc.tokens[m.TokenAt(close + 4)]);
    for (uint32_t k = at; !verb_after && k > s.first_token && k + 4 > at; --k) {
      const Token& w = doc.tokens[k - 1];
      if (w.folded == "including" || w.folded == "notably") return true;
      if (!w.is_word || w.capitalized) break;
    }
  }
  // "Greece protested after the eastern authorities signed an agreement with
  // Turkey": a clause opened by a conjunction, with a subject of its own (a
  // common noun) before its verb, is none of the subject's doing.
  if (rule.subject_before_gap && subject_at < object_at) {
    uint32_t from = m.TokenAt(subject_at), to = m.TokenAt(object_at);
    for (uint32_t k = from + 1; k + 3 < to && k + 3 < s.end_token; ++k) {
      if (!book.lexicon.Has("time_clause_conjunctions", doc.tokens[k]) || doc.tokens[k + 1].folded != "the") continue;
      for (uint32_t v = k + 3; v < to && v <= k + 4; ++v)
        if (!doc.tokens[v - 1].capitalized && doc.tokens[v - 1].is_word && LooksLikeVerb(book, doc.tokens[v]))
          return true;
    }
  }
  // The word before "in (the)" and the slot at `slot_at`, or nullptr.
  auto word_before_in = [&](size_t slot_at) -> const Token* {
    uint32_t at = m.TokenAt(slot_at);
    if (at > s.first_token && doc.tokens[at - 1].folded == "the") --at;
    return at >= s.first_token + 2 && doc.tokens[at - 1].folded == "in" ? &doc.tokens[at - 2] : nullptr;
  };
  // "Sikh groups in Canada accused Carney": the place of a group outside
  // the state (lexicon non_state_group_nouns) is not who acts ("officials
  // in Kyiv" speak for theirs).
  if (const Token* w = word_before_in(subject_at);
      rule.subject_before_gap && subject_at < object_at && w && book.lexicon.Has("non_state_group_nouns", *w))
    return true;
  // "The United States has threatened countries that deepen ties with
  // Russia": a relative clause on a plural noun between the subject and the
  // object has that noun for its subject.
  if (subject_at < object_at) {
    size_t subject_close = m.text.find(']', subject_at);
    for (uint32_t k = m.TokenAt(subject_close) + 1, end = m.TokenAt(object_at); k + 1 < end && k < s.end_token; ++k) {
      const std::string& w = doc.tokens[k].folded;
      if ((w == "that" || w == "which" || w == "who") && k > s.first_token &&
          book.lexicon.Has("relative_antecedent_nouns", doc.tokens[k - 1]) && rule.pattern.find(w) == std::string::npos) {
        // (Not where a comma closes the clause before the object: "companies
        // that sell weapons to Taiwan, including Lockheed Martin".)
        bool closed = false;
        for (uint32_t j = k + 1; j < end && !closed; ++j) closed = doc.tokens[j].folded == ",";
        if (!closed) return true;
      }
    }
  }
  // "French farmers have protested against imports": people named by a
  // demonym and a noun of groups outside the state are not the state.
  if (subject_at < object_at && r.DemonymBeforeOneOf(subject_at, "non_state_group_nouns")) return true;
  // "an Israeli strike in Beirut's southern suburbs killed ...": the place
  // of an event is not who acts.
  if (subject_at < object_at) {
    std::string_view before = std::string_view(m.text).substr(0, subject_at);
    if (before.ends_with("the ")) before.remove_suffix(4);
    if (before.ends_with("|EVT] in ")) return true;
    // ("attended the summit of the SCO in Tianjin": a body whose event it
    // is is not where the event was.)
    if (rule.predicate == Predicate::kLocatedIn && before.ends_with("|EVT] of ")) return true;
  }
  // "the Alliance of Sahel States, a mutual defence pact signed in Bamako":
  // where a body's founding act took place (lexicon occasion_participles
  // right before "in") does not place the body.
  if (const Token* w = word_before_in(object_at);
      rule.predicate == Predicate::kLocatedIn && subject_at < object_at && w &&
      m.text.compare(m.text.find(']', subject_at) - 4, 4, "|ORG") == 0 && book.lexicon.Has("occasion_participles", *w))
    return true;
  // "Hungary is the first member of the European Union to leave the court":
  // the member does what follows "to", not the body it belongs to.
  if (subject_at < object_at) {
    uint32_t at = m.TokenAt(subject_at);
    uint32_t k = at > s.first_token && doc.tokens[at - 1].folded == "the" ? at - 1 : at;
    size_t close = m.text.find(']', subject_at);
    bool to_after = close != std::string::npos && m.text.compare(close, 5, "] to ") == 0;
    if (to_after && k >= s.first_token + 2 && doc.tokens[k - 1].folded == "of" &&
        book.lexicon.Has("member_nouns", doc.tokens[k - 2]))
      return true;
  }
  // "met Trump at the White House in December to sign the accords": a body
  // after "at" is where the verb before happened, not the subject of the next.
  if (rule.subject_before_gap && subject_at < object_at) {
    if (const Token* w = word_before_subject("the"); w && w->folded == "at") return true;
    // "Duterte's supporters accuse Marcos": the possessor of a group that
    // acts does not act himself.
    if (size_t close = m.text.find(']', subject_at); close != std::string::npos &&
        m.text.compare(close + 1, 4, " 's ") == 0) {
      size_t word = close + 5, end = m.text.find(' ', word);
      if (end != std::string::npos &&
          book.lexicon.Contains("possessor_group_nouns", m.text.substr(word, end - word)))
        return true;
    }
    // "accused the Taliban of sheltering militants who have killed Pakistani
    // soldiers": a relative clause on a noun after the subject has a
    // subject of its own ("the TTP, which has killed": on the subject, it
    // is the subject's).
    size_t subject_end = m.text.find(']', subject_at) + 1;
    // "aligned Argentina with the United States and Israel, withdrawn from
    // the WHO": names after a preposition, then a comma and the verb, are
    // inside a series of the sentence's own subject.
    std::string_view before = std::string_view(m.text).substr(0, subject_at);
    if (before.ends_with("the ")) before.remove_suffix(4);
    if (before.ends_with(" with ") || before.ends_with(" to ") || before.ends_with(" against ") ||
        before.ends_with(" from ")) {
      size_t list_end = subject_end;
      for (const char* joint : {" and [E", " , [E", " and the [E"})
        while (list_end < m.text.size() && m.text.compare(list_end, std::strlen(joint), joint) == 0) {
          size_t close = m.text.find(']', list_end + 1);
          if (close == std::string::npos) break;
          list_end = close + 1;
        }
      if (list_end < m.text.size() && m.text.compare(list_end, 3, " , ") == 0) return true;
    }
    // "Trump responded by calling Petro an illegal drug leader, cut aid to
    // Colombia": a name right after a participle is its object, and past
    // a comma the series goes on with the sentence's own subject.
    if (const Token* w = word_before_subject("the");
        w && w->is_word && !w->capitalized && w->folded.size() > 4 && w->folded.ends_with("ing") &&
        !book.lexicon.Has("participle_prepositions", *w) && m.text.find(" , ", subject_end) < object_at)
      return true;
    // ("They have also expelled French troops, ended cooperation with the
    // UN mission": so is one right after a finite verb, where the comma
    // after it goes on with another verb of the series.)
    if (const Token* w = word_before_subject("the"); w && w->is_word && !w->capitalized && LooksLikeVerb(book, *w)) {
      size_t comma = m.text.find(" , ", subject_end);
      if (comma < object_at && comma + 3 < m.text.size() && m.text[comma + 3] != '[') {
        const Token& next = doc.tokens[m.TokenAt(comma + 3)];
        if (next.is_word && !next.capitalized && LooksLikeVerb(book, next)) return true;
      }
    }
    // (A rule that spells out a relative clause reads it itself: "supplied
    // missiles, which Russia has fired".)
    bool rule_reads_relatives = rule.pattern.find("which") != std::string::npos;
    for (const char* relative : {" who ", " which "})
      for (size_t k = m.text.find(relative, subject_end); !rule_reads_relatives && k < object_at;
           k = m.text.find(relative, k + 1))
        if (k != subject_end && !(k == subject_end + 2 && m.text[subject_end + 1] == ',')) return true;
  }
  // "keeps the alliance with the United States strong while repairing ties
  // with Beijing": a name after a preposition is no subject of the
  // participle after "while", which has the sentence's.
  if (subject_at < object_at) {
    const Token* w = word_before_subject("the");
    size_t subject_end = m.text.find(']', subject_at) + 1;
    size_t during = m.text.find(" while ", subject_end);
    if (w && (w->folded == "with" || w->folded == "to" || w->folded == "for" || w->folded == "of" ||
              w->folded == "against" || w->folded == "from") &&
        during < object_at) {
      size_t word = during + 7, space = m.text.find(' ', word);
      if (space != std::string::npos && space - word > 4 && m.text.compare(space - 3, 3, "ing") == 0) return true;
    }
  }
  // "dismissed Paetongtarn Shinawatra, the daughter of the former prime
  // minister Thaksin Shinawatra, for a call with Hun Sen": a person after
  // "of" (and titles) in an apposition to another person, the sentence
  // going on past it with no verb, is the one the apposition relates to,
  // no subject.
  if (subject_at < object_at && m.text.compare(subject_at, 2, "[E") == 0) {
    size_t close = m.text.find(']', subject_at);
    uint32_t subject_tok = m.TokenAt(subject_at);
    uint32_t after = close != std::string::npos ? m.TokenAt(close + 4) : s.end_token;
    if (close != std::string::npos && m.text.compare(close - 4, 5, "|PER]") == 0 &&
        m.text.compare(close + 1, 3, " , ") == 0 && after < s.end_token && !LooksLikeVerb(book, doc.tokens[after])) {
      uint32_t of = subject_tok;
      while (of > s.first_token && of + 5 > subject_tok && doc.tokens[of - 1].is_word &&
             !doc.tokens[of - 1].capitalized && doc.tokens[of - 1].folded != "of")
        --of;
      bool after_of = of > s.first_token && doc.tokens[of - 1].folded == "of";
      uint32_t opener = after_of ? of - 1 : s.first_token;  // the apposition's first word, after its comma
      while (opener > s.first_token && opener + 6 > of && doc.tokens[opener - 1].is_word &&
             !doc.tokens[opener - 1].capitalized)
        --opener;
      bool apposition = after_of && opener > s.first_token + 1 && doc.tokens[opener - 1].folded == "," &&
                        (doc.tokens[opener].folded == "the" || doc.tokens[opener].folded == "a");
      if (apposition)
        for (size_t at = m.text.find("[E"); at != std::string::npos && at < subject_at;
             at = m.text.find("[E", at + 2)) {
          size_t head_close = m.text.find(']', at);
          if (head_close != std::string::npos && m.text.compare(head_close - 4, 5, "|PER]") == 0 &&
              m.text.compare(head_close + 1, 3, " , ") == 0 && m.TokenAt(head_close + 4) == opener)
            return true;
        }
    }
  }
  return false;
}

// A person whose relative is meant ("met Putin's daughter").
bool RelativeVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "sanctioning Moraes's wife", "met Putin's daughter": the relative is
  // whom it is about, not the person named.
  if (BetweenActors(rule.predicate) && object_text.ends_with("|PER]")) {
    size_t after_object = object_at + object_text.size();
    if (m.text.compare(after_object, 4, " 's ") == 0) {
      size_t word = after_object + 4, space = m.text.find(' ', word);
      std::string noun = m.text.substr(word, space == std::string::npos ? space : space - word);
      if (book.lexicon.Contains("family_roles", noun)) return true;
    }
  }
  return false;
}

// The object stands for something else: a deal with it ("protests against
// the border deal with Azerbaijan"), an event it names ("hosted the grain
// deal talks"), or a clause that a "which" after it sums up ("sold
// ammunition that reached Ukraine, which Moscow has criticised").
bool ObjectIsAThingVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  if (!BetweenActors(rule.predicate)) return false;
  std::string_view before = std::string_view(m.text).substr(0, object_at);
  if (before.ends_with("the ")) before.remove_suffix(4);
  if (subject_at < object_at)
    for (std::string_view deal : {" deal with ", " agreement with ", " accord with ", " treaty with ", " pact with "})
      if (before.ends_with(deal)) {
        if (StancePredicate(rule.predicate)) return true;
        // ("his foreign minister, Sugiono, said the treaty with Australia
        // did not ...": a deal the subject speaks of is not the speaker's.)
        size_t close = m.text.find(']', subject_at);
        size_t word = close == std::string::npos ? close : close + 2;
        if (word != std::string::npos && m.text.compare(word, 2, ", ") == 0) word += 2;
        static const std::set<std::string_view> kSaying = {"said", "says", "say", "told", "tells", "argued",
                                                           "argues", "noted", "notes", "insisted", "insists",
                                                           "stressed", "stresses"};
        if (word != std::string::npos && word < m.text.size() && kSaying.count(r.WordAt(word))) return true;
        std::string_view between = std::string_view(m.text).substr(subject_at, object_at - subject_at);
        if (rule.predicate == Predicate::kCooperatesWith && between.find(" against ") != std::string_view::npos)
          return true;
      }
  // ("Pakistan has expelled Afghans, accusing some of links to the
  // Pakistani Taliban": the ties after "accusing ... of" are the
  // accused's.)
  if (rule.predicate == Predicate::kCooperatesWith && subject_at < object_at) {
    std::string_view between = std::string_view(m.text).substr(subject_at, object_at - subject_at);
    size_t accusing = between.find(" accus");
    if (accusing != std::string_view::npos && between.find(" of ", accusing) != std::string_view::npos) return true;
  }
  // ("Russian aircraft had bombed the same rebels he led": a person right
  // after a noun and before a verb of leading opens a contact clause about
  // what the noun names.)
  if (subject_at < object_at && object_text.ends_with("|PER]") &&
      book.lexicon.Contains("leading_participles", std::string(r.WordAt(object_at + object_text.size() + 1)))) {
    uint32_t at = m.TokenAt(object_at);
    if (at > s.first_token && doc.tokens[at - 1].is_word && !doc.tokens[at - 1].capitalized &&
        !LooksLikeVerb(book, doc.tokens[at - 1]) && doc.tokens[at - 1].folded != "the")
      return true;
  }
  size_t after = object_at + object_text.size();
  if (object_text.ends_with("|ORG]") && m.text.compare(after, 3, " [E") == 0) {
    size_t close = m.text.find(']', after);
    if (close != std::string::npos && m.text.compare(close - 4, 5, "|EVT]") == 0) return true;
  }
  if (object_at < subject_at && m.text.compare(after, 9, " , which ") == 0) {
    // (A relative "that" before a verb: "demanded that it first crack down
    // on supporters of the PKK, which ..." opens a clause of its own.)
    size_t clause = before.find_last_of(",;");
    size_t from = clause == std::string_view::npos ? 0 : clause;
    for (size_t that = before.find(" that ", from); that != std::string_view::npos; that = before.find(" that ", that + 1)) {
      uint32_t next = m.TokenAt(that + 6);
      if (next < s.end_token && LooksLikeVerb(book, doc.tokens[next])) return true;
    }
  }
  return false;
}

// MEETS: what belongs to the one named, a guest in exile, talks someone blocks.
bool MeetingVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "Lithuania is hosting a German armoured brigade": troops named by a
  // demonym are hosted, not met.
  if (rule.predicate == Predicate::kMeets && subject_at < object_at && r.DemonymBeforeOneOf(object_at, "hosted_force_nouns"))
    return true;
  // "Tajikistan hosts Russia's largest military base", "hosted Putin's
  // envoy": what belongs to the one named is met, not the one named.
  if (rule.predicate == Predicate::kMeets && object_at > subject_at &&
      m.text.compare(object_at + object_text.size(), 4, " 's ") == 0)
    return true;
  // "Putin, who hosts Assad in exile": a guest given refuge is not met.
  if (rule.predicate == Predicate::kMeets && object_at > subject_at) {
    uint32_t after = m.TokenAt(object_at + object_text.size() + 1);
    if (after + 1 < s.end_token && after > m.TokenAt(object_at) && doc.tokens[after].folded == "in" &&
        doc.tokens[after + 1].folded == "exile")
      return true;
  }
  // "Hungary has blocked the opening of accession talks with Ukraine": who
  // blocks talks is no party to them.
  if (rule.predicate == Predicate::kMeets && object_at > subject_at)
    for (uint32_t k = m.TokenAt(subject_at); k < m.TokenAt(object_at) && k < s.end_token; ++k)
      if (book.lexicon.Has("talks_blocking_verbs", doc.tokens[k])) return true;
  return false;
}

// COOPERATES_WITH: "Germany and the EU signed a lithium partnership with
// Belgrade": those named together as the subject, the match ending where
// "with" names the partner, are each the partner's, not each other's.
bool CoSubjectsVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  if (rule.predicate != Predicate::kCooperatesWith || subject_at >= object_at) return false;
  size_t subject_end = m.text.find(']', subject_at);
  if (subject_end == std::string::npos) return false;
  std::string_view between(m.text.data() + subject_end + 1, object_at - subject_end - 1);
  if (between != " and " && between != " and the ") return false;
  uint32_t partner = last_tok + 1;
  if (partner < s.end_token && doc.tokens[partner].folded == "the") ++partner;
  return partner < s.end_token && doc.tokens[last_tok].folded == "with" && doc.tokens[partner].capitalized;
}

// HOLDS_POSITION and WORKS_FOR: an office in what a state has, or in
// another person's apposition.
bool OfficeVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "the leader of Venezuela's democratic opposition", "led the African
  // Union's mediation": an office in what the state or body has or does,
  // not in it ("the head of Russia's sovereign wealth fund", a body of the
  // state's, is one of its offices).
  if (rule.predicate == Predicate::kHoldsPosition && subject_at < object_at && !object_text.ends_with("|PER]") &&
      m.text.compare(object_at + object_text.size(), 4, " 's ") == 0 &&
      object_at + object_text.size() + 4 < m.text.size() && m.text[object_at + object_text.size() + 4] != '[' &&
      m.TokenAt(object_at + object_text.size() + 1) >= last_tok) {
    uint32_t k = m.TokenAt(object_at + object_text.size() + 4);
    bool body = false;
    for (uint32_t end = k + 4; k < end && k < s.end_token && doc.tokens[k].is_word && !body; ++k)
      body = book.lexicon.Has("org_heads", doc.tokens[k]);
    if (!body) return true;
  }
  // "members of Congress, led by Senator Ted Cruz": who leads some of a
  // body's members (lexicon members_of_body_nouns before "of") leads no
  // office of the body.
  if (rule.predicate == Predicate::kHoldsPosition && object_at < subject_at && object_text.ends_with("|ORG]") &&
      r.BetweenHasOneOf({" led by ", " headed by "})) {
    uint32_t body = m.TokenAt(object_at);
    if (body > s.first_token && doc.tokens[body - 1].folded == "the") --body;
    if (body >= s.first_token + 2 && doc.tokens[body - 1].folded == "of" &&
        book.lexicon.Has("members_of_body_nouns", doc.tokens[body - 2]))
      return true;
  }
  // "Macron has been careful with Biya, whose government is a partner
  // against Boko Haram": a role after "whose" is someone else's.
  if (rule.predicate == Predicate::kWorksFor && subject_at < object_at && r.BetweenHasOneOf({" whose "})) return true;
  // "Russia's UN ambassador Vassily Nebenzia": an envoy to a body the
  // state's possessive names serves the state, not the body.
  if (rule.predicate == Predicate::kHoldsPosition && object_text.ends_with("|ORG]") && object_at >= 9 &&
      m.text.compare(object_at - 9, 9, "|LOC] 's ") == 0 &&
      book.lexicon.Contains("envoy_titles", std::string(r.WordAt(object_at + object_text.size() + 1))))
    return true;
  // "Abiy replaced Getachew Reda as head of the Tigray interim
  // administration in March 2025 with General Tadesse Werede": the one put
  // in after "with" takes the office, not the one who replaced.
  if (rule.predicate == Predicate::kHoldsPosition && subject_at < object_at &&
      r.BetweenHasOneOf({" replaced ", " replacing ", " replaces "})) {
    size_t end = m.text.find_first_of(";,", object_at);
    size_t with = m.text.find(" with ", object_at);
    if (with != std::string::npos && (end == std::string::npos || with < end)) {
      size_t at = with + 6;
      for (int words = 0; words < 4 && at < m.text.size() && m.text.compare(at, 2, "[E") != 0; ++words) {
        size_t space = m.text.find(' ', at);
        at = space == std::string::npos ? m.text.size() : space + 1;
      }
      size_t close = m.text.find(']', at);
      if (at < m.text.size() && close != std::string::npos && m.text.compare(close - 4, 4, "|PER") == 0) return true;
    }
  }
  // "Nexperia's Chinese chief executive, Zhang Xuezheng": a body's post
  // held by someone of a nationality is no office of that state.
  if (rule.predicate == Predicate::kHoldsPosition && object_text.ends_with("|LOC]") && object_at >= 4 &&
      m.text.compare(object_at - 4, 4, " 's ") == 0 &&
      MentionIsDemonym(doc, std::strtoul(object_text.data() + 2, nullptr, 10), m.TokenAt(object_at)) &&
      // ("His Tajik counterpart, Saimumin Yatimov": but one's counterpart
      // of a nationality holds the office in that state.)
      r.WordAt(object_at + object_text.size() + 1) != "counterpart")
    return true;
  // "The European Commissioner for Enlargement, Marta Kos": a region's
  // demonym before a title names no state the office is in.
  if (rule.predicate == Predicate::kHoldsPosition && object_text.ends_with("|LOC]")) {
    size_t e = std::strtoul(object_text.data() + 2, nullptr, 10);
    const KbEntity* k = e < doc.entities.size() ? book.kb.Find(doc.entities[e].kb_id) : nullptr;
    if (k && k->category == "region" && MentionIsDemonym(doc, e, m.TokenAt(object_at))) return true;
  }
  // "Juan Orlando Hernández, the former National Party president": a head
  // of state's or government's title after a party is the state's office,
  // held for the party, where the knowledge base has the person in it.
  if (rule.predicate == Predicate::kHoldsPosition && object_text.ends_with("|ORG]") && object_at < subject_at) {
    size_t party = std::strtoul(object_text.data() + 2, nullptr, 10);
    size_t person = std::strtoul(m.text.data() + subject_at + 2, nullptr, 10);
    const KbEntity* p = party < doc.entities.size() ? book.kb.Find(doc.entities[party].kb_id) : nullptr;
    const KbEntity* who = person < doc.entities.size() ? book.kb.Find(doc.entities[person].kb_id) : nullptr;
    std::string_view between = std::string_view(m.text).substr(object_at + object_text.size(),
                                                                subject_at - object_at - object_text.size());
    bool state_title = between == " president " || between == " prime minister ";
    if (p && who && p->category == "party" && !p->located_in.empty() && state_title &&
        std::any_of(who->offices.begin(), who->offices.end(), [&](const Office& o) {
          return o.of == p->located_in && (o.role == "President" || o.role == "Prime Minister");
        }))
      return true;
  }
  // "Axel Kicillof, the Peronist governor of Buenos Aires province": a
  // title that ends the match before "of" and a name is an office of that
  // name, not of the body or state before the title.
  // (Only where the match goes on past the object to the title.)
  if (rule.predicate == Predicate::kHoldsPosition && subject_at < object_at && last_tok + 1 < s.end_token &&
      doc.tokens[last_tok].folded == "of" && m.TokenAt(object_at + object_text.size() - 1) + 1 < last_tok) {
    uint32_t k = doc.tokens[last_tok + 1].folded == "the" ? last_tok + 2 : last_tok + 1;
    if (k < s.end_token && doc.tokens[k].capitalized) return true;
  }
  // ("Sergei Lavrov, the Russian foreign minister, said that Armenia could
  // not be a member of the Eurasian Economic Union": what is said after
  // the apposition is about someone else.)
  if ((rule.predicate == Predicate::kHoldsPosition || rule.predicate == Predicate::kWorksFor) &&
      subject_at < object_at) {
    if (r.BetweenHasOneOf({" , said ", " , says ", " said that ", " says that "})) return true;
  }
  // "made Rosario Murillo, the wife of Daniel Ortega, co-president of the
  // republic": a title after the apposition of a relative is the head
  // name's, not the relative's the apposition names.
  if (rule.predicate == Predicate::kHoldsPosition && subject_at < object_at) {
    uint32_t at = m.TokenAt(subject_at);
    if (at >= s.first_token + 4 && doc.tokens[at - 1].folded == "of" &&
        book.lexicon.Has("family_roles", doc.tokens[at - 2]) &&
        (doc.tokens[at - 3].folded == "the" || doc.tokens[at - 3].folded == "a") && doc.tokens[at - 4].folded == ",")
      return true;
  }
  // ("Issam Chebbi, the leader of the Republican Party, Jawhar Ben Mbarek,
  // a constitutional lawyer, and ...": a title set off after one person
  // is that person's; the name after its comma is the list's next item.)
  if (rule.predicate == Predicate::kHoldsPosition && object_at < subject_at &&
      m.text.compare(subject_at - 3, 3, " , ") == 0) {
    uint32_t k = first_tok;
    if (k > s.first_token && (doc.tokens[k - 1].folded == "the" || doc.tokens[k - 1].folded == "a")) --k;
    if (k >= s.first_token + 2 && doc.tokens[k - 1].folded == ",") {
      for (const auto& e : doc.entities)
        if (e.type == EntityType::kPerson)
          for (const Mention& mention : e.mentions)
            if (mention.sentence == doc.tokens[k].sentence && mention.end_token + 1 == k) return true;
    }
  }
  // ("two presidents, Phuc and Thuong, and the speaker of the National
  // Assembly, Vuong Dinh Hue": ", and" right after the name adds another
  // to a list, no apposition.)
  if (rule.predicate == Predicate::kHoldsPosition && subject_at < object_at &&
      m.text.compare(m.text.find(']', subject_at) + 1, 7, " , and ") == 0)
    return true;
  // ("the State Department under Obama": a body "under" someone is led by
  // them only where it is a party.)
  if (rule.predicate == Predicate::kHoldsPosition && object_at < subject_at && object_text.ends_with("|ORG]")) {
    std::string_view between = std::string_view(m.text).substr(object_at + object_text.size(),
                                                                subject_at - object_at - object_text.size());
    if (between.ends_with(" under ") && !IsParty(doc, book, std::strtoul(object_text.data() + 2, nullptr, 10)))
      return true;
  }
  // "Fico was the only head of government from the European Union present":
  // a head of state or government holds a state's office; a body named
  // after the title is one the state belongs to, no employer.
  if ((rule.predicate == Predicate::kHoldsPosition || rule.predicate == Predicate::kWorksFor) &&
      subject_at < object_at && object_text.ends_with("|ORG]")) {
    if (r.BetweenHasOneOf({" head of government ", " head of state ", " heads of state ", " heads of government "}))
      return true;
  }
  // "The most powerful man after Japarov is Kamchybek Tashiev, the head of
  // the security committee": the office in an apposition to another
  // person named between is that person's.
  if ((rule.predicate == Predicate::kHoldsPosition || rule.predicate == Predicate::kWorksFor) &&
      subject_at < object_at) {
    size_t subject_end = m.text.find(']', subject_at) + 1;
    for (size_t at = m.text.find("|PER] , ", subject_end); at != std::string::npos && at < object_at;
         at = m.text.find("|PER] , ", at + 1)) {
      // (Only where an apposition opens there: "father of President Serdar
      // Berdimuhamedov, still holds the post" closes the subject's own.)
      bool opens = m.text.compare(at + 8, 4, "the ") == 0 || m.text.compare(at + 8, 2, "a ") == 0 ||
                   m.text.compare(at + 8, 3, "an ") == 0;
      if (opens && m.text.rfind("[E", at) >= subject_end) return true;
    }
  }
  return false;
}

// MEMBER_OF: a membership blocked.
bool MembershipVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "Russia and China continue to block Kosovo's membership of the United
  // Nations": a membership blocked is none.
  if (const Token* w = word_before_subject("the");
      rule.predicate == Predicate::kMemberOf && subject_at < object_at && w &&
      book.lexicon.Has("talks_blocking_verbs", *w))
    return true;
  // ("The EU included A7A5 in its nineteenth package": what a body
  // includes "in" something is put there, no member of the body.)
  if (rule.predicate == Predicate::kMemberOf && object_at < subject_at) {
    size_t close = m.text.find(']', subject_at);
    if (close != std::string::npos && m.text.compare(close + 1, 4, " in ") == 0 &&
        r.BetweenHasOneOf({" included ", " includes "}))
      return true;
  }
  // "would leave the US Navy short of boats": a body left in a state is
  // no body left.
  if (rule.predicate == Predicate::kMemberOf && rule.modality == Modality::kNegated && subject_at < object_at) {
    size_t close = m.text.find(']', object_at);
    if (close != std::string::npos && (m.text.compare(close, 8, "] short ") == 0 ||
                                       m.text.compare(close, 10, "] without ") == 0 ||
                                       m.text.compare(close, 10, "] exposed ") == 0))
      return true;
    // ("leaving the White House early": a seat of government one leaves is
    // a building, no body one belonged to.)
    size_t e = std::strtoul(object_text.data() + 2, nullptr, 10);
    const KbEntity* k = e < doc.entities.size() ? book.kb.Find(doc.entities[e].kb_id) : nullptr;
    if (k && k->category == "government" && object_text.ends_with("|ORG]") &&
        r.BetweenHasOneOf({" left ", " leave ", " leaves ", " leaving "}))
      return true;
    // ("the leader of the centre-left Republican Turkish Party": "left" in
    // a party's leaning is no departure.)
    if (r.BetweenHasOneOf({" centre left ", " center left ", " far left ", " hard left ", " radical left ",
                           " moderate left "}) &&
        !r.BetweenHasOneOf({" has left ", " had left ", " have left ", " who left ", " and left "}))
      return true;
  }
  return false;
}

// AIDS: aid barred.
bool AidVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "Athens is also buying F-35 jets from Lockheed Martin": a company that
  // sells is a supplier, not a state's aid.
  if (rule.predicate == Predicate::kAids && object_at < subject_at && m.text.compare(subject_at, 2, "[E") == 0 &&
      r.BetweenHasOneOf({" from "})) {
    size_t e = std::strtoul(m.text.data() + subject_at + 2, nullptr, 10);
    const KbEntity* k = e < doc.entities.size() ? book.kb.Find(doc.entities[e].kb_id) : nullptr;
    if (k && k->category == "company") return true;
  }
  // "a 1992 restriction on American aid to Azerbaijan": aid barred is none.
  if (rule.predicate == Predicate::kAids) {
    uint32_t at = m.TokenAt(subject_at);
    if (at >= s.first_token + 2 && (doc.tokens[at - 1].folded == "on" || doc.tokens[at - 1].folded == "of") &&
        book.lexicon.Has("aid_blocking_nouns", doc.tokens[at - 2]))
      return true;
    // "announced that the United States would end all aid to Colombia": a
    // verb that stops aid, inside a reading of aid given, leaves that to
    // the readings of aid stopped (fixed negated).
    if (rule.modality != Modality::kNegated && subject_at < object_at)
      for (uint32_t k = m.TokenAt(subject_at) + 1; k < m.TokenAt(object_at) && k < s.end_token; ++k)
        if (book.lexicon.Has("aid_halting_verbs", doc.tokens[k])) return true;
    // "offered a reward of fifty million dollars for Maduro's capture": what
    // is done to the one named (lexicon patient_event_nouns) is no aid to him.
    if (subject_at < object_at && r.ObjectPossessesOneOf("patient_event_nouns")) return true;
    // "which had barred most American aid to Azerbaijan": nor one before
    // the giver's name.
    if (rule.modality != Modality::kNegated && subject_at < object_at) {
      uint32_t at = m.TokenAt(subject_at);
      while (at > s.first_token && (doc.tokens[at - 1].folded == "most" || doc.tokens[at - 1].folded == "all" ||
                                    doc.tokens[at - 1].folded == "the" || doc.tokens[at - 1].folded == "any"))
        --at;
      if (at > s.first_token && book.lexicon.Has("aid_halting_verbs", doc.tokens[at - 1])) return true;
    }
    // "the Netherlands bought American weapons for Ukraine": arms bought for
    // another are the buyer's aid to it (aids-bought-for), not the seller's
    // to the buyer.
    if (object_at < subject_at && last_tok + 1 < s.end_token && doc.tokens[last_tok].folded == "for") return true;
  }
  return false;
}

// SANCTIONS: sanctions to end, a person designated to an office.
bool SanctionVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "he lifted his veto on the eighteenth package": a veto lifted lifts no
  // sanctions, and a veto cast imposes none.
  if (rule.predicate == Predicate::kSanctions || rule.predicate == Predicate::kEnactedBy)
    for (uint32_t k = first_tok; k + 1 < last_tok && k + 1 < s.end_token; ++k)
      if (book.lexicon.Has("veto_nouns", doc.tokens[k]) &&
          (doc.tokens[k + 1].folded == "on" || doc.tokens[k + 1].folded == "of" || doc.tokens[k + 1].folded == "to"))
        return true;
  // "has not called for an end to sanctions on Russia": ending sanctions
  // is none.
  if (rule.predicate == Predicate::kSanctions && !rule.modality)
    for (uint32_t k = first_tok; k < last_tok && k < s.end_token; ++k)
      if (book.lexicon.LongestAt("sanction_ending_phrases", doc.tokens, k, last_tok) > 0) return true;
  // "has introduced measures against Chinese espionage": measures against
  // a state's activity (lexicon activity_target_nouns) defend against it;
  // they sanction no one.
  if (rule.predicate == Predicate::kSanctions && object_at > subject_at && object_text.ends_with("|LOC]") &&
      book.lexicon.Contains("activity_target_nouns", std::string(r.WordAt(object_at + object_text.size() + 1))))
    return true;
  // "Washington designated Kenya a major non-NATO ally": a designation as a
  // friend is no sanction.
  if (rule.predicate == Predicate::kSanctions && object_at > subject_at) {
    uint32_t k = m.TokenAt(object_at + object_text.size() + 1);
    if (k < s.end_token && doc.tokens[k].folded == "as") ++k;
    if (k < s.end_token &&
        (doc.tokens[k].folded == "a" || doc.tokens[k].folded == "an" || doc.tokens[k].folded == "the"))
      ++k;
    for (uint32_t j = k; j < s.end_token && j < k + 6; ++j)
      if (book.lexicon.Has("friendly_designations", doc.tokens[j])) return true;
  }
  // "Aoun designated Nawaf Salam, a former judge, as prime minister": a
  // person designated as an officer is appointed, not sanctioned.
  if (rule.predicate == Predicate::kSanctions && object_text.ends_with("|PER]") && object_at > subject_at) {
    uint32_t k = m.TokenAt(object_at + object_text.size() + 1);
    if (k < s.end_token && doc.tokens[k].folded == ",")
      for (uint32_t close = k + 1; close < s.end_token && close < k + 16; ++close)
        if (doc.tokens[close].folded == ",") {
          k = close + 1;
          break;
        }
    if (k + 1 < s.end_token && doc.tokens[k].folded == "as")
      for (uint32_t title = k + 1; title < s.end_token && title < k + 4; ++title) {
        if (book.lexicon.LongestAt("person_titles", doc.tokens, title, s.end_token) > 0) return true;
        if (!doc.tokens[title].is_word || doc.tokens[title].capitalized) break;
      }
  }
  return false;
}

// ATTACKS: power seized, sanctions named by states, the lexicon's attack_vetoes.
bool AttackVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "He persuaded the armed factions to stop attacking American bases":
  // the ones persuaded, urged or ordered to act (or to stop) are the
  // attackers, not the subject.
  // (The verbs are the lexicon's attack_control_verbs; then a determiner,
  // one to three plain words and "to".)
  if (size_t from = m.text.find(']', subject_at); subject_at < object_at && from != std::string::npos &&
                                                   from < object_at) {
    uint32_t object_tok = m.TokenAt(object_at);
    for (uint32_t k = m.TokenAt(from) + 1; k < object_tok; ++k) {
      size_t verb = book.lexicon.LongestAt("attack_control_verbs", doc.tokens, k, object_tok);
      if (!verb) continue;
      uint32_t det = k + static_cast<uint32_t>(verb);
      static constexpr std::string_view kDeterminers[] = {"the", "its", "their", "his", "her"};
      if (det >= object_tok || std::ranges::find(kDeterminers, doc.tokens[det].folded) == std::end(kDeterminers))
        continue;
      uint32_t words = 0, w = det + 1;
      for (; w < object_tok && words < 4 && doc.tokens[w].folded != "to"; ++w, ++words)
        if (!doc.tokens[w].is_word || doc.tokens[w].capitalized) break;
      if (w < object_tok && doc.tokens[w].folded == "to" && words >= 1 && words <= 3) return true;
    }
  }
  // "saying it had been captured by ZANU-PF": a party's hold on a body is
  // politics, no armed attack (armed groups are no parties in the
  // knowledge base).
  // (Either slot: a passive's is turned round after the checks.)
  if (m.text.compare(subject_at, 2, "[E") == 0 && m.text.compare(object_at, 2, "[E") == 0) {
    size_t subject = std::strtoul(m.text.data() + subject_at + 2, nullptr, 10);
    size_t object = std::strtoul(object_text.data() + 2, nullptr, 10);
    auto body = [&](size_t e) { return doc.entities[e].type == EntityType::kOrganization; };
    if ((IsParty(doc, book, subject) && body(object)) || (IsParty(doc, book, object) && body(subject))) return true;
  }
  // "Prague bought shells abroad for Ukraine": after a verb that takes it
  // as its object (lexicon attack_noun_verbs), "shells" or "strikes" is a
  // noun, no one's attack.
  if (subject_at < object_at)
    for (uint32_t k = m.TokenAt(subject_at) + 2; k < m.TokenAt(object_at) && k < s.end_token; ++k)
      if (book.lexicon.Has("attack_nouns_of_verbs", doc.tokens[k]) &&
          book.lexicon.Has("attack_noun_verbs", doc.tokens[k - 1]))
        return true;
  // "attacking tanker convoys on the roads from Senegal": a place after a
  // route's "from" is where the route comes from, not whom it struck.
  if (subject_at < object_at) {
    std::string_view before = std::string_view(m.text).substr(0, object_at);
    if (before.ends_with("the ")) before.remove_suffix(4);
    if (before.ends_with(" from ")) {
      before.remove_suffix(6);
      if (book.lexicon.Contains("route_nouns", std::string(before.substr(before.rfind(' ') + 1)))) return true;
    }
  }
  // "Grossi struck a framework agreement with Araghchi": one strikes a deal
  // (lexicon deal_title_heads) or a bargain with the other, no blow.
  if (rule.predicate == Predicate::kAttacks && subject_at < object_at) {
    std::string_view between = std::string_view(m.text).substr(subject_at, object_at - subject_at);
    for (std::string_view verb : {" struck ", " strike ", " strikes ", " striking "}) {
      size_t at = between.find(verb);
      if (at == std::string_view::npos) continue;
      // (Within the four words after the verb: "struck Iran despite the
      // deal" is a blow.)
      size_t words = 0;
      for (size_t w = at + verb.size(); w < between.size() && words++ < 4;) {
        size_t end = between.find(' ', w);
        if (end == std::string_view::npos) end = between.size();
        std::string word(between.substr(w, end - w));
        if (book.lexicon.Contains("deal_title_heads", word) || word == "bargain" || word == "compromise" ||
            word == "balance")
          return true;
        w = end + 1;
      }
    }
  }
  // "accused Washington of preparing a war to seize Venezuela's oil", "the
  // EU seized Russia's assets": what a state owns (lexicon
  // seized_property_nouns), seized, is taken in law or trade; the state is
  // not attacked.
  if (rule.predicate == Predicate::kAttacks && subject_at < object_at) {
    uint32_t at = m.TokenAt(object_at);
    if (at > s.first_token && doc.tokens[at - 1].folded == "the") --at;
    size_t close = m.text.find(']', object_at);
    if (at > s.first_token && doc.tokens[at - 1].folded.starts_with("seiz") && close != std::string::npos &&
        r.WordAt(close + 2) == "'s") {
      uint32_t owned = m.TokenAt(close + 2) + 1;
      for (uint32_t k = owned; k < s.end_token && k < owned + 3; ++k)
        if (book.lexicon.Has("seized_property_nouns", doc.tokens[k])) return true;
    }
  }
  // "accused the United States of waging economic war on the Cuban
  // people": a war of trade, money or words (lexicon
  // non_military_war_modifiers) is no armed attack.
  if (rule.predicate == Predicate::kAttacks)
    for (uint32_t k = first_tok; k + 1 < last_tok && k + 1 < s.end_token; ++k) {
      const std::string& next = doc.tokens[k + 1].folded;
      if ((next == "war" || next == "wars" || next == "warfare") &&
          book.lexicon.Has("non_military_war_modifiers", doc.tokens[k]))
        return true;
    }
  // "an Azerbaijan Airlines jet flying from Baku to Grozny was hit by
  // Russian air defences": a place after a route's preposition is where
  // the struck thing was going, not what was struck.
  if (rule.predicate == Predicate::kAttacks && object_at < subject_at) {
    uint32_t at = m.TokenAt(object_at);
    if (at > s.first_token && book.lexicon.Has("route_prepositions", doc.tokens[at - 1])) return true;
  }
  // "drones crossed into Polish airspace during a large attack on western
  // Ukraine": a demonym before a word of its territory (lexicon
  // demonym_place_nouns) names a place, no doer.
  if (size_t close = m.text.find(']', subject_at);
      subject_at < object_at && close != std::string::npos && m.text.compare(close - 4, 5, "|LOC]") == 0 &&
      book.lexicon.Contains("demonym_place_nouns", std::string(r.WordAt(close + 2))))
    return true;
  // "would treat any armed attack on Qatar as a threat", "warned that
  // further attacks would threaten the Abraham Accords": after such a
  // modifier (lexicon attack_noun_modifiers) the word is a noun whose
  // author the words before do not name, unless a verb of launching
  // governs it ("launched new attacks on").
  if (rule.predicate == Predicate::kAttacks && subject_at < object_at)
    for (uint32_t k = m.TokenAt(subject_at) + 2; k < m.TokenAt(object_at) && k < s.end_token; ++k) {
      const std::string& w = doc.tokens[k].folded;
      if (w != "attack" && w != "attacks" && w != "strike" && w != "strikes") continue;
      if (!book.lexicon.Has("attack_noun_modifiers", doc.tokens[k - 1])) continue;
      bool launched = false;
      for (uint32_t j = k - 1; j-- > m.TokenAt(subject_at) && j + 3 > k;)
        launched = launched || book.lexicon.Has("event_launch_verbs", doc.tokens[j]);
      if (!launched) return true;
    }
  // "the Security Service of Ukraine had raided the homes of NABU
  // detectives": a raid by a state's own body is law enforcement.
  if (rule.predicate == Predicate::kAttacks && subject_at < object_at && m.text.compare(subject_at, 2, "[E") == 0) {
    size_t e = std::strtoul(m.text.data() + subject_at + 2, nullptr, 10);
    const KbEntity* k = e < doc.entities.size() ? book.kb.Find(doc.entities[e].kb_id) : nullptr;
    bool raid = false;
    for (uint32_t t = m.TokenAt(subject_at) + 1; t < m.TokenAt(object_at) && t < s.end_token; ++t)
      raid = raid || doc.tokens[t].folded == "raided" || doc.tokens[t].folded == "raids" ||
             doc.tokens[t].folded == "raid" || doc.tokens[t].folded == "searched";
    if (raid && k && k->category == "government") return true;
  }
  // "Sudan broke off relations with the UAE in May after drones struck Port
  // Sudan": the verb of a clause that "after" opens, with no comma to close
  // it before the verb, has a subject of its own.
  if (rule.predicate == Predicate::kAttacks && subject_at < object_at) {
    std::string_view between = std::string_view(m.text).substr(subject_at, object_at - subject_at);
    for (std::string_view w : {" after ", " before ", " when ", " because ", " while ", " as "}) {
      size_t at = between.find(w);
      if (at != std::string_view::npos && between.find(" , ", at) == std::string_view::npos &&
          between.find("[E", at) == std::string_view::npos)
        return true;
    }
  }
  // "attacks by Iran-backed militias hit oil fields": the backer named in
  // such a compound is not who attacks.
  if (rule.predicate == Predicate::kAttacks) {
    size_t close = m.text.find(']', subject_at);
    if (close != std::string::npos) {
      std::string_view rest = std::string_view(m.text).substr(close + 1);
      for (std::string_view w : {" - backed ", " - supported ", " - funded ", " - sponsored ", " - aligned ", " - allied "})
        if (rest.starts_with(w)) return true;
    }
  }
  // "Serb gunmen attacked Kosovo police": armed men named by a people's
  // demonym (lexicon irregular_fighter_nouns) are not that people's state.
  if (rule.predicate == Predicate::kAttacks && subject_at < object_at &&
      r.DemonymBeforeOneOf(subject_at, "irregular_fighter_nouns"))
    return true;
  // "Russian police raided the homes of Azerbaijani families": police work
  // is no armed attack (the detentions are read as such).
  if (rule.predicate == Predicate::kAttacks && subject_at < object_at) {
    size_t close = m.text.find(']', subject_at);
    if (close != std::string::npos && close + 2 < m.text.size()) {
      size_t word = close + 2, end = m.text.find(' ', word);
      std::string next = m.text.substr(word, end == std::string::npos ? std::string::npos : end - word);
      if (book.lexicon.Contains("state_agent_nouns", next) && next != "junta" && next != "regime") return true;
    }
  }
  // "who seized power in Niger": taking power in a state is ruling it, not
  // attacking it.
  if (rule.predicate == Predicate::kAttacks) {
    // "Kyrgyz banks have been hit by American and British sanctions": states
    // whose names make a sanction a modifier of it do not attack.
    for (size_t slot : {subject_at, object_at}) {
      size_t k = m.text.find(']', slot) + 1;
      while (k < m.text.size()) {
        if (m.text.compare(k, 5, " and ") == 0) k += 4;
        else if (m.text.compare(k, 3, " , ") == 0) k += 2;
        else if (m.text.compare(k, 3, " [E") == 0) {
          size_t close = m.text.find(']', k);
          if (close == std::string::npos) break;
          if (m.text.compare(close - 4, 5, "|SAN]") == 0) return true;
          if (m.text.compare(close - 4, 5, "|LOC]") != 0) break;
          k = close + 1;
        } else break;
      }
    }
    // "Serbia would not seize the company": taking over a company is no
    // attack on it.
    uint32_t o_tok = m.TokenAt(object_at);
    if (o_tok > s.first_token && doc.tokens[o_tok - 1].folded == "the") --o_tok;
    if (object_text.ends_with("|ORG]") && o_tok > s.first_token && doc.tokens[o_tok - 1].folded.starts_with("seiz"))
      return true;
    // ("attacks by Hamas on Israel": a veto phrase that opens the match is
    // the rule's own noun, not a word around another reading.)
    for (uint32_t k = first_tok + 1; k < last_tok; ++k)
      if (book.lexicon.LongestAt("attack_vetoes", doc.tokens, k, last_tok) > 0) return true;
    return false;
  }
  return false;
}

// DETAINS: sentences in absentia and the like.
bool DetentionVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "sentenced Sheikh Hasina to death in absentia": no one is held.
  // ("sentenced Sheikh Hasina, Bangladesh's former prime minister, to death
  // in absentia": past an apposition too.)
  if (rule.predicate == Predicate::kDetains) {
    for (uint32_t k = first_tok; k < s.end_token && k < last_tok + 16; ++k)
      if (book.lexicon.LongestAt("detention_vetoes", doc.tokens, k, s.end_token) > 0) return true;
    // "arrests new prisoners as fast as he frees old ones": a person with a
    // verb right after is the subject of a clause of its own.
    if (object_at > subject_at) {
      uint32_t after = m.TokenAt(object_at + object_text.size() + 1);
      // (Or in the present: "he frees", a word in "-s" before another.)
      const Token* w = after < s.end_token && after > m.TokenAt(object_at) ? &doc.tokens[after] : nullptr;
      bool present = w && w->folded.size() > 3 && w->folded.back() == 's' && !w->folded.ends_with("ss") &&
                     after + 1 < s.end_token && doc.tokens[after + 1].is_word;
      if (w && w->is_word && !w->capitalized && (LooksLikeVerb(book, *w) || present)) return true;
    }
    return false;
  }
  return false;
}

// Stances: a place or time after the object, who is defended, a guest
// welcomed.
bool StanceVetoed(const Reading& r) {
  [[maybe_unused]] const auto& [doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok] = r;
  [[maybe_unused]] auto word_before_subject = [&r](std::string_view skipped) { return r.WordBeforeSubject(skipped); };
  // "Sudan's army-backed government in Port Sudan": a participle joined by
  // a hyphen to a plain word is that word's backing, not the subject's.
  // ("Sudan's army-backed government has sided with Egypt": unless a verb
  // of the clause comes after it.)
  if (rule.predicate == Predicate::kSupports && subject_at < object_at) {
    uint32_t from = m.TokenAt(m.text.find(']', subject_at)) + 1, to = m.TokenAt(object_at);
    bool hyphened = false;
    for (uint32_t k = from; k < to && k < s.end_token; ++k) {
      const Token& t = doc.tokens[k];
      size_t space = t.folded.rfind(' ');
      if (t.is_word && !t.capitalized && space != std::string::npos && t.folded.ends_with("ed") &&
          doc.text.compare(t.span.start + space, 1, "-") == 0)
        hyphened = true;
      else if (hyphened && t.is_word && !t.capitalized && LooksLikeVerb(book, t))
        hyphened = false;
    }
    if (hyphened) return true;
  }
  // "arrested two generals and a French national, accusing them": a person
  // named by a demonym and a noun of people is no stance on the state.
  if (object_text.ends_with("|LOC]") && r.DemonymBeforeOneOf(object_at, "demonym_person_nouns")) return true;
  // ("should not block the use of frozen Russian assets": nor is one of
  // the state's property.)
  if (object_text.ends_with("|LOC]") && r.DemonymBeforeOneOf(object_at, "seized_property_nouns")) return true;
  // "a step Washington welcomed as a sign of Central Asia's growing
  // openness": what is welcomed stands before "as a sign of"; the name
  // after it only owns what the step is a sign of.
  {
    static const RE2 kSignOf("(?:^| )as (?:a |an )?(?:sign|signal|proof|evidence|symbol|mark|example|measure) of (?:the )?$");
    re2::StringPiece before(m.text.data(), object_at);
    if (subject_at < object_at && RE2::PartialMatch(before, kSignOf)) return true;
  }
  // "the United States and the United Kingdom imposed sanctions on the
  // Prince Group ..., accusing them of": a name joined to the subject by
  // "and" acts with it; it is no object of the stance.
  if (subject_at < object_at) {
    size_t close = m.text.find(']', subject_at);
    std::string_view between = close == std::string::npos ? std::string_view{}
                                                           : std::string_view(m.text).substr(close + 1, object_at - close - 1);
    if (between == " and " || between == " and the " || between == " , ") return true;
  }
  // "one of Europe's most outspoken critics of Israel": the possessive
  // names the critics' own side when "of" names whom they criticise.
  if (rule.predicate == Predicate::kCriticizes && last_tok + 1 < s.end_token && last_tok > first_tok &&
      doc.tokens[last_tok - 1].folded == "critics" && doc.tokens[last_tok].folded == "of")
    return true;
  // "missiles were used by Pakistan against India": arms used against a
  // state are an attack (attacks-used-by-against), no stance.
  if (rule.predicate == Predicate::kOpposes && subject_at < object_at) {
    const Token* w = word_before_subject("the");
    if (w && w->folded == "by" && m.TokenAt(subject_at) >= s.first_token + 2 &&
        book.lexicon.Has("attack_use_participles", doc.tokens[m.TokenAt(subject_at) - 2]))
      return true;
  }
  // "stood with Xi Jinping and Putin at the military parade": standing
  // with someone somewhere is being there, no stance.
  if (rule.predicate == Predicate::kSupports &&
      r.BetweenHasOneOf({" stood with ", " stand with ", " stands with ", " standing with "})) {
    // (Past the rest of the list the object opens.)
    size_t k = m.text.find(']', object_at) + 1;
    while (k < m.text.size()) {
      size_t next = m.text.compare(k, 6, " and [") == 0 ? k + 5 : m.text.compare(k, 4, " , [") == 0 ? k + 3 : 0;
      if (!next) break;
      k = m.text.find(']', next) + 1;
      if (k == 0) break;
    }
    std::string_view word = r.WordAt(k + 1);
    if (word == "at" || word == "on" || word == "during" || word == "beside") return true;
  }
  // "rejected any role for the authority in Gaza": a place after "in" at the
  // end of a stance's object is where, not whom. ("would block the corridor
  // with or without Russia": nor one after "without".)
  auto after = [&](std::string_view words) {
    return object_at >= words.size() && std::string_view(m.text).substr(object_at - words.size(), words.size()) == words;
  };
  // "resist any statement critical of Beijing": a stance on what is said of
  // the name, not on the name.
  if (object_at > subject_at && (after("critical of ") || after("critical of the ") || after("hostile to ") ||
                                 after("friendly to ") || after("sympathetic to ")))
    return true;
  // "had criticised Castillo's removal": a stance on what was done to the
  // person (lexicon patient_event_nouns) is none on the person.
  if (object_at > subject_at && r.ObjectPossessesOneOf("patient_event_nouns")) return true;
  // ("refused to accept a mass transfer of Palestinians": nor one on what
  // is done to those named after "of".)
  if (object_at > subject_at && (after(" of ") || after(" of the "))) {
    std::string_view before = std::string_view(m.text).substr(0, object_at);
    before.remove_suffix(after(" of the ") ? 8 : 4);
    size_t space = before.rfind(' ');
    std::string noun(before.substr(space == std::string_view::npos ? 0 : space + 1));
    if (book.lexicon.Contains("patient_event_nouns", noun)) return true;
  }
  // ("supported it during the 2020 war": nor an event after "during", which
  // says when.)
  // ("a pipeline across the Caspian Sea is opposed by Russia": nor a place
  // a thing runs across or through.)
  // ("opposed any pipeline under the Caspian": nor one it runs under.)
  // ("still backed the government in Damascus": the government in a
  // capital is its state's, lexicon government_seat_nouns.)
  bool government_in = false;
  if (object_at > subject_at && (after(" in ") || after(" in the "))) {
    std::string_view before = std::string_view(m.text).substr(0, object_at - (after(" in the ") ? 8 : 4));
    size_t space = before.rfind(' ');
    government_in = book.lexicon.Contains("government_seat_nouns",
                                          std::string(before.substr(space == std::string_view::npos ? 0 : space + 1)));
  }
  if (((after(" in ") || after(" in the ")) && !government_in) || after(" without ") || after(" during ") ||
      after(" during the ") || after(" across ") || after(" across the ") || after(" through ") ||
      after(" through the ") || after(" under ") || after(" under the "))
    return true;
  // (Read in the passive, the place stands in the subject's slot.)
  if (const Token* w = word_before_subject("the"); w && (w->folded == "across" || w->folded == "through")) return true;
  // "Egypt wrote to the UN Security Council accusing Ethiopia": the one
  // written or appealed to is not who accuses (lexicon addressing_words).
  if (const Token* w = word_before_subject("the"); w && w->folded == "to" && subject_at < object_at) {
    uint32_t at = m.TokenAt(subject_at);
    if (at > s.first_token && doc.tokens[at - 1].folded == "the") --at;
    if (at >= s.first_token + 2 && book.lexicon.Has("addressing_words", doc.tokens[at - 2])) return true;
  }
  // "he defended the Armenian Apostolic Church against Pashinyan": who is
  // defended takes no stance.
  if (const Token* w = word_before_subject("the"); w && book.lexicon.Has("defending_verbs", *w)) return true;
  // "supports Tajik opposition figures in Afghanistan": a demonym before
  // the opposition or rebels names no stance on the state.
  if (object_at < m.text.size() && object_text.ends_with("|LOC]")) {
    size_t close = m.text.find(']', object_at);
    if (close != std::string::npos && close + 2 < m.text.size()) {
      size_t word = close + 2, end = m.text.find(' ', word);
      std::string next = m.text.substr(word, end == std::string::npos ? std::string::npos : end - word);
      if (book.lexicon.Contains("outside_government_words", next)) return true;
    }
  }
  // "could have weakened support for Moldova", "won backing for the plan":
  // after a verb that takes it as its object (lexicon support_noun_verbs),
  // "support" is a noun, no one's stance.
  if (rule.predicate == Predicate::kSupports && subject_at < object_at)
    for (uint32_t k = m.TokenAt(subject_at) + 2; k < m.TokenAt(object_at) && k < s.end_token; ++k)
      if ((doc.tokens[k].folded == "support" || doc.tokens[k].folded == "backing") &&
          book.lexicon.Has("support_noun_verbs", doc.tokens[k - 1]))
        return true;
  // "Polish and Dutch jets, supported by an Italian surveillance aircraft":
  // the one after "by" is the passive's agent, no object of a stance.
  // (A rule that reads the passive itself names "by" in its pattern.)
  if (object_at > subject_at && rule.pattern.find("by ") == std::string::npos &&
      (after(" by ") || after(" by the ") || after(" by a ") || after(" by an ")))
    return true;
  // "travelled to Beijing for the parade, where he stood with Xi Jinping":
  // standing with someone at a place is company, no stance.
  if (rule.predicate == Predicate::kSupports && subject_at < object_at) {
    std::string_view between = std::string_view(m.text).substr(subject_at, object_at - subject_at);
    const Token* w = word_before_subject("");
    if (w && w->folded == "where" &&
        (between.find(" stood with ") != std::string_view::npos ||
         between.find(" stands with ") != std::string_view::npos))
      return true;
  }
  // ("needs ... a Russian veto at the Security Council": a demonym after
  // "a" modifies the noun that follows it; no one takes a stance.)
  if (const Token* w = word_before_subject("");
      w && (w->folded == "a" || w->folded == "an") && subject_at < object_at && r.SubjectIsDemonym())
    return true;
  // "will seek support from the IMF": support sought from someone is theirs
  // to give, no stance on them.
  if (rule.predicate == Predicate::kSupports && (after(" from ") || after(" from the "))) return true;
  // "welcomed the pressure on Maduro": backing pressure on someone backs
  // no one but those who apply it.
  if ((rule.predicate == Predicate::kSupports || rule.predicate == Predicate::kPraises) && object_at > 0) {
    std::string_view before = std::string_view(m.text).substr(0, object_at);
    if (before.ends_with("the ")) before.remove_suffix(4);
    for (std::string_view prep : {" on ", " against "})
      if (before.ends_with(prep)) {
        before.remove_suffix(prep.size());
        size_t word = before.rfind(' ');
        std::string noun(before.substr(word == std::string_view::npos ? 0 : word + 1));
        if (book.lexicon.Contains("pressure_nouns", noun)) return true;
      }
  }
  // "Washington sanctioned Kabarebe, accusing him of directing support for
  // the M23": the stance after "him of" is the accused's, the person named
  // last before the pronoun.
  if (subject_at < object_at) {
    std::string_view between = std::string_view(m.text).substr(subject_at, object_at - subject_at);
    for (std::string_view accused : {" him of ", " her of ", " them of "})
      if (size_t at = between.find(accused); at != std::string_view::npos) {
        bool person_subject = between.starts_with("[") && between.substr(0, between.find(']')).ends_with("|PER");
        if (!person_subject || between.substr(between.find(']'), at).find("|PER]") != std::string_view::npos)
          return true;
      }
  }
  // "welcomed Salam in Riyadh": a person welcomed is received as a guest, not
  // backed. ("welcomed Babiš's return": what is his is no guest.)
  uint32_t o_tok = m.TokenAt(object_at);
  size_t after_object = object_at + object_text.size();
  bool possessed = after_object <= m.text.size() && m.text.compare(after_object, 4, " 's ") == 0;
  return rule.predicate == Predicate::kSupports && o_tok > s.first_token && object_text.ends_with("|PER]") &&
         !possessed && book.lexicon.Has("reception_verbs", doc.tokens[o_tok - 1]);
}

}  // namespace

bool SpokenAttack(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t from) {
  for (uint32_t i = from; i < s.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (t.folded == ";" || (i > from && book.lexicon.Has("clause_breaks", t))) return false;
    // "attacked Pakistani border posts" are places, not messages: a post
    // is one after "a", "in", "his", "media", ...
    if (book.lexicon.Has("spoken_attack_cues", t) &&
        (!book.lexicon.Has("ambiguous_spoken_cues", t) ||
         (i > s.first_token && book.lexicon.Has("spoken_post_openers", doc.tokens[i - 1]))))
      return true;
  }
  return false;
}

bool EconomicAttack(const Document& doc, const RuleBook& book, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to && k < doc.tokens.size(); ++k)
    if (book.lexicon.Has("economic_measure_nouns", doc.tokens[k])) return true;
  return false;
}

bool CompanyStruckInTrade(const Document& doc, const RuleBook& book, size_t object, uint32_t sentence) {
  const KbEntity* k = book.kb.Find(doc.entities[object].kb_id);
  if (!k || k->category != "company") return false;
  const Sentence& s = doc.sentences[sentence];
  for (const Mention& m : doc.entities[object].mentions) {
    if (m.sentence != sentence) continue;
    // ("Ukrainian drones hit a Lukoil refinery", "Lukoil's depot": a site
    // of the company is struck.)
    uint32_t next = m.end_token;
    if (next < s.end_token && doc.tokens[next].folded == "'s") ++next;
    if (next < s.end_token && book.lexicon.LongestAt("site_nouns", doc.tokens, next, s.end_token)) return false;
    // ("Rosneft facilities", "Lukoil refineries": or several.)
    if (next < s.end_token && doc.tokens[next].folded.size() > 4) {
      const std::string& w = doc.tokens[next].folded;
      std::string one = w.ends_with("ies") ? w.substr(0, w.size() - 3) + "y" : w.ends_with("s") ? w.substr(0, w.size() - 1) : "";
      if (!one.empty() && book.lexicon.Contains("site_nouns", one)) return false;
    }
    if (m.first_token > s.first_token && doc.tokens[m.first_token - 1].folded == "a") return false;
  }
  return true;
}

bool SubjectIsAPlaceAnEventStruck(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                                  const Sentence& s, uint32_t subject) {
  bool preposition = false;
  for (uint32_t k = subject; k-- > s.first_token && k + 8 > subject;) {
    const Token& w = doc.tokens[k];
    if (book.lexicon.Has("struck_place_prepositions", w)) preposition = true;
    for (const auto& pl : placed)
      if (pl.end == k + 1 && doc.entities[pl.entity].type == EntityType::kEvent) return preposition;
    if (!w.is_word || w.capitalized) return false;
  }
  return false;
}

namespace {
// "said publicly that": an adverb may stand between the verb and "that".
bool AdverbInLy(const Token& t) { return t.is_word && !t.capitalized && t.folded.size() > 4 && t.folded.ends_with("ly"); }
}  // namespace

bool SpeechClauseBetween(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject,
                         uint32_t object) {
  const auto& t = doc.tokens;
  for (uint32_t k = subject + 1; k + 2 < object && k + 2 < s.end_token; ++k)
    if (t[k].folded == "that" &&
        (book.lexicon.Has("speech_verbs", t[k - 1]) ||
         (k > subject + 2 && AdverbInLy(t[k - 1]) && book.lexicon.Has("speech_verbs", t[k - 2]))) &&
        (t[k + 1].folded == "the" || t[k + 1].folded == "a" || t[k + 1].folded == "an") && t[k + 2].is_word &&
        !t[k + 2].capitalized)
      return true;
  return false;
}

bool RelativeOfAPrepositionsNounBetween(const Document& doc, const RuleBook& book, const Sentence& s,
                                        uint32_t subject, uint32_t object) {
  const auto& t = doc.tokens;
  for (uint32_t k = subject + 3; k < object && k < s.end_token; ++k) {
    if (t[k].folded != "that" && t[k].folded != "which" && t[k].folded != "who") continue;
    // (The determiner makes the word before the pronoun a noun: "the
    // forces that", not "said that".)
    if (!t[k - 1].is_word || t[k - 1].capitalized) continue;
    // ("thanked Tokayev for the assistance that Astana has provided": a
    // relative with a subject of its own is about the object it names.)
    if (k + 1 >= object || t[k + 1].capitalized || book.lexicon.Has("verb_object_determiners", t[k + 1])) continue;
    for (uint32_t d = k - 2; d > subject + 1 && d + 3 >= k; --d) {
      if (!t[d].is_word || t[d].capitalized) break;
      if (t[d].folded != "that" && book.lexicon.Has("verb_object_determiners", t[d])) {
        if (book.lexicon.Has("object_pronoun_prepositions", t[d - 1])) return true;
        break;
      }
    }
  }
  return false;
}

bool BodyOfAMembersApposition(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject) {
  uint32_t before = subject;
  if (before > s.first_token && doc.tokens[before - 1].folded == "the") --before;
  return before > s.first_token + 1 && doc.tokens[before - 1].folded == "of" &&
         book.lexicon.Has("membership_head_nouns", doc.tokens[before - 2]);
}

bool SubjectBeforeRatherThan(const Document& doc, const Sentence& s, uint32_t subject_end) {
  const auto& t = doc.tokens;
  if (subject_end + 1 >= s.end_token) return false;
  return (t[subject_end].folded == "rather" && t[subject_end + 1].folded == "than") ||
         (t[subject_end].folded == "instead" && t[subject_end + 1].folded == "of");
}

bool ObjectedPlanBetween(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject,
                         uint32_t object) {
  const auto& t = doc.tokens;
  for (uint32_t k = subject + 1; k < object && k < s.end_token; ++k) {
    if (!book.lexicon.Has("objection_verbs", t[k])) continue;
    for (uint32_t j = k + 1; j + 1 < object && j <= k + 6; ++j) {
      if (t[j].folded == "," || t[j].folded == "and") break;
      if (book.lexicon.Has("others_plan_nouns", t[j]) && t[j + 1].folded == "to") return true;
    }
  }
  return false;
}

bool PlaceAfterObjectPronoun(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t subject,
                             uint32_t object) {
  const auto& t = doc.tokens;
  uint32_t before = object > s.first_token && t[object - 1].folded == "the" ? object - 1 : object;
  if (before <= subject + 2 || !book.lexicon.Has("place_prepositions", t[before - 1])) return false;
  for (uint32_t k = before - 1; k-- > subject + 1 && k + 4 >= before;) {
    const std::string& w = t[k].folded;
    if (w == "it" || w == "them" || w == "him") return true;
    if (!t[k].is_word || t[k].capitalized) return false;
  }
  return false;
}

bool MediaSubject(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed, uint32_t subject) {
  for (const auto& p : placed)
    if (p.first == subject) {
      const Sentence& s = doc.sentences[doc.tokens[subject].sentence];
      for (uint32_t k = p.end; k < s.end_token && k < p.end + 2; ++k)
        if (book.lexicon.LongestAt("media_nouns", doc.tokens, k, s.end_token)) return true;
      return false;
    }
  return false;
}

bool InstitutionAttackedInWords(const Document& doc, const RuleBook& book, const std::vector<Placed>& placed,
                                size_t subject, uint32_t object) {
  if (doc.entities[subject].type != EntityType::kPerson) return false;
  for (const auto& p : placed)
    if (p.first == object)
      return p.end < doc.sentences[doc.tokens[object].sentence].end_token &&
             book.lexicon.Has("verbal_attack_targets", doc.tokens[p.end]);
  return false;
}

std::string DateOfMatch(const Document& doc, const Sentence& s, uint32_t first_tok, uint32_t last_tok) {
  const auto& t = doc.tokens;
  for (uint32_t k = last_tok; k < s.end_token && k < last_tok + 6; ++k) {
    if (t[k].folded == "," || t[k].folded == ";") break;
    std::string phrase = text::DatePhraseAfter(doc, k, s.end_token);
    if (!phrase.empty()) return text::ResolveDateInSentence(doc, s, phrase, k);
  }
  // (", and in October the Treasury sanctioned Rosneft", after "In August
  // Washington doubled its tariffs": the clause's own date.)
  for (uint32_t k = first_tok; k-- > s.first_token + 1 && k + 8 > first_tok;) {
    if (t[k].folded == ";" || (t[k].folded == "and" && t[k - 1].folded == ",")) {
      std::string phrase = text::DatePhraseAfter(doc, k + 1, first_tok);
      if (!phrase.empty()) return text::ResolveDateInSentence(doc, s, phrase, k + 1);
      break;
    }
  }
  uint32_t f = s.first_token;
  std::string phrase = text::DatePhraseAfter(doc, f, s.end_token);
  if (!phrase.empty()) return text::ResolveDate(phrase, doc.date, text::SentenceTense(doc, s));
  if (f + 2 < s.end_token && (t[f].folded == "last" || t[f].folded == "this") && t[f + 1].folded == "year")
    return text::ResolveDate(t[f].folded + " year", doc.date);
  return "";
}

size_t EndBeforeUntitledPerson(const Masked& m, const Document& doc, const RuleBook& book, size_t from, size_t to) {
  for (size_t at = m.text.find("|LOC] ", from); at != std::string::npos && at < to;
       at = m.text.find("|LOC] ", at + 1)) {
    size_t close = at + 4;
    if (m.text.compare(close + 1, 4, " 's ") == 0 || !TitlesAPerson(m.text, close, to + 1)) continue;
    size_t person = m.text.find(" [E", close + 1);
    if (person == close + 1) continue;  // "the Pakistani Shehbaz Sharif": a demonym, no words between
    size_t last_word = m.text.rfind(' ', person - 1) + 1;
    if (!book.lexicon.Has("title_heads", doc.tokens[m.TokenAt(last_word)])) return close + 1;  // after the state's "]"
  }
  return to;
}

bool StancePredicate(Predicate p) {
  return p == Predicate::kOpposes || p == Predicate::kSupports || p == Predicate::kCriticizes ||
         p == Predicate::kPraises;
}

bool BetweenActors(Predicate p) {
  switch (p) {
    case Predicate::kMeets: case Predicate::kAids: case Predicate::kCooperatesWith: case Predicate::kCriticizes:
    case Predicate::kPraises: case Predicate::kSupports: case Predicate::kOpposes: case Predicate::kDetains:
    case Predicate::kSanctions: case Predicate::kAttacks:
      return true;
    default:
      return false;
  }
}

namespace {

// "after the United States sanctioned the Russian company": "the", a
// demonym and a company's noun (lexicon company_nouns) name a company told
// of before, not the state.
bool CompanyByDemonym(const Reading& r) {
  if (!r.object_text.ends_with("|LOC]") || r.object_at < 4 || r.m.text.compare(r.object_at - 4, 4, "the ") != 0)
    return false;
  size_t word = r.object_at + r.object_text.size() + 1;
  std::string_view noun = r.WordAt(word);
  if (noun.empty()) return false;
  // ("a deal with the American company Cove Kaz Capital": the company's
  // name follows, and the rules read it.)
  size_t next = word + noun.size() + 1;
  if (next < r.m.text.size() && r.m.text.compare(next, 2, "[E") == 0) return false;
  return r.book.lexicon.Contains("company_nouns", std::string(noun));
}

// "China, which held its second summit with the Central Asian states in
// Astana": the place the event is said to be in after it is where it was,
// not the state that held it.
bool HeldElsewhereVetoed(const Reading& r) {
  if (r.rule.predicate != Predicate::kLocatedIn || r.object_at >= r.subject_at) return false;
  size_t close = r.m.text.find(']', r.subject_at);
  if (close == std::string::npos || r.m.text.compare(close - 4, 5, "|EVT]") != 0) return false;
  size_t end = r.m.text.find_first_of(",;", close);
  size_t in = r.m.text.find(" in [E", close);
  if (in == std::string::npos || in > end) return false;
  size_t place_close = r.m.text.find(']', in);
  return place_close != std::string::npos && r.m.text.compare(place_close - 4, 5, "|LOC]") == 0 &&
         r.m.text.compare(in + 4, r.object_text.size(), r.object_text) != 0;
}

// "the largest vote-buying operation in the country's history": a state
// whose history or record measures the event is no place it is in.
// ("the worst deal in Australian history": so is a demonym before one.)
bool MeasuredByHistoryVetoed(const Reading& r) {
  return r.rule.predicate == Predicate::kLocatedIn && r.subject_at < r.object_at &&
         (r.ObjectPossessesOneOf("history_nouns") || r.DemonymBeforeOneOf(r.object_at, "history_nouns"));
}

// "The Security Council created a United Nations support office": a body's
// name before a unit's noun (lexicon unit_nouns_after_body) names whose
// unit was founded, not the body itself.
// ("the Pentagon launched a review of the AUKUS pact": nor one after
// "of", whose review, branch or unit was.)
bool FoundedUnitVetoed(const Reading& r) {
  if (r.rule.predicate != Predicate::kFounded || r.object_at < r.subject_at) return false;
  std::string_view before = std::string_view(r.m.text).substr(0, r.object_at);
  if (before.ends_with(" the ")) before.remove_suffix(4);
  // ("The SPD formed a coalition with the CDU": what is formed "with" a
  // body is not that body.)
  if (before.ends_with(" with ")) return true;
  if (before.ends_with(" of ")) {
    before.remove_suffix(4);
    size_t space = before.rfind(' ');
    std::string noun(before.substr(space == std::string_view::npos ? 0 : space + 1));
    // ("Öcalan, the founder of the PKK": a founder's noun keeps it.)
    if (!r.book.lexicon.Contains("founding_roles", noun)) return true;
  }
  size_t at = r.object_at + r.object_text.size() + 1;
  for (int words = 0; words < 2 && at < r.m.text.size() && r.m.text[at] != '['; ++words) {
    std::string word(r.WordAt(at));
    if (word.empty() || !std::islower(static_cast<unsigned char>(word[0]))) return false;
    if (r.book.lexicon.Contains("unit_nouns_after_body", word)) return true;
    at += word.size() + 1;
  }
  return false;
}

// "Selahattin Demirtaş, the former co-chair of the DEM Party's
// predecessor": a name before "'s" and a word of succession (lexicon
// succession_nouns) names another one, no object of the match.
bool ObjectsSuccessorVetoed(const Reading& r) {
  return !r.rule.object_is_predecessor && r.subject_at < r.object_at && r.ObjectPossessesOneOf("succession_nouns");
}

}  // namespace

bool MatchVetoed(const Document& doc, const RuleBook& book, const RelationRule& rule, const Sentence& s,
                 const Masked& m, size_t subject_at, size_t object_at, std::string_view object_text,
                 uint32_t first_tok, uint32_t last_tok) {
  const Reading r{doc, book, rule, s, m, subject_at, object_at, object_text, first_tok, last_tok};
  if (SubjectVetoed(r) || RelativeVetoed(r) || MeetingVetoed(r) || OfficeVetoed(r) || MembershipVetoed(r) ||
      AidVetoed(r) || SanctionVetoed(r) || (BetweenActors(rule.predicate) && CompanyByDemonym(r)) ||
      ObjectIsAThingVetoed(r) || HeldElsewhereVetoed(r) || ObjectsSuccessorVetoed(r) || FoundedUnitVetoed(r) ||
      MeasuredByHistoryVetoed(r) || CoSubjectsVetoed(r))
    return true;
  if (rule.predicate == Predicate::kAttacks) return AttackVetoed(r);
  if (rule.predicate == Predicate::kDetains) return DetentionVetoed(r);
  return StancePredicate(rule.predicate) && StanceVetoed(r);
}

bool EventKindsFit(const Document& doc, const RelationRule& rule, const std::string& masked, size_t from, size_t to) {
  if (rule.event_kinds.empty()) return true;
  for (size_t at = masked.find("[E", from); at != std::string::npos && at < to; at = masked.find("[E", at + 2)) {
    size_t bar = masked.find('|', at);
    if (masked.compare(bar + 1, 4, "EVT]") != 0) continue;
    const Entity& ev = doc.entities[std::stoul(masked.substr(at + 2, bar - at - 2))];
    auto kind = ev.attributes.find("kind");
    if (kind == ev.attributes.end() ||
        std::find(rule.event_kinds.begin(), rule.event_kinds.end(), kind->second) == rule.event_kinds.end())
      return false;
  }
  return true;
}

Modality MatchModality(const Document& doc, const RuleBook& book, const RelationRule& rule, const Sentence& s,
                       const MatchSpan& span) {
  if (rule.modality) {
    // "has refused to break with the group": refusing a break keeps the
    // ties, so a reading negative in itself is asserted.
    if (*rule.modality == Modality::kNegated && span.subject_first)
      for (uint32_t k = span.subject_end; k + 1 < span.object_first && k + 1 < s.end_token; ++k)
        if (book.lexicon.Has("opposing_verbs", doc.tokens[k]) && doc.tokens[k + 1].folded == "to")
          return Modality::kAsserted;
    // "would not seek to open accession talks with the EU": a proposal the
    // clause denies is denied.
    if (*rule.modality == Modality::kProposed &&
        ModalityOf(doc, book, span.from, span.last, {}, span.aside, span.aside_base) == Modality::kNegated)
      return Modality::kNegated;
    return *rule.modality;
  }
  // "China advised its citizens to avoid travelling to Japan, suspended
  // imports of Japanese seafood ...": cues inside an earlier verb phrase of
  // a series do not reach a later verb; those right after the subject
  // ("China could advise ..., suspend ...") do. The same holds for the
  // readings of an opposing verb and of a sanction.
  // ("Anutin suspended the declaration, accusing Cambodia of laying
  // mines": so do a trailing participle's; and the first verb of the
  // series, unless a modal or auxiliary, is no cue for the later one.)
  auto participle = [&](const Token& w) {
    return w.is_word && !w.capitalized && w.folded.size() > 5 && w.folded.ends_with("ing");
  };
  uint32_t series_comma = 0;
  for (uint32_t k = span.subject_end; k + 1 < span.object_first && k < s.end_token; ++k)
    if (doc.tokens[k].folded == "," && (LooksLikeVerb(book, doc.tokens[k + 1]) || participle(doc.tokens[k + 1])))
      series_comma = k;
  // (span.subject_end follows the mention's first token; the verb comes
  // after its last. Looked up only for a series, which few matches have.)
  auto head_end = [&] {
    uint32_t subject_last = span.subject_end;
    for (const auto& e : doc.entities)
      for (const auto& mn : e.mentions)
        if (mn.first_token + 1 == span.subject_end && mn.end_token > subject_last) subject_last = mn.end_token;
    if (subject_last < s.end_token && LooksLikeVerb(book, doc.tokens[subject_last]) &&
        !book.lexicon.Has("anaphor_subject_auxiliaries", doc.tokens[subject_last]))
      return subject_last;
    return subject_last + 2;
  };
  auto read = [&](std::string_view not_cues) {
    if (rule.modality_in_match_only || !series_comma || !span.subject_first)
      return ModalityOf(doc, book, span.from, span.last, not_cues, span.aside, span.aside_base);
    Modality head = ModalityOf(doc, book, span.from, std::min(head_end(), series_comma), not_cues,
                               span.aside, span.aside_base);
    Modality tail = ModalityOf(doc, book, series_comma, span.last, not_cues, span.aside, span.aside_base);
    return head != Modality::kAsserted && tail == Modality::kAsserted ? head : tail;
  };
  Modality modality = read(rule.not_cues);
  // "such deals reward Lukashenko without changing his alliance with
  // Moscow": "without" and a verb of change (lexicon change_gerunds) keep
  // what follows as it is.
  if (modality == Modality::kNegated) {
    bool kept = false, other = false;
    for (uint32_t k = span.from; k + 1 < span.last && k + 1 < s.end_token; ++k)
      if (doc.tokens[k].folded == "without")
        (book.lexicon.Has("change_gerunds", doc.tokens[k + 1]) ? kept : other) = true;
    if (kept && !other) modality = read("without_cues");
  }
  // "Paetongtarn Shinawatra was suspended as prime minister after a phone
  // call with Hun Sen": a negative verb before "after" or "following" is
  // not what the object in that phrase did or had.
  if (modality == Modality::kNegated && span.subject_first)
    for (uint32_t k = span.object_first; k-- > span.subject_end + 1;) {
      const std::string& w = doc.tokens[k].folded;
      bool after = w == "after" || w == "following";
      if (!after && (w == "," || w == ";" || book.lexicon.Has("clause_breaks", doc.tokens[k]))) break;
      if (!after) continue;
      if (ModalityOf(doc, book, k, span.last, {}, span.aside, span.aside_base) == Modality::kAsserted)
        modality = Modality::kAsserted;
      break;
    }
  // "China rejects the ruling": for an opposing verb, its own negative
  // sense is no negation of the opposition.
  if (modality == Modality::kNegated &&
      (rule.predicate == Predicate::kOpposes || rule.predicate == Predicate::kCriticizes)) {
    modality = read("opposing_verbs");
    // "India refused to condemn Russia": refusing to criticise denies it.
    for (uint32_t k = span.from; k + 2 < span.last && k + 2 < s.end_token; ++k)
      if (book.lexicon.Has("opposing_verbs", doc.tokens[k]) && doc.tokens[k + 1].folded == "to" &&
          book.lexicon.Has("criticism_verbs", doc.tokens[k + 2]))
        modality = Modality::kNegated;
  }
  // "China suspended imports of Japanese seafood": halting trade is the
  // sanction itself, not its negation.
  if (modality == Modality::kNegated && rule.predicate == Predicate::kSanctions)
    modality = read("restricting_verbs");
  // "The dispute has strained Brazil's ties with Argentina": ties someone
  // damaged are no cooperation the text asserts.
  // ("has not suspended its cooperation": not where the damage is denied.)
  auto denied = [&](uint32_t k) {
    for (uint32_t j = k; j-- > span.from && j + 3 > k;)
      if (DeniesVerb(doc.tokens[j])) return true;
    return false;
  };
  if (modality == Modality::kAsserted && rule.predicate == Predicate::kCooperatesWith)
    for (uint32_t k = span.from; k < span.last && k < s.end_token; ++k)
      if (book.lexicon.Has("ties_damaging_verbs", doc.tokens[k]) && !denied(k) &&
          !(span.aside && k >= span.aside_base && (*span.aside)[k - span.aside_base]))
        modality = Modality::kNegated;
  // "Relations between Baku and Moscow then collapsed": so does a damaging
  // verb right after the match, in its clause.
  if (modality == Modality::kAsserted && rule.predicate == Predicate::kCooperatesWith)
    for (uint32_t k = span.last; k < s.end_token && k < span.last + 4; ++k) {
      const Token& t = doc.tokens[k];
      // (" ... with Bishkek in March that ended a conflict": a relative
      // clause's verb is another's.)
      // (Nor the clause after a colon: "agreed a truce: China suspended".)
      // ("signed a treaty ending their long border dispute": nor a
      // participle that says what the deal did.)
      if (t.folded == "," || t.folded == ";" || t.folded == ":" || t.folded == "that" || t.folded == "which" ||
          book.lexicon.Has("clause_breaks", t) || (t.is_word && t.folded.ends_with("ing")))
        break;
      if (book.lexicon.Has("ties_damaging_verbs", t)) modality = Modality::kNegated;
    }
  // "a new war between Ethiopia and Eritrea would draw in Egypt": an event
  // that is the subject of a modal verb is only possible, and so is taking
  // part in it.
  if (modality == Modality::kAsserted && rule.predicate == Predicate::kParticipatesIn &&
      ModalOfEventSubject(doc, book, s, span.last))
    modality = Modality::kHypothetical;
  // "it would not survive an Iranian attack on Saudi oil facilities": a
  // noun phrase with "a" or "an" brings in an event that need not have
  // happened, so the cues of its clause before it reach it.
  // ("about a possible Chinese blockade of Taiwan": so does a word of
  // possibility right before it; not a conjunction: "If Russian strikes on
  // Odesa continue" takes the strikes as given.)
  if (rule.modality_in_match_only && modality == Modality::kAsserted && span.from > s.first_token &&
      book.lexicon.Has("cue_hypothetical", doc.tokens[span.from - 1]) &&
      !book.lexicon.Has("clause_opening_conjunctions", doc.tokens[span.from - 1]) &&
      doc.tokens[span.from - 1].folded != "if" && doc.tokens[span.from - 1].folded != "whether")
    modality = Modality::kHypothetical;
  if (rule.modality_in_match_only && modality == Modality::kAsserted && span.from > s.first_token &&
      (doc.tokens[span.from - 1].folded == "a" || doc.tokens[span.from - 1].folded == "an")) {
    Modality before = ModalityOf(doc, book, ClauseStart(doc, book, s, span.from - 1), span.from - 1);
    // ("would not survive an attack": the attack is no more than possible.)
    if (before != Modality::kAsserted) modality = before == Modality::kProposed ? before : Modality::kHypothetical;
    // ("that a Chinese blockade of Taiwan could constitute ...": nor is one
    // that is the subject of a modal verb a few words on.)
    for (uint32_t k = span.last; modality == Modality::kAsserted && k < s.end_token && k < span.last + 5; ++k) {
      // ("told Putin at a meeting in St Petersburg that his country would
      // not ...": a clause of its own has its own subject.)
      const std::string& w = doc.tokens[k].folded;
      if (w == "," || w == ";" || w == "that" || w == "which" || w == "who" ||
          book.lexicon.Has("clause_breaks", doc.tokens[k]))
        break;
      if (ModalOfEventSubject(doc, book, s, k)) modality = Modality::kHypothetical;
    }
  }
  // "she asked for Russian support for Gagauzia", "sought Chinese loans for
  // Laos": what is asked for is only proposed.
  if (rule.modality_in_match_only && modality == Modality::kAsserted && span.from > s.first_token + 1) {
    const Token& before = doc.tokens[span.from - 1];
    if (book.lexicon.Has("request_verbs", before) ||
        (before.folded == "for" && book.lexicon.Has("request_verbs_before_for", doc.tokens[span.from - 2])))
      modality = Modality::kProposed;
  }
  // "Kyiv must acknowledge the massacres before it joins the European
  // Union": a present tense after "before", "until" or "once" tells of
  // what has not happened yet ("before it joined" did).
  if (modality == Modality::kAsserted && span.subject_first && span.subject_end >= s.first_token + 2) {
    uint32_t conj = span.subject_end - 2;
    if (doc.tokens[conj].folded == "the" && conj > s.first_token) --conj;
    const std::string& w = doc.tokens[conj].folded;
    if (w == "before" || w == "until" || w == "till" || w == "once") {
      uint32_t verb = span.subject_end;
      for (const auto& e : doc.entities)
        for (const auto& mn : e.mentions)
          if (mn.first_token + 1 == span.subject_end && mn.end_token > verb) verb = mn.end_token;
      if (verb < s.end_token && book.lexicon.Has("verb_adverbs", doc.tokens[verb])) ++verb;
      const Token& v = doc.tokens[verb < s.end_token ? verb : s.end_token - 1];
      if (verb < s.end_token && v.is_word && !v.capitalized && v.folded.size() > 2 && v.folded.ends_with("s") &&
          v.folded != "was")
        modality = Modality::kHypothetical;
    }
  }
  // "Will Astana join the BRICS?": a question asserts nothing.
  if (!rule.modality_in_match_only && modality == Modality::kAsserted && s.end_token > s.first_token &&
      doc.tokens[s.end_token - 1].folded == "?")
    modality = Modality::kHypothetical;
  return modality;
}

std::optional<Modality> PredicateModality(const Document& doc, const RuleBook& book, const RelationRule& rule,
                                          const Sentence& s, const MatchSpan& span, uint32_t first_tok,
                                          Modality modality) {
  const uint32_t from = span.from, last = span.last;
  auto any_in = [&](uint32_t begin, const char* list) {
    for (uint32_t k = begin; k < last; ++k)
      if (book.lexicon.Has(list, doc.tokens[k])) return true;
    return false;
  };
  // (A rule that reads an ending as negated keeps its word unless the
  // ending itself is only asked for: "removed the Taliban from its list".)
  if (rule.modality && *rule.modality == Modality::kNegated) {
    // "Armenia has not left the CSTO": an ending denied leaves the relation
    // as it was. ("no longer a member" has no ending verb after "not".)
    for (uint32_t k = first_tok; k < last; ++k) {
      // ("Armenia cannot cut its ties with Russia quickly": "cannot" too.)
      if (!DeniesVerb(doc.tokens[k])) continue;
      for (uint32_t v = k + 1; v < last && v <= k + 3; ++v)
        if (book.lexicon.Has("ending_verbs", doc.tokens[v])) return Modality::kAsserted;
    }
    // "demanded that Berlin stop aid to Ukraine", "threatened to cut ties
    // with Kyiv": an ending only asked for or threatened leaves the aid or
    // the ties as they are, which the clause does not state.
    if (rule.predicate == Predicate::kAids || rule.predicate == Predicate::kCooperatesWith) {
      Modality cue = ModalityOf(doc, book, from, last, {}, span.aside, span.aside_base);
      if (cue == Modality::kProposed || cue == Modality::kHypothetical) return std::nullopt;
    }
    // "Would Armenia formally leave the CSTO?": an ending only asked about
    // says nothing of the relation.
    if (s.end_token > s.first_token && doc.tokens[s.end_token - 1].folded == "?") return std::nullopt;
    // "warned that Tehran could leave the Non-Proliferation Treaty": a
    // threatened or merely possible departure leaves the membership as it
    // was ("announced that they would withdraw" is a decision).
    if (rule.predicate == Predicate::kMemberOf && any_in(from, "membership_doubt_words")) return std::nullopt;
    return modality;
  }
  // ("had threatened to end the extradition treaty with the United States":
  // so does a rule that reads the ties themselves, when an ending after "to"
  // is only threatened or asked for.)
  if (rule.predicate == Predicate::kAids || rule.predicate == Predicate::kCooperatesWith)
    for (uint32_t k = std::max(from, first_tok) + 1; k < last; ++k)
      if (doc.tokens[k - 1].folded == "to" && book.lexicon.LongestAt("relation_ending_cues", doc.tokens, k, last)) {
        Modality cue = ModalityOf(doc, book, from, k, {}, span.aside, span.aside_base);
        if (cue == Modality::kProposed || cue == Modality::kHypothetical) return std::nullopt;
        break;
      }
  // "Ukraine's membership of the alliance was not mentioned": a membership
  // named as a noun and then denied a verb is neither held nor refused.
  if (rule.predicate == Predicate::kMemberOf && modality == Modality::kAsserted &&
      (rule.id == "member-membership" || rule.id == "member-its-membership"))
    for (uint32_t k = last; k < s.end_token && k < last + 4; ++k) {
      const std::string& w = doc.tokens[k].folded;
      if (w == "," || w == ";" || book.lexicon.Has("clause_breaks", doc.tokens[k])) break;
      if (w == "not" || w == "never" || w == "n't") return std::nullopt;
    }
  // "His government has made accession to the European Union its
  // priority": an accession named as a noun is sought, unless a word before
  // it says it is done (lexicon accession_completing_words: "completed its
  // accession", "since its accession").
  if (rule.predicate == Predicate::kMemberOf && modality == Modality::kAsserted)
    for (uint32_t k = first_tok; k + 1 < last; ++k) {
      const std::string& w = doc.tokens[k].folded;
      if (!((w == "accession" || w == "admission") && doc.tokens[k + 1].folded == "to") &&
          !(w == "bid" && doc.tokens[k + 1].folded == "to"))
        continue;
      bool done = false;
      for (uint32_t j = k; j-- > s.first_token && j + 4 > k && !done;)
        done = book.lexicon.Has("accession_completing_words", doc.tokens[j]);
      if (!done) return Modality::kProposed;
      break;
    }
  // "opposes Ukraine's membership of NATO", "backed Kyiv's accession": a
  // membership someone takes a stance on is only sought.
  if (rule.predicate == Predicate::kMemberOf && modality == Modality::kAsserted && first_tok > s.first_token &&
      any_in(first_tok, "membership_nouns")) {
    for (uint32_t k = first_tok; k-- > s.first_token && k + 4 > first_tok;)
      if (book.lexicon.Has("membership_stance_verbs", doc.tokens[k])) return Modality::kProposed;
  }
  // "the old relationship with the United States, based on steadily
  // increasing integration, was over": ties whose end follows (past an
  // aside) are ties ended.
  // (The match's last token may be the first of a longer name.)
  uint32_t after = last;
  while (after < s.end_token && doc.tokens[after].capitalized) ++after;
  if (rule.predicate == Predicate::kCooperatesWith && modality == Modality::kAsserted && after < s.end_token) {
    uint32_t k = after;
    // (The match may have taken the aside's comma.)
    bool comma_before = k > s.first_token && doc.tokens[k - 1].folded == ",";
    if (doc.tokens[k].folded == "," || comma_before) {
      uint32_t close = comma_before ? k : k + 1;
      while (close < s.end_token && close < k + 14 && doc.tokens[close].folded != ",") ++close;
      k = close < s.end_token && doc.tokens[close].folded == "," ? close + 1 : s.end_token;
    }
    while (k < s.end_token && k < last + 20 && book.lexicon.Has("aid_ending_auxiliaries", doc.tokens[k])) ++k;
    if (k < s.end_token && book.lexicon.Has("ties_ending_words", doc.tokens[k])) return Modality::kNegated;
  }
  // "stopped sharing intelligence with the United States", "stopped
  // attacking American forces": an activity ended is the relation ended.
  if (modality == Modality::kAsserted && rule.predicate != Predicate::kHoldsPosition &&
      rule.predicate != Predicate::kFamilyOf && rule.predicate != Predicate::kLocatedIn)
    for (uint32_t k = first_tok; k + 1 < last; ++k) {
      // ("Moldova, which had already stopped buying Russian gas, accused
      // Moscow": not in an aside the reading left out; "stopped buying
      // Russian gas" is itself the ban a rule reads.)
      bool in_aside = span.aside && k >= span.aside_base && k - span.aside_base < span.aside->size() &&
                      (*span.aside)[k - span.aside_base];
      bool rule_verb = rule.pattern.find(doc.tokens[k].folded + " " + doc.tokens[k + 1].folded) != std::string::npos;
      if (book.lexicon.Has("ending_verbs", doc.tokens[k]) && doc.tokens[k + 1].folded.ends_with("ing") &&
          !(k > first_tok && (doc.tokens[k - 1].folded == "not" || doc.tokens[k - 1].folded == "never")) &&
          !in_aside && !rule_verb)
        return Modality::kNegated;
    }
  // ("he was terminating all trade negotiations with Canada": talks a
  // verb of ending takes as its object are talks ended.)
  if (rule.predicate == Predicate::kMeets && modality == Modality::kAsserted)
    for (uint32_t k = first_tok; k + 1 < last; ++k) {
      if (!book.lexicon.Has("ending_verbs", doc.tokens[k])) continue;
      for (uint32_t j = k + 1; j < last && j <= k + 4; ++j)
        if (book.lexicon.Has("meeting_nouns", doc.tokens[j])) return Modality::kNegated;
    }
  // "A second meeting between Trump and Putin, planned for Budapest, was
  // called off": a meeting cancelled after the match was not held; one put
  // off may still be.
  if ((rule.predicate == Predicate::kParticipatesIn || rule.predicate == Predicate::kMeets) &&
      modality == Modality::kAsserted) {
    static const std::set<std::string_view> kStops = {"but", ";", "and", "while", "although", "after", "before",
                                                      "because", "which", "that", "who", "when"};
    for (uint32_t k = after; k + 2 < s.end_token && k < after + 14; ++k) {
      const std::string& w = doc.tokens[k].folded;
      if (kStops.count(w)) break;
      if (w != "was" && w != "were" && w != "been") continue;
      uint32_t v = k + 1;
      while (v < s.end_token && book.lexicon.Has("aid_ending_auxiliaries", doc.tokens[v])) ++v;
      size_t n = v < s.end_token ? book.lexicon.LongestAt("cancelling_participles", doc.tokens, v, s.end_token) : 0;
      if (n) return book.lexicon.Has("postponing_participles", doc.tokens[v]) ? Modality::kHypothetical
                                                                               : Modality::kNegated;
      break;
    }
  }
  // "without proof that he had won the election": who won or lost took
  // part, whatever is said of the outcome.
  if (rule.predicate == Predicate::kParticipatesIn && modality == Modality::kNegated &&
      any_in(first_tok, "outcome_verbs"))
    return Modality::kAsserted;
  // "announced that all aid to Colombia would stop": aid whose end follows
  // the match is aid ended.
  if (rule.predicate == Predicate::kAids && modality == Modality::kAsserted) {
    uint32_t k = after;
    while (k < s.end_token && k < after + 3 && book.lexicon.Has("aid_ending_auxiliaries", doc.tokens[k])) ++k;
    if (k < s.end_token && book.lexicon.Has("aid_ending_verbs", doc.tokens[k])) return Modality::kNegated;
    // ("the White House has cut most American aid to the country": so is
    // aid named after a verb that ends it, a quantifier or two between.)
    uint32_t b = first_tok;
    while (b > s.first_token && b + 3 > first_tok &&
           (book.lexicon.Has("quantity_words", doc.tokens[b - 1]) ||
            book.lexicon.Has("verb_object_determiners", doc.tokens[b - 1]) || doc.tokens[b - 1].folded == "all"))
      --b;
    if (b > s.first_token && book.lexicon.Has("aid_ending_verbs", doc.tokens[b - 1])) return Modality::kNegated;
  }
  // "plans to lift sanctions on Belarus", "refused to extend the embargo":
  // what is lifted or extended is in force, whatever is said of lifting it.
  if ((rule.predicate == Predicate::kSanctions || rule.predicate == Predicate::kEnactedBy) &&
      modality != Modality::kAsserted) {
    for (uint32_t k = first_tok; k < last; ++k) {
      // ("wants to end all imports of Russian gas": ending trade is the
      // sanction itself, only proposed.)
      uint32_t n = k + 1;
      if (n < last && (book.lexicon.Has("verb_object_determiners", doc.tokens[n]) || doc.tokens[n].folded == "all")) ++n;
      bool ends_trade = n < last && book.lexicon.Has("sanction_trade_nouns", doc.tokens[n]);
      // ("should suspend Hungary's voting rights": a rule whose own verb
      // is the measure reads no verb on measures in force.)
      if (book.lexicon.Has("sanction_existing_verbs", doc.tokens[k]) &&
          !book.lexicon.Has("sanction_enforcing_verbs", doc.tokens[k]) && !ends_trade && !rule.verb_is_measure)
        modality = Modality::kAsserted;
    }
  }
  // "threatened to veto the renewal of sanctions on Russia": who blocks
  // sanctions imposes none. ("blocked exports of chips to the UAE" is the
  // sanction itself: only a blocking verb before the sanctions blocks.)
  if (rule.predicate == Predicate::kSanctions)
    for (uint32_t k = first_tok; k < last; ++k)
      if (book.lexicon.Has("sanction_blocking_verbs", doc.tokens[k]) &&
          !(k + 1 < last && book.lexicon.Has("sanction_trade_nouns", doc.tokens[k + 1])) &&
          !(k + 2 < last && book.lexicon.Has("sanction_trade_nouns", doc.tokens[k + 2])))
        return std::nullopt;
  // ("Hungary has consistently blocked European Union sanctions against
  // Dodik": so does one right before a match that opens on the imposer.)
  if (rule.predicate == Predicate::kSanctions) {
    // ("have blocked a common EU decision to sanction Ivanishvili".)
    static const std::set<std::string> kBetween = {"the",    "any",   "new",      "further", "fresh",
                                                   "more",   "all",   "a",        "an",      "common",
                                                   "joint",  "proposed", "another", "collective"};
    uint32_t k = first_tok;
    while (k > s.first_token + 1 && kBetween.count(doc.tokens[k - 1].folded)) --k;
    if (k > s.first_token && book.lexicon.Has("sanction_blocking_verbs", doc.tokens[k - 1])) return std::nullopt;
  }
  return modality;
}

}  // namespace dossier::extract
