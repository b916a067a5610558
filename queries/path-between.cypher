// The shortest chain of relations between two actors (up to six hops).
//   dossier query -f queries/path-between.cypher --param from=Tokayev --param to=Zelensky
MATCH p = shortestPath((a {name: $from})-[*..6]-(b {name: $to}))
RETURN a.name AS from, b.name AS to, length(p) AS hops, p AS path
