"""A run of capitalised words longer than any name is no mention (issue 20, item 6).

Hostile text such as *U.S. U.S. U.S. …* or pages of spaced initials once made one
mention as long as the text; these tests hold the output's shape, not its speed.
"""

from __future__ import annotations

import doctest

import claimscope
from claimscope.entities import build_entities, find_mentions, run_cap
from claimscope.entities.run_cap import MAX_RUN_WORDS, too_long_run
from claimscope.segment import segment


def _mentions(text: str) -> list[str]:
    spans, _ = segment(text)
    return [text[m.start : m.end] for m in find_mentions(text, spans)]


def test_run_cap_doctests_pass() -> None:
    """The module's examples run."""
    assert doctest.testmod(run_cap).failed == 0


def test_long_abbreviation_run_gives_no_giant_mention() -> None:
    """Thousands of *U.S.* in a row make no mention, nor an entity spanning them."""
    text = "U.S. " * 5000
    assert _mentions(text) == []
    spans, _ = segment(text)
    assert all(
        m.end - m.start < 200 for e in build_entities(text, spans).entities for m in e.mentions
    )
    doc = claimscope.annotate(text)
    assert all(len(e.name.text) < 200 for e in doc.entities)


def test_long_initials_run_gives_no_giant_mention() -> None:
    """A page of spaced initials and titles is no name; the sentence after it still is
    read."""
    head = "A. B. C. D. E. F. G. H. Dr. J. K. L. M. " * 400
    text = head + "\n\nThe mayor, Maria Lopez, said the bridge would reopen in May."
    found = _mentions(text)
    assert "Maria Lopez" in found
    assert all(len(m) < 200 for m in found)


def test_run_cap_counts_words_not_characters() -> None:
    """A run over the cap in words is too long however short its words; one within
    it is not, however long its words."""
    many = " ".join(["X"] * (MAX_RUN_WORDS + 1))
    assert too_long_run(many, 0, len(many))
    few = " ".join(["Supercalifragilistic"] * MAX_RUN_WORDS)
    assert not too_long_run(few, 0, len(few))


def test_title_case_headline_and_long_names_still_read() -> None:
    """The longest capitalised runs of real news, a title-case headline and a long
    organisation name, are within the cap: the name after the headline is found."""
    text = (
        "Council Votes To Close The Old Harbour Bridge For Repairs As Costs Rise Again\n\n"
        "The Ministry of Trade, Industry and Energy said on Monday that exports rose. "
        "Its spokesman, Kim Soo-jin, said the figures were encouraging."
    )
    found = _mentions(text)
    assert any(m.endswith("Ministry of Trade, Industry and Energy") for m in found)
    assert "Kim Soo-jin" in found
