"""A sum of money or a figure as the whole object of a verb of proposing.

In *Workers walked out after factory owners proposed Tk 9,000 a month* or *the union
is demanding $25 an hour*, what was proposed is an amount, not a proposition: the
verb's object is no claim, and the sentence stays the author's. *proposed that the
wage rise to Tk 9,000* keeps its clause.
"""

from __future__ import annotations

import regex

_PROPOSING = frozenset("propose offer demand seek suggest counter request".split())
"""Lemmas of verbs whose object can be an amount offered or asked for."""

_AMOUNT = regex.compile(
    r"(?:about|around|roughly|nearly|just|only|at[ \t]+least|up[ \t]+to|a[ \t]+mere)?[ \t]*+"
    r"(?:(?:[A-Z]{1,3}|US|Tk|Rs)?[$£€¥₹৳][ \t]?|(?:Tk|Rs|USD|EUR|GBP|INR|BDT)\.?[ \t]?)?"
    r"\d[\d,]*+(?:\.\d++)?(?:[ \t]?(?:%|per[ \t]?cent|percent|k|m|bn|million|billion))?"
    r"(?:[ \t]+\p{Ll}++)?"
    r"(?:[ \t]+(?:a|an|per|each)[ \t]+(?:hour|day|week|month|year|head|worker|person))?"
    r"[ \t]*+[.!]?"
)
"""An amount and nothing else: an optional approximator, a currency mark or code, a
number with an optional scale or percent, at most one lower-case unit (*dong*,
*taka*, *rupees*) and an optional rate (*a month*, *per hour*)."""


def amount_only(entry: str, content: str) -> bool:
    """Whether ``content``, the object of a verb of proposing (``entry``: its lemma),
    is only an amount (:data:`_AMOUNT`)."""
    return entry.casefold() in _PROPOSING and _AMOUNT.fullmatch(content.strip()) is not None
