// Bulk loads: indexes by entity and the links table are put off while a
// large batch of documents is written, and rebuilt in one pass at the end.
// What was put off is recorded in the database (table deferred_work) in the
// same transaction that drops it, so a crash leaves a record, not a
// database that silently lacks an index.
#pragma once

#include "store/database.h"

namespace dossier::store {

// Whether to bulk-load `new_documents` into a store holding
// `stored_documents`: worth it when the load is large and at least as big
// as what is there (rebuilding costs in proportion to the whole store).
bool WorthBulkLoading(size_t new_documents, size_t stored_documents, size_t threshold = 1000);

// Drops the deferred indexes and records how to rebuild them and links.
// Does nothing if a bulk load is already pending (another process's, or
// an interrupted one's).
Status BeginBulkLoad(Database& db);

// Whether some work of a bulk load is still to be done.
bool BulkLoadPending(Database& db);

// Whether the writer should leave links to the rebuild.
bool LinksDeferred(Database& db);

// Runs every recorded statement and clears the record, in one transaction.
Status FinishBulkLoad(Database& db);

}  // namespace dossier::store
