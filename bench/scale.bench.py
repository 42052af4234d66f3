"""npm run bench:scale — training throughput of scale/train.py on 1 process and on 2 (DDP, gloo),
tokens/s over the training steps (featurizing, forward, backward, all-reduce, update), on the first
sentences of the GMB corpus. Writes bench/results/scale.json. Each process gets one thread
(OMP_NUM_THREADS=1, as torchrun sets it), so 2 processes use 2 cores against 1."""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]


def slice_csv(source: Path, sentences: int, target: Path) -> int:
    """The first `sentences` sentences of a GMB CSV (Windows-1252 as published), as UTF-8."""
    lines, seen = [], 0
    with source.open(encoding="cp1252", newline="") as handle:
        for number, line in enumerate(handle):
            if number > 0 and line.startswith("Sentence:"):
                if seen == sentences:
                    break
                seen += 1
            lines.append(line)
    target.write_text("".join(lines), encoding="utf-8")
    return seen


def run(processes: int, data: Path, dev: Path, scratch: Path, steps: int, batch_tokens: int) -> dict:
    report = scratch / f"report{processes}"
    train = ["scale/train.py", "--data", str(data), "--dev", str(dev), "--out", str(scratch / f"bundle{processes}"), "--epochs", "1",
             "--max-steps", str(steps), "--batch-tokens", str(batch_tokens), "--report", str(report), "--checkpoint", str(scratch / f"c{processes}.pt")]
    launcher = [sys.executable, "-m", "scale.torchrun", "--standalone", f"--nproc_per_node={processes}"] if processes > 1 else [sys.executable]
    started = time.perf_counter()
    subprocess.run(launcher + train, cwd=ROOT, check=True, env={**os.environ, "OMP_NUM_THREADS": "1"}, capture_output=True)
    wall = time.perf_counter() - started
    ranks = [json.loads((report / f"rank{r}.json").read_text()) for r in range(processes)]
    tokens = sum(r["tokensThisRank"] for r in ranks)
    seconds = max(r["stepSeconds"] for r in ranks)
    return {"processes": processes, "steps": ranks[0]["steps"], "tokens": tokens, "stepSeconds": seconds,
            "tokensPerSecond": tokens / seconds, "wallSeconds": wall, "finalLoss": ranks[0]["history"][-1]["loss"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "gmb" / "ner_dataset.csv")
    parser.add_argument("--sentences", type=int, default=2500, help="enough that neither run ends its epoch before --steps")
    parser.add_argument("--steps", type=int, default=16, help="steps per run (on 2 processes, each takes a batch a step)")
    parser.add_argument("--batch-tokens", type=int, default=1024)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "scale.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        count = slice_csv(args.data, args.sentences, scratch / "train.csv")
        slice_csv(args.data, 20, scratch / "dev.csv")
        runs = [run(1, scratch / "train.csv", scratch / "dev.csv", scratch, args.steps, args.batch_tokens),
                run(2, scratch / "train.csv", scratch / "dev.csv", scratch, args.steps, args.batch_tokens)]
    load = os.getloadavg()
    result = {
        "what": "scale/train.py training throughput, 1 process vs 2 (DDP on gloo, CPU), tokens/s over training steps",
        "data": f"first {count} sentences of {args.data.name}", "batchTokensPerProcess": args.batch_tokens, "stepsPerRun": args.steps,
        "runs": runs, "speedup": runs[1]["tokensPerSecond"] / runs[0]["tokensPerSecond"],
        "machine": {"cpus": os.cpu_count(), "loadAverage1m": load[0], "python": platform.python_version(), "torch": torch.__version__},
        "note": "noisy: a shared machine (other jobs running; see loadAverage1m), one thread per process",
        "command": "npm run bench:scale",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({"tokensPerSecond": [round(r["tokensPerSecond"]) for r in runs], "speedup": round(result["speedup"], 2), "load": load[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
