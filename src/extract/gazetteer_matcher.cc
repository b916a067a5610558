#include "extract/gazetteer_matcher.h"

#include <algorithm>
#include <cctype>

#include "extract/apposition_cues.h"
#include "extract/name_finder.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::extract {
namespace {

// Punctuation that may sit inside a name without changing its key:
// "Washington, D.C.", "Strategy & Policy".
bool IsInnerPunctuation(const Token& t) {
  return !t.is_word && (t.folded == "," || t.folded == "&" || t.folded == "." || t.folded == "'" || t.folded == "'s");
}

bool CaseFits(const AliasRef& ref, const Document& doc, size_t first, size_t end) {
  const auto& tokens = doc.tokens;
  if (ref.needs_caps) {
    for (size_t i = first; i < end; ++i)
      if (tokens[i].is_word && !tokens[i].all_caps && !tokens[i].is_number) return false;
    return true;
  }
  if (!ref.needs_capital) return true;
  // Every word of a capitalised name but short connectors and the words the
  // alias itself writes in lower case must be capitalised.
  int word = -1;
  for (size_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    if (!t.is_word) continue;
    ++word;
    if (t.is_number || (word < 32 && (ref.lower_words >> word) & 1u)) continue;
    static const char* kConnectors[] = {"the", "of", "and", "for", "de", "da", "do", "dos", "das", "du", "del", "der",
                                        "van", "von", "al", "bin", "ibn", "on", "in", "la", "el", "le", "y", "e"};
    auto connector = [&](std::string_view w) {
      return std::any_of(std::begin(kConnectors), std::end(kConnectors), [&](const char* c) { return w == c; });
    };
    if (connector(t.folded)) continue;  // connectors may be lower case: "the Kremlin", "Bank of England"
    if (!t.capitalized) {
      // "al-Assad", "bin-Salman": a lower-case connector joined to a
      // capitalised name.
      std::string_view prefix = text::LowerPrefixBeforeCapital(t, doc.text);
      if (prefix.empty() || !connector(prefix)) return false;
    }
  }
  return true;
}

// Whether the text names (in any case, perhaps inside a demonym: "Sudanese")
// the state a knowledge-base entity is seated in.
bool StateNamedInText(const Document& doc, const KnowledgeBase& kb, uint32_t entity) {
  const KbEntity* seat = kb.Find(kb.entities[entity].located_in);
  if (!seat || seat->name.empty()) return false;
  return text::ContainsIgnoringAsciiCase(doc.text, seat->name);
}

// The longest alias of the knowledge base that starts at token i and whose
// case fits (a null ref when none does); of several bodies one acronym
// names, one seated in a state the text names.
struct AliasMatch {
  const AliasRef* ref = nullptr;
  size_t end = 0;
};
AliasMatch LongestAliasAt(const Document& doc, const Sentence& sentence, const KnowledgeBase& kb, size_t i) {
  const auto& tokens = doc.tokens;
  AliasMatch best;
  std::string key;
  size_t words = 0;
  for (size_t j = i; j < sentence.end_token && words < kb.max_alias_tokens; ++j) {
    const Token& t = tokens[j];
    if (!t.is_word) {
      // ("the United States–Mexico–Canada Agreement": a dash that joins
      // words, as a hyphen would, is no break; nor are the brackets of
      // "Janata Dal (United)", where an alias holds them.)
      if (IsInnerPunctuation(t) || text::IsJoiningDash(tokens, j) || t.folded == "(" || t.folded == ")") continue;
      break;
    }
    if (!key.empty()) key += ' ';
    key += t.folded;
    words += 1 + static_cast<size_t>(std::count(t.folded.begin(), t.folded.end(), ' '));
    if (!kb.prefixes.count(key)) break;  // no alias goes on like this
    auto it = kb.by_key.find(key);
    if (it == kb.by_key.end()) continue;
    const AliasRef* first_fit = nullptr;
    for (const auto& ref : it->second) {
      // (Only an acronym's first reading may give way; others stop here.)
      if (first_fit && !first_fit->needs_caps) break;
      if (!CaseFits(ref, doc, i, j + 1)) continue;
      if (!first_fit) {
        first_fit = &ref;
        best = {&ref, j + 1};
      } else if (ref.entity != first_fit->entity && ref.needs_caps &&
                 !StateNamedInText(doc, kb, first_fit->entity) && StateNamedInText(doc, kb, ref.entity)) {
        // ("RSF" in an article on Sudan: the Rapid Support Forces, not
        // Reporters Without Borders, where the text names the seat of the
        // one and not the other; only between acronyms, as names of places
        // and capitals have their own readings.)
        best = {&ref, j + 1};
        break;
      }
    }
  }
  // (The closing bracket of "Janata Dal (United)" belongs to the name.)
  if (best.ref && best.end < sentence.end_token && tokens[best.end].folded == ")")
    for (size_t k = i; k < best.end; ++k)
      if (tokens[k].folded == "(") {
        ++best.end;
        break;
      }
  return best;
}

// "Kazakhstan's Foreign Policy", "its foreign affairs": a common phrase,
// not the magazine.
bool AmbiguousContext(const Document& doc, const Sentence& s, size_t i) {
  if (LooksLikeHeadline(doc, s)) return true;
  if (i == s.first_token) return false;
  const std::string& prev = doc.tokens[i - 1].folded;
  return prev == "'s" || prev == "its" || prev == "their" || prev == "his" || prev == "her" || prev == "our" ||
         prev == "a" || prev == "an" || prev == "my" || prev == "your";
}

// "Petro Poroshenko's European Solidarity": a possessor whose known office
// is in the body the ambiguous name names makes that name the body's.
bool HeldByPossessor(const KnowledgeBase& kb, const std::vector<Candidate>& before, const Document& doc, size_t i,
                     size_t entity) {
  if (i == 0 || doc.tokens[i - 1].folded != "'s" || before.empty()) return false;
  const Candidate& owner = before.back();
  if (owner.end + 1 != i || owner.kb < 0) return false;
  const auto& offices = kb.entities[static_cast<size_t>(owner.kb)].offices;
  return std::any_of(offices.begin(), offices.end(),
                     [&](const Office& o) { return o.of == kb.entities[entity].id; });
}

// "Reporters Without Borders" -> "RWB".
std::string InitialsOf(const std::string& name) {
  std::string out;
  bool start = true;
  for (char ch : name) {
    if (start && std::isupper(static_cast<unsigned char>(ch))) out += ch;
    start = ch == ' ' || ch == '-';
  }
  return out;
}

bool HasNameWithInitialsIn(const KbEntity& e, const std::set<std::string>& initials) {
  if (initials.count(InitialsOf(e.name))) return true;
  return std::any_of(e.aliases.begin(), e.aliases.end(),
                     [&](const std::string& a) { return initials.count(InitialsOf(a)) > 0; });
}

}  // namespace

std::set<std::string> LocalInitials(const Document& doc) {
  std::set<std::string> out;
  const auto& t = doc.tokens;
  std::string initials;
  size_t words = 0;
  auto flush = [&] {
    if (words >= 2 && initials.size() >= 2 && initials.size() <= 6) out.insert(initials);
    initials.clear();
    words = 0;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    const Token& w = t[i];
    bool connector = w.is_word && !w.capitalized && (w.folded == "of" || w.folded == "for" || w.folded == "and");
    if (w.is_word && w.capitalized && !w.all_caps && !w.is_number) {
      if (i > 0 && t[i - 1].sentence != w.sentence) flush();
      // "The Rapid Support Forces captured ..." opens a sentence: the
      // article is no initial of the name.
      if (words == 0 && w.folded == "the") continue;
      initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w.folded[0])));
      ++words;
    } else if (!connector || words == 0) {
      flush();
    }
  }
  flush();
  return out;
}

std::vector<Candidate> MatchGazetteer(const Document& doc, const Sentence& sentence, const RuleBook& book,
                                      const std::set<std::string>* local_initials) {
  const KnowledgeBase& kb = book.kb;
  const auto& tokens = doc.tokens;
  std::vector<Candidate> out;
  size_t i = sentence.first_token;
  while (i < sentence.end_token) {
    if (!tokens[i].is_word) {
      ++i;
      continue;
    }
    AliasMatch longest = LongestAliasAt(doc, sentence, kb, i);
    const AliasRef* best = longest.ref;
    size_t best_end = longest.end;
    if (!best) {
      ++i;
      continue;
    }
    // "the Golan Heights": a match that starts with "the" gives way to a
    // longer one that starts after it.
    if (tokens[i].folded == "the" && i + 1 < sentence.end_token) {
      std::string key2;
      for (size_t j = i + 1, words = 0; j < sentence.end_token && words < kb.max_alias_tokens; ++j) {
        const Token& t = tokens[j];
        if (!t.is_word) break;
        if (!key2.empty()) key2 += ' ';
        key2 += t.folded;
        ++words;
        auto it = kb.by_key.find(key2);
        if (it == kb.by_key.end() || j + 1 <= best_end) continue;
        for (const auto& ref : it->second)
          if (CaseFits(ref, doc, i + 1, j + 1)) {
            best = &ref;
            best_end = j + 1;
            i = i + 1;
            break;
          }
      }
    }
    // "Sheikh Tamim bin Hamad Al Thani": an alias ("Sheikh Tamim") that a
    // longer alias of the same entity overlaps ("Tamim bin Hamad Al Thani")
    // is one mention with it, not a name and a leftover ("Hamad Al Thani").
    for (size_t k = i + 1; k < best_end; ++k) {
      AliasMatch inner = LongestAliasAt(doc, sentence, kb, k);
      if (inner.ref && inner.end > best_end && inner.ref->entity == best->entity) best_end = inner.end;
    }
    // "the Gulf of Finland", "the Sea of Japan": a place word the knowledge
    // base knows alone ("the Gulf") names another place when "of" and a
    // capitalised word follow; the name finder reads the whole.
    if (best_end + 1 < sentence.end_token && tokens[best_end].folded == "of" && tokens[best_end + 1].capitalized &&
        book.lexicon.Contains("place_heads", tokens[best_end - 1].folded) &&
        kb.entities[best->entity].type == EntityType::kLocation) {
      i = best_end;
      continue;
    }
    // ("the Congress of Local and Regional Authorities": so does a body's
    // head word the knowledge base knows alone, before "of" and two
    // capitalised words that name no place.)
    if (best_end == i + 1 && best_end + 2 < sentence.end_token && tokens[best_end].folded == "of" &&
        tokens[best_end + 1].capitalized && tokens[best_end + 2].is_word &&
        (tokens[best_end + 2].capitalized || tokens[best_end + 2].folded == "and") &&
        kb.entities[best->entity].type == EntityType::kOrganization &&
        book.lexicon.Contains("org_heads", tokens[i].folded) && !LongestAliasAt(doc, sentence, kb, best_end + 1).ref) {
      i = best_end;
      continue;
    }
    // "the Democratic Party of Kosovo": a party the knowledge base knows by
    // a name that another state's party extends with "of" and a place is
    // that other party; the name finder reads the whole ("the Bangladesh
    // Nationalist Party of Khaleda Zia" is hers).
    // ("the Indonesian Democratic Party of Struggle": so does a single word
    // no one knows, that is no given name either; "of Khaleda Zia" is a
    // person's.)
    if (best_end + 1 < sentence.end_token && tokens[best_end].folded == "of" && tokens[best_end + 1].capitalized &&
        kb.entities[best->entity].category == "party") {
      AliasMatch place = LongestAliasAt(doc, sentence, kb, best_end + 1);
      bool single = best_end + 2 >= sentence.end_token || !tokens[best_end + 2].capitalized;
      bool unknown_word = single && !place.ref && !book.lexicon.Contains("given_names", tokens[best_end + 1].folded);
      if (unknown_word || (place.ref && kb.entities[place.ref->entity].type == EntityType::kLocation)) {
        i = best_end;
        continue;
      }
    }
    // "the Sinaloa Cartel", "the Gaza Health Ministry", "the Moscow City
    // Court": a region or city the knowledge base knows, before capitalised
    // words that end in an organisation head, starts that body's name (a
    // state's name does not: "Ukraine Defence Ministry" keeps Ukraine).
    if (best->kind == AliasKind::kName && kb.entities[best->entity].type == EntityType::kLocation &&
        kb.entities[best->entity].category != "country") {
      bool body = false;
      for (size_t k = best_end; k < sentence.end_token && k < best_end + 3 && tokens[k].capitalized && !body; ++k)
        body = book.lexicon.Contains("org_heads", tokens[k].folded);
      // (A known name right after it is a name of its own: "Kyiv Post".)
      body = body && !LongestAliasAt(doc, sentence, kb, best_end).ref;
      if (body) {
        i = best_end;
        continue;
      }
    }
    // "Baltic Sentry, a mission that ...": a region the knowledge base
    // knows, before capitalised words that an apposition calls an operation
    // or an exercise, starts the event's name.
    if (kb.entities[best->entity].type == EntityType::kLocation && kb.entities[best->entity].category != "country" &&
        best_end < sentence.end_token && tokens[best_end].capitalized &&
        !LongestAliasAt(doc, sentence, kb, best_end).ref) {
      size_t k = best_end;
      while (k < sentence.end_token && k < best_end + 2 && tokens[k].is_word && tokens[k].capitalized) ++k;
      if (k < sentence.end_token && tokens[k].is_number) ++k;
      // ("its Baltic Sentry mission": or a lower-case operation noun right
      // after the name.)
      bool operation_after = k > best_end && k < sentence.end_token && !tokens[k].capitalized &&
                             book.lexicon.Contains("operation_nouns", tokens[k].folded);
      if (operation_after ||
          !EventKindInApposition(tokens, book.lexicon, static_cast<uint32_t>(k), sentence.end_token).empty()) {
        i = best_end;
        continue;
      }
    }
    // "The RSF" after "the Rapid Support Forces": not Reporters Without
    // Borders, whose own initials differ. "NATO" after "the North Atlantic
    // Treaty Organization" is the entity whose long name that is.
    if (best->needs_caps && local_initials && best_end == i + 1 && local_initials->count(doc.text.substr(
            tokens[i].span.start, tokens[i].span.size())) &&
        !HasNameWithInitialsIn(kb.entities[best->entity], *local_initials)) {
      i = best_end;
      continue;
    }
    // "Mao Ning" is not Mao Zedong, "Dilmurod Saidov" not Bakhtiyor Saidov:
    // a person's one-word alias (a surname) next to a capitalised name word
    // (no English word, nothing the knowledge base knows) is part of
    // another name.
    const KbEntity& found = kb.entities[best->entity];
    auto name_word = [&](size_t k) {
      const Token& w = tokens[k];
      return w.is_word && w.capitalized && !w.all_caps && !book.lexicon.Contains("english_words", w.folded) &&
             !kb.by_key.count(w.folded);
    };
    // ("Saddam Haftar", Khalifa Haftar's son: two people's one-word aliases
    // side by side are one name of someone else.)
    auto other_persons_word = [&](size_t k) {
      if (!tokens[k].is_word || !tokens[k].capitalized) return false;
      AliasMatch next = LongestAliasAt(doc, sentence, kb, k);
      return next.ref && next.end == k + 1 && next.ref->entity != best->entity &&
             kb.entities[next.ref->entity].type == EntityType::kPerson;
    };
    if (found.type == EntityType::kPerson && best_end == i + 1 && found.name.find(' ') != std::string::npos &&
        ((best_end < sentence.end_token && (name_word(best_end) || other_persons_word(best_end))) ||
         (i > sentence.first_token && (name_word(i - 1) || other_persons_word(i - 1))))) {
      ++i;
      continue;
    }
    // "a stake in the West Qurna-2 field": a point of the compass that
    // names a region ("the West") opens another name before a name word.
    if (found.category == "region" && best_end < sentence.end_token && name_word(best_end) &&
        book.lexicon.Contains("compass_prefixes", tokens[best_end - 1].folded)) {
      i = best_end;
      continue;
    }
    // "the United States, Saudi Arabia, the UAE and Egypt, a group known as
    // the Quad": a name a group is given here is that group's, not the
    // like-named body the knowledge base knows.
    if (found.type == EntityType::kOrganization && i >= sentence.first_token + 3) {
      size_t k = i;
      if (tokens[k - 1].folded == "the") --k;
      bool named_here = k >= sentence.first_token + 3 && book.lexicon.Has("naming_verbs", tokens[k - 1]) &&
                        !tokens[k - 1].capitalized && book.lexicon.Has("group_naming_nouns", tokens[k - 2]);
      if (!named_here && k >= sentence.first_token + 4 && tokens[k - 1].folded == "as" &&
          (tokens[k - 2].folded == "known" || tokens[k - 2].folded == "referred"))
        named_here = book.lexicon.Has("group_naming_nouns", tokens[k - 3]);
      if (named_here) {
        Candidate c;
        c.first = static_cast<uint32_t>(i);
        c.end = static_cast<uint32_t>(best_end);
        c.sentence = tokens[i].sentence;
        c.kb = static_cast<int>(best->entity);
        c.type = EntityType::kOrganization;
        c.named_here = true;
        out.push_back(std::move(c));
        i = best_end;
        continue;
      }
    }
    // "the Social Democrats", "the Sweden Democrats": a party family's
    // word before a party's plural name makes another party's name.
    if (found.category == "party" && i > sentence.first_token && tokens[i - 1].capitalized &&
        book.lexicon.Contains("party_family_words", tokens[i - 1].folded)) {
      i = best_end;
      continue;
    }
    if (kb.entities[best->entity].ambiguous && AmbiguousContext(doc, sentence, i) &&
        !HeldByPossessor(kb, out, doc, i, best->entity)) {
      i = best_end;
      continue;
    }
    Candidate c;
    c.first = static_cast<uint32_t>(i);
    c.end = static_cast<uint32_t>(best_end);
    c.sentence = tokens[i].sentence;
    c.kb = static_cast<int>(best->entity);
    c.kind = best->kind;
    c.type = kb.entities[best->entity].type;
    out.push_back(std::move(c));
    i = best_end;
  }
  return out;
}

}  // namespace dossier::extract
