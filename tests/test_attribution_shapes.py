"""Sentence shapes the attribution patterns read (composed news sentences).

Each case: the text, then the expected claims as (content, source text, rule).
"""

from __future__ import annotations

import pytest

import claimscope

CASES: list[tuple[str, str, list[tuple[str, str | None, str]]]] = [
    (
        "parenthetical-said",
        "The larger landers, he said, could deliver tools to the crew.",
        [("The larger landers, he said, could deliver tools to the crew", "he", "C, X said")],
    ),
    (
        "parenthetical-officials",
        "The plan, officials said, is dead.",
        [("The plan, officials said, is dead", "officials", "C, X said")],
    ),
    (
        "participle-after-parenthesis",
        "\u201cIt is over,\u201d Tom Reyes said, citing the polls.",
        [
            ("\u201cIt is over,\u201d", "Tom Reyes", "C, X said"),
            ("the polls", "Tom Reyes", "X did \u2026, saying C"),  # PolNeAR counts citing
        ],
    ),
    (
        "quote-then-appositive-said-of",
        "\u201cWe had to move faster,\u201d Ana Ruiz, a NASA official, said of the plan "
        "in a call with reporters.",
        [("\u201cWe had to move faster,\u201d", "Ana Ruiz", '"C," X, appositive, said')],
    ),
    (
        "dash-aside-in-content",
        "The agency said the five firms \u2014 Acme, Borealis and Cobalt \u2014 had been chosen.",
        [
            (
                "the five firms \u2014 Acme, Borealis and Cobalt \u2014 had been chosen",
                "The agency",
                "X said C",
            )
        ],
    ),
    (
        "adjunct-before-that",
        "Jane Doe said in an interview that the unit was disbanded.",
        [("the unit was disbanded", "Jane Doe", "X said C")],
    ),
    (
        "intro-clause-then-quote",
        'After the vote, he admitted "politics in this town" meant few options.',
        [('"politics in this town" meant few options', "he", "X said C")],
    ),
    (
        "quote-then-adding",
        'In a statement, the firm said: "Sales were strong," adding that profits rose.',
        [
            ('"Sales were strong,"', "the firm", "X said C"),
            ("profits rose", "the firm", "X did \u2026, saying C"),
        ],
    ),
]


CASES += [
    (
        "quantity-who-reported",
        "Among adults, the number who reported using cannabis rose by 23 percent.",
        [
            (
                "Among adults, the number who reported using cannabis rose by 23 percent.",
                None,
                "author",
            )
        ],
    ),
    (
        "people-found-a-thing",
        "Responding officers found a man lying on the ground.",
        [("Responding officers found a man lying on the ground.", None, "author")],
    ),
    (
        "study-found-a-link",
        "The study found a link between screen time and poor sleep.",
        [("a link between screen time and poor sleep", "The study", "X said C")],
    ),
    (
        "people-found-a-clause",
        "Investigators found the plane had been overloaded.",
        [("the plane had been overloaded", "Investigators", "X said C")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shape(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """The claims of the sentence: content, source and the rule that read them."""
    doc = claimscope.annotate(text)
    got = [(c.text, c.source.text, c.rule.value) for c in doc.claims]
    assert got == expected
