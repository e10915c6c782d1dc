"""Fixes 13a: source types of political collectives, owned guides and handbooks, and
sports broadcasters.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType
from claimscope.testing import claim_holding


def test_the_opposition_is_an_organisation() -> None:
    """*The opposition has called for …*: a collective political body, no person."""
    text = (
        "The opposition has called for a public inquiry into the tender, saying the "
        "bidding was rigged. The official opposition said the minister should resign."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "the bidding was rigged").source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "the minister should resign").source.type is SourceType.ORGANIZATION


def test_a_bodys_guide_is_a_document() -> None:
    """*Norway's dietary guide recommends C*: a guide a named country or body owns is a
    document; *a tour guide said* stays one unnamed person."""
    text = (
        "Norway's dietary guide recommends that adults eat fish twice a week. "
        "A tour guide said the glacier had shrunk visibly since last summer."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "adults eat fish twice").source.type is SourceType.DOCUMENT
    guide = claim_holding(doc, "the glacier had shrunk").source.type
    assert guide in (SourceType.ANONYMOUS, SourceType.PERSON)


def test_handbooks_and_manuals_are_documents() -> None:
    """*The staff handbook states*, *the maintenance manual says*: written artefacts."""
    text = (
        "The staff handbook says that overtime must be approved in advance. "
        "The maintenance manual says the brakes should be checked every month."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "overtime must be approved").source.type is SourceType.DOCUMENT
    assert claim_holding(doc, "the brakes should be checked").source.type is SourceType.DOCUMENT


def test_sports_broadcasters_are_media() -> None:
    """*Sky Sports reported*, *TNT Sports understands*: broadcasters, not persons."""
    text = (
        "Sky Sports reported that the striker had agreed terms with the club. "
        "TNT Sports said the fixture would be moved to Sunday."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "the striker had agreed terms").source.type is SourceType.MEDIA
    assert claim_holding(doc, "the fixture would be moved").source.type is SourceType.MEDIA


def test_an_outlet_told_is_not_the_company() -> None:
    """*"…," the manager told CBC News. The company expects …*: the outlet the words
    were given to is no antecedent of *the company*; the operator named before is."""
    text = (
        "Bayline Ferries has cancelled every sailing on its island route this week.\n\n"
        '"We are working around the clock," duty manager Ellen Faro told CBC News.\n\n'
        "The company expects the vessel to be out of service until at least Friday."
    )
    doc = claimscope.annotate(text)
    vessel = claim_holding(doc, "the vessel to be out of service")
    assert vessel.source.type is SourceType.ORGANIZATION
    assert "Bayline" in (vessel.source.text or "")


def test_an_outlet_told_can_still_be_the_newspaper() -> None:
    """*… told the Guardian. The newspaper said …*: a media noun still refers back."""
    text = (
        '"We expect long delays," the spokeswoman told the Guardian.\n\n'
        "The newspaper said the strike would continue into next week."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "the strike would continue").source.type is SourceType.MEDIA


def test_a_headline_phrase_is_no_antecedent() -> None:
    """*Lawmakers grill transport nominee* (a headline) then *The nominee …*, *she
    said*: the source is the body's description, not the headline's phrase."""
    text = (
        "Lawmakers grill transport nominee\n\n"
        "The nominee faced hours of questions about airport delays on Tuesday.\n\n"
        '"We will fix the backlog," she said.'
    )
    doc = claimscope.annotate(text)
    backlog = claim_holding(doc, "We will fix the backlog")
    assert backlog.source.text is not None
    assert "grill" not in backlog.source.text


def test_a_byline_gives_no_antecedent() -> None:
    """*By Sarah Whitcombe* / *Health Correspondent* above a story: a later *she said*
    is not the writer, with or without *By*."""
    for credit in (
        "By Sarah Whitcombe\nHealth Correspondent",
        "Sarah Whitcombe\nHealth Correspondent",
    ):
        text = (
            f"Clinic waiting lists grow\n\n{credit}\n\n"
            "The health board published its figures on Monday. "
            "She said the shortage of nurses would ease by spring."
        )
        doc = claimscope.annotate(text)
        nurses = claim_holding(doc, "the shortage of nurses would ease")
        assert "Whitcombe" not in (nurses.source.text or ""), credit


def test_the_palace_is_an_organisation() -> None:
    """*The palace confirmed*, *Kensington Palace said*: the royal household speaking
    as a body, no person."""
    text = (
        "Kensington Palace said the prince would visit the hospice on Friday. "
        "The palace also confirmed that the tour would go ahead in March."
    )
    doc = claimscope.annotate(text)
    assert claim_holding(doc, "the prince would visit").source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "the tour would go ahead").source.type is SourceType.ORGANIZATION
