// Every relation between two actors, either direction, with its evidence.
//   dossier query -f queries/relations-between.cypher --param a=Russia --param b=Ukraine
MATCH (x {name: $a})-[r]-(y {name: $b})
RETURN type(r) AS predicate, r.modality AS modality, r.date AS date, r.evidence AS evidence, r.document AS document
ORDER BY date, predicate
