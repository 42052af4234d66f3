"""Dataset readers with core/datasets' semantics: GMB CSV, CoNLL and span JSONL, each giving its
sentences (tokens, IOB2 tags, POS), which ones are valid, and located errors. Tags in IOB1, BIOES
or BILOU are read with conlleval's rules and written as IOB2, as the browser's readers do."""
from __future__ import annotations

import csv
import io
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from .tags import Span, labels_of, spans_to_tags, tag_problem, to_iob2
from .text import tokenize


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str] | None = None
    pos: list[str] | None = None


@dataclass
class Dataset:
    format: str
    sentences: list[Sentence] = field(default_factory=list)
    valid: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    has_pos: bool = False

    @property
    def labels(self) -> list[str]:
        return labels_of(t for s, ok in zip(self.sentences, self.valid) if ok and s.tags for t in s.tags)

    def valid_sentences(self) -> list[Sentence]:
        return [s for s, ok in zip(self.sentences, self.valid) if ok]

    def start(self, with_tags: bool = True) -> Sentence:
        sentence = Sentence([], [] if with_tags else None, [] if self.has_pos else None)
        self.sentences.append(sentence)
        self.valid.append(True)
        return sentence

    def error(self, line: int, message: str, in_sentence: bool = True) -> None:
        self.errors.append(f"line {line}: {message}")
        if in_sentence and self.sentences:
            self.valid[-1] = False

    def finish(self) -> "Dataset":
        for sentence, ok in zip(self.sentences, self.valid):
            if ok and sentence.tags:
                sentence.tags = to_iob2(sentence.tags)
        return self


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252, as core/datasets falls back."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_SENTENCE_ID = re.compile(r"^Sentence:\s*(\d+)$", re.I)
_ROLES = {"sentence #": "sentence", "sentence#": "sentence", "sentence": "sentence", "sentence_idx": "sentence", "sentence id": "sentence",
          "sentence_id": "sentence", "word": "word", "token": "word", "pos": "pos", "tag": "tag", "ner": "tag"}


def read_gmb_csv(text: str) -> Dataset:
    data = Dataset("gmb-csv")
    rows = csv.reader(io.StringIO(text, newline=""))
    header = next(rows, None)
    if header is None:
        data.error(1, "the file is empty; expected the header Sentence #,Word,POS,Tag", False)
        return data
    roles = {}
    for index, name in enumerate(header):
        role = _ROLES.get(name.strip().lower())
        if role is None or role in roles:
            data.error(1, f'unknown or repeated column "{name.strip()}"; expected the header Sentence #,Word,POS,Tag — no rows were read', False)
            return data
        roles[role] = index
    if not {"sentence", "word", "tag"} <= roles.keys():
        data.error(1, "missing columns; expected the header Sentence #,Word,POS,Tag — no rows were read", False)
        return data
    data.has_pos = "pos" in roles
    count = len(header)
    current_id = None
    open_sentence: Sentence | None = None
    for fields in rows:
        line = rows.line_num
        if len(fields) == 0 or fields == [""]:
            continue
        if len(fields) != count:
            row_id = fields[roles["sentence"]] if len(fields) > roles["sentence"] else ""
            if row_id != "" and _SENTENCE_ID.match(row_id):
                open_sentence, current_id = data.start(), row_id
            elif open_sentence is None:
                open_sentence, current_id = data.start(), ""
            data.error(line, f"expected {count} columns ({','.join(h.strip() for h in header)}), found {len(fields)}")
            continue
        row_id = fields[roles["sentence"]]
        if (row_id != current_id) if row_id != "" else open_sentence is None:
            open_sentence, current_id = data.start(), row_id
            if row_id == "":
                data.error(line, "the first row has no sentence id")
        word, tag = fields[roles["word"]], fields[roles["tag"]]
        if word == "":
            data.error(line, "empty word")
        problem = tag_problem(tag)
        if problem:
            data.error(line, problem)
        open_sentence.tokens.append(word)
        open_sentence.tags.append(tag)  # type: ignore[union-attr]
        if open_sentence.pos is not None:
            open_sentence.pos.append(fields[roles["pos"]])
    return data.finish()


def read_conll(text: str) -> Dataset:
    """Token in the first column, tag in the last, POS in column 2 when there are 3 or more."""
    data = Dataset("conll")
    columns = columns_line = 0
    pos_index = None
    open_sentence: Sentence | None = None
    for line, raw in enumerate(text.splitlines(), start=1):
        trimmed = raw.strip(" \t\r")
        if trimmed == "" or trimmed.startswith("-DOCSTART-"):
            open_sentence = None
            continue
        fields = re.split(r"[ \t]+", trimmed)
        if columns == 0 and len(fields) >= 2:
            columns, columns_line = len(fields), line
            if columns >= 3:
                pos_index, data.has_pos = 1, True
        if open_sentence is None:
            open_sentence = data.start()
        if len(fields) < 2:
            data.error(line, f'expected a token and a tag separated by spaces or tabs, found "{trimmed}"')
            continue
        if len(fields) != columns:
            data.error(line, f"expected {columns} columns like line {columns_line}, found {len(fields)}")
        tag = fields[-1]
        problem = tag_problem(tag)
        if problem:
            data.error(line, problem)
        open_sentence.tokens.append(fields[0])
        open_sentence.tags.append(tag)  # type: ignore[union-attr]
        if open_sentence.pos is not None and pos_index is not None:
            open_sentence.pos.append(fields[pos_index] if pos_index < len(fields) else "")
    return data.finish()


def _utf16_to_code_points(text: str):
    """JSONL offsets count UTF-16 units (JavaScript string indices); Python indexes code points."""
    units = [0]
    for char in text:
        units.append(units[-1] + (2 if ord(char) > 0xFFFF else 1))
    return lambda offset: bisect_right(units, offset) - 1


def _align(offsets: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> tuple[list[Span], list[str]]:
    aligned, errors = [], []
    ends = [end for _, end in offsets]
    previous_end = -1
    for start, end, label in sorted(spans):
        if start < previous_end:
            errors.append(f'span [{start}, {end}) "{label}" overlaps the span before it')
            continue
        previous_end = end
        first = bisect_right(ends, start)
        after_last = bisect_right(ends, end - 1)
        if first < len(offsets) and offsets[first][0] < start:
            errors.append(f'span [{start}, {end}) "{label}" starts inside a token')
            continue
        if after_last < len(offsets) and offsets[after_last][0] < end < offsets[after_last][1]:
            errors.append(f'span [{start}, {end}) "{label}" ends inside a token')
            continue
        last = after_last + 1 if after_last < len(offsets) and offsets[after_last][0] < end else after_last
        if last <= first:
            errors.append(f'span [{start}, {end}) "{label}" covers no token')
            continue
        aligned.append(Span(first, last, label))
    return aligned, errors


def _span_record(value) -> tuple[str, list, list | None]:
    if isinstance(value, list):
        if len(value) != 2 or not isinstance(value[1], dict):
            raise ValueError('expected [text, {"entities": [[start, end, label], ...]}]')
        text, spans, tokens = value[0], value[1].get("entities", []), None
    elif isinstance(value, dict):
        text = value.get("text")
        spans = value.get("spans", value.get("entities", []))
        tokens = value.get("tokens")
    else:
        raise ValueError('expected {"text": ..., "spans": [...]} or [text, {"entities": [...]}]')
    if not isinstance(text, str):
        raise ValueError('"text" must be a string')
    return text, spans, tokens


def read_span_jsonl(text: str) -> Dataset:
    data = Dataset("span-jsonl")
    for line, raw in enumerate(text.splitlines(), start=1):
        if raw.strip() == "":
            continue
        sentence = data.start()
        try:
            body, raw_spans, raw_tokens = _span_record(json.loads(raw))
            index = _utf16_to_code_points(body)
            spans = []
            for item in raw_spans:
                start, end, label = (item[0], item[1], item[2]) if isinstance(item, list) else (item["start"], item["end"], item["label"])
                spans.append((index(start), index(end), label))
            offsets = [(index(t["start"]), index(t["end"])) for t in raw_tokens] if raw_tokens is not None else tokenize(body)
        except (ValueError, KeyError, TypeError, IndexError) as error:
            data.error(line, f"invalid line: {error}")
            continue
        sentence.tokens = [body[a:b] for a, b in offsets]
        aligned, problems = _align(offsets, spans)
        sentence.tags = spans_to_tags(aligned, len(offsets)) if not problems else ["O"] * len(offsets)
        for problem in problems:
            data.error(line, problem)
    return data.finish()


READERS = {"gmb-csv": read_gmb_csv, "conll": read_conll, "span-jsonl": read_span_jsonl}


def guess_format(path: str | Path) -> str:
    name = str(path).lower()
    if name.endswith(".csv"):
        return "gmb-csv"
    if name.endswith(".jsonl") or name.endswith(".json"):
        return "span-jsonl"
    return "conll"


def read_dataset(path: str | Path, format: str | None = None) -> Dataset:
    format = format or guess_format(path)
    if format not in READERS:
        raise ValueError(f"unknown format {format!r} (known: {', '.join(READERS)})")
    return READERS[format](decode(Path(path).read_bytes()))
