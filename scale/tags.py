"""IOB2 tags, spans and entity scores with conlleval's chunk rules, as src/core/tags and src/core/eval read them."""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

_PREFIX = {"B": "B", "I": "I", "E": "E", "S": "S", "L": "E", "U": "S"}
_SPACE = re.compile(r"\s")


class ParsedTag(NamedTuple):
    prefix: str
    label: str


OUTSIDE = ParsedTag("O", "")


class Span(NamedTuple):
    start: int
    end: int
    label: str


def tag_problem(tag: str) -> str | None:
    """Why `tag` is malformed (`X-per`, `B-`, `per`), or None."""
    if tag == "O":
        return None
    hyphen = tag.find("-")
    if hyphen < 0:
        return f'tag "{tag}" has no prefix: expected O, or B-, I-, E-, S- (L-, U-) and a label'
    letter, label = tag[:hyphen], tag[hyphen + 1 :]
    if letter not in _PREFIX:
        return f'tag "{tag}" has an unknown prefix "{letter}": expected B, I, E, S, L or U'
    if label == "":
        return f'tag "{tag}" has no label after "{letter}-"'
    if _SPACE.search(label):
        return f'tag "{tag}" has white space in its label'
    return None


def parse_tag(tag: str) -> ParsedTag:
    """A tag's prefix and label; a malformed tag reads as O."""
    if tag == "O" or tag_problem(tag) is not None:
        return OUTSIDE
    hyphen = tag.find("-")
    return ParsedTag(_PREFIX[tag[:hyphen]], tag[hyphen + 1 :])


def _end_of_chunk(previous: ParsedTag, current: ParsedTag) -> bool:
    if previous.prefix == "O":
        return False
    if previous.prefix in ("E", "S"):
        return True
    if current.prefix in ("B", "S", "O"):
        return True
    return previous.label != current.label


def _start_of_chunk(previous: ParsedTag, current: ParsedTag) -> bool:
    if current.prefix == "O":
        return False
    if current.prefix in ("B", "S"):
        return True
    if previous.prefix in ("O", "E", "S"):
        return True
    return previous.label != current.label


def tags_to_spans(tags: Sequence[str]) -> list[Span]:
    """Entities of a tag sequence in any scheme, read leniently as conlleval does."""
    spans: list[Span] = []
    open_start, open_label, previous = -1, "", OUTSIDE
    for i, tag in enumerate(tags):
        current = parse_tag(tag)
        if open_start >= 0 and _end_of_chunk(previous, current):
            spans.append(Span(open_start, i, open_label))
            open_start = -1
        if _start_of_chunk(previous, current):
            open_start, open_label = i, current.label
        previous = current
    if open_start >= 0:
        spans.append(Span(open_start, len(tags), open_label))
    return spans


def spans_to_tags(spans: Sequence[Span], length: int) -> list[str]:
    """IOB2 tags of non-overlapping spans."""
    tags = ["O"] * length
    previous_end = -1
    for start, end, label in sorted(spans):
        if start < 0 or end > length or start >= end:
            raise ValueError(f'span [{start}, {end}) "{label}" does not fit {length} tokens')
        if start < previous_end:
            raise ValueError(f'span [{start}, {end}) "{label}" overlaps the span before it')
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
        previous_end = end
    return tags


def to_iob2(tags: Sequence[str]) -> list[str]:
    return spans_to_tags(tags_to_spans(tags), len(tags))


def labels_of(tags) -> list[str]:
    return sorted({parse_tag(tag).label for tag in tags} - {""})


def tags_for_labels(labels: Sequence[str]) -> list[str]:
    return ["O"] + [f"{prefix}-{label}" for label in labels for prefix in ("B", "I")]


def score_entities(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> dict:
    """Micro precision, recall and F1 over exactly matching entities (conlleval)."""
    correct = found_gold = found_predicted = 0
    for gold_tags, predicted_tags in zip(gold, predicted):
        g = set(tags_to_spans(gold_tags))
        p = set(tags_to_spans(predicted_tags))
        correct += len(g & p)
        found_gold += len(g)
        found_predicted += len(p)
    precision = correct / found_predicted if found_predicted else 0.0
    recall = correct / found_gold if found_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
