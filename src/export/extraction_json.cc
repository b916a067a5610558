#include "export/extraction_json.h"

#include <nlohmann/json.hpp>

namespace dossier::exporter {

using nlohmann::json;

namespace {

json Attributes(const std::map<std::string, std::string>& attrs) {
  json out = json::object();
  for (const auto& [k, v] : attrs) {
    if (v == "true" || v == "false") out[k] = v == "true";
    else out[k] = v;
  }
  return out;
}

}  // namespace

std::string ExtractionJsonLine(const Document& doc) {
  json out;
  out["document"] = {{"path", doc.path}, {"sha256", doc.sha256}, {"title", doc.title},
                     {"date", doc.date.empty() ? json(nullptr) : json(doc.date)},
                     {"bytes", doc.text.size()}, {"sentences", doc.sentences.size()}};
  json entities = json::array();
  for (const auto& e : doc.entities) {
    json mentions = json::array();
    for (const auto& m : e.mentions) {
      json jm = {{"start", m.span.start}, {"end", m.span.end}, {"text", m.text}, {"sentence", m.sentence}};
      if (m.metonym) jm["metonym"] = true;
      if (m.demonym) jm["demonym"] = true;
      mentions.push_back(std::move(jm));
    }
    json je = {{"id", e.id}, {"name", e.name}, {"type", std::string(Name(e.type))},
               {"aliases", e.aliases}, {"mentions", std::move(mentions)}};
    if (!e.kb_id.empty()) je["kb_id"] = e.kb_id;
    if (!e.attributes.empty()) je["attributes"] = Attributes(e.attributes);
    entities.push_back(std::move(je));
  }
  json relations = json::array();
  for (const auto& r : doc.relations) {
    const Evidence& ev = r.evidence.front();
    json jr = {{"subject", doc.entities[r.subject].id},
               {"predicate", std::string(Name(r.predicate))},
               {"object", doc.entities[r.object].id},
               {"modality", std::string(Name(r.modality))},
               {"confidence", r.confidence},
               {"attributes", Attributes(r.attributes)},
               {"evidence", {{"sentence", ev.sentence}, {"start", ev.span.start}, {"end", ev.span.end}, {"text", ev.text}}},
               {"rule", r.rule}};
    if (r.evidence.size() > 1) {
      json more = json::array();
      for (size_t i = 1; i < r.evidence.size(); ++i)
        more.push_back({{"sentence", r.evidence[i].sentence}, {"start", r.evidence[i].span.start},
                        {"end", r.evidence[i].span.end}, {"text", r.evidence[i].text}});
      jr["more_evidence"] = std::move(more);
    }
    relations.push_back(std::move(jr));
  }
  out["entities"] = std::move(entities);
  out["relations"] = std::move(relations);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace dossier::exporter
