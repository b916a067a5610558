#include "store/stats.h"

namespace dossier::store {
namespace {

Result<int64_t> Scalar(Database& db, const char* sql) {
  auto st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  if (!st->Step()) return st->status().ok() ? int64_t{0} : Result<int64_t>(st->status());
  return st->Int(0);
}

}  // namespace

Result<Stats> ReadStats(Database& db) {
  Stats s;
  auto get = [&](const char* sql, int64_t& out) -> Status {
    auto v = Scalar(db, sql);
    if (!v.ok()) return v.status();
    out = *v;
    return Status::Ok();
  };
  for (auto [sql, field] : std::initializer_list<std::pair<const char*, int64_t*>>{
           {"SELECT count(*) FROM documents", &s.documents},
           {"SELECT coalesce(sum(bytes), 0) FROM documents", &s.bytes},
           {"SELECT count(*) FROM entities", &s.entities},
           {"SELECT count(*) FROM relations", &s.relations},
           {"SELECT count(*) FROM edges", &s.edges},
           {"SELECT count(*) FROM mentions", &s.mentions},
           {"SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", &s.database_bytes}}) {
    Status st = get(sql, *field);
    if (!st.ok()) return st;
  }
  auto types = db.Prepare("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type");
  if (!types.ok()) return types.status();
  while (types->Step()) s.entities_by_type[types->Text(0)] = types->Int(1);
  auto preds = db.Prepare("SELECT predicate, modality, count(*) FROM relations GROUP BY predicate, modality");
  if (!preds.ok()) return preds.status();
  while (preds->Step()) s.relations_by_predicate[preds->Text(0)][preds->Text(1)] = preds->Int(2);
  return s;
}

}  // namespace dossier::store
