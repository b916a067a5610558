#include "extract/office_relations.h"

#include <algorithm>
#include <set>
#include <vector>

#include "extract/article_state.h"
#include "extract/mention_readings.h"
#include "extract/resolver.h"
#include "extract/verbs.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {

bool InTerm(const Office& o, const std::string& date) {
  if (date.empty()) return true;
  if (!o.from.empty() && date.substr(0, o.from.size()) < o.from.substr(0, date.size())) return false;
  return true;
}

bool AfterTerm(const Office& o, const std::string& date) {
  return !date.empty() && !o.to.empty() && date.substr(0, std::min(date.size(), o.to.size())) >
                                               o.to.substr(0, std::min(date.size(), o.to.size()));
}

namespace {

// "the Maduro government", "the regime of Bashar al-Assad", "Putin's
// Russia": idioms that say the person leads a state without a title. Sets
// *state to the knowledge-base id of the state a possessive names.
bool LeaderIdiomAt(const Document& doc, const RuleBook& book, const Mention& m, std::string* state) {
  const auto& t = doc.tokens;
  // ("regime", "government", "junta", ...: lexicon list leader_idiom_nouns.)
  auto rule_noun = [&](uint32_t i) { return book.lexicon.Has("leader_idiom_nouns", t[i]); };
  uint32_t first = m.first_token, end = m.end_token;
  auto same_sentence = [&](uint32_t i) { return i < t.size() && t[i].sentence == m.sentence; };
  // "the Maduro government"; not "a Simion presidency", one that may come.
  if (same_sentence(end) && rule_noun(end))
    return !(first > 0 && same_sentence(first - 1) && (t[first - 1].folded == "a" || t[first - 1].folded == "an"));
  // "the government of Nicolás Maduro", "the junta of General Abdourahamane
  // Tiani" (capitalised title words may come between).
  uint32_t before = first;
  while (before > 0 && before + 3 > first && same_sentence(before - 1) && t[before - 1].capitalized &&
         t[before - 1].is_word)
    --before;
  if (before >= 2 && same_sentence(before - 2) && t[before - 1].folded == "of" && rule_noun(before - 2))
    return true;
  // "the interim government led by Nobel laureate Muhammad Yunus": a
  // government led by the person (a few words of description may come
  // between).
  for (uint32_t by = first; by > 0 && by + 4 > first && same_sentence(by - 1) && t[by - 1].is_word; --by)
    if (t[by - 1].folded == "by") {
      if (by >= 3 && same_sentence(by - 3) && (t[by - 2].folded == "led" || t[by - 2].folded == "headed") &&
          rule_noun(by - 3))
        return true;
      break;
    }
  // "Slovakia's Robert Fico": the state's own leader, named by its state.
  if (first >= 2 && same_sentence(first - 2) && t[first - 1].folded == "'s")
    for (const auto& e : doc.entities)
      for (const auto& other : e.mentions)
        if (other.end_token == first - 1 && !other.demonym && e.type == EntityType::kLocation && !e.kb_id.empty()) {
          *state = e.kb_id;
          return true;
        }
  // "Kassym-Jomart Tokayev of Kazakhstan": the office the knowledge base
  // gives the person in the state named after "of".
  // ("Félix Tshisekedi of the Democratic Republic of the Congo": the
  // state's name may open with an article outside its mention.)
  uint32_t state_first = end + 1;
  if (same_sentence(end + 2) && t[end + 1].folded == "the") ++state_first;
  if (same_sentence(end + 1) && t[end].folded == "of")
    for (const auto& e : doc.entities)
      for (const auto& other : e.mentions)
        if ((other.first_token == end + 1 || other.first_token == state_first) && !other.demonym && e.type == EntityType::kLocation && !e.kb_id.empty() &&
            !e.attributes.count("city")) {
          *state = e.kb_id;
          return true;
        }
  // "Lukashenko, who has ruled since 1994": ruling, or being in power,
  // since a time is holding whatever state office the person held then.
  {
    uint32_t k = end;
    if (same_sentence(k + 1) && t[k].folded == "," && t[k + 1].folded == "who") k += 2;
    if (same_sentence(k) && (t[k].folded == "has" || t[k].folded == "had")) ++k;
    uint32_t verb = k;
    if (same_sentence(k) && (t[k].folded == "ruled" || t[k].folded == "governed")) ++k;
    else if (same_sentence(k + 2) && t[k].folded == "been" && t[k + 1].folded == "in" && t[k + 2].folded == "power")
      k += 3;
    if (k > verb && verb > end && same_sentence(k) && (t[k].folded == "since" || t[k].folded == "for")) return true;
  }
  if (!same_sentence(end + 1) || t[end].folded != "'s") return false;
  if (rule_noun(end + 1)) return true;  // "Maduro's government"
  for (const auto& e : doc.entities)
    for (const auto& other : e.mentions)
      if (other.first_token == end + 1 && !e.kb_id.empty()) {
        *state = e.kb_id;
        return true;
      }
  return false;
}

// "top diplomat" is what the knowledge base calls "Foreign Minister": each
// of the lexicon's same_role_* lists names one office in several ways.
bool SameRole(const RuleBook& book, const std::string& a, const std::string& b) {
  return book.lexicon.OneListOfFamilyHolds("same_role_", a, b);
}

// "enlargement commissioner" is the "Commissioner for Enlargement", "trade
// minister" the "Minister of Trade": a title's topic may stand before its
// head word or after it.
bool InvertedRole(const std::string& title, const std::string& role) {
  size_t space = title.rfind(' ');
  if (space == std::string::npos) return false;
  std::string head = title.substr(space + 1), topic = title.substr(0, space);
  for (const char* joint : {" for ", " of ", " of the "})
    if (role == head + joint + topic) return true;
  return false;
}

// "Lithuania closed its border with Belarus ..., and Prime Minister Inga
// Ruginienė accused Minsk", in an article about Belarus: where the sentence
// names another state before the title, the office may be that state's.
// The state that opens the sentence ("Israeli jets bombed ...") is its
// subject's and holds the office; any other leaves it unknown (-1).
long StateOfTheSentence(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t title,
                        long article_state) {
  long first = -1;
  uint32_t first_at = title, first_after_at = UINT32_MAX;
  long first_after = -1;
  bool other = false, other_after = false, article_here = false;
  // ("President Díaz-Canel blamed the American embargo; Prime Minister
  // Manuel Marrero admitted ...": the clause a semicolon sets off is the
  // sentence here.)
  uint32_t from = s.first_token, to = s.end_token;
  for (uint32_t k = s.first_token; k < s.end_token; ++k)
    if (doc.tokens[k].folded == ";") {
      if (k < title) from = k + 1;
      else if (k < to) to = k;
    }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (!IsCountry(doc, book, e) && static_cast<long>(e) != article_state) continue;
    for (const Mention& m : doc.entities[e].mentions) {
      if (m.first_token < from || m.first_token >= to) continue;
      article_here = article_here || static_cast<long>(e) == article_state;
      // ("Defence Minister Israel Katz said Israel would ...", in an
      // article about Lebanon: a state named after the title may be the
      // office's too.)
      // (Only one named close after it: "Chief Cabinet Secretary Minoru
      // Kihara said the government's position on Taiwan" is Japan's.)
      // ("Dominic LeBlanc, the minister responsible for trade, travelled
      // to Washington": not past a comma that closes the title's phrase.)
      if (m.first_token >= title) {
        bool comma_between = false;
        for (uint32_t k = title; k < m.first_token && !comma_between; ++k)
          comma_between = doc.tokens[k].folded == ",";
        other_after = other_after ||
                      (static_cast<long>(e) != article_state && m.first_token < title + 8 && !comma_between);
        if (m.first_token < first_after_at) first_after_at = m.first_token, first_after = static_cast<long>(e);
        continue;
      }
      other = other || static_cast<long>(e) != article_state;
      if (m.first_token < first_at) first_at = m.first_token, first = static_cast<long>(e);
    }
  }
  if (!other && !other_after && !article_here) {
    // "Serbia has its own troubles. ... Prime Minister Milos Vucevic
    // resigned": in an article about Kosovo, a sentence that names no state
    // goes on about the one the two before it named, when that is another.
    size_t si = static_cast<size_t>(&s - doc.sentences.data());
    bool article_near = false, other_near = false;
    for (size_t e = 0; e < doc.entities.size(); ++e) {
      if (!IsCountry(doc, book, e) && static_cast<long>(e) != article_state) continue;
      for (const Mention& m : doc.entities[e].mentions)
        if (m.sentence + 2 >= si && m.sentence < si) {
          if (static_cast<long>(e) == article_state) article_near = true;
          else other_near = true;
        }
    }
    return other_near && !article_near ? -1 : article_state;
  }
  // ("Energy Minister X said Belgrade had asked the Russian owners": the
  // article's state named first after the title keeps the office.)
  if (!other) return other_after && first_after != article_state ? -1 : article_state;
  // ("Ecuadorian police raided the Mexican embassy to arrest Jorge Glas, a
  // former vice-president": the article's own state as well.)
  // ("In April 2024 Ecuadorian police ...": past an opening date.)
  static const std::set<std::string> kDateWords = {"in", "on", "early", "late", "mid", ","};
  uint32_t opening = from;
  while (opening < first_at && (doc.tokens[opening].is_number || kDateWords.count(doc.tokens[opening].folded) ||
                                book.lexicon.Has("calendar_words", doc.tokens[opening])))
    ++opening;
  bool opens = first_at == opening || (first_at == opening + 1 && doc.tokens[opening].folded == "the");
  return opens ? first : -1;
}

// The token after a name's apposition closed by a comma ("X, a former
// diplomat, ...") or its "of" phrase ("X of the Y Party"), from `k`, the
// token after the name: `k` itself when neither follows, the sentence's
// end when the apposition does not close.
uint32_t AfterApposition(const Document& doc, const Sentence& s, uint32_t k) {
  const auto& t = doc.tokens;
  // ("elected Anutin Charnvirakul of the Bhumjaithai Party as prime
  // minister": past a name's "of" and the body it is of.)
  if (k + 1 < s.end_token && t[k].folded == "of") {
    uint32_t j = k + 1;
    if (t[j].folded == "the") ++j;
    uint32_t name = j;
    while (j < s.end_token && j < name + 6 && t[j].is_word && t[j].capitalized) ++j;
    if (j > name) k = j;
  }
  if (k >= s.end_token || t[k].folded != ",") return k;
  uint32_t close = k + 1;
  while (close < s.end_token && close < k + 12 && t[close].folded != ",") ++close;
  return close < s.end_token && t[close].folded == "," ? close + 1 : s.end_token;
}

// The title of lexicon list `titles` at token `k`, past "the", "new",
// "interim" and the like: where it starts and its length in tokens ({0, 0}
// when there is none, or when "of" or "'s" follows it: "as prime minister
// of Japan" names its state, and a rule reads that).
std::pair<uint32_t, uint32_t> TitleAt(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t k,
                                      const char* titles) {
  const auto& t = doc.tokens;
  // ("as Japan's first female prime minister": past the state's
  // possessive too, and words that say which holder of the office.)
  if (k + 2 < s.end_token && t[k].capitalized && t[k + 1].folded == "'s") k += 2;
  while (k < s.end_token && book.lexicon.Has("title_lead_words", t[k])) ++k;
  size_t len = k < s.end_token ? book.lexicon.LongestAt(titles, t, k, s.end_token) : 0;
  if (!len || (k + len < s.end_token && (t[k + len].folded == "of" || t[k + len].folded == "'s"))) return {0, 0};
  return {k, static_cast<uint32_t>(len)};
}

// "as the new prime minister" at token `k`: the title after "as".
std::pair<uint32_t, uint32_t> TitleAfterAs(const Document& doc, const RuleBook& book, const Sentence& s, uint32_t k,
                                           const char* titles) {
  if (k + 1 >= s.end_token || doc.tokens[k].folded != "as") return {0, 0};
  return TitleAt(doc, book, s, k + 1, titles);
}

// "the dismissal of the justice minister, Herman Halushchenko": a state
// office after "the" and before a comma and the name.
// ("His vice-president, Edmand Lara": after "his" or "her" too; `owned`
// then says so, for the caller to find whose.)
std::pair<uint32_t, uint32_t> TitleBeforeComma(const Document& doc, const RuleBook& book, const Mention& m,
                                               bool* owned = nullptr) {
  const auto& t = doc.tokens;
  const Sentence& s = doc.sentences[m.sentence];
  uint32_t comma = m.first_token;
  if (comma < s.first_token + 2 || t[comma - 1].folded != ",") return {0, 0};
  --comma;
  for (uint32_t len = 4; len >= 1; --len) {
    if (comma < s.first_token + len + 1 ||
        book.lexicon.LongestAt("state_office_titles", t, comma - len, comma) != len)
      continue;
    const std::string& before = t[comma - len - 1].folded;
    if (before == "the") return {comma - len, len};
    if (owned && (before == "his" || before == "her")) {
      *owned = true;
      return {comma - len, len};
    }
  }
  return {0, 0};
}

// The person last named before token `at`, in its sentence or the three
// before ("Paz inherits an economy in crisis. [Two sentences.] His
// vice-president"), or -1.
long PersonNamedBefore(const Document& doc, uint32_t at) {
  long person = -1;
  uint32_t best_end = 0;
  uint32_t sentence = doc.tokens[at].sentence;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != EntityType::kPerson) continue;
    for (const Mention& mention : doc.entities[e].mentions)
      if (mention.end_token <= at && mention.sentence + 3 >= sentence && mention.end_token > best_end) {
        best_end = mention.end_token;
        person = static_cast<long>(e);
      }
  }
  return person;
}

// "Vučić, who has been president since 2017,": the title in a relative
// clause right after the name (lexicon office_relative_phrases), of list
// `titles`.
std::pair<uint32_t, uint32_t> TitleInRelativeClause(const Document& doc, const RuleBook& book, const Mention& m,
                                                    const char* titles) {
  const Sentence& s = doc.sentences[m.sentence];
  const auto& t = doc.tokens;
  uint32_t k = m.end_token;
  if (k + 3 >= s.end_token || t[k].folded != ",") return {0, 0};
  ++k;
  size_t verb = book.lexicon.LongestAt("office_relative_phrases", t, k, s.end_token);
  // ("Boris Pistorius, the Social Democrat who has been defence minister":
  // past a short description of the person.)
  if (!verb && (t[k].folded == "the" || t[k].folded == "a" || t[k].folded == "an"))
    for (uint32_t j = k + 1; j < s.end_token && j < k + 5 && t[j].is_word && !verb; ++j)
      if ((verb = book.lexicon.LongestAt("office_relative_phrases", t, j, s.end_token))) k = j;
  // ("Mikheil Kavelashvili, a former footballer whom Georgian Dream
  // installed as president": an object relative clause that appoints him.)
  if (!verb) {
    uint32_t whom = k;
    while (whom < s.end_token && whom < k + 6 && t[whom].folded != "whom" && t[whom].folded != ",") ++whom;
    if (whom >= s.end_token || t[whom].folded != "whom") return {0, 0};
    for (uint32_t j = whom + 1; j < s.end_token && j < whom + 7 && t[j].folded != ","; ++j)
      if (book.lexicon.Has("appointing_verbs", t[j])) return TitleAfterAs(doc, book, s, j + 1, titles);
    return {0, 0};
  }
  return TitleAt(doc, book, s, k + static_cast<uint32_t>(verb), titles);
}

// "Prime Minister Miloš Vučević resigned" in an article about Serbia: a
// national office with no state named before it, held by someone the
// knowledge base does not know, is the article's state's. Run after the
// rules, which read any state the text does name.
// "elected X as prime minister", "appointed X, a former diplomat, as
// foreign minister": where the state title after "as" starts, and its
// length in tokens (0 when the mention is no such appointee).
std::pair<uint32_t, uint32_t> TitleAfterAppointment(const Document& doc, const RuleBook& book, const Mention& m) {
  const Sentence& s = doc.sentences[m.sentence];
  // ("elected army commander Joseph Aoun as head of state": past a title
  // before the name.)
  uint32_t verb = m.first_token;
  for (uint32_t back = 1; back <= 3 && m.first_token > s.first_token + back; ++back)
    if (book.lexicon.LongestAt("person_titles", doc.tokens, m.first_token - back, m.first_token) == back)
      verb = m.first_token - back;
  // ("they swore in General Horta N'Tam as transitional president": the
  // phrasal verb, its particle before the name.)
  static const std::set<std::string> kSwear = {"swore", "sworn", "swear", "swears", "swearing"};
  auto sworn_in_before = [&](uint32_t i) {
    return i > s.first_token + 1 && doc.tokens[i - 1].folded == "in" && kSwear.count(doc.tokens[i - 2].folded);
  };
  // (One modifier may stand before the title: "army commander".)
  if (verb < m.first_token && verb > s.first_token + 1 && !book.lexicon.Has("appointing_verbs", doc.tokens[verb - 1]) &&
      !sworn_in_before(verb) && doc.tokens[verb - 1].is_word && !doc.tokens[verb - 1].capitalized)
    --verb;
  bool appointed = (verb > s.first_token && book.lexicon.Has("appointing_verbs", doc.tokens[verb - 1])) ||
                   sworn_in_before(verb);
  // "appointed Kim Min-seok as prime minister, and Wi Sung-lac, a former
  // ambassador, as national security adviser": the second appointee of
  // the verb, after an "as" that gave the first one's office.
  if (!appointed && verb > s.first_token + 2 && doc.tokens[verb - 1].folded == "and") {
    bool as_seen = false;
    for (uint32_t i = verb - 1; i-- > s.first_token && i + 24 > verb;) {
      const Token& t = doc.tokens[i];
      if (t.folded == "as") as_seen = true;
      if (book.lexicon.Has("appointing_verbs", t)) {
        appointed = as_seen;
        break;
      }
      if (t.folded == ";" || LooksLikeVerb(book, t)) break;
    }
  }
  if (!appointed) return {0, 0};
  uint32_t after = AfterApposition(doc, s, m.end_token);
  auto title = TitleAfterAs(doc, book, s, after, "state_office_titles");
  // ("parliament elected Anutin prime minister": the title may follow the
  // name with no "as" after a verb of lexicon bare_title_appointing_verbs.)
  if (!title.second && after == m.end_token && verb > s.first_token &&
      book.lexicon.Has("bare_title_appointing_verbs", doc.tokens[verb - 1]))
    title = TitleAt(doc, book, s, after, "state_office_titles");
  return title;
}

// Where a phrase of lexicon list `list` that follows the name and the
// apposition after it ends ("took office", "resigned", "became"), or 0
// where none does.
uint32_t AfterPhraseOfName(const Document& doc, const RuleBook& book, const Mention& m, const char* list) {
  const Sentence& s = doc.sentences[m.sentence];
  uint32_t k = AfterApposition(doc, s, m.end_token);
  size_t n = k < s.end_token ? book.lexicon.LongestAt(list, doc.tokens, k, s.end_token) : 0;
  return n ? k + static_cast<uint32_t>(n) : 0;
}

// "Mikheil Kavelashvili, a former footballer nominated by the party, was
// sworn in as president": the title after a name, the apposition that may
// follow it, and the words of taking office. *took_office tells whether
// those words are there, with or without a title after them.
std::pair<uint32_t, uint32_t> TitleAfterOfficeTaking(const Document& doc, const RuleBook& book, const Mention& m,
                                                     const char* titles, bool* took_office) {
  const Sentence& s = doc.sentences[m.sentence];
  *took_office = false;
  uint32_t k = AfterApposition(doc, s, m.end_token);
  size_t taking = k < s.end_token ? book.lexicon.LongestAt("office_taking_phrases", doc.tokens, k, s.end_token) : 0;
  // "Lee Jae-myung of the Democratic Party won the snap election on June 3
  // and took office the next day": the second verb of the name's own
  // clause, when no other person comes between.
  for (uint32_t j = k; !taking && j + 1 < s.end_token && j < k + 16; ++j) {
    const Token& w = doc.tokens[j];
    if (w.folded == ";" || w.folded == "," || w.folded == "who" || w.folded == "which" || w.folded == "that" ||
        w.folded == "but" || w.folded == "while" || w.folded == "after" || w.folded == "before")
      break;
    bool person = false;
    for (const auto& e : doc.entities)
      if (e.type == EntityType::kPerson)
        for (const auto& other : e.mentions)
          person = person || (other.sentence == m.sentence && other.first_token <= j && j < other.end_token &&
                              other.first_token >= m.end_token);
    if (person) break;
    if (w.folded == "and" && j > k) {
      taking = book.lexicon.LongestAt("office_taking_phrases", doc.tokens, j + 1, s.end_token);
      if (taking) k = j + 1;
    }
  }
  if (!taking) return {0, 0};
  // ("Murillo had served as vice-president": serving is holding an office
  // only with "as" and the title; "served two years in prison" is not.)
  uint32_t after = k + static_cast<uint32_t>(taking);
  if (doc.tokens[after - 1].folded == "served" && (after >= s.end_token || doc.tokens[after].folded != "as"))
    return {0, 0};
  *took_office = true;
  return TitleAfterAs(doc, book, s, k + static_cast<uint32_t>(taking), titles);
}

// "K. P. Sharma Oli resigned as prime minister": the title after a name,
// its apposition and words of leaving office (lexicon
// office_leaving_phrases) and "as"; an office held before.
std::pair<uint32_t, uint32_t> TitleAfterOfficeLeaving(const Document& doc, const RuleBook& book, const Mention& m) {
  uint32_t k = AfterPhraseOfName(doc, book, m, "office_leaving_phrases");
  return k ? TitleAfterAs(doc, book, doc.sentences[m.sentence], k, "person_titles") : std::pair<uint32_t, uint32_t>{0, 0};
}

// "Sandu, re-elected president in 2024, said": the title after a
// participle of appointing (lexicon bare_title_appointing_verbs) that opens
// an apposition.
std::pair<uint32_t, uint32_t> TitleAfterAppointedParticiple(const Document& doc, const RuleBook& book,
                                                            const Mention& m) {
  const Sentence& s = doc.sentences[m.sentence];
  uint32_t k = m.end_token;
  if (k + 2 >= s.end_token || doc.tokens[k].folded != "," ||
      !book.lexicon.Has("bare_title_appointing_verbs", doc.tokens[k + 1]))
    return {0, 0};
  return TitleAt(doc, book, s, k + 2, "person_titles");
}

// "Lars Klingbeil, the SPD co-leader, became vice-chancellor": the title
// right after a verb of becoming or the copula ("had been prime minister";
// lexicon office_becoming_phrases).
std::pair<uint32_t, uint32_t> TitleAfterBecoming(const Document& doc, const RuleBook& book, const Mention& m,
                                                 const char* titles = "person_titles") {
  const Sentence& s = doc.sentences[m.sentence];
  uint32_t k = AfterPhraseOfName(doc, book, m, "office_becoming_phrases");
  if (!k) return {0, 0};
  if (k < s.end_token && doc.tokens[k].folded == "the") ++k;
  // ("became the fifth French prime minister": an ordinal and the state's
  // demonym may come before the title.)
  static const std::set<std::string> kOrdinals = {"second", "third", "fourth", "fifth", "sixth", "seventh",
                                                  "eighth", "ninth", "tenth", "youngest", "oldest", "last"};
  if (k < s.end_token && kOrdinals.count(doc.tokens[k].folded)) ++k;
  for (const Entity& e : doc.entities)
    for (const Mention& mn : e.mentions)
      if (mn.first_token == k && mn.demonym && e.type == EntityType::kLocation) k = mn.end_token;
  // ("is prime minister Hun Manet's son": a name after the title is whose
  // title it is, not the subject's.)
  auto [title, len] = TitleAt(doc, book, s, k, titles);
  if (len && title + len < s.end_token && doc.tokens[title + len].capitalized) return {0, 0};
  return {title, len};
}

// "Johann Wadephul took over the foreign ministry": the minister's title of
// the ministry a person took over, runs or kept ("foreign minister"), or "".
std::string MinisterOfMinistryRun(const Document& doc, const RuleBook& book, const Mention& m) {
  const Sentence& s = doc.sentences[m.sentence];
  uint32_t k = AfterPhraseOfName(doc, book, m, "ministry_running_phrases");
  if (!k) return "";
  if (k >= s.end_token || doc.tokens[k].folded != "the") return "";
  for (uint32_t j = k + 2; j <= k + 3 && j < s.end_token; ++j) {
    const Token& w = doc.tokens[j - 1];
    if (!w.is_word || w.capitalized) return "";
    if (doc.tokens[j].folded == "ministry") return text::FoldedWords(doc.tokens, k + 1, j) + " minister";
  }
  return "";
}

// Past the words in an apposition that date the office after them ("the
// new ambassador", "the former labour minister": lexicon
// office_tenure_words), from token `k`; sets *former when "former" was one.
uint32_t PastTenureWords(const Document& doc, const RuleBook& book, uint32_t k, uint32_t end, bool* former) {
  const auto& t = doc.tokens;
  while (k + 1 < end && book.lexicon.Has("office_tenure_words", t[k])) {
    if (t[k].folded == "former") *former = true;
    ++k;
  }
  return k;
}

// "Lars Løkke Rasmussen, the foreign minister, said": a state office as
// the whole apposition after the name (no state, no "of" after it), or
// its first part ("Nabih Berri, the speaker of parliament and leader of
// Amal,").
std::pair<uint32_t, uint32_t> TitleInApposition(const Document& doc, const RuleBook& book, const Mention& m) {
  const auto& t = doc.tokens;
  const Sentence& s = doc.sentences[m.sentence];
  // ("a former deputy defence minister": a deputy's title is the office's
  // with "deputy" before it.)
  auto title_from = [&](uint32_t k) -> std::pair<uint32_t, uint32_t> {
    // ("Jeannette Jara, the former labour minister, ...": an office held
    // before, which the knowledge base dates; "the new foreign minister".)
    bool former = false;
    k = PastTenureWords(doc, book, k, s.end_token, &former);
    uint32_t title = k;
    if ((t[k].folded == "deputy" || t[k].folded == "vice") && k + 1 < s.end_token) ++k;
    size_t len = book.lexicon.LongestAt("state_office_titles", t, k, s.end_token);
    // ("Sergio Ramírez, a former vice-president under Ortega,": or before
    // "under" and the leader served; "Jorge Glas, a former vice-president
    // who had sought asylum": or a relative clause.)
    // ("Dominic LeBlanc, the minister responsible for Canada-US trade,":
    // or what the office is responsible for.)
    static const std::set<std::string> kAfterTitle = {",", "and", "under", "who", "whom", "whose", "responsible"};
    // ("Sri Mulyani Indrawati, the finance minister respected by investors":
    // or a participle and "by".)
    auto participle_by = [&](uint32_t at) {
      return at + 1 < s.end_token && t[at].is_word && !t[at].capitalized && t[at + 1].folded == "by";
    };
    if (!len || k + len >= s.end_token || !(kAfterTitle.count(t[k + len].folded) || participle_by(k + len)))
      return {0, 0};
    return {title, static_cast<uint32_t>(len + (k - title))};
  };
  // ("Timur Ivanov, a former deputy defence minister,": "a" before
  // "former" names one such office held before; "Kevin Rudd, another
  // former prime minister,": so does "another".)
  auto a_former = [&](uint32_t k) {
    return k + 1 < s.end_token && (t[k].folded == "a" || t[k].folded == "an" || t[k].folded == "another") &&
           t[k + 1].folded == "former";
  };
  // ("Roman Vassilenko, a deputy foreign minister,": one of a state's
  // deputies.)
  auto a_deputy = [&](uint32_t k) {
    return k + 1 < s.end_token && (t[k].folded == "a" || t[k].folded == "an") &&
           (t[k + 1].folded == "deputy" || t[k + 1].folded == "vice" || t[k + 1].folded == "first");
  };
  uint32_t k = m.end_token;
  if (k + 3 >= s.end_token || t[k].folded != ",") return {0, 0};
  if (t[k + 1].folded == "the" || a_former(k + 1) || a_deputy(k + 1))
    if (auto title = title_from(k + 2); title.second) return title;
  // ("Kevin Rudd, the ambassador in Washington and another former prime
  // minister,": or the apposition's second part, an office held before.)
  for (uint32_t j = k + 1; j + 3 < s.end_token && j < k + 10 && t[j].folded != ","; ++j)
    if (t[j].folded == "and" && a_former(j + 1)) return title_from(j + 2);
  return {0, 0};
}

// "Kemi Badenoch, the Conservative leader,": a person's title (lexicon
// person_titles) in an apposition right after the name, perhaps after one
// capitalised word; {0, 0} when there is none. Sets *former when the
// apposition says the office was held before.
std::pair<uint32_t, uint32_t> TitleInQualifiedApposition(const Document& doc, const RuleBook& book,
                                                         const Mention& m, bool* former) {
  const auto& t = doc.tokens;
  const Sentence& s = doc.sentences[m.sentence];
  uint32_t k = m.end_token;
  if (k + 3 >= s.end_token || t[k].folded != "," || t[k + 1].folded != "the") return {0, 0};
  k += 2;
  // ("Sergio Gor, the new ambassador in New Delhi,": "new" or "current"
  // may open it, and a place after "in" or "to" close it.)
  k = PastTenureWords(doc, book, k, s.end_token, former);
  if (t[k].capitalized && !book.lexicon.LongestAt("person_titles", t, k, s.end_token)) ++k;
  // ("Jeannette Jara, the Communist former labour minister who ran": an
  // office held before, which the knowledge base dates; a state's office
  // as well as a person's title.)
  k = PastTenureWords(doc, book, k, s.end_token, former);
  size_t len = k < s.end_token ? std::max(book.lexicon.LongestAt("person_titles", t, k, s.end_token),
                                          book.lexicon.LongestAt("state_office_titles", t, k, s.end_token))
                               : 0;
  if (!len || k + len >= s.end_token) return {0, 0};
  const std::string& after = t[k + len].folded;
  bool placed_after = (after == "in" || after == "to") && k + len + 1 < s.end_token && t[k + len + 1].capitalized;
  if (after != "," && after != "and" && after != "who" && !placed_after) return {0, 0};
  return {k, static_cast<uint32_t>(len)};
}

// "sanctioned Petro himself, along with his wife, his son and Interior
// Minister Armando Benedetti", in an article about Washington: a bare title
// among officials of one other state is that state's office. ("Finance
// Minister Fernando Haddad sought talks with Treasury Secretary Scott
// Bessent": not an official a verb stands between; that is the other side.)
long StateOfOfficialsBeside(const Document& doc, const RuleBook& book, size_t person, const Mention& m,
                            long article_state) {
  auto verb_between = [&](const Mention& mn) {
    uint32_t from = std::min(m.end_token, mn.end_token), to = std::max(m.first_token, mn.first_token);
    for (uint32_t i = from; i < to; ++i)
      if (LooksLikeVerb(book, doc.tokens[i])) return true;
    return false;
  };
  std::set<size_t> states;
  for (const Relation& r : doc.relations) {
    if (r.predicate != Predicate::kHoldsPosition || r.subject == person ||
        doc.entities[r.object].type != EntityType::kLocation || r.modality != Modality::kAsserted ||
        r.attributes.count("former"))
      continue;
    const Entity& official = doc.entities[r.subject];
    if (std::any_of(official.mentions.begin(), official.mentions.end(),
                    [&](const Mention& mn) { return mn.sentence == m.sentence && !verb_between(mn); }))
      states.insert(r.object);
  }
  if (states.size() == 1 && !states.count(static_cast<size_t>(article_state)))
    return static_cast<long>(*states.begin());
  return article_state;
}

// The mentions of `body` name `known` instead: when the document names
// `known` nowhere else, `body` becomes it (its mentions, a single one as a
// rule, were read wrong), else the entity already there is returned.
size_t ReidentifyBody(Document& doc, const RuleBook& book, size_t body, const KbEntity& known) {
  for (size_t i = 0; i < doc.entities.size(); ++i)
    if (doc.entities[i].kb_id == known.id) return i;
  Entity& e = doc.entities[body];
  std::set<uint32_t> sentences;
  for (const auto& m : e.mentions) sentences.insert(m.sentence);
  if (sentences.size() > 1) return EnsureKbEntity(doc, book, known.id);
  e.kb_id = known.id;
  std::erase(e.aliases, e.name);
  e.aliases.insert(e.aliases.begin(), known.name);
  e.name = known.name;
  e.key = "kb:" + known.id;
  e.known_aliases = known.aliases;
  return body;
}

}  // namespace

// Title case for a role read from the text: "Minister of State", not
// "Minister Of State".
std::string TitleCaseRole(std::string s) {
  static const std::set<std::string_view> kSmall = {"of", "the", "for", "and", "in", "on", "to", "at"};
  // The masked text drops hyphens: "co chair" is a "Co-Chair".
  if (s.starts_with("co ") && s.size() > 3) {
    s[2] = '-';
    if (s[3] >= 'a' && s[3] <= 'z') s[3] = static_cast<char>(s[3] - 'a' + 'A');
  }
  for (size_t start = 0; start < s.size();) {
    size_t end = std::min(s.find(' ', start), s.size());
    bool small = start > 0 && kSmall.count(std::string_view(s).substr(start, end - start));
    if (!small && s[start] >= 'a' && s[start] <= 'z') s[start] = static_cast<char>(s[start] - 'a' + 'A');
    start = end + 1;
  }
  return s;
}

// "President Joe Biden": the knowledge base knows which state he was
// President of, and when.
void OfficesFromTitles(Document& doc, const RuleBook& book, RelationSink& sink) {
  size_t count = doc.entities.size();
  for (size_t e = 0; e < count; ++e) {
    const KbEntity* k = book.kb.Find(doc.entities[e].kb_id);
    if (!k || k->offices.empty() || doc.entities[e].type != EntityType::kPerson) continue;
    for (size_t mi = 0; mi < doc.entities[e].mentions.size(); ++mi) {
      const Mention m = doc.entities[e].mentions[mi];
      uint32_t first = m.first_token;
      std::string role;
      // (A rank before the name, "Colonel Michael Randrianirina", fits no
      // office, and gives way to one the text names.)
      auto fits_role = [&](const std::string& title, const std::string& r) {
        // "former president" fits "President"; "president" does not fit
        // "Vice President".
        // ("ambassador" fits "Ambassador to India", "special envoy" the
        // "Special Envoy for South and Central Asian Affairs", "head" the
        // "Head of the Presidential Administration": the head before what
        // the office is to, for or of.)
        return title == r ||
               (title.size() > r.size() && title.compare(title.size() - r.size(), r.size(), r) == 0 &&
                title[title.size() - r.size() - 1] == ' ') ||
               r.starts_with(title + " to ") || r.starts_with(title + " for ") || r.starts_with(title + " of the ") ||
               // ("the president's envoy": "envoy" fits "Special Envoy for
               // Ukraine".)
               r.starts_with("special " + title + " to ") || r.starts_with("special " + title + " for ") ||
               SameRole(book, title, r) || InvertedRole(title, r);
      };
      auto fits_an_office = [&](const std::string& title) {
        return std::any_of(k->offices.begin(), k->offices.end(),
                           [&](const Office& o) { return fits_role(title, text::MatchKey(o.role)); });
      };
      // The title run right before the name (up to three words).
      // "its president, Ursula von der Leyen": a comma may stand between.
      uint32_t title_end = first;
      if (first > 0 && doc.tokens[first - 1].folded == "," && doc.tokens[first - 1].sentence == m.sentence) --title_end;
      // "the Russian president": the mention is the title itself.
      // "Pope Leo XIV", "Sultan Haitham bin Tariq": an alias that opens with
      // the title.
      // ("Foreign Minister Amir Khan Muttaqi": a given name that is also a
      // title, and fits none of the person's offices, is no title.)
      if (size_t n = book.lexicon.LongestAt("person_titles", doc.tokens, first, m.end_token))
        role = text::FoldedWords(doc.tokens, first, first + static_cast<uint32_t>(n));
      if (!role.empty() && !fits_an_office(role)) role.clear();
      // "appointed Sushila Karki, a former chief justice, as interim prime
      // minister", "elected army commander Joseph Aoun as head of state":
      // the title after "as" is the office given (one before the name or in
      // the apposition is a past one or a rank).
      if (role.empty()) {
        auto [as_title, as_len] = TitleAfterAppointment(doc, book, m);
        if (as_len) role = text::FoldedWords(doc.tokens, as_title, as_title + as_len);
      }
      uint32_t title_first = first;  // where the title run found before the name starts
      // ("Prime Ministers Anthony Albanese and James Marape": a plural title
      // before two names is each one's, the second's past the first.)
      uint32_t list_end = title_end;
      if (role.empty() && first >= 2 && doc.tokens[first - 1].folded == "and" &&
          doc.tokens[first - 1].sentence == m.sentence)
        for (const Entity& other : doc.entities)
          for (const Mention& om : other.mentions)
            if (other.type == EntityType::kPerson && om.end_token + 1 == first) list_end = om.first_token;
      // ("The two foreign ministers, Ararat Mirzoyan and Jeyhun Bayramov":
      // or with a comma after the plural title.)
      uint32_t list_comma_end = list_end;
      if (list_end != title_end && list_end > 0 && doc.tokens[list_end - 1].folded == ",") list_comma_end = list_end - 1;
      for (uint32_t end : {first, title_end, list_end, list_comma_end}) {
        // ("Secretary of Homeland Security Kristi Noem": up to five words.)
        for (uint32_t n = 5; n >= 1 && role.empty(); --n) {
          if (end < n || doc.tokens[end - n].sentence != m.sentence) continue;
          if (book.lexicon.LongestAt("person_titles", doc.tokens, end - n, end) != n) continue;
          role = text::FoldedWords(doc.tokens, end - n, end);
          title_first = end - n;
          // (A plural title names the office of each: "prime ministers".)
          if (role.size() > 1 && role.back() == 's' &&
              book.lexicon.Contains("person_titles", role.substr(0, role.size() - 1)))
            role.pop_back();
          if ((end == list_end || end == list_comma_end) && list_end != title_end && !role.ends_with("s") &&
              !text::FoldedWords(doc.tokens, end - n, end).ends_with("s"))
            role.clear();  // a singular title before the first name is that one's only
          // ("former construction minister Goran Vesić", "Deputy Secretary
          // of State Christopher Landau": a word before the title that, with
          // it, names one of the person's offices.)
          const Token* before = end > n ? &doc.tokens[end - n - 1] : nullptr;
          if (before && before->is_word && before->sentence == m.sentence && !fits_an_office(role) &&
              fits_an_office(before->folded + " " + role))
            role = before->folded + " " + role;
        }
        if (!role.empty()) break;
      }
      // ("the European commissioner for migration, Magnus Brunner": a title
      // with the portfolio after "for" or "of", before the comma, where the
      // whole is one of the person's offices.)
      for (uint32_t n = 5; n >= 3 && role.empty() && title_end != first; --n) {
        if (title_end < n || doc.tokens[title_end - n].sentence != m.sentence) continue;
        std::string words = text::FoldedWords(doc.tokens, title_end - n, title_end);
        if ((words.find(" for ") != std::string::npos || words.find(" of ") != std::string::npos) &&
            fits_an_office(words))
          role = words, title_first = title_end - n;
      }
      // "the army chief, General Ashok Raj Sigdel": a rank before the name
      // that fits no office gives way to the title before the comma.
      if (!role.empty() && !fits_an_office(role) && title_first > 1 && doc.tokens[title_first - 1].folded == "," &&
          doc.tokens[title_first - 1].sentence == m.sentence) {
        uint32_t end = title_first - 1;
        for (uint32_t n = 3; n >= 1; --n) {
          if (end < n || doc.tokens[end - n].sentence != m.sentence ||
              book.lexicon.LongestAt("person_titles", doc.tokens, end - n, end) != n)
            continue;
          std::string before = text::FoldedWords(doc.tokens, end - n, end);
          if (fits_an_office(before)) role = before;
          break;
        }
      }
      // "Peter Szijjarto, his foreign minister,", "Rafael Grossi, the IAEA's
      // director general": a title in an apposition after the name.
      // ("Sheikh Hasina, Bangladesh's former prime minister": past a rank
      // that opens the name.)
      bool apposition_former = false;  // "X, the former labour minister,"
      if ((role.empty() || !fits_an_office(role)) && m.end_token + 2 < doc.tokens.size() &&
          doc.tokens[m.end_token].folded == "," &&
          doc.tokens[m.end_token].sentence == m.sentence) {
        uint32_t k = m.end_token + 1;
        // ("Shoigu, now the secretary of the Security Council,": "now" may
        // open it.)
        if (k + 1 < doc.tokens.size() && (doc.tokens[k].folded == "now" || doc.tokens[k].folded == "currently")) ++k;
        const std::string& w = doc.tokens[k].folded;
        if (w == "his" || w == "her" || w == "its" || w == "their" || w == "the") ++k;
        for (uint32_t j = k; j < k + 4 && j < doc.tokens.size() && doc.tokens[j].sentence == m.sentence; ++j)
          if (doc.tokens[j].folded == "'s") {
            k = j + 1;  // "the IAEA's", "Hungary's"
            break;
          }
        // ("Jeannette Jara, the former labour minister,": an office held
        // before, which the knowledge base dates.)
        if (k < doc.tokens.size()) k = PastTenureWords(doc, book, k, doc.tokens.size(), &apposition_former);
        // (Up to six words: "the head of the presidential office".)
        size_t n = k < doc.tokens.size() ? book.lexicon.LongestAt("person_titles", doc.tokens, k,
                                                                  std::min<size_t>(doc.tokens.size(), k + 6))
                                         : 0;
        // "the country's smooth-spoken foreign minister": a word or two of
        // description may come before the title.
        for (uint32_t skip = 1; skip <= 2 && !n && k + skip < doc.tokens.size(); ++skip) {
          const Token& d = doc.tokens[k + skip - 1];
          if (!d.is_word || d.capitalized || d.sentence != m.sentence) break;
          n = book.lexicon.LongestAt("person_titles", doc.tokens, k + skip,
                                     std::min<size_t>(doc.tokens.size(), k + skip + 6));
          // ("the enlargement commissioner": the words before the title
          // name the office when, with them, it is one the person held.)
          if (n && fits_an_office(text::FoldedWords(doc.tokens, k, k + skip + n)))
            n += skip;
          else if (n)
            k += skip;
        }
        // ("Nabih Berri, the speaker of parliament and leader of Amal,":
        // the first of two offices.)
        // (", the chief of the General Staff since 2012,": a time may
        // close it too.)
        bool closed = n && k + n < doc.tokens.size() &&
                      (doc.tokens[k + n].folded == "," || doc.tokens[k + n].folded == "." ||
                       doc.tokens[k + n].folded == "and" || doc.tokens[k + n].folded == "since" ||
                       doc.tokens[k + n].sentence != m.sentence);
        // ("Valery Gerasimov, the chief of the General Staff since 2012,":
        // or the title with its "of" phrase, where the person held that.)
        // (A head word no list has, "chief", fits through the whole.)
        if (!n && k + 2 < doc.tokens.size() && doc.tokens[k + 1].folded == "of" && doc.tokens[k].is_word &&
            !doc.tokens[k].capitalized)
          n = 1;
        if (!closed && n && k + n < doc.tokens.size() && doc.tokens[k + n].folded == "of") {
          uint32_t end = k + static_cast<uint32_t>(n) + 1;
          while (end < doc.tokens.size() && end < k + n + 8 && doc.tokens[end].sentence == m.sentence &&
                 doc.tokens[end].folded != "," && doc.tokens[end].folded != "since" && doc.tokens[end].folded != "who")
            ++end;
          std::string whole = text::FoldedWords(doc.tokens, k, end);
          if (end < doc.tokens.size() && fits_an_office(whole)) n = end - k, closed = true;
        }
        if (closed)
          role = text::FoldedWords(doc.tokens, k, k + n);
        else
          apposition_former = false;
      }
      // ("Succès Masra, the leader of the Transformers party and a former
      // prime minister,": or a state's office the apposition names second.)
      if (role.empty()) {
        auto [title, len] = TitleInApposition(doc, book, m);
        if (len) {
          role = text::FoldedWords(doc.tokens, title, title + len);
          apposition_former = title > 0 && doc.tokens[title - 1].folded == "former";
        }
      }
      // "then-President Rafsanjani": the office held at the time told of.
      bool then = false;
      if (role.empty() && first > 0 && doc.tokens[first - 1].sentence == m.sentence &&
          doc.tokens[first - 1].folded.rfind("then ", 0) == 0 &&
          book.lexicon.Contains("person_titles", doc.tokens[first - 1].folded.substr(5))) {
        role = doc.tokens[first - 1].folded.substr(5);
        then = true;
      }
      // ("Colonel Michael Randrianirina was sworn in as president": the
      // office taken outweighs a rank before the name that is none of the
      // person's offices.)
      bool rank_only = !role.empty() && !fits_an_office(role);
      std::string idiom_state;  // "Putin's Russia": the state named after the possessive
      bool idiom = (role.empty() || rank_only) && LeaderIdiomAt(doc, book, m, &idiom_state);
      // "Lee Jae-myung took office on 4 June": whatever office the
      // knowledge base has the person in on the article's date.
      // ("Mikheil Kavelashvili, a former footballer, was sworn in as
      // president": the office named after "as".)
      if ((role.empty() || rank_only) && !idiom) {
        bool took_office = false;
        auto [as_title, as_len] = TitleAfterOfficeTaking(doc, book, m, "person_titles", &took_office);
        if (as_len) role = text::FoldedWords(doc.tokens, as_title, as_title + as_len);
        idiom = role.empty() && took_office && !as_len;
      }
      if ((role.empty() || rank_only) && !idiom) {
        auto [title, len] = TitleAfterOfficeLeaving(doc, book, m);
        if (len) role = text::FoldedWords(doc.tokens, title, title + len), apposition_former = true;
      }
      if ((role.empty() || rank_only) && !idiom) {
        auto [title, len] = TitleAfterAppointedParticiple(doc, book, m);
        if (len) role = text::FoldedWords(doc.tokens, title, title + len);
      }
      if ((role.empty() || rank_only) && !idiom) {
        auto [title, len] = TitleAfterBecoming(doc, book, m);
        if (len) role = text::FoldedWords(doc.tokens, title, title + len);
        if (!len && role.empty()) role = MinisterOfMinistryRun(doc, book, m);
      }
      if (role.empty() && !idiom) {
        auto [title, len] = TitleInRelativeClause(doc, book, m, "person_titles");
        // ("Jeannette Jara, a communist who served as labour minister": or
        // a state's office that is no title before a name.)
        if (!len) std::tie(title, len) = TitleInRelativeClause(doc, book, m, "state_office_titles");
        if (len) role = text::FoldedWords(doc.tokens, title, title + len);
        // ("Kaja Kallas, who was Estonia's prime minister until last year":
        // a term the clause ends.)
        uint32_t after = title + static_cast<uint32_t>(len);
        if (len && after < doc.tokens.size() && doc.tokens[after].sentence == m.sentence &&
            doc.tokens[after].folded == "until")
          apposition_former = true;
      }
      // ("Kemi Badenoch, the Conservative leader, called it": a title in an
      // apposition, perhaps after one capitalised word naming whose.)
      // ("Hun Sen, the former prime minister who still leads the party":
      // held before, however the apposition ends.)
      if (role.empty() && !idiom) {
        auto [title, len] = TitleInQualifiedApposition(doc, book, m, &apposition_former);
        if (len) role = text::FoldedWords(doc.tokens, title, title + len);
      }
      if (role.empty() && !idiom) continue;
      // ("Uzbekistan's late president, Islam Karimov": "late" right before a
      // title says the office was held before, as "former" does.)
      auto past_word = [&](uint32_t i) {
        return doc.tokens[i].folded == "former" ||
               (doc.tokens[i].folded == "late" && i + 1 < first && book.lexicon.Has("office_titles", doc.tokens[i + 1]));
      };
      bool former = then || apposition_former || (first >= 1 && doc.tokens[first - 1].folded == "former");
      // ("The new speaker, Dashzegviin Amarbayasgalan, who resigned under
      // pressure weeks later,": a relative clause on the name that leaves
      // the office, lexicon office_leaving_phrases, a word or two after
      // "who".)
      if (m.end_token + 2 < doc.tokens.size() && doc.tokens[m.end_token].folded == "," &&
          doc.tokens[m.end_token + 1].folded == "who")
        for (uint32_t k = m.end_token + 2; !former && k < m.end_token + 5 && k < doc.tokens.size() &&
                                           doc.tokens[k].sentence == m.sentence;
             ++k)
          former = OfficeLeavingAt(book, doc.tokens, k, doc.tokens.size()) > 0;
      for (uint32_t i = first; i-- > 0 && i + 4 > first;)
        if (past_word(i)) former = true;
      // ("a former construction minister, Goran Vesić": "former" before the
      // words of a title and a comma.)
      if (!former && first >= 3 && doc.tokens[first - 1].folded == "," &&
          book.lexicon.Has("office_titles", doc.tokens[first - 2])) {
        for (uint32_t i = first - 2; i-- > 0 && i + 6 > first;) {
          const Token& w = doc.tokens[i];
          if (past_word(i)) former = true;
          if (former || !w.is_word || w.capitalized || book.lexicon.Has("verb_object_determiners", w)) break;
        }
      }
      const Office* best = nullptr;
      for (const auto& o : k->offices) {
        bool fits = fits_role(role, text::MatchKey(o.role));
        // An idiom names no office: any the person held then, of the
        // state named when there is one.
        // ("A Simion presidency" names the state's office, not the party
        // the person leads.)
        // ("Iran's Ali Larijani": or of a body of that state, the Supreme
        // National Security Council.)
        if (idiom) {
          const KbEntity* of = book.kb.Find(o.of);
          fits = idiom_state.empty() ? of && of->type == EntityType::kLocation
                                     : o.of == idiom_state || (of && of->located_in == idiom_state);
        }
        // (An office held now before one held before it; the office the
        // text names before one of its family: "Min Aung Hlaing, the
        // commander-in-chief" is not the acting president there.)
        bool exact = !idiom && text::MatchKey(o.role) == text::MatchKey(role);
        bool best_exact = best && !idiom && text::MatchKey(best->role) == text::MatchKey(role);
        bool better = !best || (AfterTerm(*best, doc.date) && !AfterTerm(o, doc.date)) ||
                      (AfterTerm(*best, doc.date) == AfterTerm(o, doc.date) &&
                       (exact != best_exact ? exact : o.from > best->from));
        if (fits && InTerm(o, doc.date) && better) best = &o;
      }
      if (!best) continue;
      size_t object = EnsureKbEntity(doc, book, best->of);
      std::map<std::string, std::string> attrs{{"role", best->role}, {"source", "knowledge base"}};
      if (former || AfterTerm(*best, doc.date)) attrs["former"] = "true";
      const Sentence& s = doc.sentences[m.sentence];
      sink.Add(e, object, Predicate::kHoldsPosition, Modality::kAsserted, 0.9, s, m.sentence, attrs, "kb-office");
    }
  }
}

// "Many joined the Africa Corps, under the control of Russia's defence
// ministry. Yunus-Bek Yevkurov, a deputy defence minister, ...": the state
// whose ministry of the title's portfolio this sentence or the one before
// names by its possessive or demonym, or -1.
long StateOfPortfolioMinistry(const Document& doc, const RuleBook& book, uint32_t sentence, const std::string& title) {
  static const std::set<std::string> kRanks = {"first", "deputy", "vice", "minister", "state"};
  std::vector<std::string> portfolio;
  for (size_t at = 0; at <= title.size();) {
    size_t space = title.find(' ', at);
    std::string word = title.substr(at, space == std::string::npos ? std::string::npos : space - at);
    if (!word.empty() && !kRanks.count(word)) portfolio.push_back(word);
    if (space == std::string::npos) break;
    at = space + 1;
  }
  if (portfolio.size() != 1 || title.find("minister") == std::string::npos) return -1;
  const auto& t = doc.tokens;
  for (uint32_t si = sentence > 0 ? sentence - 1 : 0; si <= sentence; ++si) {
    const Sentence& s = doc.sentences[si];
    for (uint32_t k = s.first_token + 1; k + 1 < s.end_token; ++k) {
      if (t[k].folded != portfolio.front() || t[k + 1].folded != "ministry") continue;
      uint32_t owner_end = t[k - 1].folded == "'s" ? k - 1 : k;
      for (size_t e = 0; e < doc.entities.size(); ++e) {
        if (!IsCountry(doc, book, e)) continue;
        for (const Mention& m : doc.entities[e].mentions)
          if (m.end_token == owner_end && (owner_end == k - 1 || m.demonym)) return static_cast<long>(e);
      }
    }
  }
  return -1;
}

void OfficesOfTheArticleState(Document& doc, const RuleBook& book, RelationSink& sink) {
  long state = -1;
  bool looked = false;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != EntityType::kPerson || !doc.entities[e].kb_id.empty()) continue;
    // (An office in a party or body says nothing of one in the state.)
    bool placed = std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
      return r.subject == e && r.predicate == Predicate::kHoldsPosition &&
             doc.entities[r.object].type == EntityType::kLocation;
    });
    if (placed) continue;
    for (const Mention& m : doc.entities[e].mentions) {
      // "Trade Minister Sir Chris Bryant": an honorific between title and name.
      uint32_t name_start = m.first_token;
      if (name_start > 0 && doc.tokens[name_start - 1].sentence == m.sentence &&
          book.lexicon.Has("honorifics", doc.tokens[name_start - 1]))
        --name_start;
      size_t n = 0;
      for (size_t len = 4; len >= 1 && !n; --len)
        if (name_start >= len && doc.tokens[name_start - len].sentence == m.sentence &&
            book.lexicon.LongestAt("state_office_titles", doc.tokens, name_start - len, name_start) == len)
          n = len;
      if (!n) {
        // "Parliament then elected Gombojav Zandanshatar, the former
        // speaker, as prime minister": the title after "as". ("Lars Løkke
        // Rasmussen, the foreign minister, said": or in an apposition.)
        auto [as_title, as_len] = TitleAfterAppointment(doc, book, m);
        if (!as_len) std::tie(as_title, as_len) = TitleInApposition(doc, book, m);
        bool took_office = false;
        if (!as_len) std::tie(as_title, as_len) = TitleAfterOfficeTaking(doc, book, m, "state_office_titles", &took_office);
        // ("the justice minister, Herman Halushchenko, who had been energy
        // minister": the title before the name is the one held now.)
        bool owned = false;
        if (!as_len) std::tie(as_title, as_len) = TitleBeforeComma(doc, book, m, &owned);
        if (!as_len) std::tie(as_title, as_len) = TitleInRelativeClause(doc, book, m, "state_office_titles");
        // ("Luong Cuong, a general, became state president", "Pham Minh
        // Chinh has remained prime minister".)
        if (!as_len) std::tie(as_title, as_len) = TitleAfterBecoming(doc, book, m, "state_office_titles");
        if (!as_len) continue;
        if (!looked) state = DominantState(doc, book), looked = true;
        if (state < 0) return;
        long holder = StateOfTheSentence(doc, book, doc.sentences[m.sentence], m.first_token, state);
        if (holder < 0) continue;
        // ("His vice-president": only where the person "his" stands for
        // holds an office in that state.)
        if (owned) {
          long owner = PersonNamedBefore(doc, as_title - 1);
          bool owner_there = owner >= 0 && std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
            return r.subject == static_cast<size_t>(owner) && r.predicate == Predicate::kHoldsPosition &&
                   r.object == static_cast<size_t>(holder);
          });
          if (!owner_there) continue;
        }
        std::string title_words = text::FoldedWords(doc.tokens, as_title, as_title + as_len);
        if (long ministry = StateOfPortfolioMinistry(doc, book, m.sentence, title_words); ministry >= 0)
          holder = ministry;
        std::map<std::string, std::string> attrs{{"role", TitleCaseRole(title_words)}};
        // ("Timur Ivanov, a former deputy defence minister,".)
        if (as_title > 0 && doc.tokens[as_title - 1].folded == "former") attrs["former"] = "true";
        sink.Add(e, static_cast<size_t>(holder), Predicate::kHoldsPosition, Modality::kAsserted, 0.5,
                 doc.sentences[m.sentence], m.sentence, attrs, "office-article-state");
        break;
      }
      uint32_t title = name_start - static_cast<uint32_t>(n);
      // "former president Igor Dodon": a past office in the article's state.
      bool former = false;
      if (title > 0 && doc.tokens[title - 1].sentence == m.sentence &&
          (doc.tokens[title - 1].folded == "former" || doc.tokens[title - 1].folded == "then")) {
        former = doc.tokens[title - 1].folded == "former";
        --title;
      }
      // "Serbian Prime Minister", "Serbia's prime minister": a state or a
      // qualifier before the title is for the rules to read.
      if (title > 0 && doc.tokens[title - 1].sentence == m.sentence) {
        const Token& before = doc.tokens[title - 1];
        if (before.capitalized || before.folded == "'s" || before.folded == "deputy" || before.folded == "acting")
          continue;
      }
      if (!looked) state = DominantState(doc, book), looked = true;
      if (state < 0) return;
      long holder = StateOfTheSentence(doc, book, doc.sentences[m.sentence], title, state);
      if (holder < 0) continue;
      holder = StateOfOfficialsBeside(doc, book, e, m, holder);
      std::string title_words = text::FoldedWords(doc.tokens, name_start - static_cast<uint32_t>(n), name_start);
      if (long ministry = StateOfPortfolioMinistry(doc, book, m.sentence, title_words); ministry >= 0)
        holder = ministry;
      std::map<std::string, std::string> attrs{{"role", TitleCaseRole(title_words)}};
      if (former) attrs["former"] = "true";
      sink.Add(e, static_cast<size_t>(holder), Predicate::kHoldsPosition, Modality::kAsserted, 0.5,
               doc.sentences[m.sentence], m.sentence, attrs, "office-article-state");
      break;
    }
  }
}

// "Dmitry Medvedev, deputy chairman of the Security Council": a known
// body's name that the person's known office spells out ("Deputy Chairman
// of the Security Council" of Russia) names that state's body when the
// known one lies elsewhere (the UN's). That body, else the state of the
// office, or -1.
long StateOfKnownOfficeBody(Document& doc, const RuleBook& book, size_t person, size_t body) {
  const KbEntity* k = book.kb.Find(doc.entities[person].kb_id);
  const KbEntity* known_body = book.kb.Find(doc.entities[body].kb_id);
  if (!k || !known_body) return -1;
  std::vector<std::string> names{doc.entities[body].name};
  names.insert(names.end(), doc.entities[body].aliases.begin(), doc.entities[body].aliases.end());
  for (const auto& o : k->offices) {
    // (A state's own body, "Kyrgyzstan's State Committee", stays itself.)
    if (o.of == doc.entities[body].kb_id || o.of == known_body->located_in) return -1;
    std::string role = text::MatchKey(o.role);
    for (const auto& n : names) {
      std::string tail = " of the " + text::MatchKey(n);
      if (role.size() <= tail.size() || role.compare(role.size() - tail.size(), tail.size(), tail) != 0) continue;
      // The state's own body when the knowledge base knows it ("Russian
      // Security Council"), else the state.
      if (const KbEntity* state = book.kb.Find(o.of)) {
        std::vector<std::string> keys{text::MatchKey(n + " of " + state->name)};
        for (const auto& d : state->demonyms) keys.push_back(text::MatchKey(d + " " + n));
        for (const auto& key : keys) {
          auto it = book.kb.by_key.find(key);
          if (it == book.kb.by_key.end()) continue;
          for (const AliasRef& ref : it->second)
            if (book.kb.entities[ref.entity].located_in == o.of)
              return static_cast<long>(ReidentifyBody(doc, book, body, book.kb.entities[ref.entity]));
        }
      }
      return static_cast<long>(EnsureKbEntity(doc, book, o.of));
    }
  }
  return -1;
}

// The successor holds what the text says the predecessor held (an office
// in a state or a body), else the office the knowledge base says the
// predecessor last left. The other way round ("his predecessor, X"), the
// predecessor held, as former, what the successor holds now.
void SuccessorsTakeOffices(Document& doc, const RuleBook& book, RelationSink& sink) {
  const std::vector<Succession> successions = sink.successions;
  for (const Succession& su : successions) {
    size_t from = su.to_predecessor ? su.successor : su.predecessor;
    size_t to = su.to_predecessor ? su.predecessor : su.successor;
    std::vector<std::pair<size_t, std::string>> offices;  // object, role
    for (const Relation& r : doc.relations)
      if (r.predicate == Predicate::kHoldsPosition && r.subject == from && r.modality == Modality::kAsserted &&
          (!su.to_predecessor || !r.attributes.count("former")))
        offices.emplace_back(r.object, r.attributes.count("role") ? r.attributes.at("role") : "");
    // (An office left by the article's date; with no date, any left. One
    // held on that date, for the successor.)
    auto left_by_then = [&](const Office& o) {
      size_t n = std::min(o.to.size(), doc.date.size());
      return !o.to.empty() && (doc.date.empty() || o.to.compare(0, n, doc.date, 0, n) <= 0);
    };
    if (offices.empty())
      if (const KbEntity* k = book.kb.Find(doc.entities[from].kb_id)) {
        const Office* last = nullptr;
        for (const auto& o : k->offices)
          if (su.to_predecessor ? HeldOn(o, doc.date) && (!last || o.from > last->from)
                                : left_by_then(o) && (!last || o.to > last->to))
            last = &o;
        if (last) offices.emplace_back(EnsureKbEntity(doc, book, last->of), last->role);
      }
    // ("Nawrocki, a historian who ran the Institute of National
    // Remembrance, ... succeeded Andrzej Duda": where the knowledge base
    // gives the one taking the office any of them, only those; the rest
    // were the other's alone.)
    if (const KbEntity* k = book.kb.Find(doc.entities[to].kb_id); k && offices.size() > 1) {
      auto known = [&](const std::pair<size_t, std::string>& office) {
        return std::any_of(k->offices.begin(), k->offices.end(),
                           [&](const Office& o) { return o.of == doc.entities[office.first].kb_id; });
      };
      if (std::any_of(offices.begin(), offices.end(), known))
        std::erase_if(offices, [&](const auto& office) { return !known(office); });
    }
    const Sentence& s = doc.sentences[su.sentence];
    for (const auto& [object, role] : offices) {
      std::map<std::string, std::string> attrs;
      if (!role.empty()) attrs["role"] = role;
      if (su.to_predecessor) attrs["former"] = "true";
      sink.Add(to, object, Predicate::kHoldsPosition, su.modality, su.confidence, s, su.sentence, attrs, su.rule);
    }
  }
}

}  // namespace dossier::extract
