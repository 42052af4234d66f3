"""Training as src/model/train.ts does it (length-bucketed batches, Adam with linear warmup and
decay to 10 %, dropout, global-norm clipping, early stopping on dev entity F1 with the best weights
restored), made data-parallel with torch.distributed: every rank takes its share of each epoch's
batches, DistributedDataParallel all-reduces the gradients, dev scoring is sharded and its counts
all-reduced, and rank 0 alone writes checkpoints and the bundle."""
from __future__ import annotations

import hashlib
import json
import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
from torch import nn

from .batching import length_buckets
from .bundle import load_bundle, save_bundle
from .crf import negative_log_likelihood
from .datasets import Sentence
from .network import TaggerNetwork
from .tagger import Tagger, new_meta
from .tags import labels_of, tags_to_spans

# Stands for any word during word dropout; no tokenizer produces it (batching.ts's UNKNOWN_WORD).
UNKNOWN_WORD = "\u0000unknown"


@dataclass
class Settings:
    epochs: int = 10
    batch_tokens: int = 2048
    learning_rate: float = 0.002
    warmup_steps: int = 100
    clip_norm: float = 1.0
    patience: int = 3
    word_dropout: float = 0.0
    seed: int = 1
    max_steps: int = 0  # 0: no limit (a test or a smoke run sets it)


@dataclass
class Run:
    """Where this process sits in the job: rank, world size, and the process group (None on one process)."""
    rank: int = 0
    world: int = 1
    distributed: bool = False

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def start_run(backend: str | None = None) -> Run:
    """Joins the job torchrun started (WORLD_SIZE > 1), else runs alone. gloo on CPU, nccl with GPUs."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return Run()
    backend = backend or ("nccl" if torch.cuda.is_available() else "gloo")
    dist.init_process_group(backend)
    return Run(dist.get_rank(), dist.get_world_size(), True)


def all_sum(run: Run, values: list[float]) -> list[float]:
    if not run.distributed:
        return values
    tensor = torch.tensor(values, dtype=torch.float64)
    dist.all_reduce(tensor)
    return tensor.tolist()


def learning_rate_at(step: int, total: int, peak: float, warmup: int) -> float:
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return peak * (1 - 0.9 * min(1.0, progress))


def shard(batches: list[list[int]], run: Run) -> list[list[int]]:
    """This rank's batches; every rank gets the same count (DDP steps in lockstep), so a short tail wraps around."""
    per_rank = max(1, -(-len(batches) // run.world))
    padded = [batches[i % len(batches)] for i in range(per_rank * run.world)]
    return padded[run.rank :: run.world]


class TaggerLoss(nn.Module):
    """Loss per real token of one batch (CRF NLL or cross-entropy, plus POS cross-entropy), inside forward so DDP sees every weight it uses."""

    def __init__(self, network: TaggerNetwork):
        super().__init__()
        self.network = network

    def forward(self, ids, mask, tags, pos_targets):
        emissions, pos_logits = self.network(ids, mask)
        tokens = mask.sum()
        if self.network.meta["architecture"]["head"] == "crf":
            transitions, start, end = self.network.crf_scores()
            loss = negative_log_likelihood(emissions, mask, tags, transitions, start, end) / tokens
        else:
            loss = nn.functional.cross_entropy(emissions.reshape(-1, emissions.shape[-1]), tags.reshape(-1), reduction="none")
            loss = (loss * mask.reshape(-1)).sum() / tokens
        if pos_logits is not None:
            labelled = (pos_targets >= 0).float()
            ce = nn.functional.cross_entropy(pos_logits.reshape(-1, pos_logits.shape[-1]), pos_targets.clamp(min=0).reshape(-1), reduction="none")
            # A batch without POS adds zero (times the head's output, so DDP still sees the head used).
            loss = loss + (ce * labelled.reshape(-1)).sum() / labelled.sum().clamp(min=1)
        return loss


def weights_digest(network: TaggerNetwork) -> str:
    digest = hashlib.sha256()
    for tensor in network.named_weights().values():
        digest.update(tensor.detach().cpu().numpy().tobytes())
    return digest.hexdigest()


@dataclass
class Job:
    train: list[Sentence]
    dev: list[Sentence]
    out: Path
    name: str = "model"
    data_name: str = "unnamed"
    base: Path | None = None
    pos: bool = False
    float16: bool = False
    checkpoint: Path | None = None
    resume: bool = False
    report: Path | None = None
    settings: Settings = field(default_factory=Settings)
    verbose: bool = True


def _targets(tagger: Tagger, sentences: list[Sentence], length: int):
    tag_index = {tag: i for i, tag in enumerate(tagger.meta["tags"])}
    tags = torch.zeros(len(sentences), length, dtype=torch.long)
    pos = torch.full((len(sentences), length), -1, dtype=torch.long)
    pos_index = {tag: i for i, tag in enumerate(tagger.meta.get("posTags") or [])}
    for b, s in enumerate(sentences):
        tags[b, : len(s.tokens)] = torch.tensor([tag_index.get(t, 0) for t in s.tags])
        if s.pos and pos_index:
            pos[b, : len(s.tokens)] = torch.tensor([pos_index.get(p, -1) for p in s.pos])
    return tags, pos


def dev_scores(tagger: Tagger, dev: list[Sentence], run: Run) -> dict:
    """Entity P/R/F1 (conlleval) over the dev split, each rank scoring its share and the counts summed."""
    mine = dev[run.rank :: run.world]
    predicted = tagger.tag([s.tokens for s in mine]) if mine else []
    correct = gold = found = 0
    for sentence, tagged in zip(mine, predicted):
        g, p = set(tags_to_spans(sentence.tags)), set(tags_to_spans(tagged.tags))
        correct, gold, found = correct + len(g & p), gold + len(g), found + len(p)
    correct, gold, found = all_sum(run, [correct, gold, found])
    precision = correct / found if found else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _build_tagger(job: Job) -> Tagger:
    labels = labels_of(t for s in job.train + job.dev for t in s.tags)
    pos_tags = sorted({p for s in job.train if s.pos for p in s.pos}) if job.pos else None
    if job.base is not None:
        meta, network, clusters = load_bundle(job.base)
        if meta["labels"] != labels:
            raise ValueError(f"the base model's labels ({', '.join(meta['labels'])}) differ from the data's ({', '.join(labels)}); "
                             "grow it in the app, or train a new model")
        return Tagger({**meta, "name": job.name}, network, clusters)
    meta = new_meta(job.name, labels, pos_tags)
    return Tagger(meta, TaggerNetwork(meta, job.settings.seed))


def train(job: Job, run: Run) -> dict:
    config = job.settings
    torch.manual_seed(config.seed + run.rank)  # dropout masks differ per rank; the weights start equal
    train_set = [s for s in job.train if s.tokens and s.tags and len(s.tags) == len(s.tokens)]
    if not train_set:
        raise ValueError("no training sentence has one tag per token")
    tagger = _build_tagger(job)
    network = tagger.network
    loss_module = TaggerLoss(network)
    model = nn.parallel.DistributedDataParallel(loss_module) if run.distributed else loss_module
    if run.distributed:  # every rank starts from rank 0's weights, whatever its seed did
        for tensor in network.parameters():
            dist.broadcast(tensor.data, 0)
    optimizer = torch.optim.Adam(network.parameters(), lr=config.learning_rate, betas=(0.9, 0.999), eps=1e-8)
    lengths = [len(s.tokens) for s in train_set]
    steps_per_epoch = len(shard(length_buckets(lengths, config.batch_tokens, None), run))
    total_steps = steps_per_epoch * config.epochs
    warmup = min(config.warmup_steps, -(-total_steps // 10))
    state = {"epoch": 0, "step": 0, "best_f1": -1.0, "best_epoch": 0, "best_weights": None, "history": [], "stale": 0, "tokens": 0, "seconds": 0.0}
    if job.resume and job.checkpoint and job.checkpoint.exists():
        saved = torch.load(job.checkpoint, map_location="cpu")
        network.load_state_dict(saved["network"])
        optimizer.load_state_dict(saved["optimizer"])
        state = saved["state"]
    report = {"rank": run.rank, "world": run.world, "firstBatch": None, "firstStepWeightsDigest": None}
    started = time.perf_counter()
    tokens_here = 0
    step_seconds = 0.0  # featurizing, forward, backward, all-reduce, update; not dev scoring or checkpoints
    for epoch in range(state["epoch"] + 1, config.epochs + 1):
        epoch_started = time.perf_counter()
        rng = random.Random(config.seed * 1000 + epoch)  # the same order on every rank, a new one each epoch
        mine = shard(length_buckets(lengths, config.batch_tokens, rng), run)
        model.train()
        loss_sum = token_sum = 0.0
        word_rng = random.Random(config.seed * 7919 + epoch * 31 + run.rank)
        for indices in mine:
            if config.max_steps and state["step"] >= config.max_steps:
                break
            step_started = time.perf_counter()
            sentences = [train_set[i] for i in indices]
            ids, mask = tagger.encode([s.tokens for s in sentences])
            _drop_word_identity(tagger, ids, mask, config.word_dropout, word_rng)
            tags, pos = _targets(tagger, sentences, ids.shape[1])
            for group in optimizer.param_groups:
                group["lr"] = learning_rate_at(state["step"], total_steps, config.learning_rate, warmup)
            optimizer.zero_grad()
            loss = model(ids, mask, tags, pos)
            loss.backward()
            nn.utils.clip_grad_norm_(network.parameters(), config.clip_norm)
            optimizer.step()
            count = float(mask.sum())
            loss_sum += loss.item() * count
            step_seconds += time.perf_counter() - step_started
            token_sum += count
            tokens_here += int(count)
            state["step"] += 1
            if report["firstStepWeightsDigest"] is None:
                report.update(firstBatch=indices, firstStepWeightsDigest=weights_digest(network))
        loss_total, tokens_total = all_sum(run, [loss_sum, token_sum])
        entry = {"epoch": epoch, "loss": loss_total / max(tokens_total, 1), "tokens": tokens_total}
        if job.dev:
            entry["dev"] = dev_scores(tagger, job.dev, run)
        state["history"].append(entry)
        state["epoch"] = epoch
        state["tokens"] += tokens_total
        state["seconds"] += time.perf_counter() - epoch_started
        f1 = entry["dev"]["f1"] if job.dev else -entry["loss"]
        if f1 > state["best_f1"]:
            state.update(best_f1=f1, best_epoch=epoch, stale=0, best_weights={k: v.detach().clone() for k, v in network.state_dict().items()})
        else:
            state["stale"] += 1
        if run.is_main and job.verbose:
            print(json.dumps({"epoch": epoch, "loss": round(entry["loss"], 5), **({"devF1": round(entry["dev"]["f1"], 4)} if job.dev else {})}), flush=True)
        if run.is_main and job.checkpoint:
            job.checkpoint.parent.mkdir(parents=True, exist_ok=True)
            temporary = job.checkpoint.with_suffix(".tmp")
            torch.save({"network": network.state_dict(), "optimizer": optimizer.state_dict(), "state": state}, temporary)
            temporary.replace(job.checkpoint)  # a crash mid-write never leaves a torn checkpoint
        if state["stale"] >= config.patience or (config.max_steps and state["step"] >= config.max_steps):
            break
    seconds = time.perf_counter() - started
    tokens_all, = all_sum(run, [float(tokens_here)])
    if state["best_weights"] is not None:
        network.load_state_dict(state["best_weights"])
    result = {
        "epochs": state["epoch"], "bestEpoch": state["best_epoch"], "steps": state["step"], "seconds": seconds,
        "tokensPerSecond": tokens_all / max(seconds, 1e-9), "history": state["history"],
    }
    if run.is_main:
        meta = {**tagger.meta, "training": {
            "data": job.data_name, "splits": {"train": len(train_set), "dev": len(job.dev)}, "epochs": state["epoch"],
            "seconds": state["seconds"], "backend": f"pytorch-{torch.__version__}-{'ddp-' + str(run.world) if run.distributed else 'single'}",
            "seed": config.seed, "bestEpoch": state["best_epoch"], "tokensPerSecond": result["tokensPerSecond"],
            **({"baseModel": str(job.base)} if job.base else {}),
        }}
        last_dev = next((h["dev"] for h in state["history"] if h["epoch"] == state["best_epoch"] and "dev" in h), None)
        if last_dev:
            meta["metrics"] = {"split": "dev", **last_dev, "perType": {}}
        save_bundle(job.out, meta, network, tagger.clusters, job.float16)
    if job.report:
        job.report.mkdir(parents=True, exist_ok=True)
        report.update(result, finalWeightsDigest=weights_digest(network), tokensThisRank=tokens_here, stepSeconds=step_seconds)
        (job.report / f"rank{run.rank}.json").write_text(json.dumps(report, indent=1))
    return result


def _drop_word_identity(tagger: Tagger, ids: torch.Tensor, mask: torch.Tensor, rate: float, rng: random.Random) -> None:
    attrs = tagger.featurizer.attrs
    if rate <= 0 or "norm" not in attrs:
        return
    seeds = tagger.featurizer.seeds
    a = attrs.index("norm")
    unknown = torch.tensor(tagger.featurizer.token_ids(UNKNOWN_WORD)[a * seeds : (a + 1) * seeds])
    for b, t in (mask == 1).nonzero().tolist():
        if rng.random() < rate:
            ids[b, t, a * seeds : (a + 1) * seeds] = unknown
