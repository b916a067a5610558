// The most connected actors: distinct neighbours over all predicates.
//   dossier query -f queries/most-connected.cypher
MATCH (a)-[r]-(b)
WHERE a.type IN ['PERSON', 'ORGANIZATION', 'LOCATION']
RETURN a.name AS actor, a.type AS type, count(DISTINCT b) AS neighbours, count(r) AS relations
ORDER BY neighbours DESC, actor
LIMIT 20
