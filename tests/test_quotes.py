"""Tests for claimscope.quotes: golden pairing cases, properties, linear time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope.quotes import QuoteRole, find_quotes, quote_at

CASES = json.loads((Path(__file__).parent / "golden" / "quotes.json").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES["cases"], ids=[c["note"] for c in CASES["cases"]])
def test_golden(case: dict[str, Any]) -> None:
    """Each golden text yields exactly its expected quotes (span, role, depth, pieces)."""
    text = case["text"]
    got = [
        [text[q.start : q.end], q.role.value, q.depth, q.closed, len(q.pieces)]
        for q in find_quotes(text)
    ]
    assert got == case["quotes"]


def test_multi_paragraph_pieces_and_inner_offsets() -> None:
    """A quote reopened in the next paragraph has one piece per paragraph."""
    text = "“First part.\n\n“Second part,” she said."
    (quote,) = find_quotes(text)
    assert quote.pieces == ((0, 12), (14, 28))
    assert (quote.inner_start, quote.inner_end) == (1, 27)
    assert quote.contains(20) and not quote.contains(13)


def test_quote_at_returns_the_innermost_quote() -> None:
    """quote_at prefers the nested quote over its container, None outside quotes."""
    text = "“He said ‘no’ twice,” she recalled."
    quotes = find_quotes(text)
    assert quote_at(quotes, text.index("no")).depth == 1  # type: ignore[union-attr]
    assert quote_at(quotes, text.index("twice")).depth == 0  # type: ignore[union-attr]
    assert quote_at(quotes, text.index("recalled")) is None


def test_straight_quotes_recover_from_imbalance() -> None:
    """An extra straight mark does not swallow the rest of the paragraph's quotes."""
    text = 'He said "yes" and then "no, never," and left 5" of tape.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes][:2] == ['"yes"', '"no, never,"']


def test_short_quote_next_to_a_speech_verb_is_speech() -> None:
    """A short fragment with a speech verb nearby is partial speech, not a scare quote."""
    text = "The senator said the bill was “dead on arrival” in the House."
    (quote,) = find_quotes(text)
    assert quote.role is QuoteRole.SPEECH


def test_non_str_is_a_type_error() -> None:
    """Bytes are rejected with a TypeError naming the type."""
    with pytest.raises(TypeError, match="bytes"):
        find_quotes(b'"hi"')  # type: ignore[arg-type]


_PIECES = st.sampled_from(
    ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", " ", "\n\n", "\n", "said",
     "word", "s", "İ", "\u200b", "\u00a0", "\r\n", ",", "."]
)  # fmt: skip


@settings(max_examples=200)
@given(st.lists(_PIECES | st.text(max_size=3), max_size=40).map("".join))
def test_quotes_always_lie_inside_the_text(text: str) -> None:
    """For any text, quotes are ordered, inside the text, and their pieces nest in them."""
    quotes = find_quotes(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert 0 <= q.start < q.inner_start <= q.inner_end <= q.end <= len(text)
        assert q.pieces[0][0] == q.start and q.pieces[-1][1] == q.end
        assert all(s < e for s, e in q.pieces)
        assert q.closed == (q.inner_end < q.end)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ['"', "“", "”", "'", "‘’", " '", "“a ‘b ", "\n\n“x"])
def test_pathological_marks_finish(unit: str) -> None:
    """10^5 quotation marks in any arrangement are paired without blowing up."""
    text = unit * 100_000
    quotes = find_quotes(text)
    assert all(q.end <= len(text) for q in quotes)


@pytest.mark.slow
def test_one_long_line_finishes() -> None:
    """A 10^6-character line with one quote in the middle is handled."""
    text = "x " * 250_000 + "“hello there,” he said " + "y " * 250_000
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "“hello there,”"


@given(st.text(alphabet=st.sampled_from(list("\"'“”„‟«»‹›‘’‚ a")), max_size=30))
def test_mark_pattern_pairs_two_apostrophes_first(text: str) -> None:
    """The mark pattern (a plain class first, for speed) matches as ``''|[marks]``."""
    import regex

    from claimscope.quotes import _MARKS

    reference = regex.compile(r"''|[\"'“”„‟«»‹›‘’‚]")
    assert [m.span() for m in _MARKS.finditer(text)] == [m.span() for m in reference.finditer(text)]


def _paragraphs_reference(text: str) -> list[tuple[int, int]]:
    """The quote finder's paragraphs as first written: every newline offered, each
    single one judged by the last non-space character before it."""
    import regex

    from claimscope.quotes import _FINAL

    spans = []
    begin = 0
    before = ""
    for m in regex.finditer(r"\n[^\S\n]*+\n\s*+|\n", text):
        start, end = m.span()
        stripped = text[:start].rstrip()
        if stripped:
            before = stripped[-1]
        if end - start == 1 and before and before not in _FINAL:
            continue
        spans.append((begin, start))
        begin = end
    spans.append((begin, len(text)))
    trimmed = []
    for start, end in spans:
        piece = text[start:end]
        if piece.strip():
            start += len(piece) - len(piece.lstrip())
            end -= len(piece) - len(piece.rstrip())
            trimmed.append((start, end))
    return trimmed


@given(st.text(alphabet=st.sampled_from(list("\n\n \t\x1c\x1f\xa0a,.?”'“")), max_size=40))
def test_paragraph_breaks_as_first_written(text: str) -> None:
    """The quote finder's paragraph pattern skips newlines that follow prose; the
    paragraphs are those of the plain every-newline loop."""
    from claimscope.quotes import _paragraphs

    assert _paragraphs(text) == _paragraphs_reference(text)
