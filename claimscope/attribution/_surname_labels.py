"""Transcript lines labelled with a surname alone (*Okonkwo: The pumps failed.*).

Edited excerpts of a press conference or an interview label each answer with the
surname of a speaker the story introduced in full earlier (*commissioner Adaeze
Okonkwo*), sometimes with a note on the label (*Okonkwo (opening statement):*). A
one-word label is a speaker only when the text names someone with that surname, so
*Update:*, *Price:* or *Verdict:* stay what they are.
"""

from __future__ import annotations

import regex

from claimscope._grammar import APPOSITIVE_OPENERS, NOT_NP_START, POSSESSIVES

SURNAME_LABEL = regex.compile(
    r"[\"“]?(?P<who>\p{Lu}\p{Ll}[\p{L}'’\-]{1,30})"
    r"(?:[^\S\n]+\([\p{L}\p{N} ,'’\-]{1,40}\))?:[^\S\n]+(?=\S)"
)
"""A capitalised word, an optional parenthesised note and a colon opening a line."""


def surname_label(text: str, lo: int, hi: int) -> tuple[tuple[int, int], int] | None:
    """The surname label opening the paragraph ``[lo, hi)`` and where the line's
    words start after it, when the line holds a few words and the text names a person
    with that surname (a capitalised first name right before it)."""
    m = SURNAME_LABEL.match(text, lo, hi)
    if m is None or len(_WORD.findall(text, m.end(), hi)) < _LINE_WORDS:
        return None  # no label, or a tally (*Clinton: 547.*), not a speaker's line
    surname = m.group("who")
    named = regex.compile(
        r"\b(?P<first>\p{Lu}[\p{L}'’\-]+)[^\S\n]+" + regex.escape(surname) + r"\b"
    )
    for found in named.finditer(text):
        if found.group("first").casefold() not in _NOT_FIRST_NAMES:
            return m.span("who"), m.end()
    return None


_WORD = regex.compile(r"\p{L}+")

_LINE_WORDS = 3
"""The fewest words a labelled line holds to be speech, not a score or a tally."""

_NOT_FIRST_NAMES = APPOSITIVE_OPENERS | NOT_NP_START | POSSESSIVES | {"this", "that", "our"}
"""Capitalised words before a surname that make no name (*The Verdict*, *Our Update*)."""
