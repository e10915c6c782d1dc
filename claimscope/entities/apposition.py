"""Apposition: whether a description and a name stand side by side as one
entity (*Jane Roe, the chief constable*; *the chief constable of the county, Dame Ann
Lowe*; *Another traveller, Manchester resident Omar Siddiqui*), for :mod:`.cluster`."""

from __future__ import annotations

import re

from claimscope.entities.mention import Mention
from claimscope.entities.offices import bracketed, office_name
from claimscope.entities.words import (
    _APPOSITION_GAP,
    _given_names,
    _nouns,
    _role_word,
    _role_words,
)

__all__ = [
    "_apposable",
    "_apposed_gap",
    "_closes_apposition",
    "_introduced_person",
    "_role_phrase",
]

_APPOSITION_END = re.compile(
    r"(?:\s+(?:and|of|for|at|in|with|on|from)(?:\s+[\w'’.\-&]+){1,8}?|\s+who\s[^,;:.()—–\n]{1,120}?)?"
    r"(?:\s+\([A-Z][A-Za-z.&\-]{1,11}\))?"
    r"\s*(?:[,)—–;:]|\.(?:\s|\Z)|\Z)"
)
"""What closes an appositive description: a comma, bracket, dash or the sentence's end,
perhaps after a short prepositional phrase, a second description or a relative clause
on *who* (*Jane Roe, the chief constable of the county, said*; *a developer and
spokeswoman for the coalition,*; *an engineer who was not involved in the work,*;
*Another commuter, Tom Bryan from Maynooth, said*), also after an acronym in brackets
(*Ghana's regulator, the Ghana Cocoa Board (Cocobod), said*); *the mayor resigned* is a
new clause, not an apposition."""


_NAME_GIVING = re.compile(
    r", (?:who |and )?(?:identified (?:himself|herself|themselves) as"
    r"|gave (?:only )?(?:his|her|their) (?:first )?name(?: as|,)|(?:was )?named only as"
    r"|identified only as|asked to be (?:identified|named) (?:only )?as) "
)
"""A clause after a description that gives the person's name (*One passenger, who
identified herself as Priya,*; *a driver, named only as Sam,*; *Another relative,
who gave only his first name, Julio,*): the name that
follows is the described person's."""


def _apposed_gap(text: str, end: int, start: int) -> list[str] | None:
    """The words between a description ending at ``end`` and the comma before a
    name starting at ``start`` (*of the county* in *the chief constable of the
    county, Dame Ann Lowe*), or ``None`` when no comma closes a short enough gap.
    Up to two capitalised words (a title the name was read without: *Chief Officer
    Ann Webb*) may stand after the comma, a role noun (*the report's author, economist
    Daniel Kwan*), a capitalised word and a person noun (*Another traveller, Manchester
    resident Omar Siddiqui*) or a role description (*The chair of the inquiry, retired
    High Court judge Mr Justice Peter Clancy*)."""
    gap = text[end:start]
    if _NAME_GIVING.fullmatch(gap):
        return []  # "One passenger, who identified herself as Priya": the name given
    comma = gap.rfind(",")
    if comma < 0:
        return None
    title = gap[comma + 1 :].split()
    if title[:1] == ["the"]:
        del title[0]  # "The Bishop of Ravensworth, the Rt Rev Andrew Colley": a styled name
    short = len(title) <= 2 and (
        all(w[:1].isupper() or _role_word(w) for w in title) or _person_noun(title[-1], title)
    )
    if not (short or _role_words(title)):
        return None
    words = gap[:comma].split()
    if bracketed(words):
        return []  # "Minister of State for Petroleum Resources (Oil), Senator …": a label
    return words if len(words) <= _APPOSITION_GAP + 1 else None


def _apposable(text: str, m: Mention) -> bool:
    """Whether ``m`` may stand before a name in apposition as its description: a
    singular description, or an office written as a title (*Minister of State for
    Health, Dr Ana Ruiz*; :func:`~claimscope.entities.offices.office_name`)."""
    return (m.kind == "desc" and not m.plural) or office_name(text, m)


def _person_noun(word: str, title: list[str]) -> bool:
    """Whether ``word`` is the lower-case person noun closing a short description
    before a name (*Manchester resident*, *local farmer*, *retired banker*): the last
    of ``title``, a role or group noun, after a capitalised or lower-case word."""
    return (
        len(title) == 2
        and word is title[1]
        and title[0].isalpha()
        and _nouns().get(word) in ("role", "group")
    )


def _introduced_person(text: str, m: Mention) -> bool:
    """Whether the name ``m``, read past other names after a role phrase, is a
    person's full name closing an apposition (*Head of the Kent Police Division,
    Supt Jane Roe, said*): not a place after a town (*the mayor of Roanoke,
    Virginia,*), a list of places or a capitalised verb (*the head of Acme,
    Tweeted*)."""
    return (
        len(m.words) >= 2
        and bool(m.title or m.roles or m.words[0].casefold() in _given_names())
        and _closes_apposition(text, m.end)
    )


def _role_phrase(text: str, m: Mention) -> bool:
    """Whether the description ``m`` picks out one holder of a role: definite (*the
    chief constable of the county*) or written as a title without an article
    (*Head of the Kent Police Division*, *Chief executive of Acme*)."""
    return m.definite or (text[m.start].isupper() and not text.startswith(("A ", "An "), m.start))


def _closes_apposition(text: str, end: int) -> bool:
    return _APPOSITION_END.match(text, end, min(len(text), end + 80)) is not None
