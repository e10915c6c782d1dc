"""Fixes of round 13b: contents, cues and confidence.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import Confidence, SourceType
from claimscope.testing import claim_holding


def test_not_being_surprised_if_hedges_the_claim() -> None:
    """*I would not be surprised if C* weighs C as a likelihood, as does *she would
    be surprised if C*: C is hedged, direct or indirect."""
    doc = claimscope.annotate(
        '"I would not be surprised if the ferry service ended by winter," said Lena '
        "Ortiz, a harbour pilot. The treasurer said she would be surprised if the levy "
        "passed before the election."
    )
    assert claim_holding(doc, "ferry service").confidence is Confidence.HEDGED
    assert claim_holding(doc, "the levy passed").confidence is Confidence.HEDGED


def test_a_denied_whether_question_does_not_hedge() -> None:
    """*The question is not whether C* sets C aside as settled; the *whether* casts
    no doubt on it. *It is unclear whether C* still hedges."""
    doc = claimscope.annotate(
        '"The issue is not whether the depot can be rebuilt," the transport minister '
        'said. "It is unclear whether the contractor will return," her deputy said.'
    )
    assert claim_holding(doc, "depot can be rebuilt").confidence is Confidence.REPORTED
    assert claim_holding(doc, "contractor will return").confidence is Confidence.HEDGED


def test_the_anonymity_aside_is_not_the_cue() -> None:
    """*X, who asked not to be named, claimed that C*: the aside asks for anonymity
    and reports nothing; the main verb *claimed* is the cue, so C is alleged."""
    doc = claimscope.annotate(
        "A hospital administrator, who asked not to be identified, claimed that the "
        "night ward had been left unstaffed for a week."
    )
    claim = claim_holding(doc, "night ward")
    assert claim.cue is not None and claim.cue.text == "claimed"
    assert claim.confidence is Confidence.ALLEGED


def test_an_aside_inside_is_said_to() -> None:
    """*X is, however, said to have …*: the commas set off a sentence adverb and the
    passive stays whole, nobody named, as in *X is said to have …*."""
    doc = claimscope.annotate(
        "The club's new owner is, however, said to have paid far less than the asking price."
    )
    claim = claim_holding(doc, "paid far less")
    assert claim.source is None or claim.source.type is SourceType.UNSPECIFIED
    assert claim.confidence is Confidence.ALLEGED


def test_a_leading_concessive_clause_is_not_content() -> None:
    """*While X did not disclose Y, C, two officials said*: the clause before the comma
    has its own subject and verb and is the writer's concession, so C starts after it;
    a cue inside the clause (*Although the council did not confirm the cost*) reports
    only up to the comma."""
    doc = claimscope.annotate(
        "While the regulator did not disclose the amount, the fine is the largest it "
        "has ever imposed, two officials said. Although the trust has not confirmed the "
        "price, the hospital wing will cost $18 million, according to planning papers. "
        "While the mayor said that the budget was balanced, auditors found a shortfall "
        "of $4 million."
    )
    fine = claim_holding(doc, "the fine is the largest")
    assert fine.text.startswith("the fine")
    wing = claim_holding(doc, "hospital wing will cost")
    assert wing.text.startswith("the hospital wing")
    balanced = claim_holding(doc, "the budget was balanced")
    assert "auditors" not in balanced.text
    assert all("hospital" not in c.text for c in doc.claims if c.cue and c.cue.text == "confirmed")


def test_a_second_verb_phrase_ends_a_naming_content() -> None:
    """*X called the plan "Y" and relied on what he called Z*: the content of *called*
    is the small clause *the plan "Y"*; *and relied on …* is X's next act, so the
    quote is not made alleged by the later *what he called*. Inside a clause of its
    own (*a show in which crews were paid and worked for …*) the *and* stays."""
    doc = claimscope.annotate(
        'Senator Ruth Okafor called the budget "a promise we cannot keep" and relied '
        "on what she called creative accounting to close the gap. Former staff "
        "described a studio in which interns were unpaid and worked for the network "
        "for months."
    )
    budget = claim_holding(doc, "a promise we cannot keep")
    assert "relied" not in budget.text
    assert budget.confidence is Confidence.REPORTED
    assert "worked for the network" in claim_holding(doc, "interns were unpaid").text
