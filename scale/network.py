"""The shipped tagger network (architecture "ner-tagger.v1") in PyTorch, weight for weight as
src/model/architectures builds it: hashed embeddings summed over seeds, maxout mix + layer norm,
a CNN encoder of windowed maxout + layer norm with residuals, the entity head and the POS head.
Weights keep the bundle's names ("embed/table", "encoder/0/w", ...)."""
from __future__ import annotations

import math

import torch
from torch import nn

FORBIDDEN = -1e4


def param_specs(meta: dict) -> list[tuple[str, tuple[int, ...], str]]:
    """(name, shape, init) of every weight, in networkParams' order (the bundle's order)."""
    arch, features = meta["architecture"], meta["features"]
    width, pieces = arch["width"], arch["embedPieces"]
    tags, pos = len(meta["tags"]), len(meta.get("posTags") or [])
    encoder = arch["encoder"]
    if encoder["name"] != "cnn":
        raise ValueError(f'encoder "{encoder["name"]}" is not built in scale/ (only "cnn", the shipped one)')
    specs = [
        ("embed/table", (sum(features["rows"]), width), "embedding"),
        ("embed/mix/w", (len(features["attrs"]) * width, width * pieces), "glorot"),
        ("embed/mix/b", (width * pieces,), "zeros"),
        ("embed/norm/gain", (width,), "ones"),
        ("embed/norm/bias", (width,), "zeros"),
    ]
    for layer in range(encoder["depth"]):
        prefix = f"encoder/{layer}"
        specs += [
            (f"{prefix}/w", ((2 * encoder["window"] + 1) * width, width * encoder["pieces"]), "glorot"),
            (f"{prefix}/b", (width * encoder["pieces"],), "zeros"),
            (f"{prefix}/norm/gain", (width,), "ones"),
            (f"{prefix}/norm/bias", (width,), "zeros"),
        ]
    specs += [("tagger/w", (width, tags), "glorot"), ("tagger/b", (tags,), "zeros")]
    if arch["head"] == "crf":
        specs += [("crf/transitions", (tags, tags), "zeros"), ("crf/start", (tags,), "zeros"), ("crf/end", (tags,), "zeros")]
    if pos > 0:
        specs += [("pos/w", (width, pos), "glorot"), ("pos/b", (pos,), "zeros")]
    return specs


def _key(name: str) -> str:
    return name.replace("/", "__")


def transition_penalties(tags: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """0 where IOB2 allows a transition (I-x only after B-x or I-x, never first), FORBIDDEN elsewhere."""
    k = len(tags)
    transitions = torch.zeros(k, k)
    start = torch.zeros(k)
    for j, to in enumerate(tags):
        if not to.startswith("I-"):
            continue
        start[j] = FORBIDDEN
        label = to[2:]
        for i, source in enumerate(tags):
            if source not in (f"B-{label}", f"I-{label}"):
                transitions[i, j] = FORBIDDEN
    return transitions, start


def _maxout(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor, pieces: int) -> torch.Tensor:
    y = x @ w + b
    return y.reshape(*y.shape[:-1], y.shape[-1] // pieces, pieces).amax(-1)


def _layer_norm(x: torch.Tensor, gain: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    mean = x.mean(-1, keepdim=True)
    variance = ((x - mean) ** 2).mean(-1, keepdim=True)
    return (x - mean) / torch.sqrt(variance + 1e-5) * gain + bias


def _windowed(x: torch.Tensor, window: int, dilation: int) -> torch.Tensor:
    length = x.shape[1]
    reach = window * dilation
    padded = nn.functional.pad(x, (0, 0, reach, reach))
    return torch.cat([padded[:, k * dilation : k * dilation + length] for k in range(2 * window + 1)], dim=2)


class TaggerNetwork(nn.Module):
    def __init__(self, meta: dict, seed: int = 1):
        super().__init__()
        self.meta = meta
        self.specs = param_specs(meta)
        generator = torch.Generator().manual_seed(seed)
        self.weights = nn.ParameterDict()
        for name, shape, init in self.specs:
            values = torch.zeros(shape)
            if init == "ones":
                values.fill_(1)
            elif init in ("glorot", "embedding"):
                limit = math.sqrt(6 / (shape[0] + shape[-1])) if init == "glorot" else 0.1
                values = (torch.rand(shape, generator=generator) * 2 - 1) * limit
            self.weights[_key(name)] = nn.Parameter(values)
        transitions, start = transition_penalties(meta["tags"])
        self.register_buffer("penalty_transitions", transitions, persistent=False)
        self.register_buffer("penalty_start", start, persistent=False)

    def w(self, name: str) -> torch.Tensor:
        return self.weights[_key(name)]

    def named_weights(self) -> dict[str, torch.Tensor]:
        return {name: self.w(name) for name, _, _ in self.specs}

    def load_named(self, values: dict[str, torch.Tensor]) -> None:
        with torch.no_grad():
            for name, shape, _ in self.specs:
                if name not in values:
                    raise ValueError(f'weights are missing "{name}"')
                if tuple(values[name].shape) != shape:
                    raise ValueError(f'weight "{name}" has shape {list(values[name].shape)}, the architecture needs {list(shape)}')
                self.w(name).copy_(values[name])

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor | None]:
        """ids [B, T, attrs × seeds] (hashed rows), mask [B, T]. Returns emissions [B, T, tags] and POS logits (or None)."""
        arch, features = self.meta["architecture"], self.meta["features"]
        attrs, seeds = len(features["attrs"]), features["seeds"]
        batch, length = mask.shape
        dropout = arch["dropout"] if self.training else 0.0
        mask3 = mask.unsqueeze(2)
        table = self.w("embed/table")
        rows = nn.functional.embedding(ids.reshape(batch, length, attrs, seeds), table)
        concatenated = rows.sum(3).reshape(batch, length, attrs * table.shape[1])
        h = _maxout(concatenated, self.w("embed/mix/w"), self.w("embed/mix/b"), arch["embedPieces"])
        h = _layer_norm(h, self.w("embed/norm/gain"), self.w("embed/norm/bias"))
        h = nn.functional.dropout(h, dropout, self.training) * mask3
        encoder = arch["encoder"]
        for layer in range(encoder["depth"]):
            prefix = f"encoder/{layer}"
            dilations = encoder.get("dilations") or []
            neighbours = _windowed(h, encoder["window"], dilations[layer] if layer < len(dilations) else 1)
            y = _maxout(neighbours, self.w(f"{prefix}/w"), self.w(f"{prefix}/b"), encoder["pieces"])
            y = _layer_norm(y, self.w(f"{prefix}/norm/gain"), self.w(f"{prefix}/norm/bias"))
            y = nn.functional.dropout(y, dropout, self.training)
            # Masking after every layer keeps padding at zero, so a sentence's output never depends on its batch.
            h = (h + y) * mask3
        emissions = h @ self.w("tagger/w") + self.w("tagger/b")
        pos = h @ self.w("pos/w") + self.w("pos/b") if self.meta.get("posTags") else None
        return emissions, pos

    def crf_scores(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Learned CRF scores plus the IOB2 penalties, as training and decoding use them."""
        return (
            self.w("crf/transitions") + self.penalty_transitions,
            self.w("crf/start") + self.penalty_start,
            self.w("crf/end"),
        )
