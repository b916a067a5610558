#include "text/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "text/fold.h"
#include "text/tokenizer.h"

namespace dossier::text {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"};

std::string Pad(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

int YearOf(std::string_view iso) {
  if (iso.size() < 4) return 0;
  int y = 0;
  for (int i = 0; i < 4; ++i) {
    if (iso[i] < '0' || iso[i] > '9') return 0;
    y = y * 10 + (iso[i] - '0');
  }
  return y;
}

int MonthOf(std::string_view iso) {
  if (iso.size() < 7) return 0;
  return (iso[5] - '0') * 10 + (iso[6] - '0');
}

int DayOf(std::string_view iso) {
  if (iso.size() < 10) return 15;
  return (iso[8] - '0') * 10 + (iso[9] - '0');
}

// A month (and day) given without a year is the latest one up to the
// article date, unless it comes within two months after it: commentary
// mostly tells what happened ("In January, the United States determined
// ..." in an October article is this January), and speaks ahead only of
// what is near ("March 19" in a February article is next month; "November"
// in a February article was last year).
// Where the sentence looks ahead ("officials planned the Oct. 2 summit"),
// the nearest occurrence either way; where it tells of what was done
// ("captured Goma in January", in December), a month alone is the latest up
// to the date.
int NearestYear(int article_year, int article_month, int article_day, int month, int day, Tense tense) {
  if (!article_month) return article_year;
  bool month_only = day == 0;  // "in January": taken as its middle
  if (month_only) day = 15;
  int article = article_month * 31 + article_day;
  int date = month * 31 + day;
  int past = date <= article ? article_year : article_year - 1;
  int future = date > article ? article_year : article_year + 1;
  int ahead = (future - article_year) * 372 + date - article;
  int behind = article - (past - article_year) * 372 - date;
  if (tense == Tense::kAhead) return ahead < behind ? future : past;
  // ("appointed him in early December", in December: the month the
  // article is written in is this year's, whatever the tense.)
  if (month == article_month && month_only) return article_year;
  // (A day within two months ahead stays ahead even told as done: the
  // article's date may be the day it was filed, not the day of events.)
  return ahead <= 62 && !(tense == Tense::kBack && month_only) ? future : past;
}

}  // namespace

int MonthNumber(std::string_view word) {
  std::string w = Fold(word);
  while (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i]) return static_cast<int>(i) + 1;
    if (w.size() <= 4 && kMonths[i].substr(0, w.size()) == w && w != "marc") return static_cast<int>(i) + 1;
  }
  return 0;
}

std::optional<std::string> ParseIsoDate(std::string_view s) {
  static const RE2 iso(R"((\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?)");
  if (RE2::FullMatch(s, iso)) return std::string(s);
  return std::nullopt;
}

namespace {

// The first eight lines of the head that hold more than spaces and
// emphasis marks, with those trimmed from their ends.
std::vector<std::string_view> HeadLines(std::string_view head) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (lines.size() < 8 && start < head.size()) {
    size_t end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '*' || line.back() == '_'))
      line.remove_suffix(1);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

std::optional<std::string> FindArticleDate(std::string_view text) {
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 2000));
  static const RE2 labelled(R"((?im)^\s*(?:date|published|dateline)\s*:\s*(\d{4}-\d{2}(?:-\d{2})?))");
  std::string iso;
  if (RE2::PartialMatch(head, labelled, &iso)) return iso;
  // A line of its own, perhaps in Markdown emphasis ("*June 20, 2025*") or
  // after "Published"/"Updated".
  static const RE2 mdy(
      R"((?m)^\s*[*_]{0,2}(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?: on)?:?\s+)?(?:[A-Z][a-z]+day,\s+)?)"
      R"(([A-Z][a-z]+)\.?\s+(\d{1,2}),\s+(\d{4})[*_]{0,2}\s*$)");
  static const RE2 dmy(
      R"((?m)^\s*[*_]{0,2}(?:(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?: on)?:?\s+)?(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})[*_]{0,2}\s*$)");
  static const RE2 iso_line(R"((?m)^\s*[*_]{0,2}(\d{4}-\d{2}-\d{2})[*_]{0,2}\s*$)");
  if (RE2::PartialMatch(head, iso_line, &iso)) return iso;
  std::string month, day, year;
  if (RE2::PartialMatch(head, mdy, &month, &day, &year) ||
      RE2::PartialMatch(head, dmy, &day, &month, &year)) {
    int m = MonthNumber(month);
    if (m) return year + "-" + Pad(m) + "-" + Pad(std::stoi(day));
  }
  // A by-line or kicker among the first lines: "By Lena Hartmann | August
  // 12, 2025", "Analysis, October 24, 2025", "Tuesday 4 March 2025 | 5 min
  // read". Short lines that end in no full stop, so that a sentence of the
  // text ("On March 13, 2025, they signed ...") dates nothing.
  static const RE2 mdy_in(R"(\b([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b)");
  static const RE2 dmy_in(R"(\b(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})\b)");
  static const RE2 iso_in(R"(\b(\d{4}-\d{2}-\d{2})\b)");
  std::vector<std::string_view> lines = HeadLines(head);
  for (std::string_view line : lines) {
    // A dateline opening the first paragraph: "ALMATY, Kazakhstan (Sept. 3,
    // 2025) — ...".
    static const RE2 dateline(R"(^[^(]{0,60}\(([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\))");
    if (RE2::PartialMatch(line, dateline, &month, &day, &year) && MonthNumber(month))
      return year + "-" + Pad(MonthNumber(month)) + "-" + Pad(std::stoi(day));
    if (line.size() > 160 || line.back() == '.') continue;
    if (RE2::PartialMatch(line, iso_in, &iso)) return iso;
    if (RE2::PartialMatch(line, mdy_in, &month, &day, &year) || RE2::PartialMatch(line, dmy_in, &day, &month, &year)) {
      int m = MonthNumber(month);
      if (m) return year + "-" + Pad(m) + "-" + Pad(std::stoi(day));
    }
  }
  // "By a staff analyst, October 2025": a by-line that gives only the
  // month dates the article to it, where no line gives a day.
  static const RE2 my_in(R"(\b([A-Z][a-z]+)\.?\s+(\d{4})\b)");
  for (std::string_view line : lines) {
    if (line.size() > 160 || line.back() == '.' || !(line.starts_with("By ") || line.find('|') != std::string_view::npos))
      continue;
    re2::StringPiece rest(line.data(), line.size());
    while (RE2::FindAndConsume(&rest, my_in, &month, &year))
      if (int m = MonthNumber(month)) return year + "-" + Pad(m);
  }
  return std::nullopt;
}

std::string ResolveDate(std::string_view expression, std::string_view article_date, Tense tense) {
  std::string e = Fold(expression);
  int article_year = YearOf(article_date);
  int article_month = MonthOf(article_date);
  static const RE2 month_day(R"((?:early |mid |mid-|late )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?)");
  static const RE2 month_year(R"((?:early |mid |mid-|late )?([a-z]+)\.?(?: (\d{4}))?)");
  static const RE2 year_only(R"((?:in |early |late )?(\d{4}))");
  static const RE2 day_month(R"((\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?(?:,? (\d{4}))?)");
  std::string month, day, year;
  if ((RE2::FullMatch(e, month_day, &month, &day, &year) || RE2::FullMatch(e, day_month, &day, &month, &year)) &&
      MonthNumber(month)) {
    int m = MonthNumber(month);
    int d = std::stoi(day);
    if (d < 1 || d > 31) return "";
    int y = year.empty() ? NearestYear(article_year, article_month, DayOf(article_date), m, d, tense) : std::stoi(year);
    if (!y) return "";
    return std::to_string(y) + "-" + Pad(m) + "-" + Pad(d);
  }
  if (RE2::FullMatch(e, month_year, &month, &year) && MonthNumber(month)) {
    int m = MonthNumber(month);
    int y = year.empty() ? NearestYear(article_year, article_month, DayOf(article_date), m, 0, tense) : std::stoi(year);
    if (!y) return "";
    return std::to_string(y) + "-" + Pad(m);
  }
  if (RE2::FullMatch(e, year_only, &year)) return year;
  if (!article_year) return "";
  if (e == "last year" || e == "the past year" || e == "a year ago") return std::to_string(article_year - 1);
  if (e == "this year") return std::to_string(article_year);
  if (e == "next year") return std::to_string(article_year + 1);
  return "";
}

std::string DatePhraseAfter(const Document& doc, uint32_t i, uint32_t end) {
  const auto& t = doc.tokens;
  if (i >= end || !(t[i].folded == "on" || t[i].folded == "in" || t[i].folded == "of")) return "";
  uint32_t j = i + 1;
  if (j < end && (t[j].folded == "early" || t[j].folded == "late" || t[j].folded == "mid")) ++j;
  if (j < end && t[j].is_number && t[j].folded.size() == 4) return TokensText(doc, j, j + 1);  // "summit of 2023"
  if (j < end && MonthNumber(t[j].folded) && t[j].capitalized) {
    uint32_t k = j + 1;
    if (k < end && t[k].is_number) ++k;
    if (k < end && t[k].folded == "," && k + 1 < end && t[k + 1].is_number) k += 2;
    return TokensText(doc, i + 1, k);
  }
  // "on 22 November 2025", "on 22 and 23 November 2025", "on 22-23
  // November": the day first, a second day of a span left out.
  if (j < end && t[j].is_number && t[j].folded.size() <= 2) {
    uint32_t k = j + 1;
    if (k + 1 < end && (t[k].folded == "and" || t[k].folded == "-" || t[k].folded == "–" || t[k].folded == "to") &&
        t[k + 1].is_number && t[k + 1].folded.size() <= 2)
      k += 2;
    if (k < end && MonthNumber(t[k].folded) && t[k].capitalized) {
      uint32_t month = k++;
      if (k < end && t[k].is_number && t[k].folded.size() == 4) ++k;
      return TokensText(doc, j, j + 1) + " " + TokensText(doc, month, k);
    }
  }
  return "";
}

namespace {

// The last "Month YYYY" ("5 November 2024", "November 5, 2024") before
// token `before` in the sentence, as "YYYY-MM"; "" when none.
std::string MonthAndYearBefore(const Document& doc, const Sentence& s, uint32_t before) {
  const auto& t = doc.tokens;
  for (uint32_t i = std::min(before, s.end_token); i-- > s.first_token;) {
    if (!t[i].is_number || t[i].folded.size() != 4) continue;
    uint32_t m = i - 1;
    if (m > s.first_token && t[m].folded == ",") --m;
    if (m > s.first_token && t[m].is_number && t[m].folded.size() <= 2) --m;
    if (m >= s.first_token && m < i && t[m].capitalized)
      if (int month = MonthNumber(t[m].folded)) return t[i].folded + "-" + Pad(month);
  }
  return "";
}

}  // namespace

std::string ResolveDateInSentence(const Document& doc, const Sentence& s, std::string_view phrase, uint32_t date_at) {
  static const RE2 year(R"(\d{4})");
  bool month = false;
  for (size_t i = 0; i < phrase.size() && !month;) {
    size_t end = phrase.find(' ', i);
    if (end == std::string_view::npos) end = phrase.size();
    std::string_view word = phrase.substr(i, end - i);
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    month = MonthNumber(word) != 0;
    i = end + 1;
  }
  if (month && !RE2::PartialMatch(phrase, year)) {
    std::string anchor = MonthAndYearBefore(doc, s, date_at);
    // (Near it either way: "in November 2024 ... in December" is the
    // December after.)
    if (!anchor.empty()) return ResolveDate(phrase, anchor, Tense::kAhead);
  }
  return ResolveDate(phrase, doc.date, SentenceTense(doc, s, date_at));
}

Tense SentenceTense(const Document& doc, const Sentence& s, uint32_t date_at) {
  static const std::string_view kCues[] = {"will", "shall", "plan", "plans", "planned", "planning", "scheduled",
                                           "upcoming", "next", "expected", "due", "forthcoming", "prepare",
                                           "prepares", "preparing", "would"};
  // Verbs in the past that end in no "-ed" (speech verbs left out: "said
  // talks resume in January" looks ahead).
  static const std::string_view kPast[] = {"was", "were", "had", "did", "took", "won", "met", "held", "fought",
                                           "struck", "began", "led", "made", "gave", "sent", "came", "went", "fell",
                                           "rose", "saw", "broke", "left", "lost", "ran", "stood", "shot", "hit",
                                           "sought", "brought", "bought", "drew", "overran", "ago"};
  bool past = false;
  // ("visited Georgetown in March and warned that an attack would be ...":
  // a clause that "that" opens after the date speaks of its own time.)
  bool later_clause = false;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = doc.tokens[i];
    later_clause = later_clause || (i > date_at && t.folded == "that");
    for (std::string_view cue : kCues)
      if (t.folded == cue && !later_clause) return Tense::kAhead;
    if (!t.is_word || t.capitalized) continue;
    for (std::string_view verb : kPast) past = past || t.folded == verb;
    // ("captured Goma in January", not "the armed group"): a word in
    // "-ed" after no article.
    const std::string& before = i > s.first_token ? doc.tokens[i - 1].folded : t.folded;
    past = past || (t.folded.size() > 4 && t.folded.ends_with("ed") && before != "the" && before != "a" &&
                    before != "an" && before != "its" && before != "their");
  }
  return past ? Tense::kBack : Tense::kUnknown;
}

}  // namespace dossier::text
