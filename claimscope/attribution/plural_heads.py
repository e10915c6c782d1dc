"""The edges of a subject noun phrase before a cue: plural nouns inside it, told from
verbs in *-s*, and an object relative pronoun before it.

Scanning a sentence's subject up to its verb (:func:`claimscope.attribution.who.
sentence_subject`), a lower-case word in *-s* usually ends the phrase (*The minister
says …*). Two places make it a noun instead: right after *of* (*A group of novelists*)
and right before an auxiliary (*… and nonfiction writers has filed*), where no verb in
*-s* can stand. In *the pilots, who the airline says remain on leave* the relative
pronoun is no part of the subject *the airline*."""

from __future__ import annotations

from claimscope._grammar import AUXILIARIES, DETERMINERS

__all__ = ["object_relative", "plural_noun_in_subject"]


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


def object_relative(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether the phrase ``tokens[start:end]`` opens with *who*, *whom* or *which*
    followed by a determiner or a capitalised word: an object relative clause whose
    own subject speaks (*who the airline says …*, *which Reuters reported …*).

    >>> words = "who the airline".split()
    >>> object_relative([(n, n + 1, w) for n, w in enumerate(words)], 0, 3)
    True
    """
    if end - start < 2 or tokens[start][2].casefold() not in ("who", "whom", "which"):
        return False
    nxt = tokens[start + 1][2]
    return nxt.casefold() in DETERMINERS or nxt[:1].isupper()
