"""Data-parallel training on gloo: two processes under torchrun on a tiny fixture. The loss falls,
the ranks see different batches yet hold the same weights after a step (gradients all-reduced),
only rank 0 writes the bundle, a run resumes from its checkpoint, and early stopping follows dev F1."""
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from scale.bundle import load_bundle
from scale.datasets import read_dataset
from scale.training import Job, Run, Settings, train

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "fixtures" / "engine" / "people-places.csv"


def torchrun(scratch: Path, *extra: str) -> None:
    command = [sys.executable, "-m", "scale.torchrun", "--standalone", "--nproc_per_node=2", "scale/train.py",
               "--data", str(DATA), "--out", str(scratch / "bundle"), "--batch-tokens", "128", "--report", str(scratch / "report"), *extra]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise AssertionError(f"torchrun failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")


def reports(scratch: Path) -> list[dict]:
    return [json.loads((scratch / "report" / f"rank{r}.json").read_text()) for r in (0, 1)]


class TwoProcessTraining(unittest.TestCase):
    def test_two_ranks_agree_on_weights_the_loss_falls_and_a_run_resumes(self):
        with tempfile.TemporaryDirectory() as name:
            scratch = Path(name)
            torchrun(scratch, "--epochs", "2", "--patience", "9")
            first, second = reports(scratch)
            self.assertEqual((first["world"], second["world"]), (2, 2))
            self.assertNotEqual(first["firstBatch"], second["firstBatch"])
            self.assertEqual(first["firstStepWeightsDigest"], second["firstStepWeightsDigest"])
            self.assertEqual(first["finalWeightsDigest"], second["finalWeightsDigest"])
            losses = [h["loss"] for h in first["history"]]
            self.assertLess(losses[-1], losses[0])
            self.assertEqual(first["history"], second["history"])
            meta, _, _ = load_bundle(scratch / "bundle")
            self.assertEqual(meta["training"]["backend"].split("-")[-2:], ["ddp", "2"])

            torchrun(scratch, "--epochs", "3", "--patience", "9", "--resume")
            resumed, _ = reports(scratch)
            self.assertEqual([h["epoch"] for h in resumed["history"]], [1, 2, 3])
            self.assertEqual(resumed["history"][:2], first["history"])
            self.assertEqual(load_bundle(scratch / "bundle")[0]["training"]["epochs"], 3)


class EarlyStopping(unittest.TestCase):
    def test_training_stops_after_patience_epochs_without_a_better_dev_f1_and_keeps_the_best(self):
        data = read_dataset(DATA).valid_sentences()
        with tempfile.TemporaryDirectory() as name:
            job = Job(data[:40], data[40:], Path(name) / "b", settings=Settings(epochs=8, batch_tokens=256, patience=2), verbose=False)
            result = train(job, Run())
        f1 = [h["dev"]["f1"] for h in result["history"]]
        best = max(range(len(f1)), key=lambda i: (f1[i], -i)) + 1
        self.assertEqual(result["bestEpoch"], best)
        self.assertEqual(result["epochs"], min(8, best + 2))


if __name__ == "__main__":
    unittest.main()
