// Who sanctions whom, by modality: imposed, denied, called for, or possible.
//   dossier query -f queries/who-sanctions-whom.cypher
MATCH (imposer)-[r:SANCTIONS]->(target)
RETURN imposer.name AS imposer, target.name AS target, r.modality AS modality,
       count(DISTINCT r.document) AS documents
ORDER BY documents DESC, imposer, target
