"""A noun phrase closed by a relative clause without *that* after a claim: *C, well
above the 5% the state recommends*, *C, twice the rate the agency predicted*. The words
between the comma and the verb are two noun phrases side by side (the second is the
clause's subject), not one speaker, so the verb is no inverted attribution (*C, X
said*) of C."""

from __future__ import annotations

from claimscope._grammar import NP_OPENERS, PREPOSITIONS

__all__ = ["zero_relative"]

_NEW_NP = frozenset({"a", "an", "the"})
"""Articles that open the relative clause's subject."""

_BEFORE_NP = frozenset(
    {"and", "as", "but", "even", "just", "nor", "not", "only", "or", "also", "than"}
)
"""Words an article may follow inside one source phrase (*both the mayor and the
governor*, *even the mayor*)."""


def zero_relative(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether the phrase ``tokens[start:end]`` holds an article right after a noun or
    a number (*the 5% the state*, *a claim the ministry*): a noun phrase and the
    subject of a relative clause on it, no source phrase."""
    for k in range(start + 1, end):
        if tokens[k][2].casefold() not in _NEW_NP:
            continue
        before = tokens[k - 1][2]
        folded = before.casefold()
        if before == "%" or before[:1].isdigit():
            return True
        if (
            before.isalpha()
            and before.islower()
            and folded not in PREPOSITIONS
            and folded not in NP_OPENERS
            and folded not in _BEFORE_NP
            and not folded.endswith("ly")
            and folded != "something"  # "something a caller told": see .summary
        ):
            return True
    return False
