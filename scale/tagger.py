"""A loaded or new tagger: meta, network and featurizer, with batched tagging that decodes as
src/model/tagger.ts does (CRF: Viterbi over learned scores + IOB2 penalties, marginals for the
confidence; softmax: constrained Viterbi over log-probabilities)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from .batching import length_buckets
from .clusters import WordClusters
from .crf import marginals, viterbi
from .hashing import Featurizer
from .network import TaggerNetwork, transition_penalties
from .tags import tags_for_labels

DEFAULT_FEATURES = {"attrs": ["norm", "prefix", "suffix", "shape"], "rows": [5000, 2500, 2500, 1000], "seeds": 4, "prefixLength": 3, "suffixLength": 3}
DEFAULT_ARCHITECTURE = {
    "name": "ner-tagger.v1", "width": 96, "embedPieces": 3,
    "encoder": {"name": "cnn", "depth": 4, "window": 1, "pieces": 3, "dilations": [1, 1, 1, 1]},
    "head": "crf", "dropout": 0.1,
}


def new_meta(name: str, labels: list[str], pos_tags: list[str] | None = None, features: dict | None = None, architecture: dict | None = None) -> dict:
    labels = sorted(labels)
    meta = {
        "format": "ner-studio.model/1", "name": name, "labels": labels, "tags": tags_for_labels(labels),
        "tokenizer": "ner-studio.text/1", "features": features or DEFAULT_FEATURES, "architecture": architecture or DEFAULT_ARCHITECTURE,
    }
    if pos_tags:
        meta["posTags"] = sorted(pos_tags)
    return meta


@dataclass
class Tagged:
    tags: list[str]
    confidence: list[float]
    pos: list[str] | None = None


class Tagger:
    def __init__(self, meta: dict, network: TaggerNetwork, clusters: WordClusters | None = None):
        self.meta = meta
        self.network = network
        self.clusters = clusters
        self.featurizer = Featurizer(meta["features"], clusters)

    def encode(self, sentences: list[list[str]]) -> tuple[torch.Tensor, torch.Tensor]:
        length = max([1] + [len(s) for s in sentences])
        ids = torch.from_numpy(self.featurizer.batch(sentences, length))
        mask = torch.zeros(len(sentences), length)
        for b, s in enumerate(sentences):
            mask[b, : len(s)] = 1
        return ids, mask

    @torch.no_grad()
    def emissions(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """Per-sentence entity scores [n, K] as the network outputs them (before any softmax or decoding)."""
        self.network.eval()
        out: list[np.ndarray] = [np.zeros(0)] * len(sentences)
        for batch in length_batches(sentences):
            ids, mask = self.encode([sentences[i] for i in batch])
            emissions, _ = self.network(ids, mask)
            for b, i in enumerate(batch):
                out[i] = emissions[b, : len(sentences[i])].numpy()
        return out

    @torch.no_grad()
    def tag(self, sentences: list[list[str]]) -> list[Tagged]:
        self.network.eval()
        tags = self.meta["tags"]
        if self.meta["architecture"]["head"] == "crf":
            transitions, start, end = (t.numpy() for t in self.network.crf_scores())
        else:
            transitions, start = (t.numpy() for t in transition_penalties(tags))
            end = np.zeros(len(tags), dtype=np.float32)
        results: list[Tagged | None] = [None] * len(sentences)
        for batch in length_batches(sentences):
            ids, mask = self.encode([sentences[i] for i in batch])
            emissions, pos = self.network(ids, mask)
            crf = self.meta["architecture"]["head"] == "crf"
            scores = emissions if crf else torch.log_softmax(emissions, -1)
            for b, i in enumerate(batch):
                n = len(sentences[i])
                rows = scores[b, :n].numpy()
                path = viterbi(rows, transitions, start, end)
                confidence = marginals(rows, transitions, start, end)[np.arange(n), path] if crf else np.exp(rows[np.arange(n), path])
                tagged = Tagged([tags[p] for p in path], [float(c) for c in confidence])
                if pos is not None:
                    tagged.pos = [self.meta["posTags"][p] for p in pos[b, :n].argmax(-1).tolist()]
                results[i] = tagged
        return results  # type: ignore[return-value]


def length_batches(sentences: list[list[str]], max_tokens: int = 8192, max_sentences: int = 256) -> list[list[int]]:
    """Indices in batches of similar length (little padding), as batching.ts's lengthBuckets without shuffling."""
    return length_buckets([len(sentence) for sentence in sentences], max_tokens, None, max_sentences)
