"""Which entity each mention went to, held as one slot per mention.

Clustering looks entities up by a mention's span. A dictionary keyed by ``(start,
end)`` tuples cost about 120 bytes per mention (the tuple, its slot in the table and
the table's slack): two and a half bytes per byte of a long text, a fifth of the
entity stage's peak of memory. :class:`SpanMap` answers the same questions by binary
search in the mentions' start offsets, sorted, with three references per mention.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from typing import Generic, TypeVar

from claimscope.entities.mentions import Mention

E = TypeVar("E")

_Span = tuple[int, int]


class SpanMap(Mapping[_Span, E], Generic[E]):
    """A mapping from the span of a mention of ``mentions`` to its entity, as a
    ``dict`` keyed by ``(start, end)`` would hold it: mentions that share a span share
    one entry. Only a mention's span may be set (anything else raises ``KeyError``);
    reading any other span finds nothing. :meth:`name_at` stands in for a table of
    names by start offset. ``mentions`` need not be ordered by start (a description
    holding a name starts before it)."""

    __slots__ = ("_ents", "_mentions", "_order", "_starts")

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._mentions = mentions
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in order]
        # the mentions' indices by start, then index
        self._order = array("i" if len(order) < 1 << 31 else "q", order)
        del order
        self._ents: list[E | None] = [None] * len(mentions)

    def _first(self, start: int, end: int) -> int:
        """The index of the first mention spanning ``[start, end)``, or -1 (the hot
        path of clustering: no generator, one binary search)."""
        starts = self._starts
        k = bisect_left(starts, start)
        n = len(starts)
        while k < n and starts[k] == start:
            i = self._order[k]
            if self._mentions[i].end == end:
                return i
            k += 1
        return -1

    def _all(self, start: int) -> Iterator[int]:
        """The indices of the mentions starting at ``start``, in list order."""
        starts, order = self._starts, self._order
        k = bisect_left(starts, start)
        while k < len(starts) and starts[k] == start:
            yield order[k]
            k += 1

    def __getitem__(self, span: _Span) -> E:
        k = self._first(*span)
        found = self._ents[k] if k >= 0 else None
        if found is None:
            raise KeyError(span)
        return found

    def get(self, span: _Span, default: E | None = None) -> E | None:  # type: ignore[override]
        """The entity of the mention spanning ``span``, else ``default``."""
        k = self._first(*span)
        found = self._ents[k] if k >= 0 else None
        return default if found is None else found

    def __contains__(self, span: object) -> bool:
        if not isinstance(span, tuple) or len(span) != 2:
            return False
        return self.get(span) is not None

    def __setitem__(self, span: _Span, entity: E) -> None:
        start, end = span
        ms, ents, starts, order = self._mentions, self._ents, self._starts, self._order
        n = len(starts)
        k = bisect_left(starts, start)
        found = False
        while k < n and starts[k] == start:
            i = order[k]
            if ms[i].end == end:
                ents[i] = entity
                found = True
            k += 1
        if not found:
            raise KeyError(f"no mention spans {span}")

    def __iter__(self) -> Iterator[_Span]:
        return (span for span, _e in self.items())

    def __len__(self) -> int:
        return sum(1 for _ in self.items())

    def items(self) -> Iterator[tuple[_Span, E]]:  # type: ignore[override]
        """The spans set and their entities, in the order of the mentions (a span
        that several mentions share once, at the first)."""
        for i, (m, e) in enumerate(zip(self._mentions, self._ents, strict=True)):
            if e is not None and self._first(m.start, m.end) == i:
                yield (m.start, m.end), e

    def name_at(self, start: int) -> E | None:
        """The entity of the name mention starting at ``start``, if it has one."""
        ms, ents = self._mentions, self._ents
        found = None
        for i in self._all(start):
            if ms[i].kind == "name" and ents[i] is not None:
                found = ents[i]
        return found

    def rebuilt(self, mentions: Sequence[Mention], added: dict[_Span, E]) -> SpanMap[E]:
        """The map over ``mentions``, the same mentions as now (in the same order)
        with others put in between, each of those set to its entity in ``added``."""
        out: SpanMap[E] = SpanMap(mentions)
        old, ents, k = self._mentions, self._ents, 0
        for i, m in enumerate(mentions):
            if k < len(old) and old[k] is m:
                out._ents[i] = ents[k]
                k += 1
            else:
                out._ents[i] = added[m.start, m.end]
        assert k == len(old), "every mention is kept"
        return out
