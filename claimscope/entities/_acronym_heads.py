"""The short form of a body's name that leaves out its place (*Transportation Safety
Board of Canada* → *TSB*, *Federal Police of Brazil* → *FP*).

Bodies named *X of Country* are abbreviated by the initials of *X* alone as often as
of the whole name; :mod:`claimscope.entities.cluster` indexes both.
"""

from __future__ import annotations

from collections.abc import Sequence


def head_initials(words: Sequence[str]) -> str:
    """The initials of the capitalised words before an *of* that is followed only by
    capitalised words (a place or a body), or ``""`` when the name has no such tail."""
    for i, word in enumerate(words):
        if word == "of" and i + 1 < len(words):
            if all(w[:1].isupper() for w in words[i + 1 :]):
                return "".join(w[0] for w in words[:i] if w[:1].isupper())
            return ""
    return ""
