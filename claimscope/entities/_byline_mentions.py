"""Mentions in a byline are no one the story's pronouns mean.

*By Jane Holloway* / *Royal Correspondent* above a story credit its writer; a later
*she said* means someone the story names, never the writer, and a description
such as *the correspondent* in the story is not the byline's role either. So the
mention finder's mentions on byline lines are dropped before clustering.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimscope import furniture
from claimscope.entities.mention import Mention

__all__ = ["outside_bylines"]

_ROLE_LINE = regex.compile(
    r"(?:\p{Lu}[\p{L}'’-]*+[ \t]+){0,3}(?i:correspondent|editor|reporter|writer"
    r"|columnist|contributor|journalist)s?"
)
"""A writer's role alone on a line under a byline (*Royal Correspondent*, *Senior
Political Editor*): at most three capitalised words before the role noun."""


def outside_bylines(
    text: str, sentences: Sequence[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` without those in a byline sentence (*By Jane Holloway*) or in the
    writer's role standing alone on a line (*Royal Correspondent*)."""
    credits = {i for i, (s0, s1) in enumerate(sentences) if _credit(text, s0, s1)}
    if not credits:
        return mentions
    for i in sorted(credits):  # "Jane Holloway" on the line above "Royal Correspondent"
        if i > 0 and _name_line(text, *sentences[i - 1]):
            credits.add(i - 1)
    return [m for m in mentions if m.sentence not in credits]


def _alone(text: str, s0: int, s1: int) -> bool:
    return (s0 == 0 or text[s0 - 1] == "\n") and (s1 >= len(text) or text[s1] in "\r\n")


def _name_line(text: str, s0: int, s1: int) -> bool:
    """A name alone on its line: two to four capitalised words, no sentence mark."""
    words = text[s0:s1].split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and _alone(text, s0, s1)


def _credit(text: str, s0: int, s1: int) -> bool:
    line = text[s0:s1].strip()
    if not line or len(line) > 80:
        return False
    if furniture.furniture_reason(line, whole_paragraph=False) == "byline":
        return True
    return _alone(text, s0, s1) and _ROLE_LINE.fullmatch(line) is not None
