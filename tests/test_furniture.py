"""Page furniture: the sentences that are not claims (SPEC, "Claims")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope.furniture import (
    _MINOR_WORDS,
    _TITLE_WORD,
    _is_title_case,
    furniture_reason,
    is_question,
)


@pytest.mark.parametrize(
    ("sentence", "whole", "reason"),
    [
        ("Harbour Bridge to Close for Repairs", True, "headline"),
        ("Harbour Bridge to Close for Repairs.", True, "headline"),
        ("By Maria Lopez", True, "byline"),
        ("Reporting by Tom Reyes; editing by Ann Lee.", True, "byline"),
        ("BY JANE DOE", True, "byline"),
        ("Written by Jane Doe", False, "byline"),
        ("Additional reporting by Tom Reyes.", False, "byline"),
        ("Edited by Ann Lee", True, "byline"),
        ("© Photo: Jane Doe / Example Agency", True, "caption"),
        ("The mayor waves to supporters (AP Photo/Jane Doe)", False, "caption"),
        ("READ NEXT", True, "navigation"),
        ("Will the bridge reopen before winter?", False, "question"),
        ("— — —", True, "no words"),
    ],
)
def test_furniture(sentence: str, whole: bool, reason: str) -> None:
    assert furniture_reason(sentence, whole_paragraph=whole) == reason


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("The bridge will close for repairs on Monday, the council said.", True),
        ("The bridge will close for repairs on Monday, the council said.", False),
        ("“We have no choice,” the mayor said of the closure.", True),
        ("Harbour Bridge to Close for Repairs", False),  # inside a paragraph: prose
        ('"It Is Over" — Jane Doe, chief executive', True),  # a credited quote
        ("Photography lessons drew 40 pupils this summer.", False),
    ],
)
def test_prose_is_not_furniture(sentence: str, whole: bool) -> None:
    assert furniture_reason(sentence, whole_paragraph=whole) is None


def test_a_quoted_question_is_not_a_question() -> None:
    assert is_question("“Why now?” she asked the board.") is False
    assert is_question("Why did the board wait?”") is True


def _title_case_reference(sentence: str) -> bool:
    """The headline rule as SPEC states it, without the early exits."""
    if '"' in sentence[1:-2] or "“" in sentence[1:-2]:
        return False
    words = _TITLE_WORD.findall(sentence)
    if not 3 <= len(words) <= 25:
        return False
    major = [w for w in words if w.casefold() not in _MINOR_WORDS]
    return bool(major) and all(w[:1].isupper() or w[:1].isdigit() for w in major)


_WORDS = st.sampled_from(
    ["Bridge", "bridge", "to", "the", "Of", "of", "2024", "U.S.", "Mayor's", "x", "É", "'"]
)


@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_title_case_matches_its_reference(sentence: str) -> None:
    assert _is_title_case(sentence) == _title_case_reference(sentence)
