-- dossier schema, version 2: who is linked to whom, each pair once.
-- A deduplicated adjacency (both directions) with the number of relation
-- rows behind each link. The document writer adds each batch's links in one
-- grouped statement before it commits (a trigger per inserted row tripled
-- the cost of storing); deletions, including the cascades that remove a
-- replaced document, go by trigger. Variable-length walks and degree counts
-- read it instead of every relation row.

CREATE TABLE links (
  a         INTEGER NOT NULL,
  b         INTEGER NOT NULL,
  relations INTEGER NOT NULL,
  UNIQUE (a, b)
);

INSERT INTO links(a, b, relations)
  SELECT a, b, sum(n) FROM (
    SELECT subject_id AS a, object_id AS b, count(*) AS n FROM relations GROUP BY 1, 2
    UNION ALL
    SELECT object_id, subject_id, count(*) FROM relations GROUP BY 1, 2)
  GROUP BY a, b;

CREATE TRIGGER relations_link_ad AFTER DELETE ON relations BEGIN
  UPDATE links SET relations = relations - 1
    WHERE (a = old.subject_id AND b = old.object_id) OR (a = old.object_id AND b = old.subject_id);
  DELETE FROM links
    WHERE relations <= 0 AND ((a = old.subject_id AND b = old.object_id) OR (a = old.object_id AND b = old.subject_id));
END;
