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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Residents who reached the Thai side of the border on Monday said soldiers "
            "had set fire to houses near the main road.",
            "Residents who reached the Thai side of the border",
        ),
        (
            "Many residents who fled the town said the bombing had gone on for three nights.",
            "Many residents who fled the town",
        ),
    ],
)
def test_a_relative_clause_on_a_bare_plural_subject_stays_in_the_subject(
    text: str, source: str
) -> None:
    """'Residents who reached the border said': the relative clause belongs to the
    subject, so the speakers are the residents, not the border they reached."""
    (claim,) = _attributed(text)
    assert claim.source.text == source
    assert claim.source.type is SourceType.ANONYMOUS


def test_the_company_is_not_a_commission_named_since() -> None:
    """'The company denied …' after the regulator, a Commission, was named: the
    company is the firm the story is about, not the latest named body."""
    claims = _attributed(
        "Zenora Telecom Plc posted a 38 per cent rise in profit, the company said.\n\n"
        "The Nigerian Communications Commission approved a tariff increase in January.\n\n"
        "The company denied reports that it planned to delist from the exchange."
    )
    assert claims[-1].text == "it planned to delist from the exchange"
    assert claims[-1].source.text == "Zenora Telecom Plc"


def test_is_also_expected_to_is_a_passive_expectation_not_the_subjects_claim() -> None:
    """'Kuppet is also expected to issue a strike notice …, according to sources at
    the union': the union is not the source of an expectation about itself; the
    sources are, and the expectation hedges the claim."""
    (claim,) = _attributed(
        "The teachers' union is also expected to issue a strike notice next week over "
        "delayed promotions, according to sources at the union."
    )
    assert claim.source.text == "sources at the union"
    assert claim.confidence is claimscope.Confidence.HEDGED


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "German airlines have complained for years that taxes and airport fees have "
            "made domestic flying uneconomic.",
            "taxes and airport fees have made domestic flying uneconomic",
        ),
        (
            "He said then that routes such as Munich-Hamburg were barely viable.",
            "routes such as Munich-Hamburg were barely viable",
        ),
    ],
)
def test_an_adverbial_between_the_cue_and_that_is_not_content(text: str, content: str) -> None:
    """'complained for years that C', 'said then that C': the words before 'that'
    qualify the saying; the content starts after 'that'."""
    (claim,) = _attributed(text)
    assert claim.text == content


def test_accused_of_a_quotation_keeps_the_whole_quotation() -> None:
    """'accused the Ministry of Education of "playing games with the future of our
    children"': the content is the quoted charge, not the words after an 'of'
    inside it."""
    claims = _attributed(
        'He accused the Ministry of Education of "playing games with the future of our '
        'children" and called on Parliament to intervene.'
    )
    assert claims[0].text == '"playing games with the future of our children"'
    assert claims[0].confidence is claimscope.Confidence.ALLEGED
