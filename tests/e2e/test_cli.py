"""The command line: help, usage errors, idempotent ingest, bad input, extract JSON, rules."""
import json
import os
import shutil
import subprocess
import unittest

from common import SOURCE, TempDirTest, run, sql, stats

CORPUS = os.path.join(SOURCE, "corpus")


class Usage(TempDirTest):
    def test_help_and_usage_errors(self):
        self.assertIn("Commands:", run("--help", check=0).stdout)
        for cmd in ("ingest", "extract", "query", "export", "stats", "rules", "neighbors", "path"):
            self.assertIn("Usage: dossier " + cmd, run(cmd, "--help", check=0).stdout)
        self.assertIn("unknown command", run("frobnicate", check=2).stderr)
        self.assertIn("nothing to ingest", run("ingest", "--db", self.db, check=2).stderr)
        self.assertIn("unknown option --nope", run("stats", "--nope", check=2).stderr)
        self.assertIn("no such database", run("stats", "--db", self.db, check=2).stderr)
        self.assertFalse(os.path.exists(self.db), "a read-only command must not create a database")

    def test_database_from_environment(self):
        env = dict(os.environ, DOSSIER_DB=self.db)
        run("ingest", "-q", os.path.join(CORPUS, "01_central-asia-water-diplomacy.txt"), check=0, env=env)
        self.assertEqual(json.loads(run("stats", "--json", check=0, env=env).stdout)["documents"], 1)


class Ingest(TempDirTest):
    def test_ingest_twice_gives_identical_counts(self):
        run("ingest", "--db", self.db, CORPUS, check=0)
        first = stats(self.db)
        self.assertGreaterEqual(first["documents"], 12)
        out = run("ingest", "--db", self.db, CORPUS, check=0)
        self.assertIn(f"0 new, 0 replaced, {first['documents']} unchanged", out.stderr)
        second = stats(self.db)
        for key in ("documents", "entities", "relations", "edges", "mentions"):
            self.assertEqual(first[key], second[key], key)
        run("ingest", "--db", self.db, "--force", CORPUS, check=0)
        third = stats(self.db)
        for key in ("documents", "entities", "relations", "edges", "mentions"):
            self.assertEqual(first[key], third[key], key)

    def test_changed_file_replaces_its_facts(self):
        path = self.write("a.txt", "Japan imposed sanctions on Russia.\n")
        run("ingest", "--db", self.db, path, check=0)
        self.assertEqual(sql(self.db, "SELECT count(*) FROM relations WHERE predicate = 'SANCTIONS'")[0][0], 1)
        self.write("a.txt", "Finland shares a long border with Russia.\n")
        out = run("ingest", "--db", self.db, path, check=0)
        self.assertIn("1 replaced", out.stderr)
        self.assertEqual(sql(self.db, "SELECT count(*) FROM relations WHERE predicate = 'SANCTIONS'")[0][0], 0)
        self.assertEqual(sql(self.db, "SELECT count(*) FROM relations WHERE predicate = 'BORDERS'")[0][0], 1)
        self.assertEqual(sql(self.db, "SELECT count(*) FROM entities WHERE name = 'Japan'")[0][0], 0)

    def test_bad_files_are_reported_and_the_rest_is_ingested(self):
        d = os.path.join(self.tmp, "in")
        self.write("in/good.txt", "Canada imposed sanctions on Iran.\n")
        self.write("in/invalid.txt", b"Kazakhstan \xff\xfe joined.\n", mode="wb")
        self.write("in/binary.txt", b"PK\x03\x04\x00\x00binary", mode="wb")
        self.write("in/empty.txt", "")
        self.write("in/huge.txt", "x" * (2 << 20))
        proc = run("ingest", "--db", self.db, "--max-mb", "1", d, check=1)
        self.assertIn("invalid.txt: invalid UTF-8 at byte 11", proc.stderr)
        self.assertIn("binary.txt: binary file", proc.stderr)
        self.assertIn("huge.txt: too large", proc.stderr)
        self.assertIn("3 failed", proc.stderr)
        self.assertEqual(sql(self.db, "PRAGMA integrity_check")[0][0], "ok")
        paths = sorted(os.path.basename(p) for (p,) in sql(self.db, "SELECT path FROM documents"))
        self.assertEqual(paths, ["empty.txt", "good.txt"])
        run("ingest", "--db", self.db, "--lenient", os.path.join(d, "invalid.txt"), check=0)
        self.assertEqual(sql(self.db, "SELECT count(*) FROM entities WHERE name = 'Kazakhstan'")[0][0], 1)

    @unittest.skipUnless(shutil.which("setpriv"), "setpriv (util-linux) is needed to drop root for this test")
    def test_unreadable_file_in_a_directory(self):
        d = os.path.join(self.tmp, "in")
        self.write("in/good.txt", "Canada imposed sanctions on Iran.\n")
        secret = self.write("in/secret.txt", "Chile imposed sanctions on Peru.\n")
        os.chmod(secret, 0)
        cmd = ["ingest", "--db", self.db, d]
        if os.geteuid() == 0:
            # Root reads everything: run as nobody so the permission bites.
            os.chmod(self.tmp, 0o777)
            os.chmod(d, 0o755)
            os.chmod(os.path.join(d, "good.txt"), 0o644)
            from common import DOSSIER
            proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", DOSSIER, *cmd],
                                  capture_output=True, text=True)
        else:
            proc = run(*cmd)
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn("secret.txt: cannot read", proc.stderr)
        self.assertEqual(len(sql(self.db, "SELECT path FROM documents")), 1)

    def test_stdin(self):
        run("ingest", "--db", self.db, "-", stdin="Peru shares a long border with Chile.\n", check=0)
        self.assertEqual(sql(self.db, "SELECT path FROM documents"), [("-",)])


class Extract(TempDirTest):
    def test_json_lines_follow_the_spec(self):
        text = "Kazakh President Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent.\n"
        a = self.write("a.txt", text)
        empty = self.write("empty.txt", "")
        bad = self.write("bad.txt", b"\xc3\x28", mode="wb")
        proc = run("extract", a, bad, empty, check=1)
        self.assertIn("bad.txt: invalid UTF-8", proc.stderr)
        lines = [json.loads(l) for l in proc.stdout.splitlines()]
        self.assertEqual(len(lines), 2)
        doc = lines[0]
        for field in ("path", "sha256", "title", "date"):
            self.assertIn(field, doc["document"])
        raw = text.encode()
        for e in doc["entities"]:
            self.assertIn(e["type"], {"PERSON", "ORGANIZATION", "LOCATION", "SANCTION", "EVENT"})
            for m in e["mentions"]:
                self.assertEqual(raw[m["start"]:m["end"]].decode(), m["text"])
        ids = {e["id"] for e in doc["entities"]}
        self.assertTrue(any(r["predicate"] == "MEETS" for r in doc["relations"]))
        for r in doc["relations"]:
            self.assertIn(r["subject"], ids)
            self.assertIn(r["modality"], {"asserted", "negated", "proposed", "hypothetical"})
            ev = r["evidence"]
            self.assertEqual(raw[ev["start"]:ev["end"]].decode(), ev["text"])
        self.assertEqual(lines[1]["entities"], [])
        self.assertEqual(lines[1]["relations"], [])

    def test_masks_show_what_the_rules_read(self):
        a = self.write("a.txt", "Kazakh President Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent.\n")
        proc = run("extract", "--masks", a)
        self.assertRegex(proc.stderr, r"a\.txt: sentence 1: \[E\d+\|LOC\] president \[E\d+\|PER\] met \[E\d+\|PER\]")
        self.assertEqual(json.loads(proc.stdout)["relations"], json.loads(run("extract", a).stdout)["relations"])
        # Bad and empty files with --masks: reported, no masks, no crash.
        bad = self.write("bad.txt", b"\xc3\x28", mode="wb")
        empty = self.write("empty.txt", "")
        proc = run("extract", "--masks", bad, empty, check=1)
        self.assertIn("bad.txt: invalid UTF-8", proc.stderr)
        self.assertNotIn("sentence", proc.stderr)

    def test_entities_only_gives_the_same_entities(self):
        a = self.write("a.txt", "Kazakh President Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent.\n")
        full = json.loads(run("extract", a).stdout)
        only = json.loads(run("extract", "--no-relations", a).stdout)
        self.assertTrue(full["relations"])
        self.assertEqual(only["relations"], [])
        names = lambda doc: sorted((e["type"], e["name"]) for e in doc["entities"])
        self.assertEqual(names(only), names(full))


class Rules(TempDirTest):
    def test_rules_check_and_broken_rules_leave_the_database_alone(self):
        self.assertIn("rules ok", run("rules", "check", check=0).stdout)
        self.write("rules/relations/mine.json",
                   '{"rules": [\n  {"id": "broken", "predicate": "MEETS",\n   "pattern": "{PER} (met {PER}"}\n]}\n')
        rules = os.path.join(self.tmp, "rules")
        err = run("rules", "check", "--rules", rules, check=2).stderr
        self.assertIn("mine.json:2: rule \"broken\": bad regex", err)
        err = run("ingest", "--db", self.db, "--rules", rules, os.path.join(CORPUS, "01_central-asia-water-diplomacy.txt"),
                  check=2).stderr
        self.assertIn("mine.json:2", err)
        self.assertFalse(os.path.exists(self.db))


if __name__ == "__main__":
    unittest.main()
