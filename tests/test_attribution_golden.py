"""Golden articles: expected claims with their source, type, confidence and quote kind.

The cases live in ``tests/golden/attribution.json``; each names where it came from.
An expected claim is found by its content text (``contains`` allows a content span
that holds the given text instead of equalling it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimscope
from claimscope import Claim, Document

CASES = json.loads((Path(__file__).parent / "golden" / "attribution.json").read_text("utf-8"))


def _find(doc: Document, expected: dict[str, Any]) -> Claim:
    wanted = expected["content"]
    for claim in doc.claims:
        if claim.text == wanted or claim.text.strip(" .") == wanted.strip(" ."):
            return claim
    if "contains" in expected:
        for claim in doc.claims:
            if expected["contains"] in claim.text:
                return claim
    found = "\n".join(f"  {c.text!r} ({c.source.type.value}, {c.rule})" for c in doc.claims)
    raise AssertionError(f"no claim with content {wanted!r}; claims are:\n{found}")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_article(case: dict[str, Any]) -> None:
    """Each expected claim is found with the expected source, type and labels."""
    doc = claimscope.annotate(case["text"])
    for expected in case["claims"]:
        claim = _find(doc, expected)
        where = f"claim {claim.text!r} (rule {claim.rule!r})"
        assert claim.source.type.value == expected["type"], where
        if "source" in expected:
            assert claim.source.text == expected["source"], where
        if "mention" in expected:
            assert claim.source.mention is not None, where
            assert claim.source.mention.text == expected["mention"], where
        if "confidence" in expected:
            assert claim.confidence.value == expected["confidence"], where
        if "quote" in expected:
            assert claim.quote.value == expected["quote"], where
        if "chain" in expected:
            assert [link.text for link in claim.chain] == expected["chain"], where
    for text in case["absent"]:
        assert all(text not in c.text for c in doc.claims), f"{text!r} must not be a claim"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_reasons_agree_with_labels(case: dict[str, Any]) -> None:
    """Every non-default confidence label is backed by at least one cue."""
    doc = claimscope.annotate(case["text"])
    for claim in doc.claims:
        if claim.confidence.value in ("denied", "alleged", "hedged"):
            assert claim.cues, f"{claim.text!r} is {claim.confidence.value} without a cue"
        if claim.source.type.value != "author" and claim.rule != "reportedly":
            assert claim.rule, claim.text


@pytest.mark.parametrize("addressee", ["her", "him", "them", "the"])
def test_inverted_told_with_only_a_pronoun_after_it(addressee: str) -> None:
    """Regression: "…, the mayor told her." (nothing after the addressee) raised
    IndexError on a PolNeAR train article; the words before the comma are the claim."""
    text = (
        "Her husband was free and would soon be coming home, "
        f"the mayor told {addressee}. It was a short call."
    )
    doc = claimscope.annotate(text)
    claim = doc.claims[0]
    assert claim.text == "Her husband was free and would soon be coming home"
    assert claim.source.text == "the mayor"
