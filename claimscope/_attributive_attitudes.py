"""An attitude adjective on a noun (*calls from worried customers*, *the worried
parents of the pupils*): it describes the people, it holds no proposition of theirs,
so it is no hedge of the claim it stands in (*her organisation has taken 600 calls
from worried customers* is reported, not hedged). *Residents are worried that …*
and *worried about turnout* are :mod:`claimscope.cue_senses`' business.
"""

from __future__ import annotations

import regex

_BEFORE = frozenset(
    """from of with for by to among between and or the a an many some several more most
    other these those their his her its our your thousands hundreds dozens""".split()
)
"""Words before an attributive adjective (a preposition, determiner or quantifier)."""

_NOT_NOUNS = frozenset("that about by over for of to at in on if whether and or".split())
"""Words after the adjective that make it predicative or give it a complement."""

_NEXT = regex.compile(r"[^\S\n]+([\p{L}][\p{L}'’\-]*)")


def attributive_attitude(text: str, end: int, prev: str) -> bool:
    """Whether the attitude adjective ending at ``end`` (after the word ``prev``,
    lower case) modifies the noun after it (*from worried customers*)."""
    if prev not in _BEFORE:
        return False
    m = _NEXT.match(text, end, min(len(text), end + 40))
    return m is not None and m.group(1).casefold() not in _NOT_NOUNS
