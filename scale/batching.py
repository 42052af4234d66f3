"""Batches of sentence indices of similar length, as batching.ts's lengthBuckets."""

from __future__ import annotations

import random


def length_buckets(lengths: list[int], max_tokens: int, rng: random.Random | None, max_sentences: int = 512) -> list[list[int]]:
    """Indices grouped so each batch holds at most `max_tokens` padded tokens; shuffled only when `rng` is given."""
    order = list(range(len(lengths)))
    if rng is not None:
        rng.shuffle(order)
    order.sort(key=lambda i: lengths[i])
    batches, current = [], []
    for i in order:
        longest = max(1, lengths[i])
        if current and (len(current) >= max_sentences or (len(current) + 1) * longest > max_tokens):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    if rng is not None:
        rng.shuffle(batches)
    return batches
