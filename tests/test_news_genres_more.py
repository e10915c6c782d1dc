"""Sources, types and furniture in the second ten composed genres (health trust, tech
leak, election count, obituary, police appeal, Q&A, fact-check, press release,
investigation, parliamentary debate): one test per general error seen in the articles
of ``tests/golden/news_composed``, each on sentences composed here."""

from __future__ import annotations

import pytest
from claim_docs import only_claim

from claimscope import SourceType

# -- institutions whose names hold no company or government word -----------------------


@pytest.mark.parametrize(
    ("text", "anchor", "name"),
    [
        (
            "The Royal Lyceum Theatre said it was heartbroken by the news.",
            "heartbroken",
            "The Royal Lyceum Theatre",
        ),
        (
            "The Barbados Police Force said extra patrols would be sent to the parish.",
            "extra patrols",
            "The Barbados Police Force",
        ),
        (
            "The Kent Constabulary said the road would stay closed overnight.",
            "the road",
            "The Kent Constabulary",
        ),
        (
            "Flu cases have doubled since October, according to the Centers for "
            "Disease Control and Prevention.",
            "Flu cases",
            "the Centers for Disease Control and Prevention",
        ),
    ],
)
def test_theatres_forces_and_centers_speak_as_organizations(
    text: str, anchor: str, name: str
) -> None:
    """*The National Theatre said*, *The Jamaica Constabulary Force said*, *according to
    the Centers for …*: a theatre, a police force or constabulary and a plural
    *Centers* name an institution, not a person."""
    claim = only_claim(text, anchor)
    assert claim.source.text == name
    assert claim.source.type is SourceType.ORGANIZATION


def test_the_trust_refers_back_to_a_named_nhs_trust() -> None:
    """*The trust said …* after *Harbourside NHS Foundation Trust said …*: the trust is
    the organization named before, not a person."""
    text = (
        "Harbourside NHS Foundation Trust said the ward had reopened on Friday. "
        "The trust said 20 more beds would follow in the spring."
    )
    claim = only_claim(text, "20 more beds")
    assert claim.source.text == "Harbourside NHS Foundation Trust"
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_fact_check_desk_is_media() -> None:
    """*The Daily Ledger Fact Check found that …*: a fact-checking desk is the outlet
    speaking, like *the newspaper reported*."""
    claim = only_claim(
        "The Daily Ledger Fact Check found that the photograph was taken in 2019.",
        "the photograph",
    )
    assert claim.source.type is SourceType.MEDIA
