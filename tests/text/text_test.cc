// Text layer: UTF-8 checks, folding, tokens, sentences, dates.
#include <gtest/gtest.h>

#include "model/document.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/sentence_splitter.h"
#include "text/sha256.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace dossier::text {
namespace {

std::vector<std::string> TokenTexts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(s)) out.emplace_back(s.substr(t.span.start, t.span.size()));
  return out;
}

std::vector<std::string> Sentences(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.tokens = Tokenize(doc.text);
  EXPECT_TRUE(SplitSentences(doc).ok());
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.push_back(doc.text.substr(s.span.start, s.span.size()));
  return out;
}

TEST(Utf8, AcceptsValidAndFindsFirstBadByte) {
  EXPECT_TRUE(IsValidUtf8("Sánchez — Қазақстан 😀"));
  size_t bad = 0;
  EXPECT_FALSE(IsValidUtf8(std::string("ok \xC3\x28 then", 11), &bad));
  EXPECT_EQ(bad, 3u);
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // a UTF-16 surrogate is not UTF-8
}

TEST(Utf8, LenientRepairCountsReplacements) {
  size_t n = 0;
  std::string fixed = ReplaceInvalidUtf8(std::string("a\xFF" "b\xFE", 4), &n);
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(fixed, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(fixed));
}

TEST(Utf8, NulByteMeansBinary) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("plain text"));
}

TEST(Fold, CaseAccentsAndQuotes) {
  EXPECT_EQ(Fold("Sánchez"), "sanchez");
  EXPECT_EQ(Fold("ERDOĞAN"), "erdogan");
  EXPECT_EQ(MatchKey("U.S."), "us");
  EXPECT_EQ(MatchKey("Nur-Sultan"), "nur sultan");
  EXPECT_EQ(MatchKey("Russia’s"), "russia");
  EXPECT_EQ(MatchKey("doesn’t"), "doesn't");
  EXPECT_EQ(MatchKey("OPEC+"), "opec+");  // not OPEC
  EXPECT_EQ(MatchKey("C5+1 format"), "c5+1 format");
  EXPECT_EQ(MatchKey("A + B"), "a b");
}

TEST(Tokenizer, AcronymsPossessivesAndCompounds) {
  EXPECT_EQ(TokenTexts("the U.S. and Russia's war"),
            (std::vector<std::string>{"the", "U.S.", "and", "Russia", "'s", "war"}));
  EXPECT_EQ(TokenTexts("Kassym-Jomart Tokayev"), (std::vector<std::string>{"Kassym-Jomart", "Tokayev"}));
  EXPECT_EQ(TokenTexts("a Saudi-led coalition"), (std::vector<std::string>{"a", "Saudi", "-", "led", "coalition"}));
  EXPECT_EQ(TokenTexts("Feb. 16, 4,000 people"), (std::vector<std::string>{"Feb.", "16", ",", "4,000", "people"}));
  EXPECT_EQ(TokenTexts("Kazakhstan’s"), (std::vector<std::string>{"Kazakhstan", "’s"}));
  EXPECT_EQ(TokenTexts("OPEC+ and the C5+1, not 2+2"),
            (std::vector<std::string>{"OPEC+", "and", "the", "C5+1", ",", "not", "2", "+", "2"}));
  // A plus at the end of the text, before a multi-byte dash or doubled:
  // spans stay inside the text and on character boundaries.
  EXPECT_EQ(TokenTexts("G7+—the OPEC+"), (std::vector<std::string>{"G7+", "—", "the", "OPEC+"}));
  EXPECT_EQ(TokenTexts("C++"), (std::vector<std::string>{"C+", "+"}));
}

// "Geert Wilders' Party": an apostrophe after a word in "s" and before a
// space is the possessive; a quotation's close is not.
TEST(Tokenizer, PossessiveApostropheAfterS) {
  auto tokens = Tokenize("Wilders' Party and the 'Friends' group");
  std::vector<std::string> folded;
  for (const auto& t : tokens) folded.push_back(t.folded);
  EXPECT_EQ(folded, (std::vector<std::string>{"wilders", "'s", "party", "and", "the", "'", "friends", "'", "group"}));
}

// Dashes that join words ("Saudi-led") and dashes that set off an aside.
TEST(Tokenizer, JoiningAndSpacedDashes) {
  auto tokens = Tokenize("a Saudi-led coalition - and Iran \u2013 or not \u2014 went on");
  std::vector<std::string> joining, spaced;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (IsJoiningDash(tokens, i)) joining.push_back(tokens[i].folded);
    if (IsSpacedDash(tokens, i)) spaced.push_back(tokens[i].folded);
  }
  EXPECT_EQ(joining, (std::vector<std::string>{"-"}));
  EXPECT_EQ(spaced, (std::vector<std::string>{"-", "\u2013", "\u2014"}));
}

TEST(Tokenizer, SpansAreExactByteOffsets) {
  std::string s = "Zelenskyy — «Київ»  said";
  for (const auto& t : Tokenize(s)) {
    EXPECT_LE(t.span.end, s.size());
    EXPECT_TRUE(IsValidUtf8(s.substr(t.span.start, t.span.size())));
  }
}

TEST(Sentences, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("The U.S. Department of State said so. He left.").size(), 2u);
  EXPECT_EQ(Sentences("The Feb. 16 phone call mattered. Dr. Smith agreed.").size(), 2u);
  EXPECT_EQ(Sentences("U.S. President Joe Biden spoke.").size(), 1u);
}

// ICU's standard suppressions would keep these together.
TEST(Sentences, AcronymWithoutPeriodsEndsASentence) {
  for (const char* body : {"NATO", "IMF", "CSTO", "WTO", "SCO"}) {
    auto s = Sentences(std::string("Kazakhstan is not a member of the ") + body + ". China and Russia agreed.");
    ASSERT_EQ(s.size(), 2u) << body;
    EXPECT_EQ(s[1], "China and Russia agreed.");
  }
  EXPECT_EQ(Sentences("Mr. Smith met Gen. Jones and Sen. Paul in St. Louis. Then Lt. Col. Ivanov left.").size(), 2u);
}

TEST(Sentences, AcronymThenPronounStartsANewSentence) {
  auto s = Sentences("She is an analyst based in Washington, D.C. He monitors Central Asia.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "He monitors Central Asia.");
}

TEST(Sentences, HeadlinesSeparatedByBlankLinesStandAlone) {
  auto s = Sentences("A Headline Without A Stop\n\nThe first sentence follows.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "A Headline Without A Stop");
}

TEST(Dates, ArticleDateFromHeaderOrDateLine) {
  EXPECT_EQ(FindArticleDate("Title\nDate: 2023-02-24\n\nText."), "2023-02-24");
  EXPECT_EQ(FindArticleDate("Title\nFebruary 24, 2023\n\nText."), "2023-02-24");
  EXPECT_FALSE(FindArticleDate("No date here.").has_value());
  // Markdown emphasis, a "Published" label, an ISO line.
  EXPECT_EQ(FindArticleDate("# Title\n\n*June 20, 2025*\n\nText."), "2025-06-20");
  EXPECT_EQ(FindArticleDate("Title\nPublished 3 March 2024\nText."), "2024-03-03");
  EXPECT_EQ(FindArticleDate("Title\n_2024-11-05_\nText."), "2024-11-05");
  EXPECT_FALSE(FindArticleDate("Title\nHe said on June 20, 2025 that it was over.\n").has_value());
  // By-lines and kickers carry the date among other words.
  EXPECT_EQ(FindArticleDate("The handshake\n\nBy Lena Hartmann | August 12, 2025\n\nText."), "2025-08-12");
  EXPECT_EQ(FindArticleDate("Oil majors\n\nAnalysis, October 24, 2025\n\nText."), "2025-10-24");
  EXPECT_EQ(FindArticleDate("Title\nTuesday 4 March 2025 | 5 min read\nText."), "2025-03-04");
  EXPECT_EQ(FindArticleDate("ALMATY, Kazakhstan (Sept. 3, 2025) — Kazakhstan's president flew to Tianjin.\n"),
            "2025-09-03");
  // Header lines that are empty, only emphasis marks, too long, or name no
  // month date nothing and break nothing.
  EXPECT_FALSE(FindArticleDate("").has_value());
  EXPECT_FALSE(FindArticleDate("***\n__\n\r\n*\n").has_value());
  EXPECT_FALSE(FindArticleDate(std::string(5000, 'x') + " March 3, 2025\n").has_value());
  EXPECT_FALSE(FindArticleDate("PARIS (Foo. 3, 2025) — Text.\nBy X | Someday 12, 2025\n").has_value());
  EXPECT_FALSE(FindArticleDate("Title\n\nOn March 13, 2025, the two presidents signed a treaty.\n").has_value());
  // A by-line with the month only dates the article to the month; a day
  // elsewhere in the head wins, and a month in a sentence dates nothing.
  EXPECT_EQ(FindArticleDate("Can Lebanon Disarm Hezbollah?\nBy a Levant analyst, September 2025\n\nText."), "2025-09");
  EXPECT_EQ(FindArticleDate("Title\nBy Ann Lee | March 2025\nUpdated April 2, 2025\n\nText."), "2025-04-02");
  EXPECT_FALSE(FindArticleDate("Title\n\nIn March 2025 the cabinet fell.\n").has_value());
  EXPECT_FALSE(FindArticleDate("Title\nBy a staff writer, Spring 2025\n").has_value());
}

TEST(Dates, RelativeDatesResolveToTheNearestYear) {
  EXPECT_EQ(ResolveDate("Feb. 16", "2023-02-24"), "2023-02-16");
  EXPECT_EQ(ResolveDate("March 19", "2023-02-24"), "2023-03-19");  // upcoming, same year
  EXPECT_EQ(ResolveDate("November 3", "2023-02-24"), "2022-11-03");  // recent past
  EXPECT_EQ(ResolveDate("January", "2025-10-30"), "2025-01");  // told of in the past, not three months ahead
  EXPECT_EQ(ResolveDate("March", "2025-11-18"), "2025-03");
  EXPECT_EQ(ResolveDate("December 1", "2025-10-30"), "2025-12-01");  // near ahead
  EXPECT_EQ(ResolveDate("Dec. 20", "2025-12-28"), "2025-12-20");
  // A sentence about plans takes the nearest one either way.
  EXPECT_EQ(ResolveDate("Oct. 2", "2024-06-01", Tense::kAhead), "2024-10-02");
  // Told of as done: "captured Goma in January" in December is the past one.
  EXPECT_EQ(ResolveDate("January", "2025-12-05", Tense::kBack), "2025-01");
  EXPECT_EQ(ResolveDate("January", "2025-12-05"), "2026-01");
  // ... but the article's own month is this year's ("appointed him in early
  // December", written on 2 December).
  EXPECT_EQ(ResolveDate("early December", "2025-12-02", Tense::kBack), "2025-12");
  EXPECT_EQ(ResolveDate("Oct. 2", "2024-06-01"), "2023-10-02");
  EXPECT_EQ(ResolveDate("early January", "2022-01-20"), "2022-01");
  EXPECT_EQ(ResolveDate("last year", "2023-02-24"), "2022");
  EXPECT_EQ(ResolveDate("Feb. 16", ""), "");  // no year to anchor it
  // The day first, as British and European writers put it.
  EXPECT_EQ(ResolveDate("22 November 2025", "2025-12-01"), "2025-11-22");
  EXPECT_EQ(ResolveDate("13 June", "2025-07-01"), "2025-06-13");
  EXPECT_EQ(ResolveDate("40 June 2025", "2025-07-01"), "");
}

// A month alone near the month and year its sentence named before it.
TEST(Dates, MonthAloneReadNearTheSentencesOwnDate) {
  auto resolve = [](const std::string& text, std::string_view phrase, std::string_view word) {
    Document doc;
    doc.text = text;
    doc.date = "2025-11-15";
    doc.tokens = Tokenize(doc.text);
    EXPECT_TRUE(SplitSentences(doc).ok());
    uint32_t at = 0;
    while (at < doc.tokens.size() && doc.tokens[at].folded != word) ++at;
    return ResolveDateInSentence(doc, doc.sentences[0], phrase, at);
  };
  EXPECT_EQ(resolve("In November 2024 it said the president rejected the October election.", "October", "october"),
            "2024-10");
  EXPECT_EQ(resolve("After the invasion of 24 February 2022, the bloc acted in March.", "March", "march"), "2022-03");
  EXPECT_EQ(resolve("It was signed in November 2024 and ratified in December.", "December", "december"), "2024-12");
  // With no date named before, the article's date as ever ...
  EXPECT_EQ(resolve("The president rejected the October election.", "October", "october"), "2025-10");
  // ... and a phrase with its own year keeps it.
  EXPECT_EQ(resolve("In November 2024 it recalled the March 2021 vote.", "March 2021", "march"), "2021-03");
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(std::string(1000, 'a')).substr(0, 16), "41edece42d63e8d9");
}

}  // namespace
}  // namespace dossier::text
