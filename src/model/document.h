// Plain data that flows through the pipeline: normalise -> segment -> match
// -> resolve -> relate -> store. Offsets are byte offsets into the input file
// exactly as read, end exclusive.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/ontology.h"

namespace dossier {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
};

// One bit a lexicon list (rules/lexicon.h): 128, so that every list the
// rule files define gets one and no lookup falls back to hashing.
using ListBits = unsigned __int128;

struct Token {
  Span span;
  std::string folded;   // lower-case, accents and curly quotes folded: for matching
  bool capitalized = false;  // first letter upper-case
  bool all_caps = false;     // every letter upper-case (acronyms)
  bool is_word = false;      // letters or digits (not punctuation)
  bool is_number = false;
  uint32_t sentence = 0;
  // Lexicon lists this word belongs to, and lists with a phrase starting
  // with it: one bit a list, filled once per document (rules/lexicon.h).
  ListBits lists = 0;
  ListBits list_starts = 0;
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // exclusive
};

struct Mention {
  Span span;
  std::string text;
  uint32_t sentence = 0;
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // exclusive
  bool metonym = false;    // a capital or seat standing for its state
  bool demonym = false;    // "Kazakh", "Ukrainian"
};

struct Entity {
  std::string id;        // e1, e2, ... within the document
  std::string kb_id;     // knowledge-base id, "" when unknown to it
  EntityType type = EntityType::kLocation;
  std::string name;      // canonical name
  std::vector<std::string> aliases;        // surface forms in this document
  std::vector<std::string> known_aliases;  // other names the knowledge base gives it (for search)
  std::vector<Mention> mentions;
  std::map<std::string, std::string> attributes;  // e.g. date of an event
  // Cross-document identity, set by resolution: "kb:<id>" where the
  // knowledge base knows it, else "<TYPE>:<folded name>".
  std::string key;
};

struct Evidence {
  uint32_t sentence = 0;
  Span span;
  std::string text;
};

struct Relation {
  size_t subject = 0;  // index into Document::entities
  size_t object = 0;
  Predicate predicate = Predicate::kCooperatesWith;
  Modality modality = Modality::kAsserted;
  double confidence = 0.5;
  std::map<std::string, std::string> attributes;  // role, former, date, cameo
  std::vector<Evidence> evidence;                  // every supporting sentence
  std::string rule;                                // which rule found it
};

struct Document {
  std::string path;
  std::string sha256;
  std::string title;
  std::string date;  // ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), "" if unknown
  std::string text;  // the bytes as read
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

}  // namespace dossier
