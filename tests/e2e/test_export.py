"""Exports read back by real readers: NetworkX, igraph, xmllint, Graphviz; hostile names."""
import csv
import filecmp
import json
import os
import shutil
import subprocess
import unittest

from common import SOURCE, TempDirTest, run, stats

SCHEMA = os.path.join(os.path.dirname(__file__), "schemas", "graphml-subset.xsd")


def validate(path):
    """xmllint against the GraphML schema subset dossier writes."""
    subprocess.run(["xmllint", "--noout", "--schema", SCHEMA, path], check=True, capture_output=True)


class Export(TempDirTest):
    def setUp(self):
        super().setUp()
        run("ingest", "-q", "--db", self.db, os.path.join(SOURCE, "corpus"), check=0)
        self.stats = stats(self.db)

    def export(self, *args):
        out = os.path.join(self.tmp, "out-" + "-".join(a.strip("-") for a in args)[:40])
        run("export", "--db", self.db, "-o", out, *args, check=0)
        return out

    def test_graphml_is_well_formed_and_round_trips(self):
        path = self.export()
        validate(path)
        import networkx as nx
        g = nx.read_graphml(path)
        self.assertEqual(g.number_of_nodes(), self.stats["entities"])
        self.assertEqual(g.number_of_edges(), self.stats["edges"])
        kz = g.nodes["kb:KZ"]
        self.assertEqual(kz["name"], "Kazakhstan")
        self.assertEqual(kz["type"], "LOCATION")
        self.assertIsInstance(kz["documents"], int)
        u, v, data = next(iter(g.edges(data=True)))
        self.assertIsInstance(data["confidence"], float)
        self.assertIn(data["modality"], {"asserted", "negated", "proposed", "hypothetical"})
        import igraph
        ig = igraph.Graph.Read_GraphML(path)
        self.assertEqual(ig.vcount(), self.stats["entities"])
        self.assertEqual(ig.ecount(), self.stats["edges"])

    def test_node_link_json_round_trips(self):
        path = self.export("--format", "json")
        import networkx as nx
        with open(path) as f:
            g = nx.node_link_graph(json.load(f))
        self.assertEqual(g.number_of_nodes(), self.stats["entities"])
        self.assertEqual(g.number_of_edges(), self.stats["edges"])

    def test_schema_rejects_a_dangling_edge(self):
        path = self.export()
        with open(path) as f:
            text = f.read()
        bad = os.path.join(self.tmp, "bad.graphml")
        with open(bad, "w") as f:
            f.write(text.replace('source="kb:KZ"', 'source="nowhere"', 1))
        with self.assertRaises(subprocess.CalledProcessError):
            validate(bad)

    def test_dot_renders(self):
        path = self.export("--format", "dot")
        svg = subprocess.run(["dot", "-Tsvg", path], capture_output=True, check=True).stdout
        self.assertIn(b"<svg", svg)

    def test_neo4j_csv(self):
        out = os.path.join(self.tmp, "neo")
        run("export", "--db", self.db, "--format", "csv", "-o", out, check=0)
        with open(os.path.join(out, "nodes.csv")) as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0][0], "id:ID")
        self.assertEqual(len(rows) - 1, self.stats["entities"])
        with open(os.path.join(out, "relationships.csv")) as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0][:3], [":START_ID", ":END_ID", ":TYPE"])
        self.assertEqual(len(rows) - 1, self.stats["edges"])

    def test_exports_are_byte_identical(self):
        a = self.export()
        b = os.path.join(self.tmp, "again.graphml")
        run("export", "--db", self.db, "-o", b, check=0)
        self.assertTrue(filecmp.cmp(a, b, shallow=False))

    def test_filters_and_query(self):
        import networkx as nx
        filtered = self.export("--predicates", "SANCTIONS", "--modality", "asserted")
        validate(filtered)  # no edge may point at a node the filters left out
        g = nx.read_graphml(filtered)
        self.assertGreater(g.number_of_edges(), 0)
        for _, _, d in g.edges(data=True):
            self.assertEqual((d["predicate"], d["modality"]), ("SANCTIONS", "asserted"))
        g = nx.read_graphml(self.export("--types", "PERSON,LOCATION"))
        self.assertTrue(all(d["type"] in ("PERSON", "LOCATION") for _, d in g.nodes(data=True)))
        g = nx.read_graphml(self.export("--query", "MATCH (a)-[r:MEMBER_OF]->(o {name: 'CSTO'}) RETURN a"))
        self.assertIn("kb:csto", g.nodes)
        self.assertTrue(all(d["predicate"] == "MEMBER_OF" for _, _, d in g.edges(data=True)))
        err = run("export", "--db", self.db, "--query", "MATCH (a:NOPE) RETURN a", check=2).stderr
        self.assertIn("unknown label", err)


class HostileNames(TempDirTest):
    def test_markup_control_and_non_bmp_characters(self):
        name = "AT&T <Holdings> \"Quoted\" 'Q' \x01Ctl 😀"
        self.write("rules/kb/hostile.json", json.dumps({"entities": [
            {"id": "hostile", "type": "ORGANIZATION", "name": name, "aliases": ["Hostile Corp"]}]}))
        self.write("in/a.txt", "Hostile Corp was sanctioned by the United States.\n")
        rules = os.path.join(self.tmp, "rules")
        run("ingest", "-q", "--db", self.db, "--rules", rules, os.path.join(self.tmp, "in"), check=0)
        path = os.path.join(self.tmp, "h.graphml")
        run("export", "--db", self.db, "-o", path, check=0)
        validate(path)
        import networkx as nx
        g = nx.read_graphml(path)
        self.assertEqual(g.nodes["kb:hostile"]["name"], name.replace("\x01", ""))
        dot = os.path.join(self.tmp, "h.dot")
        run("export", "--db", self.db, "--format", "dot", "-o", dot, check=0)
        subprocess.run(["dot", "-Tsvg", dot, "-o", os.devnull], check=True)
        js = os.path.join(self.tmp, "h.json")
        run("export", "--db", self.db, "--format", "json", "-o", js, check=0)
        with open(js) as f:
            self.assertTrue(any(n["name"] == name for n in json.load(f)["nodes"]))


if __name__ == "__main__":
    unittest.main()
