"""Chemical element symbols read as one-word names (*Cr and Pb above safe limits*,
*Pb levels*): two capitalised letters are no person's name there, so the mention
scan's reading of them is dropped before clustering (:mod:`.cluster`)."""

from __future__ import annotations

import regex

from claimscope import lexicon
from claimscope.entities.mention import Mention

__all__ = ["without_symbols"]

_MEASURED = regex.compile(
    r"[^\S\n]+(?:levels?|concentrations?|readings?|content|contamination|exposure"
    r"|poisoning|isotopes?|ions?|oxides?|salts?|compounds?)\b"
)
"""A measure noun right after a symbol (*Pb levels*, *Cd concentrations*)."""

_QUANTITY = regex.compile(r"[0-9](?:[^\S\n]*(?:mg|µg|ug|ng|g|ppm|ppb|%)(?:/\p{L}+)?)?[^\S\n]+\Z")
"""A number (and a unit) right before a symbol (*12 mg/kg Pb*, *0.4% Cu*)."""

_LISTED = regex.compile(
    r"(?:,[^\S\n]*|[^\S\n]+(?:and|or)[^\S\n]+|[^\S\n]*/[^\S\n]*)(\p{Lu}\p{Ll})\b"
)
"""A comma, *and*, *or* or a slash and another two-letter word after a symbol."""

_LISTED_BEFORE = regex.compile(
    r"\b(\p{Lu}\p{Ll})(?:,[^\S\n]*|[^\S\n]+(?:and|or)[^\S\n]+|[^\S\n]*/[^\S\n]*)\Z"
)
"""Another two-letter word and a comma, *and*, *or* or a slash before a symbol."""


def without_symbols(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without one-word names that are element symbols in a measuring
    context: listed with another symbol, before a measure noun, after a quantity."""
    if not any(m.kind == "name" and len(m.words) == 1 and len(m.words[0]) == 2 for m in mentions):
        return mentions  # most texts: no two-letter name at all
    known = frozenset(e.text for e in lexicon.load("element_symbols"))
    return [m for m in mentions if not _symbol(text, m, known)]


def _symbol(text: str, m: Mention, known: frozenset[str]) -> bool:
    if m.kind != "name" or m.title or len(m.words) != 1 or m.words[0] not in known:
        return False
    if m.end - m.start != 2:
        return False  # "Pb's" and the like: read as written
    after = _LISTED.match(text, m.end, min(len(text), m.end + 8))
    before = _LISTED_BEFORE.search(text, max(0, m.start - 8), m.start)
    return (
        (after is not None and after.group(1) in known)
        or (before is not None and before.group(1) in known)
        or _MEASURED.match(text, m.end, min(len(text), m.end + 20)) is not None
        or _QUANTITY.search(text, max(0, m.start - 12), m.start) is not None
    )
