"""Extraction quality on gold annotations, with ../shared/scripts/score.py.

Our own corpus (tests/gold) must hold entity F1 >= 0.90 and relation F1 >=
0.70. The shared smoke test runs too when ../shared is present.
"""
import os
import subprocess
import sys
import unittest

from common import SHARED, SOURCE, TempDirTest, run

SCORER = os.path.join(SHARED, "scripts", "score.py")


def score(gold, corpus, out):
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus) if f.endswith(".txt"))
    with open(out, "w") as f:
        f.write(run("extract", *files, check=0).stdout)
    proc = subprocess.run([sys.executable, SCORER, "--gold", gold, out, "--json"], capture_output=True, text=True)
    import json
    return json.loads(proc.stdout.split("\nentity F1")[0])


@unittest.skipUnless(os.path.exists(SCORER), f"{SCORER} is absent: ../shared is not beside this checkout")
class Gold(TempDirTest):
    def test_own_corpus(self):
        f = score(os.path.join(SOURCE, "tests", "gold"), os.path.join(SOURCE, "corpus"), os.path.join(self.tmp, "own.jsonl"))
        print(f"\nown corpus: entity F1 {f['entity']['f1']}, relation F1 {f['relation']['f1']}, "
              f"pair F1 {f['pair']['f1']}, modality {f['modality_accuracy']}")
        self.assertEqual(f["documents_predicted"], f["documents"])
        self.assertGreaterEqual(f["entity"]["f1"], 0.90)
        self.assertGreaterEqual(f["relation"]["f1"], 0.70)
        self.assertGreaterEqual(f["pair"]["f1"], 0.75)
        self.assertGreaterEqual(f["modality_accuracy"], 0.85)

    @unittest.skipUnless(os.path.isdir(os.path.join(SHARED, "gold")), "../shared/gold is absent")
    def test_shared_smoke_test(self):
        f = score(os.path.join(SHARED, "gold"), os.path.join(SHARED, "corpus"), os.path.join(self.tmp, "shared.jsonl"))
        print(f"\nshared gold: entity F1 {f['entity']['f1']}, relation F1 {f['relation']['f1']}, pair F1 {f['pair']['f1']}")
        self.assertGreaterEqual(f["entity"]["f1"], 0.90)
        self.assertEqual(f["duplicate_entities"], 0)
        self.assertGreaterEqual(f["relation"]["f1"], 0.70)
        self.assertGreaterEqual(f["pair"]["f1"], 0.75)
        self.assertGreaterEqual(f["modality_accuracy"], 0.85)


if __name__ == "__main__":
    unittest.main()
