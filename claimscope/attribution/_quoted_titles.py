"""A quoted title before a speaker is no quotation of theirs: in *"Paper Lanterns 2"
director Mireille Dufresne said in an interview that she had nearly quit*, the quoted
words name a film and the director's content is the clause after the cue."""

from __future__ import annotations

from claimscope.attribution import what
from claimscope.model import Cue

__all__ = ["title_before_said_clause"]

_OPENING = {"”": "“", '"': '"', "’": "‘", "'": "'"}
"""The opening quotation mark for each closing one."""


def title_before_said_clause(
    text: str, sentence_start: int, close: int, rest: list[tuple[int, int, str]], cue: Cue
) -> bool:
    """Whether the quotation closing at ``close`` opens its sentence and ends with no
    punctuation inside (a title or a name, as quoted speech before its tag ends with
    a comma, full stop, question or exclamation mark), and the words after the cue
    (``rest``, up to a comma) hold a clause of their own, not only adjuncts. A
    quotation inside a phrase (*The four "loopholes" he cited are …*) is left alone."""
    if not rest or not text[close - 1 : close].isalnum():
        return False
    opening = text.rfind(_OPENING.get(text[close : close + 1], "\0"), sentence_start, close)
    if opening < 0 or text[sentence_start:opening].strip():
        return False
    return not what.adjunct_only(rest, cue)
