"""*Join The Courier's WhatsApp channel*: an imperative opening a page's call to action
is no part of the name after it.

A capitalised word opening a sentence before a longer capitalised run is read as the
name's first word unless the text writes it in lower case somewhere; the verbs of
calls to action (*Join*, *Follow*, *Subscribe*, ``lexicons/calls_to_action.txt``)
before *The* open the call, so the name (*The Courier*) starts after them. Used by
:func:`claimscope.entities.mentions._name_start`.
"""

from __future__ import annotations

import functools

from claimscope import lexicon

__all__ = ["imperative_before_name"]


@functools.cache
def _imperatives() -> frozenset[str]:
    entries = lexicon.load("calls_to_action")
    return frozenset(e.text.casefold() for e in entries if "imperative" in e.fields[0].split())


def imperative_before_name(tokens: list[tuple[int, int, str]], k: int, j: int) -> bool:
    """Whether ``tokens[k]`` (opening a sentence, in the capitalised run ending at
    ``j``) is a call's imperative right before *The* (*Follow The Daily Ledger*)."""
    return k + 1 < j and tokens[k + 1][2] == "The" and tokens[k][2].casefold() in _imperatives()
