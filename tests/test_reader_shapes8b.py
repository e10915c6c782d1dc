"""Attribution structure a reader meets in news (round 8b's list): an address aside
after a name and age, two *that* clauses of one cue, a long subject before *called*,
and the writer's clause before *by agreeing that*.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope


def _claim_with(text: str, words: str) -> claimscope.Claim:
    """The claim of ``text`` whose content holds ``words``."""
    (claim,) = [c for c in claimscope.annotate(text).claims if words in c.text]
    return claim


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
    claim = _claim_with(text, words)
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
    claim = _claim_with(text, words)
    assert claim.source.text.startswith(source.split(" at ")[0])
    assert claim.source.type is claimscope.SourceType.ANONYMOUS
