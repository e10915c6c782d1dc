"""Shapes met in earnings, conflict, wire, celebrity, education and rail-strike
stories (the composed articles of round 6), each once read wrong.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- unnamed speakers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The airline plans to cut 2,000 jobs, two people familiar with the matter "
            "told Reuters. The cuts will fall mostly on ground staff, the people said.",
            "the people",
        ),
        ("The rep added that the singer was resting at home with her family.", "The rep"),
        ("Opposition TDs said the minister was hiding behind the commission.", "Opposition TDs"),
    ],
)
def test_unnamed_speakers_are_anonymous(text: str, source: str) -> None:
    """'the people said' after 'two people familiar with the matter', a star's 'rep',
    'Opposition TDs' (Irish members of parliament): unnamed people, not one person."""
    claim = _attributed(text)[-1]
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason
    mention = claim.source.mention.text if claim.source.mention else None
    assert source in (claim.source.text, mention)


# -- contents ----------------------------------------------------------------------------


def test_a_long_filing_adjunct_leaves_the_content_before_the_cue() -> None:
    """'C, the company said in a filing to the Nigerian Exchange Limited on Tuesday':
    the long adjunct names where the company spoke; the content is C, not the
    adjunct."""
    (claim,) = _attributed(
        "Profit before tax rose to N184.6 billion in the three months to March, the "
        "company said in a filing to the Nigerian Exchange Limited on Tuesday."
    )
    assert claim.text == "Profit before tax rose to N184.6 billion in the three months to March"
