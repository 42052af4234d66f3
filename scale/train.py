"""Train the app's tagger with PyTorch, on one process or many:

    python3 scale/train.py --data train.csv --out bundles/big
    torchrun --standalone --nproc_per_node=4 scale/train.py --data train.csv --dev dev.csv --out bundles/big
    torchrun --nnodes=2 --node_rank=0 --master_addr=host0 --master_port=29500 --nproc_per_node=8 scale/train.py ...

The bundle loads in the app (Models → Import) and in Node (loadModelFromDirectory). See README, "Training at scale"."""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch.distributed as dist  # noqa: E402

from scale.bundle import zip_bundle  # noqa: E402
from scale.datasets import read_dataset  # noqa: E402
from scale.training import Job, Settings, start_run, train  # noqa: E402


def arguments(argv=None):
    parser = argparse.ArgumentParser(prog="scale/train.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, action="append", help="training file(s): GMB CSV (.csv), CoNLL, span JSONL (.jsonl); repeatable")
    parser.add_argument("--dev", action="append", help="dev file(s) for early stopping; without, 10%% of --data (seeded) is held out")
    parser.add_argument("--format", choices=["gmb-csv", "conll", "span-jsonl"], help="file format (default: from the file name)")
    parser.add_argument("--out", required=True, type=Path, help="bundle directory to write (rank 0)")
    parser.add_argument("--name", default="model")
    parser.add_argument("--base", type=Path, help="fine-tune this bundle (same labels)")
    parser.add_argument("--pos", action="store_true", help="train the POS head on sentences with POS tags")
    parser.add_argument("--float16", action="store_true", help="store weights as float16 (half the download)")
    parser.add_argument("--zip", action="store_true", help="also write <out>.zip, the file the app's Models → Import takes")
    parser.add_argument("--checkpoint", type=Path, help="checkpoint file (default: <out>/../<out name>.checkpoint.pt)")
    parser.add_argument("--resume", action="store_true", help="continue from --checkpoint")
    parser.add_argument("--report", type=Path, help="write each rank's history, throughput and weight digests to this folder")
    parser.add_argument("--backend", choices=["gloo", "nccl"], help="process-group backend (default: nccl with GPUs, else gloo)")
    defaults = Settings()
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--batch-tokens", type=int, default=defaults.batch_tokens, help="padded tokens per batch per process")
    parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
    parser.add_argument("--warmup-steps", type=int, default=defaults.warmup_steps)
    parser.add_argument("--clip-norm", type=float, default=defaults.clip_norm)
    parser.add_argument("--patience", type=int, default=defaults.patience)
    parser.add_argument("--word-dropout", type=float, default=defaults.word_dropout)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0: no limit)")
    return parser.parse_args(argv)


def read_all(paths: list[str], format: str | None):
    sentences = []
    for path in paths:
        data = read_dataset(path, format)
        bad = len(data.sentences) - len(data.valid_sentences())
        if bad:
            print(f"{path}: {bad} sentence(s) with errors left out; first: {data.errors[0]}", file=sys.stderr)
        sentences += data.valid_sentences()
    return sentences


def main(argv=None) -> int:
    args = arguments(argv)
    try:
        train_set = read_all(args.data, args.format)
        if args.dev:
            dev = read_all(args.dev, args.format)
        else:
            order = list(range(len(train_set)))
            random.Random(args.seed).shuffle(order)
            held = set(order[: len(order) // 10])
            dev = [s for i, s in enumerate(train_set) if i in held]
            train_set = [s for i, s in enumerate(train_set) if i not in held]
    except (OSError, ValueError) as error:
        print(f"scale/train.py: {error}", file=sys.stderr)
        return 2
    settings = Settings(args.epochs, args.batch_tokens, args.learning_rate, args.warmup_steps, args.clip_norm, args.patience,
                        args.word_dropout, args.seed, args.max_steps)
    checkpoint = args.checkpoint or args.out.parent / f"{args.out.name}.checkpoint.pt"
    job = Job(train_set, dev, args.out, args.name, ", ".join(Path(p).name for p in args.data), args.base, args.pos, args.float16,
              checkpoint, args.resume, args.report, settings)
    run = start_run(args.backend)
    try:
        result = train(job, run)
    except ValueError as error:
        print(f"scale/train.py: {error}", file=sys.stderr)
        return 2
    if run.distributed:  # ranks leave together, after rank 0 has written the bundle
        dist.barrier()
        dist.destroy_process_group()
    if run.is_main and args.zip:
        print(f"wrote {zip_bundle(args.out)}")
    if run.is_main:
        print(f"wrote {args.out} after {result['epochs']} epoch(s), best epoch {result['bestEpoch']}, {result['tokensPerSecond']:.0f} tokens/s over {run.world} process(es)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
