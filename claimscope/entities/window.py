"""Reading a source noun with the few words it needs, not its whole window.

A description is read from the words around its head noun (:mod:`.mentions`): up to
six words back for its determiners and modifiers, a few ahead for a compound head, a
possessor's apostrophe or *a report from …*. The window that bounds that reading
(:data:`~.mentions._WINDOW_BEFORE` and :data:`~.mentions._WINDOW_AFTER` characters)
holds some sixteen words, of which a reading looks at six or so: most descriptions
end on the left at *the* or *a*, and on the right at the next word.

So a noun is first read in a near window, cut at spaces inside the whole one, whose
tokens are those of the whole window between the cuts (no token holds a space). Each
cut end of the token list holds :data:`EDGE`, which stands for the tokens not read:
looking into it raises :class:`Unread`, and the noun is read again in the whole
window. A reading that never looks into an edge decides every test as it would in
the whole window: its index tests against the list's ends (``k > 0``, ``j < n``)
are each made next to a token it reads, so an edge it does not read is never the
one that decides them. The result is the whole window's, at a third of the tokens.
"""

from __future__ import annotations

from typing import NoReturn, cast

from claimscope.entities.words import Tok

NEAR_BEFORE = 16
"""How many characters before the noun the near window holds at least (two words
or three: most descriptions start at a determiner just before their head)."""
NEAR_AFTER = 8
"""How many characters after the noun the near window holds at least (a word or
two: a compound head or the word that shows the noun a modifier). These two sizes
read the fewest tokens on news, counting the readings done again."""


class Unread(Exception):
    """A reading looked beyond its near window: read it again in the whole one."""


class _Edge(tuple[int, int, str]):
    """The tokens beyond a cut end of a near window: ordered like a token where a
    search compares it, unreadable where a reading looks into it."""

    __slots__ = ()

    def __getitem__(self, key: object) -> NoReturn:
        raise Unread

    def __iter__(self) -> NoReturn:
        raise Unread


EDGE = cast(Tok, _Edge((-1, -1, "")))
"""The one edge token (both ends: it is never compared, only looked into)."""


def near_window(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """A window inside ``[lo, hi)`` around the noun at ``[start, end)``, cut just
    after a space before it and at a space after it (each end left where it is when
    no space falls in range)."""
    cut = text.rfind(" ", lo, start - NEAR_BEFORE) if start - NEAR_BEFORE > lo else -1
    near_lo = cut + 1 if cut >= 0 else lo
    cut = text.find(" ", end + NEAR_AFTER, hi) if end + NEAR_AFTER < hi else -1
    near_hi = cut if cut >= 0 else hi
    return near_lo, near_hi
