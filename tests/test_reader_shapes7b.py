"""Shapes met in held-out-style news (housing, outbreak, ransomware, summit, transfer
rumour, musician profile; tests/golden/news_composed): each test composes its own
sentences for one general reading the first run got wrong.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import Confidence, SourceType


def _only(text: str) -> claimscope.Claim:
    (claim,) = claimscope.annotate(text).claims
    return claim


@pytest.mark.parametrize(
    "text",
    [
        "He is understood to be the manager's first choice for the role.",
        "The striker is understood to have agreed personal terms with the club.",
        "Both airlines were understood to be close to a deal on Sunday night.",
    ],
)
def test_x_is_understood_to_names_nobody(text: str) -> None:
    """'X is understood to …' is the raised form of 'it is understood that': an
    unnamed attribution that distances (SPEC: unspecified, alleged), like 'is said to'."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.confidence is Confidence.ALLEGED
    assert claim.text == text.rstrip(".") or claim.text == text
