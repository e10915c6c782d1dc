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


class Union:
    """A growing union of ``[start, end)`` spans that answers "does one of them hold
    ``offset``?" in log time: kept as sorted, disjoint, merged spans, so a sentence
    with thousands of attributions does not test each against all the others."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        """Add ``[start, end)`` (an empty span holds nothing and is ignored)."""
        if start >= end:
            return
        lo = bisect.bisect_left(self._ends, start)  # first span reaching ``start``
        hi = bisect.bisect_right(self._starts, end)  # past the last span starting by ``end``
        if lo < hi:
            start = min(start, self._starts[lo])
            end = max(end, self._ends[hi - 1])
        self._starts[lo:hi] = [start]
        self._ends[lo:hi] = [end]

    def covers(self, offset: int) -> bool:
        """Whether a span holds ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]
