"""Source types by what a phrase means, not by its shape (round 7): bodies whose
names hold no organisation word, people-shaped groups, role abbreviations.

Composed news sentences; the names are invented or generic.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType
from claimscope.sources import classify


def _source(text: str) -> claimscope.Source:
    claims = [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]
    assert claims, f"no attributed claim in {text!r}"
    return claims[0].source


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rescue and Flood Response New Zealand said crews had answered 40 calls overnight.",
            "Rescue and Flood Response New Zealand",
        ),
        ("Heritage Scotland said the castle would stay shut until spring.", "Heritage Scotland"),
        ("Iompar Éireann said bus services would resume on Monday.", "Iompar Éireann"),
        ("Tourism Canada said bookings were up 12 per cent on last year.", "Tourism Canada"),
    ],
)
def test_a_body_named_for_its_nation_is_an_organization(text: str, name: str) -> None:
    """A name ending in a nation's name (not opening with a given name or title) is a
    national body's, also when it holds *and*: it is no mixed group of people."""
    source = _source(text)
    assert (source.text, source.type) == (name, SourceType.ORGANIZATION)
    entity = next(e for e in claimscope.annotate(text).entities if e.name.text == name)
    assert entity.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "phrase",
    ["Kevin England", "Mr Jordan", "Michael Jordan", "the Prince of Wales", "Jane Doe"],
)
def test_people_whose_names_end_in_a_nation_stay_people(phrase: str) -> None:
    """A given name, an honorific or *X of* before the nation keeps a person."""
    assert classify(phrase)[0] is SourceType.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Business groups warned that the closures could cost the region thousands of jobs.",
        "Rights groups said the new law was unconstitutional.",
        "Several companies said they had already paused hiring.",
        "Unions said the pay offer was an insult to their members.",
    ],
)
def test_unnamed_bodies_are_an_unnamed_group(text: str) -> None:
    """Bodies no one names, counted or plural without *the* (*Business groups*,
    *several companies*), are unnamed: anonymous, as *officials* are."""
    source = _source(text)
    assert source.type is SourceType.ANONYMOUS, source


@pytest.mark.parametrize(
    "text",
    [
        "The unions said the pay offer was an insult to their members.",
        "Both companies said they had already paused hiring.",
        "The company said it had already paused hiring.",
    ],
)
def test_bodies_met_before_stay_organizations(text: str) -> None:
    """A definite plural (*the unions*, *both companies*) points back to bodies the
    text names: still organizations."""
    assert _source(text).type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "The PM said the deal was good for the country.",
        "The premier said the deal was good for the province. The PM added that talks would go on.",
    ],
)
def test_a_role_abbreviation_with_the_is_a_person(text: str) -> None:
    """*The PM* abbreviates a role that names one person, as *the CEO* does: a
    person, not an institution's acronym."""
    assert _source(text).type is SourceType.PERSON


def test_pm_after_a_clock_time_names_no_one() -> None:
    """*pm* in a clock time (*at 5 pm*) stays no role: the speakers are unnamed."""
    doc = claimscope.annotate("At 5 pm officials said the road had reopened.")
    assert [c.source.type for c in doc.claims] == [SourceType.ANONYMOUS]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Parents interviewed by reporters said they had been asked to pay.", "Parents"),
        ("- Deputies say both men should be considered dangerous", "Deputies"),
        ("Commuters told the station they would work from home on Friday.", "Commuters"),
    ],
)
def test_a_capitalised_plural_role_noun_is_a_group(text: str, group: str) -> None:
    """A plural role noun opening a sentence or a bullet (*Parents said*, *- Deputies
    say*) is capitalised by position only: an unnamed group, not a person's name."""
    source = _source(text)
    assert (source.text, source.type) == (group, SourceType.ANONYMOUS)


def test_the_paper_of_a_study_is_a_document() -> None:
    """*The paper* after a study in a journal is that study's paper (document), not
    a newspaper (media)."""
    text = (
        "The galaxy holds about 40 billion suns, according to the study published in "
        "the journal Nature Astronomy. The paper suggests the galaxy grew in one burst."
    )
    claim = next(
        c for c in claimscope.annotate(text).claims if c.text.startswith("the galaxy grew")
    )
    assert (claim.source.text, claim.source.type) == ("The paper", SourceType.DOCUMENT)


def test_the_paper_of_a_news_story_stays_media() -> None:
    """With no study or journal before it, *the paper* is a newspaper."""
    text = (
        "The mayor spoke to the Springfield Gazette on Monday. "
        "The paper reported that he would resign."
    )
    claim = next(c for c in claimscope.annotate(text).claims if "resign" in c.text)
    assert claim.source.type is SourceType.MEDIA


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials in Hawke's Bay said the river would peak at noon.", "Hawke's Bay"),
        ("Commuters at King’s Cross said trains were running late.", "King’s Cross"),
    ],
)
def test_a_place_named_with_a_possessive_is_no_person(text: str, place: str) -> None:
    """*Hawke's Bay*, *King's Cross*: the possessive is part of a place's name; no
    person *Hawke* or *King* is mentioned."""
    entities = claimscope.annotate(text).entities
    names = {e.name.text: e.type for e in entities}
    assert place in names
    assert names[place] is not SourceType.PERSON
    assert place.split("'")[0].split("’")[0] not in names


def test_a_possessive_person_keeps_what_they_own() -> None:
    """*Jane Doe's Island Records*: a two-word owner is a person owning a label."""
    names = {
        e.name.text for e in claimscope.annotate("Jane Doe's Island Records said no.").entities
    }
    assert "Jane Doe" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Minister for Transport Ann Kelly said she would not intervene in the dispute.",
            "Ann Kelly",
        ),
        (
            "Former Secretary of State Jane Roe said the treaty had kept the peace.",
            "Jane Roe",
        ),
    ],
)
def test_a_title_with_its_portfolio_stays_with_the_name(text: str, name: str) -> None:
    """*Minister for Transport Ann Kelly*: the title, *for* and the portfolio belong
    to one person's mention; no person *Transport Ann Kelly* or *State* appears."""
    doc = claimscope.annotate(text)
    (claim,) = doc.claims
    assert claim.source.type is SourceType.PERSON
    assert claim.source.text.endswith(name)
    names = {e.name.text for e in doc.entities}
    assert not names & {"State", "Transport Ann Kelly", "Minister"}
