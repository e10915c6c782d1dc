"""Headline shapes the mention finder allows for: a line in title case, whose capitals
say nothing about names, and its closing attribution (*…, Records Show*)."""

from __future__ import annotations

import re

from claimscope.entities.words import _verbs

_SENTENCE_MARK = re.compile(r"[.,;](?:\s|\Z)")
_ALPHA_WORD = re.compile(r"(?<![\w'’])[^\W\d_]")


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


def title_case(text: str, s0: int, s1: int, candidates: list[tuple[int, int, str]]) -> bool:
    """A headline in title case (*Wealthy Voters Abandon Republican Party*), whose
    capitals say nothing about names: four words or more, four in five capitalised,
    no sentence punctuation. ``candidates`` are the mention finder's ``(start, end,
    kind)`` of the line."""
    caps = 0
    for start, end, kind in candidates:
        if kind == "cap":
            caps += len(text[start:end].split())
    if caps < 4:
        return False
    # the cheap tests first: most sentences hold a comma or a period, and are no
    # headline whatever their capitals
    if text[s1 - 1] == ".":  # a headline with a period has every word capitalised
        if caps < 6 or _SENTENCE_MARK.search(text, s0, s1 - 1) is not None:
            return False
        return caps >= len(_ALPHA_WORD.findall(text, s0, s1)) >= 6
    mark = _SENTENCE_MARK.search(text, s0, s1)
    if text[s1 - 1] in "?!" or (
        mark is not None and not said_tail(text, mark.group(), mark.end(), s1)
    ):
        return False
    return caps * 10 >= len(_ALPHA_WORD.findall(text, s0, s1)) * 8
