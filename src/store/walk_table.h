// dossier_walk: a table-valued SQL function over the `links` adjacency,
// for variable-length patterns that follow any relation either way.
//
//   SELECT node, depth FROM dossier_walk WHERE start = ?1 AND min_depth = 1 AND max_depth = 2
//
// yields each entity reachable from `start` by a walk of exactly `depth`
// links (min_depth <= depth <= max_depth) that never comes back to
// `start`, once per depth: the rows of the recursive CTE
//   w(start, node, depth) AS (SELECT start, start, 0 UNION
//     SELECT w.start, l.b, w.depth + 1 FROM w JOIN links l ON l.a = w.node
//     WHERE w.depth < max AND l.b <> w.start)
// without its cost: SQLite deduplicates those rows in a B-tree, a hash set
// does it several times faster, which is what keeps 2-hop neighbourhoods of
// hubs (hundreds of thousands of link rows) well under 50 ms.
#pragma once

#include <sqlite3.h>

namespace dossier::store {

// Registers dossier_walk on `db`; returns an SQLite result code.
int RegisterWalkTable(sqlite3* db);

}  // namespace dossier::store
