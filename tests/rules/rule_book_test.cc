// Rule files: the built-in set, user overrides, and broken files reported
// as file:line: cause.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "rules/relation_rules.h"
#include "rules/rule_book.h"
#include "text/tokenizer.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() / ("dossier-rules-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  void Write(const std::string& rel, const std::string& content) {
    fs::create_directories((path_ / rel).parent_path());
    std::ofstream(path_ / rel) << content;
  }
  std::string str() const { return path_.string(); }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

TEST(RuleBook, BuiltInKnowledgeIsBroad) {
  auto book = LoadRuleBook({});
  ASSERT_TRUE(book.ok()) << book.status().message();
  size_t countries = 0, orgs = 0, offices = 0, sanctions = 0;
  for (const auto& e : (*book)->kb.entities) {
    countries += e.category == "country";
    orgs += e.type == EntityType::kOrganization;
    offices += e.offices.size();
    sanctions += e.type == EntityType::kSanction;
  }
  EXPECT_GE(countries, 193u);  // every UN member state, plus observers
  EXPECT_GE(orgs, 150u);
  EXPECT_GE(offices, 150u);
  EXPECT_GE(sanctions, 20u);
  EXPECT_GE((*book)->relations.rules().size(), 60u);
  const KbEntity* kz = (*book)->kb.Find("KZ");
  ASSERT_NE(kz, nullptr);
  EXPECT_NE(std::find(kz->capitals.begin(), kz->capitals.end(), "Astana"), kz->capitals.end());
}

// Masked sentences put one space between words: a pattern whose optional
// part ends in a space before " ,? " or a space of its own demands two in a
// row where the part is absent, and silently never matches that way.
// Whether an alternative of a group ends in a space and a space follows the
// group: "(?:supply|supplies |provided) aid" demands two spaces after
// "supplies", which the masked text never has.
bool AlternativeEndsInSpaceBeforeSpace(const std::string& p) {
  std::vector<bool> open;  // per open group: an alternative ended in a space
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      while (i + 1 < p.size() && p[i + 1] != ']') i += p[i + 1] == '\\' ? 2 : 1;
      ++i;
    } else if (c == '(') {
      open.push_back(false);
    } else if (c == '|' && !open.empty()) {
      if (p[i - 1] == ' ') open.back() = true;
    } else if (c == ')' && !open.empty()) {
      bool space = open.back() || p[i - 1] == ' ';
      open.pop_back();
      if (space && i + 1 < p.size() && p[i + 1] == ' ') return true;
    }
  }
  return false;
}

TEST(RuleBook, NoBuiltInPatternDemandsTwoSpaces) {
  auto book = LoadRuleBook({});
  ASSERT_TRUE(book.ok()) << book.status().message();
  for (const auto& rule : (*book)->relations.rules()) {
    EXPECT_EQ(rule.pattern.find("  "), std::string::npos) << rule.id;
    EXPECT_EQ(rule.pattern.find(" )?,? "), std::string::npos) << rule.id;
    EXPECT_EQ(rule.pattern.find(" )? (?: "), std::string::npos) << rule.id;
    EXPECT_FALSE(AlternativeEndsInSpaceBeforeSpace(rule.pattern)) << rule.id;
  }
  // (The check itself: the slip that hid "Turkey supplies drones to Niger".)
  EXPECT_TRUE(AlternativeEndsInSpaceBeforeSpace("{ACTORS} (?:(?:supply|supplies) |provided) {GAPX}aid"));
  EXPECT_FALSE(AlternativeEndsInSpaceBeforeSpace("{ACTORS} (?:(?:supply|supplies)|provided) {GAPX}aid"));
  EXPECT_FALSE(AlternativeEndsInSpaceBeforeSpace("(?:the |a )?{ORG} [a-z]+ (?:x|y) z"));
}

TEST(RuleBook, BrokenJsonNamesFileAndLine) {
  TempDir dir;
  dir.Write("kb/broken.json", "{\n  \"entities\": [\n    {\"id\": \"x\",, }\n  ]\n}\n");
  auto book = LoadRuleBook({dir.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("broken.json:3: invalid JSON"), std::string::npos) << book.status().message();
}

// JSON keeps the last of two equal keys, so a list given twice in one file
// would lose its first words without a word; it is refused, at the line of
// the second. The same key in two different objects ("role" in every
// office) is fine, and so is one list name in two files (they add up).
TEST(RuleBook, AKeyTwiceInOneObjectIsAnErrorAtItsSecondLine) {
  TempDir a;
  a.Write("lexicon/mine.json", "{\"lists\": {\n \"my_verbs\": [\"urged\"],\n \"other\": [\"x\"],\n"
                               " \"my_verbs\": [\"pressed\"]\n}}\n");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("mine.json:4: \"my_verbs\" appears twice in one object"), std::string::npos)
      << book.status().message();

  TempDir b;
  b.Write("lexicon/one.json", "{\"lists\": {\"my_verbs\": [\"urged\"], \"nested\": [\"a\"]}}\n");
  b.Write("lexicon/two.json", "{\"lists\": {\"my_verbs\": [\"pressed\"]}}\n");
  b.Write("kb/p.json", "{\"entities\": [\n {\"id\": \"p1\", \"type\": \"PERSON\", \"name\": \"Ann Example\",\n"
                       "  \"offices\": [{\"role\": \"Minister\", \"of\": \"FR\"}, {\"role\": \"Mayor\", \"of\": \"FR\"}]}]}\n");
  auto good = LoadRuleBook({b.str()});
  ASSERT_TRUE(good.ok()) << good.status().message();
  EXPECT_TRUE((*good)->lexicon.Contains("my_verbs", "urged"));
  EXPECT_TRUE((*good)->lexicon.Contains("my_verbs", "pressed"));
}

TEST(RuleBook, BadRegexNamesRuleAndCause) {
  TempDir dir;
  dir.Write("relations/mine.json",
            "{\"rules\": [\n {\"id\": \"ok\", \"predicate\": \"MEETS\", \"pattern\": \"{PER} met {PER}\"},\n"
            " {\"id\": \"bad\", \"predicate\": \"MEETS\", \"pattern\": \"{PER} (met {PER}\"}\n]}\n");
  auto book = LoadRuleBook({dir.str()});
  ASSERT_FALSE(book.ok());
  const std::string& m = book.status().message();
  EXPECT_NE(m.find("mine.json:3: rule \"bad\": bad regex"), std::string::npos) << m;
  EXPECT_NE(m.find("missing )"), std::string::npos) << m;
}

// Rules compile on two threads, alternately; of two bad rules next to each
// other (one in each shard) the first in file order is the one reported,
// whichever thread finishes first.
TEST(RuleBook, OfTwoBadRegexesTheFirstInFileOrderIsReported) {
  TempDir dir;
  dir.Write("relations/mine.json",
            "{\"rules\": [\n {\"id\": \"first\", \"predicate\": \"MEETS\", \"pattern\": \"{PER} (met {PER}\"},\n"
            " {\"id\": \"second\", \"predicate\": \"MEETS\", \"pattern\": \"{PER} [met {PER}\"}\n]}\n");
  for (int run = 0; run < 5; ++run) {
    auto book = LoadRuleBook({dir.str()});
    ASSERT_FALSE(book.ok());
    const std::string& m = book.status().message();
    EXPECT_NE(m.find("mine.json:2: rule \"first\": bad regex"), std::string::npos) << m;
  }
}

// Every rule, in either shard, is found again by its own candidate search:
// a sentence made of one rule's literal words finds that rule.
TEST(RuleBook, RulesOfBothShardsAreCandidates) {
  TempDir dir;
  dir.Write("relations/mine.json",
            "{\"rules\": [\n {\"id\": \"a\", \"predicate\": \"MEETS\", \"pattern\": \"{PER} zorbified {PER}\"},\n"
            " {\"id\": \"b\", \"predicate\": \"MEETS\", \"pattern\": \"{PER} quuxified {PER}\"}\n]}\n");
  auto book = LoadRuleBook({dir.str()});
  ASSERT_TRUE(book.ok()) << book.status().message();
  const auto& set = (*book)->relations;
  for (const char* id : {"a", "b"}) {
    std::string verb = std::string(id) == "a" ? "zorbified" : "quuxified";
    auto hits = set.Candidates("[E1|PER] " + verb + " [E2|PER] .");
    bool found = false;
    for (int h : hits) found = found || set.rules()[static_cast<size_t>(h)].id == id;
    EXPECT_TRUE(found) << id;
  }
}

// A lexicon list a pattern names, in a list slot or a gap, must exist: the
// error names the rule's line and the list.
TEST(RuleBook, AnUnknownListInAPatternNamesRuleAndList) {
  for (const char* slot : {"{L:no_such_list}", "{GAP-L:no_such_list}"}) {
    TempDir dir;
    dir.Write("relations/mine.json", std::string("{\"rules\": [\n {\"id\": \"ok\", \"predicate\": \"MEETS\", "
                                                 "\"pattern\": \"{PER} met {PER}\"},\n {\"id\": \"listed\", "
                                                 "\"predicate\": \"MEETS\", \"pattern\": \"{PER} ") +
                                         slot + "met {PER}\"}\n]}\n");
    auto book = LoadRuleBook({dir.str()});
    ASSERT_FALSE(book.ok()) << slot;
    const std::string& m = book.status().message();
    EXPECT_NE(m.find("mine.json:3: rule \"listed\""), std::string::npos) << m;
    EXPECT_NE(m.find(std::string("unknown lexicon list ") + (slot[1] == 'G' ? "{GAP-L:" : "{L:") + "no_such_list}"),
              std::string::npos)
        << m;
  }
}

// A group of the user's that opens as a slot does would shift the slot
// numbering: refused with a cause, not a crash.
TEST(RuleBook, AGroupThatOpensLikeASlotIsAnError) {
  TempDir dir;
  dir.Write("relations/g.json",
            "{\"rules\": [{\"id\": \"g\", \"predicate\": \"MEETS\", \"pattern\": "
            "\"{PER} met (\\\\[E\\\\d+\\\\|PER\\\\]) and {PER}\", \"subject\": 1, \"object\": 2}]}");
  auto book = LoadRuleBook({dir.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("opens like a slot"), std::string::npos) << book.status().message();
}

TEST(RuleBook, UnknownPredicateAndSlotAreErrors) {
  TempDir a, b;
  a.Write("relations/p.json", "{\"rules\": [{\"id\": \"r\", \"predicate\": \"LIKES\", \"pattern\": \"{PER} likes {PER}\"}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("unknown predicate \"LIKES\""), std::string::npos);
  b.Write("relations/s.json", "{\"rules\": [{\"id\": \"r\", \"predicate\": \"MEETS\", \"pattern\": \"{PERSON} met {PER}\"}]}");
  book = LoadRuleBook({b.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("unknown slot {PERSON}"), std::string::npos) << book.status().message();
}

// Rule options that name predicates (party_predicate, outweighs) must name
// ones of the ontology.
TEST(RuleBook, RuleOptionsNamingPredicatesAreChecked) {
  struct Bad {
    const char* option;   // the JSON of the option
    const char* message;  // what the error must say
  };
  for (const Bad& bad : {Bad{"\"party_predicate\": \"JOINS\"", "unknown party_predicate \"JOINS\""},
                         Bad{"\"outweighs\": [\"LIKES\"]", "unknown predicate \"LIKES\" in outweighs"}}) {
    TempDir dir;
    dir.Write("relations/p.json", std::string("{\"rules\": [{\"id\": \"r\", \"predicate\": \"WORKS_FOR\", ") +
                                      "\"pattern\": \"{PER} of {ORG}\", " + bad.option + "}]}");
    auto book = LoadRuleBook({dir.str()});
    ASSERT_FALSE(book.ok()) << bad.option;
    EXPECT_NE(book.status().message().find(bad.message), std::string::npos) << book.status().message();
  }
}

// Line numbers are found only for the entity that is wrong (finding them is
// a scan of the file, which once made every load 3x slower); they still name
// the right line when an entity far down the file is misspelt.
TEST(RuleBook, KnowledgeBaseErrorNamesTheLineOfTheWrongEntity) {
  TempDir a;
  a.Write("kb/people.json", "{\"entities\": [\n"
                            " {\"id\": \"x1\", \"type\": \"PERSON\", \"name\": \"Ana Lee\"},\n"
                            " {\"id\": \"x2\", \"type\": \"PERSON\", \"name\": \"Bo Kim\"},\n"
                            " {\"id\": \"x3\", \"type\": \"PERSON\", \"name\": \"Cy Ng\", \"alias\": [\"Ng\"]}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("people.json:4: entity \"x3\": unknown field \"alias\""), std::string::npos)
      << book.status().message();
}

// Two entries of one type under one name split the person's mentions
// between two ids: an error naming the second and the first.
TEST(RuleBook, TwoEntitiesWithOneNameAreAnError) {
  TempDir a;
  a.Write("kb/extra_people.json", "{\"entities\": [\n"
                                  " {\"id\": \"ana\", \"type\": \"PERSON\", \"name\": \"Ana Lee\"},\n"
                                  " {\"id\": \"ana_lee\", \"type\": \"PERSON\", \"name\": \"Ana Lee\"}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("extra_people.json:3: entity \"ana_lee\" has the name of entity \"ana\""),
            std::string::npos)
      << book.status().message();
  // (A place and a body may share a name: "Georgia" the state, a party.)
  TempDir b;
  b.Write("kb/extra.json", "{\"entities\": [\n"
                           " {\"id\": \"p1\", \"type\": \"LOCATION\", \"name\": \"Ana Lee\"},\n"
                           " {\"id\": \"o1\", \"type\": \"ORGANIZATION\", \"name\": \"Ana Lee\"}]}");
  EXPECT_TRUE(LoadRuleBook({b.str()}).ok());
}


// A misspelt field is an error naming the file, the line and the field;
// "note" is free text anywhere.
TEST(RuleBook, MisspeltFieldsAreErrorsAndNotesAreNot) {
  TempDir a, b, c, d;
  a.Write("relations/m.json", "{\"rules\": [\n {\"id\": \"snub\", \"predicate\": \"MEETS\",\n  \"modalty\": "
                              "\"negated\", \"pattern\": \"{PER} snubbed {PER}\"}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("m.json:2: rule \"snub\": unknown field \"modalty\""), std::string::npos)
      << book.status().message();
  b.Write("kb/people.json", "{\"entities\": [{\"id\": \"x1\", \"type\": \"PERSON\", \"name\": \"Ana Lee\", "
                            "\"aliasses\": [\"Lee\"]}]}");
  book = LoadRuleBook({b.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("unknown field \"aliasses\""), std::string::npos) << book.status().message();
  c.Write("kb/people.json", "{\"entities\": [{\"id\": \"x1\", \"type\": \"PERSON\", \"name\": \"Ana Lee\", "
                            "\"offices\": [{\"role\": \"President\", \"of\": \"KZ\", \"since\": \"2020\"}]}]}");
  book = LoadRuleBook({c.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("office: unknown field \"since\""), std::string::npos)
      << book.status().message();
  EXPECT_NE(book.status().message().find("people.json:1: entity \"x1\": office:"), std::string::npos)
      << book.status().message();
  d.Write("relations/n.json", "{\"rules\": [{\"id\": \"snub\", \"predicate\": \"MEETS\", \"note\": \"why\", "
                              "\"pattern\": \"{PER} snubbed {PER}\"}]}");
  book = LoadRuleBook({d.str()});
  EXPECT_TRUE(book.ok()) << book.status().message();
}

// A rule that reads a predecessor gives offices, so only HOLDS_POSITION may
// say so, and the flag is a boolean; either mistake names file and line.
TEST(RuleBook, PredecessorRulesGiveOfficesOnly) {
  TempDir a, b;
  a.Write("relations/s.json", "{\"rules\": [\n {\"id\": \"took-over\", \"predicate\": \"MEETS\",\n  "
                              "\"object_is_predecessor\": true, \"pattern\": \"{PER} replaced {PER}\"}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find(
                "s.json:2: rule \"took-over\": object_is_predecessor needs the predicate HOLDS_POSITION"),
            std::string::npos)
      << book.status().message();
  b.Write("relations/s.json", "{\"rules\": [{\"id\": \"took-over\", \"predicate\": \"HOLDS_POSITION\", "
                              "\"object_is_predecessor\": \"yes\", \"pattern\": \"{PER} replaced {PER}\"}]}");
  book = LoadRuleBook({b.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("s.json:1: wrong value type"), std::string::npos) << book.status().message();
}

// A rule's list of words that are no modality cues must be a lexicon list:
// a misspelt name is refused with the file and line, a real one is read.
TEST(RuleBook, NotCuesNameALexiconList) {
  TempDir a;
  a.Write("relations/s.json", "{\"rules\": [\n {\"id\": \"urged-at\", \"predicate\": \"MEETS\",\n  "
                              "\"not_cues\": \"reported_request_verb\", \"pattern\": \"{ACTOR} urged {ACTOR} at\"}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("s.json:2: rule \"urged-at\": unknown lexicon list \"reported_request_verb\""),
            std::string::npos)
      << book.status().message();
  TempDir b;
  b.Write("relations/s.json", "{\"rules\": [\n {\"id\": \"urged-at\", \"predicate\": \"MEETS\",\n  "
                              "\"not_cues\": \"reported_request_verbs\", \"pattern\": \"{ACTOR} urged {ACTOR} at\"}]}");
  auto good = LoadRuleBook({b.str()});
  ASSERT_TRUE(good.ok()) << good.status().message();
  const RelationRule* rule = (*good)->relations.Find("urged-at");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->not_cues, "reported_request_verbs");
}

// A rule whose verb is the measure is a SANCTIONS rule; another predicate
// is refused with the file and line.
TEST(RuleBook, MeasureVerbRulesAreSanctionRules) {
  TempDir a;
  a.Write("relations/s.json", "{\"rules\": [\n {\"id\": \"stripped\", \"predicate\": \"MEETS\",\n  "
                              "\"verb_is_measure\": true, \"pattern\": \"{ACTOR} suspended {ACTOR}\"}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("s.json:2: rule \"stripped\": verb_is_measure needs the predicate SANCTIONS"),
            std::string::npos)
      << book.status().message();
}

// Offices go one way or the other: a rule may not mark both, nor give the
// predecessor offices under another predicate.
TEST(RuleBook, HeldBeforeRulesGiveOfficesOneWay) {
  TempDir a, b;
  a.Write("relations/s.json", "{\"rules\": [\n {\"id\": \"before\", \"predicate\": \"HOLDS_POSITION\",\n  "
                              "\"object_is_predecessor\": true, \"object_held_before\": true, "
                              "\"pattern\": \"{PER} 's predecessor {PER}\"}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find(
                "s.json:2: rule \"before\": object_held_before and object_is_predecessor exclude each other"),
            std::string::npos)
      << book.status().message();
  b.Write("relations/s.json", "{\"rules\": [{\"id\": \"before\", \"predicate\": \"MEETS\", "
                              "\"object_held_before\": true, \"pattern\": \"{PER} 's predecessor {PER}\"}]}");
  book = LoadRuleBook({b.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("object_held_before needs the predicate HOLDS_POSITION"), std::string::npos)
      << book.status().message();
}

// qualified_aliases and home_aliases of the wrong type name the file and
// load nothing; a single string is taken as a list of one, as for aliases.
TEST(RuleBook, QualifiedAndHomeAliasesOfTheWrongTypeAreErrors) {
  TempDir a, b, c;
  a.Write("kb/q.json", "{\"entities\": [{\"id\": \"q\", \"type\": \"ORGANIZATION\", \"name\": \"Q Body\", "
                       "\"category\": \"government\", \"located_in\": \"FR\", \"qualified_aliases\": [5]}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("q.json:"), std::string::npos) << book.status().message();
  b.Write("kb/h.json", "{\"entities\": [{\"id\": \"h\", \"type\": \"ORGANIZATION\", \"name\": \"H Body\", "
                       "\"home_aliases\": {\"x\": 1}}]}");
  book = LoadRuleBook({b.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("h.json:"), std::string::npos) << book.status().message();
  c.Write("kb/s.json", "{\"entities\": [{\"id\": \"senate_fr\", \"type\": \"ORGANIZATION\", \"name\": "
                       "\"French Senate\", \"category\": \"government\", \"located_in\": \"FR\", "
                       "\"qualified_aliases\": \"upper house\"}]}");
  book = LoadRuleBook({c.str()});
  ASSERT_TRUE(book.ok()) << book.status().message();
  auto refs = (*book)->kb.by_key.find("french upper house");
  ASSERT_NE(refs, (*book)->kb.by_key.end());
  EXPECT_EQ((*book)->kb.entities[refs->second.front().entity].id, "senate_fr");
  EXPECT_EQ((*book)->kb.by_key.count("upper house"), 0u);  // never alone
}

// The new fields of this version: a wrong kind or a wrong type names the
// file and rule, and nothing loads.
TEST(RuleBook, BadEventKindsAndCalledNamesAreErrors) {
  TempDir a, b, c;
  a.Write("relations/k.json", "{\"rules\": [{\"id\": \"r\", \"predicate\": \"MEETS\", \"pattern\": "
                              "\"{?EVT} between {PER} and {PER}\", \"event_kinds\": [\"picnic\"]}]}");
  auto book = LoadRuleBook({a.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("unknown event kind \"picnic\""), std::string::npos)
      << book.status().message();
  EXPECT_NE(book.status().message().find("k.json:"), std::string::npos) << book.status().message();
  b.Write("relations/t.json", "{\"rules\": [{\"id\": \"r\", \"predicate\": \"MEETS\", \"pattern\": "
                              "\"{PER} met {PER}\", \"event_kinds\": 5}]}");
  book = LoadRuleBook({b.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("t.json"), std::string::npos) << book.status().message();
  c.Write("kb/o.json", "{\"entities\": [{\"id\": \"x\", \"type\": \"ORGANIZATION\", \"name\": \"X Bloc\", "
                       "\"called\": [1, 2]}]}");
  book = LoadRuleBook({c.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("o.json"), std::string::npos) << book.status().message();
}

TEST(RuleBook, UserFilesAddAPersonAndAnOrganisationWithoutRebuilding) {
  TempDir dir;
  dir.Write("kb/local.json", R"({"entities": [
    {"id": "zhaksybekov", "type": "PERSON", "name": "Aidos Zhaksybekov", "aliases": ["Zhaksybekov"],
     "offices": [{"role": "Governor", "of": "almaty_region", "from": "2020-01-01"}]},
    {"id": "almaty_region", "type": "LOCATION", "category": "region", "name": "Almaty Region"},
    {"id": "steppe_watch", "type": "ORGANIZATION", "category": "ngo", "name": "Steppe Watch", "aliases": ["SW"]}]})");
  auto book = LoadRuleBook({dir.str()});
  ASSERT_TRUE(book.ok()) << book.status().message();
  extract::Extractor ex(*book);
  auto doc = ex.Run("t.txt", "Governor Aidos Zhaksybekov met activists from Steppe Watch in Almaty Region.", {});
  ASSERT_TRUE(doc.ok());
  bool person = false, org = false, office = false;
  for (const auto& e : doc->entities) {
    person = person || e.kb_id == "zhaksybekov";
    org = org || e.kb_id == "steppe_watch";
  }
  for (const auto& r : doc->relations)
    office = office || (r.predicate == Predicate::kHoldsPosition && doc->entities[r.object].kb_id == "almaty_region");
  EXPECT_TRUE(person);
  EXPECT_TRUE(org);
  EXPECT_TRUE(office);
}

// A user's alias in mixed case matches text written the same way; odd
// aliases (punctuation only, more words than the case mask holds) load and
// match nothing wrongly.
TEST(RuleBook, UserAliasesWithLowerCaseWordsAndOddShapes) {
  TempDir dir;
  std::string long_alias = "Steppe";
  for (int i = 0; i < 40; ++i) long_alias += " word";
  dir.Write("kb/local.json", R"({"entities": [
    {"id": "steppe_basin", "type": "LOCATION", "category": "region", "name": "Steppe Basin",
     "aliases": ["Steppe lowlands", "-- --", ")" + long_alias + R"("]}]})");
  auto book = LoadRuleBook({dir.str()});
  ASSERT_TRUE(book.ok()) << book.status().message();
  extract::Extractor ex(*book);
  auto doc = ex.Run("t.txt", "Herders crossed the Steppe lowlands. The steppe lowlands are dry. -- -- ends.", {});
  ASSERT_TRUE(doc.ok());
  size_t mentions = 0;
  for (const auto& e : doc->entities)
    if (e.kb_id == "steppe_basin") mentions += e.mentions.size();
  EXPECT_EQ(mentions, 1u);  // "steppe lowlands" in lower case is no name
}

// List names built on the fly land at the same stack address one after the
// other; the lookup cache must not take one for the other.
TEST(Lexicon, ListNamesBuiltOnTheFlyFindTheirOwnList) {
  Lexicon lex;
  lex.Add("event_talks", "talks");
  lex.Add("event_visit", "visit");
  for (const char* word : {"talks", "visit", "talks"}) {
    std::string name = std::string("event_") + word;
    EXPECT_TRUE(lex.Contains(name, word)) << name;
  }
}

// Lists past the 128 that get a token bit are read by hashing; both kinds
// must find one-word and several-word phrases alike, added one by one or
// all at once.
TEST(Lexicon, ListsWithAndWithoutBitsFindTheSamePhrases) {
  Lexicon lex;
  for (int i = 0; i < 128; ++i) lex.Add("filler_" + std::to_string(i), "word" + std::to_string(i));
  lex.AddAll("late_list", {"Envoy", "special envoy", "  ", "envoy"});
  lex.Add("filler_0", "special representative");
  ASSERT_EQ(lex.Bit("late_list"), 0u);
  ASSERT_NE(lex.Bit("filler_0"), 0u);
  EXPECT_EQ(lex.Phrases("late_list"), (std::vector<std::string>{"envoy", "special envoy"}));
  auto tokens = text::Tokenize("The special envoy met the special representative and an envoy.");
  lex.Classify(tokens);
  auto at = [&](std::string_view word) {
    for (size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i].folded == word) return i;
    return tokens.size();
  };
  size_t special = at("special"), envoy = tokens.size() - 2;
  ASSERT_EQ(tokens[envoy].folded, "envoy");
  EXPECT_EQ(lex.LongestAt("late_list", tokens, special, tokens.size()), 2u);
  EXPECT_EQ(lex.LongestAt("late_list", tokens, envoy, tokens.size()), 1u);
  EXPECT_EQ(lex.LongestAt("late_list", tokens, at("met"), tokens.size()), 0u);
  EXPECT_TRUE(lex.Has("late_list", tokens[envoy]));
  size_t representative_start = special + 4;  // "special envoy met the special"
  ASSERT_EQ(tokens[representative_start].folded, "special");
  EXPECT_EQ(lex.LongestAt("filler_0", tokens, representative_start, tokens.size()), 2u);
  EXPECT_EQ(lex.LongestAt("filler_0", tokens, special, tokens.size()), 0u);
}

// A family of lists that each name one office several ways: a key held by
// one list gives that list's first phrase; by two, or by none, nothing.
TEST(Lexicon, FirstOfTheOneFamilyListHoldingAKey) {
  Lexicon lex;
  lex.AddAll("counterpart_role_foreign_minister", {"Foreign Minister", "Secretary of State", "top diplomat"});
  lex.AddAll("counterpart_role_finance_minister", {"finance minister", "treasury secretary", "top diplomat"});
  lex.Add("unrelated", "secretary of state");
  EXPECT_EQ(lex.FirstOfFamilyListHolding("counterpart_role_", "secretary of state"), "foreign minister");
  EXPECT_EQ(lex.FirstOfFamilyListHolding("counterpart_role_", "treasury secretary"), "finance minister");
  EXPECT_EQ(lex.FirstOfFamilyListHolding("counterpart_role_", "top diplomat"), "");
  EXPECT_EQ(lex.FirstOfFamilyListHolding("counterpart_role_", "chancellor"), "");
  EXPECT_EQ(lex.FirstOfFamilyListHolding("unrelated", "secretary of state"), "secretary of state");
}

TEST(RuleBook, WithoutRelationsTheKnowledgeIsTheSame) {
  RuleLoadOptions entities_only;
  entities_only.relations = false;
  auto lean = LoadRuleBook(entities_only);
  auto full = LoadRuleBook({});
  ASSERT_TRUE(lean.ok() && full.ok());
  EXPECT_TRUE((*lean)->relations.rules().empty());
  EXPECT_FALSE((*full)->relations.rules().empty());
  EXPECT_EQ((*lean)->kb.entities.size(), (*full)->kb.entities.size());
  EXPECT_EQ((*lean)->lexicon.Phrases("english_words").size(), (*full)->lexicon.Phrases("english_words").size());
  EXPECT_GT((*lean)->lexicon.Phrases("english_words").size(), 30000u);
}

TEST(RuleBook, ExpandSlots) {
  Lexicon lex;
  lex.Add("verbs", "met");
  lex.Add("verbs", "held talks with");
  int slots = 0;
  auto e = ExpandSlots("{PER} {L:verbs} {ACTORS} ,? x", lex, &slots);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(slots, 2);
  EXPECT_NE(e->find("(?:met|held talks with)"), std::string::npos);
  EXPECT_NE(e->find("(?: ,)? x"), std::string::npos);
  EXPECT_FALSE(ExpandSlots("{L:nope}", lex, &slots).ok());
}

// The gaps are regexes over masked words; what each may cross, checked by
// RE2 itself.
TEST(RuleBook, GapsCrossOnlyWhatTheyShould) {
  Lexicon lex;
  int slots = 0;
  auto gapo = ExpandSlots("{GAPO}x", lex, &slots);
  ASSERT_TRUE(gapo.ok());
  RE2 object_gap(*gapo);
  ASSERT_TRUE(object_gap.ok()) << object_gap.error();
  for (const char* ok : {"x", "the temptation x", "tomorrow whole thaw an x", "tom andes whom x"})
    EXPECT_TRUE(RE2::FullMatch(ok, object_gap)) << ok;
  for (const char* no : {"to appease x", "the leaders who x", "that x", "a and b x", "[E1|LOC] x", "; x",
                         "support , x"})
    EXPECT_FALSE(RE2::FullMatch(no, object_gap)) << no;
  RE2 gap(*ExpandSlots("{GAP}x", lex, &slots));
  ASSERT_TRUE(gap.ok()) << gap.error();
  EXPECT_TRUE(RE2::FullMatch("in august , so it has x", gap));
  for (const char* no : {"goods , but it has x", "a and b x", "[E1|LOC] x", "; x"})
    EXPECT_FALSE(RE2::FullMatch(no, gap)) << no;
  auto list = ExpandSlots("{LOCS}", lex, &slots);
  ASSERT_TRUE(list.ok());
  RE2 locs("(" + *list + ")");
  for (const char* ok : {"[E1|LOC] and [E2|LOC]", "[E1|LOC] , [E2|LOC] and the [E3|LOC]", "[E1|LOC] , [E2|LOC] , and [E3|LOC]",
                         "[E1|LOC] along with [E2|LOC]", "[E1|LOC] , along with [E2|LOC]"})
    EXPECT_TRUE(RE2::FullMatch(ok, locs)) << ok;
  for (const char* no : {"[E1|LOC] , [E2|LOC]", "[E1|LOC] , and [E2|LOC]"})
    EXPECT_FALSE(RE2::FullMatch(no, locs)) << no;
}

// Terms compare ISO dates of any precision on their common prefix.
TEST(KnowledgeBase, AnOfficeIsHeldWithinItsTerm) {
  Office biden{"President", "US", "2021-01-20", "2025-01-20"};
  EXPECT_TRUE(HeldOn(biden, "2024-06-01"));
  EXPECT_TRUE(HeldOn(biden, "2021"));  // the year the term began
  EXPECT_TRUE(HeldOn(biden, "2025-01-20"));
  EXPECT_FALSE(HeldOn(biden, "2025-03"));
  EXPECT_FALSE(HeldOn(biden, "2020-12-31"));
  EXPECT_FALSE(HeldOn(biden, ""));  // no date: only offices still held
  Office putin{"President", "RU", "2012-05-07", ""};
  EXPECT_TRUE(HeldOn(putin, ""));
  EXPECT_TRUE(HeldOn(putin, "2026-11-22"));
}

// Rule options read from the files: the event kinds a rule is limited to.
TEST(RuleBook, EventKindsAndCalledNamesAreRead) {
  auto book = LoadRuleBook({});
  ASSERT_TRUE(book.ok()) << book.status().message();
  bool meeting_rule = false;
  for (const auto& r : (*book)->relations.rules())
    if (r.id == "meets-between")
      meeting_rule = std::find(r.event_kinds.begin(), r.event_kinds.end(), "talks") != r.event_kinds.end();
  EXPECT_TRUE(meeting_rule);
  const KbEntity* nato = (*book)->kb.Find("nato");
  ASSERT_NE(nato, nullptr);
  EXPECT_NE(std::find(nato->called.begin(), nato->called.end(), "alliance"), nato->called.end());
}

// "self_governing": read from the built-in files and from a user's; a
// value of the wrong type names the file and the cause, and nothing loads.
TEST(RuleBook, SelfGoverningTerritoriesAreReadAndCheckedForType) {
  auto book = LoadRuleBook({});
  ASSERT_TRUE(book.ok()) << book.status().message();
  ASSERT_NE((*book)->kb.Find("greenland"), nullptr);
  EXPECT_TRUE((*book)->kb.Find("greenland")->self_governing);
  ASSERT_NE((*book)->kb.Find("crimea"), nullptr);
  EXPECT_FALSE((*book)->kb.Find("crimea")->self_governing);
  TempDir good, bad;
  good.Write("kb/t.json", "{\"entities\": [{\"id\": \"testland\", \"type\": \"LOCATION\", \"category\": "
                          "\"territory\", \"name\": \"Testland\", \"self_governing\": true}]}");
  book = LoadRuleBook({good.str()});
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_TRUE((*book)->kb.Find("testland")->self_governing);
  bad.Write("kb/t.json", "{\"entities\": [{\"id\": \"testland\", \"type\": \"LOCATION\", \"category\": "
                         "\"territory\", \"name\": \"Testland\", \"self_governing\": \"yes\"}]}");
  book = LoadRuleBook({bad.str()});
  ASSERT_FALSE(book.ok());
  EXPECT_NE(book.status().message().find("t.json:1: wrong value type"), std::string::npos) << book.status().message();
}

}  // namespace
}  // namespace dossier
