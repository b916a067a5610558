// Where the relation finders put what they read. The sink keeps one
// relation per (subject, predicate, object, modality), every evidence
// sentence of it, and refuses pairs the predicate cannot join (a sea
// attacked, a region as partner, a state's own body against the state).
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "model/document.h"
#include "rules/rule_book.h"

namespace dossier::extract {

// "Duro Macut replaced him": who took over from whom, read by a rule that
// marks its object the predecessor; the offices follow once all are known.
struct Succession {
  size_t successor = 0, predecessor = 0;
  // Which way the offices go: to the successor (who "replaced" the
  // predecessor), or to the predecessor as former ("his predecessor, X").
  bool to_predecessor = false;
  uint32_t sentence = 0;
  Modality modality = Modality::kAsserted;
  double confidence = 0.7;
  std::string rule;
};

// Whether entity `e` is a political party: the knowledge base's category,
// else a name that ends in "Party".
bool IsParty(const Document& doc, const RuleBook& book, size_t e);

class RelationSink {
 public:
  std::vector<Succession> successions;

  RelationSink(Document& doc, const RuleBook& book) : doc_(doc), book_(book) {}

  void Add(size_t s, size_t o, Predicate p, Modality m, double confidence, const Sentence& sentence,
           uint32_t sentence_index, std::map<std::string, std::string> attributes, const std::string& rule);

 private:
  // Whether `s` is a government body of state `o` (the knowledge base
  // places the body in the state).
  bool OwnStateBody(size_t s, size_t o) const;
  // Whether `place` is a city in state `state` (the knowledge base places
  // it there, or it is the state's capital).
  bool CityOfState(size_t place, size_t state) const;
  // Whether `body` is a bloc whose seat the knowledge base knows (its
  // "capitals" or located_in) and `place` is neither that seat nor its state.
  bool AwayFromSeat(size_t body, size_t place) const;

  Document& doc_;
  const RuleBook& book_;
  std::map<std::tuple<size_t, int, size_t, int>, size_t> index_;
};

}  // namespace dossier::extract
