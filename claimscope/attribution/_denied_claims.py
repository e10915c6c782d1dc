"""A denial of a claim reported inside another attribution: *The spokeswoman said the
company rejects the suggestion that C* (:func:`denies_a_claim`, which lets
:mod:`claimscope.attribution.nest` read *the company* as C's source and the denial as
its label, with the spokeswoman on the chain)."""

from __future__ import annotations

import functools

import regex

from claimscope import lexicon
from claimscope.model import Cue

__all__ = ["denies_a_claim"]


@functools.cache
def _claim_noun_that() -> regex.Pattern[str]:
    """A claim noun (``lexicons/claim_nouns.txt``) and *that* after a denial verb, with at
    most a determiner and one modifier before the noun (*the suggestion that*, *any
    claims that*, *the latest allegations that*)."""
    nouns = "|".join(sorted(lexicon.words("claim_nouns"), key=len, reverse=True))
    return regex.compile(
        r"[^\S\n]+(?:(?:the|these|those|any|all|such)[^\S\n]+)?(?:[\p{L}\-]+[^\S\n]+)?"
        rf"(?:{nouns})[^\S\n]+that\b",
        regex.I,
    )


def denies_a_claim(text: str, cue: Cue) -> bool:
    """Whether ``cue`` is a verb of denial (*rejects*, *disputed*, *dismissed*) whose
    object is a claim with its content (*the suggestion that C*): unlike *rejected the
    offer*, it takes a proposition, so it may open a nested attribution."""
    if cue.stance != "denial" or cue.text.endswith("ing"):
        return False
    return _claim_noun_that().match(text, cue.end) is not None
