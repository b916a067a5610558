#include "extract/relation_finder.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "extract/attack_authors.h"
#include "extract/masked_sentence.h"
#include "extract/match_checks.h"
#include "extract/mention_readings.h"
#include "extract/modality.h"
#include "extract/office_relations.h"
#include "extract/relation_cleanup.h"
#include "extract/relation_sink.h"
#include "extract/verbs.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

// Whether what the match says of an office tells that it was held before:
// "Sadyr Japarov dismissed Kamchybek Tashiev, the head of the State
// Committee for National Security" (an apposition to one dismissed, sacked,
// ousted or forced out, or to one who resigned after it); "Vasyl Maliuk, who led the SBU until January 2025" (a term
// "until" a date before the article's, or any date in an undated article);
// "Nguyen Phu Trong, who led the party from 2011 until his death" (past a
// start; a death ends it too).
bool OfficeEndedAroundMatch(const Document& doc, const RuleBook& book, const Sentence& s, const Masked& m,
                            size_t subject_at, size_t subject_size, size_t object_at, size_t match_end) {
  const auto& t = doc.tokens;
  if (subject_at < object_at && m.text.compare(subject_at + subject_size, 3, " , ") == 0) {
    // (The verbs are the lexicon's office_removing_phrases: "forced out".)
    uint32_t subject_tok = m.TokenAt(subject_at);
    for (uint32_t k = subject_tok > s.first_token + 3 ? subject_tok - 3 : s.first_token; k < subject_tok; ++k)
      if (book.lexicon.LongestAt("office_removing_phrases", t, k, subject_tok) == subject_tok - k) return true;
    // ("Andriy Yermak, the head of the Presidential Office ..., resigned
    // on 28 November": the verb the apposition's close leads to leaves
    // the office; lexicon office_leaving_phrases.)
    for (size_t close = m.text.find(" , ", match_end); close != std::string::npos && close + 3 < m.text.size();
         close = m.text.find(" , ", close + 3)) {
      if (m.text.compare(close + 3, 2, "[E") == 0) continue;
      uint32_t verb = m.TokenAt(close + 3);
      if (verb < s.end_token && OfficeLeavingAt(book, t, verb, s.end_token)) return true;
    }
  }
  // ("the joint list, whose leader Frans Timmermans resigned after its
  // result": a person whose name a verb that leaves the office follows.)
  if (size_t after = subject_at + subject_size; after + 1 < m.text.size() && m.text[after] == ' ' &&
                                                m.text[after + 1] != '[' && m.text[after + 1] != ',') {
    uint32_t verb = m.TokenAt(after + 1);
    if (verb < s.end_token && verb > m.TokenAt(subject_at) &&
        OfficeLeavingAt(book, t, verb, s.end_token))
      return true;
  }
  // ("Estonia's prime minister, Jaan Kuusk, who resigned in June,": a
  // relative clause on the person that leaves the office, wherever the
  // person stands in the match; the masked text repeats the name for "who",
  // on the name's own token, so the tokens are read.)
  if (m.text.compare(subject_at + subject_size, 3, " , ") == 0) {
    uint32_t comma = m.TokenAt(subject_at);
    while (comma < s.end_token && comma < m.TokenAt(subject_at) + 6 && t[comma].folded != ",") ++comma;
    for (uint32_t k = comma + 2; comma + 1 < s.end_token && t[comma + 1].folded == "who" && k < s.end_token &&
                                 k < comma + 5;
         ++k)
      if (OfficeLeavingAt(book, t, k, s.end_token)) return true;
  }
  // (The word after the match in the masked text: a placeholder for "the
  // party" stands on its first token.)
  uint32_t until = match_end + 1 < m.text.size() ? m.TokenAt(match_end + 1) : s.end_token;
  if (until + 2 < s.end_token && t[until].folded == "from") {
    ++until;
    if (t[until].capitalized && text::MonthNumber(t[until].folded)) ++until;
    if (until < s.end_token && t[until].is_number) ++until;
  }
  if (until + 1 >= s.end_token || t[until].folded != "until") return false;
  if (until + 2 < s.end_token && (t[until + 1].folded == "his" || t[until + 1].folded == "her") &&
      t[until + 2].folded == "death")
    return true;
  // ("until January 2025", "until 2023": a month and year, or a year.)
  uint32_t end = until + 1;
  if (t[end].capitalized && text::MonthNumber(t[end].folded)) ++end;
  if (end < s.end_token && t[end].is_number && t[end].folded.size() == 4) ++end;
  if (end == until + 1) return false;
  std::string date = text::ResolveDate(
      doc.text.substr(t[until + 1].span.start, t[end - 1].span.end - t[until + 1].span.start), doc.date);
  return !date.empty() && (doc.date.empty() || date < doc.date.substr(0, date.size()));
}

// Named programmes: the knowledge base knows who enacted the Magnitsky Act.
// Drawn only when the imposer is named in the same document.
void EnactorsFromKnowledgeBase(Document& doc, const RuleBook& book, RelationSink& sink) {
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& ent = doc.entities[e];
    const KbEntity* k = book.kb.Find(ent.kb_id);
    if (!k || ent.type != EntityType::kSanction || k->enacted_by.empty() || ent.mentions.empty()) continue;
    for (size_t o = 0; o < doc.entities.size(); ++o) {
      if (doc.entities[o].kb_id != k->enacted_by || doc.entities[o].mentions.empty()) continue;
      const Mention& m = ent.mentions.front();
      sink.Add(e, o, Predicate::kEnactedBy, Modality::kAsserted, 0.6, doc.sentences[m.sentence], m.sentence,
               {{"source", "knowledge base"}}, "kb-enacted-by");
    }
  }
}

// "the Xi-Putin summit", "the US-Israel war with Iran": names joined by a
// hyphen in front of an event (store the split by extract/hyphenated_names)
// both take part in it; in front of a meeting they meet.
void JoinedActorsOfEvents(Document& doc, const RuleBook& book, const Resolution& placement, RelationSink& sink) {
  static const char* kMeetingLists[] = {"event_meeting", "event_summit", "event_talks", "event_call", "event_visit"};
  auto is_actor = [&](size_t e) {
    EntityType t = doc.entities[e].type;
    return t == EntityType::kPerson || t == EntityType::kOrganization || t == EntityType::kLocation;
  };
  for (size_t si = 0; si < placement.by_sentence.size(); ++si) {
    const auto& placed = placement.by_sentence[si];
    for (size_t k = 2; k < placed.size(); ++k) {
      const Placed &a = placed[k - 2], &b = placed[k - 1], &ev = placed[k];
      if (a.end + 1 != b.first || !text::IsJoiningDash(doc.tokens, a.end) || b.end != ev.first) continue;
      if (doc.entities[ev.entity].type != EntityType::kEvent || !is_actor(a.entity) || !is_actor(b.entity)) continue;
      const Sentence& s = doc.sentences[si];
      uint32_t from = std::max(ClauseStart(doc, book, s, a.first), a.first > s.first_token + 6 ? a.first - 6 : s.first_token);
      Modality modality = ModalityOf(doc, book, from, ev.end);
      for (size_t actor : {a.entity, b.entity})
        sink.Add(actor, ev.entity, Predicate::kParticipatesIn, modality, 0.75, s, static_cast<uint32_t>(si), {},
                 "joined-actors-event");
      bool meeting = false;  // the event's last words are a meeting noun
      for (const char* list : kMeetingLists)
        for (uint32_t t = ev.first; t < ev.end; ++t) {
          size_t n = book.lexicon.LongestAt(list, doc.tokens, t, ev.end);
          meeting = meeting || (n && t + n == ev.end);
        }
      if (meeting)
        sink.Add(a.entity, b.entity, Predicate::kMeets, modality, 0.75, s, static_cast<uint32_t>(si), {},
                 "joined-actors-meeting");
    }
  }
}

// Where the names a subject slot took really start. "when the US removed
// Venezuela's president and Trump threatened tariffs": a list that opens
// right after a verb (past a possessor and "the") is that verb's object, up
// to its last "and"; only the names after it act in the match.
size_t SubjectListStart(const Document& doc, const RuleBook& book, const Masked& m, size_t sg_start, size_t sg_end) {
  auto ends_with = [&](size_t end, std::string_view w) {
    return end >= w.size() && m.text.compare(end - w.size(), w.size(), w) == 0;
  };
  size_t at = sg_start;
  // ("He visited Beijing, Washington and Moscow in his first year, signed
  // a defence agreement": a slot that starts inside a list starts at the
  // list's first name, and a list with commas after a verb is all its
  // object: none of it acts.)
  bool inside_list = false;
  while (ends_with(at, "] , ") || ends_with(at, "] , the ")) {
    size_t open = m.text.rfind("[E", at - 4);
    if (open == std::string::npos) break;
    // (Not into the name a relative pronoun's copy repeats: "the Syrian
    // Democratic Forces , [the same] signed".)
    size_t close = m.text.find(']', at);
    if (close != std::string::npos &&
        m.text.compare(open, close + 1 - at, m.text, at, close + 1 - at) == 0)
      break;
    at = open;
    inside_list = true;
  }
  if (ends_with(at, "] 's ")) at = m.text.rfind("[E", at - 5);
  if (ends_with(at, " the ")) at -= 4;
  if (at < 2 || m.text[at - 2] == ']') return sg_start;
  if (!LooksLikeVerb(book, doc.tokens[m.TokenAt(at - 2)])) return sg_start;
  if (inside_list) return sg_end;
  std::string_view names(m.text.data() + sg_start, sg_end - sg_start);
  size_t conj = std::string_view::npos;
  for (std::string_view c : {" and ", " or "}) {
    size_t k = names.rfind(c);
    if (k != std::string_view::npos && (conj == std::string_view::npos || k > conj)) conj = k;
  }
  if (conj == std::string_view::npos) return sg_start;
  size_t next = names.find("[E", conj);
  return next == std::string_view::npos ? sg_start : sg_start + next;
}

// "both", "the two", "they" or a count: words that may stand for names
// given before (masked_sentence.cc reads which).
bool MayNameAGroup(const Document& doc, const RuleBook& book, const Sentence& s) {
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const Token& t = doc.tokens[k];
    if (t.folded == "both" || t.folded == "they" || book.lexicon.Has("count_words", t)) return true;
  }
  return false;
}

// "He thanked him for his support": a sentence that names no one may still
// relate two people by pronouns alone.
bool SubjectAndObjectPronouns(const Document& doc, const Sentence& s) {
  bool subject = false, object = false;
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string& w = doc.tokens[k].folded;
    subject = subject || w == "he" || w == "she";
    object = object || w == "him" || w == "her";
  }
  return subject && object;
}

// Where "[PER] of " (with one more "[PER] of [LOC] and ..." before it)
// opens right before the state slot at `state_at` of the masked text, or
// npos.
size_t PeopleOfStatesStart(const std::string& masked, size_t state_at) {
  static const RE2 kPairs("(?:\\[E\\d+\\|PER\\] of \\[E\\d+\\|LOC\\] and (?:[a-z]+ ){0,3})?\\[E\\d+\\|PER\\] of ");
  for (size_t from = state_at > 120 ? state_at - 120 : 0; from < state_at; ++from) {
    if (masked[from] != '[') continue;
    if (RE2::FullMatch(re2::StringPiece(masked.data() + from, state_at - from), kPairs)) return from;
  }
  return std::string::npos;
}

// "Ruto congratulated Hassan, as did Uganda's Yoweri Museveni": the people,
// bodies and places after ", as did" near the end `o_end` of a match's
// object (only words and events between), less a body a person is "of"
// ("as did Johannes Kaiser of the National Libertarian Party").
std::vector<size_t> ActorsAfterAsDid(const Document& doc, const Masked& m, size_t o_end) {
  std::vector<size_t> out;
  size_t at = m.text.find(" , as did ", o_end);
  size_t from = 0, to = std::string::npos;
  if (at != std::string::npos) from = at + 10;
  // (", as the United States did in September": the names before "did".)
  if (at == std::string::npos) {
    at = m.text.find(" , as ", o_end);
    size_t did = at == std::string::npos ? at : m.text.find(" did", at + 6);
    if (did == std::string::npos || did > at + 60) return out;
    from = at + 6;
    to = did;
    for (size_t k = from; k < to;) {  // names joined by "the", "and" and commas only
      if (m.text[k] == ' ') {
        ++k;
        continue;
      }
      size_t end = m.text[k] == '[' ? m.text.find(']', k) + 1 : std::min(m.text.find(' ', k), to);
      std::string_view word = std::string_view(m.text).substr(k, end - k);
      if (m.text[k] != '[' && word != "the" && word != "and" && word != ",") return out;
      k = end;
    }
  }
  if (at == std::string::npos || at > o_end + 48) return out;
  for (const char* tag : {"|PER]", "|ORG]", "|LOC]", "|SAN]"})
    if (m.text.substr(o_end, at - o_end).find(tag) != std::string::npos) return out;
  if (to == std::string::npos) to = std::min(m.text.find(" , ", from), m.text.find(" ;", from));
  if (to == std::string::npos) to = m.text.size();
  // (", as did China ports and dams in Cameroon", a brief reading that cut
  // a relative clause short: the names after "as did" end at the first
  // other word.)
  for (size_t k = from; k < to;) {
    if (m.text[k] == ' ') {
      ++k;
      continue;
    }
    size_t end = m.text[k] == '[' ? m.text.find(']', k) + 1 : std::min(m.text.find(' ', k), to);
    std::string_view word = std::string_view(m.text).substr(k, end - k);
    if (m.text[k] != '[' && word != "the" && word != "and" && word != "," && word != "'s") {
      to = k;
      break;
    }
    k = end;
  }
  for (size_t e : EntitiesIn(m.text, from, to, true)) {
    size_t slot = m.text.find("[E" + std::to_string(e) + "|", from);
    std::string_view before = std::string_view(m.text).substr(0, slot);
    if (before.ends_with(" of ") || before.ends_with(" of the ")) continue;
    if (doc.entities[e].type != EntityType::kEvent && doc.entities[e].type != EntityType::kSanction) out.push_back(e);
  }
  return out;
}

// " 's sovereign wealth fund ," after a state's slot ending at `at`: " of
// Sovereign Wealth Fund", the body of the state that an office named before
// the state is in; "" where no such body follows (up to four words, then
// the phrase's end).
std::string StateBodyAfter(const std::string& masked, size_t at) {
  if (masked.compare(at, 4, " 's ") != 0) return "";
  static const std::set<std::string_view> kEnds = {"and", "who", "which", "since", "until", "in", "said", "says"};
  size_t from = at + 4, end = from;
  int words = 0;
  while (end < masked.size() && words < 4) {
    size_t space = masked.find(' ', end);
    std::string_view word(masked.data() + end, (space == std::string::npos ? masked.size() : space) - end);
    auto lower = [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; };
    if (word.empty() || !std::all_of(word.begin(), word.end(), lower)) break;
    if (kEnds.count(word)) break;
    ++words;
    end = space == std::string::npos ? masked.size() : space + 1;
  }
  if (!words) return "";
  std::string_view after(masked.data() + end, masked.size() - end);
  // (The phrase ends there: at a comma, the sentence's end or a word that
  // opens what comes next.)
  bool ends = after.empty() || after == "." || after.starts_with(", ") || after.starts_with(". ") ||
              after.starts_with("; ");
  for (std::string_view next : kEnds) ends = ends || (after.starts_with(next) && after.size() > next.size() &&
                                                      after[next.size()] == ' ');
  if (!ends) return "";
  std::string body(masked, from, end - from);
  while (!body.empty() && body.back() == ' ') body.pop_back();
  return " of " + TitleCaseRole(body);
}

void ApplyRules(Document& doc, const RuleBook& book, const Resolution& placement, RelationSink& sink,
                const MaskedSink& on_masked) {
  const auto& rules = book.relations.rules();
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    // ("For three days the two neighbours exchanged strikes": a sentence
    // that names no one may still name a pair or a group of those before.)
    if (placement.by_sentence[si].empty() && !SubjectAndObjectPronouns(doc, doc.sentences[si]) &&
        !MayNameAGroup(doc, book, doc.sentences[si]))
      continue;
    bool skipped = false;
    const Sentence& s = doc.sentences[si];
    Masked full = BuildMask(doc, book, placement, si);
    // Most sentences have no aside: their brief reading is the full one.
    bool may_have_aside = false;
    for (uint32_t t = s.first_token; t + 1 < s.end_token && !may_have_aside; ++t)
      may_have_aside = (doc.tokens[t].folded == "," && doc.tokens[t + 1].is_word) || text::IsSpacedDash(doc.tokens, t);
    // ("Lee Jae-myung of the Democratic Party won": a person's body.)
    // ("the Houthis in Yemen fired": a body's or person's place.)
    for (const auto& pl : placement.by_sentence[si])
      may_have_aside = may_have_aside || (doc.entities[pl.entity].type == EntityType::kPerson &&
                                          pl.end < s.end_token && doc.tokens[pl.end].folded == "of") ||
                       (doc.entities[pl.entity].type != EntityType::kLocation && pl.end < s.end_token &&
                        doc.tokens[pl.end].folded == "in");
    Masked brief = may_have_aside ? BuildMask(doc, book, placement, si, true, &skipped) : Masked{};
    // Tokens inside asides: in the full pass a subject found there is the
    // aside's, not the sentence's (the brief pass reads the sentence).
    std::vector<bool> in_aside(s.end_token - s.first_token, false);
    std::vector<uint32_t> participial_end(s.end_token - s.first_token, 0);  // 0: not in a participial aside
    if (skipped) {
      std::vector<bool> kept(s.end_token - s.first_token, false);
      for (const auto& [offset, tok] : brief.offsets) kept[tok - s.first_token] = true;
      for (uint32_t t = s.first_token; t < s.end_token; ++t)
        in_aside[t - s.first_token] = !kept[t - s.first_token] && doc.tokens[t].folded != ",";
      // Mentions span several tokens; only their first is in offsets.
      for (const auto& pl : placement.by_sentence[si])
        for (uint32_t t = pl.first + 1; t < pl.end; ++t) in_aside[t - s.first_token] = in_aside[pl.first - s.first_token];
      // ", founded by X,": the agent of a participial aside is the subject
      // of what the aside says about the name before it, and of no more.
      // ("Karol Nawrocki, a conservative historian backed by the Law and
      // Justice party,": so is one after a few words of apposition.)
      auto participle_opens = [&](uint32_t t) {
        if (book.lexicon.Has("aside_participles", doc.tokens[t + 1])) return true;
        const std::string& w = doc.tokens[t + 1].folded;
        if (w != "a" && w != "an" && w != "the") return false;
        for (uint32_t k = t + 2; k < s.end_token && k < t + 7 && doc.tokens[k].is_word; ++k)
          if (book.lexicon.Has("aside_participles", doc.tokens[k]) && k + 1 < s.end_token &&
              doc.tokens[k + 1].folded == "by")
            return true;
        return false;
      };
      for (uint32_t t = s.first_token; t + 2 < s.end_token; ++t) {
        if (doc.tokens[t].folded != "," || !participle_opens(t)) continue;
        uint32_t close = AsideClose(doc, placement, si, t + 1);
        for (uint32_t k = t + 1; k < close; ++k) participial_end[k - s.first_token] = close;
      }
    }
    std::optional<Masked> carried = CarrySubjectIntoSecondVerb(doc, book, full);
    const Masked* carried_mask = carried ? &*carried : nullptr;
    std::optional<Masked> compared = SubjectOfComparison(full);
    const Masked* compared_mask = compared ? &*compared : nullptr;
    for (const Masked* mask : std::initializer_list<const Masked*>{&full, &brief, carried_mask, compared_mask}) {
    if (!mask) continue;
    if (mask == &brief && !skipped) continue;
    const Masked& m = *mask;
    if (m.text.find("[E") == m.text.rfind("[E")) continue;  // fewer than two entities
    if (on_masked) on_masked(static_cast<uint32_t>(si), m.text);
    for (int ri : book.relations.Candidates(m.text)) {
      const RelationRule& rule = rules[static_cast<size_t>(ri)];
      int ngroups = rule.regex->NumberOfCapturingGroups() + 1;
      std::vector<re2::StringPiece> groups(static_cast<size_t>(ngroups));
      size_t pos = 0;
      while (pos < m.text.size() &&
             rule.regex->Match(m.text, pos, m.text.size(), RE2::UNANCHORED, groups.data(), ngroups)) {
        auto offset = [&](const re2::StringPiece& g) { return static_cast<size_t>(g.data() - m.text.data()); };
        const auto& sg = groups[static_cast<size_t>(rule.subject_group)];
        const auto& og = groups[static_cast<size_t>(rule.object_group)];
        size_t match_start = offset(groups[0]), match_end = match_start + groups[0].size();
        // ("along with his wife, his son Nicolás": a match of one person with
        // himself gives way to the next one, which may start inside it.)
        if (sg.data() && og.data() && sg == og && sg.size() > 2 && sg[0] == '[' && sg.find(']') + 1 == sg.size()) {
          pos = match_start + 1;
          continue;
        }
        // ("In Washington, Senator Jim Risch has called for ...": a place
        // that opens the sentence after a preposition, set off by a comma,
        // is where, never who; the match starts again past it, where the
        // clause's subject is.)
        // (A list the place seems to open: "In Washington, Félix Tshisekedi
        // and Paul Kagame signed".)
        if (size_t place_end = m.text.find(']', match_start);
            sg.data() && offset(sg) == match_start && match_start <= 8 && place_end != std::string::npos &&
            m.text.compare(place_end + 1, 3, " , ") == 0 &&
            book.lexicon.Contains("city_prepositions", m.text.substr(0, m.text.find(' ')))) {
          pos = place_end + 1;
          continue;
        }
        if (sg.data() && og.data()) {
          uint32_t first_tok = m.TokenAt(match_start);
          uint32_t last_tok = m.TokenAt(match_end ? match_end - 1 : 0) + 1;
          if (MatchVetoed(doc, book, rule, s, m, offset(sg), offset(og), std::string_view(og.data(), og.size()),
                          first_tok, last_tok)) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          // The clause that ends the match holds its verb: "Georgia does not
          // have relations with Moscow, which has occupied Abkhazia" keeps
          // the negation out of the relative clause.
          uint32_t clause = ClauseStart(doc, book, s, last_tok - 1);
          // A carried subject starts its own clause at the "and".
          // (Each copy opens after "; ": "[Zakharova] called the election
          // neither free nor fair ; [Zakharova] accused [Sandu]".)
          bool carried_subject = mask == carried_mask &&
                                 (match_start == carried->carried_at ||
                                  (match_start >= 2 && m.text.compare(match_start - 2, 2, "; ") == 0));
          uint32_t from = rule.modality_in_match_only || carried_subject
                              ? first_tok
                              : std::max(clause, first_tok > 8 ? first_tok - 8 : 0u);
          // ("With no dialogue between the two governments": a match that
          // opens on its noun keeps the determiner that negates it.)
          if (rule.modality_in_match_only && first_tok > s.first_token &&
              (doc.tokens[first_tok - 1].folded == "no" || doc.tokens[first_tok - 1].folded == "without"))
            from = first_tok - 1;
          // "the polls had suggested, and Moldovan officials accused Moscow":
          // a clause joined by ", and" before the match is another's (inside
          // the match, ", and" ends a list: "has not sanctioned A, B, and C").
          // ("Maduro denies the charges and accuses Washington of preparing
          // an invasion": so is a verb phrase of its own after "and".)
          // ("It does not bind the M23, the rebel movement that seized Goma":
          // a relative clause right after its subject holds the verb, and the
          // cues of the clause around the antecedent stay out of it.)
          // ("the opposition would expect Edmundo González, who most tallies
          // suggest won the election, to take office": so does one set off
          // by a comma.)
          if (size_t after_subject = offset(sg) + sg.size();
              offset(sg) < offset(og) && m.text.compare(after_subject, 6, " that ") == 0)
            from = std::max(from, m.TokenAt(after_subject + 1));
          else if (offset(sg) < offset(og) && (m.text.compare(after_subject, 7, " , who ") == 0 ||
                                               m.text.compare(after_subject, 9, " , which ") == 0))
            from = std::max(from, m.TokenAt(after_subject + 3));
          for (uint32_t k = from; k + 2 <= first_tok; ++k) {
            if (doc.tokens[k].folded == "," && doc.tokens[k + 1].folded == "and") from = k + 2;
            if (doc.tokens[k].folded == "and" && LooksLikeVerb(book, doc.tokens[k + 1])) from = k + 1;
          }
          // ("Edmundo González, whom the opposition considers the winner,
          // lives in exile in Madrid": a match whose subject and end lie
          // outside the asides takes no cue from inside them, in the full
          // reading as in the brief one.)
          uint32_t subject_first_token = m.TokenAt(offset(sg));
          bool outside_asides = skipped && subject_first_token >= s.first_token && subject_first_token < s.end_token &&
                                last_tok > s.first_token && last_tok <= s.end_token &&
                                !in_aside[subject_first_token - s.first_token] &&
                                !in_aside[last_tok - 1 - s.first_token];
          MatchSpan span{from, last_tok, m.TokenAt(offset(sg) + sg.size() - 1) + 1, m.TokenAt(offset(og)),
                         offset(sg) < offset(og), mask == &brief || outside_asides ? &in_aside : nullptr,
                         s.first_token};
          std::optional<Modality> said =
              PredicateModality(doc, book, rule, s, span, first_tok, MatchModality(doc, book, rule, s, span));
          if (!said) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          Modality modality = *said;
          std::map<std::string, std::string> attrs = rule.attributes;
          // "his Philippine counterpart": a counterpart's office is the other
          // side's, which the rule cannot name.
          if (rule.role_group > 0 && groups[static_cast<size_t>(rule.role_group)].data() &&
              groups[static_cast<size_t>(rule.role_group)] != "counterpart")
            attrs["role"] = TitleCaseRole(std::string(groups[static_cast<size_t>(rule.role_group)]));
          // "Mark Rutte, the former Dutch prime minister": an office held before.
          if (rule.former_group > 0 && groups[static_cast<size_t>(rule.former_group)].data()) attrs["former"] = "true";
          // ("Kirill Dmitriev, the head of Russia's sovereign wealth fund": a
          // title of the state's own body, named after its "'s", is held in
          // that body: "Head of Sovereign Wealth Fund", not head of state.)
          if (rule.predicate == Predicate::kHoldsPosition && attrs.count("role") && og.ends_with("|LOC]") &&
              offset(groups[static_cast<size_t>(rule.role_group)]) < offset(og))
            attrs["role"] += StateBodyAfter(m.text, offset(og) + og.size());
          if (rule.predicate == Predicate::kHoldsPosition &&
              OfficeEndedAroundMatch(doc, book, s, m, offset(sg), sg.size(), offset(og), match_end))
            attrs["former"] = "true";
          // ("a former Philippine senator, Francis Tolentino": "former"
          // before the state that names the title.)
          if (rule.predicate == Predicate::kHoldsPosition && attrs.count("role") && og.ends_with("|LOC]") &&
              offset(og) >= 7 && m.text.compare(offset(og) - 7, 7, "former ") == 0)
            attrs["former"] = "true";
          auto listed = [&](const std::string& list, size_t e) {
            return list.empty() || book.lexicon.Contains(list, text::MatchKey(doc.entities[e].kb_id));
          };
          // ", where he met Macron,": a pronoun there stands for the
          // sentence's own subject, so it may act in the aside.
          uint32_t subject_token = m.TokenAt(offset(sg));
          bool pronoun = doc.tokens[subject_token].folded == "he" || doc.tokens[subject_token].folded == "she";
          uint32_t aside_end = participial_end[subject_token - s.first_token];
          bool about_the_aside = aside_end && last_tok <= aside_end;
          // ("the BNP, led by Tarique Rahman, the son of former prime
          // minister Khaleda Zia,": the agent's own apposition, which opens
          // where the aside closes, is about the agent.)
          if (aside_end && !about_the_aside && first_tok == subject_token && aside_end + 1 < s.end_token &&
              doc.tokens[aside_end].folded == ",") {
            const std::string& w = doc.tokens[aside_end + 1].folded;
            about_the_aside = w == "the" || w == "a" || w == "an";
          }
          // "The Quad, which brings together India, Japan ...": a rule that
          // reads the relative clause with its antecedent as the object.
          // In the full reading the pronoun is the antecedent's copy:
          // "[Quad] , [Quad] brings together ...".
          size_t o_after = offset(og) + og.size();
          size_t o_at = offset(og);
          bool copied = o_at >= og.size() + 3 && m.text.compare(o_at - 3, 3, " , ") == 0 &&
                        m.text.compare(o_at - 3 - og.size(), og.size(), og.data(), og.size()) == 0;
          // ("the Fordow facility, which American bombers struck": a noun or
          // two may follow the name before the relative pronoun; "the summit
          // in Johannesburg, which Milei skipped": or the place it is in.)
          size_t relative_at = o_after;
          bool after_place_preposition = false;
          for (int words = 0; words < 2 && relative_at < m.text.size() && m.text.compare(relative_at, 3, " , ") != 0;
               ++words) {
            size_t next = m.text.find(' ', relative_at + 1);
            if (next == std::string::npos || (m.text[relative_at + 1] == '[' && !after_place_preposition)) break;
            after_place_preposition = m.text.compare(relative_at, 4, " in ") == 0 || m.text.compare(relative_at, 4, " at ") == 0;
            relative_at = next;
          }
          // ("the Republican People's Party, whose leader Ozel ...": the
          // officer named in the clause holds office in its antecedent.)
          bool antecedent_object = offset(og) < offset(sg) && (m.text.compare(relative_at, 9, " , which ") == 0 ||
                                                              m.text.compare(relative_at, 7, " , who ") == 0 ||
                                                              m.text.compare(relative_at, 8, " , whom ") == 0 ||
                                                              m.text.compare(relative_at, 9, " , whose ") == 0 ||
                                                              m.text.compare(o_after, 9, " ; where ") == 0 || copied);
          // ("Ilan Shor, the fugitive oligarch who lives in Moscow and whom the
          // United States has sanctioned": so is the name a later "whom"
          // clause of its apposition reads.)
          if (offset(og) < offset(sg) && !antecedent_object) {
            std::string_view before_subject = std::string_view(m.text).substr(0, offset(sg));
            antecedent_object = before_subject.ends_with(" and whom ") || before_subject.ends_with(" and whom the ");
            // ("Gagauzia, an autonomous region whose leader Evghenia Guțul
            // was sentenced": or a "whose" clause of a described name.)
            size_t whose = m.text.find(" whose ", o_after);
            antecedent_object = antecedent_object ||
                                (m.text.compare(o_after, 3, " , ") == 0 && whose != std::string::npos &&
                                 whose < offset(sg) && whose < o_after + 60 &&
                                 m.text.find_first_of("[,;", o_after + 3) > whose);
          }
          // ("Azruddin Mohamed, a businessman sanctioned by the US Treasury":
          // so is an apposition whose participle's agent is the subject.)
          // ("Japan and South Korea, both hit by American tariffs": or one
          // of a list, "both", and an irregular participle.)
          bool both = m.text.compare(o_after, 8, " , both ") == 0 || m.text.compare(o_after, 7, " , all ") == 0;
          if (offset(og) < offset(sg) && !antecedent_object &&
              (m.text.compare(o_after, 5, " , a ") == 0 || m.text.compare(o_after, 6, " , an ") == 0 ||
               m.text.compare(o_after, 7, " , the ") == 0 || both)) {
            size_t by = m.text.find("ed by ", o_after);
            for (std::string_view irregular : {" hit by ", " struck by ", " shot by ", " caught by "})
              if (size_t at = m.text.find(irregular, o_after); at != std::string::npos && at < by)
                by = at + irregular.size() - 6;
            antecedent_object = by != std::string::npos && by + 6 <= offset(sg) &&
                                m.text.find(" , ", o_after + 3) > by && m.text.find('[', o_after) > by;
            // ("Transnistria, the Russian-backed separatist region, ...": or
            // the agent named first in the participle's compound.)
            size_t s_after = offset(sg) + sg.size();
            for (std::string_view participle : {" - backed ", " - sponsored ", " - supported ", " - funded ", " - armed "})
              antecedent_object = antecedent_object || (m.text.compare(s_after, participle.size(), participle) == 0 &&
                                                        m.text.find('[', o_after) == offset(sg));
          }
          // ("the Wagner Group, a mercenary outfit Yevgeny Prigozhin founded":
          // or the object of a contact clause in its apposition, with the
          // subject right after the apposition's noun, or after the copy of
          // the name that stands for that noun, and a verb after it.)
          if (offset(og) < offset(sg) && !antecedent_object && m.text.compare(o_after, 3, " , ") == 0) {
            std::string_view between = std::string_view(m.text).substr(o_after + 3, offset(sg) - o_after - 3);
            bool noun_phrase = false;
            if (between.starts_with("a ") || between.starts_with("an ") || between.starts_with("the ")) {
              size_t words = static_cast<size_t>(std::count(between.begin(), between.end(), ' '));
              noun_phrase = words >= 2 && words <= 5 && between.find_first_of("[,;") == std::string_view::npos;
            }
            bool copy = between.size() == og.size() + 1 && between.compare(0, og.size(), og.data(), og.size()) == 0;
            uint32_t after_subject = m.TokenAt(offset(sg) + sg.size() + 1);
            antecedent_object = (noun_phrase || copy) && offset(sg) + sg.size() + 1 < m.text.size() &&
                                after_subject < s.end_token && LooksLikeVerb(book, doc.tokens[after_subject]);
          }
          // "..., where Wang Yi hosted talks between Ali Shamkhani, ..., and":
          // a match that opens inside the aside on another word than its
          // subject reads the aside itself.
          bool opens_in_aside = first_tok != subject_token && first_tok >= s.first_token &&
                                first_tok < s.end_token && in_aside[first_tok - s.first_token];
          // ("Romania, whose president Nicușor Dan visited Chișinău in June,":
          // the officer opens the clause as its subject, and a match with
          // both its names inside reads it; "the movement, whose political
          // wing, the Islamic Action Front, won": past an apposition too.)
          bool whose_subject = false;
          if (last_tok > s.first_token && last_tok <= s.end_token && in_aside[last_tok - 1 - s.first_token])
            for (uint32_t k = subject_token; k-- > s.first_token + 1 && k + 8 > subject_token;) {
              const Token& w = doc.tokens[k];
              if (w.folded == "whose") {
                whose_subject = doc.tokens[k - 1].folded == ",";
                break;
              }
              // ("Sara Duterte, whose father, Rodrigo Duterte, is": a comma
              // may set the name off.)
              if (w.folded == ",") continue;
              if (!w.is_word || !in_aside[k - s.first_token]) break;
            }
          // ("held elections in February, which Kurti's party won, but ...":
          // a match wholly inside a relative clause the brief reading drops
          // reads that clause.)
          bool inside_relative = last_tok > first_tok && first_tok >= s.first_token && last_tok <= s.end_token;
          for (uint32_t k = first_tok; k < last_tok && inside_relative; ++k)
            inside_relative = in_aside[k - s.first_token];
          if (inside_relative) {
            uint32_t open = first_tok;
            while (open > s.first_token && in_aside[open - 1 - s.first_token]) --open;
            bool comma = doc.tokens[open].folded == "," && open + 1 < s.end_token;
            const std::string& w = doc.tokens[comma ? open + 1 : open].folded;
            // ("flew to Moscow, where Putin received him at the Kremlin, and
            // ...": or a "where" clause.)
            inside_relative = w == "which" || w == "whom" || w == "where" || (w == "that" && !comma);
          }
          // ("a dispute with Washington, which ... expelled Ebrahim Rasool,
          // Pretoria's ambassador, in March": an office in the apposition
          // right after a name belongs to that name, aside or not.)
          bool apposition_office = rule.predicate == Predicate::kHoldsPosition && first_tok == subject_token &&
                                   offset(sg) < offset(og) && m.text.compare(offset(sg) + sg.size(), 3, " , ") == 0;
          bool subject_in_aside = mask != &brief && skipped && !pronoun && !about_the_aside && !antecedent_object &&
                                  !opens_in_aside && !whose_subject && !inside_relative && !apposition_office &&
                                  in_aside[subject_token - s.first_token];
          // "Kenya, whose president hosted a conference in Nairobi in
          // February, faced criticism from Khartoum": an object named before
          // the verb, inside an aside that goes on after it and that the
          // subject is not in, is the aside's. (One that ends the aside may
          // be read across it: "ties to Russia, such as Saudi Arabia".)
          uint32_t object_token = m.TokenAt(offset(og));
          if (mask != &brief && skipped && offset(og) < offset(sg) && !antecedent_object &&
              in_aside[object_token - s.first_token] && !in_aside[subject_token - s.first_token]) {
            uint32_t after = object_token + 1;
            for (const auto& pl : placement.by_sentence[si])
              if (pl.first == object_token) after = pl.end;
            subject_in_aside = subject_in_aside || (after < s.end_token && doc.tokens[after].folded != "," &&
                                                    in_aside[after - s.first_token]);
          }
          // "chief executive of Dubai-based Qamar Energy": a name that ends
          // the match but goes on in a hyphenated compound is a modifier.
          bool compound_tail = false;
          size_t objects_end = offset(og) + og.size();  // where the object's names end
          for (const auto* g : {&sg, &og}) {
            size_t g_end = offset(*g) + g->size();
            bool tail = g_end == match_end && m.text.compare(g_end, 3, " - ") == 0 &&
                        text::IsJoiningDash(doc.tokens, m.TokenAt(g_end + 1));
            // "struck sites in Pakistan and Pakistan-administered Kashmir":
            // a list keeps the names before its compound.
            size_t last = g == &og && tail ? m.text.rfind("[E", g_end) : std::string::npos;
            if (last != std::string::npos && last > offset(og) && !EntitiesIn(m.text, offset(og), last).empty())
              objects_end = last;
            else
              compound_tail = compound_tail || tail;
          }
          objects_end = EndBeforeUntitledPerson(m, doc, book, offset(og), objects_end);
          // "continues to block EU funds": a stance on the funds, not on the
          // body whose name modifies them.
          // "refused to join EU sanctions": membership of the body whose name
          // modifies them is no more what is said.
          bool modifier_object = false;
          std::pair<size_t, size_t> named_after_object{0, 0};  // the event or measure a stance's object names
          const char* modified_nouns = rule.predicate == Predicate::kSupports || rule.predicate == Predicate::kOpposes
                                           ? "stance_modified_nouns"
                                       : rule.predicate == Predicate::kMemberOf ? "membership_modified_nouns"
                                       : nullptr;
          if (modified_nouns) {
            size_t o_end = offset(og) + og.size();
            uint32_t next = o_end == match_end && o_end + 1 < m.text.size() ? m.TokenAt(o_end + 1) : 0;
            // ("refused to join the European Union's sanctions": a body
            // that owns what is joined is not joined either.)
            modifier_object = next > m.TokenAt(o_end == 0 ? 0 : o_end - 1) &&
                              (book.lexicon.Has(modified_nouns, doc.tokens[next]) ||
                               (rule.predicate == Predicate::kMemberOf && doc.tokens[next].folded == "'s"));
            // ("did not oppose Swedish membership": a state's bid to join,
            // named by its demonym, is a stance on the state, as "Sweden's
            // membership" is.)
            if (modifier_object && modified_nouns == std::string_view("stance_modified_nouns") &&
                book.lexicon.Has("accession_bid_nouns", doc.tokens[next])) {
              auto single = EntitiesIn(m.text, offset(og), o_end);
              uint32_t o_tok = m.TokenAt(offset(og));
              modifier_object = !(single.size() == 1 && doc.entities[single.front()].type == EntityType::kLocation &&
                                  MentionIsDemonym(doc, single.front(), o_tok));
            }
            // "boycotted the G20 summit": a body that names the event after
            // it is not what the stance is on; nor one that names the
            // sanctions after it ("has blocked EU sanctions packages"). The
            // event or the measure is ("has backed the American deployment").
            if (!modifier_object && o_end == match_end && m.text.compare(o_end, 3, " [E") == 0) {
              size_t tag_end = m.text.find(']', o_end);
              if (tag_end != std::string::npos && (m.text.compare(tag_end - 4, 5, "|EVT]") == 0 ||
                                                   m.text.compare(tag_end - 4, 5, "|SAN]") == 0))
                named_after_object = {o_end + 1, tag_end + 1};
            }
          }
          // "the embargo on U.S. trade": a state's name (not its demonym:
          // "sanctions on Russian entities" target Russia) that modifies the
          // goods is no target.
          if (rule.predicate == Predicate::kTargets && og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            size_t o_end = offset(og) + og.size();
            uint32_t o_tok = m.TokenAt(offset(og));
            uint32_t next = o_end == match_end && o_end + 1 < m.text.size() ? m.TokenAt(o_end + 1) : 0;
            auto single = EntitiesIn(m.text, offset(og), o_end);
            modifier_object = modifier_object ||
                              (single.size() == 1 && next > o_tok && book.lexicon.Has("target_modified_nouns", doc.tokens[next]) &&
                               !MentionIsDemonym(doc, single.front(), o_tok));
          }
          // "designated two Ecuadorian gangs": the gangs are the target, not
          // their state.
          if ((rule.predicate == Predicate::kSanctions || rule.predicate == Predicate::kAttacks) &&
              og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            auto single = EntitiesIn(m.text, offset(og), offset(og) + og.size());
            modifier_object = modifier_object || (single.size() == 1 && DemonymOfNonStateGroup(doc, book, single.front(),
                                                                                              m.TokenAt(offset(og))));
          }
          // "Qatar, which hosts U.S. forces": a state's name before its forces
          // or bases is no one met or cooperated with.
          if ((rule.predicate == Predicate::kMeets || rule.predicate == Predicate::kCooperatesWith) &&
              og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            size_t o_end = offset(og) + og.size();
            uint32_t o_tok = m.TokenAt(offset(og));
            uint32_t next = o_end == match_end && o_end + 1 < m.text.size() ? m.TokenAt(o_end + 1) : 0;
            // ("hosts Russia's 201st military base": after a possessive too.)
            if (next > o_tok && doc.tokens[next].folded == "'s")
              for (uint32_t k = next + 1; k < s.end_token && k < next + 4; ++k)
                if (book.lexicon.Has("military_presence_nouns", doc.tokens[k])) next = k;
            // ("hosted a French military base": past one modifier.)
            if (next > o_tok && next + 1 < s.end_token && !book.lexicon.Has("military_presence_nouns", doc.tokens[next]) &&
                doc.tokens[next].is_word && !doc.tokens[next].capitalized &&
                book.lexicon.Has("military_presence_nouns", doc.tokens[next + 1]))
              ++next;
            // ("expanded intelligence sharing with the Nigerian armed forces":
            // forces dealt "with" are the partner, not a presence hosted.)
            uint32_t before = o_tok > s.first_token && doc.tokens[o_tok - 1].folded == "the" ? o_tok - 1 : o_tok;
            bool dealt_with = before > s.first_token && doc.tokens[before - 1].folded == "with";
            modifier_object = modifier_object || (next > o_tok && !dealt_with &&
                                                  book.lexicon.Has("military_presence_nouns", doc.tokens[next]));
          }
          // ("mass killings at the Saudi hospital", "a protest at the
          // Russian embassy": a place named by a demonym before a building
          // is no place things happen in.)
          if (rule.predicate == Predicate::kLocatedIn && og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            uint32_t o_tok = m.TokenAt(offset(og));
            auto single = EntitiesIn(m.text, offset(og), offset(og) + og.size());
            if (single.size() == 1 && MentionIsDemonym(doc, single.front(), o_tok))
              for (const auto& mention : doc.entities[single.front()].mentions)
                if (mention.first_token == o_tok && mention.end_token < s.end_token &&
                    book.lexicon.LongestAt("demonym_named_facilities", doc.tokens, mention.end_token, s.end_token))
                  modifier_object = true;
          }
          // "Armenia, which still hosts a Russian base": a demonym that
          // modifies a thing is no one met, aided or cooperated with
          // (unless it is the second of a pair: "the Sino-Russian alliance").
          bool second_of_pair = offset(og) >= 2 && m.text.compare(offset(og) - 2, 2, "- ") == 0;
          if ((rule.predicate == Predicate::kMeets || rule.predicate == Predicate::kAids ||
               rule.predicate == Predicate::kCooperatesWith) &&
              !second_of_pair && og.size() == m.text.find(']', offset(og)) + 1 - offset(og)) {
            auto single = EntitiesIn(m.text, offset(og), offset(og) + og.size());
            modifier_object = modifier_object ||
                              (single.size() == 1 && ModifiesAThing(doc, book, single.front(), m.TokenAt(offset(og))) &&
                               DescribedBody(doc, book, single.front(), m.TokenAt(offset(og))) < 0);
            // ("contracts signed with Chinese and Russian firms, including a
            // deal with Uranium One": nor is a subject whose demonyms modify
            // a thing, the last of them before its noun; "Russian and
            // Ukrainian delegations met" pairs the subject with the object.)
            auto subjects = EntitiesIn(m.text, offset(sg), offset(sg) + sg.size(), true);
            uint32_t last_subject = m.TokenAt(m.text.rfind("[E", offset(sg) + sg.size() - 1));
            size_t sg_end = offset(sg) + sg.size();
            bool subject_listed_on = m.text.compare(sg_end, 5, " and ") == 0 || m.text.compare(sg_end, 4, " or ") == 0 ||
                                     m.text.compare(sg_end, 3, " , ") == 0;
            // ("Russian support for Gagauzia", "Chinese ties with Iran": the
            // aid, ties or talks the demonym modifies are its own.)
            uint32_t subject_next = sg_end + 1 < m.text.size() ? m.TokenAt(sg_end + 1) : last_subject;
            bool own_dealings = rule.predicate == Predicate::kAids ||
                                (subject_next > last_subject && subject_next < s.end_token &&
                                 (book.lexicon.Has("coop_nouns", doc.tokens[subject_next]) ||
                                  book.lexicon.Has("meeting_nouns", doc.tokens[subject_next])));
            modifier_object = modifier_object ||
                              (!subjects.empty() && offset(sg) < offset(og) && !subject_listed_on && !own_dealings &&
                               ModifiesAThing(doc, book, subjects.back(), last_subject) &&
                               DescribedBody(doc, book, subjects.back(), last_subject) < 0);
          }
          // "X, Iranian President Masoud Pezeshkian": a title that goes on to
          // another person's name is that person's, not an apposition to X.
          bool title_of_next = rule.predicate == Predicate::kHoldsPosition && rule.role_group > 0 &&
                               groups[static_cast<size_t>(rule.role_group)].data() &&
                               offset(groups[static_cast<size_t>(rule.role_group)]) +
                                       groups[static_cast<size_t>(rule.role_group)].size() == match_end &&
                               m.text.compare(match_end, 3, " [E") == 0 &&
                               m.text.compare(m.text.find(']', match_end) - 4, 5, "|PER]") == 0;
          // "Fujimori, the former mayor of Lima Rafael López Aliaga": a title
          // "of" a place that runs on into a name is that name's.
          if (rule.predicate == Predicate::kHoldsPosition && offset(sg) < offset(og) &&
              offset(og) + og.size() == match_end && m.text.compare(match_end, 3, " [E") == 0) {
            size_t next_close = m.text.find(']', match_end + 1);
            title_of_next =
                title_of_next || (next_close != std::string::npos && m.text.compare(next_close - 4, 5, "|PER]") == 0 &&
                                  m.text.compare(offset(og) - 4, 4, " of ") == 0);
          }
          // "the chief of the general staff, Mohammad Bagheri, the commander
          // of the Revolutionary Guards, Hossein Salami": in a list of titled
          // names, a title after a name that has its own before it goes on
          // to the next name.
          if (rule.predicate == Predicate::kHoldsPosition && offset(sg) < offset(og) && offset(sg) >= 4 &&
              m.text.compare(offset(sg) - 3, 3, " , ") == 0 && m.text[offset(sg) - 4] != ']' &&
              m.text.compare(match_end, 5, " , [E") == 0) {
            size_t next_close = m.text.find(']', match_end + 3);
            title_of_next = title_of_next ||
                            (next_close != std::string::npos && m.text.compare(next_close - 4, 5, "|PER]") == 0);
          }
          // Whether the name in the subject's slot (or, for ", only to",
          // the first slot) does not do what the match says: the checks
          // below each set it.
          // "sent the protocol to the Grand National Assembly, after a
          // meeting with X": a name governed by a preposition, with a comma
          // before the verb, is no subject of what follows the comma.
          bool subject_vetoed = false;
          if (rule.subject_before_gap && offset(sg) < offset(og) &&
              m.text.find(" , ", offset(sg) + sg.size()) < offset(og)) {
            uint32_t before = subject_token;
            if (before > s.first_token && doc.tokens[before - 1].folded == "the") --before;
            subject_vetoed =
                before > s.first_token && book.lexicon.Has("subject_blocking_prepositions", doc.tokens[before - 1]);
          }
          // (The body a member belongs to, in the subject's apposition:
          // match_checks.h.)
          if (offset(sg) < offset(og) && m.text.compare(offset(sg) + sg.size(), 3, " , ") == 0)
            subject_vetoed = subject_vetoed || BodyOfAMembersApposition(doc, book, s, subject_token);
          // "before flying to Washington to meet Donald Trump", "sent troops
          // to Russia to fight": a destination is no subject of the purpose
          // after it.
          // ("sent weapons to Somalia, which accuses Ethiopia": not the copy
          // a relative pronoun left of the name, which opens its own clause.)
          std::string_view subject_tag = std::string_view(m.text).substr(offset(sg), m.text.find(']', offset(sg)) + 1 - offset(sg));
          bool relative_copy = offset(sg) >= subject_tag.size() + 3 &&
                               m.text.compare(offset(sg) - 3, 3, " , ") == 0 &&
                               m.text.compare(offset(sg) - 3 - subject_tag.size(), subject_tag.size(), subject_tag) == 0;
          if (rule.subject_before_gap && offset(sg) < offset(og) && !relative_copy) {
            uint32_t before = subject_token;
            if (before > s.first_token && doc.tokens[before - 1].folded == "the") --before;
            // ("sent Vice President JD Vance and the envoys Steve Witkoff and
            // Jared Kushner to Israel to hold the truce": the verb may stand
            // a list of names back.)
            if (before > s.first_token + 1 && doc.tokens[before - 1].folded == "to")
              for (uint32_t k = before - 1; k-- > s.first_token && k + 16 >= before;) {
                if (doc.tokens[k].folded == "," || doc.tokens[k].folded == ";") break;
                if (book.lexicon.Has("travel_verbs", doc.tokens[k])) {
                  subject_vetoed = true;
                  break;
                }
              }
            // ("Tokayev visited Moscow only weeks earlier to sign a
            // declaration with Vladimir Putin": the place visited, with an
            // infinitive of purpose after it.)
            if (before > s.first_token && book.lexicon.Has("visiting_verbs", doc.tokens[before - 1])) {
              uint32_t o_tok = m.TokenAt(offset(og));
              for (uint32_t k = m.TokenAt(offset(sg) + sg.size() - 1) + 1; k + 1 < o_tok && k < s.end_token; ++k) {
                if (doc.tokens[k].folded == "," || doc.tokens[k].folded == ";") break;
                if (doc.tokens[k].folded == "to" && doc.tokens[k + 1].is_word && !doc.tokens[k + 1].capitalized)
                  subject_vetoed = true;
              }
            }
          }
          // (A place an event struck, a clause of its own after a speech
          // verb, someone else's plan objected to, a relative clause of a
          // noun after a preposition, a name before "rather than", a place
          // after an object pronoun: match_checks.h.)
          if (offset(sg) < offset(og) && !subject_vetoed) {
            uint32_t o_tok = m.TokenAt(offset(og));
            subject_vetoed =
                (rule.subject_before_gap &&
                 SubjectIsAPlaceAnEventStruck(doc, book, placement.by_sentence[si], s, subject_token)) ||
                SpeechClauseBetween(doc, book, s, subject_token, o_tok) ||
                (!StancePredicate(rule.predicate) && ObjectedPlanBetween(doc, book, s, subject_token, o_tok)) ||
                RelativeOfAPrepositionsNounBetween(doc, book, s, subject_token, o_tok) ||
                SubjectBeforeRatherThan(doc, s, m.TokenAt(offset(sg) + sg.size() - 1) + 1) ||
                PlaceAfterObjectPronoun(doc, book, s, subject_token, o_tok);
          }
          // "Putin, who hosted the man whose forces had fought Russian
          // troops": a "whose" that refers to a noun of its own (not right
          // after a comma, as in "Russia, whose forces ...") hands what
          // follows to that noun.
          if (rule.subject_before_gap && offset(sg) < offset(og))
            for (uint32_t k = subject_token + 1; k < m.TokenAt(offset(og)) && k < s.end_token; ++k)
              if (doc.tokens[k].folded == "whose" && doc.tokens[k - 1].folded != ",") subject_vetoed = true;
          // "Sadyr Japarov of Kyrgyzstan, whose banks were sanctioned by the
          // Treasury": the passive's object is what the person has, not him
          // (a state's "whose forces" is the state acting, and is kept).
          // ("Sara Duterte, whose father, Rodrigo Duterte": a relative so
          // named is the kinship itself.)
          if (offset(og) < offset(sg) && rule.predicate != Predicate::kFamilyOf) {
            size_t close = m.text.find(']', offset(og));
            size_t whose = m.text.find(" , whose ", offset(og));
            if (close != std::string::npos && m.text.compare(close - 4, 4, "|PER") == 0 && whose < offset(sg) &&
                whose > close) {
              std::string_view between = std::string_view(m.text).substr(close + 1, whose - close - 1);
              bool of_place = between.starts_with(" of [E") && between.ends_with("]") &&
                              between.find(']') == between.size() - 1;
              subject_vetoed = subject_vetoed || between.empty() || of_place;
            }
          }
          // ("suspended intelligence sharing with the United States, only
          // to be placed under sanctions himself": a name right before ",
          // only to" ends its clause; what befell after is the sentence
          // subject's, carried to it by CarrySubjectIntoSecondVerb.)
          {
            const re2::StringPiece& first_slot = offset(sg) < offset(og) ? sg : og;
            if (m.text.compare(offset(first_slot) + first_slot.size(), 11, " , only to ") == 0)
              subject_vetoed = true;
          }
          // "will not accept third-party mediation on Kashmir": a stance on
          // the mediation; the name after it is its topic.
          bool topic_object = false;
          if (StancePredicate(rule.predicate)) {
            uint32_t o_tok = m.TokenAt(offset(og));
            topic_object = o_tok >= s.first_token + 2 && o_tok - 2 >= first_tok &&
                           book.lexicon.Has("topic_prepositions", doc.tokens[o_tok - 1]) &&
                           book.lexicon.Has("topic_heads", doc.tokens[o_tok - 2]);
          }
          // "Warsaw mayor Rafał Trzaskowski": a city's office, read through
          // the capital that stands for its state, is not the state's.
          bool city_office = false;
          if (rule.predicate == Predicate::kHoldsPosition && rule.role_group > 0 &&
              groups[static_cast<size_t>(rule.role_group)].data() &&
              book.lexicon.Contains("city_office_titles",
                                    text::MatchKey(std::string(groups[static_cast<size_t>(rule.role_group)])))) {
            uint32_t o_tok = m.TokenAt(offset(og));
            for (const auto& e : EntitiesIn(m.text, offset(og), offset(og) + og.size()))
              for (const auto& mention : doc.entities[e].mentions)
                city_office = city_office || (mention.first_token == o_tok && mention.metonym);
          }
          if (subject_in_aside || compound_tail || modifier_object || title_of_next || subject_vetoed ||
              topic_object || city_office ||
              !EventKindsFit(doc, rule, m.text, match_start, match_end)) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          // ("France, Germany and the United Kingdom had triggered the
          // snapback": an object list before the subject's slot is the
          // clause's subject, whose verb follows it.)
          std::vector<size_t> objects = EntitiesIn(m.text, offset(og), objects_end, offset(og) < offset(sg));
          if (named_after_object.second) objects = EntitiesIn(m.text, named_after_object.first, named_after_object.second);
          if (objects.size() == 1 && BetweenActors(rule.predicate) &&
              doc.entities[objects.front()].type != EntityType::kPerson) {
            long person = TitledPerson(doc, book, objects.front(), m.TokenAt(offset(og)));
            if (person < 0 && doc.entities[objects.front()].type == EntityType::kLocation)
              person = DescribedBody(doc, book, objects.front(), m.TokenAt(offset(og)));
            if (person >= 0) objects.front() = static_cast<size_t>(person);
          }
          // ("a meeting with Kristersson and NATO Secretary General Jens
          // Stoltenberg": so is the last body of a list.)
          if (objects.size() > 1 && BetweenActors(rule.predicate) &&
              doc.entities[objects.back()].type != EntityType::kPerson) {
            size_t last = m.text.rfind("[E", objects_end);
            if (last != std::string::npos && last >= offset(og)) {
              long person = TitledPerson(doc, book, objects.back(), m.TokenAt(last));
              if (person >= 0) objects.back() = static_cast<size_t>(person);
            }
          }
          // "has not supported Russia's war": a stance on the war, whose
          // possessor ends the match.
          size_t o_end = offset(og) + og.size();
          if (StancePredicate(rule.predicate) && o_end == match_end && m.text.compare(o_end, 6, " 's [E") == 0) {
            auto possessed = EntitiesIn(m.text, o_end + 4, o_end + 6);
            if (!possessed.empty() && doc.entities[possessed.front()].type != EntityType::kPerson) objects = possessed;
          }
          // "homes of ethnic Azerbaijanis in Yekaterinburg": a people, not
          // its state.
          auto ethnic = [&](const re2::StringPiece& g) {
            uint32_t tok = m.TokenAt(offset(g));
            return tok > s.first_token && doc.tokens[tok - 1].folded == "ethnic";
          };
          // "a NATO member had fired on Russian assets": one member acted,
          // not the alliance.
          auto one_member = [&](const re2::StringPiece& g) {
            uint32_t tok = m.TokenAt(offset(g));
            size_t close = m.text.find(']', offset(g));
            if (tok <= s.first_token || close == std::string::npos) return false;
            if (!book.lexicon.Has("indefinite_one_words", doc.tokens[tok - 1])) return false;
            for (size_t e : EntitiesIn(m.text, offset(g), close + 1))
              for (const auto& mention : doc.entities[e].mentions)
                if (mention.first_token == tok && doc.entities[e].type == EntityType::kOrganization)
                  return book.lexicon.LongestAt("one_member_nouns", doc.tokens, mention.end_token, s.end_token) > 0;
            return false;
          };
          // "signed a roadmap with the agency in Moscow": a body the text
          // calls by a common noun is not placed by the place after it
          // (that is where the verb happened).
          auto subject_entities = EntitiesIn(m.text, offset(sg), offset(sg) + sg.size());
          bool called_body_placed = rule.predicate == Predicate::kLocatedIn && offset(sg) < offset(og) &&
                                    subject_entities.size() == 1 &&
                                    doc.entities[subject_entities.front()].type == EntityType::kOrganization &&
                                    !doc.tokens[m.TokenAt(offset(sg))].capitalized &&
                                    !doc.tokens[m.TokenAt(offset(sg))].all_caps &&
                                    m.text.compare(offset(sg) + sg.size(), 4, " in ") == 0;
          // "Washington stood with Japan against Chinese coercion": the one
          // "with" whom someone stands against a thing is not who opposes it.
          auto ends_with = [&](size_t at, std::string_view w) {
            return at >= w.size() && m.text.compare(at - w.size(), w.size(), w) == 0;
          };
          bool companion_against = rule.predicate == Predicate::kOpposes && offset(sg) < offset(og) &&
                                   m.text.compare(offset(sg) + sg.size(), 9, " against ") == 0 &&
                                   (ends_with(offset(sg), "with ") || ends_with(offset(sg), "alongside ") ||
                                    ends_with(offset(sg), "behind "));
          if (ethnic(sg) || ethnic(og) || one_member(sg) || called_body_placed || companion_against) {
            pos = std::max(match_end, match_start + 1);
            continue;
          }
          // "Ukraine was attacked by Russia": a verb rule read in the passive
          // has its roles the other way round (rules written for the passive
          // put the agent after "by" in their subject slot).
          bool reversed = false;
          if (offset(sg) < offset(og) && BetweenActors(rule.predicate) && !IsSymmetric(rule.predicate)) {
            size_t from = offset(sg) + sg.size();
            re2::StringPiece between(m.text.data() + from, offset(og) - from);
            static const RE2 kPassive(
                "(?:^| )(?:(?:was|were|is|are|been|being|be|get|got|gets) (?:[a-z]+ ){0,2}?|, )[a-z]+(?:ed|en|wn|ck|ut|uck) by "
                "(?:the )?$");
            reversed = RE2::PartialMatch(between, kPassive);
          }
          // "the Russian region of Kursk": a demonym before the place's kind
          // names the state it lies in, so the roles turn round as well.
          if (rule.predicate == Predicate::kLocatedIn && offset(sg) < offset(og)) {
            auto named = EntitiesIn(m.text, offset(sg), offset(sg) + sg.size());
            reversed = named.size() == 1 && MentionIsDemonym(doc, named.front(), subject_token);
          }
          size_t subjects_from =
              offset(sg) < offset(og) ? SubjectListStart(doc, book, m, offset(sg), offset(sg) + sg.size()) : offset(sg);
          std::vector<size_t> subjects = EntitiesIn(m.text, subjects_from, offset(sg) + sg.size(), true);
          // "U.S. Senator Lindsey Graham has urged sanctions": a state whose
          // titled person follows it only says whose title it is; the
          // person acts (a {GAPX} after the subject slot let it stop there).
          if (subjects.size() == 1 && offset(sg) < offset(og) && BetweenActors(rule.predicate) &&
              doc.entities[subjects.front()].type == EntityType::kLocation) {
            long person = TitledPerson(doc, book, subjects.front(), subject_token);
            if (person >= 0 && std::find(objects.begin(), objects.end(), static_cast<size_t>(person)) == objects.end())
              subjects.front() = static_cast<size_t>(person);
          }
          // "President Japarov of Kyrgyzstan and President Rahmon of
          // Tajikistan signed": the people whose states the "of" names act.
          if (subjects.size() == 1 && offset(sg) < offset(og) &&
              doc.entities[subjects.front()].type == EntityType::kLocation) {
            size_t start = PeopleOfStatesStart(m.text, offset(sg));
            std::vector<size_t> people;
            if (start != std::string::npos)
              for (size_t e : EntitiesIn(m.text, start, offset(sg)))
                if (doc.entities[e].type == EntityType::kPerson) people.push_back(e);
            if (!people.empty()) subjects = people;
          }
          // ("Sudan's army-backed government in Port Sudan has sided with
          // Egypt": a city after a seat noun and "in" is where the state's
          // government sits; the state acts.)
          if (subjects.size() == 1 && offset(sg) < offset(og) && subject_token >= s.first_token + 2 &&
              doc.entities[subjects.front()].type == EntityType::kLocation) {
            uint32_t in = doc.tokens[subject_token - 1].folded == "the" ? subject_token - 2 : subject_token - 1;
            const KbEntity* city = book.kb.Find(doc.entities[subjects.front()].kb_id);
            if (in > s.first_token && doc.tokens[in].folded == "in" &&
                book.lexicon.Has("government_seat_nouns", doc.tokens[in - 1]) && city && city->category == "city" &&
                !city->located_in.empty())
              subjects.front() = EnsureKbEntity(doc, book, city->located_in);
          }
          // "Ruto congratulated Hassan, as did Uganda's Yoweri Museveni":
          // those after ", as did" do what the subject did.
          if (offset(sg) < offset(og) && BetweenActors(rule.predicate))
            for (size_t e : ActorsAfterAsDid(doc, m, offset(og) + og.size()))
              if (std::find(subjects.begin(), subjects.end(), e) == subjects.end() &&
                  std::find(objects.begin(), objects.end(), e) == objects.end())
                subjects.push_back(e);
          for (size_t se : subjects)
            for (size_t oe : objects) {
              if (!listed(rule.subject_in, se)) continue;
              // "Israeli and American strikes on its nuclear sites": one of
              // the attackers read as the target is a pronoun misread.
              if (rule.predicate == Predicate::kAttacks && subjects.size() > 1 &&
                  std::find(subjects.begin(), subjects.end(), oe) != subjects.end())
                continue;
              // ("replaced Y as party leader": the role after "as" is
              // another rule's; the predecessor's offices are not meant.)
              if (rule.object_is_predecessor || rule.object_held_before) {
                if (doc.entities[se].type == EntityType::kPerson && doc.entities[oe].type == EntityType::kPerson &&
                    se != oe && modality != Modality::kNegated && m.text.compare(match_end, 4, " as ") != 0 &&
                    // ("Abiy replaced him with Tadesse": the one put in succeeds.)
                    m.text.compare(match_end, 6, " with ") != 0)
                  sink.successions.push_back(
                      {se, oe, rule.object_held_before, static_cast<uint32_t>(si), modality, rule.confidence, rule.id});
                continue;
              }
              if (rule.subject_before_gap && sg.size() == m.text.find(']', offset(sg)) + 1 - offset(sg) &&
                  ModifiesAThing(doc, book, se, subject_token))
                continue;
              // "JNIM, the al-Qaeda affiliate that has besieged Bamako": a
              // body's name before "affiliate" or "proxy" names whose the
              // acting group is, not who acts.
              if (sg.size() == m.text.find(']', offset(sg)) + 1 - offset(sg) && offset(sg) + sg.size() + 1 < match_end) {
                uint32_t after = m.TokenAt(offset(sg) + sg.size() + 1);
                if (after > subject_token && after < s.end_token && book.lexicon.Has("branch_nouns", doc.tokens[after]) &&
                    !doc.tokens[after].capitalized)
                  continue;
              }
              Predicate predicate = rule.predicate;
              // "Keith Kellogg, Trump's special envoy": the office is the
              // state's that the leader governs.
              if (predicate == Predicate::kHoldsPosition && doc.entities[oe].type == EntityType::kPerson) {
                // ("Rajoelina dismissed his prime minister, Christian Ntsay":
                // the state need not be named.)
                std::string state = StateIdGovernedBy(doc, book, static_cast<long>(oe));
                // ("Betssy Chávez, Castillo's former prime minister": a
                // former office under a leader since gone is in the state
                // the leader governed last.)
                if (const KbEntity* leader = book.kb.Find(doc.entities[oe].kb_id);
                    state.empty() && leader && attrs.count("former"))
                  state = StateIdGovernedLast(book, *leader);
                if (state.empty()) continue;
                oe = EnsureKbEntity(doc, book, state);
              }
              if ((predicate == Predicate::kHoldsPosition || predicate == Predicate::kWorksFor) &&
                  doc.entities[oe].type == EntityType::kOrganization) {
                long state = StateOfKnownOfficeBody(doc, book, se, oe);
                if (state >= 0 && predicate == Predicate::kWorksFor) continue;  // the office says it all
                if (state >= 0) oe = static_cast<size_t>(state);
              }
              if (predicate == Predicate::kAttacks &&
                  (SpokenAttack(doc, book, s, first_tok) ||
                   MediaSubject(doc, book, placement.by_sentence[si], subject_token) ||
                   InstitutionAttackedInWords(doc, book, placement.by_sentence[si], se, m.TokenAt(offset(og))) ||
                   // ("Lee's Democratic Party had long attacked Yoon for being
                   // too soft": a party, or a person attacked for something,
                   // is attacked in words.)
                   IsParty(doc, book, se) ||
                   (doc.entities[oe].type == EntityType::kPerson && m.text.compare(match_end, 5, " for ") == 0)))
                predicate = Predicate::kCriticizes;
              // "Ottawa retaliated with counter-tariffs on American goods":
              // an attack made with economic measures is a sanction.
              // (The measure may follow the match: "hit by American tariffs".)
              uint32_t measure_end = std::min(last_tok + 1, s.end_token);
              if (predicate == Predicate::kAttacks && (EconomicAttack(doc, book, first_tok, measure_end) ||
                                                       CompanyStruckInTrade(doc, book, oe, static_cast<uint32_t>(si))))
                predicate = Predicate::kSanctions;
              // ("China's export controls on rare earths": a measure a state
              // takes against others, owned by a possessive, is that state's,
              // whoever imposes sanctions.)
              bool owned_measure = false;
              if (!listed(rule.object_in, oe) && m.text.compare(offset(og) + og.size(), 4, " 's ") == 0) {
                std::string measure = text::MatchKey(doc.entities[se].name);
                for (const auto& w : book.lexicon.Phrases("imposer_owned_measures"))
                  owned_measure = owned_measure || measure.find(w) != std::string::npos;
              }
              if (!listed(rule.object_in, oe) && !owned_measure) {
                if (!rule.else_predicate) continue;
                predicate = *rule.else_predicate;
              }
              if (rule.party_predicate && IsParty(doc, book, oe)) predicate = *rule.party_predicate;
              auto a = attrs;
              for (size_t ev : {se, oe})
                if (doc.entities[ev].attributes.count("date")) a.emplace("date", doc.entities[ev].attributes.at("date"));
              // ("In October 2024 Bahçeli suggested that Öcalan, the PKK's
              // founder, could address parliament": a founder named by a
              // noun was not founding then; "a ceremony attended by Serdar
              // Berdimuhamedov's father": nor is kinship of a date.)
              std::string_view matched = std::string_view(m.text).substr(match_start, match_end - match_start);
              bool undated = predicate == Predicate::kFamilyOf ||
                             (predicate == Predicate::kFounded && (matched.find("founder") != std::string_view::npos ||
                                                                   matched.find("creator") != std::string_view::npos));
              if (!a.count("date") && !doc.date.empty() && !undated) {
                std::string when = DateOfMatch(doc, s, first_tok, last_tok);
                if (!when.empty()) a.emplace("date", when);
              }
              if (reversed) {
                sink.Add(oe, se, predicate, modality, rule.confidence, s, static_cast<uint32_t>(si), a, rule.id);
                continue;
              }
              if (predicate == Predicate::kParticipatesIn && doc.entities[oe].type == EntityType::kEvent &&
                  NamesTheVenue(doc, book, se, subject_token, oe, m.TokenAt(offset(og)))) {
                sink.Add(oe, se, Predicate::kLocatedIn, modality, rule.confidence, s, static_cast<uint32_t>(si), a,
                         rule.id);
                continue;
              }
              sink.Add(se, oe, predicate, modality, rule.confidence, s, static_cast<uint32_t>(si), a, rule.id);
            }
        }
        // Go on after the match: a later start inside it would only find
        // the same relation with a nearer, wrong subject.
        pos = std::max(match_end, match_start + 1);
      }
    }
    }
  }
}


}  // namespace

void FindRelations(Document& doc, const RuleBook& book, const Resolution& placement, const MaskedSink& on_masked) {
  RelationSink sink(doc, book);
  OfficesFromTitles(doc, book, sink);
  ApplyRules(doc, book, placement, sink, on_masked);
  JoinedActorsOfEvents(doc, book, placement, sink);
  for (const InferredRelation& r : CriticismOfAttackers(doc, book, placement))
    sink.Add(r.subject, r.object, r.predicate, r.modality, 0.6, doc.sentences[r.sentence], r.sentence, {},
             "criticizes-attack-author");
  OfficesOfTheArticleState(doc, book, sink);
  // ("his Mauritian counterpart, Navin Ramgoolam ... his predecessor,
  // Pravind Jugnauth": a counterpart's title first, for the predecessor to
  // take.)
  CounterpartRoles(doc, book);
  RanksGiveWayToOffices(doc, book);
  SuccessorsTakeOffices(doc, book, sink);
  EnactorsFromKnowledgeBase(doc, book, sink);
  MembershipsOfLeadersStates(doc, book);
  DropContradictedReadings(doc, book);
  CounterpartRoles(doc, book);
}

}  // namespace dossier::extract
