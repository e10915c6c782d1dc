"""Tests for claimscope.cues: golden cases per lexicon, traps, properties, linear time."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import news_texts

from claimscope.cues import (
    REPORTING_STANCES,
    _lower_pattern,
    _lower_spans,
    _lowered,
    _scan,
    _table,
    find_cues,
    has_speech_cue,
)
from claimscope.model import CueKind
from claimscope.quotes import find_quotes, quote_at

GOLDEN = Path(__file__).parent / "golden"


def _cases() -> list[Any]:
    params = []
    for path in sorted(GOLDEN.glob("cues_*.json")):
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))["cases"]):
            params.append(pytest.param(case, id=f"{path.stem}-{i}"))
    return params


@pytest.mark.parametrize("case", _cases())
def test_golden(case: dict[str, Any]) -> None:
    """Each golden sentence yields its expected cues and none of its trap words."""
    text = case["text"]
    cues = find_cues(text)
    got = [(c.text, c.kind.value, c.entry, c.stance, c.negated) for c in cues]
    for expected in case["must"]:
        assert tuple(expected) in got, f"{expected} not in {got} ({case.get('note', '')})"
    starts = {c.text for c in cues}
    for word in case["must_not"]:
        assert word not in starts, f"{word!r} wrongly found in {got} ({case.get('note', '')})"


def test_spans_slice_the_original_text_with_dotted_capital_i() -> None:
    """Offsets stay exact when the text holds characters whose lower case is longer."""
    text = "İstanbul officials İİ said the deal may collapse, according to Reuters."
    cues = find_cues(text)
    assert [c.text for c in cues] == ["said", "may", "according to"]
    for cue in cues:
        assert text[cue.start : cue.end] == cue.text


def test_cues_are_ordered_and_disjoint() -> None:
    """Cues come ordered by start and never overlap."""
    text = "He said it may, reportedly, be false, and she denied it was so-called news."
    cues = find_cues(text)
    assert [c.start for c in cues] == sorted(c.start for c in cues)
    assert all(a.end <= b.start for a, b in itertools.pairwise(cues))


def test_every_reporting_stance_is_known() -> None:
    """Reporting cues carry one of REPORTING_STANCES; other kinds carry their own stance."""
    text = (
        "She said, confirmed, claimed, believed and denied it; it was allegedly, "
        "possibly and baselessly untrue."
    )
    for cue in find_cues(text):
        if cue.kind is CueKind.REPORTING:
            assert cue.stance in REPORTING_STANCES
        else:
            assert cue.stance in ("hedging", "distancing", "denial")


def test_hedge_in_quoted_speech_versus_reporter_voice() -> None:
    """A caller tells a hedge in quoted speech from one in the reporter's voice."""
    text = '"The bridge may fall," the engineer said. The council may close it on Monday.'
    quotes = find_quotes(text)
    hedges = [c for c in find_cues(text, quotes) if c.kind is CueKind.HEDGE]
    assert [h.text for h in hedges] == ["may", "may"]
    assert quote_at(quotes, hedges[0].start) is not None
    assert quote_at(quotes, hedges[1].start) is None


def test_cues_inside_a_quoted_title_are_dropped_when_quotes_are_given() -> None:
    """Words of a quoted title ("Might Makes Right") are not cues when quotes are passed."""
    text = "The band played “Say It Loud” at the festival."
    assert [c.text for c in find_cues(text)] == ["Say"]
    assert find_cues(text, find_quotes(text)) == ()


def test_speech_cue_excludes_naming_verbs() -> None:
    """Naming verbs (called, dubbed) introduce labels, not speech."""
    assert has_speech_cue("The mayor said", 0, 14)
    assert not has_speech_cue("The mayor called them", 0, 21)


@pytest.mark.parametrize("bad", [b"said", None, 3])
def test_non_str_is_a_type_error(bad: object) -> None:
    """Non-strings raise TypeError naming the type (bytes get a hint)."""
    with pytest.raises(TypeError, match=type(bad).__name__):
        find_cues(bad)  # type: ignore[arg-type]


_WORDS = st.sampled_from(
    ["said", "may", "May", "might", "not", "could", "claims", "the", "so-called", "İ",
     "according", "to", "is", "said to", "n't", "\u200b", "\u00a0", "\r\n", " ", "'", "“"]
)  # fmt: skip


@settings(max_examples=150)
@given(st.lists(_WORDS | st.text(max_size=5), max_size=30).map(" ".join))
def test_spans_always_slice_the_text(text: str) -> None:
    """For any text, every cue lies inside it and equals the slice it names."""
    for cue in find_cues(text, find_quotes(text)):
        assert 0 <= cue.start < cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    ["said ", "according ", "is said ", "could not be ", "n't n't not ", "a" * 50, "-", "May "],
)
def test_pathological_inputs_finish(unit: str) -> None:
    """Repeated cue words and prefixes do not make the pattern backtrack (10^5 units)."""
    text = unit * 100_000
    cues = find_cues(text)
    assert all(text[c.start : c.end] == c.text for c in cues[:100])


@pytest.mark.slow
def test_one_long_line_finishes() -> None:
    """A single 10^6-character line without spaces is scanned."""
    text = "x" * 1_000_000 + " said"
    assert [c.text for c in find_cues(text)] == ["said"]


def test_every_cue_form_starts_with_a_letter() -> None:
    """The cue scanner's ``(?<!\\w)`` stands for a word boundary only while every form
    starts with a word character; a form like ``'tis`` would need ``\\b`` back."""
    assert all(form[:1].isalpha() for form in _table())


def test_every_cue_form_ends_with_a_word_character() -> None:
    """The lower-case scan matches the non-word character before a form; a form
    ending in one (``u.s.``) could hide the start of the next form from it."""
    assert all(form[-1:].isalnum() for form in _table())


@given(
    st.lists(st.one_of(news_texts(), st.sampled_from(["said", "may", "’", "-", "\n"])), max_size=6)
    .map(" ".join)
    .map(str.lower),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=400),
)
def test_scan_after_non_word_characters_finds_the_trie_matches(
    lowered: str, lo: int, size: int
) -> None:
    """The faster lower-case scan (the non-word character before a form matched, not
    looked behind at) finds exactly the spans of the plain trie, in any range."""
    hi = min(len(lowered), lo + size)
    expected = [m.span() for m in _lower_pattern().finditer(lowered, lo, hi)]
    assert list(_lower_spans(lowered, lo, hi)) == expected


_CASE_TRAPS = st.sampled_from(
    ["\u0130", "\u212a", "SAID", "Said", "\u017faid", "ACCORDING TO", "\u0130s said", "\u2019"]
)
"""Case traps: dotted capital I (lower-cases to two characters), the Kelvin sign
(lower-cases to an ASCII k), the long s, capitals."""


@given(st.lists(st.one_of(news_texts(), _CASE_TRAPS), max_size=6).map(" ".join))
def test_lower_case_scan_finds_what_the_cased_scan_finds(text: str) -> None:
    """The scan over a lower-cased copy is an optimisation: whenever it is used, it
    yields exactly the cased trie's cues; it is refused when lower-casing would move
    offsets (dotted I) or invent a match (the Kelvin sign)."""
    lowered = _lowered(text)
    if "\u0130" in text or "\u212a" in text:
        assert lowered is None
    cased = tuple(_scan(text, 0, len(text)))
    assert tuple(_scan(text, 0, len(text), lowered)) == cased
