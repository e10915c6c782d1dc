"""Contributor lines closing an article, one sentence a writer: *Daniel Okafor covers
labor. Rosa Villanueva is a data reporter.* (:func:`is_bio_paragraph`, read by
:mod:`claimscope.furniture` among the last paragraphs)."""

from __future__ import annotations

import regex

__all__ = ["is_bio_paragraph"]

_NAME = r"(?:\p{Lu}[\p{L}'’.\-]*[^\S\n]+){1,3}\p{Lu}[\p{L}'’.\-]*[^\S\n]+"

_COVERS = regex.compile(
    _NAME + r"(?:covers|writes\s+about|reports\s+on|reported\s+from|contributed\s+reporting)\b"
)
"""*Jane Doe covers labor*, *Jane Doe writes about housing*, *Jane Doe contributed
reporting*: what a contributor line says a writer does."""

_IS_A = regex.compile(_NAME + r"(?:is|was)\s+(?:a|an|the)\s")
_ROLE = regex.compile(
    r"\b(?i:editor|correspondent|reporter|columnist|writer|contributor|journalist"
    r"|producer|photographer|fellow)s?\b"
)
"""*Rosa Villanueva is a data reporter*: a writer and their job."""

_SENTENCE_END = regex.compile(r"(?<=[.!])\s+(?=\p{Lu})")

MAX_SENTENCES = 3
"""The most contributor lines one paragraph holds."""

MAX_WORDS = 25
"""The most words of one contributor line."""


_FOR_OUTLET = regex.compile(r"\bfor[^\S\n]+(?:[Tt]he[^\S\n]+)?\p{Lu}")
"""*… covers labor for The Meridian*: the outlet a writer covers a beat for."""


def is_bio_paragraph(paragraph: str) -> bool:
    """Whether every sentence of ``paragraph`` (at most :data:`MAX_SENTENCES`, each of
    at most :data:`MAX_WORDS` words) names a writer and what they are (*Rosa Villanueva
    is a data reporter*) or cover (*Daniel Okafor covers labor*). A beat alone needs
    the outlet (*for The Meridian*) or a writer's line beside it: *Acme Insurance
    covers flood damage* is prose."""
    lines = _SENTENCE_END.split(paragraph.strip())
    if len(lines) > MAX_SENTENCES or any(len(line.split()) > MAX_WORDS for line in lines):
        return False
    writers = [_IS_A.match(x) is not None and _ROLE.search(x, 0, 200) is not None for x in lines]
    beats = [_COVERS.match(x) is not None for x in lines]
    if not all(w or b for w, b in zip(writers, beats, strict=True)):
        return False
    return any(writers) or all(_FOR_OUTLET.search(x) is not None for x in lines)
