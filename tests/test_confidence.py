"""Tests for claimscope.confidence: labels recomputed from cues, negation, sense traps."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from strategies import article_texts

import claimscope
from claimscope import confidence
from claimscope.model import Confidence, Cue, CueKind, SourceType

GOLDEN = Path(__file__).parent / "golden"


def _main_label(text: str) -> str:
    doc = claimscope.annotate(text)
    if not doc.claims:
        return "asserted"
    best = max(doc.claims, key=lambda c: (c.end - c.start, -c.start))
    return best.confidence.value


def _cases() -> list[Any]:
    cases = json.loads((GOLDEN / "confidence_senses.json").read_text(encoding="utf-8"))["cases"]
    return [pytest.param(case, id=f"confidence_senses-{i}") for i, case in enumerate(cases)]


@pytest.mark.parametrize("case", _cases())
def test_golden_sense_traps(case: dict[str, Any]) -> None:
    """Each composed sentence's main claim carries the label a careful reader gives it."""
    assert _main_label(case["text"]) == case["confidence"], case["note"]


@given(article_texts())
def test_replaying_a_claims_cues_gives_its_label(text: str) -> None:
    """Every label is explained by its cues: replaying a claim's cues through
    confidence.label gives the claim's label, and the reasons are among the cues."""
    for claim in claimscope.annotate(text).claims:
        attributed = claim.source.type is not SourceType.AUTHOR
        assert confidence.label(claim.cues, attributed=attributed) is claim.confidence
        why = confidence.reasons(claim.cues, claim.confidence)
        assert set(why) <= set(claim.cues)
        if claim.confidence not in (Confidence.ASSERTED, Confidence.REPORTED):
            assert why, f"{claim.confidence} with no cue arguing for it: {claim.cues}"


def _cue(kind: CueKind, stance: str | None, *, negated: bool = False) -> Cue:
    return Cue("word", 0, 4, kind, entry="word", stance=stance, negated=negated)


@pytest.mark.parametrize(
    ("kind", "stance", "negated", "expected"),
    [
        (CueKind.DENIAL, "denial", False, Confidence.DENIED),
        (CueKind.DENIAL, "denial", True, Confidence.REPORTED),
        (CueKind.REPORTING, "denial", True, Confidence.REPORTED),
        (CueKind.HEDGE, "hedging", True, Confidence.HEDGED),
        (CueKind.REPORTING, "endorsing", True, Confidence.HEDGED),
        (CueKind.REPORTING, "neutral", True, Confidence.REPORTED),
        (CueKind.REPORTING, "hedging", False, Confidence.HEDGED),
        (CueKind.DISTANCING, "distancing", False, Confidence.ALLEGED),
    ],
)
def test_cue_label_negation_scope(
    kind: CueKind, stance: str, negated: bool, expected: Confidence
) -> None:
    """A negated denial is no denial, a negated hedge still hedges, a negated
    endorsement (could not confirm) hedges and a negated neutral verb (did not
    respond) reports a negative fact."""
    assert confidence.cue_label(_cue(kind, stance, negated=negated)) is expected


def test_precedence_denied_over_alleged_over_hedged() -> None:
    """SPEC's order decides when several cues apply."""
    cues = [
        _cue(CueKind.HEDGE, "hedging"),
        _cue(CueKind.DISTANCING, "distancing"),
        _cue(CueKind.DENIAL, "denial"),
    ]
    assert confidence.label(cues, attributed=True) is Confidence.DENIED
    assert confidence.label(cues[:2], attributed=False) is Confidence.ALLEGED
    assert confidence.label(cues[:1], attributed=False) is Confidence.HEDGED
    assert confidence.label([], attributed=False) is Confidence.ASSERTED
    assert confidence.label([], attributed=True) is Confidence.REPORTED


def test_context_rules_record_their_reason() -> None:
    """A cue whose kind a context rule decided says which rule, so a user can ask why."""
    doc = claimscope.annotate("Rain is expected on Monday. The Senate rejected the amendments.")
    reasons = {c.text: c.reason for claim in doc.claims for c in claim.cues}
    assert reasons["expected"] == "passive attitude participle"
    assert reasons["rejected"].startswith("rejection of a proposal")
