"""Golden cases and targeted checks for claimscope.segment.

The golden cases live in ``tests/golden/segmentation.json``: a list of
``{"id", "source", "text", "sentences"}`` objects (``"xfail": "reason"`` marks a known
failure, run as a strict xfail). The test compares the sliced sentence texts.
"""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope import lexicon
from claimscope.segment import _DENSE_BREAK, paragraph_spans, sentence_spans

GOLDEN = Path(__file__).parent / "golden" / "segmentation.json"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _load_golden() -> list[Any]:
    cases: list[dict[str, Any]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    params = []
    for case in cases:
        marks = []
        if "xfail" in case:
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_golden_file_is_well_formed() -> None:
    """Every golden case has a unique id, a provenance, and sentences found in its text."""
    cases = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(cases) >= 80
    ids = [case["id"] for case in cases]
    assert len(ids) == len(set(ids))
    for case in cases:
        assert set(case) <= {"id", "source", "text", "sentences", "xfail"}, case["id"]
        kind, _, detail = case["source"].partition(": ")
        assert kind in {"composed", "issue example", "PolNeAR-like", "PolNeAR", "edge"}
        assert detail, case["id"]
        position = 0
        for sentence in case["sentences"]:
            found = case["text"].find(sentence, position)
            assert found >= 0, (case["id"], sentence)
            position = found + len(sentence)


@pytest.mark.parametrize("case", _load_golden())
def test_golden(case: dict[str, Any]) -> None:
    """The segmenter finds exactly the expected sentences of each golden case."""
    assert _sentences(case["text"]) == case["sentences"]


def test_offsets_index_the_original_string() -> None:
    """Spans index the original text, also after characters that change length when
    lower-cased (``İ``) and after non-breaking and zero-width spaces."""
    text = "İİİ Mr.\u00a0Doe left.\u200b He returned on Jan. 5. İt rained."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "İİİ Mr.\u00a0Doe left.\u200b",
        "He returned on Jan. 5.",
        "İt rained.",
    ]


def test_paragraph_spans() -> None:
    """Paragraphs split at blank lines (also with ``\\r\\n`` and spaces) and ``U+2029``,
    not at single newlines, and are trimmed."""
    text = " Bridge to Close\nBy Jane Doe\r\n \r\nThe bridge closes.\u2029A ferry runs. \n"
    assert [text[a:b] for a, b in paragraph_spans(text)] == [
        "Bridge to Close\nBy Jane Doe",
        "The bridge closes.",
        "A ferry runs.",
    ]


@pytest.mark.parametrize("function", [sentence_spans, paragraph_spans])
@pytest.mark.parametrize("value", [b"The bridge closed.", None, 42])
def test_rejects_non_str(function: Any, value: object) -> None:
    """Bytes, None and numbers raise TypeError naming the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        function(value)


def test_abbreviation_lexicon_shapes() -> None:
    """Abbreviations are lower case without a final period; only known fields are used."""
    for entry in lexicon.load("abbreviations"):
        assert entry.text == entry.text.lower()
        assert not entry.text.endswith(".")
        assert set(entry.fields) <= {"before-number"}
    for entry in lexicon.load("sentence_starters"):
        assert entry.text.isalpha() and entry.text == entry.text.lower()
        assert not entry.fields


def test_starters_are_not_initials() -> None:
    """Single letters would break "J. A. Smith"; the starter list must not hold them."""
    assert all(len(entry.text) > 1 for entry in lexicon.load("sentence_starters"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "a" * 10**6,
        "a" * 10**6 + ". The end.",
        "." * 10**5,
        ". " * 20_000,
        "U.S." * 10**5,
        "…" * 10**5,
        ". . . " * 7_000,
        "\n \r\n" * 50_000,
        "“" * 30_000 + "a." + "”" * 30_000,
        "1. " * 10_000,
    ],
    ids=[
        "token",
        "token-period",
        "periods",
        "spaced-periods",
        "initials",
        "ellipses",
        "spaced-ellipses",
        "blank-lines",
        "quotes",
        "markers",
    ],
)
def test_pathological_inputs_are_fast(text: str) -> None:
    """Long tokens, runs of periods or markers never make segmentation blow up.

    The bound is generous (seconds for ~10^5-10^6 characters); it catches quadratic
    behaviour, which would take minutes, not a slow machine.
    """
    started = time.perf_counter()
    spans = sentence_spans(text)
    assert time.perf_counter() - started < 20
    assert all(text[a:b].strip() == text[a:b] for a, b in spans)


def test_polnear_dev_offsets() -> None:
    """On real news (PolNeAR dev), every sentence is trimmed, ordered and inside the
    text, and no sentence crosses a paragraph break."""
    path = DATA / "polnear-dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, 20)]
    for text in texts:
        spans = sentence_spans(text)
        previous = 0
        for a, b in spans:
            assert previous <= a < b <= len(text)
            assert text[a:b] == text[a:b].strip()
            assert "\n\n" not in text[a:b]
            previous = b


@pytest.mark.parametrize("unit", ["at 5 p.m. Jane ", "steps: 1. Cut ", "options: a) A ", "p. 4 "])
def test_clock_and_marker_rules_stay_linear(unit: str) -> None:
    """Hundreds of kilobytes of clock times or inline markers segment in one pass."""
    text = unit * 20000
    spans = sentence_spans(text)
    assert spans and spans[-1][1] == len(text.rstrip())


_OLD_DENSE_BREAK = r"[.!?]++[\"'”’)\]]*+\s++(?=[\"“‘(]?\p{Lu})"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?\"'”’)]“‘( \nAbU", max_size=60))
def test_dense_breaks_start_only_at_a_runs_first_mark(text: str) -> None:
    """The dense-text break pattern starts a match only at the first of a run of end
    marks (so a text of full stops costs linear time, not quadratic); the breaks it
    finds are the ones the pattern without that condition found."""
    old = [m.end() for m in regex.finditer(_OLD_DENSE_BREAK, text)]
    assert [m.end() for m in _DENSE_BREAK.finditer(text)] == old


def test_a_million_full_stops_segment_as_one_sentence() -> None:
    """A text of nothing but full stops is one sentence (it once took seconds per
    hundred thousand characters; benchmarks/pathological.py ``full_stops`` times it)."""
    text = "." * 10**6
    assert sentence_spans(text) == [(0, len(text))]
