"""Shared pieces of the scorers: spans and overlaps, the annotator protocol, tables.

Private to :mod:`claimscope.evaluation`; the public names are re-exported there.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TextIO, TypeVar

import attrs

from claimscope.errors import ClaimscopeError
from claimscope.model import Claim, Document

Offsets = tuple[int, int]
"""A half-open ``(start, end)`` character span."""

METRICS = ("content-overlap", "content-exact", "attribution", "attribution-strict", "cue")
"""The metric names, in the order tables show them."""

TRIM_CHARS = frozenset("\"'“”‘’.,;:—-\u00a0")
"""Marks trimmed (besides whitespace) from both ends of a span for ``content-exact``."""


class GoldFormatError(ClaimscopeError, ValueError):
    """A gold file does not follow its format (PolNeAR JSONL, labels or item gold).

    The message names the file, the line or item, and the field at fault.
    """


class Annotates(Protocol):
    """What :func:`evaluate` needs from an annotator (:class:`~claimscope.Annotator` has it)."""

    def annotate(self, text: str) -> Document:
        """Annotate one text."""

    def pipe(self, texts: Iterable[str], *, n_process: int = ...) -> Iterator[Document]:
        """Annotate many texts, in input order."""


_Counts = TypeVar("_Counts", bound=attrs.AttrsInstance)


def pooled(a: _Counts, b: _Counts) -> _Counts:
    """Two attrs records of counts added field by field (how ``Scores`` and
    ``ItemScores`` pool documents)."""
    sums: list[Any] = [x + y for x, y in zip(attrs.astuple(a), attrs.astuple(b), strict=True)]
    return type(a)(*sums)


def _hull(pieces: Sequence[Offsets]) -> Offsets:
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _any_overlap(spans: Iterable[Offsets], pieces: Sequence[Offsets]) -> bool:
    return any(_overlap(s, p) > 0 for s in spans for p in pieces)


def best_overlap(claims: Iterable[Claim], pieces: Sequence[Offsets]) -> Claim | None:
    """Return the claim whose content overlaps ``pieces`` by the most characters.

    Overlap is summed over the pieces; on a tie the first claim wins; ``None`` when no
    claim overlaps at all. The item and label scorers pick their claim this way.
    """
    best, most = None, 0
    for claim in claims:
        size = sum(_overlap((claim.start, claim.end), p) for p in pieces)
        if size > most:
            best, most = claim, size
    return best


def trim(text: str, span: Offsets) -> Offsets:
    """Return ``span`` without whitespace and :data:`TRIM_CHARS` at either end.

    >>> trim('He said: “We won.” ', (8, 19))
    (10, 16)
    """
    start, end = span
    while start < end and (text[start] in TRIM_CHARS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in TRIM_CHARS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _markdown(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    cells = [list(header)] + [[_cell(x) for x in row] for row in rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        padded = [
            c.ljust(w) if k == 0 else c.rjust(w)
            for k, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("| " + " | ".join(padded) + " |")
        if n == 0:
            rule = [("-" * w if k == 0 else "-" * (w - 1) + ":") for k, w in enumerate(widths)]
            lines.append("| " + " | ".join(rule) + " |")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _write(name: str, write: Callable[[TextIO], object]) -> bool:
    partial = name + ".partial"  # renamed when complete: never a half-written file
    try:
        with open(partial, "w", encoding="utf-8") as f:
            write(f)
        os.replace(partial, name)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.remove(partial)
        print(f"claimscope evaluate: cannot write {name}: {e}", file=sys.stderr)
        return False
    return True
