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


@pytest.mark.parametrize(
    "text",
    [
        "The chief executive said the new lander should be available for flights in 2025.",
        "A ruling should come within two weeks, lawyers for the family said.",
        "The refurbished bridge should reopen next spring.",
        "The council said the report should be published sometime soon.",
        "The vote should take place by Thursday, a party spokesman said.",
    ],
)
def test_should_of_expectation_hedges(text: str) -> None:
    """*should* telling what is due to happen, with a time ahead in its clause,
    is an expectation: a hedge, like *is expected to*."""
    assert _labels(text)[-1] is Confidence.HEDGED


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The minister said those responsible should be punished.", Confidence.REPORTED),
        ('"Schools should stay open," the union leader said.', Confidence.REPORTED),
        (
            "The party should take up the matter at next month's convention, delegates said.",
            Confidence.REPORTED,
        ),
        ("Regulators should act before the crisis spreads.", Confidence.ASSERTED),
    ],
)
def test_should_of_obligation_is_no_hedge(text: str, expected: Confidence) -> None:
    """*should* of obligation or advice says what ought to happen; it casts no
    doubt on the claim (a time ahead alone does not make it an expectation)."""
    assert _labels(text) == [expected]


def test_hopefully_hedges() -> None:
    """*hopefully* voices a hope (SPEC lists *hope*): the claim is hedged."""
    text = '"Hopefully the new stadium will be full by the end of the season," the coach said.'
    assert _labels(text) == [Confidence.HEDGED]


def test_questioning_by_an_interrogator_does_not_hedge() -> None:
    """*under questioning from senators* is an interrogation, not doubt cast on a
    claim: the cue is neutral, while *questioned whether* still hedges."""
    cues = [
        cue
        for claim in claimscope.annotate(
            "The chief executive, under questioning from senators, admitted that no "
            "managers had been fired."
        ).claims
        for cue in claim.cues
        if cue.text == "questioning"
    ]
    assert cues and all(cue.stance == "neutral" for cue in cues)
    assert _labels("Analysts questioned whether the merger would survive.") == [Confidence.HEDGED]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The bank's chief executive, in a televised interview, appeared to blame "
            "junior staff for the losses.",
            Confidence.HEDGED,
        ),
        ("The striker allegedly told police he was at home.", Confidence.ALLEGED),
        (
            "The candidate has raised doubts about the count, falsely suggesting that "
            "thousands of ballots were forged.",
            Confidence.DENIED,
        ),
    ],
)
def test_a_cue_governing_the_speech_verb_bears_on_the_claim(
    text: str, expected: Confidence
) -> None:
    """A hedge, distancing or denial cue right before the claim's own cue governs
    it (*appeared to blame*, *allegedly told*, *falsely suggesting*), also when the
    speaker is a subject shared across a participle or an aside."""
    assert _labels(text)[-1] is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Many people were injured when the roof collapsed.", Confidence.ASSERTED),
        ("Some people queued overnight for tickets.", Confidence.ASSERTED),
        ("The storm cut power to so many people that schools closed.", Confidence.ASSERTED),
        ("Some experts, however, fear the rally will fade.", Confidence.HEDGED),
        ("According to some analysts, the rally has further to run.", Confidence.HEDGED),
        ("Some critics had been predicting a crash for years.", Confidence.HEDGED),
    ],
)
def test_a_vague_group_hedges_only_as_holder_of_a_view(text: str, expected: Confidence) -> None:
    """*some experts*, *many people* are weasel hedges when they hold a view (a
    speech or attitude verb follows, or *according to* / *by* names them as
    source); counting people who were injured or queued hedges nothing."""
    assert _labels(text)[-1] is expected


def test_might_be_that_hedges_after_so() -> None:
    """*so it might be that …* draws an uncertain inference (possibility only),
    unlike the purpose clause *so it could balance its books*."""
    text = (
        '"The data are thin, so it might be that some users were smoking weaker '
        'products," the professor argued.'
    )
    assert _labels(text) == [Confidence.HEDGED]
    assert _labels("The club sold the striker so it could balance its books.") == [
        Confidence.ASSERTED
    ]


def test_afraid_that_hedges_with_an_adverb_or_first_person() -> None:
    """*I am truly afraid that …* voices a fear (SPEC lists *fear*) whatever
    stands between *be* and *afraid*; *afraid to speak* holds no proposition."""
    text = '"I am truly afraid that the factory will close," one worker said.'
    assert _labels(text) == [Confidence.HEDGED]
    assert _labels("Residents were afraid to speak.") == [Confidence.ASSERTED]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("It was not immediately clear what caused the fire.", Confidence.HEDGED),
        ("It is not yet known how many people died in the blast.", Confidence.HEDGED),
        ("The motive isn't clear, police said.", Confidence.HEDGED),
        ("The senator is not known for his patience.", Confidence.ASSERTED),
    ],
)
def test_not_clear_and_not_known_mark_uncertainty(text: str, expected: Confidence) -> None:
    """*it was not immediately clear*, *it is not yet known* mark the content as
    uncertain, like *it is unclear*; *not known for* is a reputation."""
    assert _labels(text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Quarterly profit beat consensus estimates by a wide margin.", Confidence.ASSERTED),
        ("Sales fell short of analyst estimates.", Confidence.ASSERTED),
        ("The results were in line with estimates.", Confidence.ASSERTED),
        ("The agency estimates that 500 people died.", Confidence.HEDGED),
    ],
)
def test_estimates_an_outcome_is_measured_against_are_no_hedge(
    text: str, expected: Confidence
) -> None:
    """*beat estimates*, *short of estimates* measure an outcome against earlier
    estimates (like *than expected*); *the agency estimates that* still hedges."""
    assert _labels(text) == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In the 1990s, residents could buy land for a few hundred dollars.", Confidence.ASSERTED),
        ("Until last year, fans could smoke inside the stadium.", Confidence.ASSERTED),
        ("Back then, a family of four could live on one salary.", Confidence.ASSERTED),
        ("At the time, officials warned the dam could fail.", Confidence.HEDGED),
        ("The new dam could fail in a major flood.", Confidence.HEDGED),
    ],
)
def test_could_of_past_ability_is_no_hedge(text: str, expected: Confidence) -> None:
    """*could* after a past time the sentence opens on tells what was possible or
    allowed then, a fact; *could* of possibility, also under a past speech verb,
    still hedges."""
    assert _labels(text) == [expected]
