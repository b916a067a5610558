// The organisations, blocs and initiatives a state belongs to (or left).
//   dossier query -f queries/memberships.cypher --param state=Kazakhstan
MATCH (s {name: $state})-[r:MEMBER_OF]->(o:ORGANIZATION)
RETURN o.name AS organisation, r.modality AS modality, count(DISTINCT r.document) AS documents
ORDER BY documents DESC, organisation
