"""Fixes 13a: source types of political collectives, owned guides and handbooks, and
sports broadcasters.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType


def _claim(doc: claimscope.Document, words: str) -> claimscope.Claim:
    found = [c for c in doc.claims if words in c.text]
    assert found, f"no claim holds {words!r}: {[c.text for c in doc.claims]}"
    return found[0]


def test_the_opposition_is_an_organisation() -> None:
    """*The opposition has called for …*: a collective political body, no person."""
    text = (
        "The opposition has called for a public inquiry into the tender, saying the "
        "bidding was rigged. The official opposition said the minister should resign."
    )
    doc = claimscope.annotate(text)
    assert _claim(doc, "the bidding was rigged").source.type is SourceType.ORGANIZATION
    assert _claim(doc, "the minister should resign").source.type is SourceType.ORGANIZATION


def test_a_bodys_guide_is_a_document() -> None:
    """*Norway's dietary guide recommends C*: a guide a named country or body owns is a
    document; *a tour guide said* stays one unnamed person."""
    text = (
        "Norway's dietary guide recommends that adults eat fish twice a week. "
        "A tour guide said the glacier had shrunk visibly since last summer."
    )
    doc = claimscope.annotate(text)
    assert _claim(doc, "adults eat fish twice").source.type is SourceType.DOCUMENT
    guide = _claim(doc, "the glacier had shrunk").source.type
    assert guide in (SourceType.ANONYMOUS, SourceType.PERSON)


def test_handbooks_and_manuals_are_documents() -> None:
    """*The staff handbook states*, *the maintenance manual says*: written artefacts."""
    text = (
        "The staff handbook says that overtime must be approved in advance. "
        "The maintenance manual says the brakes should be checked every month."
    )
    doc = claimscope.annotate(text)
    assert _claim(doc, "overtime must be approved").source.type is SourceType.DOCUMENT
    assert _claim(doc, "the brakes should be checked").source.type is SourceType.DOCUMENT


def test_sports_broadcasters_are_media() -> None:
    """*Sky Sports reported*, *TNT Sports understands*: broadcasters, not persons."""
    text = (
        "Sky Sports reported that the striker had agreed terms with the club. "
        "TNT Sports said the fixture would be moved to Sunday."
    )
    doc = claimscope.annotate(text)
    assert _claim(doc, "the striker had agreed terms").source.type is SourceType.MEDIA
    assert _claim(doc, "the fixture would be moved").source.type is SourceType.MEDIA
