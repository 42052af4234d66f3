"""MurmurHash3 x86 32-bit and the hashed token features, bit-identical to src/model/hash.ts and
src/model/features.ts (proven by tests/fixtures/feature_rows.json, written by the TS code)."""
from __future__ import annotations

import unicodedata

import numpy as np

from .clusters import WordClusters

_MASK = 0xFFFFFFFF
FEATURE_ATTRS = ("norm", "prefix", "suffix", "shape", "cluster", "clusterGroup", "termAffinity")
CLUSTER_ATTRS = ("cluster", "clusterGroup", "termAffinity")


def _rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (32 - r))) & _MASK


def murmur3_bytes(data: bytes, seed: int) -> int:
    length = len(data)
    blocks = length & ~3
    h = seed & _MASK
    for i in range(0, blocks, 4):
        k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)
        k = (k * 0xCC9E2D51) & _MASK
        k = _rotl(k, 15)
        k = (k * 0x1B873593) & _MASK
        h ^= k
        h = _rotl(h, 13)
        h = (h * 5 + 0xE6546B64) & _MASK
    tail = length & 3
    if tail:
        k = 0
        if tail == 3:
            k ^= data[blocks + 2] << 16
        if tail >= 2:
            k ^= data[blocks + 1] << 8
        k ^= data[blocks]
        k = (k * 0xCC9E2D51) & _MASK
        k = _rotl(k, 15)
        k = (k * 0x1B873593) & _MASK
        h ^= k
    h ^= length
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & _MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & _MASK
    h ^= h >> 16
    return h


def murmur3(text: str, seed: int) -> int:
    return murmur3_bytes(text.encode("utf-8"), seed)


def _utf16_length(word: str) -> int:
    return len(word.encode("utf-16-le")) // 2


def word_shape(word: str) -> str:
    """spaCy's word shape as features.ts writes it: X/x/d, runs cut after 4, "LONG" past 99 UTF-16 units."""
    if _utf16_length(word) >= 100:
        return "LONG"
    shape = []
    last = ""
    run = 0
    for char in word:
        code = ord(char)
        if code < 128:
            mapped = "X" if 65 <= code <= 90 else "x" if 97 <= code <= 122 else "d" if 48 <= code <= 57 else char
        else:
            category = unicodedata.category(char)
            mapped = "X" if category == "Lu" else "x" if category[0] == "L" else "d" if category == "Nd" else char
        run = run + 1 if mapped == last else 0
        if run < 4:
            shape.append(mapped)
        last = mapped
    return "".join(shape)


def uses_word_clusters(features: dict) -> bool:
    return any(attr in CLUSTER_ATTRS for attr in features["attrs"])


def _js_lower(token: str) -> str:
    # JS toLowerCase and str.lower both apply Unicode's full lower-case mapping with final sigma;
    # one function, so a difference found later has one home.
    return token.lower()


class Featurizer:
    """Hashed row ids of tokens: for attribute a and seed s, offsets[a] + murmur3(value, a·97 + s·7919 + 1) mod rows[a]."""

    def __init__(self, features: dict, clusters: WordClusters | None = None, capacity: int = 200_000):
        attrs = list(features["attrs"])
        unknown = [a for a in attrs if a not in FEATURE_ATTRS]
        if unknown:
            raise ValueError(f"unknown feature attribute {unknown[0]!r} (known: {', '.join(FEATURE_ATTRS)})")
        if uses_word_clusters(features) and clusters is None:
            raise ValueError("these features use word clusters, and no cluster table was given")
        if "termAffinity" in attrs and clusters is not None and clusters.affinity is None:
            raise ValueError("these features use term affinity, and the cluster table has none")
        self.attrs = attrs
        self.rows = [int(r) for r in features["rows"]]
        self.seeds = int(features["seeds"])
        self.prefix_length = int(features["prefixLength"])
        self.suffix_length = int(features["suffixLength"])
        self.clusters = clusters
        self.offsets = list(np.cumsum([0] + self.rows[:-1]))
        self.width = len(attrs) * self.seeds
        self._cache: dict[str, list[int]] = {}
        self._capacity = capacity

    def _value(self, token: str, attr: str) -> str:
        if attr == "norm":
            return _js_lower(token)
        if attr == "prefix":
            return token[: self.prefix_length]
        if attr == "suffix":
            return token[-self.suffix_length :]
        if attr == "shape":
            return word_shape(token)
        entry = self.clusters.by_word.get(_js_lower(token))  # type: ignore[union-attr]
        if attr == "cluster":
            return "" if entry is None else str(entry[0])
        if attr == "clusterGroup":
            return "" if entry is None else str(entry[1])
        level = self.clusters.affinity.get(_js_lower(token))  # type: ignore[union-attr]
        return "" if level is None else str(level)

    def token_ids(self, token: str) -> list[int]:
        ids = self._cache.get(token)
        if ids is None:
            if len(self._cache) >= self._capacity:
                self._cache.clear()
            ids = []
            for a, attr in enumerate(self.attrs):
                data = self._value(token, attr).encode("utf-8")
                for s in range(self.seeds):
                    ids.append(int(self.offsets[a]) + murmur3_bytes(data, a * 97 + s * 7919 + 1) % self.rows[a])
            self._cache[token] = ids
        return ids

    def batch(self, sentences: list[list[str]], max_length: int) -> np.ndarray:
        """[B, T, idsPerToken] int64; padding holds id 0, as featurizeBatch leaves it (the network masks it out)."""
        out = np.zeros((len(sentences), max_length, self.width), dtype=np.int64)
        for b, tokens in enumerate(sentences):
            for t, token in enumerate(tokens):
                out[b, t] = self.token_ids(token)
        return out
