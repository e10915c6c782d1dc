"""Property tests: the SPEC invariants of sentence segmentation hold for any input.

Invariants (SPEC "Invariants"): spans lie inside the text and their text equals the
slice; sentences are ordered, do not overlap and cover every non-space character;
text after a paragraph break is segmented the same whatever precedes it; the output
is deterministic, also across processes with different hash seeds; work grows
linearly (checked on 10^5-character lines here, measured in benchmarks/throughput.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import (
    FRAGMENTS,
    check_document,
    hostile_texts,
    long_lines,
    news_texts,
    non_str_values,
    paragraph_prefixes,
    texts,
)

from claimscope import Annotator
from claimscope._punkt import (
    MemoPunkt,
    UnguardedLanguageVars,
    bare_punkt,
    punkt_parameters,
    punkt_tokenizer,
)
from claimscope.segment import paragraph_spans, sentence_spans

any_text = st.one_of(news_texts(), hostile_texts(), texts())


def check_partition(text: str, spans: list[tuple[int, int]]) -> None:
    """Assert ``spans`` are ordered, disjoint, trimmed and cover every non-space char."""
    previous_end = 0
    for start, end in spans:
        assert isinstance(start, int) and isinstance(end, int)
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert not piece[0].isspace() and not piece[-1].isspace()
        assert text[previous_end:start].isspace() or previous_end == start
        previous_end = end
    assert text[previous_end:].isspace() or previous_end == len(text)


punctuation_soup = st.lists(
    st.sampled_from(
        [
            *("It", "rained", "Mr", "U.S", ".", "!", "?", "...", ",", "--", "”", "’", ")", '"'),
            *(" ", " ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0"),
        ]
    ),
    max_size=16,
).map("".join)
"""Short texts of final marks, closing marks and every kind of space: where Punkt's
candidate contexts and the memo's word splitting could part ways."""


@given(st.one_of(any_text, punctuation_soup))
def test_memoised_punkt_decides_as_nltk_punkt(text: str) -> None:
    """The memo is an optimisation only: same spans as nltk's own Punkt, both with the
    shared memo and with one so small it is cleared all the time."""
    expected = list(bare_punkt().span_tokenize(text))
    assert list(punkt_tokenizer().span_tokenize(text)) == expected
    tiny = MemoPunkt(punkt_parameters(), UnguardedLanguageVars())
    tiny._PAIR_LIMIT = 2
    assert list(tiny.span_tokenize(text)) == expected
    assert len(tiny._pairs) <= 2


@given(any_text)
def test_sentences_partition_the_non_space_text(text: str) -> None:
    """Sentences are ordered, disjoint, trimmed, and only whitespace lies between them."""
    check_partition(text, sentence_spans(text))


@given(any_text)
def test_paragraphs_partition_the_non_space_text(text: str) -> None:
    """Paragraphs obey the same partition rules as sentences."""
    check_partition(text, paragraph_spans(text))


@given(any_text)
def test_sentences_nest_in_paragraphs(text: str) -> None:
    """No sentence crosses a paragraph break."""
    paragraphs = paragraph_spans(text)
    for start, end in sentence_spans(text):
        assert any(a <= start and end <= b for a, b in paragraphs)


@given(news_texts())
def test_document_sentence_text_is_its_slice(text: str) -> None:
    """``Sentence.text`` equals the slice of the document text it names."""
    document = Annotator().annotate(text)
    assert [(s.start, s.end) for s in document.sentences] == sentence_spans(text)
    check_document(document, text)


@given(paragraph_prefixes(), any_text)
def test_paragraph_prefix_shifts_sentences(prefix: str, text: str) -> None:
    """Text after "…\\n\\n" is segmented as if it stood alone, shifted by the prefix."""
    shift = len(prefix)
    combined = sentence_spans(prefix + text)
    alone = [(a + shift, b + shift) for a, b in sentence_spans(text)]
    assert combined[len(combined) - len(alone) :] == alone
    assert combined[: len(combined) - len(alone)] == sentence_spans(prefix)


@given(any_text)
def test_deterministic_within_a_process(text: str) -> None:
    """The same input gives the same output on every call."""
    assert sentence_spans(text) == sentence_spans(text)


@given(non_str_values())
def test_non_str_is_refused(value: object) -> None:
    """Anything but ``str`` raises TypeError naming its type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        sentence_spans(value)  # type: ignore[arg-type]


@settings(max_examples=10)
@given(long_lines())
def test_long_lines(text: str) -> None:
    """10^5-character lines (one token, repeated sentences, periods, quotes) segment
    into a valid partition."""
    check_partition(text, sentence_spans(text))


def test_deterministic_across_processes() -> None:
    """Two interpreters with different hash seeds give identical spans."""
    corpus = [" ".join(FRAGMENTS), "\n\n".join(FRAGMENTS), "\n".join(FRAGMENTS)]
    script = (
        "import json, sys\n"
        "from claimscope.segment import sentence_spans\n"
        "print(json.dumps([sentence_spans(t) for t in json.load(sys.stdin)]))\n"
    )
    outputs = set()
    for seed in ("1", "2"):
        run = subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps(corpus),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == [[list(s) for s in sentence_spans(t)] for t in corpus]


@pytest.mark.parametrize(
    "text",
    [
        # a context whose next line is only a character str.strip() removes: nltk
        # skips that line, so the period before it is no break (the memo broke there)
        "The council said on Tuesday.\n\x1f a ",
        # U+001C..U+001F: whitespace to the stdlib engine, not to regex (Punkt's own)
        "It rained.\x1f The end.",
        "It rained.\x1fThe end. Then \x1c it stopped.",
        # the word before a candidate, found among every kind of ASCII whitespace
        "Very bad acting!!! I promise.",
        "One.\tTwo.\x0bThree.\x0cFour.\rFive.",
        "(Sent1.) Sent2. “Quoted.” Then.)",
    ],
)
def test_memoised_punkt_examples(text: str) -> None:
    """Inputs where the memoised tokenizer once differed from nltk's, or could."""
    expected = list(bare_punkt().span_tokenize(text))
    assert list(punkt_tokenizer().span_tokenize(text)) == expected
    fresh = MemoPunkt(punkt_parameters(), UnguardedLanguageVars())
    assert list(fresh.span_tokenize(text)) == expected


@pytest.mark.parametrize(
    "text",
    [".", " .", "?”", "x!”\u200b", "ok?)", "Really!?", "Wait...", "He left the U.S.",
     "“We won.”)", "Done.\u201d\u2019", "No.\n", "A line\nthen more.”"],
)  # fmt: skip
def test_one_sentence_shortcut_matches_punkt(text: str) -> None:
    """Texts whose only sentence-final mark ends them skip Punkt; the spans are the
    ones Punkt gives."""
    assert list(punkt_tokenizer().span_tokenize(text)) == list(bare_punkt().span_tokenize(text))


_SPACES_AND_BREAKS = st.text(
    alphabet=st.sampled_from(list("\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029 \t\xa0\u3000a.")),
    max_size=40,
)


@given(_SPACES_AND_BREAKS)
def test_line_break_pattern_reads_space_as_regex_does(text: str) -> None:
    """The stdlib line-break pattern (a plain class first, for speed) finds the same
    runs as the straightforward :mod:`regex` spelling, whose ``\\s`` leaves out
    U+001C..U+001F."""
    import regex

    from claimscope.segment import _LINE_BREAK, _NEWLINE_CHARS

    reference = regex.compile(
        rf"(?:\r\n|[{_NEWLINE_CHARS}])(?:[^\S{_NEWLINE_CHARS}]*(?:\r\n|[{_NEWLINE_CHARS}]))*"
    )
    assert [m.span() for m in _LINE_BREAK.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]
