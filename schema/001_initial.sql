-- dossier schema, version 1. Applied by src/store/migrations.cc inside one
-- transaction; PRAGMA user_version records the last applied file.

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,
  sha256      TEXT NOT NULL,
  title       TEXT,
  date        TEXT,               -- ISO 8601, NULL when unknown
  bytes       INTEGER NOT NULL,
  sentences   INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);

-- One row per real-world referent across all documents. `key` is the
-- cross-document identity: "kb:<id>" for knowledge-base entities, else
-- "<TYPE>:<folded name>".
CREATE TABLE entities (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL CHECK (type IN ('PERSON','ORGANIZATION','LOCATION','SANCTION','EVENT')),
  kb_id      TEXT,
  attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX entities_type ON entities(type);

-- Every surface form, folded (lower case, no accents) for friendly matching.
-- (An ordinary rowid table: SQLite 3.40's integrity_check misreports NOT
-- NULL columns of this table declared WITHOUT ROWID.)
CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  folded    TEXT NOT NULL,
  UNIQUE (entity_id, folded)
);
CREATE INDEX aliases_folded ON aliases(folded);

CREATE TABLE mentions (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id, document_id);
CREATE INDEX mentions_document ON mentions(document_id);

-- One row per (subject, predicate, object, modality) per document.
CREATE TABLE relations (
  id          INTEGER PRIMARY KEY,
  subject_id  INTEGER NOT NULL REFERENCES entities(id),
  predicate   TEXT NOT NULL,
  object_id   INTEGER NOT NULL REFERENCES entities(id),
  modality    TEXT NOT NULL CHECK (modality IN ('asserted','negated','proposed','hypothetical')),
  confidence  REAL NOT NULL,
  attributes  TEXT NOT NULL DEFAULT '{}',
  date        TEXT,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence    INTEGER NOT NULL,   -- first supporting sentence
  rule        TEXT
);
CREATE INDEX relations_subject ON relations(subject_id, predicate, object_id, modality);
CREATE INDEX relations_object ON relations(object_id, predicate, subject_id);
CREATE INDEX relations_document ON relations(document_id);

-- Every supporting sentence of a relation.
CREATE TABLE evidence (
  id          INTEGER PRIMARY KEY,
  relation_id INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  sentence    INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX evidence_relation ON evidence(relation_id);

-- Full-text search over evidence sentences (external content: no copy).
-- The writer indexes each batch of new rows in one statement before it
-- commits (cheaper than a trigger per row); deletions go by trigger.
CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content='evidence', content_rowid='id');
CREATE TRIGGER evidence_ad AFTER DELETE ON evidence BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- The graph's edges: relations folded over documents.
CREATE VIEW edges AS
  SELECT subject_id, predicate, object_id, modality,
         max(confidence) AS confidence,
         count(DISTINCT document_id) AS documents,
         min(id) AS first_relation
  FROM relations GROUP BY subject_id, predicate, object_id, modality;
