// Who holds which office, as the articles (and the knowledge base) say.
//   dossier query -f queries/offices.cypher
MATCH (p:PERSON)-[r:HOLDS_POSITION]->(o)
RETURN p.name AS person, r.role AS role, o.name AS of, r.former AS former, count(DISTINCT r.document) AS documents
ORDER BY of, person
