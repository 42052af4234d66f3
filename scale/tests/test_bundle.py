"""Bundles written by scale/ read back exactly; broken ones fail with a reason."""
import json
import tempfile
import unittest
from pathlib import Path

import torch

from scale.bundle import BundleError, load_bundle, save_bundle
from scale.network import TaggerNetwork, param_specs
from scale.tagger import new_meta

ROOT = Path(__file__).resolve().parents[2]


class BundleRoundTrip(unittest.TestCase):
    def setUp(self):
        self.meta = new_meta("tiny", ["geo", "per"], ["NN", "NNP"])
        self.network = TaggerNetwork(self.meta, seed=2)

    def test_float32_bundle_reads_back_bit_for_bit_and_float16_within_half_precision(self):
        with tempfile.TemporaryDirectory() as scratch:
            save_bundle(Path(scratch) / "a", self.meta, self.network)
            meta, network, _ = load_bundle(Path(scratch) / "a")
            self.assertEqual(meta["weightsDtype"], "float32")
            for name, tensor in self.network.named_weights().items():
                self.assertTrue(torch.equal(tensor, network.w(name)), name)
            save_bundle(Path(scratch) / "b", self.meta, self.network, float16=True)
            _, half, _ = load_bundle(Path(scratch) / "b")
            self.assertEqual((Path(scratch) / "b" / "weights.bin").stat().st_size * 2, (Path(scratch) / "a" / "weights.bin").stat().st_size)
            for name, tensor in self.network.named_weights().items():
                torch.testing.assert_close(half.w(name), tensor, atol=1e-3, rtol=1e-3)

    def test_weights_follow_network_params_order(self):
        names = [name for name, _, _ in param_specs(self.meta)]
        self.assertEqual(names[:2], ["embed/table", "embed/mix/w"])
        self.assertEqual(names[-5:], ["crf/transitions", "crf/start", "crf/end", "pos/w", "pos/b"])
        shipped = json.loads((ROOT / "public/models/default/model.json").read_text())["weightsManifest"][0]["weights"]
        meta = json.loads((ROOT / "public/models/default/meta.json").read_text())
        self.assertEqual([(e["name"], tuple(e["shape"])) for e in shipped], [(n, s) for n, s, _ in param_specs(meta)])

    def test_truncated_weights_and_foreign_meta_are_refused_with_a_reason(self):
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / "a"
            save_bundle(path, self.meta, self.network)
            data = (path / "weights.bin").read_bytes()
            (path / "weights.bin").write_bytes(data[:-8])
            with self.assertRaisesRegex(BundleError, "truncated|describes"):
                load_bundle(path)
            (path / "meta.json").write_text(json.dumps({**self.meta, "format": "other/1"}))
            with self.assertRaisesRegex(BundleError, 'expected "ner-studio.model/1"'):
                load_bundle(path)
            with self.assertRaisesRegex(BundleError, "is .* a model bundle"):
                load_bundle(Path(scratch) / "missing")


if __name__ == "__main__":
    unittest.main()
