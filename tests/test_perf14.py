"""perf14: searches that read only the end of a stretch give what a forward search gave."""

from __future__ import annotations

import regex
from hypothesis import given, settings

from claimscope.attribution import author
from tests.strategies import hostile_texts

_FORWARD_LAST_WORD = regex.compile(author._LAST_WORD.pattern.removeprefix("(?r)"))
""":data:`claimscope.attribution.author._LAST_WORD` searched forwards, as it was."""


def _found(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> object:
    m = pattern.search(text, lo, hi)
    return None if m is None else (m.span(), m.span(1))


@settings(max_examples=300, deadline=None)
@given(hostile_texts(max_size=60))
def test_last_word_backwards_is_the_forward_match(text: str) -> None:
    """The backward search finds the same last word, and the same span after it, as
    the forward search over the whole stretch, for every stretch end."""
    for hi in range(len(text) + 1):
        assert _found(author._LAST_WORD, text, 0, hi) == _found(_FORWARD_LAST_WORD, text, 0, hi)


def test_last_word_before_a_source() -> None:
    """The word that ends a writer's clause, with what follows it up to the source."""
    text = "The ferry operator cut two sailings this week, after union officials said"
    stop = text.index("union")
    m = author._LAST_WORD.search(text, 0, stop)
    assert m is not None
    assert m.group(1) == "after"
    assert m.end() == stop


def test_clause_joined_before_an_attribution() -> None:
    """The comma before a clause link ends the writer's clause (*…, after X said*);
    a summing noun phrase's *that* ends it at the comma before the phrase."""
    text = "The ferry operator cut two sailings this week, after union officials said"
    assert author._linked_before(text, 0, text.index("union")) == text.index(",")
    text = "Fares rose by a fifth in March, a move that commuters said"
    assert author._linked_before(text, 0, text.index("commuters")) == text.index(",")
    text = "Three days after the storm officials said"
    assert author._linked_before(text, 0, text.index("officials")) is None
