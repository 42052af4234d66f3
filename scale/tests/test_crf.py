"""The CRF against brute force over every tag path of tiny inputs."""
import itertools
import unittest

import numpy as np
import torch

from scale.crf import gold_score, log_partition, marginals, negative_log_likelihood, viterbi
from scale.network import transition_penalties


def path_score(e, tr, start, end, path):
    return start[path[0]] + sum(e[t, p] for t, p in enumerate(path)) + sum(tr[a, b] for a, b in zip(path, path[1:])) + end[path[-1]]


class CrfAgainstBruteForce(unittest.TestCase):
    def setUp(self):
        generator = torch.Generator().manual_seed(3)
        self.k = 3
        self.emissions = torch.randn(2, 4, self.k, generator=generator, dtype=torch.float64)
        self.transitions = torch.randn(self.k, self.k, generator=generator, dtype=torch.float64)
        self.start = torch.randn(self.k, generator=generator, dtype=torch.float64)
        self.end = torch.randn(self.k, generator=generator, dtype=torch.float64)
        self.mask = torch.tensor([[1, 1, 1, 1], [1, 1, 0, 0]], dtype=torch.float64)
        self.lengths = [4, 2]

    def brute(self, b):
        e, n = self.emissions[b].numpy(), self.lengths[b]
        scores = {p: path_score(e, self.transitions.numpy(), self.start.numpy(), self.end.numpy(), p) for p in itertools.product(range(self.k), repeat=n)}
        return scores

    def test_log_partition_and_nll_equal_brute_force_with_padding(self):
        log_z = log_partition(self.emissions, self.mask, self.transitions, self.start, self.end)
        tags = torch.tensor([[0, 2, 1, 1], [2, 0, 0, 0]])
        nll = negative_log_likelihood(self.emissions, self.mask, tags, self.transitions, self.start, self.end)
        expected_nll = 0.0
        for b in range(2):
            scores = self.brute(b)
            expected_z = np.logaddexp.reduce(list(scores.values()))
            self.assertAlmostEqual(log_z[b].item(), expected_z, places=9)
            gold = tuple(tags[b, : self.lengths[b]].tolist())
            self.assertAlmostEqual(gold_score(self.emissions, self.mask, tags, self.transitions, self.start, self.end)[b].item(), scores[gold], places=9)
            expected_nll += expected_z - scores[gold]
        self.assertAlmostEqual(nll.item(), expected_nll, places=9)

    def test_partial_labels_sum_over_the_allowed_paths(self):
        allowed = torch.ones(2, 4, self.k, dtype=torch.float64)
        allowed[0, 1] = torch.tensor([0, 1, 1])  # token 1 of sentence 0 is "not O"; the rest unknown
        nll = negative_log_likelihood(self.emissions, self.mask, torch.zeros(2, 4, dtype=torch.long), self.transitions, self.start, self.end, allowed)
        scores = self.brute(0)
        z = np.logaddexp.reduce(list(scores.values()))
        kept = np.logaddexp.reduce([s for p, s in scores.items() if p[1] != 0])
        self.assertAlmostEqual(nll.item(), z - kept, places=6)

    def test_viterbi_and_marginals_equal_brute_force(self):
        scores = self.brute(0)
        args = (self.emissions[0].numpy(), self.transitions.numpy(), self.start.numpy(), self.end.numpy())
        self.assertEqual(tuple(viterbi(*args)), max(scores, key=scores.get))
        z = np.logaddexp.reduce(list(scores.values()))
        expected = np.zeros((4, self.k))
        for path, s in scores.items():
            for t, p in enumerate(path):
                expected[t, p] += np.exp(s - z)
        np.testing.assert_allclose(marginals(*args), expected, atol=1e-9)

    def test_penalties_rule_out_invalid_iob2(self):
        tags = ["O", "B-per", "I-per", "B-geo", "I-geo"]
        transitions, start = transition_penalties(tags)
        emissions = np.zeros((3, 5))
        emissions[:, 4] = 5.0  # I-geo everywhere would win unconstrained
        path = viterbi(emissions, transitions.numpy(), start.numpy(), np.zeros(5))
        self.assertEqual([tags[i] for i in path], ["B-geo", "I-geo", "I-geo"])


if __name__ == "__main__":
    unittest.main()
