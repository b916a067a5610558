#include "rules/rule_json.h"

#include <vector>

#include "rules/rule_sources.h"

namespace dossier {
namespace {

using nlohmann::json;

// Builds the document the way json::parse does, through nlohmann's SAX
// interface, and notes the first key that an object already holds. (A
// parse callback could see the keys too, but it made loading the rule
// files a third slower.)
class DomBuilder {
 public:
  explicit DomBuilder(json& root, std::string watched = "") : root_(root), watched_(std::move(watched)) {}

  bool null() { return Put(nullptr) != nullptr; }
  bool boolean(bool v) { return Put(v) != nullptr; }
  bool number_integer(json::number_integer_t v) { return Put(v) != nullptr; }
  bool number_unsigned(json::number_unsigned_t v) { return Put(v) != nullptr; }
  bool number_float(json::number_float_t v, const std::string&) { return Put(v) != nullptr; }
  bool string(std::string& v) { return Put(std::move(v)) != nullptr; }
  bool binary(json::binary_t& v) { return Put(json::binary(std::move(v))) != nullptr; }
  bool start_object(size_t) {
    open_.push_back(Put(json::object()));
    return true;
  }
  bool end_object() {
    open_.pop_back();
    return true;
  }
  bool start_array(size_t) {
    open_.push_back(Put(json::array()));
    return true;
  }
  bool end_array() {
    open_.pop_back();
    return true;
  }
  bool key(std::string& k) {
    if (!watched_.empty() && k == watched_) ++watched_seen_;
    json& object = *open_.back();
    if (repeated_.empty() && object.contains(k)) {
      repeated_ = k;
      if (!watched_.empty()) return false;  // the second pass has what it came for
    }
    slot_ = &object[k];
    return true;
  }
  bool parse_error(size_t position, const std::string&, const json::exception& e) {
    error_ = e.what();
    error_byte_ = position ? position - 1 : 0;
    return false;
  }

  const std::string& repeated() const { return repeated_; }
  size_t watched_seen() const { return watched_seen_; }
  const std::string& error() const { return error_; }
  size_t error_byte() const { return error_byte_; }

 private:
  json* Put(json value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    *slot_ = std::move(value);
    return slot_;
  }

  json& root_;
  std::string watched_;
  size_t watched_seen_ = 0;
  std::vector<json*> open_;  // the objects and arrays being filled, innermost last
  json* slot_ = nullptr;     // the member whose key came last
  std::string repeated_;
  std::string error_;
  size_t error_byte_ = 0;
};

// SAX does not say where a key stood, so the key is found again by text: a
// second pass counts the repeated key's appearances up to its repetition,
// and the file's nth `"key":` is it. A key spelt otherwise in the file (\u
// escapes) falls back to line 1.
size_t LineOfRepeatedKey(const std::string& content, const std::string& key) {
  json scratch;
  DomBuilder counter(scratch, key);
  json::sax_parse(content, &counter);
  const std::string quoted = json(key).dump();
  size_t seen = 0;
  for (size_t at = content.find(quoted); at != std::string::npos; at = content.find(quoted, at + 1)) {
    size_t after = at + quoted.size();
    while (after < content.size() && (content[after] == ' ' || content[after] == '\t' || content[after] == '\n' ||
                                      content[after] == '\r'))
      ++after;
    if (after < content.size() && content[after] == ':' && ++seen == counter.watched_seen())
      return LineAt(content, at);
  }
  return 1;
}

}  // namespace

Status ParseRuleJson(const std::string& path, const std::string& content, json& out) {
  DomBuilder builder(out);
  if (!json::sax_parse(content, &builder))
    return Status::InvalidInput(path + ":" + std::to_string(LineAt(content, builder.error_byte())) +
                                ": invalid JSON: " + builder.error());
  if (!builder.repeated().empty())
    return Status::InvalidInput(path + ":" + std::to_string(LineOfRepeatedKey(content, builder.repeated())) + ": \"" +
                                builder.repeated() +
                                "\" appears twice in one object; JSON keeps only the last, so merge the two");
  return Status::Ok();
}

}  // namespace dossier
