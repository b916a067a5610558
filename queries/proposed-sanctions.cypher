// Sanctions that someone calls for, demands or threatens, with the sentence.
//   dossier query -f queries/proposed-sanctions.cypher
MATCH (a)-[r:SANCTIONS {modality: "proposed"}]->(b)
RETURN a.name AS who, b.name AS against, r.evidence AS evidence, r.document AS document
ORDER BY who, against
