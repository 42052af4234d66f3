"""Tag text at scale with a bundle (trained in the browser or by scale/train.py), on one process or many:

    python3 scale/predict.py --model public/models/default --input corpus.conll --out tagged.tsv
    python3 -m scale.torchrun --standalone --nproc_per_node=4 scale/predict.py --model m --input texts/ --out tagged/

A folder: every .txt file under it is tokenized (src/core/text's rules, sentences ending at a
standalone . ! or ?), files shared out across processes, each written to <out>/<path>.tsv.
A file: CoNLL, its first column read as tokens (as `npm run predict -- --format conll`), sentences
shared out across processes and merged by rank 0 into --out in input order.
Output lines are token<TAB>tag<TAB>confidence, a blank line after each sentence, as `npm run predict` prints."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch.distributed as dist  # noqa: E402

from scale.bundle import BundleError, load_bundle  # noqa: E402
from scale.datasets import decode  # noqa: E402
from scale.tagger import Tagger  # noqa: E402
from scale.text import tokenize  # noqa: E402
from scale.training import start_run  # noqa: E402

SENTENCE_ENDS = {".", "!", "?", "...", "!!", "?!", "!?"}


def text_sentences(text: str) -> list[list[str]]:
    sentences = []
    for line in text.splitlines():
        current: list[str] = []
        for start, end in tokenize(line):
            current.append(line[start:end])
            if line[start:end] in SENTENCE_ENDS:
                sentences.append(current)
                current = []
        if current:
            sentences.append(current)
    return sentences


def conll_sentences(text: str) -> list[list[str]]:
    sentences, current = [], []
    for line in text.splitlines():
        if line.strip() == "" or line.startswith("-DOCSTART-"):
            if current:
                sentences.append(current)
            current = []
        else:
            current.append(line.split()[0])
    if current:
        sentences.append(current)
    return sentences


def format_sentence(tokens: list[str], result) -> str:
    return "".join(f"{token}\t{tag}\t{confidence:.3f}\n" for token, tag, confidence in zip(tokens, result.tags, result.confidence))


def format_tagged(sentences: list[list[str]], tagged) -> str:
    """Byte for byte what `npm run predict` prints: sentences separated by a blank line."""
    return "\n".join(format_sentence(tokens, result) for tokens, result in zip(sentences, tagged))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="scale/predict.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, type=Path, help="bundle directory")
    parser.add_argument("--input", required=True, type=Path, help="a folder of .txt files, or a CoNLL file")
    parser.add_argument("--out", required=True, type=Path, help="output folder (for a folder) or file (for a file)")
    args = parser.parse_args(argv)
    try:
        tagger = Tagger(*load_bundle(args.model))
    except (BundleError, OSError, ValueError) as error:
        print(f"scale/predict.py: cannot load {args.model}: {error}", file=sys.stderr)
        return 2
    if not args.input.exists():
        print(f"scale/predict.py: {args.input} does not exist", file=sys.stderr)
        return 2
    run = start_run()
    if args.input.is_dir():
        files = sorted(p for p in args.input.rglob("*.txt") if p.is_file())
        for path in files[run.rank :: run.world]:
            sentences = text_sentences(decode(path.read_bytes()))
            target = args.out / path.relative_to(args.input).with_suffix(".tsv")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(format_tagged(sentences, tagger.tag(sentences)), encoding="utf-8")
        count = f"{len(files)} file(s)"
    else:
        sentences = conll_sentences(decode(args.input.read_bytes()))
        mine = list(range(run.rank, len(sentences), run.world))
        tagged = tagger.tag([sentences[i] for i in mine])
        part = args.out.with_name(f"{args.out.name}.part{run.rank}")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        part.write_text("\0".join(format_sentence(sentences[i], t) for i, t in zip(mine, tagged)), encoding="utf-8")
        if run.distributed:
            dist.barrier()
        if run.is_main:
            parts = [args.out.with_name(f"{args.out.name}.part{r}").read_text(encoding="utf-8").split("\0") for r in range(run.world)]
            # Sentence i went to rank i % world as that rank's (i // world)-th: read them back in input order.
            ordered = [parts[i % run.world][i // run.world] for i in range(len(sentences))]
            args.out.write_text("\n".join(ordered), encoding="utf-8")
            for r in range(run.world):
                args.out.with_name(f"{args.out.name}.part{r}").unlink()
        count = f"{len(sentences)} sentence(s)"
    if run.distributed:
        dist.barrier()
    if run.is_main:
        print(f"tagged {count} from {args.input} into {args.out} over {run.world} process(es)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
