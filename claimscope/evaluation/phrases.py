"""Source phrases compared by their words: the strict source metric's two tests.

A predicted source phrase *agrees* with a gold one when, after :func:`trim_phrase`,
the two are equal, or when they have the same :func:`head_word`.

*Trimming* case-folds the phrase, collapses whitespace, removes punctuation and quote
marks from both ends, and drops leading determiners (:data:`DETERMINERS_TRIMMED`):
*“The Trump campaign,”* and *Trump campaign* are equal.

The *head word* is the last word of the phrase's first part, found in three steps:

1. cut the phrase at the first comma, semicolon, parenthesis or dash (an appositive
   or an aside: *Sean Spicer, the RNC's spokesman* keeps *Sean Spicer*);
2. cut it before the first word of :data:`TAIL_WORDS` (*of*, *for*, *at*, *with*, a
   relative *who* ...) that follows a lower-case word (a common noun taking a
   prepositional tail: *a spokesman for the mayor* keeps *a spokesman*); after a
   capitalised word the phrase is a name or title and is kept whole (*Secretary of
   State Hillary Clinton*, *Bank of America*);
3. take the last word left, case-folded, without a possessive ``'s``.

These definitions are fixed here rather than borrowed from the annotator's word lists
so that the metric does not move when the annotator's lists change.

>>> trim_phrase('“The Trump campaign,”')
'trump campaign'
>>> head_word("Sean Spicer, the RNC's chief strategist")
'spicer'
>>> head_word("a spokesman for the mayor")
'spokesman'
>>> head_word("Secretary of State Hillary Clinton")
'clinton'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from claimscope.evaluation._common import Offsets, _overlap

__all__ = [
    "DETERMINERS_TRIMMED",
    "TAIL_WORDS",
    "agrees",
    "head_word",
    "strict_source",
    "trim_phrase",
]

DETERMINERS_TRIMMED = frozenset(
    "a an the this that these those his her its their our my your some".split()
)
"""Words dropped from the start of a phrase before comparing (closed-class)."""

TAIL_WORDS = frozenset(
    "of for at from in with on to by about under who whom whose which that".split()
)
"""Words that open a prepositional or relative tail after a noun phrase's head."""

_WORD = regex.compile(r"[\w][\w'’.&-]*")
"""A word: a word character, then word characters, apostrophes, dots, ``&`` or
hyphens (one greedy run, linear)."""

_CUT = regex.compile(r"[,;()\[\]—–]| - ")
"""Where an appositive or an aside begins."""

_END_MARKS = "\"'“”‘’.,;:!?()[]{}—–- \t\n\u00a0"
"""Stripped from both ends of a phrase and of a word."""

_POSSESSIVE = ("'s", "’s", "'", "’")


def _words(text: str) -> list[str]:
    return [w.strip(_END_MARKS) for w in _WORD.findall(text) if w.strip(_END_MARKS)]


def trim_phrase(text: str) -> str:
    """Return ``text`` case-folded without end punctuation and leading determiners."""
    words = [w.casefold() for w in _words(text)]
    while words and words[0] in DETERMINERS_TRIMMED:
        words.pop(0)
    return " ".join(words)


def head_word(text: str) -> str:
    """Return the head word of a source phrase ('' when it has none); see the module
    docstring for the rule."""
    first = _CUT.split(text, maxsplit=1)[0]
    words = _words(first)
    for k in range(1, len(words)):
        if words[k].casefold() in TAIL_WORDS and words[k - 1][:1].islower():
            words = words[:k]
            break
    kept = [w for w in words if w.casefold() not in DETERMINERS_TRIMMED] or words
    if not kept:
        return ""
    head = kept[-1].casefold()
    for ending in _POSSESSIVE:
        if head.endswith(ending) and len(head) > len(ending):
            return head[: -len(ending)]
    return head


def agrees(predicted: str, gold: str) -> bool:
    """Whether two source phrases are equal once trimmed or share their head word.

    >>> agrees("Trump campaign manager Kellyanne Conway", "Conway")
    True
    >>> agrees("the mayor's office", "the mayor")
    False
    """
    a, b = trim_phrase(predicted), trim_phrase(gold)
    if a and a == b:
        return True
    head = head_word(predicted)
    return bool(head) and head == head_word(gold)


def strict_source(text: str, predicted: Iterable[Offsets], gold: Sequence[Offsets]) -> bool:
    """The strict source condition for a matched pair (see
    :mod:`claimscope.evaluation.polnear`): some predicted span (the source or its local
    mention) overlaps the gold source and its words agree with the gold source's
    (pieces joined by a space)."""
    gold_text = " ".join(text[a:b] for a, b in gold)
    for span in predicted:
        if any(_overlap(span, piece) > 0 for piece in gold) and agrees(
            text[span[0] : span[1]], gold_text
        ):
            return True
    return False
