"""Plural nouns inside a subject noun phrase, told from verbs in *-s*.

Scanning a sentence's subject up to its verb (:func:`claimscope.attribution.who.
sentence_subject`), a lower-case word in *-s* usually ends the phrase (*The minister
says …*). Two places make it a noun instead: right after *of* (*A group of novelists*)
and right before an auxiliary (*… and nonfiction writers has filed*), where no verb in
*-s* can stand."""

from __future__ import annotations

from claimscope._grammar import AUXILIARIES

__all__ = ["plural_noun_in_subject"]


def plural_noun_in_subject(tokens: list[tuple[int, int, str]], i: int, k: int) -> bool:
    """Whether the lower-case word in *-s* at token ``i`` (before token ``k``) is a
    plural noun of the subject: after *of*, or before an auxiliary.

    >>> words = "A group of novelists and writers has filed".split()
    >>> tokens = [(n, n + 1, w) for n, w in enumerate(words)]
    >>> plural_noun_in_subject(tokens, 3, 7), plural_noun_in_subject(tokens, 5, 7)
    (True, True)
    """
    word = tokens[i][2].casefold()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if i > 0 and tokens[i - 1][2].casefold() == "of":
        return True
    return i + 1 < k and tokens[i + 1][2].casefold() in AUXILIARIES
