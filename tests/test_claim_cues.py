"""Which cues bear on a claim beyond its own (SPEC: a cue counts wherever it stands).

Composed news sentences; issue 17's follow-ups in the attribution stage.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import Confidence, SourceType


def _only(text: str) -> claimscope.Claim:
    (claim,) = claimscope.annotate(text).claims
    return claim


@pytest.mark.parametrize("adverb", ["allegedly", "supposedly"])
def test_allegedly_keeps_the_authors_voice(adverb: str) -> None:
    """'allegedly' and 'supposedly' in the writer's sentence: author, alleged (SPEC)."""
    claim = _only(f"The former minister {adverb} took bribes from two contractors.")
    assert claim.source.type is SourceType.AUTHOR
    assert claim.confidence is Confidence.ALLEGED
    assert [c.text for c in claim.cues] == [adverb]


@pytest.mark.parametrize("adverb", ["reportedly", "purportedly"])
def test_reportedly_names_nobody(adverb: str) -> None:
    """'reportedly' and 'purportedly' signal an unnamed attribution (SPEC)."""
    claim = _only(f"The company {adverb} cut 200 jobs last month.")
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.confidence is Confidence.ALLEGED


def test_an_attitude_verb_in_the_content_hedges() -> None:
    """'said witnesses believe …': the reported content is held as a belief."""
    claim = _only("Police said witnesses believe the driver fled north.")
    assert claim.confidence is Confidence.HEDGED
    assert "believe" in [c.text for c in claim.cues]


def test_a_denial_in_a_relative_clause_is_someone_elses() -> None:
    """The union's dispute inside the spokesman's content does not deny his claim."""
    claim = _only("The spokesman said the figures, which the union disputes, were accurate.")
    assert claim.confidence is Confidence.REPORTED
    assert all(c.text != "disputes" for c in claim.cues)


def test_a_gerund_is_no_attitude() -> None:
    """'cautious of believing assertions' holds no belief: the content is reported."""
    claim = _only(
        "The adviser urged buyers to be cautious of believing assertions made by sellers."
    )
    assert claim.confidence is Confidence.REPORTED


def test_replaying_the_cues_gives_the_label() -> None:
    """The cues each claim lists decide its label (every label explained)."""
    from claimscope import confidence

    doc = claimscope.annotate(
        "Police said witnesses believe the driver fled north. The suspect allegedly "
        "stole a car. The spokesman said the figures, which the union disputes, were "
        "accurate."
    )
    for claim in doc.claims:
        attributed = claim.source.type is not SourceType.AUTHOR
        assert confidence.label(claim.cues, attributed=attributed) is claim.confidence
