"""*an estimated $38,000*: *estimated* as the adjective of a sum of money.

*The thefts caused an estimated $38,000 in damage*, *the film opened to an estimated
$94 million*, *saving an estimated £410,000 a year*: the sum is an estimate, but the
claim that holds it is not hedged (it says the thefts caused damage, the film opened).
*Estimated* after *an* and before a currency is such an adjective. A count stays a
hedge (*An estimated 20,000 people joined*: the count is the claim), and so do *is
estimated to have* and *officials estimated that*.
"""

from __future__ import annotations

import regex

_AMOUNT_NEXT = regex.compile(
    r"[ \t]++(?:(?:US|A|C|NZ|HK)?[$£€¥₹৳]|(?:Tk|Rs|USD|EUR|GBP|Sh|KSh)[ \t.]?\d)"
)
"""A currency mark or code right after *estimated*. A count stays a hedge (*An
estimated 20,000 people joined the march*: the claim is the count itself)."""

_BEFORE = frozenset({"an", "the", "some", "about", "around", "roughly", "of"})
"""Words before the adjective *estimated* (*an estimated*, *the estimated*)."""


def estimated_amount(text: str, end: int, prev: str) -> bool:
    """Whether *estimated* ending at ``end``, after the word ``prev``, is the adjective
    of an amount that follows (:data:`_AMOUNT_NEXT`)."""
    return prev in _BEFORE and _AMOUNT_NEXT.match(text, end, min(len(text), end + 12)) is not None
