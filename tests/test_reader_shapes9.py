"""Attribution and confidence shapes a reader meets in news (round 9's list): a
market's *could see* as a hedge, and the others fixed in that round.

Composed news sentences.
"""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope
from claimscope import Confidence

# -- a market "could see" is a hedge -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            '"If the talks collapse, we could see copper test $11,000 a tonne by March," '
            "said Rhea Baptiste, a metals strategist at Harwell Capital.",
            "copper test",
        ),
        (
            "Retailers could see sales fall 4% this quarter, the trade body warned.",
            "sales fall",
        ),
        (
            "Commuters could see higher fares from January, the transport authority said.",
            "higher fares",
        ),
    ],
)
def test_a_could_see_outcome_is_a_hedge(text: str, words: str) -> None:
    """'we could see Brent test $90', 'could see sales fall 4%': *see* here is
    undergoing an outcome, not seeing it, so *could* is a possibility and the claim
    is hedged (a figure, a change word or an *if* clause before shows it)."""
    claim = only_claim(text, words)
    assert claim.confidence is Confidence.HEDGED


@pytest.mark.parametrize(
    "text",
    [
        "From the balcony, residents said they could see the flames spreading.",
        "Neighbours said they could hear shouting from the flat for hours.",
    ],
)
def test_perception_could_see_is_no_hedge(text: str) -> None:
    """'they could see the flames': seeing and hearing a thing is ability, no doubt
    about the claim, so the claim stays reported."""
    doc = claimscope.annotate(text)
    assert [c.confidence for c in doc.claims] == [Confidence.REPORTED]
