"""Readings found on the ninth round's composed genres (a wildfire live page, a wage
strike, a cricket selection row, an awards night, an admissions lawsuit, a food
recall): each test is a general shape a reader meets in many articles.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType
from claimscope.furniture import furniture_reason


def _claim(doc: claimscope.Document, words: str) -> claimscope.Claim:
    found = [c for c in doc.claims if words in c.text]
    assert found, f"no claim holds {words!r}: {[c.text for c in doc.claims]}"
    return found[0]


def test_a_sentence_opening_with_by_and_a_time_is_no_byline() -> None:
    """*By nightfall …*, *By Monday …*, *By the time …* open prose with a time adjunct;
    only *By* and a name (*By Maria Lopez*) credits the writer."""
    text = (
        "The fire started on Tuesday near the reservoir. By nightfall it had burned "
        "3,100 acres, according to the fire service. By Monday the river had risen "
        "two metres, according to the agency."
    )
    doc = claimscope.annotate(text)
    assert _claim(doc, "it had burned 3,100 acres").source.type is not SourceType.AUTHOR
    assert _claim(doc, "the river had risen two metres").source.type is not SourceType.AUTHOR
    assert furniture_reason("By Maria Lopez, Staff Writer", whole_paragraph=False) == "byline"
    assert furniture_reason("BY TOM HARTLEY", whole_paragraph=False) == "byline"
    assert furniture_reason("By Monday the river had risen.", whole_paragraph=False) is None
