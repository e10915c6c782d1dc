"""Transcript lines labelled with a surname alone (*Okonkwo: The pumps failed.*).

Edited excerpts of a press conference or an interview label each answer with the
surname of a speaker the story introduced in full earlier (*commissioner Adaeze
Okonkwo*), sometimes with a note on the label (*Okonkwo (opening statement):*). A
one-word label is a speaker only when the text names someone with that surname, so
*Update:*, *Price:* or *Verdict:* stay what they are.
"""

from __future__ import annotations

import functools

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
    if m.group("who") in _named_surnames(text):
        return m.span("who"), m.end()
    return None


_NAME_PAIR = regex.compile(r"\b(?P<first>\p{Lu}[\p{L}'’\-]+)[^\S\n]++(?P<next>\p{Lu}[\p{L}'’\-]*+)")
"""A capitalised word, spaces, and the capitalised word after them."""


@functools.lru_cache(maxsize=4)
def _named_surnames(text: str) -> frozenset[str]:
    """Every word a label could name as a surname in ``text``: each start of a
    capitalised word that follows a first name (a capitalised word, not *The*, *Our*, …)
    and ends on a word boundary (*Smith* and *Smith-Jones* of *Ann Smith-Jones*). One
    pass over the text, so a transcript of many labelled lines costs no more than its
    length."""
    names: set[str] = set()
    for pair in _NAME_PAIR.finditer(text, overlapped=True):
        if pair.group("first").casefold() in _NOT_FIRST_NAMES:
            continue
        word, after = pair.group("next"), text[pair.end() : pair.end() + 1]
        for cut in range(2, len(word) + 1):
            right = word[cut] if cut < len(word) else after
            if _is_word(word[cut - 1]) != _is_word(right):
                names.add(word[:cut])  # a boundary after the first `cut` characters
    return frozenset(names)


def _is_word(char: str) -> bool:
    """Whether ``char`` is a word character for ``\\b`` (an empty string is not)."""
    return bool(char) and (char.isalnum() or char == "_")


_WORD = regex.compile(r"\p{L}+")

_LINE_WORDS = 3
"""The fewest words a labelled line holds to be speech, not a score or a tally."""

_NOT_FIRST_NAMES = APPOSITIVE_OPENERS | NOT_NP_START | POSSESSIVES | {"this", "that", "our"}
"""Capitalised words before a surname that make no name (*The Verdict*, *Our Update*)."""
