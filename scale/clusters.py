"""The word-cluster table of a bundle (clusters.txt), read as src/core/clusters/clusterTable.ts reads it."""
from __future__ import annotations

import re
from dataclasses import dataclass

AFFINITY_LEVELS = 10
_INDEX = re.compile(r"^\d{1,9}$")


@dataclass
class WordClusters:
    by_word: dict[str, tuple[int, int]]
    clusters: int
    groups: int
    affinity: dict[str, int] | None = None


class ClusterTableError(ValueError):
    pass


def parse_cluster_table(text: str) -> WordClusters:
    by_word: dict[str, tuple[int, int]] = {}
    affinity: dict[str, int] = {}
    width = 0
    clusters = groups = 0
    for number, line in enumerate(text.split("\n"), start=1):
        # A comment has no tab: words such as `#rstats` start with '#' too.
        if line == "" or (line.startswith("#") and "\t" not in line):
            continue
        fields = line.split("\t")
        width = width or (4 if len(fields) == 4 else 3)
        if len(fields) != width or fields[0] == "" or not all(_INDEX.match(f) for f in fields[1:]):
            expected = "word<TAB>cluster<TAB>group<TAB>affinity" if width == 4 else "word<TAB>cluster<TAB>group"
            raise ClusterTableError(f'line {number}: expected {expected}, found "{line[:60]}"')
        word = fields[0]
        if word != word.lower():
            raise ClusterTableError(f'line {number}: "{word}" is not lower-cased')
        if word in by_word:
            raise ClusterTableError(f'line {number}: "{word}" is listed twice')
        cluster, group = int(fields[1]), int(fields[2])
        by_word[word] = (cluster, group)
        if width == 4:
            level = int(fields[3])
            if level >= AFFINITY_LEVELS:
                raise ClusterTableError(f"line {number}: term affinity {level} is not below {AFFINITY_LEVELS}")
            affinity[word] = level
        clusters = max(clusters, cluster + 1)
        groups = max(groups, group + 1)
    if not by_word:
        raise ClusterTableError("the table lists no words")
    return WordClusters(by_word, clusters, groups, affinity if width == 4 else None)


def format_cluster_table(table: WordClusters) -> str:
    lines = ["# NER Studio word clusters: word<TAB>cluster<TAB>group[<TAB>term affinity], one lower-cased word a line"]
    for word, (cluster, group) in table.by_word.items():
        extra = f"\t{table.affinity.get(word, 0)}" if table.affinity is not None else ""
        lines.append(f"{word}\t{cluster}\t{group}{extra}")
    return "\n".join(lines) + "\n"
