-- dossier schema, version 3: work put off by a bulk load.
-- A large ingest into a database of comparable or smaller size drops the
-- indexes by entity and stops maintaining `links` batch by batch: on a big
-- database every new row lands on another page of those indexes, and that
-- random writing, not extraction, was what made ingest slow down as the
-- database grew. Each row here is a statement that redoes what was put off
-- (CREATE INDEX, rebuilding links). They run when the load ends, or, after
-- a crash, at the start of the next ingest; while any row is here, links
-- and those indexes may be incomplete.

CREATE TABLE deferred_work (
  name TEXT PRIMARY KEY,
  sql  TEXT NOT NULL
);
