"""Cross-runtime parity: a tfjs bundle tags the same in PyTorch, and a PyTorch-written bundle tags
the same in Node/tfjs (loadModelFromDirectory), with emissions within 1e-4. The Node side is
src/cli/tagForParity.ts."""
import json
import subprocess
import tempfile
import unittest
from pathlib import Path

import numpy as np

from scale.bundle import load_bundle, save_bundle, zip_bundle
from scale.datasets import read_dataset
from scale.network import TaggerNetwork
from scale.tagger import DEFAULT_ARCHITECTURE, Tagger, new_meta
from scale.training import Job, Run, Settings, train

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = json.loads((Path(__file__).parent / "fixtures" / "parity_sentences.json").read_text())


def tag_in_node(bundle: Path, scratch: Path) -> list[dict]:
    sentences, out = scratch / "sentences.json", scratch / "node.json"
    sentences.write_text(json.dumps(SENTENCES))
    command = ["npx", "tsx", "src/cli/tagForParity.ts", "--model", str(bundle), "--input", str(sentences), "--out", str(out), "--backend", "cpu"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return json.loads(out.read_text())


class CrossRuntimeParity(unittest.TestCase):
    def assert_same(self, bundle: Path, scratch: Path, node_reads: Path | None = None):
        tagger = Tagger(*load_bundle(bundle))
        node = tag_in_node(node_reads or bundle, scratch)
        ours = tagger.tag(SENTENCES)
        emissions = tagger.emissions(SENTENCES)
        self.assertEqual(len(node), len(SENTENCES))
        for i, (theirs, mine, scores) in enumerate(zip(node, ours, emissions)):
            self.assertEqual(mine.tags, theirs["tags"], f"sentence {i}: {SENTENCES[i]}")
            self.assertEqual(mine.pos, theirs["pos"], f"sentence {i}")
            np.testing.assert_allclose(scores, np.array(theirs["emissions"]), rtol=0, atol=1e-4, err_msg=f"sentence {i}")
            np.testing.assert_allclose(mine.confidence, theirs["confidence"], rtol=0, atol=1e-4, err_msg=f"sentence {i}")

    def test_shipped_tfjs_bundle_tags_the_same_in_pytorch(self):
        with tempfile.TemporaryDirectory() as scratch:
            self.assert_same(ROOT / "public" / "models" / "default", Path(scratch))

    def test_pytorch_trained_bundle_tags_the_same_in_node(self):
        data = read_dataset(ROOT / "tests" / "fixtures" / "engine" / "people-places.csv").valid_sentences()
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch) / "bundle"
            job = Job(data[:40], data[40:], out, name="parity", pos=True, settings=Settings(epochs=2, batch_tokens=256, seed=4), verbose=False)
            train(job, Run())
            self.assert_same(out, Path(scratch))
            # float16: both runtimes read the same rounded weights, so they still agree ...
            half = Path(scratch) / "half"
            meta, network, clusters = load_bundle(out)
            save_bundle(half, meta, network, clusters, float16=True)
            # ... read from the .zip the app's Models → Import takes (modelFromZip).
            self.assert_same(half, Path(scratch), zip_bundle(half))

    def test_softmax_head_bundle_tags_the_same_in_node(self):
        meta = new_meta("softmax", ["geo", "org", "per"], architecture={**DEFAULT_ARCHITECTURE, "head": "softmax"})
        with tempfile.TemporaryDirectory() as scratch:
            save_bundle(Path(scratch) / "bundle", meta, TaggerNetwork(meta, seed=5))
            self.assert_same(Path(scratch) / "bundle", Path(scratch))


if __name__ == "__main__":
    unittest.main()
