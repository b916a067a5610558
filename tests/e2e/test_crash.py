"""Crash safety: SIGKILL an ingest midway, then check the database."""
import json
import os
import signal
import subprocess
import sys
import time
import unittest

from common import DOSSIER, SOURCE, TempDirTest, run, sql

GEN = os.path.join(SOURCE, "scripts", "gen-corpus")


class Crash(TempDirTest):
    def test_kill_9_midway_leaves_complete_documents_and_resumes(self):
        corpus = os.path.join(self.tmp, "corpus")
        subprocess.run([sys.executable, GEN, "4000", corpus, "--seed", "7"], check=True, capture_output=True)
        proc = subprocess.Popen([DOSSIER, "ingest", "-q", "--db", self.db, corpus],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        stored = 0
        while time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
            if os.path.exists(self.db):
                try:
                    stored = sql(self.db, "SELECT count(*) FROM documents")[0][0]
                except Exception:
                    continue
                if stored >= 100:
                    break
        self.assertIsNone(proc.poll(), "ingest finished before it could be killed; make the corpus larger")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        self.assertEqual(sql(self.db, "PRAGMA integrity_check")[0][0], "ok")
        docs = sql(self.db, "SELECT id, path FROM documents ORDER BY id")
        self.assertGreater(len(docs), 0)
        self.assertLess(len(docs), 4000)
        # Every stored document is whole: as many relations and mentions as
        # a fresh extraction of its file gives.
        sample = docs[:: max(1, len(docs) // 40)]
        out = run("extract", *[p for _, p in sample], check=0).stdout.splitlines()
        for (doc_id, path), line in zip(sample, out):
            fresh = json.loads(line)
            self.assertEqual(sql(self.db, "SELECT count(*) FROM relations WHERE document_id = ?", doc_id)[0][0],
                             len(fresh["relations"]), path)
            self.assertEqual(sql(self.db, "SELECT count(*) FROM mentions WHERE document_id = ?", doc_id)[0][0],
                             sum(len(e["mentions"]) for e in fresh["entities"]), path)
        # A first load this large is a bulk load: the kill left its indexes
        # and links to do, and readers are told so.
        self.assertGreater(sql(self.db, "SELECT count(*) FROM deferred_work")[0][0], 0)
        self.assertIn("bulk ingest is running or was interrupted", run("stats", "--db", self.db, check=0).stderr)
        done = run("ingest", "--db", self.db, corpus, check=0)
        self.assertIn(f"{4000 - len(docs)} new", done.stderr)
        self.assertEqual(sql(self.db, "SELECT count(*) FROM documents")[0][0], 4000)
        self.assertEqual(sql(self.db, "PRAGMA integrity_check")[0][0], "ok")
        self.assertEqual(sql(self.db, "SELECT count(*) FROM deferred_work")[0][0], 0)
        for index in ("relations_subject", "relations_object", "mentions_entity", "aliases_folded"):
            self.assertEqual(sql(self.db, "SELECT count(*) FROM sqlite_master WHERE name = ?", index)[0][0], 1, index)
        stale = sql(self.db, "SELECT count(*) FROM (SELECT a, b, relations FROM links EXCEPT SELECT a, b, sum(n) FROM ("
                             "SELECT subject_id a, object_id b, count(*) n FROM relations GROUP BY 1, 2 UNION ALL "
                             "SELECT object_id, subject_id, count(*) FROM relations GROUP BY 1, 2) GROUP BY a, b)")
        self.assertEqual(stale[0][0], 0)
        self.assertNotIn("bulk ingest", run("stats", "--db", self.db, check=0).stderr)


class Concurrency(TempDirTest):
    def test_two_processes_ingest_into_one_database(self):
        dirs = []
        for seed in (1, 2):
            d = os.path.join(self.tmp, f"c{seed}")
            subprocess.run([sys.executable, GEN, "150", d, "--seed", str(seed)], check=True, capture_output=True)
            os.rename(os.path.join(d, "000"), os.path.join(d, f"part{seed}"))  # distinct paths
            dirs.append(d)
        procs = [subprocess.Popen([DOSSIER, "ingest", "-q", "--db", self.db, d], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) for d in dirs]
        for p in procs:
            _, err = p.communicate(timeout=300)
            self.assertEqual(p.returncode, 0, err)  # the second waits for the lock instead of failing
        self.assertEqual(sql(self.db, "SELECT count(*) FROM documents")[0][0], 300)
        self.assertEqual(sql(self.db, "PRAGMA integrity_check")[0][0], "ok")
        stale = sql(self.db, "SELECT count(*) FROM (SELECT a, b, relations FROM links EXCEPT SELECT a, b, sum(n) FROM ("
                             "SELECT subject_id a, object_id b, count(*) n FROM relations GROUP BY 1, 2 UNION ALL "
                             "SELECT object_id, subject_id, count(*) FROM relations GROUP BY 1, 2) GROUP BY a, b)")
        self.assertEqual(stale[0][0], 0)


class GeneratedCorpus(TempDirTest):
    def test_same_seed_same_files(self):
        a, b = os.path.join(self.tmp, "a"), os.path.join(self.tmp, "b")
        for d in (a, b):
            subprocess.run([sys.executable, GEN, "20", d, "--seed", "3"], check=True, capture_output=True)
        for name in os.listdir(os.path.join(a, "000")):
            with open(os.path.join(a, "000", name)) as fa, open(os.path.join(b, "000", name)) as fb:
                self.assertEqual(fa.read(), fb.read())


if __name__ == "__main__":
    unittest.main()
