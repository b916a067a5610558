// Dates in articles: the article's own date (a "Date:" line or an ISO date
// near the top) and relative expressions resolved against it ("Feb. 16",
// "March 19", "early January", "last year") into ISO 8601.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/document.h"

namespace dossier::text {

// Month number 1-12 for "January", "Jan", "Jan.", "Sept"; 0 if not a month.
int MonthNumber(std::string_view word);

// "2023-02-24", "2023-02", "2023" -> the same string if well formed.
std::optional<std::string> ParseIsoDate(std::string_view s);

// Looks in the first lines of an article for "Date: ...", "Published: ..."
// or a date line such as "February 24, 2023" / "24 February 2023".
std::optional<std::string> FindArticleDate(std::string_view text);

// Resolves a date expression against the article date (ISO, may be "").
// Returns "" when it cannot: "Feb. 16" with no article year stays unknown.
// A month without a year is taken as past unless within two months ahead;
// a sentence that looks ahead (speaks of plans) takes the nearest either
// way, one that looks back (tells of what was done) the past.
enum class Tense { kUnknown, kAhead, kBack };
std::string ResolveDate(std::string_view expression, std::string_view article_date, Tense tense = Tense::kUnknown);

// Whether the sentence speaks of what is to come ("will", "planned",
// "upcoming", "next"), else of what was done ("captured", "was", "took"),
// for ResolveDate. Given the date phrase's token, a clause "that" opens
// after it does not count.
Tense SentenceTense(const Document& doc, const Sentence& s, uint32_t date_at = UINT32_MAX);

// The words of a date phrase that token `i` opens ("on March 19", "in early
// January", "of 2022"; the preposition is left out), tokens before `end`
// only; "" when none does.
std::string DatePhraseAfter(const Document& doc, uint32_t i, uint32_t end);

// Resolves a date phrase found in sentence `s` at token `date_at`. A month
// without a year is read near the month and year the sentence named before
// it ("announced in November 2024 ... had rejected the October election"
// is October 2024), else against the article date as ResolveDate does.
std::string ResolveDateInSentence(const Document& doc, const Sentence& s, std::string_view phrase, uint32_t date_at);

}  // namespace dossier::text
