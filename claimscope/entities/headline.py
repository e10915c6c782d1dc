"""Headline shapes the mention finder allows for (see :func:`.mentions._title_case`)."""

from __future__ import annotations

import re

from claimscope.entities.words import _verbs

_SENTENCE_MARK = re.compile(r"[.,;](?:\s|\Z)")


def said_tail(text: str, mark: str, after: int, s1: int) -> bool:
    """Whether the first sentence mark ``mark`` of a line ending at ``s1`` (the words
    going on at ``after``) is a comma opening the line's closing attribution in title
    case (*…, Records Show*, *…, Study Finds*, *…, Police Say*): a headline still."""
    tail = text[after:s1].split()
    return (
        mark.startswith(",")
        and 1 <= len(tail) <= 3
        and all(w[:1].isupper() for w in tail)
        and tail[-1].casefold() in _verbs()
        and _SENTENCE_MARK.search(text, after, s1) is None
    )
