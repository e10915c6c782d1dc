"""Connectives opening a sentence before a parenthetical attribution.

*Even so, she said, the association held.* and *However, he added, the bridge will
reopen in May.*: a connective set off by a comma is no content of its own, so the
attribution after it reports the clause that follows, as after a leading adjunct
(*On Sunday, Ryan said C*; :func:`claimscope.attribution.what.after_leading_adjunct`).
"""

from __future__ import annotations

__all__ = ["connective_opener"]

CONNECTIVES = frozenset(
    """additionally also anyway besides but crucially equally furthermore however
    indeed instead likewise meanwhile moreover nevertheless nonetheless overall
    separately similarly still though ultimately yet""".split()
)
"""One-word connectives that open a sentence and are set off by a comma."""

CONNECTIVE_PAIRS = frozenset(
    ("even so", "of course", "for now", "by contrast", "in turn", "even then", "all the same")
)
"""Connective phrases of two or three words (lower case, single spaces)."""


def connective_opener(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether the sentence of ``tokens`` (start, end, text) opens with a connective
    and a comma (*However,* …, *Even so,* …).

    >>> connective_opener([(0, 4, "Even"), (5, 7, "so"), (7, 8, ",")])
    True
    >>> connective_opener([(0, 4, "Even"), (5, 8, "the"), (9, 14, "coach")])
    False
    """
    words = [t[2].casefold() for t in tokens[:4]]
    if len(words) >= 2 and words[1] == "," and words[0] in CONNECTIVES:
        return True
    for n in (2, 3):
        if len(words) > n and words[n] == "," and " ".join(words[:n]) in CONNECTIVE_PAIRS:
            return True
    return False
