"""The overlap index attribution and the cue finder share (``claimscope._spans``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimscope._spans import Coverage, Union


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12),
    st.integers(0, 80),
    st.integers(0, 20),
)
def test_coverage_matches_a_scan_of_every_span(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    """The shared overlap index answers exactly what checking each span would."""
    pairs = [(a, a + n) for a, n in spans]
    end = start + length
    coverage = Coverage(pairs)
    assert coverage.overlaps(start, end) == any(b > start and a < end for a, b in pairs)
    assert coverage.covers(start) == any(a <= start < b for a, b in pairs)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(-3, 20)), max_size=16),
    st.lists(st.integers(-2, 85), max_size=10),
)
def test_union_matches_a_scan_of_every_span_as_it_grows(
    spans: list[tuple[int, int]], offsets: list[int]
) -> None:
    """The growing union answers, after every addition, what checking each span
    added so far would (empty and reversed spans hold nothing)."""
    union = Union()
    added: list[tuple[int, int]] = []
    for a, n in spans:
        union.add(a, a + n)
        added.append((a, a + n))
        for offset in [*offsets, a, a + n, a - 1]:
            assert union.covers(offset) == any(s <= offset < e for s, e in added)


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=12),
    st.tuples(st.integers(0, 60), st.integers(-3, 20)),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_adding_a_span_then_one_holding_it_is_adding_the_larger(
    spans: list[tuple[int, int]], inner: tuple[int, int], before: int, after: int
) -> None:
    """The attribution stage adds only an attribution's whole extent, not its content
    first (the extent holds it): the union ends the same, span for span."""
    start, end = inner[0], inner[0] + inner[1]
    outer = (min(start, start - before), max(end, end + after))
    both, larger = Union(), Union()
    for a, n in spans:
        both.add(a, a + n)
        larger.add(a, a + n)
    both.add(start, end)
    both.add(*outer)
    larger.add(*outer)
    assert (both._starts, both._ends) == (larger._starts, larger._ends)
