"""An outlet a speaker talks to is no body the text goes on to describe.

*"…," the manager told CBC News. The company expects …*: the outlet named only as
the addressee of a verb of telling is where the words were given, not the business a
later *the company* or *the firm* refers back to.
"""

from __future__ import annotations

import regex

from claimscope import lexicon, sources
from claimscope.entities.entity import _Ent
from claimscope.model import SourceType

__all__ = ["only_told_outlet"]

_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+(?:the\s+)?\Z", regex.I)
"""The word before a name, past an article (*told the Guardian*)."""


def only_told_outlet(text: str, head: str, ent: _Ent) -> bool:
    """Whether ``ent`` is a news outlet every mention of which is the addressee of a
    verb of telling (*she told CBC News*, *said in an interview with* is not one), so
    no description of a body with head noun ``head`` refers back to it (*the
    newspaper*, *the broadcaster* still may)."""
    if not ent.mentions or sources.classify("the " + head)[0] is SourceType.MEDIA:
        return False
    phrase = text[ent.name.start : ent.name.end]
    if sources.classify(phrase)[0] is not SourceType.MEDIA:
        return False
    verbs = lexicon.words("addressee_verbs")
    for m in ent.mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None or before.group(1).casefold() not in verbs:
            return False
    return True
