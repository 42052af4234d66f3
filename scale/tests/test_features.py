"""Hashed feature ids are bit-identical to src/model/features.ts (feature_rows.json, written by src/cli/scaleFixtures.ts)."""
import json
import unittest
from pathlib import Path

from scale.clusters import parse_cluster_table
from scale.hashing import Featurizer, murmur3, word_shape

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "feature_rows.json").read_text())


class FeatureParity(unittest.TestCase):
    def test_murmur3_matches_the_reference_vectors(self):
        # Austin Appleby's MurmurHash3_x86_32 test values.
        self.assertEqual(murmur3("", 0), 0)
        self.assertEqual(murmur3("", 1), 0x514E28B7)
        self.assertEqual(murmur3("hello", 0), 0x248BFA47)
        self.assertEqual(murmur3("The quick brown fox jumps over the lazy dog", 0), 0x2E4FF723)

    def test_word_shapes_match_features_ts(self):
        for row in EXPECTED["shapes"]:
            self.assertEqual(word_shape(row["token"]), row["shape"], row["token"])

    def test_hashed_rows_match_features_ts_for_default_and_shipped_configs(self):
        for config in EXPECTED["configs"]:
            clusters = parse_cluster_table((ROOT / config["clusters"]).read_text()) if "clusters" in config else None
            featurizer = Featurizer(config["features"], clusters)
            for row in config["rows"]:
                with self.subTest(attrs=len(config["features"]["attrs"]), token=row["token"]):
                    self.assertEqual(featurizer.token_ids(row["token"]), row["ids"])

    def test_batch_pads_with_zero_ids(self):
        featurizer = Featurizer(EXPECTED["configs"][0]["features"])
        batch = featurizer.batch([["a"], ["b", "c"]], 2)
        self.assertEqual(batch.shape, (2, 2, 16))
        self.assertEqual(batch[0, 1].tolist(), [0] * 16)


if __name__ == "__main__":
    unittest.main()
