"""Names, sources and cues a reader meets in news from Singapore, Hong Kong, Korea,
Peru, the shipping press and US local papers (round 9c's list): portfolios before a
minister's name, family names written first, and the cues and page lines those
genres carry.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope


def _names(text: str) -> set[str]:
    return {e.name.text for e in claimscope.annotate(text).entities}


# -- a portfolio of two fields before a minister's name ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "garbled"),
    [
        (
            "Rents have risen, said Minister of State for Sustainability and the "
            "Environment Lim Wei Ming on Monday.",
            "Lim Wei Ming",
            "the Environment Lim Wei Ming",
        ),
        (
            "Secretary of State for Health and Social Care Mark Fenwick said the plan "
            "would cut waiting lists.",
            "Mark Fenwick",
            "Social Care Mark Fenwick",
        ),
        (
            "Secretary for Labour and Welfare Law Kin-wah said the scheme would be reviewed.",
            "Law Kin-wah",
            "Welfare Law Kin-wah",
        ),
    ],
)
def test_a_portfolio_after_and_is_no_part_of_the_name(text: str, name: str, garbled: str) -> None:
    """'Minister of State for Sustainability and the Environment Lim Wei Ming': the
    field after *and* closes the portfolio; the person is *Lim Wei Ming*, whose family
    name no given-name list knows, not *the Environment Lim Wei Ming*."""
    names = _names(text)
    assert name in names
    assert garbled not in names
