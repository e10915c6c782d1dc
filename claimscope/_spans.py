"""Overlap questions about a fixed set of ``(start, end)`` spans, in log time."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class Coverage:
    """Answers "does one of these spans overlap ``[start, end)``?".

    The spans are sorted by start and each keeps the furthest end reached by it and
    every span before it, so one bisection answers: the last span starting before
    ``end`` reaches past ``start``, or none does. Nested and overlapping spans are
    fine; empty spans overlap nothing but a range strictly around them.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start

    def covers(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a span."""
        return self.overlaps(offset, offset + 1)
