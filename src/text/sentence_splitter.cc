#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "text/tokenizer.h"

namespace dossier::text {
namespace {

// ICU break iterators are costly to build and not thread-safe: one per thread.
// Plain "en", not "en@ss=standard": the standard suppressions keep "NATO. China
// ..." and "joined the IMF. Then ..." together, while the abbreviations they
// are for ("Dr.", "Sen.", "Feb.") are merged back by EndsWithoutStopping.
icu::BreakIterator* ThreadSentenceIterator(UErrorCode& status) {
  thread_local std::unique_ptr<icu::BreakIterator> it;
  if (!it) it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  return it.get();
}

std::vector<uint32_t> IcuBoundaries(std::string_view text, Status& st) {
  std::vector<uint32_t> cuts;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  icu::BreakIterator* it = ThreadSentenceIterator(status);
  if (U_FAILURE(status) || !it) {
    if (ut) utext_close(ut);
    st = Status::Internal(std::string("ICU sentence iterator: ") + u_errorName(status));
    return cuts;
  }
  it->setText(ut, status);
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
    cuts.push_back(static_cast<uint32_t>(b));
  it->setText(icu::UnicodeString());  // drop the pointer into `text`
  utext_close(ut);
  return cuts;
}

// ICU keeps "Washington, D.C. He is..." together; a pronoun or article
// after an acronym's final period starts a new sentence.
bool StartsSentence(const Token& t) {
  static const char* kStarters[] = {"he", "she", "it", "they", "we", "i", "the", "this", "that", "these", "those",
                                    "his", "her", "their", "its", "our", "in", "but", "however", "there", "a", "an"};
  if (!t.capitalized) return false;
  for (const char* w : kStarters)
    if (t.folded == w) return true;
  return false;
}

bool EndsWithoutStopping(const Token& last, const Token& next, std::string_view text) {
  std::string_view s = text.substr(last.span.start, last.span.size());
  if (s.empty() || s.back() != '.') return false;
  bool next_lower = next.is_word && !next.capitalized && !next.is_number;
  std::string_view word = s.substr(0, s.size() - 1);
  if (IsAbbreviation(word)) {
    return true;  // "Feb. 16", "Dr. Smith": titles and months lead on
  }
  if (word.size() == 1) return true;      // an initial: "John F. Kennedy"
  // "U.S. President", "the U.N. Security Council": an acronym with inner
  // periods goes on unless a typical sentence opener follows.
  if (word.find('.') != std::string_view::npos) return !StartsSentence(next);
  return next_lower || next.is_number;    // "the U.S. and ...", "the U.S. 2023 budget"
}

void SplitAfterAcronyms(Document& doc) {
  std::vector<Sentence> out;
  for (const Sentence& s : doc.sentences) {
    Sentence cur = s;
    for (uint32_t i = s.first_token + 1; i + 1 < s.end_token; ++i) {
      const Token& t = doc.tokens[i];
      std::string_view w(doc.text.data() + t.span.start, t.span.size());
      bool acronym_end = t.is_word && w.size() >= 4 && w.back() == '.' && w[w.size() - 3] == '.';
      if (!acronym_end || !StartsSentence(doc.tokens[i + 1])) continue;
      cur.end_token = i + 1;
      cur.span.end = t.span.end;
      out.push_back(cur);
      cur.first_token = i + 1;
      cur.span.start = doc.tokens[i + 1].span.start;
    }
    cur.end_token = s.end_token;
    cur.span.end = s.span.end;
    out.push_back(cur);
  }
  doc.sentences = std::move(out);
}

}  // namespace

Status SplitSentences(Document& doc) {
  Status st;
  std::vector<uint32_t> cuts = IcuBoundaries(doc.text, st);
  if (!st.ok()) return st;
  doc.sentences.clear();
  const auto& tokens = doc.tokens;
  size_t ti = 0;
  for (uint32_t cut : cuts) {
    size_t first = ti;
    while (ti < tokens.size() && tokens[ti].span.start < cut) ++ti;
    if (ti == first) continue;  // whitespace-only stretch
    bool merge = !doc.sentences.empty() && first > 0 && ti > first &&
                 doc.text.substr(tokens[first - 1].span.end,
                                 tokens[first].span.start - tokens[first - 1].span.end)
                         .find('\n') == std::string_view::npos &&
                 EndsWithoutStopping(tokens[first - 1], tokens[first], doc.text);
    if (merge) {
      doc.sentences.back().end_token = static_cast<uint32_t>(ti);
      doc.sentences.back().span.end = tokens[ti - 1].span.end;
    } else {
      Sentence s;
      s.first_token = static_cast<uint32_t>(first);
      s.end_token = static_cast<uint32_t>(ti);
      s.span = {tokens[first].span.start, tokens[ti - 1].span.end};
      doc.sentences.push_back(s);
    }
  }
  if (ti < tokens.size()) {  // trailing text ICU did not close
    doc.sentences.push_back({{tokens[ti].span.start, tokens.back().span.end},
                             static_cast<uint32_t>(ti), static_cast<uint32_t>(tokens.size())});
  }
  SplitAfterAcronyms(doc);
  for (uint32_t i = 0; i < doc.sentences.size(); ++i)
    for (uint32_t t = doc.sentences[i].first_token; t < doc.sentences[i].end_token; ++t)
      doc.tokens[t].sentence = i;
  return Status::Ok();
}

}  // namespace dossier::text
