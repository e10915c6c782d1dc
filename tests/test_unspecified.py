"""Attributions that name nobody (SPEC ``unspecified``): impersonal passives, agentless
accusations and criticism, claims nobody owns, *according to reports*.

Composed news sentences; issue 15 (types on the PolNeAR dev labels).
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import Confidence, SourceType
from claimscope.labels import Rule


def _only(text: str) -> claimscope.Claim:
    (claim,) = claimscope.annotate(text).claims
    return claim


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("It is said that the mayor kept the donations for himself.", Confidence.ALLEGED),
        ("It was claimed that the bridge had failed two inspections.", Confidence.ALLEGED),
        ("It is alleged that the director hid the losses from auditors.", Confidence.ALLEGED),
        ("It is understood that the club will sell its stadium.", Confidence.ALLEGED),
        ("It is believed that the fire started in a kitchen.", Confidence.HEDGED),
    ],
)
def test_it_is_said_that_names_nobody(text: str, confidence: Confidence) -> None:
    """'it is said/claimed/alleged/understood/believed that C': nobody named; the
    confidence follows SPEC ('it is understood' distances like 'is said to')."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.source.text is None
    assert claim.rule is Rule.IMPERSONAL
    assert claim.confidence is confidence


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("The chairman is said to have offered his resignation twice.", Confidence.ALLEGED),
        ("The company is reported to be preparing a rival bid.", Confidence.ALLEGED),
        ("The suspect is believed to have fled across the border.", Confidence.HEDGED),
        ("The governor is thought to favour a delay.", Confidence.HEDGED),
    ],
)
def test_x_is_said_to_names_nobody(text: str, confidence: Confidence) -> None:
    """'X is said/reported/believed/thought to …': attributed, nobody named."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.confidence is confidence


@pytest.mark.parametrize(
    "text",
    [
        "The president is expected to meet relatives in Nairobi on Saturday.",
        "The losing side could be expected to take the case to the Supreme Court.",
        "Turnout was not expected to pass 40 percent.",
    ],
)
def test_is_expected_to_is_a_guess_nobody_owns(text: str) -> None:
    """'X is expected to …' (also after a modal, or negated): unspecified, hedged."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.rule is Rule.IS_THOUGHT_TO
    assert claim.confidence is Confidence.HEDGED


@pytest.mark.parametrize(
    "text",
    [
        "The senator was accused of using campaign funds for holidays.",
        "Peacekeepers have sometimes been accused of abusing the civilians they protect.",
        "Aid workers have been blamed for bringing the disease to the camp.",
    ],
)
def test_agentless_accusation_names_nobody(text: str) -> None:
    """'X was accused of / blamed for …' with no agent: unspecified, alleged."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.rule is Rule.IS_ACCUSED
    assert claim.confidence is Confidence.ALLEGED


def test_an_accusation_with_an_agent_names_it() -> None:
    """'accused by X of C': the agent is the source, not an unnamed one."""
    claim = _only("The mayor was accused by rival councillors of lying about the budget.")
    assert claim.source.type is SourceType.ANONYMOUS
    assert claim.source.text == "rival councillors"


@pytest.mark.parametrize(
    "text",
    [
        "The agency came under withering criticism for its failure to act.",
        "The video has faced ridicule online since it was released on Tuesday.",
        "The new parking scheme is drawing criticism.",
    ],
)
def test_criticism_from_nobody_named(text: str) -> None:
    """'came under criticism', 'has faced ridicule': critics the text does not name."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.rule is Rule.UNDER_CRITICISM
    assert claim.confidence is Confidence.REPORTED


def test_criticism_from_named_critics_stays_authors() -> None:
    """'came under fire from lawmakers' names the critics: not an unnamed attribution."""
    claim = _only("The agency came under fire from lawmakers for its failure to act.")
    assert claim.source.type is SourceType.AUTHOR


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("Allegations of fraud have dogged the campaign for months.", Confidence.ALLEGED),
        ("The shares fell amid reports that the chief executive would resign.", None),
    ],
)
def test_claims_nobody_owns(text: str, confidence: Confidence | None) -> None:
    """'Allegations of …', 'amid reports that …': claims the text gives no owner."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.rule is Rule.UNNAMED_CLAIMS
    if confidence is not None:
        assert claim.confidence is confidence


def test_owned_claims_stay_with_the_author() -> None:
    """'His claims that …': a possessive points to an owner; no unnamed attribution."""
    claim = _only("His claims that the count was rigged were rejected by the court.")
    assert claim.source.type is not SourceType.UNSPECIFIED


@pytest.mark.parametrize(
    "text",
    [
        "According to reports, the factory will close next year.",
        "According to local media reports, the factory will close next year.",
        "The factory will close next year, according to reports.",
    ],
)
def test_according_to_reports_names_nobody(text: str) -> None:
    """'according to (media) reports': no owner named, so unspecified."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.source.text is None
    assert claim.text.startswith(("the factory", "The factory"))


def test_according_to_owned_reports_is_a_document() -> None:
    """'according to the company's reports': the reports are a document."""
    claim = _only("According to the company's reports, the factory will close next year.")
    assert claim.source.type is SourceType.DOCUMENT


def test_an_accusation_with_a_later_agent_is_not_unnamed() -> None:
    """'accused of C by two former players': the accusers are named, so the sentence
    is not an attribution to nobody."""
    claim = _only("The coach was accused of fixing matches by two former players.")
    assert claim.source.type is not SourceType.UNSPECIFIED
