"""Disclosure lines of commercial pages: *When you purchase through links on our site,
we may earn an affiliate commission.*, *We may earn a commission from links on this
page.*, *You received this email because you subscribed to …*.

Review and deal pages carry an affiliate notice and newsletters an unsubscribe footer;
both speak to the reader about the page and are never claims, although the notice's
*may earn* reads like a hedge in the author's voice.
"""

from __future__ import annotations

import regex

_DISCLOSURE = regex.compile(
    r"\b(?:earn|receive|get)s?\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?"
    r"(?:commission|share\s+of\s+(?:the\s+)?(?:sales?|revenue))\b"
    r"|\baffiliate\s+(?:commission|links?|partnerships?)\b"
    r"|\byou\s+(?:received|are\s+receiving|get)\s+this\s+(?:e-?mail|newsletter)\b"
    r"|\bunsubscribe\b",
    regex.I,
)
"""An affiliate notice or a mailing footer, anywhere in a short paragraph."""

_LONGEST = 60
"""The most words a disclosure paragraph holds (longer ones are prose about them)."""

_LINK = regex.compile(r"\b(?:links?|purchases?|buy|unsubscribe|subscribed)\b", regex.I)

_READER = regex.compile(r"\b(?:we|our|us|you|your)\b", regex.I)
"""The page speaking to its reader: a disclosure is in the first or second person."""


def is_disclosure(paragraph: str) -> bool:
    """Whether ``paragraph`` is an affiliate notice or a mailing footer, in the first or
    second person (*Influencers earn a commission on purchases through their links* is
    a claim)."""
    if len(paragraph.split()) > _LONGEST:
        return False
    return (
        _DISCLOSURE.search(paragraph) is not None
        and _LINK.search(paragraph) is not None
        and _READER.search(paragraph) is not None
    )
