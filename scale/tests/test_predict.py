"""Batch tagging sharded across processes gives the file one process writes, in input order."""
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from scale.predict import main, text_sentences

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "public" / "models" / "default"


class ShardedPrediction(unittest.TestCase):
    def test_two_processes_write_what_one_writes_for_a_conll_file_and_a_folder(self):
        with tempfile.TemporaryDirectory() as name:
            scratch = Path(name)
            conll = scratch / "in.conll"
            conll.write_text("".join(f"{w} O\n" for w in "Angela Merkel visited Paris .".split()) + "\n"
                             + "".join(f"{w} O\n" for w in "Apple opened a store in New York .".split()) + "\n"
                             + "".join(f"{w} O\n" for w in "He left .".split()))
            texts = scratch / "texts"
            (texts / "sub").mkdir(parents=True)
            (texts / "a.txt").write_text("Mr. Blair spoke in London on Monday. Apple opened a store.\n")
            (texts / "sub" / "b.txt").write_text("Angela Merkel visited Paris.\n")
            self.assertEqual(main(["--model", str(MODEL), "--input", str(conll), "--out", str(scratch / "one.tsv")]), 0)
            self.assertEqual(main(["--model", str(MODEL), "--input", str(texts), "--out", str(scratch / "one")]), 0)
            for source, target in ((conll, "two.tsv"), (texts, "two")):
                command = [sys.executable, "-m", "scale.torchrun", "--standalone", "--nproc_per_node=2", "scale/predict.py",
                           "--model", str(MODEL), "--input", str(source), "--out", str(scratch / target)]
                done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
                self.assertEqual(done.returncode, 0, done.stderr[-2000:])
            one = (scratch / "one.tsv").read_text()
            self.assertEqual((scratch / "two.tsv").read_text(), one)
            self.assertTrue(one.startswith("Angela\tB-per\t"), one)
            self.assertEqual(one.count("\n\n"), 2)
            for path in ("a.tsv", "sub/b.tsv"):
                self.assertEqual((scratch / "two" / path).read_text(), (scratch / "one" / path).read_text())
            self.assertFalse(list(scratch.glob("*.part*")))

    def test_text_sentences_end_at_standalone_punctuation(self):
        self.assertEqual(text_sentences("Mr. Blair left. He came back!\nNew line"), [["Mr.", "Blair", "left", "."], ["He", "came", "back", "!"], ["New", "line"]])


if __name__ == "__main__":
    unittest.main()
