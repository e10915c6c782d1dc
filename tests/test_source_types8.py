"""Source types on composed articles (round 8): named bodies by their last word,
the press by a bare title, people by an apposition's role noun.

Composed news sentences; the names are invented or generic.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType


def _source(text: str) -> claimscope.Source:
    claims = [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]
    assert claims, f"no attributed claim in {text!r}"
    return claims[0].source


def test_a_name_ending_in_district_is_an_organization() -> None:
    """*The Coastal Valley Water District said*: a body named for its district speaks
    as an institution, not a person (the name ends in an organisation head word)."""
    source = _source("The Coastal Valley Water District said repairs would take a week.")
    assert source.type is SourceType.ORGANIZATION


def test_a_given_name_before_an_org_head_word_stays_a_person() -> None:
    """*Kevin Water* is a person's name, though *Water* ends utility names."""
    from claimscope.sources import classify

    assert classify("Kevin Water")[0] is SourceType.PERSON


def test_a_given_name_described_by_a_trade_noun_is_a_person() -> None:
    """*Sandra Tennant, a broker with Lakeview Realty*: *broker* names a firm on its
    own, but in apposition to a given name and surname it describes a person."""
    text = (
        "Sandra Tennant, a broker with Lakeview Realty in Oakridge, said viewings "
        "had picked up since the spring."
    )
    source = _source(text)
    assert (source.text, source.type) == ("Sandra Tennant", SourceType.PERSON)


def test_a_firm_described_as_a_broker_stays_an_organization() -> None:
    """Without a given name the trade noun still types a business."""
    source = _source("Lakeview Realty, a broker in Oakridge, said viewings had picked up.")
    assert source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A noodle stall operator from the old market said his costs had doubled.",
            SourceType.ANONYMOUS,
        ),
        ("The taxi owner said he had lost a week of fares.", SourceType.PERSON),
        ("A tour operator said bookings had fallen by a third.", SourceType.ORGANIZATION),
    ],
)
def test_a_one_person_concern_before_a_trade_noun_makes_a_person(
    text: str, kind: SourceType
) -> None:
    """*A noodle stall operator said*: a stall is run by one person, so its operator
    is an individual (unnamed after *a*), where *a tour operator* is a firm."""
    assert _source(text).type is kind


def test_a_name_introduced_with_its_bracketed_initials_is_an_organization() -> None:
    """*Suara Petani Bersatu (SPB)*: a name followed by its initials in brackets is a
    body introducing its short name, though no word of it marks an organisation."""
    text = (
        "The protest was called by a farmers' coalition, Suara Petani Bersatu (SPB). "
        "Suara Petani Bersatu said it would march again next month."
    )
    source = _source(text)
    assert source.type is SourceType.ORGANIZATION


def test_a_person_introduced_with_initials_stays_a_person() -> None:
    """*Robert Francis Keane (RFK)*: a given name keeps a person, initials or not."""
    text = "Robert Francis Keane (RFK) said he would stand again. Keane said so twice."
    assert _source(text).type is SourceType.PERSON


def test_a_law_introduced_with_its_initials_stays_a_document() -> None:
    """*the Clean Rivers Act (CRA)*: initials do not turn a law into a body."""
    from claimscope.sources import classify

    text = "The Clean Rivers Act (CRA) requires councils to publish test results."
    entity = next(e for e in claimscope.annotate(text).entities if "Act" in e.name.text)
    assert entity.type is classify("the Clean Rivers Act")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Investors now price in a 60% chance of a hike, according to Halden Exchange's "
        "RateSight tool.",
        "Mortgage approvals fell for a third month, the Hartwell tracker showed.",
    ],
)
def test_a_tool_or_tracker_is_a_document(text: str) -> None:
    """A tool, tracker or index giving figures is a recorded artefact (SPEC:
    ``document``), also when the source span is only its name (*RateSight*)."""
    assert _source(text).type is SourceType.DOCUMENT


def test_the_nation_is_a_newspaper() -> None:
    """*the Nation* (capitalised, after *the*) is a newspaper's whole name, as
    *Nation Digital* is its site's; lower-case *the nation* stays no outlet."""
    text = "The Nation reported that the county had not paid its nurses since March."
    assert _source(text).type is SourceType.MEDIA
    text = "Teachers interviewed by Nation Digital said the funds had not arrived."
    entity = next(e for e in claimscope.annotate(text).entities if e.name.text == "Nation Digital")
    assert entity.type is SourceType.MEDIA
    assert _source("The nation said goodbye to its queen, officials said.").type is not (
        SourceType.MEDIA
    )
