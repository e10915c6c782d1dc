"""Elegant variation: a definite description standing for the person just named.

News prose names a person, then refers back to them by a description rather than a
pronoun: *Donald Trump says he has big plans. The Republican presidential nominee
noted …*; *Jane Roe spoke in Ohio. The former senator said …*. When such a
description opens its sentence as the subject, and no earlier mention of the same
description or role exists, it means the person who was the subject of one of the
last two sentences. A bare role (*The mayor said*) often introduces someone new and
is left alone; a description with a modifier before its head (*The former senator*,
*The Republican nominee*), or a party or nationality word after *the* (*The
Republican*), is the reporter's variation.

This module only chooses; :mod:`claimscope.entities.cluster` joins the mention to
the entity chosen. It reads the mentions and the entities already built, and never
the text beyond the mention's own words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

import regex

from claimscope._grammar import AUXILIARIES, CLAUSE_WORDS, PREPOSITIONS, RELATIVE_PRONOUNS
from claimscope.entities.mentions import Mention

__all__ = ["is_variation", "varied_subject"]

_E = TypeVar("_E")

_REACH = 2
"""How many sentences back the person named may stand."""

_LOOKBACK = 40
"""How many earlier mentions are looked at (the scan stays short)."""


_NEXT_WORD = regex.compile(r"[^\S\n]+(?:[\p{Ll}]+ly[^\S\n]+)?(\p{Ll}[\p{Ll}']*)")
"""The lower-case word after a mention (past an adverb in *-ly*): its verb, or the
noun it modifies."""


_NOT_NOUNS = AUXILIARIES | PREPOSITIONS | CLAUSE_WORDS | RELATIVE_PRONOUNS | {"and", "or", "who"}
"""Lower-case words after a name that are no noun it could modify."""

_MEMBER_ENDINGS = ("an", "at", "ist", "ese", "ite")
"""Endings of the capitalised words naming a member of a party, place or movement
(*Republican*, *Democrat*, *Texan*, *Socialist*, *Vietnamese*, *Trotskyite*)."""


_STANDING = frozenset("former longtime veteran outgoing incumbent embattled".split())
"""Lower-case modifiers that describe a known person's standing (*The former
senator*); other lower-case modifiers (*The staff member*) bring in someone new."""


_SPEECH_TAG = regex.compile(r"[,!?][\"”’'][^\S\n]+\Z")
"""*"The lads are buzzing," the 24-year-old striker said*: the mention right after a
quotation's closing comma is the subject of its speech tag."""

_AGED = regex.compile(r"[0-9]{1,3}-year-old")
"""*The 24-year-old striker*: an age before a role noun describes the person just
named, as in match and court reports."""


def _modifier(text: str, start: int, end: int) -> bool:
    """Whether the name at ``[start, end)`` modifies the lower-case noun right after
    it: a determiner opens it (*The Republican presidential nominee*, *the Trump
    team*) and the next word is neither its verb (*The Republican noted*, *is*) nor a
    function word (*on*, *and*, *who*). A bare name before a lower-case word is a
    subject and its verb (*Jane Roe spoke*)."""
    before = text[max(0, start - 4) : start].casefold()
    if not (
        text[start : start + 4].casefold() in ("the ", "a ") or before.endswith(("the ", "a "))
    ):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word not in _NOT_NOUNS and not word.endswith(("s", "ed"))


def is_variation(text: str, m: Mention, role: bool) -> bool:
    """Whether mention ``m`` has the shape of an elegant variation: a definite
    singular subject opening with *the*, and either a single capitalised word for a
    member (*The Republican*) right before its verb, or, for a role noun (``role``),
    a capitalised or standing modifier before its head (*The Vermont senator*, *The
    former senator*), with no relative clause after it."""
    if m.plural or not (m.subject or _SPEECH_TAG.search(text, max(0, m.start - 6), m.start)):
        return False  # most mentions: read no further
    words = text[m.start : m.end].split()
    if len(words) < 2 or words[0] not in ("The", "the"):
        return False
    if m.kind == "name":
        after = _NEXT_WORD.match(text, m.end)
        return (
            len(words) == 2
            and not m.possessive
            and words[1].endswith(_MEMBER_ENDINGS)  # not "The FBI", "The Europeans"
            and after is not None
            and not _modifier(text, m.start, m.end)
        )  # "The Republican noted", not "The Republican presidential nominee"
    modifiers = words[1:-1]
    return (
        role
        and m.definite
        and len(words) >= 3
        and not m.possessive
        and any(
            w[:1].isupper() or w.casefold() in _STANDING or _AGED.fullmatch(w) for w in modifiers
        )
        and text[m.end : m.end + 5].split()[:1] not in (["who"], ["that"], ["whose"])
    )  # "The Vermont senator", "The former senator"; not "The staff member who …"


def varied_subject(
    text: str,
    m: Mention,
    role: bool,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    of: Mapping[tuple[int, int], _E],
    kind_of: Callable[[_E], str],
) -> _E | None:
    """The person entity whose name was the subject of one of the last
    :data:`_REACH` sentences before mention ``m`` (the latest such; sentences whose
    subject is *he* or *she* carry the reach further back) when ``m`` has
    the shape of a variation (:func:`is_variation`; ``role``: its head is a role
    noun), else ``None``. A name that only modifies a noun is no subject; a chain of
    *he*/*she* subjects carries the reach back for a party member's word (*The
    Republican*), not for a role description (*The FBI director* is someone new).

    ``of`` maps a mention's span to its entity so far; ``kind_of`` guesses an
    entity's kind (``"person"`` for a person, not a place or a body)."""
    if not is_variation(text, m, role):
        return None
    k = bisect.bisect_left(starts, m.start) - 1
    stop = max(-1, k - _LOOKBACK)
    floor = m.sentence  # a chain of "he"/"she" subjects carries the person on
    while k > stop:
        x = mentions[k]
        k -= 1
        if x.sentence == m.sentence:
            continue
        if floor - x.sentence > _REACH:
            break
        if m.kind == "name" and x.kind == "pron" and x.subject and x.head in ("he", "she"):
            floor = x.sentence
        if x.kind != "name" or not x.subject or x.possessive or _modifier(text, x.start, x.end):
            continue  # not a subject, or a name modifying a noun ("The Republican nominee")
        e = of.get((x.start, x.end))
        if e is not None and kind_of(e) == "person":
            return e
    return None
