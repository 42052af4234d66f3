"""The readers give what core/datasets gives on the project's fixtures (datasets.json, written by src/cli/scaleFixtures.ts)."""
import json
import unittest
from pathlib import Path

from scale.datasets import read_dataset
from scale.tags import score_entities, tags_to_spans, to_iob2
from scale.text import tokenize

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((Path(__file__).parent / "fixtures" / "datasets.json").read_text())


class ReadersMatchCoreDatasets(unittest.TestCase):
    def test_readers_give_the_sentences_tags_pos_and_validity_of_core_datasets(self):
        for expected in EXPECTED:
            with self.subTest(fixture=expected["name"]):
                data = read_dataset(ROOT / expected["path"], expected["format"])
                got = [{"tokens": s.tokens, "tags": s.tags, "pos": s.pos} for s in data.sentences]
                self.assertEqual(got, expected["sentences"])
                self.assertEqual(data.valid, expected["sentenceValid"])
                self.assertEqual(data.labels, expected["labels"])
                self.assertEqual(data.has_pos, expected["hasPos"])


class TagRules(unittest.TestCase):
    def test_iob1_and_bioes_are_read_as_iob2(self):
        self.assertEqual(to_iob2(["I-per", "I-per", "B-per", "O", "I-geo"]), ["B-per", "I-per", "B-per", "O", "B-geo"])
        self.assertEqual(to_iob2(["S-per", "B-org", "E-org", "U-geo"]), ["B-per", "B-org", "I-org", "B-geo"])

    def test_conlleval_counts_an_i_after_o_as_an_entity(self):
        self.assertEqual(tags_to_spans(["O", "I-per", "I-per"]), [(1, 3, "per")])
        scores = score_entities([["B-per", "O", "B-geo"]], [["B-per", "O", "B-org"]])
        self.assertEqual((scores["precision"], scores["recall"]), (0.5, 0.5))

    def test_tokenizer_keeps_abbreviations_and_splits_clitics(self):
        text = "Mr. Blair's U.S.-led 10,000 don't."
        self.assertEqual([text[a:b] for a, b in tokenize(text)], ["Mr.", "Blair", "'s", "U.S.-led", "10,000", "do", "n't", "."])


if __name__ == "__main__":
    unittest.main()
