"""A claim noun with a relative clause after a claim: *C, an accusation Gill's office
rejected*, *C, a claim the ministry denies*, *C, a figure the department disputes*.

The noun phrase points back at C and its clause says who answered it; it is no
subject of a reporting verb (*C, X said*), so C keeps the source that made it
(*Wendy Laroche claimed C, an accusation …*).
"""

from __future__ import annotations

import regex

_CLAIM_NOUN_PHRASE = regex.compile(
    r"(?i:an?|the|this|that)[^\S\n]+(?:[\p{Ll}\-]+[^\S\n]+)?"
    r"(?:accusations?|allegations?|assertions?|charges?|claims?|rumou?rs?|suggestions?"
    r"|figures?|estimates?|characteri[sz]ations?)\b"
)
"""A determiner, at most one lower-case modifier and a noun naming a claim or a
figure (not a document: *C, the report said* is the report's claim)."""


def claim_noun_relative(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` (a candidate source after *C,*) is a claim noun
    pointing back at C (*an accusation Gill's office rejected*)."""
    return _CLAIM_NOUN_PHRASE.match(text, start) is not None
