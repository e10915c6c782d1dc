"""Readings found by composing Canadian, Irish, science-magazine and New York tabloid
news (round 15, helper news15): occupation nouns that describe one person (*the
playwright*, *the novelist*), and the other fixes of this round.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType
from claimscope.testing import claim_holding


def _claim(text: str, words: str) -> claimscope.Claim:
    return claim_holding(claimscope.annotate(text), words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokeswoman for the ministry said the minister had no role in the "
            "decision.\n\nThe playwright Deirdre Ní Fhlaithearta, whose first play "
            'premiered at the festival, called the cut "a disaster".\n\n"They took a '
            'chance on me when nobody else would," she told the newspaper.',
            "Deirdre Ní Fhlaithearta",
        ),
        (
            "A council spokesman said the road would reopen on Monday.\n\nThe novelist "
            "Oisín Breathnach, who has lived in the village for 30 years, described the "
            'closure as "a scandal".\n\n"Nobody asked us anything," he said.',
            "Oisín Breathnach",
        ),
    ],
)
def test_a_pronoun_means_the_described_speaker_before_it(text: str, name: str) -> None:
    """*The playwright NAME … called*: the occupation makes NAME a person a later
    *she* may mean, even when the given name says nothing of gender."""
    words = "Nobody asked us" if "Nobody" in text else "took a chance on me"
    claim = _claim(text, words)
    assert claim.source is not None
    assert claim.source.text == name
    assert claim.source.type is SourceType.PERSON


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Another neighbor, retired banker Walter Pruitt, said private patrols had "
            "been stepped up since the spring.",
            "private patrols had been stepped up",
            "Walter Pruitt",
        ),
        (
            "One shopper, local pensioner Maureen Doyle, said the queues had been "
            "getting longer every week.",
            "the queues had been getting longer",
            "Maureen Doyle",
        ),
    ],
)
def test_a_described_name_in_apposition_is_the_source(text: str, words: str, name: str) -> None:
    """*Another neighbor, retired banker NAME, said*: a lower-case modifier and a
    person noun before the name still make it the described speaker."""
    claim = _claim(text, words)
    assert claim.source is not None
    assert claim.source.text == name
    assert claim.source.type is SourceType.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Hans Olsen at the Institute for Atmospheric Modelling in Kiel, Germany, says the "
        "model was tuned to a short run of cool years.",
        "Its lead author, Hans Olsen at the Institute for Atmospheric Modelling in Kiel, "
        "Germany, says the model was tuned to a short run of cool years.",
    ],
)
def test_a_name_with_a_long_affiliation_before_a_place_aside_speaks(text: str) -> None:
    """*NAME at the INSTITUTE in CITY, COUNTRY, says C*: the subject is the named
    person, not the clause after *says* read as an inverted speaker."""
    claim = _claim(text, "the model was tuned")
    assert claim.source is not None
    assert claim.source.text == "Hans Olsen"
    assert claim.source.type is SourceType.PERSON
    assert claim.text.startswith("the model was tuned")


def test_a_clause_after_an_unquoted_says_is_no_speaker() -> None:
    """When the subject before *says* is not found, the clause after it (*the model
    fails to …*) is its content, never an inverted speaker with the subject as content."""
    text = (
        "Rafael Ondiviela, who has spent two decades building cloud schemes at the "
        "National Center for Climate Research in Boulder, Colorado, says the model fails "
        "to reproduce the warming since 1980."
    )
    for claim in claimscope.annotate(text).claims:
        assert claim.source is None or "model" not in (claim.source.text or "")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The cuts are deep and will cost jobs, says the union.", "the union"),
        ("The cuts are deep and will cost jobs, say many of those who work there.", "many"),
        ("The cuts are deep and will cost jobs, says the festival's director.", "director"),
    ],
)
def test_an_inverted_speaker_in_lower_case_still_speaks(text: str, source: str) -> None:
    """*C, says the union*: a lower-case phrase with a source noun still speaks."""
    claim = _claim(text, "The cuts are deep")
    assert claim.source is not None
    assert source in claim.source.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The cut comes weeks after the National Campaign for the Arts warned that "
            "dozens of festivals were facing reductions.",
            "National Campaign for the Arts",
        ),
        (
            "The Coalition for the Homeless said every shelter in the city was full.",
            "Coalition for the Homeless",
        ),
        (
            "The U.S. Court of Appeals for the Sixth Circuit ruled that the law could stand.",
            "Court of Appeals for the Sixth Circuit",
        ),
    ],
)
def test_a_body_name_goes_on_over_for_the(text: str, name: str) -> None:
    """*the National Campaign for the Arts*: *for the* or *of the* before a capitalised
    word goes on with a body's name (not after a possessive owner)."""
    claim = claimscope.annotate(text).claims[0]
    assert claim.source is not None
    assert name in (claim.source.text or "")
    assert claim.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "note",
    [
        "Corrections and clarifications: An earlier version of this story misstated the "
        "number of nurses hired from abroad. It is 62, not 26.",
        "Corrections: The festival's deficit was €38,000, not €83,000 as first reported.",
        "An earlier version of this article gave the wrong date for the opening night.",
    ],
)
def test_a_correction_note_is_furniture(note: str) -> None:
    """A correction box after the story is page furniture, not an author's claim."""
    text = "The minister said the province had added 1,000 positions since 2022.\n\n" + note
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["the province had added 1,000 positions since 2022"]


def test_opposed_to_is_a_stance_not_a_cue() -> None:
    """*Residents opposed to the plan said C*: *opposed to* describes the residents; the
    claim is what they said, not *to the plan said …*."""
    text = "Residents opposed to the plan said the new road would flood every winter."
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["the new road would flood every winter"]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "The paper was widely shared by groups opposed to climate policy, some of which "
            "have falsely claimed it proves global warming has stopped.",
            "global warming has stopped",
            "groups",
        ),
        (
            "The report was welcomed by several teaching unions, one of which said it would "
            "ballot members on strike action.",
            "it would ballot members",
            "teaching unions",
        ),
        (
            "The plan angered residents of the estate, many of whom say they were never consulted.",
            "they were never consulted",
            "residents",
        ),
    ],
)
def test_a_quantified_relative_speaks_for_its_antecedent(
    text: str, words: str, source: str
) -> None:
    """*groups …, some of which have claimed C*: the source is the group counted."""
    claim = _claim(text, words)
    assert claim.source is not None
    assert source in (claim.source.text or "")
    assert claim.source.type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Estimates have narrowed over the past decade, and most scientists now think "
            "low values are very unlikely.",
            "Estimates have narrowed over the past decade",
        ),
        (
            "Official estimates of the crowd vary widely, and organisers say more than "
            "20,000 people marched.",
            "Official estimates of the crowd vary widely",
        ),
    ],
)
def test_estimates_as_a_plural_noun_is_no_hedge(text: str, author: str) -> None:
    """*Estimates have narrowed*: the noun opening an author's clause is no hedging
    verb, so the clause stays asserted."""
    claim = _claim(text, author)
    assert claim.source is None or claim.source.type is SourceType.AUTHOR
    assert claim.confidence is claimscope.Confidence.ASSERTED


def test_a_speaker_estimating_still_hedges() -> None:
    text = "The expansion, which the Tax Foundation estimates would cost $170 billion, stalled."
    claim = _claim(text, "would cost $170 billion")
    assert claim.source is not None
    assert "Tax Foundation" in (claim.source.text or "")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Artistic director Ciarán Mac Giolla said the festival would shrink.\n\n"
            "Mac Giolla said the board had been given no warning of the cut.",
            "given no warning",
            "Ciarán Mac Giolla",
        ),
        (
            "The singer Aoife Ní Bhriain said she was leaving the company.\n\n"
            "Ní Bhriain said the venue had become too small for the show.",
            "the venue had become too small",
            "Aoife Ní Bhriain",
        ),
    ],
)
def test_a_two_word_surname_names_the_person_again(text: str, words: str, name: str) -> None:
    """*Mac Giolla* after *Ciarán Mac Giolla*: a surname opened by *Mac*, *Ní*, *Ó* or
    *Di* refers back to the full name, as *Van der Merwe* does."""
    claim = _claim(text, words)
    assert claim.source is not None
    assert claim.source.text == name


@pytest.mark.parametrize(
    "text",
    [
        "The paper has prompted a fierce dispute among researchers.",
        "The ruling ends a protracted dispute between the two councils.",
    ],
)
def test_a_described_dispute_is_a_noun(text: str) -> None:
    """*a fierce dispute among researchers*: the noun after an adjective is no
    denial cue with *a fierce* as its speaker."""
    for claim in claimscope.annotate(text).claims:
        assert claim.source is None or claim.source.type is SourceType.AUTHOR
