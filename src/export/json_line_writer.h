// A minimal streaming JSON writer for one compact line. `dossier extract`
// spends a fifth of its time building and destroying a DOM only to print
// it; this appends straight to a string instead. The caller writes keys in
// the order it wants (extraction_json.cc keeps them sorted, as a DOM would).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::exporter {

class JsonLineWriter {
 public:
  void BeginObject() { Separate(); out_ += '{'; first_.push_back(true); }
  void EndObject() { out_ += '}'; first_.pop_back(); }
  void BeginArray() { Separate(); out_ += '['; first_.push_back(true); }
  void EndArray() { out_ += ']'; first_.pop_back(); }

  // A key; the value written next belongs to it.
  void Key(std::string_view key);

  void String(std::string_view s);
  void Unsigned(uint64_t n);
  void Double(double d);
  void Bool(bool b) { Separate(); out_ += b ? "true" : "false"; }
  void Null() { Separate(); out_ += "null"; }

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  // Writes the comma between values of an object or array.
  void Separate();

  std::string out_;
  std::vector<bool> first_;  // per open object/array: no value written yet
  bool after_key_ = false;
};

// `s` as a JSON string literal with its quotes, characters beyond ASCII
// kept as they are and ill-formed UTF-8 replaced by U+FFFD.
void AppendJsonString(std::string& out, std::string_view s);

}  // namespace dossier::exporter
