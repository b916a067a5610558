// The most connected actors: distinct neighbours over all predicates
// (`degree` counts each neighbour once, whatever the number of relations).
//   dossier query -f queries/most-connected.cypher
MATCH (a)
WHERE a.type IN ['PERSON', 'ORGANIZATION', 'LOCATION']
RETURN a.name AS actor, a.type AS type, a.degree AS neighbours, a.documents AS documents
ORDER BY neighbours DESC, actor
LIMIT 20
