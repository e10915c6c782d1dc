"""Attribution shapes that left claims in the author's voice (issue 15): a trailing
``as X put it``, quotes signed with the quotation dash ``―``, and transcript labels
after an opening quote mark.

Composed news text.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType
from claimscope.labels import Rule


def _attributed(text: str) -> list[claimscope.Claim]:
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The main requirement is a lawful source of income, as the memo put it.",
            "the memo",
            "The main requirement is a lawful source of income",
        ),
        (
            "The bridge will close in May, as the council announced on Monday.",
            "the council",
            "The bridge will close in May",
        ),
    ],
)
def test_trailing_as_x_put_it(text: str, source: str, content: str) -> None:
    """'C, as X put it.': X is the source of what comes before the comma."""
    (claim,) = _attributed(text)
    assert claim.source.text == source
    assert claim.text == content
    assert claim.rule is Rule.INVERTED


def test_as_x_put_it_after_a_quoted_phrase() -> None:
    """'… a "lawful source of income," as a memo put it.': the comma inside the quote."""
    (claim,) = _attributed('The rule requires a "lawful source of income," as a memo put it.')
    assert claim.source.type is SourceType.DOCUMENT
    assert "lawful source of income" in claim.text


def test_as_x_noted_inside_its_content_is_not_trailing() -> None:
    """'A, as X noted, B': the parenthesis does not make A the content on its own."""
    claims = _attributed("Growth has slowed, as one adviser pointed out, and prices are rising.")
    assert all(c.rule is not Rule.INVERTED for c in claims)


def test_as_x_reported_after_according_to_stays_a_channel() -> None:
    """'C, according to the report, as the paper reported': one claim, the paper a link."""
    (claim,) = _attributed(
        "The fire started in a storage room, according to the brigade's report, "
        "as the paper reported."
    )
    assert claim.source.type is SourceType.DOCUMENT
    assert [link.text for link in claim.chain] == ["the paper"]


def test_quotes_signed_with_the_quotation_dash() -> None:
    """Reader quotes each signed '― Name' on its line: each name is its quote's source,
    and the signature is no claim of its own."""
    text = (
        "Readers sent us their views.\n\n"
        "“The council has ignored our street for years.” ― Maria Lopez\n"
        "“The new bus lane is a disaster for shops.” ― Tom Reid"
    )
    claims = claimscope.annotate(text).claims
    signed = [(c.source.text, c.rule) for c in claims if c.rule is Rule.DASH]
    assert signed == [("Maria Lopez", Rule.DASH), ("Tom Reid", Rule.DASH)]
    assert all("―" not in c.text for c in claims)


def test_transcript_labels_after_an_opening_quote() -> None:
    """'"HOST: …' paragraphs (some outlets open every transcript paragraph with a quote
    mark): the label is the speaker."""
    text = (
        "Partial transcript follows.\n\n"
        '"HOST: Let us start with the news of the day.\n\n'
        '"GOVERNOR: Well, look, the budget is balanced. Voters have a choice to make.'
    )
    claims = [c for c in claimscope.annotate(text).claims if c.rule is Rule.TRANSCRIPT]
    assert [c.source.text for c in claims] == ["HOST", "GOVERNOR"]
    assert claims[1].text.endswith("Voters have a choice to make")


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "The newspaper has also detailed payments that benefited the candidate.",
            "The newspaper",
            SourceType.MEDIA,
        ),
        ("The research documented faster increases in temperatures.", "The research", None),
        ("The governor laid out her plan to cut taxes by a third.", "The governor", None),
        ("The report outlines how the agency missed three warnings.", "The report", None),
        ("The ad then referenced the inspector's criticism of the mayor.", "The ad", None),
    ],
)
def test_verbs_of_setting_out(text: str, source: str, kind: SourceType | None) -> None:
    """'detailed', 'documented', 'laid out', 'outlines', 'referenced' attribute what
    follows to their subject."""
    (claim,) = _attributed(text)
    assert claim.source.text == source
    if kind is not None:
        assert claim.source.type is kind


@pytest.mark.parametrize(
    "text",
    [
        "He provided detailed evidence that the bridge was unsafe.",
        "There were 50 documented cases of fraud last year.",
        "The council published detailed plans for the bridge.",
        "The abuses are well documented in the report.",
        "The reasons for the delay have been well-documented.",
        "The hall was adorned with gold-leaf detailing, columns and chandeliers.",
    ],
)
def test_adjectival_participles_are_no_cue(text: str) -> None:
    """'detailed plans', '50 documented cases', 'well documented', 'gold-leaf
    detailing': adjectives and nouns, not reporting verbs."""
    assert _attributed(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content", "kind"),
    [
        (
            "The registration issue was first reported by The Washington Post.",
            "The Washington Post",
            "The registration issue",
            SourceType.MEDIA,
        ),
        (
            "Calls for an inquiry were rejected by the council in 2015.",
            "the council",
            "Calls for an inquiry",
            SourceType.ORGANIZATION,
        ),
    ],
)
def test_subject_of_a_reporting_passive_is_the_content(
    text: str, source: str, content: str, kind: SourceType
) -> None:
    """'C was reported by X.': the agent is the source, the subject the content."""
    (claim,) = _attributed(text)
    assert (claim.source.text, claim.text, claim.source.type) == (source, content, kind)
    assert claim.rule is Rule.PASSIVE_SUBJECT


@pytest.mark.parametrize(
    "text",
    [
        "After the deal was reported by the local paper, shares fell.",
        "The figures, which were confirmed by the ministry, show a rise in crime.",
        "The bill was signed by the governor on Monday.",
    ],
)
def test_passives_that_are_no_attribution_of_their_subject(text: str) -> None:
    """A passive in a subordinate or relative clause, or of a verb that reports
    nothing, does not make its subject a claim of the agent."""
    assert all(c.rule is not Rule.PASSIVE_SUBJECT for c in claimscope.annotate(text).claims)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "They turned to the police department, which said that 2,521 shootings took place.",
            "the police department",
            "2,521 shootings took place",
        ),
        (
            "The committee heard from the regulator, which found that the bank had misled savers.",
            "the regulator",
            "the bank had misled savers",
        ),
        (
            "The senator, who said the vote was rigged, left the chamber.",
            "The senator",
            "the vote was rigged",
        ),
    ],
)
def test_which_said_names_its_antecedent(text: str, source: str, content: str) -> None:
    """', which said C': the antecedent speaks, also as a preposition's object (after
    the verb's preposition), and a comma inside a number does not end C."""
    claim = _attributed(text)[0]
    assert (claim.source.text, claim.text) == (source, content)


def test_which_before_a_plural_noun_is_no_relative_speaker() -> None:
    """'which advocates say': 'advocates' is the speaker here, not a verb of 'which'."""
    claims = _attributed("The funding system, which advocates say hurts poor schools, was changed.")
    assert [c.source.text for c in claims] == ["advocates"]
