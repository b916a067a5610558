"""Helpers for the end-to-end tests: run the real `dossier` binary on real files."""
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import unittest

DOSSIER = os.environ.get("DOSSIER") or os.path.join(os.path.dirname(__file__), "..", "..", "build", "dossier")
SOURCE = os.environ.get("DOSSIER_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.abspath(os.path.join(SOURCE, "..", "shared"))


def run(*args, check=None, stdin=None, env=None, timeout=600):
    """Runs dossier; returns CompletedProcess. check=N asserts the exit status."""
    proc = subprocess.run([DOSSIER, *args], capture_output=True, text=True, input=stdin, env=env, timeout=timeout)
    if check is not None and proc.returncode != check:
        raise AssertionError(f"dossier {' '.join(args)} exited {proc.returncode}, expected {check}\n"
                             f"stdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr[-2000:]}")
    return proc


def stats(db):
    return json.loads(run("stats", "--db", db, "--json", check=0).stdout)


def sql(db, query, *params):
    con = sqlite3.connect(db)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="dossier-e2e-")
        self.db = os.path.join(self.tmp, "test.db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, rel, content, mode="w"):
        path = os.path.join(self.tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, mode) as f:
            f.write(content)
        return path
