"""Hedge words that hedge nothing in two uses :mod:`claimscope.cue_senses` asks about.

* An attitude adjective on a noun (*calls from worried customers*, *the worried
  parents of the pupils*) describes the people and holds no proposition of theirs, so
  *her organisation has taken 600 calls from worried customers* is reported, not
  hedged (*Residents are worried that …* and *worried about turnout* are
  :mod:`claimscope.cue_senses`' business).
* *whether* as the object of an action (*check whether*, *asked whether*) or in the
  concessive *…, whether X or Y* (*We will not spare anyone, whether inside the
  corporation or outside*), which means "in either case" and casts no doubt, or
  after a denying copula (*the question is not whether C*).
* A passive infinitive with no complement (*waited 30 years to be believed*, *wants
  to be trusted*): being believed is what someone seeks, not a doubt about content.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

_ATTRIBUTIVE_BEFORE = frozenset(
    """from of with for by to among between and or the a an many some several more most
    other these those their his her its our your thousands hundreds dozens""".split()
)
"""Words before an attributive adjective (a preposition, determiner or quantifier)."""

_COMPLEMENTS = frozenset("that about by over for of to at in on if whether and or".split())
"""Words after the adjective that make it predicative or give it a complement."""

_NEXT_WORD = regex.compile(r"[^\S\n]+([\p{L}][\p{L}'’\-]*)")


def attributive_attitude(text: str, end: int, prev: str) -> bool:
    """Whether the attitude adjective ending at ``end`` (after the word ``prev``,
    lower case) modifies the noun after it (*from worried customers*)."""
    if prev not in _ATTRIBUTIVE_BEFORE:
        return False
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return m is not None and m.group(1).casefold() not in _COMPLEMENTS


_CONCESSIVE = regex.compile(r"[^.!?;\n]{1,80}?\bor\b", regex.I)
"""An *or* ahead of *whether* within its clause."""

_PUNCTUATION_BEFORE = regex.compile(r"(?:,|—|–)[^\S\n]*\Z")
"""A comma or dash right before *whether*."""

_DOUBT_ADVERBS = ("however,", "though,", "yet,", "still,")

_DENIED_FRAME = regex.compile(
    r"\b(?:(?:is|was|are|were)[^\S\n]+not|isn['’]t|wasn['’]t)[^\S\n]+\Z", regex.I
)
"""A copula denying the question (*the question is not whether C but when*): the
*whether* sets C aside as settled and doubts nothing."""


def not_doubting_whether(text: str, start: int, prev: str, actions: Collection[str]) -> bool:
    """Whether the *whether* at ``start`` (after the word ``prev``) opens an action's
    object or a concessive *…, whether X or Y*; *it is unclear, however, whether C or
    D* still doubts."""
    if prev in actions or prev.rstrip("sd") in actions:
        return True
    if _DENIED_FRAME.search(text, max(0, start - 20), start) is not None:
        return True
    before = text[max(0, start - 12) : start]
    if _PUNCTUATION_BEFORE.search(before) is None or before.rstrip().casefold().endswith(
        _DOUBT_ADVERBS
    ):
        return False
    return _CONCESSIVE.match(text, start + 7, min(len(text), start + 90)) is not None


_TO_BE_BEFORE = regex.compile(r"\bto[^\S\n]++be[^\S\n]++\Z", regex.I)
_COMPLEMENT_AFTER = regex.compile(r"[^\S\n]*+(?:to|that)\b|[^\S\n]++\p{L}", regex.I)


def sought_belief(text: str, start: int, end: int) -> bool:
    """Whether the attitude participle at ``start``-``end`` follows *to be* and ends
    its clause (*to be believed.*, *to be believed, she said*): no content held in
    doubt (*is believed to have fled*, *to be believed by the jury* stay hedges or
    are read by the other rules)."""
    if _TO_BE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return _COMPLEMENT_AFTER.match(text, end) is None
