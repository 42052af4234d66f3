"""src/core/text's tokenizer (Penn-Treebank/GMB rules), ported for span JSONL without token offsets.
Offsets are code-point indices into the Python string. The port covers words with their joiners,
clitics, abbreviations, URLs, e-mail addresses, handles, symbol runs and code operators; emoji
sequences and emoticons are read as one code point (plus marks) each, where tokenize.ts keeps a
whole sequence together."""
from __future__ import annotations

import re
import unicodedata

_TITLE = set("Mr Mrs Ms Mx Dr Prof Rev Hon Fr Mt Ft Gen Col Lt Capt Cpt Sgt Maj Adm Cmdr Cdr Brig Cpl Pvt Gov Sen Rep Pres Supt Insp Atty Messrs "
             "Mme Mlle Fig Figs Vol Vols Nos Eq Eqs pp vs v cf viz approx ca".split())
_OTHER = set("Inc Corp Ltd Co Bros Plc Jr Sr Esq etc al Ph Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ala Ariz Ark Calif Colo Conn Del Fla Ga "
             "Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo Il Cong St Ave Blvd Rd "
             "Dept Univ Assn dept vol fig incl".split())
_NUMBER = {"No", "no", "Nos", "nos"}
_CLITICS = ["s", "m", "d", "re", "ve", "ll"]
_APOSTROPHES = {"'", "\u2019"}
_HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}
_OPERATORS = ["===", "!==", "==", "!=", "<=", ">=", "=>", "->", "+=", "-=", "*=", "/=", "**", "&&", "||", "::", "<<", ">>"]
_URL_START = re.compile(r"(?:https?://|ftp://|www\.)", re.I)
_URL_STOP = set(' \t\n\r\f\v<>"“”‘’«»')
_URL_TRAILING = set(".,;:!?')]}*")


def _cat(c: str) -> str:
    return unicodedata.category(c)


def _word_start(c: str) -> bool:
    return c == "_" or _cat(c)[0] in "LN"


def _word_continue(c: str) -> bool:
    return c in "_\u200c\u200d\u00ad" or _cat(c)[0] in "LMN"


def _at(text: str, i: int, test) -> bool:
    return 0 <= i < len(text) and test(text[i])


def _word_run(text: str, i: int) -> int:
    if not _at(text, i, _word_start):
        return -1
    j = i + 1
    while j < len(text) and _word_continue(text[j]):
        j += 1
    return j


def _is_digit(text: str, i: int) -> bool:
    return 0 <= i < len(text) and "0" <= text[i] <= "9"


def _scan_word(text: str, i: int) -> int:
    j = _word_run(text, i)
    segment_start = i
    while True:
        c = text[j] if j < len(text) else ""
        prev = j - 1
        nxt = -1
        if c in _HYPHENS and _at(text, j + 1, _word_start):
            nxt = j + 1
        elif c == "." and _at(text, j + 1, _word_start):
            if _at(text, j + 1, lambda x: _cat(x) == "Ll" or _cat(x)[0] == "N") or j - segment_start <= 2:
                nxt = j + 1
        elif c == "." and j + 1 < len(text) and text[j + 1] in _HYPHENS and _at(text, j + 2, _word_start):
            nxt = j + 2
        elif c in (",", ":") and _is_digit(text, prev) and _is_digit(text, j + 1):
            nxt = j + 1
        elif c == "/" and _at(text, prev, _word_start) and _at(text, j + 1, _word_start):
            nxt = j + 1
        elif c == "&" and _at(text, prev, lambda x: _cat(x) == "Lu") and _at(text, j + 1, lambda x: _cat(x) == "Lu"):
            nxt = j + 1
        elif c in _APOSTROPHES and _at(text, prev, _word_start) and _at(text, j + 1, lambda x: _cat(x)[0] == "L"):
            nxt = j + 1
        if nxt < 0:
            return j
        if c == "." or c in _HYPHENS or c == "/":
            segment_start = nxt
        j = _word_run(text, nxt)


def _clitic_start(text: str, i: int, j: int) -> int:
    if j - i > 3 and re.fullmatch(r"[nN]['\u2019][tT]", text[j - 3 : j]):
        return j - 3
    for clitic in _CLITICS:
        a = j - len(clitic) - 1
        if a > i and text[a] in _APOSTROPHES and text[a + 1 : j].lower() == clitic:
            return a
    return -1


def _keeps_period(word: str, following: str) -> bool:
    if word in _NUMBER:
        return following[:1].isdigit() and "0" <= following[:1] <= "9"
    if word in _TITLE or word in _OTHER:
        return True
    if len(word) == 1 and _cat(word) == "Lu":
        return True
    if "." not in word:
        return False
    return all(1 <= len(p) <= 2 and all(_cat(c)[0] == "L" for c in p) for p in word.split("."))


def _next_visible(text: str, i: int) -> str:
    while i < len(text) and text[i].isspace():
        i += 1
    return text[i : i + 1]


def _scan_url(text: str, i: int) -> int:
    match = _URL_START.match(text, i)
    if not match:
        return -1
    j = match.end()
    while j < len(text) and not (text[j] in _URL_STOP or text[j].isspace()):
        j += 1
    opened = text.count("(", i, j)
    closed = text.count(")", i, j)
    while j > i and text[j - 1] in _URL_TRAILING:
        if text[j - 1] == ")" and closed <= opened:
            break
        if text[j - 1] == ")":
            closed -= 1
        j -= 1
    return j


_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")


def _scan_email(text: str, i: int) -> int:
    match = _EMAIL.match(text, i)
    return match.end() if match else -1


def _scan_social(text: str, i: int) -> int:
    c = text[i]
    if c not in "@#" or (i > 0 and _word_start(text[i - 1])):
        return -1
    j = _word_run(text, i + 1)
    if j < 0 or (c == "#" and not any(_cat(x)[0] == "L" for x in text[i + 1 : j])):
        return -1
    return j


def _scan_symbol(text: str, i: int) -> int:
    c = text[i]
    if c in ".-":
        j = i + 1
        while j < len(text) and text[j] == c:
            j += 1
        if j - i >= 2:
            return j
    if c in "!?":
        j = i + 1
        while j < len(text) and text[j] in "!?":
            j += 1
        if j - i >= 2 and (j >= len(text) or text[j] != "="):
            return j
    for op in _OPERATORS:
        if text.startswith(op, i):
            return i + len(op)
    j = i + 1
    while j < len(text) and (_cat(text[j])[0] == "M" or text[j] in "\u200c\u200d"):
        j += 1
    return j


def _scan_apostrophe_word(text: str, i: int) -> int:
    j = _word_run(text, i + 1)
    if j < 0:
        return -1
    body = text[i + 1 : j]
    return j if body.lower() in _CLITICS or re.fullmatch(r"[0-9]{2}s?", body) else -1


def tokenize(text: str) -> list[tuple[int, int]]:
    """[start, end) code-point offsets of each token."""
    tokens: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        word_start = _word_start(text[i])
        after_word = i > 0 and _word_start(text[i - 1])
        end = -1
        if not after_word and text[i] in "hHfFwW":
            end = _scan_url(text, i)
        if end < 0 and word_start:
            end = _scan_email(text, i)
        if end < 0 and text[i] in "@#":
            end = _scan_social(text, i)
        if end < 0 and text[i] in _APOSTROPHES and not after_word:
            end = _scan_apostrophe_word(text, i)
        if end < 0 and text[i] == "." and _is_digit(text, i + 1) and not after_word:
            end = _scan_word(text, i + 1)
        if end > i:
            tokens.append((i, end))
            i = end
            continue
        if word_start:
            j = _scan_word(text, i)
            clitic = _clitic_start(text, i, j)
            if clitic > i:
                tokens += [(i, clitic), (clitic, j)]
            elif j < n and text[j] == "." and (j + 1 >= n or text[j + 1] != ".") and _keeps_period(text[i:j], _next_visible(text, j + 1)):
                j += 1
                tokens.append((i, j))
            else:
                tokens.append((i, j))
            i = j
            continue
        end = _scan_symbol(text, i)
        tokens.append((i, end))
        i = end
    return tokens
