"""The post-modifier that completes the name of an unnamed role.

An unnamed person or group is best named by its description *with* what follows its
head: *a spokesman for the governor*, *officials at the ministry*, *a source close to
the talks*. The entity model's mentions stop at the head (*a spokesman*); this module
finds the prepositional phrase right after such a mention, on the original text, so
that the entity's name can carry it. It never rewrites text: it returns an offset.
"""

from __future__ import annotations

import regex

from claimscope import lexicon
from claimscope.entities.words import _AUXILIARIES, _NP_WORDS, _PREPOSITIONS, _verbs

__all__ = ["postmodified_end"]

_OPENING = regex.compile(
    r"[^\S\n]+(?:(?:close|closer|familiar)[^\S\n]+)?(?:for|of|at|with|from|to|in|on)\b"
)
"""The start of a post-modifier: a preposition, or *close to* / *familiar with*."""

_WORD = regex.compile(r"[^\S\n]+([\p{L}\p{N}][\p{L}\p{N}.&'’\-]*)")
"""One word of the post-modifier's noun phrase, after a space on the same line."""

_MAX_WORDS = 6
"""The longest noun phrase a post-modifier may hold (*for the Springfield Harbour
Authority*)."""

_CLAUSE = frozenset("who whom which that whose when where while as and but or if".split())
"""Lower-case words that end the noun phrase: a clause or a coordination begins."""

_ROLE_KINDS = ("role", "group")
"""The kinds of head noun whose mention takes a post-modifier into its name."""


def postmodified_end(text: str, end: int, *, definite: bool = False) -> int | None:
    """Where the prepositional post-modifier right after a mention ending at ``end``
    ends, or ``None`` when none follows. After a ``definite`` mention (*the
    president*, one person already) only *of* or *for* completes the role's name
    (*the head of the agency*); *at*, *in* or *on* says where the person is (*the
    president at Windsor*).

    >>> text = "A spokesman for the governor declined to comment."
    >>> text[: postmodified_end(text, len("A spokesman"))]
    'A spokesman for the governor'
    >>> postmodified_end("A spokesman declined to comment.", len("A spokesman")) is None
    True
    """
    m = _OPENING.match(text, end)
    if m is None or (definite and not m.group().rstrip().endswith((" of", " for"))):
        return None
    last = None
    pos = m.end()
    for i in range(_MAX_WORDS + 1):
        w = _WORD.match(text, pos)
        if w is None:
            break
        word = w.group(1).rstrip(".")
        folded = word.casefold()
        if i and _time_adjunct(text, folded, w.end(1)):
            break  # "the president at Windsor next week": the time is no part of the name

        if word[:1].islower():
            if (
                folded in _AUXILIARIES
                or folded in _CLAUSE
                or folded in _verbs()
                or (i and (folded in _PREPOSITIONS or folded in _NP_WORDS))
                or folded.endswith("ed")
                or (folded.endswith("ing") and _opens_phrase(text, w.end(1)))
            ):
                break
        elif i and folded in _CLAUSE:
            break
        if i == _MAX_WORDS or folded.endswith(("'s", "’s")):
            return None  # a phrase running on, or an owner of a later noun: no name
        pos = w.start(1) + len(word)
        if folded not in _NP_WORDS:
            last = pos  # the phrase may not end on a determiner
    return last


_DEICTIC_DAYS = frozenset(("yesterday", "today", "tonight", "tomorrow"))


def _time_adjunct(text: str, folded: str, end: int) -> bool:
    """Whether the word ``folded`` ending at ``end`` opens a time adjunct after a
    post-modifier (*next week*, *on Monday*'s *Monday*, *yesterday*;
    ``lexicons/time_words.txt``)."""
    kind = lexicon.fields("time_words").get(folded)
    if kind == "noun" or folded in _DEICTIC_DAYS:
        return True
    if kind != "opener" or folded in ("on", "that", "this"):
        return False  # "at this year's summit", "of that firm": no time yet
    after = _WORD.match(text, end)
    return (
        after is not None
        and lexicon.fields("time_words").get(after.group(1).rstrip(".").casefold()) == "noun"
    )


def _opens_phrase(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a phrase of its own (a preposition or a
    determiner): then an *-ing* word before it is a verb (*voters going to the
    polls*), not a modifier (*a swing state*)."""
    w = _WORD.match(text, pos)
    return w is not None and (w.group(1).casefold() in _PREPOSITIONS | _NP_WORDS)


def takes_postmodifier(kind: str) -> bool:
    """Whether a head noun of this kind (*role*, *group*) names an unnamed person or
    group whose name should carry its post-modifier."""
    return kind in _ROLE_KINDS
