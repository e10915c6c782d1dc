"""Attribution structure a reader meets in news (round 8b's list): an address aside
after a name and age, two *that* clauses of one cue, a long subject before *called*,
and the writer's clause before *by agreeing that*.

Composed news sentences.
"""

from __future__ import annotations

import itertools
import time

import pytest
from claim_docs import only_claim
from hypothesis import given
from hypothesis import strategies as st

import claimscope

# -- an address aside after a name and age ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Mark Jones, 45, of Church Street, Bridgend, said the road had been closed for hours.",
            "closed for hours",
            "Mark Jones",
        ),
        (
            "Aled Price, 52, of Ffordd y Bryn, Tonyrefail, told the court he had not "
            "seen the cyclist.",
            "seen the cyclist",
            "Aled Price",
        ),
    ],
)
def test_an_address_after_a_name_and_age_is_no_source(text: str, words: str, name: str) -> None:
    """'Mark Jones, 45, of Church Street, Bridgend, said C': the street and town are
    where he lives, an aside like the age; the source is the name before them."""
    claim = only_claim(text, words)
    assert claim.source.text == name


# -- a place name inside a long subject -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "One critic at a Toronto listening session last week reportedly called it "
            '"the boldest album of the year".',
            "boldest album",
            "One critic at a Toronto listening session",
        ),
        (
            "A parent at the Riverside planning meeting told councillors the crossing was "
            "dangerous.",
            "crossing was dangerous",
            "A parent at the Riverside planning meeting",
        ),
    ],
)
def test_a_place_name_before_a_participle_modifier_keeps_the_subject(
    text: str, words: str, source: str
) -> None:
    """'a Kingston listening session': a capitalised word between the determiner and
    the -ing modifier is part of the noun phrase, so the participle does not end the
    subject and the cue keeps its speaker."""
    claim = only_claim(text, words)
    assert claim.source.text.startswith(source.split(" at ")[0])
    assert claim.source.type is claimscope.SourceType.ANONYMOUS


# -- two *that* clauses of one cue -------------------------------------------------------


def test_two_that_clauses_of_one_cue_are_two_claims() -> None:
    """'The board said sales had been "softer than expected" and that it could take
    a year to recover': each *that* clause is a claim of the board's, so the hedge of
    the second does not hedge the first."""
    text = (
        'The board said sales had been "softer than expected" and that it could take '
        "a year for margins to recover."
    )
    first = only_claim(text, "softer than expected")
    second = only_claim(text, "margins to recover")
    assert first is not second
    assert "and that" not in first.text and "margins" not in first.text
    assert second.text.startswith("it could take")
    assert first.source.text == second.source.text == "The board"
    assert first.confidence is claimscope.Confidence.REPORTED
    assert second.confidence is claimscope.Confidence.HEDGED


def test_that_clauses_after_that_split_too() -> None:
    """'told reporters that A and that B': the second *that* opens a second claim."""
    text = (
        "The minister told reporters that the hospital would open in June and that "
        "its staff might be recruited from abroad."
    )
    first = only_claim(text, "open in June")
    second = only_claim(text, "recruited from abroad")
    assert first is not second
    assert first.confidence is claimscope.Confidence.REPORTED


def test_and_that_before_a_noun_stays_one_claim() -> None:
    """'said prices rose and that decision hurt': *that* is a determiner here, not a
    second clause, so the content stays whole."""
    text = "Analysts said the bank raised rates and that decision hurt exporters badly."
    claim = only_claim(text, "raised rates")
    assert "exporters" in claim.text


@pytest.mark.parametrize("unit", [" ", " and that", ", and that it"])
def test_splitting_that_clauses_stays_linear(unit: str) -> None:
    """A long run of spaces or of *and that* clauses is split in linear time: the
    whole run is scanned once, not once per position inside it."""
    text = "The mayor said the bridge was safe" + unit * 20000 + " and that it would reopen."
    started = time.perf_counter()
    claimscope.annotate(text)
    assert time.perf_counter() - started < 20


@given(
    st.lists(
        st.sampled_from(["the roads were closed", "it might rain", "He left"]),
        min_size=1,
        max_size=5,
    )
)
def test_that_clause_pieces_cover_the_content_in_order(clauses: list[str]) -> None:
    """However many *and that* clauses follow a cue, each claim's text is its slice of
    the document, and the pieces come in order without overlapping."""
    text = "The council said " + " and that ".join(clauses) + "."
    claims = [c for c in claimscope.annotate(text).claims if c.cue is not None]
    assert len(claims) == len(clauses)
    for a, b in itertools.pairwise(claims):
        assert a.end <= b.start
    for c in claims:
        assert text[c.start : c.end] == c.text


# -- the writer's main clause before a participle cue ----------------------------------


@pytest.mark.parametrize(
    ("text", "main", "attributed"),
    [
        (
            "The council has effectively admitted as much by agreeing that village "
            "routes should be reviewed.",
            "The council has effectively admitted as much",
            "village routes should be reviewed",
        ),
        (
            "The health minister met reporters outside the hospital on Monday, saying "
            "the new wing would open in June.",
            "The health minister met reporters outside the hospital on Monday",
            "the new wing would open in June",
        ),
    ],
)
def test_the_main_clause_before_a_participle_cue_is_the_writers(
    text: str, main: str, attributed: str
) -> None:
    """'X has effectively admitted as much by agreeing that C', 'X met reporters,
    saying C': the main clause states what X did in the writer's voice; only C is
    X's."""
    claims = claimscope.annotate(text).claims
    (author,) = [c for c in claims if c.source.type is claimscope.SourceType.AUTHOR]
    assert author.text == main
    assert author.confidence is claimscope.Confidence.ASSERTED
    reported = only_claim(text, attributed)
    assert reported.source.type is not claimscope.SourceType.AUTHOR
