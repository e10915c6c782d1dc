"""Page furniture: the sentences that are not claims (SPEC, "Claims")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope import annotate
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


@pytest.mark.parametrize(
    "appeal",
    [
        "Anyone with information on the shooting is asked to call police at 502-9991.",
        "Witnesses should contact the county sheriff's office on 555-0134, quoting 4312.",
        "Anybody who saw the van is urged to get in touch with detectives.",
        "Members of the public are being asked to come forward with any footage.",
    ],
)
def test_an_appeal_for_information_is_no_claim(appeal: str) -> None:
    """A story's closing appeal for witnesses asks the reader to act and states
    nothing: its paragraph makes no claim, while the report above it keeps its own."""
    text = f"Two men were shot dead on Tuesday night, police said.\n\n{appeal}\n"
    doc = annotate(text)
    assert [c.text for c in doc.claims] == ["Two men were shot dead on Tuesday night"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Anyone who has lived in the town knows the bridge is unsafe, the mayor said.",
        "Those who attended said the meeting was tense.",
    ],
)
def test_sentences_about_anyone_still_make_claims(paragraph: str) -> None:
    """A paragraph opening with *anyone* or *those* that asks nobody to call or
    contact anyone is ordinary prose and keeps its claim."""
    doc = annotate(f"The council met on Monday.\n\n{paragraph}\n")
    assert any(c.start >= doc.text.index(paragraph) for c in doc.claims)
