"""Connectives and participle clauses opening a sentence before an attribution.

*Even so, she said, the association held.* and *However, he added, the bridge will
reopen in May.*: a connective set off by a comma is no content of its own, so the
attribution after it reports the clause that follows, as after a leading adjunct
(*On Sunday, Ryan said C*; :func:`claimscope.attribution.what.after_leading_adjunct`).
A participle clause (*Opening the case on Tuesday, Paul Ryan SC, for the plaintiff,
told the jury C*) is such an adjunct before a subject with an appositive.
"""

from __future__ import annotations

from collections.abc import Callable

from claimscope.attribution import who

__all__ = ["appositive_after_adjunct", "connective_opener", "participle_opener"]

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


def participle_opener(words: list[tuple[int, int, str]]) -> bool:
    """Whether ``words`` (start, end, text; the words before a comma opening a
    sentence) are a participle clause: a capitalised *-ing* word of six letters or
    more and a lower-case word after it (*Opening the case*, *Giving evidence*), not a
    name (*Sterling Bank*, *King Charles*).

    >>> participle_opener([(0, 7, "Opening"), (8, 11, "the"), (12, 16, "case")])
    True
    >>> participle_opener([(0, 8, "Sterling"), (9, 13, "Bank")])
    False
    """
    if len(words) < 2:
        return False
    first, second = words[0][2], words[1][2]
    return len(first) >= 6 and first.endswith("ing") and first[:1].isupper() and second.islower()


def appositive_after_adjunct(
    tokens: list[tuple[int, int, str]],
    comma: int,
    fronted: Callable[[list[tuple[int, int, str]], int], bool],
) -> tuple[int, int] | None:
    """The token span of *X* in *Adjunct, X, appositive, said* (*Opening the case on
    Tuesday, Paul Ryan SC, for the plaintiff, told the jury C*): the phrase before the
    appositive ending at token ``comma``, read as if the sentence began after the
    first comma, when the words before that comma are a fronted adjunct (``fronted``,
    :func:`claimscope.attribution.what.fronted_adjunct`)."""
    first = next((i for i in range(comma) if tokens[i][2] == ","), -1)
    if first < 1 or not fronted(tokens, first):
        return None
    found = who.appositive_source(tokens[first + 1 :], comma - first - 1)
    return None if found is None else (found[0] + first + 1, found[1] + first + 1)
