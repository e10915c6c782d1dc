"""The entity stage's shortcuts decide exactly as the plain searches they replace."""

from __future__ import annotations

import math
import re

import pytest
import strategies
from hypothesis import example, given, settings
from hypothesis import strategies as st

import claimscope
from claimscope.entities import pronouns
from claimscope.entities.pseudonym_cues import PSEUDONYM_BEFORE, pseudonym_cues
from claimscope.entities.words import _TOKEN, _tokens

SENTENCES = (
    "Governor Ann Lowe said the budget would pass.",
    "She told reporters in Albany that the vote was close.",
    '"We will not back down," Lowe said.',
    "Tom Reyes, the state treasurer, disagreed with her.",
    "He said the numbers did not add up.",
    "Kestrel Capital Partners said in a note that it expected a deficit.",
    "The brokerage added that its analysts saw little risk.",
    "Mr. Reyes and Ms. Lowe met on Tuesday, but they did not agree.",
    "Campaigning against Tom Reyes, she barely mentioned the dam.",
    "A spokesman for the governor said he had no comment.",
    "The report, released by the Federal Aviation Administration (FAA), was late.",
    "It said the agency had warned airlines twice.",
    "Officials told him the plan was dead.",
    "Jane Doe, who chairs the committee, said she would call a vote.",
    "Doe's office said it would respond later.",
)


def _reading(doc: claimscope.Document) -> object:
    return [(c.start, c.source) for c in doc.claims], doc.entities


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=14))
def test_stopping_the_pronoun_search_early_changes_nothing(
    picked: list[str],
) -> None:
    """A pronoun stops weighing older mentions once none can beat the best so far;
    the full search over the window picks the same entities."""
    text = " ".join(picked)
    quick = _reading(claimscope.annotate(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pronouns, "_MOST_FAVOURED", math.inf)
        full = _reading(claimscope.annotate(text))
    assert quick == full


@settings(max_examples=200, deadline=None)
@given(strategies.news_texts(), st.data())
def test_a_phrase_reads_the_same_wherever_it_stands(text: str, data: st.DataObject) -> None:
    """Source phrases are read once per document (head and shape), which holds only
    while a span's tokens depend on its own text: the tokens of ``text[a:b]`` are
    those of the phrase alone, shifted by ``a``."""
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    alone = [(s + a, e + a, w) for s, e, w in _tokens(text[a:b], 0, b - a)]
    assert _tokens(text, a, b) == alone


_BACKTRACKING_TOKEN = re.compile(r"[^\W_]+(?:[.&\-][^\W_]+)*(?:['’][^\W\d_]+){0,2}\.?|\S")
"""The token pattern as it was before its quantifiers became possessive."""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZé9_.&-'’ \n\"(", max_size=40) | strategies.news_texts())
def test_possessive_tokens_match_the_backtracking_pattern(text: str) -> None:
    """The possessive token pattern finds the very tokens the backtracking one did
    (words with inner dots, hyphens, apostrophes, a final period; other characters
    one by one)."""
    assert [m.span() for m in _TOKEN.finditer(text)] == [
        m.span() for m in _BACKTRACKING_TOKEN.finditer(text)
    ]


_CUE_PIECES = (
    "going", "GOES", "went", "go", "ago", "by", "By", "the", "The", "name", "NAME",
    "pseudonym", "of", "using", "under", "known", "\u212anown", "only", "identified",
    "İdentified", "ıdentified", "called", "calls", "himself", "nicknamed", "a", "cover",
    "uſing", "said", "Sam", "nearby", "cover-up", "as", "herself", "themselves",
)  # fmt: skip
_CUE_GAPS = (" ", "  ", "\n", "\u00a0", "", "'", "“", "‘", '"', ", ", "-")


@settings(max_examples=400, deadline=None)
@example([("only", " "), ("identified", "\n"), ("as", " '"), ("Max", "")])
@example([("goes", " "), ("by", " "), ("the", "  "), ("pseudonym", " "), ("Bo", "")])
@example([("known", "\u00a0"), ("only", " "), ("as", " “"), ("K", "")])
@example([("she", " "), ("calls", " "), ("herself", " ‘"), ("Q", "")])
@given(
    st.lists(st.tuples(st.sampled_from(_CUE_PIECES), st.sampled_from(_CUE_GAPS)), max_size=12)
    | strategies.news_texts().map(lambda t: [(t, "")])
)
def test_pseudonym_cues_match_the_plain_search(pieces: list[tuple[str, str]]) -> None:
    """Trying the pseudonym pattern only where a match can start finds exactly the
    matches of searching every position (case, white space, the characters the engine
    folds to a letter, cues inside a longer cue)."""
    text = "".join(word + gap for word, gap in pieces)
    assert [m.span() for m in pseudonym_cues(text)] == [
        m.span() for m in PSEUDONYM_BEFORE.finditer(text)
    ]


def test_a_pseudonym_cue_marks_the_name_anonymous() -> None:
    """A speaker the text says goes by another name is anonymous, found as before."""
    text = (
        'A nurse who goes by the name of "Sam" said the ward was full. '
        '"We turn people away," Sam said.'
    )
    doc = claimscope.annotate(text)
    assert [c.source.type.value for c in doc.claims] == ["anonymous", "anonymous"]
