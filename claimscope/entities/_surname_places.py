"""Places whose last word is also a common surname (*Castlegate Park*, *Fenwick
Hill*, *Ashby Wood*): ``lexicons/place_words.txt`` leaves these words out, as *Jane
Park* is a person; a name ending in one is a place when the text puts it where a
place stands, for :mod:`.kinds`."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimscope.entities.entity import _Ent
from claimscope.entities.words import _given_names

__all__ = ["surname_place"]

_SURNAME_PLACE_WORDS = frozenset("Park Hill Wood Lake Green Field Fields Gardens".split())
"""Last words of place names that are common surnames too (so not in
``place_words.txt``)."""

_LOCATIVE = regex.compile(
    r"(?<![\w'’])(?:in|at|near|outside|inside|into|through|across|around|opposite|beside"
    r"|behind|past|towards?)\s+(?:the\s+)?\Z",
    regex.I,
)
"""A preposition of place (and *the*) right before a name: *gathered at Castlegate
Park*, *the path through Ashby Wood*."""


def surname_place(text: str, e: _Ent, words: Sequence[str]) -> str:
    """The place word ending ``e``'s name of two or more words (*Park* of *Castlegate
    Park*) when a name mention stands after a preposition of place, the name opens with
    no given name and no title, pronoun or gender marks a person; else ``""``."""
    if len(words) < 2 or words[-1] not in _SURNAME_PLACE_WORDS:
        return ""
    if words[0].casefold() in _given_names() or e.titled or e.gender or e.pronoun_gender:
        return ""
    for m in e.mentions:
        if m.kind == "name" and _LOCATIVE.search(text, max(0, m.start - 16), m.start):
            return words[-1]
    return ""
