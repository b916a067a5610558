#include "text/dates.h"

#include <re2/re2.h>

#include <array>
#include <cstdio>
#include <cstdlib>

#include "text/fold.h"

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

// A month (and day) given without a year is the one nearest the article
// date: "March 19" in a February article is next month, "November" in a
// February article was last year.
int NearestYear(int article_year, int article_month, int article_day, int month, int day) {
  if (!article_month) return article_year;
  int article = article_month * 31 + article_day;
  int date = month * 31 + day;
  int best = article_year, best_gap = 1 << 30;
  for (int y : {article_year - 1, article_year, article_year + 1}) {
    int gap = std::abs((y - article_year) * 372 + date - article);
    if (gap < best_gap) best = y, best_gap = gap;
  }
  return best;
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
  size_t start = 0;
  for (int lines = 0; lines < 8 && start < head.size();) {
    size_t end = head.find('\n', start);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '*' || line.back() == '_'))
      line.remove_suffix(1);
    if (line.empty()) continue;
    ++lines;
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
  return std::nullopt;
}

std::string ResolveDate(std::string_view expression, std::string_view article_date) {
  std::string e = Fold(expression);
  int article_year = YearOf(article_date);
  int article_month = MonthOf(article_date);
  static const RE2 month_day(R"((?:early |mid |mid-|late )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?)");
  static const RE2 month_year(R"((?:early |mid |mid-|late )?([a-z]+)\.?(?: (\d{4}))?)");
  static const RE2 year_only(R"((?:in |early |late )?(\d{4}))");
  std::string month, day, year;
  if (RE2::FullMatch(e, month_day, &month, &day, &year) && MonthNumber(month)) {
    int m = MonthNumber(month);
    int d = std::stoi(day);
    if (d < 1 || d > 31) return "";
    int y = year.empty() ? NearestYear(article_year, article_month, DayOf(article_date), m, d) : std::stoi(year);
    if (!y) return "";
    return std::to_string(y) + "-" + Pad(m) + "-" + Pad(d);
  }
  if (RE2::FullMatch(e, month_year, &month, &year) && MonthNumber(month)) {
    int m = MonthNumber(month);
    int y = year.empty() ? NearestYear(article_year, article_month, DayOf(article_date), m, 15) : std::stoi(year);
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

}  // namespace dossier::text
