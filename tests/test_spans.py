"""The overlap index attribution and the cue finder share (``claimscope._spans``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimscope._spans import Coverage


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
