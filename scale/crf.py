"""Linear-chain CRF as src/model/crf and src/model/decode compute it: the log partition by the
forward algorithm (padding carries alpha unchanged), the gold-path score, the negative
log-likelihood (partial labels: log-sum over the paths the known tags allow), constrained Viterbi
and forward–backward marginals."""
from __future__ import annotations

import numpy as np
import torch

from .network import FORBIDDEN


def log_partition(emissions: torch.Tensor, mask: torch.Tensor, transitions: torch.Tensor, start: torch.Tensor, end: torch.Tensor) -> torch.Tensor:
    """log Z per sentence; emissions [B, T, K], mask [B, T]."""
    alpha = start + emissions[:, 0]
    for t in range(1, emissions.shape[1]):
        step = torch.logsumexp(alpha.unsqueeze(2) + transitions, dim=1) + emissions[:, t]
        keep = mask[:, t].unsqueeze(1)
        alpha = step * keep + alpha * (1 - keep)
    return torch.logsumexp(alpha + end, dim=1)


def gold_score(emissions: torch.Tensor, mask: torch.Tensor, tags: torch.Tensor, transitions: torch.Tensor, start: torch.Tensor, end: torch.Tensor) -> torch.Tensor:
    """Score of each sentence's gold path; tags [B, T] (any value on padding)."""
    lengths = mask.sum(1).long()
    emission = (emissions.gather(2, tags.unsqueeze(2)).squeeze(2) * mask).sum(1)
    pairs = transitions[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]
    last = tags.gather(1, (lengths - 1).clamp(min=0).unsqueeze(1)).squeeze(1)
    return emission + pairs.sum(1) + start[tags[:, 0]] + end[last]


def negative_log_likelihood(emissions, mask, tags, transitions, start, end, allowed: torch.Tensor | None = None) -> torch.Tensor:
    """Summed NLL of the gold paths. `allowed` [B, T, K]: 1 for the tags a token may take (partial labels)."""
    if allowed is not None:
        gold = log_partition(emissions + (1 - allowed) * FORBIDDEN, mask, transitions, start, end)
    else:
        gold = gold_score(emissions, mask, tags, transitions, start, end)
    return (log_partition(emissions, mask, transitions, start, end) - gold).sum()


def viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    """The best path of one sentence; emissions [n, K]. Ties go to the lowest index, as viterbi.ts breaks them."""
    n, k = emissions.shape
    if n == 0:
        return []
    best = start.astype(np.float64) + emissions[0]
    back = np.zeros((n, k), dtype=np.int64)
    transitions = transitions.astype(np.float64)
    for t in range(1, n):
        scores = best[:, None] + transitions
        back[t] = scores.argmax(0)
        best = scores.max(0) + emissions[t]
    path = [int((best + end).argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def marginals(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """P(tag_t = j) [n, K] by forward–backward in log space."""
    n, k = emissions.shape
    if n == 0:
        return np.zeros((0, k))
    e = emissions.astype(np.float64)
    tr = transitions.astype(np.float64)
    alpha = np.zeros((n, k))
    beta = np.zeros((n, k))
    alpha[0] = start + e[0]
    for t in range(1, n):
        alpha[t] = np.logaddexp.reduce(alpha[t - 1][:, None] + tr, axis=0) + e[t]
    beta[n - 1] = end
    for t in range(n - 2, -1, -1):
        beta[t] = np.logaddexp.reduce(tr + (e[t + 1] + beta[t + 1])[None, :], axis=1)
    joint = alpha + beta
    return np.exp(joint - np.logaddexp.reduce(joint, axis=1, keepdims=True))
