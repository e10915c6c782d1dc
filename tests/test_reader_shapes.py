"""Shapes a reader meets in many articles, each once got wrong: the source, its type
or the claim's content (round 4's known bugs).

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- unnamed spokespeople ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A No 10 spokesperson said the prime minister had full confidence in the chancellor.",
        "A No. 10 spokesman said the cabinet would meet on Tuesday.",
        "A Downing Street spokesman said the talks would continue into the weekend.",
        "A Kremlin spokesman said Moscow had not been consulted about the exercise.",
    ],
)
def test_an_unnamed_spokesperson_is_anonymous(text: str) -> None:
    """'A No 10 spokesperson': 'No' before a number abbreviates 'number', it is no
    determiner, so the phrase keeps its 'A' and names an unidentified person."""
    (claim,) = _attributed(text)
    assert claim.source.type is SourceType.ANONYMOUS
    assert claim.source.text is not None and claim.source.text.casefold().startswith("a")


def test_the_same_spokesperson_again_is_the_same_unnamed_source() -> None:
    """'The Downing Street spokesman' after 'A Downing Street spokesman' is the same
    unnamed person, not a role holder typed person."""
    claims = _attributed(
        "A Downing Street spokesman said the talks would continue into the weekend.\n\n"
        "The Downing Street spokesman added that no deadline had been set."
    )
    assert len(claims) == 2
    assert {c.source.type for c in claims} == {SourceType.ANONYMOUS}
    assert claims[0].source.entity == claims[1].source.entity
