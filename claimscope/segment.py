"""Offset-exact paragraph and sentence segmentation.

Sentences come from nltk's Punkt algorithm with parameters we ship (no training, no
download, no pickle), plus the rules news text needs on top of it:

* paragraph breaks (blank lines) and single newlines next to short heading-like lines
  always end a sentence;
* a break Punkt puts before a lower-case word (``"Great." she said.``) is undone;
* a bare list marker (``1.``, ``a)``, ``•``) stays with the item it introduces.

Segmentation never rewrites the text: candidate boundaries are offsets into the
original string, the pieces between them partition it, and each piece is trimmed of
surrounding whitespace. So every non-space character lies in exactly one sentence.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

import regex
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from claimscope import lexicon

__all__ = ["paragraph_spans", "sentence_spans"]

_HARD_BREAK = regex.compile(r"\n[^\S\n]*(?:\n[^\S\n]*)+|\n")
"""A newline, or a run of lines holding only whitespace (a blank-line paragraph
break). ``\\r`` is whitespace, so ``\\r\\n`` line ends work unchanged."""

_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")
"""Two newlines with only whitespace between them: a paragraph break."""

_PROSE_END = regex.compile(r"[\p{Ll},;\-–—(/&]\Z")
"""A line that ends like this runs on into the next line (hard-wrapped prose)."""

_LIST_MARKER = regex.compile(r"\A(?:[•·▪‣◦*\-–]|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)])\Z")
"""A segment that is only a list or ordinal marker: ``1.``, ``a)``, ``(iv)``, ``•``."""

_STARTS_LOWER = regex.compile(r"\A[\"'“‘«(\[]*\p{Ll}")
"""A segment starting (after opening quotes or brackets) with a lower-case letter."""

_WRAP_MIN = 50
"""Lines at least this long that end mid-sentence are taken as hard-wrapped prose."""


@functools.cache
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = {entry.text.lower() for entry in lexicon.load("abbreviations")}
    return PunktSentenceTokenizer(params)


def _line_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Yield offsets in ``[start, end)`` where a new paragraph-like block begins."""
    previous_line_start = start
    for match in _HARD_BREAK.finditer(text, start, end):
        line = text[previous_line_start : match.start()].strip()
        after = match.end()
        previous_line_start = after
        if _BLANK_LINE.search(match.group()):
            yield after
            continue
        # A single newline: a break unless the line before is wrapped prose.
        if len(line) >= _WRAP_MIN and _PROSE_END.search(line):
            continue
        yield after


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of blank-line separated paragraphs, trimmed."""
    spans = []
    last = 0
    for match in _BLANK_LINE.finditer(text):
        spans.append((last, match.start()))
        last = match.end() - 1
    spans.append((last, len(text)))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s is not None]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _punkt_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """Yield Punkt's sentence starts inside ``text[start:end]`` (not ``start``)."""
    block = text[start:end]
    for i, (s, _) in enumerate(_tokenizer().span_tokenize(block)):
        if i:
            yield start + s


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of the sentences of ``text``.

    Spans are ordered, disjoint, trimmed of whitespace, and together cover every
    non-space character of ``text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_spans() takes a str, not {type(text).__name__}")
    blocks = [0, *_line_breaks(text, 0, len(text)), len(text)]
    spans: list[tuple[int, int]] = []
    for block_start, block_end in itertools.pairwise(blocks):
        trimmed = _trim(text, block_start, block_end)
        if trimmed is None:
            continue
        cuts = [trimmed[0], *_punkt_breaks(text, *trimmed), trimmed[1]]
        pieces = []
        for a, b in itertools.pairwise(cuts):
            piece = _trim(text, a, b)
            if piece is not None:
                pieces.append(piece)
        spans.extend(_merge(text, pieces))
    return spans


def _merge(text: str, pieces: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Undo Punkt breaks that news text does not want."""
    current: tuple[int, int] | None = None
    for piece in pieces:
        if current is None:
            current = piece
            continue
        previous = text[current[0] : current[1]]
        following = text[piece[0] : piece[1]]
        if _LIST_MARKER.match(previous) or _STARTS_LOWER.match(following):
            current = (current[0], piece[1])
            continue
        yield current
        current = piece
    if current is not None:
        yield current
