"""Confidence labels that depend on the sense a cue word has where it stands, on
composed news sentences: a comparison with what was expected is no hedge."""

from __future__ import annotations

import pytest

import claimscope
from claimscope.model import Confidence


def _labels(text: str) -> list[Confidence]:
    return [claim.confidence for claim in claimscope.annotate(text).claims]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Retail sales rose more than expected in October.", Confidence.ASSERTED),
        ("Exporters had a better-than-expected quarter.", Confidence.ASSERTED),
        ("Profits were higher than analysts had expected.", Confidence.ASSERTED),
        ("The storm weakened sooner than forecasters thought.", Confidence.ASSERTED),
        ("Turnout rose as expected.", Confidence.ASSERTED),
        ("Prices fell, as many had feared.", Confidence.ASSERTED),
        ("Sales grew faster than expected, the company said.", Confidence.REPORTED),
    ],
)
def test_a_comparison_with_an_expectation_is_no_hedge(text: str, expected: Confidence) -> None:
    """*than expected*, *as feared* compare the outcome with an earlier expectation:
    the claim states the outcome, so the attitude verb does not hedge it."""
    assert _labels(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose as investors expect a rate cut next month.",
        "The minister said she expected the bill to pass.",
        "Economists expect growth to slow next year.",
    ],
)
def test_an_expectation_with_a_complement_still_hedges(text: str) -> None:
    """An attitude verb with a propositional complement still hedges (SPEC)."""
    assert Confidence.HEDGED in _labels(text)
