"""A long subject before an aside and its verb.

*A group of 18 international retailers sourcing from Vietnam, in a joint letter to the
ministry, said C*: the subject runs to the first comma, and the aside (*in a joint
letter …*) stands between it and *said*. A lead of more than eight words is read as
the subject only when it holds no verb of its own (outside a relative clause on a
person: *A crew member who spoke to CBC News on condition of anonymity, because …,
said C*) (*Kadzik's refusal did not go over
well with Republicans, and the meeting deteriorated from there, said X*; *The
activists placed the signs outside, …*), does not open with a participle (*Boasting
108,000 residents, …*), and what follows its comma is no coordinated clause (*, and
the meeting …*) nor a closing quotation mark (the lead is then the quotation's text).
"""

from __future__ import annotations

from claimscope._grammar import AUXILIARIES, FINITE_PASTS
from claimscope.attribution.context import CLOSE_QUOTES

SHORT_LEAD = 8
"""Leads of at most this many words need none of the checks of :func:`long_lead`."""

LONGEST_LEAD = 12

_COORDINATORS = frozenset("and but or nor so yet".split())

_RELATIVES = frozenset({"who", "whose"})
"""A relative pronoun in the lead: the verbs after it are its clause's, inside the
subject (*A crew member who spoke to CBC News on condition of anonymity, …*)."""


def long_lead(tokens: list[tuple[int, int, str]], lead: int, comma: int) -> bool:
    """Whether ``tokens[lead:comma]``, more than :data:`SHORT_LEAD` words, can be the
    subject before an aside (see the module's doc)."""
    if comma - lead > LONGEST_LEAD or tokens[lead][2].casefold().endswith(("ing", "ed")):
        return False
    if comma + 1 < len(tokens) and tokens[comma + 1][2].casefold() in _COORDINATORS:
        return False
    if comma + 1 < len(tokens) and tokens[comma + 1][2] in CLOSE_QUOTES:
        return False  # '"It reminds us of the old program," said X, referring to': a quote
    for t in tokens[lead + 1 : comma]:
        word = t[2]
        if word in _RELATIVES:
            return True  # "A crew member who spoke to CBC News on condition …": its clause
        if word.islower() and (word in AUXILIARIES or word in FINITE_PASTS or word.endswith("ed")):
            return False
    return True
