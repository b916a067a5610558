// Everyone and everything an actor relates to, both ways, with the
// strongest evidence first.
//   dossier query -f queries/neighbours.cypher --param name=Tokayev
MATCH (a {name: $name})-[r]-(b)
RETURN b.name AS neighbour, b.type AS type, type(r) AS predicate, r.modality AS modality,
       count(DISTINCT r.document) AS documents, min(r.evidence) AS evidence
ORDER BY documents DESC, neighbour
