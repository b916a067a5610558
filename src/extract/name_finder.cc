#include "extract/name_finder.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "extract/apposition_cues.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

struct Context {
  const Document& doc;
  const Sentence& sentence;
  const RuleBook& book;
  const std::vector<Token>& tokens;
  bool headline;

  bool In(std::string_view list, size_t i) const {
    if (i >= sentence.end_token || i < sentence.first_token || !tokens[i].is_word) return false;
    ListBits bit = book.lexicon.Bit(list);
    return bit ? (tokens[i].lists & bit) != 0 : book.lexicon.Contains(list, tokens[i].folded);
  }
  // A phrase of `list` starts at token i: "chief executive", not only "analyst".
  bool StartsPhrase(std::string_view list, size_t i) const {
    return i >= sentence.first_token && i < sentence.end_token &&
           book.lexicon.LongestAt(list, tokens, i, sentence.end_token) > 0;
  }
  bool Is(size_t i, std::string_view word) const {
    return i >= sentence.first_token && i < sentence.end_token && tokens[i].folded == word;
  }
  bool IsCap(size_t i) const {
    const Token& t = tokens[i];
    return t.is_word && !t.is_number && (t.capitalized || t.all_caps);
  }
};

// "NGOs", "UAVs": two capitals open the word.
bool AcronymLike(const Context& c, size_t i) {
  const Token& t = c.tokens[i];
  return t.all_caps || (t.span.size() >= 2 && std::isupper(static_cast<unsigned char>(c.doc.text[t.span.start + 1])));
}

bool IsConnector(const Context& c, size_t i) {
  const Token& t = c.tokens[i];
  // "&", and the apostrophe of a plural possessive: "Workers' Party".
  if (!t.is_word) return t.folded == "&" || (t.folded == "'" && i > 0 && c.tokens[i - 1].is_word &&
                                             c.tokens[i - 1].span.end == t.span.start);
  if (t.capitalized) return false;
  return c.book.lexicon.Contains("name_connectors", t.folded);
}

// Maximal runs of capitalised words, joined by connectors that are followed
// by another capitalised word ("Bank of England", "Strategy & Policy").
// "al-Burhan", "el-Sisi", "bin-Salman": a lower-case Arabic connector joined
// to a capitalised name goes on a name.
bool JoinedConnectorName(const Context& c, uint32_t i) {
  static const std::set<std::string, std::less<>> kConnectors = {"al", "el", "bin", "ibn", "abu", "ould", "ag"};
  return kConnectors.count(text::LowerPrefixBeforeCapital(c.tokens[i], c.doc.text)) > 0;
}

// "Convention on Cluster Munitions", "Law on Foreign Agents", "Council on
// Foreign Relations": a name goes on across "on" only after a head word.
bool HeadWordBefore(const Context& c, uint32_t a, uint32_t b) {
  static const char* const kHeadLists[] = {"org_heads",   "deal_title_heads", "document_heads",
                                           "on_name_heads", "event_summit",   "event_talks"};
  for (uint32_t i = a; i < b; ++i)
    for (const char* list : kHeadLists)
      if (c.In(list, i)) return true;
  return false;
}

bool HasOrgHead(const Context& c, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; ++i)
    if (c.tokens[i].capitalized && c.In("org_heads", i)) return true;
  return false;
}

std::vector<std::pair<uint32_t, uint32_t>> CapitalisedRuns(const Context& c) {
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  uint32_t i = c.sentence.first_token;
  while (i < c.sentence.end_token) {
    // ("Marco Rubio met al-Shaibani": or open with such a name.)
    if (!c.IsCap(i) && !JoinedConnectorName(c, i)) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < c.sentence.end_token) {
      if (c.IsCap(j) && c.In("calendar_words", j) && !c.In("calendar_words", i)) break;  // "... Council on Friday"
      if (c.IsCap(j) || JoinedConnectorName(c, j)) {
        ++j;
        continue;
      }
      uint32_t k = j;
      while (k < c.sentence.end_token && IsConnector(c, k) && k - j < 2) ++k;
      // "Ulken on Lake Balkhash": a place word after "on" opens a place of
      // its own ("Convention on Cluster Munitions" stays one name).
      // ("better conditions for Öcalan on İmralı island", "Fico on Red
      // Square": after a bare name "on" is a preposition.)
      bool place_after_on = c.Is(j, "on") && ((k < c.sentence.end_token && c.In("place_prefixes", k)) ||
                                              !HeadWordBefore(c, i, j));
      // ("the National Anti-Corruption Bureau and the Specialized
      // Anti-Corruption Prosecutor's Office": "and the" after a body's head
      // word opens another body.)
      // ("the State of Law coalition of Nouri al-Maliki and the Badr
      // Organisation": so does "and the" after a name with no head word.)
      bool next_body = c.Is(j, "and") && k == j + 2 && c.Is(j + 1, "the") &&
                       ((c.tokens[j - 1].capitalized && c.In("org_heads", j - 1)) || !HasOrgHead(c, i, j));
      if (k > j && k < c.sentence.end_token && c.IsCap(k) && !c.In("calendar_words", k) && !place_after_on &&
          !next_body) {
        j = k;
        continue;
      }
      break;
    }
    runs.emplace_back(i, j);
    i = j;
  }
  return runs;
}

// "Russia and the European Union" is two names: split a run at "and"/"&"
// where a known name stands on either side.
std::vector<std::pair<uint32_t, uint32_t>> SplitAtKnownConjunctions(
    const Context& c, const std::vector<Candidate>& known,
    const std::vector<std::pair<uint32_t, uint32_t>>& runs);


// "International Fund for Saving the Aral Sea", "Institute for the Study
// of the Caspian Region": a body's head word before a connector governs the
// name, whatever place ends it.
bool OrgHeadBeforeConnector(const Context& c, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i + 1 < b; ++i) {
    if (!c.tokens[i].capitalized || !c.In("org_heads", i)) continue;
    for (uint32_t k = i + 1; k < b; ++k) {
      const std::string& w = c.tokens[k].folded;
      if (!c.tokens[k].capitalized && (w == "for" || w == "of" || w == "on")) return true;
    }
  }
  return false;
}

// Cues after a name that say it is a person: "X, a geopolitical analyst",
// "X is a senior fellow", "X said".
bool PersonCueAfter(const Context& c, uint32_t end) {
  if (c.In("speech_verbs", end)) return true;
  uint32_t i = end;
  // "Almasadam Satkaliyev, who heads the agency": "who" is said of people.
  if (c.Is(i, ",") && i + 1 < c.sentence.end_token && c.Is(i + 1, "who")) return true;
  // ("Anutin Charnvirakul became prime minister in September": a title
  // right after "became".)
  if (c.Is(i, "became") || c.Is(i, "becomes")) {
    for (uint32_t k = i + 1; k < c.sentence.end_token && k < i + 4; ++k)
      if (c.StartsPhrase("person_titles", k)) return true;
    return false;
  }
  if (c.Is(i, ",") || c.Is(i, "is") || c.Is(i, "was")) {
    // ("the detention centre in Scheveningen, and she accused Marcos of
    // kidnapping her father": ", and" opens a clause, no apposition.)
    if (c.Is(i, ",") && i + 1 < c.sentence.end_token && (c.Is(i + 1, "and") || c.Is(i + 1, "but"))) return false;
    for (uint32_t k = i + 1; k < c.sentence.end_token && k < i + 9; ++k) {
      if (c.In("person_nouns", k) || c.StartsPhrase("person_titles", k)) return true;
      if (c.Is(k, ".") || c.Is(k, ";")) break;
    }
  }
  return false;
}

bool PersonCueBefore(const Context& c, uint32_t first) {
  if (first == c.sentence.first_token) return false;
  return c.In("person_nouns", first - 1) && !c.tokens[first - 1].capitalized;
}

bool IsDemonym(const Context& c, uint32_t k) {
  auto it = c.book.kb.by_key.find(c.tokens[k].folded);
  if (it == c.book.kb.by_key.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [](const AliasRef& ref) { return ref.kind == AliasKind::kDemonym; });
}

bool BodyInApposition(const Context& c, uint32_t end);

// "Kurdish", "Anglo-Australian", "Sudanese": the endings of a people's
// adjective.
bool LooksLikePeoplesAdjective(const std::string& w) {
  for (std::string_view suffix : {"ish", "ian", "ese", "ic"})
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
  return false;
}

bool OrgCueAround(const Context& c, uint32_t first, uint32_t end) {
  // "his Islamist rebels", "Druze militias": a word of creed or ideology
  // before a body's noun describes the fighters, it names no body.
  if (end == first + 1 && c.In("creed_adjectives", first)) return false;
  // ("the Kurdish militias": nor does a people's adjective.)
  if (end == first + 1 && LooksLikePeoplesAdjective(c.tokens[first].folded)) return false;
  if (first >= c.sentence.first_token + 2 && c.Is(first - 2, "according") && c.Is(first - 1, "to"))
    return !c.In("given_names", first);
  if (first > c.sentence.first_token && c.In("org_cues_before", first - 1)) return true;
  if (c.StartsPhrase("org_cues_after", end)) return true;  // "Ryanair chief executive Michael O'Leary"
  return BodyInApposition(c, end);
}

// "Vorukh, a Tajik village": whether an apposition after the name at `end`
// is a kind of place (lexicon place_nouns_before_of) after at most three
// words that qualify it (a demonym, "small", "border", a hyphen).
bool PlaceInApposition(const Context& c, uint32_t end) {
  if (end + 2 >= c.sentence.end_token || !c.Is(end, ",") ||
      !(c.Is(end + 1, "a") || c.Is(end + 1, "an") || c.Is(end + 1, "the")))
    return false;
  for (uint32_t k = end + 2; k < c.sentence.end_token && k < end + 6; ++k) {
    if (c.In("place_nouns_before_of", k) && !c.tokens[k].capitalized) return true;
    if (!c.tokens[k].is_word && !c.Is(k, "-")) return false;
  }
  return false;
}

// "Erdenes Tavan Tolgoi, the state-owned coal miner,": whether an
// apposition after the name at `end` has a kind of body for its noun.
bool BodyInApposition(const Context& c, uint32_t end) {
  if (end + 2 < c.sentence.end_token && c.Is(end, ",") &&
      (c.Is(end + 1, "the") || c.Is(end + 1, "a") || c.Is(end + 1, "an"))) {
    for (uint32_t k = end + 2; k < c.sentence.end_token && k < end + 7; ++k) {
      const Token& w = c.tokens[k];
      // ("Gunvor, the Swiss trader that ...": a demonym may qualify the noun.)
      // ("Gunvor, the Geneva-based trader": so may a place's "-based".)
      if (c.Is(k, "-") && k + 1 < c.sentence.end_token && c.Is(k + 1, "based")) continue;
      bool based = w.capitalized && k + 2 < c.sentence.end_token && c.Is(k + 1, "-") && c.Is(k + 2, "based");
      if (!w.is_word || (w.capitalized && !IsDemonym(c, k) && !based)) break;
      if (w.capitalized) continue;
      // ("Almas Chukin, the head of the nuclear agency": a person's post
      // comes first.)
      // ("the opposition party": a person's noun may modify the body's.)
      bool modifies_body = k + 1 < c.sentence.end_token && c.In("body_nouns", k + 1);
      if ((c.In("person_nouns", k) && !modifies_body) || c.StartsPhrase("person_titles", k)) return false;
      // ("Khalil al-Hayya, the group's chief negotiator": a possessive
      // body is whose the role is.)
      // ("Tisza, the opposition party Peter Magyar leads,": or the name of
      // the one who leads it.)
      if (c.In("body_nouns", k) && (k + 1 >= c.sentence.end_token ||
                                    (!c.tokens[k + 1].is_word && !c.Is(k + 1, "'s")) || c.Is(k + 1, "that") ||
                                    c.Is(k + 1, "which") || c.tokens[k + 1].capitalized ||
                                    // ("Grinex, a cryptocurrency exchange registered in Kyrgyzstan".)
                                    c.tokens[k + 1].folded.ends_with("ed") || c.Is(k + 1, "run") ||
                                    // ("Grinex, a Kyrgyz crypto exchange it describes as ...": or
                                    // a relative clause with a pronoun subject.)
                                    c.Is(k + 1, "it") || c.Is(k + 1, "they") || c.Is(k + 1, "whose") ||
                                    // ("Viv Ansanm, a coalition of gangs led by ...".)
                                    c.Is(k + 1, "of")))
        return true;
    }
  }
  return false;
}

bool LocationCueBefore(const Context& c, uint32_t first) {
  if (first == c.sentence.first_token) return false;
  if (c.In("place_prepositions", first - 1)) return true;
  // "travelled to Khujand", "returned from Kazan", "a visit to Termez".
  if (first >= c.sentence.first_token + 2 && c.In("city_prepositions", first - 1) && c.In("locative_cues", first - 2))
    return true;
  // "the state of Guayana Esequiba", "the port city of Hodeidah"; ("a
  // Venezuelan state called Guayana Esequiba", "a town named Pokrovsk").
  return first >= c.sentence.first_token + 2 &&
         (c.Is(first - 1, "of") || c.Is(first - 1, "called") || c.Is(first - 1, "named")) &&
         !c.tokens[first - 2].capitalized && c.In("place_nouns_before_of", first - 2);
}

// "from Olenya in the Murmansk region to Belaya in Irkutsk": a name after
// "from", "to", "near" or "at" and before "in" and a place the knowledge
// base knows is a place inside that one.
bool InsideKnownPlaceAfter(const Context& c, uint32_t first, uint32_t end) {
  if (first == c.sentence.first_token || end + 1 >= c.sentence.end_token || !c.Is(end, "in")) return false;
  if (!(c.Is(first - 1, "from") || c.Is(first - 1, "to") || c.Is(first - 1, "near") || c.Is(first - 1, "at")))
    return false;
  uint32_t k = c.Is(end + 1, "the") ? end + 2 : end + 1;
  if (k >= c.sentence.end_token || !c.tokens[k].capitalized) return false;
  auto it = c.book.kb.by_key.find(c.tokens[k].folded);
  return it != c.book.kb.by_key.end() && std::any_of(it->second.begin(), it->second.end(), [&](const AliasRef& r) {
           return c.book.kb.entities[r.entity].type == EntityType::kLocation && r.kind != AliasKind::kDemonym;
         });
}

bool AcronymDefinitionAfter(const Context& c, uint32_t end) {
  return end + 2 < c.sentence.end_token && c.Is(end, "(") && c.tokens[end + 1].all_caps &&
         c.Is(end + 2, ")");
}

bool IsMonthOrDay(const Context& c, uint32_t i) { return c.In("calendar_words", i); }

// A common English word ("ocean", "dome", "hill"): surnames rarely are.
bool IsEnglishWord(const Context& c, uint32_t i) {
  return c.In("english_words", i) || c.In("english_words_extra", i);
}

// "Muslim-majority", "Russian-speaking": a capitalised word joined by a
// hyphen to a lower-case one is an adjective, no name.
bool IsCompoundAdjective(const Context& c, uint32_t i) {
  const Token& t = c.tokens[i];
  std::string_view text(c.doc.text.data() + t.span.start, t.span.end - t.span.start);
  size_t hyphen = text.rfind('-');
  return t.is_word && hyphen != std::string_view::npos && hyphen + 1 < text.size() &&
         std::islower(static_cast<unsigned char>(text[hyphen + 1]));
}

bool HasAcronym(const Context& c, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; ++i)
    if (c.tokens[i].all_caps && c.tokens[i].folded.size() >= 2) return true;
  return false;
}

// "S-400 air defence systems", "F-16 fighter jets", "HIMARS and ATACMS
// missiles": a designation before a weapon noun names a weapon, which is
// no entity of the ontology. Up to two lower-case words may stand between,
// or "and"/"or" with another designation.
bool IsModelDesignation(std::string_view folded) {
  size_t hyphen = folded.find_first_of("- ");  // folding writes the hyphen as a space
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen > 4 || hyphen + 1 == folded.size()) return false;
  for (size_t i = 0; i < hyphen; ++i)
    if (folded[i] < 'a' || folded[i] > 'z') return false;
  size_t digits = 0;
  for (size_t i = hyphen + 1; i < folded.size() && std::isdigit(static_cast<unsigned char>(folded[i])); ++i) ++digits;
  size_t rest = folded.size() - hyphen - 1 - digits;  // "Tu-95MS", "MiG-29s"
  return digits >= 1 && digits <= 4 && rest <= 2;
}

bool MaterielAfter(const Context& c, uint32_t end) {
  uint32_t lower = 0;
  for (uint32_t j = end; j < c.sentence.end_token && j < end + 4; ++j) {
    const Token& t = c.tokens[j];
    if (!t.is_word) return false;
    if (c.In("materiel_nouns", j)) return true;
    bool designation = t.all_caps || t.folded.find_first_of("0123456789") != std::string::npos;
    bool conjunction = (t.folded == "and" || t.folded == "or") && j + 1 < c.sentence.end_token &&
                       (c.tokens[j + 1].all_caps || c.tokens[j + 1].capitalized);
    if (designation || conjunction) continue;
    if (t.capitalized || ++lower > 2) return false;
  }
  return false;
}

// "By Leyla Hasanova, Senior Fellow, ... | August 4, 2025", "By Ann Lee
// and Tom Ode": a name after "By" (or after its "and") in a line among
// the first of the article, ending where the line or a comma does, is its
// author's.
bool IsBylineName(const Context& c, uint32_t a, uint32_t b) {
  const Sentence& s = c.sentence;
  if (b - a < 2 || b - a > 4 || a < s.first_token + 1 || c.tokens[a].sentence > 6) return false;
  if (!c.tokens[s.first_token].capitalized || !c.Is(s.first_token, "by")) return false;
  if (!c.tokens[s.first_token + 1].capitalized) return false;
  if (a != s.first_token + 1) {
    // "By Ann Lee and Tom Ode": the second name, after the first one's "and".
    if (!c.Is(a - 1, "and")) return false;
    for (uint32_t k = s.first_token + 1; k + 1 < a; ++k)
      if (!c.tokens[k].is_word || !c.tokens[k].capitalized) return false;
  }
  for (uint32_t i = a; i < b; ++i)
    if (!c.tokens[i].is_word || !c.tokens[i].capitalized || c.In("org_heads", i)) return false;
  return b == s.end_token || !c.tokens[b].is_word || c.Is(b, "and");
}

// "By Staff Analyst", "By Nordic Security Correspondent", "By Gulf Desk":
// a byline that names a role or a desk names no one.
bool IsBylineRole(const Context& c, uint32_t a, uint32_t b) {
  const Sentence& s = c.sentence;
  return a == s.first_token + 1 && c.tokens[a].sentence <= 6 && c.tokens[s.first_token].capitalized &&
         c.Is(s.first_token, "by") && c.In("byline_roles", b - 1) &&
         (b == s.end_token || !c.tokens[b].is_word || c.Is(b, "and"));
}

// Types an unknown run of capitalised words, or leaves it weak.
void ClassifyUnknownByCues(const Context& c, Candidate& cand, const std::string& role);

// In a headline every word is capitalised: an unknown name there needs a
// stronger mention elsewhere (or a title) to count.
void ClassifyUnknown(const Context& c, Candidate& cand, const std::string& role) {
  ClassifyUnknownByCues(c, cand, role);
  if (c.headline && role.empty()) cand.weak = true;
  // "Seoul's New President Bets on Pragmatism": after a title in a
  // headline, a run with a small word inside or an English word last is
  // the headline's verb phrase, not a name.
  if (c.headline && !role.empty()) {
    bool small_word = false;
    for (uint32_t i = cand.first + 1; i + 1 < cand.end; ++i)
      small_word = small_word || (c.tokens[i].is_word && !c.tokens[i].capitalized && !c.In("name_connectors", i));
    if (small_word || (cand.end - cand.first >= 2 && IsEnglishWord(c, cand.end - 1))) cand.weak = true;
  }
  if (IsBylineRole(c, cand.first, cand.end)) {
    cand.weak = true;
  } else if (IsBylineName(c, cand.first, cand.end)) {
    cand.type = EntityType::kPerson;
    cand.weak = false;
  }
}

void ClassifyUnknownByCues(const Context& c, Candidate& cand, const std::string& role) {
  uint32_t a = cand.first, b = cand.end;
  size_t n = b - a;
  bool sentence_start = a == c.sentence.first_token ||
                        (a == c.sentence.first_token + 1 && !c.tokens[a - 1].is_word);
  bool common_last = IsEnglishWord(c, b - 1);
  bool has_digit = false;  // "Joint Sword-2024A": an operation, not a person
  for (uint32_t i = a; i < b; ++i)
    if (c.tokens[i].folded.find_first_of("0123456789") != std::string::npos) has_digit = true;
  cand.weak = false;
  // "HMS Trent", "USS Gerald R. Ford", "the aircraft carrier Gerald R.
  // Ford": a ship, no entity of the ontology.
  bool after_vessel_noun = a > c.sentence.first_token && c.In("vessel_nouns", a - 1) && !c.tokens[a - 1].capitalized;
  if ((n >= 2 && c.In("vessel_prefixes", a) && c.tokens[a].all_caps) || after_vessel_noun) {
    cand.type = EntityType::kOrganization;
    cand.weak = true;
    return;
  }
  // "the Nobel Peace Prize", "the Sakharov Prize": an award, no entity
  // of the ontology (kept only where another mention says it is a body).
  // ("the War Powers Resolution", "the Monroe Doctrine": a text or a
  // policy, no entity of the ontology either.)
  if (n >= 2 && (c.In("award_heads", b - 1) || c.In("document_heads", b - 1)) &&
      !(b < c.sentence.end_token && c.tokens[b].is_number)) {
    cand.type = EntityType::kOrganization;
    cand.weak = true;
    return;
  }
  // "an operation called Bunyan al-Marsoos", "exercises dubbed Joint
  // Sword": a name an operation is called by is the operation.
  if (a >= c.sentence.first_token + 2 && c.In("naming_verbs", a - 1) && !c.tokens[a - 1].capitalized &&
      c.In("operation_nouns", a - 2)) {
    cand.type = EntityType::kEvent;
    cand.group = c.tokens[a - 2].folded + "|named:" + text::FoldedWords(c.tokens, a, b);
    return;
  }
  // "the Communist Party of Nepal (Unified Marxist–Leninist)": a name in
  // brackets right after a body's name qualifies the body; no one's name.
  if (a >= c.sentence.first_token + 2 && c.Is(a - 1, "(") && b < c.sentence.end_token) {
    bool body_before = false;
    for (uint32_t k = a - 1; k-- > c.sentence.first_token && k + 8 > a;) {
      if (!c.tokens[k].is_word || !(c.tokens[k].capitalized || c.In("name_connectors", k))) break;
      body_before = body_before || c.In("org_heads", k);
    }
    if (body_before) {
      cand.type = EntityType::kOrganization;
      cand.weak = true;  // kept only where another mention says it is a body
      return;
    }
  }
  // "the founder of Blackwater", "the chief executive of Gunvor": a body
  // after a post held in it.
  if (a >= c.sentence.first_token + 2 && c.Is(a - 1, "of") && c.In("body_post_nouns", a - 2) && role.empty()) {
    cand.type = EntityType::kOrganization;
    return;
  }
  // "F-16 strikes", "S-400 systems", "MiG-29s": a model designation (a
  // few letters, a hyphen, a number) is materiel, whatever follows it.
  if (n == 1 && IsModelDesignation(c.tokens[a].folded)) {
    cand.type = EntityType::kOrganization;
    cand.weak = true;  // kept only where another mention says it is a body
    return;
  }
  if (role.empty() && n <= 2 && MaterielAfter(c, b)) {
    cand.type = EntityType::kOrganization;
    cand.weak = true;  // kept only where another mention says it is a body
    return;
  }
  if (!role.empty() && !(n == 1 && common_last)) {
    cand.type = EntityType::kPerson;
    cand.role = role;
    return;
  }
  // "the opposition Tisza party", "the Wagner group": a lower-case body
  // noun right after the name, whatever cue stands before it.
  // ("the Transformers party": an English word too, mid-sentence, before
  // "party".)
  bool party_after = b < c.sentence.end_token && c.Is(b, "party") && !sentence_start;
  if (b < c.sentence.end_token && c.tokens[b].is_word && !c.tokens[b].capitalized &&
      c.In("org_nouns_after_name", b) && (!(n == 1 && common_last) || party_after)) {
    cand.type = EntityType::kOrganization;
    // ("the largest Kurdish party": a people's adjective names no body;
    // "the Sadrist movement": an adjective of a leader's following names
    // it with the noun.)
    const std::string& word = c.tokens[a].folded;
    if (n == 1 && word.size() > 5 && word.ends_with("ish")) cand.weak = true;
    if (n == 1 && word.size() > 5 && word.ends_with("ist")) cand.end = b + 1;
    return;
  }
  // "the Middle Shabelle and Hiran regions", "the Northwest and Southwest
  // regions": a lower-case noun of a state's parts (lexicon
  // region_nouns_after_name) after the name, or after "and" and the next
  // name, makes it a place.
  {
    uint32_t k = b;
    if (k + 1 < c.sentence.end_token && c.Is(k, "and") && c.tokens[k + 1].capitalized)
      for (++k; k < c.sentence.end_token && c.tokens[k].capitalized && k < b + 4;) ++k;
    if (k < c.sentence.end_token && c.tokens[k].is_word && !c.tokens[k].capitalized &&
        c.In("region_nouns_after_name", k)) {
      cand.type = EntityType::kLocation;
      return;
    }
    // ("in Plateau and Benue states", "Rakhine state": so does "state",
    // after a name that is no adjective ("an independent Kurdish state")
    // nor a word of the lexicon's state_noun_modifiers ("the Gulf states").)
    const std::string& last = c.tokens[b - 1].folded;
    bool adjective = false;
    for (std::string_view suffix : {"ish", "ian", "ese", "ic", "ean"})
      adjective = adjective || (last.size() > suffix.size() + 2 && last.ends_with(suffix));
    if (k < c.sentence.end_token && (c.Is(k, "state") || c.Is(k, "states")) && !c.tokens[k].capitalized &&
        !adjective && !c.In("state_noun_modifiers", b - 1)) {
      cand.type = EntityType::kLocation;
      return;
    }
  }
  // "Baltic Sentry, a mission that ...", "Zapad 2025, a joint military
  // exercise": an event named by what the apposition says it is.
  uint32_t named_end = b < c.sentence.end_token && c.tokens[b].is_number ? b + 1 : b;  // "Zapad 2025"
  std::string event_kind = EventKindInApposition(c.tokens, c.book.lexicon, named_end, c.sentence.end_token);
  if (!event_kind.empty()) {
    cand.end = named_end;
    cand.type = EntityType::kEvent;
    cand.group = event_kind + "|named:" + text::FoldedWords(c.tokens, a, named_end);
    return;
  }
  if (AcronymDefinitionAfter(c, b) && n >= 2) {
    cand.type = HasOrgHead(c, a, b) || !c.In("given_names", a) ? EntityType::kOrganization
                                                                : EntityType::kPerson;
    return;
  }
  if (n == 1 && c.tokens[a].all_caps && c.tokens[a].folded.size() >= 3 && c.tokens[a].folded.size() <= 7) {
    cand.type = EntityType::kOrganization;  // an acronym: IRGC, AIFC
    cand.weak = sentence_start && c.headline;
    return;
  }
  // ("ACT-Wazalendo", "PAS-Moldova": so is one word an acronym and a
  // hyphen open.)
  if (n == 1) {
    std::string_view word(c.doc.text.data() + c.tokens[a].span.start, c.tokens[a].span.size());
    size_t dash = word.find('-');
    bool acronym_head = dash >= 2 && dash <= 6 && dash + 1 < word.size() &&
                        std::all_of(word.begin(), word.begin() + static_cast<long>(dash),
                                    [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (acronym_head) {
      cand.type = EntityType::kOrganization;
      cand.weak = sentence_start && c.headline;
      return;
    }
  }
  // "Lake Balkhash", "Mount Elbrus", "Cape Town": a place word first;
  // "South Kivu", "Eastern Equatoria": a point of the compass, unless the
  // name ends as a body's does ("Eastern Partnership Council").
  bool compass_place = c.In("compass_prefixes", a) && !HasOrgHead(c, a, b);
  if (n >= 2 && ((c.In("place_heads", b - 1) && !OrgHeadBeforeConnector(c, a, b)) || c.In("place_prefixes", a) ||
                 compass_place)) {
    cand.type = EntityType::kLocation;
    return;
  }
  // "Executive Order 14114": a numbered order is a sanctions instrument
  // (the orders the text names are those that set up programmes).
  if (n >= 2 && c.book.lexicon.LongestAt("sanction_name_heads", c.tokens, a, b) == n && b < c.sentence.end_token &&
      c.tokens[b].is_number) {
    cand.end = b + 1;
    cand.type = EntityType::kSanction;
    cand.group = "sanctions:order|named:" + text::FoldedWords(c.tokens, a, b + 1);
    return;
  }
  // "the Freedom Support Act", "the Countering America's Adversaries
  // Through Sanctions Act": a named law, which the ontology files with
  // sanctions instruments.
  // ("Sheinbaum's Balancing Act": in a headline, "Act" after a word in
  // "-ing" is the phrase "balancing act", no law.)
  bool phrase_act = c.headline && n >= 2 && c.tokens[b - 2].folded.ends_with("ing");
  if (n >= 2 && c.tokens[b - 1].folded == "act" && c.tokens[b - 1].capitalized && !c.tokens[b - 1].all_caps &&
      !phrase_act) {
    cand.type = EntityType::kSanction;
    cand.group = "sanctions:law|named:" + text::FoldedWords(c.tokens, a, b);
    return;
  }
  // "Operation Sindoor", "Operation Spiderweb": a named military operation
  // is an event of its own, told apart from others by its name.
  if (n >= 2 && c.In("event_name_prefixes", a)) {
    cand.type = EntityType::kEvent;
    cand.group = c.tokens[a].folded + "|named:" + text::FoldedWords(c.tokens, a + 1, b);
    return;
  }
  // "the Batken region", "Kherson oblast": a lower-case place word after.
  if (b < c.sentence.end_token && !c.tokens[b].capitalized && c.In("place_heads", b) && !common_last) {
    cand.type = EntityType::kLocation;
    return;
  }
  if (n >= 2 && HasAcronym(c, a, b)) {  // "NXP Semiconductor"
    cand.type = EntityType::kOrganization;
    return;
  }
  if (c.In("given_names", a) && n >= 2 && !common_last) {
    cand.type = EntityType::kPerson;
    return;
  }
  // ("Tom Barrack and Morgan Ortagus have visited Beirut", "Bill Gates":
  // a given name and one word more, mid-sentence, that is no body's or
  // place's head word, is a person even where that word is also English.)
  if (c.In("given_names", a) && n == 2 && !sentence_start && !c.headline && !HasOrgHead(c, a, b) &&
      !c.In("place_heads", b - 1) && !c.In("org_nouns_after_name", b - 1)) {
    cand.type = EntityType::kPerson;
    return;
  }
  // "The Christian Democratic Appeal, led by Henri Bontenbal": what is led
  // by someone is a body, not a person.
  if (b + 2 < c.sentence.end_token && c.Is(b, ",") && c.Is(b + 1, "led") && c.Is(b + 2, "by")) {
    cand.type = EntityType::kOrganization;
    cand.weak = c.headline;
    return;
  }
  // "The Peronist coalition, Fuerza Patria, led by ...": a group noun
  // before the comma of an apposition the name closes says what it names.
  if (a >= c.sentence.first_token + 2 && c.Is(a - 1, ",") && c.In("org_nouns_after_name", a - 2) &&
      !c.tokens[a - 2].capitalized && b < c.sentence.end_token && c.Is(b, ",")) {
    cand.type = EntityType::kOrganization;
    cand.weak = c.headline;
    return;
  }
  // "Tisza, the opposition party Peter Magyar leads": an apposition that
  // names a kind of body outweighs the person named inside it.
  if (n <= 3 && !c.In("given_names", a) && BodyInApposition(c, b)) {
    cand.type = EntityType::kOrganization;
    return;
  }
  // "Vorukh, a Tajik village surrounded by Kyrgyz territory": an
  // apposition that names a kind of place makes the name one.
  if (n <= 3 && !c.In("given_names", a) && PlaceInApposition(c, b)) {
    cand.type = EntityType::kLocation;
    cand.weak = c.headline;
    return;
  }
  // "a governor of Guayana Esequiba", "the mayor of Santa Fiora", "the
  // city of Ciudad Juárez": after such a noun and "of", a place
  // (whatever follows: "the village of Banjska, killing an officer").
  if (n <= 3 && a >= c.sentence.first_token + 2 && c.Is(a - 1, "of") && c.In("jurisdiction_heads", a - 2) &&
      !c.tokens[a - 2].capitalized) {
    cand.type = EntityType::kLocation;
    cand.weak = c.headline;
    return;
  }
  // "Aminata Sow is a researcher at ...": an apposition naming a person's
  // role outweighs a surname that is also an English word.
  bool plain_name = !common_last || c.In("given_names", a) || (n >= 2 && PersonCueAfter(c, b));
  if (plain_name && (PersonCueBefore(c, a) || (PersonCueAfter(c, b) && (n >= 2 || !sentence_start)))) {
    cand.type = EntityType::kPerson;
    return;
  }
  if (OrgCueAround(c, a, b)) {
    cand.type = EntityType::kOrganization;
    cand.weak = n == 1 && common_last;
    return;
  }
  // "in Novi Sad": a first word that is no English word vouches for a last
  // one that is ("in Golden Dome" stays out).
  if ((LocationCueBefore(c, a) || InsideKnownPlaceAfter(c, a, b)) && n <= 3 &&
      (!common_last || (n >= 2 && !IsEnglishWord(c, a)))) {
    cand.type = EntityType::kLocation;
    cand.weak = c.headline;
    return;
  }
  if (has_digit) {
    cand.type = EntityType::kOrganization;
    cand.weak = true;
    return;
  }
  // "through the Grinex exchange": one word between "the" and a company's
  // noun names the company ("the Anglo-Australian company" a people's
  // adjective does not).
  if (n == 1 && a > c.sentence.first_token && c.Is(a - 1, "the") && b < c.sentence.end_token &&
      !c.tokens[b].capitalized && c.In("company_nouns", b) && !LooksLikePeoplesAdjective(c.tokens[a].folded)) {
    cand.type = EntityType::kOrganization;
    cand.weak = c.headline;
    return;
  }
  // "in the State Great Khural", "the Oyu Tolgoi copper mine": a name
  // after "the" is no person's; before a site noun it is a place.
  if (n >= 2 && a > c.sentence.first_token && c.Is(a - 1, "the") && !c.tokens[a - 1].capitalized) {
    bool site = b < c.sentence.end_token && !c.tokens[b].capitalized &&
                (c.In("site_nouns", b) || (b + 1 < c.sentence.end_token && c.In("site_nouns", b + 1)));
    // ("the Victory Day parade": a name of the event that follows.)
    static const char* kEventLists[] = {"event_war", "event_unrest", "event_election", "event_referendum",
                                        "event_meeting", "event_call", "event_summit", "event_talks",
                                        "event_visit", "event_intervention", "event_annexation", "event_coup",
                                        "event_attack", "event_deal", "event_parade", "event_inauguration",
                                        "event_exercise"};
    bool names_event = false;
    for (const char* list : kEventLists)
      names_event = names_event || (b < c.sentence.end_token && !c.tokens[b].capitalized &&
                                    c.book.lexicon.LongestAt(list, c.tokens, b, c.sentence.end_token) > 0);
    cand.type = site ? EntityType::kLocation : EntityType::kOrganization;
    cand.weak = c.headline || names_event;
    return;
  }
  // "the Buddhist lay movement Soka Gakkai", "the militia Kataib
  // Hezbollah": a lower-case group noun right before the name says what
  // it names.
  // ("the Kyrgyz firm Old Vector", "the exchange Grinex": or a company's.)
  if (a > c.sentence.first_token && (c.In("org_nouns_after_name", a - 1) || c.In("company_nouns", a - 1)) &&
      !c.tokens[a - 1].capitalized) {
    cand.type = EntityType::kOrganization;
    cand.weak = c.headline;
    return;
  }
  // "Los Choneros", "Las Águilas": a name that opens with a plural article
  // names a group (a gang, a band), not a person (with no cue of a place
  // before it: "in Las Vegas").
  if (n >= 2 && c.In("group_name_articles", a) && c.tokens[a].capitalized) {
    cand.type = EntityType::kOrganization;
    return;
  }
  // No cue: a two- or three-word name mid-sentence whose last word is no
  // common English word is most often a person ("Samuel Bickett", not
  // "Golden Dome"); so is a four-word one with no English word in it
  // ("Aung San Suu Kyi"). Anything else must tie to a stronger mention.
  bool four_foreign_words = n == 4;
  for (uint32_t i = a; i < b && four_foreign_words; ++i) four_foreign_words = !IsEnglishWord(c, i);
  cand.type = EntityType::kPerson;
  // ("Hossein Salami": a given name first vouches for a surname that is
  // also an English word.)
  bool given_first = n >= 2 && c.In("given_names", a) && !IsEnglishWord(c, a);
  // ("Sylvia Bongo and her son ...": at the sentence's start too, when a
  // given name opens it.)
  cand.weak = !(n >= 2 && (n <= 3 || four_foreign_words) && (!sentence_start || given_first) && !c.headline &&
                (!common_last || given_first));
  cand.tentative = true;
}

// Known capitals: the city where the text places something there ("based
// in Washington", "met in Warsaw"), the state where the capital acts.
bool CapitalMeansCity(const Context& c, const Candidate& k) {
  uint32_t a = k.first;
  if (k.end < c.sentence.end_token && c.tokens[k.end].folded == "based") return true;  // Moscow-based
  // "Governor Axel Kicillof of Buenos Aires province": the place itself,
  // before a lower-case word for a province around it.
  if (k.end < c.sentence.end_token && !c.tokens[k.end].capitalized && c.In("province_nouns", k.end)) return true;
  // ("former Taipei mayor Hau Lung-bin": before a city's own office.)
  if (k.end < c.sentence.end_token && c.book.lexicon.LongestAt("city_office_titles", c.tokens, k.end, c.sentence.end_token))
    return true;
  // "LONDON — At midnight ...": a dateline names where the report was filed.
  if (a == c.sentence.first_token && c.tokens[a].all_caps && k.end < c.sentence.end_token &&
      (c.tokens[k.end].folded == "\u2014" || c.tokens[k.end].folded == "\u2013" || c.tokens[k.end].folded == "-" ||
       c.tokens[k.end].folded == "--"))
    return true;
  if (a == c.sentence.first_token) return false;
  // "the mayor of Warsaw", "the governor of Kabul": a city's own office.
  if (a >= c.sentence.first_token + 2 && c.Is(a - 1, "of") && c.In("city_office_heads", a - 2)) return true;
  if (!c.In("city_prepositions", a - 1)) return false;
  if (a - 1 == c.sentence.first_token) return true;  // "In Warsaw, ..."
  uint32_t p = a - 2;
  if (c.tokens[p].is_number) return true;
  if (c.tokens[p].capitalized && c.In("org_heads", p)) return true;  // "the ... Institute in Dakar"
  if (c.Is(p, ",") && p > c.sentence.first_token && c.tokens[p - 1].is_number) return true;  // "2023, in Warsaw"
  // "closed its embassy in Oslo": a state's own mission is accredited to the
  // host state ("the US embassy in Moscow" still places a building).
  // ("upgrade its technical mission in Kabul": a word may qualify it.)
  if (p > c.sentence.first_token && c.In("diplomatic_mission_nouns", p)) {
    uint32_t owner = p - 1;
    if (owner > c.sentence.first_token && c.tokens[owner].is_word && !c.tokens[owner].capitalized &&
        !c.Is(owner, "its") && !c.Is(owner, "their"))
      --owner;
    if (c.Is(owner, "its") || c.Is(owner, "their")) return false;
  }
  return c.In("locative_cues", p);
}

void StripTitles(const Context& c, uint32_t& a, uint32_t b, std::string& role) {
  while (a < b) {
    size_t n = c.book.lexicon.LongestAt("person_titles", c.tokens, a, b);
    if (!n && c.In("title_modifiers", a) && a + 1 < b &&
        c.book.lexicon.LongestAt("person_titles", c.tokens, a + 1, b)) {
      ++a;  // "Acting Attorney General", "Former President"
      continue;
    }
    if (!n || a + n >= b) break;
    // ("the Prince Group": a title before a body's head word alone names
    // the body.)
    if (a + n + 1 == b && c.In("org_heads", b - 1)) break;
    // ("the General Directorate of Mines", "the General Intelligence
    // Directorate": nor before a body's head word among the next three,
    // where no given name follows the title.)
    if (!c.In("given_names", a + n)) {
      bool body = false;
      for (uint32_t k = a + static_cast<uint32_t>(n); k < b && k < a + n + 3 && !body; ++k)
        body = c.tokens[k].capitalized && c.In("org_heads", k);
      if (body) break;
    }
    // "foreign minister Amir Khan Muttaqi": after a title, a title word
    // that is also a given name, before two more names, is the given name.
    bool after_title = !role.empty() || (a > 0 && c.In("person_titles", a - 1));
    if (n == 1 && after_title && b - a >= 3 && c.In("given_names", a)) break;
    // ("Amir Khan Muttaqi, the Taliban's foreign minister": so is one
    // before exactly two names the knowledge base does not know as a
    // person's; "Amir Tamim bin Hamad" keeps the title.)
    if (n == 1 && b - a == 3 && c.In("given_names", a) &&
        !c.book.kb.by_key.count(c.tokens[a + 1].folded + " " + c.tokens[a + 2].folded))
      break;
    role.clear();
    for (uint32_t i = a; i < a + n; ++i) {
      if (!role.empty()) role += ' ';
      role.append(c.doc.text, c.tokens[i].span.start, c.tokens[i].span.size());
    }
    a += static_cast<uint32_t>(n);
    // "Under Secretary of State Tom Shannon": the office's "of ..." part
    // runs up to the given name ("Minister for Strategic Affairs Ron
    // Dermer": so does a "for ..." part).
    if (a < b && (c.Is(a, "of") || c.Is(a, "for"))) {
      for (uint32_t k = a + 1; k < b && k < a + 5; ++k)
        if (c.In("given_names", k)) {
          a = k;
          break;
        }
    }
  }
}

// A title immediately before the run, written in lower case: "his Ukrainian
// counterpart Volodymyr Zelensky", "journalist Zhanbolat Mamay".
std::string TitleBefore(const Context& c, uint32_t a) {
  for (uint32_t n = 3; n >= 1; --n) {
    if (a < c.sentence.first_token + n) continue;
    uint32_t s = a - n;
    if (c.book.lexicon.LongestAt("person_titles", c.tokens, s, a) == n) {
      std::string role;
      for (uint32_t i = s; i < a; ++i) {
        if (!role.empty()) role += ' ';
        role.append(c.doc.text, c.tokens[i].span.start, c.tokens[i].span.size());
      }
      return role;
    }
  }
  return "";
}

void AddPiece(const Context& c, uint32_t a, uint32_t b, std::string role,
              std::vector<Candidate>& out) {
  // A piece that is only a title belongs to the known name after it.
  if (c.book.lexicon.LongestAt("person_titles", c.tokens, a, b) == b - a) return;
  StripTitles(c, a, b, role);
  // Split "John Smith and Jane Doe": without an organisation head word, a
  // connector "and" separates two names.
  // ("the Centre for Economics and Foreign Policy Studies", "the Institute
  // for War and Peace Reporting": an "and" after an organisation head and
  // its "for"/"of" is inside the one name; so is one in a treaty's title,
  // "the Treaty of Friendship and Cooperation".)
  // ("the African Growth and Opportunity Act": so is one between
  // capitalised words in a law's name, "Act" or "Law" last.)
  bool law_name = b - a >= 4 && (c.Is(b - 1, "act") || c.Is(b - 1, "law")) && c.tokens[b - 1].capitalized &&
                  !c.tokens[b - 1].all_caps;
  auto inside_org_name = [&](uint32_t at) {
    if (at + 1 >= b || c.Is(at + 1, "the") || !c.tokens[at + 1].capitalized) return false;
    if (law_name && at > a && c.tokens[at - 1].capitalized) return true;
    for (uint32_t h = a; h + 1 < at; ++h)
      if (c.tokens[h].capitalized && (c.In("org_heads", h) || c.In("deal_title_heads", h)))
        for (uint32_t k = h + 1; k < at; ++k)
          if (c.Is(k, "for") || c.Is(k, "of") || c.Is(k, "on")) return true;
    return false;
  };
  for (uint32_t i = a; i < b; ++i) {
    if ((c.Is(i, "and") || c.Is(i, "&")) && !inside_org_name(i)) {
      AddPiece(c, a, i, role, out);
      AddPiece(c, i + 1, b, role, out);
      return;
    }
  }
  // ("Al Udeid Air Base", "El Salvador", "Van Hollen": a particle written
  // capitalised opens the name.)
  auto particle_opens = [&](uint32_t i) {
    static const std::set<std::string> kParticles = {"al", "el", "bin", "ibn", "de", "van", "von", "da", "di", "la", "le"};
    return c.tokens[i].capitalized && i + 1 < b && c.tokens[i + 1].capitalized && kParticles.count(c.tokens[i].folded);
  };
  while (a < b && ((c.In("name_connectors", a) && !particle_opens(a)) || !c.tokens[a].is_word)) ++a;
  while (b > a && (c.In("name_connectors", b - 1) || !c.tokens[b - 1].is_word)) --b;
  if (a >= b) return;
  if (b - a == 1 && (c.In("not_names", a) || IsMonthOrDay(c, a) || c.tokens[a].folded.size() < 2)) return;
  // "The", "However"; but a point of the compass opens a name: "Eastern Sentry".
  // ("Christian Ntsay": a given name that is also an adjective opens a
  // person's name before a word that is no English one.)
  bool given_opens = b - a == 2 && c.In("given_names", a) && !IsEnglishWord(c, a + 1) && !c.In("org_heads", a + 1);
  // ("General He Weidong": a capitalised "He" inside the sentence, after a
  // word, is the surname He, not the pronoun.)
  given_opens = given_opens || (b - a == 2 && c.Is(a, "he") && a > c.sentence.first_token && c.tokens[a - 1].is_word &&
                                !IsEnglishWord(c, a + 1));
  if (c.In("not_names", a) && b - a <= 2 && c.tokens[a].capitalized && !given_opens &&
      !(b - a == 2 && c.In("compass_prefixes", a) && !AcronymLike(c, a + 1)))
    ++a;
  if (a >= b || (b - a == 1 && IsMonthOrDay(c, a))) return;
  if (role.empty()) role = TitleBefore(c, a);
  Candidate cand;
  cand.first = a;
  cand.end = b;
  cand.sentence = c.tokens[a].sentence;
  ClassifyUnknown(c, cand, role);
  out.push_back(std::move(cand));
}

std::vector<std::pair<uint32_t, uint32_t>> SplitAtKnownConjunctions(
    const Context& c, const std::vector<Candidate>& known,
    const std::vector<std::pair<uint32_t, uint32_t>>& runs) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (auto [a, b] : runs) {
    uint32_t start = a;
    // "an agreement between the state-owned Tau-Ken Samruk and Cove Kaz
    // Capital": after "between", "and" joins the two parties.
    bool after_between = false;
    for (uint32_t k = a; k > c.sentence.first_token && k + 5 > a; --k) {
      const Token& w = c.tokens[k - 1];
      after_between = w.folded == "between";
      if (after_between || w.capitalized || (!w.is_word && w.folded != "-")) break;
    }
    for (uint32_t i = a + 1; i + 1 < b; ++i) {
      // "Kim Moon-soo of the People Power Party": a person's name (a given
      // name first, no body's head word) before "of" and a body ends there.
      if (c.Is(i, "of") && !c.tokens[i].capitalized && i >= start + 2 && c.In("given_names", start) &&
          !HasOrgHead(c, start, i) && c.book.lexicon.LongestAt("person_titles", c.tokens, start, i) == 0) {
        uint32_t next = c.Is(i + 1, "the") ? i + 2 : i + 1;
        const Candidate* body = CandidateCovering(known, next);
        bool body_after = next < b && ((body && body->type == EntityType::kOrganization && body->end == b) ||
                                       HasOrgHead(c, next, b));
        if (body_after) {
          out.emplace_back(start, i);
          start = next;
          continue;
        }
      }
      if (!(c.Is(i, "and") || c.Is(i, "&") || c.Is(i, "or"))) continue;
      // "Court of Bosnia and Herzegovina": a known name the conjunction
      // stands inside is not split.
      const Candidate* across = CandidateCovering(known, i);
      if (across && across->first < i && across->end > i + 1) continue;
      uint32_t next = i + 1;
      if (c.Is(next, "the") && next + 1 < b) ++next;
      // "NDR, WDR and Süddeutsche Zeitung": an acronym before "and" ends a name;
      // so does an organisation head before "and the" another one ("the
      // Sudanese Armed Forces and the Rapid Support Forces").
      // Without "the", both sides must be whole names: "Reliance Industries
      // and Nayara Energy", but not "Oil and Gas Company".
      bool whole_names = i >= start + 2 && !c.In("org_heads", next);
      for (uint32_t k = start; k < i && whole_names; ++k)  // "Centre for Research on Energy and Clean Air"
        whole_names = c.tokens[k].capitalized || !c.tokens[k].is_word;
      bool two_organisations = (next > i + 1 || whole_names) && c.tokens[i - 1].capitalized &&
                               c.In("org_heads", i - 1) && HasOrgHead(c, next, b);
      // "Gulf and Levant Studies Centre", "Russia and Eurasia Programme": a
      // known place before "and" that, with the words after it, names one
      // body whose head ends the run.
      const Candidate* after = CandidateCovering(known, next);
      bool place_in_name = !after || (after->type == EntityType::kLocation && after->end < b &&
                                      HasOrgHead(c, after->end, b));  // "Levant Studies Centre"
      // ("the National Defence and Security Council", "the Peace and
      // Security Council": English words before "and" and a known body
      // after it that ends the run make one body.)
      bool words_before = true;
      for (uint32_t k = start; k < i && words_before; ++k)
        words_before = c.tokens[k].capitalized && IsEnglishWord(c, k) && !CandidateCovering(known, k) &&
                       !c.In("given_names", k);
      place_in_name = place_in_name || (words_before && after && after->type == EntityType::kOrganization &&
                                        after->end == b && c.In("org_heads", b - 1));
      bool one_body = next == i + 1 && i - start <= 3 && place_in_name && HasOrgHead(c, next, b) &&
                      !HasOrgHead(c, start, i) && !c.tokens[i - 1].all_caps;
      // "Procter & Gamble and Johnson & Johnson": a name that has its "&"
      // ends at "and".
      bool ampersand_before = false;
      for (uint32_t k = start + 1; k < i && c.Is(i, "and"); ++k) ampersand_before = ampersand_before || c.Is(k, "&");
      if ((after_between && c.Is(i, "and")) ||
          (!one_body && (CandidateCovering(known, i - 1) || CandidateCovering(known, next) || c.tokens[i - 1].all_caps ||
                        two_organisations || ampersand_before))) {
        after_between = false;  // one "and" per "between"
        out.emplace_back(start, i);
        start = next;
      }
    }
    out.emplace_back(start, b);
  }
  return out;
}

// "House Speaker Kevin McCarthy", "Foreign Ministry Spokesperson Mao Ning":
// a title followed by a short name (a given name, or two to four words with
// no organisation head) starts a person of its own, whatever capitalised
// words stand before it.
void SplitBeforeTitledNames(const Context& c, std::vector<std::pair<uint32_t, uint32_t>>& runs) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (auto [a, b] : runs) {
    for (uint32_t i = a + 1; i + 1 < b; ++i) {
      size_t n = c.book.lexicon.LongestAt("person_titles", c.tokens, i, b);
      uint32_t name = i + static_cast<uint32_t>(n);
      if (!n || name >= b || b - name > 4 || HasOrgHead(c, name, b) || !c.tokens[name].capitalized) continue;
      if (c.In("given_names", name) || b - name >= 2) {
        out.emplace_back(a, i);
        a = i;
        break;
      }
    }
    out.emplace_back(a, b);
  }
  runs = std::move(out);
}

// "Yuichiro Tamaki of the Democratic Party for the People", "the Alliance
// for Progress of César Acuña", "the Party of the People of Franco Parisi":
// a person's name and a body's joined by "of"
// are two names. The person's side is two or three words that are no
// English words and hold no body's head word (so "Friends of the Earth"
// and "Bank of England" stay whole); the body's side holds one (or opens
// with an acronym), and a
// person after it opens with a given name.
void SplitPersonsFromBodiesAtOf(const Context& c, std::vector<std::pair<uint32_t, uint32_t>>& runs) {
  auto person_like = [&](uint32_t a, uint32_t b) {
    if (b - a < 2 || b - a > 3 || HasOrgHead(c, a, b)) return false;
    for (uint32_t i = a; i < b; ++i)
      if (!c.tokens[i].capitalized || !c.tokens[i].is_word || IsEnglishWord(c, i)) return false;
    return true;
  };
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (auto [a, b] : runs) {
    for (uint32_t k = a + 1; k + 1 < b; ++k) {
      if (!c.Is(k, "of") || c.tokens[k].capitalized) continue;
      uint32_t right = c.Is(k + 1, "the") ? k + 2 : k + 1;
      if (right >= b) break;
      // ("Luhaga Mpina of ACT-Wazalendo": a body's side may open with an
      // acronym instead.)
      bool person_then_body = person_like(a, k) && (HasOrgHead(c, right, b) ||
                                                    (AcronymLike(c, right) && c.tokens[right].folded.size() >= 2));
      bool body_then_person = HasOrgHead(c, a, k) && person_like(right, b) && c.In("given_names", right);
      // ("the Party of the People of Franco Parisi": the person may follow
      // the body's own "of".)
      if (person_then_body || body_then_person) {
        out.emplace_back(a, k);
        a = right;
        break;
      }
    }
    out.emplace_back(a, b);
  }
  runs = std::move(out);
}

// "Committee for Freedom in Hong Kong Foundation": two runs joined by "in"
// are one organisation when both sides carry an organisation head word
// ("New Lines Institute in Washington" stays two names).
void JoinOrganisationsAcrossIn(const Context& c, std::vector<std::pair<uint32_t, uint32_t>>& runs) {
  for (size_t r = 0; r + 1 < runs.size(); ++r) {
    auto& [a, b] = runs[r];
    auto [a2, b2] = runs[r + 1];
    if (a2 == b + 1 && c.Is(b, "in") && HasOrgHead(c, a, b) && c.tokens[b2 - 1].capitalized &&
        c.In("org_heads", b2 - 1)) {
      b = b2;
      runs.erase(runs.begin() + static_cast<long>(r) + 1);
      --r;
    }
  }
}

// "U.S. Department of State's Foreign Service Institute": an organisation's
// unit named with a possessive is one organisation.
void JoinPossessiveUnits(const Context& c, std::vector<std::pair<uint32_t, uint32_t>>& runs) {
  for (size_t r = 0; r + 1 < runs.size();) {
    auto& [a, b] = runs[r];
    auto [a2, b2] = runs[r + 1];
    // "Mongolian People's Party", "the People's Bank of China": a word that
    // names its members does so too.
    if (a2 == b + 1 && c.Is(b, "'s") && HasOrgHead(c, a2, b2) &&
        (HasOrgHead(c, a, b) || c.In("possessive_name_words", b - 1))) {
      b = b2;
      runs.erase(runs.begin() + static_cast<long>(r) + 1);
      continue;  // the joined run may own the next one too
    }
    ++r;
  }
}

}  // namespace

bool LooksLikeHeadline(const Document& doc, const Sentence& s) {
  // ("The Cartel of the Suns and the Case for War": in the article's first
  // line, title case leaves its small words lower-case; they do not count.)
  static const std::set<std::string> kSmallWords = {"a",  "an", "the", "and", "or", "but", "of", "for", "in", "on",
                                                    "to", "at", "by",  "with", "from", "as", "vs", "nor"};
  const Token& end = doc.tokens[s.end_token - 1];
  bool first_line = s.first_token == 0 && !doc.title.empty() && end.is_word;
  size_t words = 0, caps = 0;
  bool lower_content = false;  // a lower-case word of more than small words
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (!t.is_word || t.is_number) continue;
    if (first_line && i > s.first_token && !t.capitalized && kSmallWords.count(t.folded)) continue;
    ++words;
    if (t.capitalized || t.all_caps) ++caps;
    else if (!kSmallWords.count(t.folded)) lower_content = true;
  }
  const Token& last = doc.tokens[s.end_token - 1];
  bool stops = (!last.is_word && (last.folded == "." || last.folded == "?" || last.folded == "!" ||
                                  last.folded == "\"" || last.folded == "'")) ||
               (last.is_word && doc.text[last.span.end - 1] == '.');  // "... in Washington, D.C."
  // ("Pakistani Prime Minister Shehbaz Sharif signed a Strategic Mutual
  // Defence Agreement in Riyadh.": a sentence that stops, with a verb in
  // lower case, is text however many names it holds.)
  return words >= 2 && caps * 2 > words && (!stops || (caps * 4 > words * 3 && !lower_content));
}

std::vector<Candidate> FindNames(const Document& doc, const Sentence& sentence,
                                 const RuleBook& book, std::vector<Candidate> known) {
  Context c{doc, sentence, book, doc.tokens, LooksLikeHeadline(doc, sentence)};
  // "Haftar's son Saddam", "his son Nicolás": a one-word name after a
  // possessive and a word of kinship is the relative's given name, not the
  // famous person the knowledge base knows by it.
  for (auto& k : known)
    if (k.type == EntityType::kPerson && k.kb >= 0 && k.end - k.first == 1 && k.first >= sentence.first_token + 2 &&
        c.In("family_roles", k.first - 1) &&
        (c.Is(k.first - 2, "'s") || c.In("possessive_determiners", k.first - 2)) &&
        !(k.end < sentence.end_token && c.tokens[k.end].capitalized)) {
      k.kb = -1;
      k.kind = AliasKind::kName;
    }
  std::vector<Candidate> found;
  std::vector<bool> swallowed(known.size(), false);
  auto runs = SplitAtKnownConjunctions(c, known, CapitalisedRuns(c));
  JoinPossessiveUnits(c, runs);
  JoinOrganisationsAcrossIn(c, runs);
  SplitBeforeTitledNames(c, runs);
  SplitPersonsFromBodiesAtOf(c, runs);
  for (auto [a, b] : runs) {
    uint32_t start = a;
    std::string role;
    if (c.Is(start, "the") && b - start > 1 && !CandidateCovering(known, start)) ++start;
    // ("the USS George Washington, an aircraft carrier": a ship's name, by
    // its prefix (lexicon vessel_prefixes), names no person, place or body
    // of the ontology, whatever known names it borrows; ClassifyUnknownByCues
    // reads one that borrows none.)
    if (c.In("vessel_prefixes", start) && c.tokens[start].all_caps && start + 1 < b) {
      for (size_t k = 0; k < known.size(); ++k)
        if (known[k].end > start && known[k].first < b) swallowed[k] = true;
      continue;
    }
    // "the November Security Council resolution": a date is no part of a name.
    while (start + 1 < b && c.In("calendar_words", start) && !CandidateCovering(known, start)) ++start;
    // "At the Xi-Putin summit": a capitalised sentence opener and the
    // connectors after it are not part of a name.
    // "Officials of the Steppe Water Council", "Later Sir Keir": a common
    // word opening the sentence, followed by a connector, a title, a given
    // name or a known name, is no part of the name.
    bool common_opener = start == c.sentence.first_token && !CandidateCovering(known, start) && start + 1 < b &&
                         IsEnglishWord(c, start) && !c.In("org_heads", start) && !c.In("given_names", start) &&
                         !c.book.lexicon.LongestAt("person_titles", c.tokens, start, b) &&
                         (IsConnector(c, start + 1) || c.book.lexicon.LongestAt("person_titles", c.tokens, start + 1, b) ||
                          c.In("given_names", start + 1) || CandidateCovering(known, start + 1));
    if (common_opener || (start == c.sentence.first_token && c.In("not_names", start) && !c.Is(start, "the") &&
                          !CandidateCovering(known, start))) {
      ++start;
      while (start < b && IsConnector(c, start)) ++start;
      if (start >= b) continue;
    }
    StripTitles(c, start, b, role);
    // "Tidjane Thiam of the Democratic Party of Côte d'Ivoire": a known name
    // that starts inside the run and runs on past its end ("d'Ivoire" is no
    // capitalised word) ends the run before it, with the connectors before.
    for (const auto& k : known)
      if (k.first > start && k.first < b && k.end > b) {
        b = k.first;
        while (b > start && IsConnector(c, b - 1)) --b;
      }
    if (b <= start) continue;
    if (b - start == 1 && !CandidateCovering(known, start) && IsCompoundAdjective(c, start)) continue;
    const Candidate* whole = CandidateCovering(known, start);
    bool exact_known = whole && whole->first == start && whole->end == b;
    // A run with an organisation head word is one organisation, even if
    // it contains a known place ("Astana International Financial Centre"),
    // unless the head belongs to a known organisation inside the run.
    uint32_t head = b;
    for (uint32_t i = start; i < b; ++i)
      if (c.tokens[i].capitalized && c.In("org_heads", i)) head = i;
    // "Procter & Gamble", "Korea Hydro & Nuclear Power": an ampersand joins
    // the words of a firm's name, never a person's.
    for (uint32_t i = start + 1; head == b && i + 1 < b; ++i)
      if (c.Is(i, "&")) head = b - 1;
    const Candidate* head_owner = head < b ? CandidateCovering(known, head) : nullptr;
    // A known organisation inside a longer capitalised name that starts
    // with words of its own ("Supreme National Security Council") is part
    // of that name.
    bool head_is_known_org = head_owner && head_owner->type == EntityType::kOrganization &&
                             !(head_owner->first > start && !CandidateCovering(known, start) && !c.In("name_connectors", start));
    // A known name running past the run ("UN Security Council Resolution
    // 2231": the number is no capitalised word) already says what it is.
    bool covered = whole && whole->first <= start && whole->end >= b;
    // In a headline every word is capitalised: there a head word must end
    // the name ("Gas Diplomacy Finds New Buyers" is no body's name), or be
    // followed by a connector of a name ("Council of Europe"); "the" after
    // it makes the head a verb ("New Rulers Court the Gulf").
    bool headline_head_inside =
        c.headline && head + 1 < b && (!IsConnector(c, head + 1) || c.Is(head + 1, "the"));
    // "Al Udeid Air Base", "Southern Gas Corridor": a name ending in a
    // place word is a place, whatever body word stands inside it.
    bool place_last = head + 1 < b && c.tokens[b - 1].capitalized && c.In("place_heads", b - 1) &&
                      !c.In("org_heads", b - 1) && !CandidateCovering(known, b - 1) &&
                      !OrgHeadBeforeConnector(c, start, b);
    // "Trump Finally Turns the Screws on Russian Oil": a headline's run
    // that holds a known person well before the head word is a sentence,
    // not a body ("Konrad Adenauer Foundation": the head follows the name).
    // ("Why Washington Punished Delhi for Russian Oil": nor one that holds
    // two known names before it.)
    bool headline_person_inside = false;
    const Candidate* known_before = nullptr;
    for (uint32_t i = start; c.headline && i < head && head < b; ++i) {
      const Candidate* k = CandidateCovering(known, i);
      if (k && k->type == EntityType::kPerson && k->end + 1 < head) headline_person_inside = true;
      if (k && known_before && k != known_before && k->first >= known_before->end) headline_person_inside = true;
      if (k && !known_before) known_before = k;
    }
    // "Manila Tests Its Alliance": a possessive determiner inside a
    // headline's run makes it a sentence, not a body's name.
    bool headline_determiner_inside = false;
    for (uint32_t i = start + 1; c.headline && i < b; ++i)
      headline_determiner_inside = headline_determiner_inside || c.In("possessive_determiners", i);
    // ("the Digital Services Act": a body word inside the name of a law
    // makes no body; the law is named as ClassifyUnknown names laws.)
    bool law_last = head + 1 < b && c.Is(b - 1, "act") && c.tokens[b - 1].capitalized && !c.tokens[b - 1].all_caps;
    bool org_run = !exact_known && !covered && head < b && b - start >= 2 && !head_is_known_org &&
                   !headline_head_inside && !place_last && !headline_person_inside && !headline_determiner_inside &&
                   !law_last;
    if (org_run) {
      uint32_t org_start = start;
      if ((c.Is(org_start, "the") || c.Is(org_start, "a") || c.Is(org_start, "an")) && b - org_start > 2)
        ++org_start;  // "An Interior Ministry"
      // ("An Apology From the Oval Office": in a headline, a preposition and
      // "the" before the head word end the headline's own words.)
      // ("The End of the Coalition Mission": so does "of the" after words
      // that hold no body word; "Council of the EU" keeps its "of".)
      bool body_word_before = false;
      for (uint32_t k = org_start; c.headline && k + 2 < head && k + 2 < b; ++k) {
        bool ends_words = (c.tokens[k].capitalized && c.In("name_prepositions", k)) || (c.Is(k, "of") && !body_word_before);
        if (k > org_start && ends_words && c.Is(k + 1, "the")) org_start = k + 2;
        body_word_before = body_word_before || c.In("org_heads", k) || CandidateCovering(known, k);
      }
      // "German Infineon Technologies": a nationality in front of a proper
      // name is not part of it; "Russian Foreign Ministry" keeps it, and so
      // does "Asian and Oceanian Affairs Bureau", where "and" joins it to
      // the next word.
      const Candidate* lead = CandidateCovering(known, org_start);
      if (lead && lead->kind == AliasKind::kDemonym && lead->end < b && !IsConnector(c, lead->end)) {
        bool proper = false;
        for (uint32_t i = lead->end; i < b; ++i)
          if (!c.In("org_heads", i) && !IsEnglishWord(c, i) && c.tokens[i].is_word) proper = true;
        if (proper) org_start = lead->end;
      }
      // "the People's Liberation Army's Eastern Theater Command": a unit
      // named with its owner's possessive is one organisation (as
      // JoinPossessiveUnits does for unknown owners), owner's name included.
      for (const auto& k : known)
        if (k.type == EntityType::kOrganization && k.first < org_start && k.end > org_start && c.Is(k.end, "'s"))
          org_start = k.first;
      // ("the Russian-Serbian Humanitarian Center", "the Kazakh-British
      // Technical University": two nationalities joined by a dash open the
      // name together.)
      if (const Candidate* second = CandidateCovering(known, org_start);
          second && second->kind == AliasKind::kDemonym && second->first == org_start && org_start >= 2 &&
          text::IsJoiningDash(c.tokens, org_start - 1)) {
        const Candidate* first = CandidateCovering(known, org_start - 2);
        if (first && first->kind == AliasKind::kDemonym && first->end == org_start - 1) org_start = first->first;
      }
      for (size_t k = 0; k < known.size(); ++k)
        if (known[k].end > org_start && known[k].first < b) swallowed[k] = true;  // any overlap
      Candidate org;
      org.first = org_start;
      // ("Chief of Defence Forces for Field Marshal Asim Munir": a
      // connector left before the split-off titled name ends no name.)
      org.end = b;
      while (org.end > org_start + 1 && c.In("name_connectors", org.end - 1)) --org.end;
      org.sentence = c.tokens[org_start].sentence;
      org.type = EntityType::kOrganization;
      found.push_back(org);
      continue;
    }
    // "the Grand Ethiopian Renaissance Dam", "the Greater Tumen Basin": a
    // place run whose own words stand before a nationality or a known
    // place is one place, the known name inside it no mention of its own.
    if (!exact_known && !covered && b - start >= 3 && c.tokens[b - 1].capitalized && c.In("place_heads", b - 1) &&
        !CandidateCovering(known, start) && !CandidateCovering(known, b - 1) && !c.Is(start, "the")) {
      bool known_inside = false;
      for (uint32_t i = start + 1; i + 1 < b; ++i) {
        const Candidate* k = CandidateCovering(known, i);
        known_inside = known_inside || (k && k->type == EntityType::kLocation && k->first > start && k->end < b);
      }
      if (known_inside) {
        for (size_t k = 0; k < known.size(); ++k)
          if (known[k].end > start && known[k].first < b) swallowed[k] = true;
        Candidate place;
        place.first = start;
        place.end = b;
        place.sentence = c.tokens[start].sentence;
        place.type = EntityType::kLocation;
        found.push_back(place);
        continue;
      }
    }
    // "Viktor Lukashenko" is not Alexander Lukashenko: a given name in
    // front of a known person matched by surname alone makes a new name.
    for (auto& k : known) {
      if (k.type != EntityType::kPerson || k.end - k.first != 1 || k.first == 0 || k.first - 1 < start) continue;
      uint32_t g = k.first - 1;
      if (!c.In("given_names", g) || CandidateCovering(known, g)) continue;
      const KbEntity& person = c.book.kb.entities[static_cast<size_t>(k.kb)];
      if (text::StartsWithIgnoringAsciiCase(person.name, c.tokens[g].folded))
        continue;  // the same person's own first name
      k.kb = -1;
      k.first = g;
      k.kind = AliasKind::kName;
    }
    // "Therese Kayikwamba Wagner": a one-word name of a body or place
    // ending a person's name (a given name, then names no list knows) is
    // the surname.
    for (auto& k : known) {
      if (k.type == EntityType::kPerson || k.end - k.first != 1 || k.first < start + 2) continue;
      uint32_t g = k.first;
      while (g > start && k.first - g < 3 && !CandidateCovering(known, g - 1) && c.tokens[g - 1].capitalized &&
             !c.tokens[g - 1].all_caps && !IsEnglishWord(c, g - 1))
        --g;
      // ("Jacques Paris": a given name no list has as a place right before
      // the one-word place is a person's too.)
      bool given_right_before = g + 1 == k.first && c.In("given_names", g) &&
                                (k.end >= b || !c.tokens[k.end].capitalized);
      if (!given_right_before && (g + 2 > k.first || !c.In("given_names", g) || c.In("given_names", k.first - 1)))
        continue;
      k.kb = -1;
      k.first = g;
      k.type = EntityType::kPerson;
      k.kind = AliasKind::kName;
      k.city = false;
    }
    // "led by Milan Radoicic", "Israel Katz": a place name that is also a
    // given name, before a capitalised word no list knows (and no
    // hyphenated one: "Paris Saint-Germain"), starts a person's name.
    for (auto& k : known) {
      uint32_t next = k.end;
      // ("Amal Clooney": so does a one-word body's.)
      if ((k.type != EntityType::kLocation && k.type != EntityType::kOrganization) || k.end - k.first != 1 ||
          k.first < start || next >= b)
        continue;
      if (!c.In("given_names", k.first) || CandidateCovering(known, next) || IsEnglishWord(c, next) ||
          !c.tokens[next].capitalized || c.tokens[next].all_caps || c.tokens[next].folded.find(' ') != std::string::npos)
        continue;
      uint32_t last = next + 1;
      while (last < b && !CandidateCovering(known, last) && c.tokens[last].capitalized && !IsEnglishWord(c, last)) ++last;
      k.kb = -1;
      k.end = last;
      k.type = EntityType::kPerson;
      k.kind = AliasKind::kName;
      k.city = false;
    }
    // Pieces between known names are typed from cues.
    uint32_t i = start;
    std::string pending_role = role;
    while (i < b) {
      const Candidate* k = CandidateCovering(known, i);
      if (k) {
        i = std::max<uint32_t>(i + 1, k->end);
        continue;
      }
      uint32_t j = i;
      while (j < b && !CandidateCovering(known, j)) ++j;
      // A title between a known place and a name: "Romanian President X".
      std::string piece_role = pending_role;
      AddPiece(c, i, j, piece_role, found);
      pending_role.clear();
      i = j;
    }
  }
  // "analysts at Eurasia Group and Control Risks": an unsure name joined to
  // an organisation's by "and" or "or" is another organisation's.
  for (auto& f : found) {
    if (f.type != EntityType::kPerson || f.first < c.sentence.first_token + 2) continue;
    // (Unsure: typed for want of a cue, or every word a common English word
    // and the first no given name: "Control Risks".)
    bool english = !c.In("given_names", f.first);
    for (uint32_t k = f.first; k < f.end && english; ++k) english = IsEnglishWord(c, k);
    if (!f.tentative && !english) continue;
    if (!c.Is(f.first - 1, "and") && !c.Is(f.first - 1, "or")) continue;
    auto org_before = [&](const std::vector<Candidate>& v) {
      return std::any_of(v.begin(), v.end(), [&](const Candidate& x) {
        return x.end == f.first - 1 && x.type == EntityType::kOrganization;
      });
    };
    if (org_before(known) || org_before(found)) {
      f.type = EntityType::kOrganization;
      f.tentative = false;
      f.weak = false;
    }
  }
  std::vector<Candidate> out;
  for (size_t k = 0; k < known.size(); ++k) {
    if (swallowed[k]) continue;
    Candidate& cand = known[k];
    if (cand.kind == AliasKind::kCapital) cand.city = CapitalMeansCity(c, cand);
    if (cand.type == EntityType::kPerson) {
      std::string role;
      uint32_t a = cand.first;
      // "President Joe Biden": the title run ends where the known name starts.
      role = TitleBefore(c, a);
      cand.role = role;
    }
    out.push_back(std::move(cand));
  }
  for (auto& f : found) out.push_back(std::move(f));
  std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) { return x.first < y.first; });
  return out;
}

}  // namespace dossier::extract
