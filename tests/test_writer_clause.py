"""The writer's own clause beside an attribution in the same sentence: one reading
(:func:`claimscope.attribution.author.writer_clause`) of where the writer's clause
ends before the sentence's first attribution.

Composed news sentences.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from strategies import news_texts

import claimscope
from claimscope import SourceType
from claimscope.attribution import author


def _authors(text: str) -> list[str]:
    """The texts of the author-voiced claims of ``text``."""
    return [c.text for c in claimscope.annotate(text).claims if c.source.type is SourceType.AUTHOR]


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "At a rally in Leeds on Saturday, the party leader launched a fierce attack on "
            "the government, after ministers said the rail link would be delayed.",
            "At a rally in Leeds on Saturday, the party leader launched a fierce attack on "
            "the government",
        ),
        (
            "In May, the agency awarded contracts to three lander companies, but one of "
            "them cancelled its order two months later, citing internal business issues.",
            "In May, the agency awarded contracts to three lander companies, but one of "
            "them cancelled its order two months later",
        ),
        (
            "Between 130 and 160 courses are closing every 12 months, and industry "
            "officials say the trend will continue.",
            "Between 130 and 160 courses are closing every 12 months",
        ),
        (
            "Then there was the question of the missing ledger, and auditors said it was "
            "never found.",
            "Then there was the question of the missing ledger",
        ),
    ],
)
def test_a_main_clause_after_an_adjunct_is_the_writers(text: str, writer: str) -> None:
    """'At a rally in Leeds on Saturday, the leader attacked X, after ministers said C':
    the adjunct opens the writer's main clause, which is a claim of its own (an opening
    adjunct, a number after *Between* or a sentence-opening *Then* no longer hides it)."""
    assert _authors(text) == [writer]


def test_an_adjunct_alone_before_an_attribution_is_no_claim() -> None:
    """'In the old mill towns of the north, after historians argued that C': the
    stretch before the attribution is an adjunct with no main clause, so it makes no
    author claim."""
    text = "In the old mill towns of the north, after historians argued that the unions held power."
    assert _authors(text) == []


def test_the_writers_clause_ends_before_a_source_named_after_but() -> None:
    """'Rail fares rose again in January, but the union's leaflet was full of promises
    ... and warning that C': the source named after ', but' starts the attribution, so
    the writer's clause ends at that comma though the cue comes later."""
    text = (
        "Rail fares rose again in January, but the union's new leaflet was full of "
        "promises to keep fighting and warning that strikes would resume."
    )
    assert _authors(text) == ["Rail fares rose again in January"]


def test_a_relative_clause_mid_sentence_does_not_hide_the_writers_clause() -> None:
    """'Some members of Congress have backed free trade, but Representative Brooks,
    who has welcomed X, does not mince words': the attribution starts at its source
    after ', but'; the relative pronoun inside it does not hide the writer's clause."""
    text = (
        "Some conservative members of Congress have been sympathetic to free trade in "
        "the past, but Representative Brooks, who has welcomed support from the Tea "
        "Party, doesn't mince words about where he stands."
    )
    assert _authors(text) == [
        "Some conservative members of Congress have been sympathetic to free trade in the past"
    ]


def test_a_dangling_conjunction_is_no_part_of_the_writers_clause() -> None:
    """'X stood at his pulpit in Y, and, citing Z, endorsed W': before a participle cue
    sharing its subject, the writer's clause ends before ', and', not after it."""
    text = (
        "On Sunday, the pastor stood at his pulpit in Burlington, Iowa, and, citing "
        "scripture, endorsed the senator."
    )
    cue = text.index("citing")
    first = author.First(10, cue, True, -1, text.index(", endorsed"))
    cut = author._joined_at(text, (0, len(text)), first)
    assert cut is not None
    assert text[:cut] == "On Sunday, the pastor stood at his pulpit in Burlington, Iowa"


@settings(max_examples=150, deadline=None)
@given(news_texts())
@example("• It carries 40,000 cars a day. ")  # the bullet is no part of the claim
@example(  # a question closing with ?! is no claim (it read "it?!" as a claim of "you")
    "you believe it?! The Harbour Bridge will close for six months, the council said on Tuesday. "
)
@example("you believe it?!\u200b")  # a zero-width space after the question mark
@example("you believe it?! \u201c ")  # a stray opening quote after it
@example("you believe it?! he cables are older than anyone expected,\u201d said Jane Doe. ")
def test_a_writers_clause_opens_its_sentence_and_overlaps_no_attribution(text: str) -> None:
    """An author claim that is part of a sentence starts where its sentence does (or
    right after a dateline opening it: *WASHINGTON (AP) —*, or a list item's bullet:
    *• It carries …*) and overlaps no attributed claim's content."""
    from claimscope.attribution.context import BULLETS, DATELINE

    doc = claimscope.annotate(text)
    attributed = [c for c in doc.claims if c.source.type is not SourceType.AUTHOR]
    for c in doc.claims:
        if c.source.type is not SourceType.AUTHOR:
            continue
        sentence = doc.sentences[c.sentence]
        if (c.start, c.end) != (sentence.start, sentence.end):
            dateline = DATELINE.match(text, sentence.start, sentence.end)
            bullet = text[sentence.start : c.start].strip() in BULLETS
            assert c.start == sentence.start or bullet or (dateline and c.start == dateline.end())
            assert all(a.end <= c.start or a.start >= c.end for a in attributed)


@pytest.mark.parametrize(
    "text",
    [
        "But farm unions, environmental groups, and many rural lawmakers claim the "
        "trade deal will cost thousands of jobs.",
        "Teachers, school nurses, or worried parents say the new timetable leaves "
        "pupils without lunch.",
    ],
)
def test_a_list_of_subjects_is_no_writers_clause(text: str) -> None:
    """'But farm unions, environmental groups, and many lawmakers claim C': the
    members before *, and* are the attribution's own subjects, not a clause of the
    writer's, so no author claim is cut from them."""
    assert _authors(text) == []


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "Prices rose again, inflation slowed sharply, and analysts said the bank would "
            "hold rates.",
            "Prices rose again, inflation slowed sharply",
        ),
        (
            "In March, shares rose sharply, and analysts said the rally would not last.",
            "In March, shares rose sharply",
        ),
    ],
)
def test_short_clauses_before_and_stay_the_writers(text: str, writer: str) -> None:
    """'Prices rose, inflation slowed, and analysts said C': short comma-separated
    pieces with a past form, or opened by a preposition, are the writer's clause."""
    assert _authors(text) == [writer]
