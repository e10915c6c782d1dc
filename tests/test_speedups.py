"""Speed-ups keep their answers: each fast path against the plain spelling it replaced.

The pathological benchmark (``benchmarks/pathological.py``) drove these shortcuts;
the output lock checks them on real documents, and these properties check each one
on hostile, cue-dense text against the code it replaced, kept here as the reference.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from strategies import cue_runs, news_texts

from claimscope.attribution import patterns, what, who
from claimscope.attribution.context import Context, index_at
from claimscope.cues import find_cues
from claimscope.model import Cue, CueKind
from claimscope.quotes import find_quotes
from claimscope.segment import paragraph_spans, sentence_spans

dense_texts = st.one_of(cue_runs(), news_texts())
"""Cue-dense runs and hostile news fragments."""


def _context(text: str) -> Context:
    quotes = find_quotes(text)
    return Context(
        text, sentence_spans(text), paragraph_spans(text), quotes, find_cues(text, quotes)
    )


def _inverted_first_reference(ctx: Context, s_index: int, cues: list[Cue]) -> list[Cue]:
    """:func:`patterns.inverted_first` before it skipped cues with no comma before."""
    reporting = [c for c in cues if c.kind is CueKind.REPORTING]
    if len(reporting) < 2:
        return cues
    tokens = ctx.tokens_of(s_index)
    first: list[Cue] = []
    for cue in reporting[1:]:
        k = index_at(tokens, cue.start)
        k_end = k
        while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
            k_end += 1
        left = who.left_source(tokens, k)
        if left is None or left[2] < 1 or tokens[left[2]][2] != ",":
            continue
        if what.adjunct_only(what.words_before_comma(tokens, k_end + 1), cue):
            first.append(cue)
    if not first:
        return cues
    moved = {id(c) for c in first}
    return [*first, *[c for c in cues if id(c) not in moved]]


@given(dense_texts)
def test_inverted_first_matches_the_full_subject_scan(text: str) -> None:
    """Skipping the subject scan for cues with no comma before them puts the same
    cues first as scanning every cue did."""
    ctx = _context(text)
    for s_index, (start, end) in enumerate(ctx.sentences):
        cues = ctx.cues_between(start, end)
        assert patterns.inverted_first(ctx, s_index, cues) == _inverted_first_reference(
            ctx, s_index, cues
        )
