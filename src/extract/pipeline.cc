#include "extract/pipeline.h"

#include <set>

#include "extract/article_state.h"
#include "extract/event_finder.h"
#include "extract/gazetteer_matcher.h"
#include "extract/hyphenated_names.h"
#include "extract/nicknames.h"
#include "extract/name_finder.h"
#include "extract/named_agreements.h"
#include "extract/office_descriptors.h"
#include "extract/relation_finder.h"
#include "extract/resolver.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/sentence_splitter.h"
#include "text/sha256.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace dossier::extract {
namespace {

// A body the knowledge base knows whose name the article gives to a group
// of its own: all its mentions are the unknown group's.
void UnlinkNamesGivenHere(std::vector<std::vector<Candidate>>& candidates) {
  std::set<int> given;
  for (const auto& sentence : candidates)
    for (const auto& c : sentence)
      if (c.named_here) given.insert(c.kb);
  if (given.empty()) return;
  for (auto& sentence : candidates)
    for (auto& c : sentence)
      if (c.kb >= 0 && given.count(c.kb)) {
        c.kb = -1;
        c.kind = AliasKind::kName;
        c.type = EntityType::kOrganization;
      }
}

// The first non-empty line, when it reads like a title (short, no final
// full stop).
std::string TitleOf(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "";
  std::string_view line = text.substr(start);
  line = line.substr(0, line.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  if (line.size() > 200 || line.empty()) return "";
  constexpr std::string_view kLabel = "Title:";
  if (line.substr(0, kLabel.size()) == kLabel) {
    line.remove_prefix(kLabel.size());
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    return std::string(line);
  }
  // A Markdown heading: "# Title".
  while (!line.empty() && line.front() == '#') line.remove_prefix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (line.empty() || line.back() == '.') return "";
  return std::string(line);
}

}  // namespace

Result<Document> Extractor::Run(const std::string& path, std::string bytes, const ExtractOptions& options,
                                std::string* warning) const {
  Document doc;
  doc.path = path;
  doc.sha256 = text::Sha256Hex(bytes);
  if (text::LooksBinary(bytes)) return Status::InvalidInput(path + ": binary file (NUL byte), skipped");
  size_t bad = 0;
  if (!text::IsValidUtf8(bytes, &bad)) {
    if (!options.lenient)
      return Status::InvalidInput(path + ": invalid UTF-8 at byte " + std::to_string(bad) +
                                  " (use --lenient to replace bad bytes)");
    size_t replaced = 0;
    bytes = text::ReplaceInvalidUtf8(bytes, &replaced);
    if (warning) *warning = path + ": replaced " + std::to_string(replaced) + " invalid UTF-8 byte(s); offsets after them are shifted";
  }
  doc.text = std::move(bytes);
  doc.title = TitleOf(doc.text);
  if (auto d = text::FindArticleDate(doc.text)) doc.date = *d;
  else doc.date = options.date;
  doc.tokens = text::Tokenize(doc.text);
  if (doc.tokens.empty()) return doc;
  SplitHyphenatedNames(doc, book_->kb);
  DropNicknamesInsideNames(doc, book_->lexicon, book_->kb);
  book_->lexicon.Classify(doc.tokens);
  Status st = text::SplitSentences(doc);
  if (!st.ok()) return Status::Internal(path + ": " + st.message());

  const RuleBook& book = *book_;
  std::vector<std::vector<Candidate>> candidates(doc.sentences.size());
  EventState events;
  const std::set<std::string> local_initials = LocalInitials(doc);
  std::map<int, size_t> last_named;  // knowledge-base people → the sentence that named them last
  std::map<std::string, std::set<int>> titled;  // a title before a name → the knowledge-base people it was given
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    candidates[i] = FindNames(doc, s, book, MatchGazetteer(doc, s, book, &local_initials));
    FindOfficeDescriptors(doc, s, book, candidates[i]);
    FindBareTitles(doc, s, book, last_named, titled, candidates[i]);
    for (const Candidate& c : candidates[i])
      if (c.type == EntityType::kPerson && c.kb >= 0) {
        last_named[c.kb] = i;
        if (!c.role.empty() && c.kind != AliasKind::kAlias) titled[text::MatchKey(c.role)].insert(c.kb);
      }
    if (!LooksLikeHeadline(doc, s)) {
      NameCapitalisedAgreements(doc, s, book, events, candidates[i]);
      FindEvents(doc, s, book, events, candidates[i]);
    }
  }
  // "a group known as the Quad": the article's own group under a known
  // body's name, every mention of it (UnlinkNamesGivenHere).
  UnlinkNamesGivenHere(candidates);
  Resolution placement = Resolve(doc, book, candidates);
  RelinkHomeNames(doc, book);
  if (options.relations) FindRelations(doc, book, placement, options.on_masked);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    std::string id(1, 'e');
    id += std::to_string(i + 1);
    doc.entities[i].id = std::move(id);
  }
  return doc;
}

}  // namespace dossier::extract
