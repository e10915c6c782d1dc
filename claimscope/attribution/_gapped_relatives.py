"""Object relatives without *that* whose verb is the cue: *a vote the opposition said
was marred by fraud*, *a deal analysts said was too cheap*.

The cue's content then lacks a subject (it opens with an auxiliary: the noun before
the relative is that subject), so the source is the phrase after that noun only, not
the words that run back over it into the main clause (*won a second term in a vote
the opposition*)."""

from __future__ import annotations

from claimscope._grammar import AUXILIARIES, NP_OPENERS, PREPOSITIONS

_OPENERS = frozenset("the a an his her their its".split())
_VERB_FORMS = frozenset("said says say told thinks think thought believe believes knew".split())
"""Cue forms that are verbs, not nouns (*remarks*, *claims* may be either); regular
pasts in *-ed* are verbs too."""


def gapped_relative(tokens: list[tuple[int, int, str]], j: int, start: int, k: int) -> bool:
    """Whether the source phrase opening at ``start`` (a determiner) after the
    lower-case noun at ``j`` is the subject of an object relative on that noun: the
    cue ``k`` is a verb form and the word after it an auxiliary, so the cue's clause
    has a gap."""
    if k + 1 >= len(tokens) or tokens[k + 1][2].casefold() not in AUXILIARIES:
        return False
    cue = tokens[k][2].casefold()
    if not (cue.endswith("ed") or cue in _VERB_FORMS):
        return False  # "it's unlikely his latest remarks will": the cue a noun
    if tokens[start][2].casefold() not in _OPENERS:
        return False
    word = tokens[j][2]
    return (
        word.isalpha()
        and word.islower()
        and word not in PREPOSITIONS
        and word not in NP_OPENERS
        and word not in AUXILIARIES
        and word not in ("and", "or", "but")
    )
