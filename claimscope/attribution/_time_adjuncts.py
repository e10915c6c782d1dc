"""A time adjunct between a reporting verb and its content with no *that*: *said on
Thursday the province would ask*, *told reporters last week he would stay*, *said
Monday the plant would close*.

The content is the clause after the time phrase; the time phrase dates the saying,
so it belongs to neither the content nor the source. A weekday that is the clause's
own subject (*said Friday was the deadline*) is no adjunct: the word after the time
phrase must open a clause (a determiner, a subject pronoun or a capitalised name).
"""

from __future__ import annotations

from claimscope import _grammar
from claimscope.attribution.phrase_shape import TIME_LEADS, TIME_NOUNS

_CLAUSE_OPENERS = _grammar.SUBJECT_PRONOUNS | {
    "it",
    "you",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "this",
    "these",
    "those",
}
"""Lower-case words that open the content's clause after the time phrase."""

_LEADS = TIME_LEADS - {"that"}
"""*on*, *last*, *this* … before a time noun (*that* after a cue opens the content)."""


def past_time_adjunct(tokens: list[tuple[int, int, str]], i: int) -> int:
    """Token ``i``, or the one after a time phrase opening at ``i`` (*on Thursday*,
    *last week*, *Monday*) when a clause follows it."""
    j = i
    if j < len(tokens) and tokens[j][2].casefold() in _LEADS:
        j += 1
    if j >= len(tokens) or tokens[j][2].casefold() not in TIME_NOUNS:
        return i
    j += 1
    if j >= len(tokens):
        return i
    word = tokens[j][2]
    if word.casefold() in _CLAUSE_OPENERS or (word[:1].isupper() and word.isalpha()):
        return j
    return i
