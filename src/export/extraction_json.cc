#include "export/extraction_json.h"

#include "export/json_line_writer.h"

namespace dossier::exporter {

// Keys are written in sorted order within each object, as before this
// writer replaced a JSON DOM (whose objects were sorted maps): the lines stay
// byte-identical across versions, which keeps diffs of outputs readable.
namespace {

void WriteAttributes(JsonLineWriter& w, const std::map<std::string, std::string>& attrs) {
  w.BeginObject();
  for (const auto& [k, v] : attrs) {  // a std::map: already sorted
    w.Key(k);
    if (v == "true" || v == "false") w.Bool(v == "true");
    else w.String(v);
  }
  w.EndObject();
}

void WriteEvidence(JsonLineWriter& w, const Evidence& ev) {
  w.BeginObject();
  w.Key("end"), w.Unsigned(ev.span.end);
  w.Key("sentence"), w.Unsigned(ev.sentence);
  w.Key("start"), w.Unsigned(ev.span.start);
  w.Key("text"), w.String(ev.text);
  w.EndObject();
}

void WriteDocument(JsonLineWriter& w, const Document& doc) {
  w.BeginObject();
  w.Key("bytes"), w.Unsigned(doc.text.size());
  w.Key("date");
  if (doc.date.empty()) w.Null();
  else w.String(doc.date);
  w.Key("path"), w.String(doc.path);
  w.Key("sentences"), w.Unsigned(doc.sentences.size());
  w.Key("sha256"), w.String(doc.sha256);
  w.Key("title"), w.String(doc.title);
  w.EndObject();
}

void WriteEntity(JsonLineWriter& w, const Entity& e) {
  w.BeginObject();
  w.Key("aliases");
  w.BeginArray();
  for (const auto& a : e.aliases) w.String(a);
  w.EndArray();
  if (!e.attributes.empty()) w.Key("attributes"), WriteAttributes(w, e.attributes);
  w.Key("id"), w.String(e.id);
  if (!e.kb_id.empty()) w.Key("kb_id"), w.String(e.kb_id);
  w.Key("mentions");
  w.BeginArray();
  for (const auto& m : e.mentions) {
    w.BeginObject();
    if (m.demonym) w.Key("demonym"), w.Bool(true);
    w.Key("end"), w.Unsigned(m.span.end);
    if (m.metonym) w.Key("metonym"), w.Bool(true);
    w.Key("sentence"), w.Unsigned(m.sentence);
    w.Key("start"), w.Unsigned(m.span.start);
    w.Key("text"), w.String(m.text);
    w.EndObject();
  }
  w.EndArray();
  w.Key("name"), w.String(e.name);
  w.Key("type"), w.String(Name(e.type));
  w.EndObject();
}

void WriteRelation(JsonLineWriter& w, const Document& doc, const Relation& r) {
  w.BeginObject();
  w.Key("attributes"), WriteAttributes(w, r.attributes);
  w.Key("confidence"), w.Double(r.confidence);
  w.Key("evidence"), WriteEvidence(w, r.evidence.front());
  w.Key("modality"), w.String(Name(r.modality));
  if (r.evidence.size() > 1) {
    w.Key("more_evidence");
    w.BeginArray();
    for (size_t i = 1; i < r.evidence.size(); ++i) WriteEvidence(w, r.evidence[i]);
    w.EndArray();
  }
  w.Key("object"), w.String(doc.entities[r.object].id);
  w.Key("predicate"), w.String(Name(r.predicate));
  w.Key("rule"), w.String(r.rule);
  w.Key("subject"), w.String(doc.entities[r.subject].id);
  w.EndObject();
}

}  // namespace

std::string ExtractionJsonLine(const Document& doc) {
  JsonLineWriter w;
  w.BeginObject();
  w.Key("document"), WriteDocument(w, doc);
  w.Key("entities");
  w.BeginArray();
  for (const auto& e : doc.entities) WriteEntity(w, e);
  w.EndArray();
  w.Key("relations");
  w.BeginArray();
  for (const auto& r : doc.relations) WriteRelation(w, doc, r);
  w.EndArray();
  w.EndObject();
  return w.Take();
}

}  // namespace dossier::exporter
