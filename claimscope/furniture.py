"""Page furniture: the sentences that are not claims.

Headlines, section headings, bylines, datelines on their own, photo captions and
credits, navigation and call-to-action lines, and questions are not claims (SPEC).
:func:`furniture_reason` says why a sentence is furniture, or returns ``None``.
"""

from __future__ import annotations

import functools

import regex

from claimscope import lexicon

__all__ = ["furniture_reason", "is_question"]

_BYLINE_OPENERS = ("by", "written by", "reporting by", "additional reporting by", "edited by")
"""How a writer's credit opens (any case)."""

_BYLINE = regex.compile(r"\A(?:" + "|".join(_BYLINE_OPENERS) + r")\s+\p{Lu}", regex.I)
"""``By Maria Lopez``, ``Reporting by …``: the writer's credit, not a claim."""

_BYLINE_STARTS = frozenset(opener[:2] for opener in _BYLINE_OPENERS)
"""The first two letters (lower case) of every :data:`_BYLINE` match: a cheap test."""

_CAPTION = regex.compile(
    r"©|\((?:AP|Reuters|AFP|Getty)[^)\n]{0,80}\)\s*\Z|\b(?:photo|image|picture|video)\s*"
    r"(?:credit)?\s*:|\bGetty Images\b|\bphoto by\b|\bfile photo\b",
    regex.I,
)
"""Photo captions and credits: ``© Photo: …``, ``(AP Photo/Jane Doe)``."""


def _caption_hint(folded: str) -> bool:
    """Whether the case-folded sentence holds a substring :data:`_CAPTION` needs: a
    cheap test that must pass before the regex is tried (spelled out, not a loop over
    a tuple, because it runs on every sentence)."""
    return (
        "(" in folded
        or "©" in folded
        or "photo" in folded
        or "image" in folded
        or "picture" in folded
        or "video" in folded
        or "getty" in folded
    )


_LONGEST_CALL_TO_ACTION = 60
"""No navigation line in ``furniture.txt`` is longer than this."""

_CLOSERS = "'\"’”»)]"
_TERMINALS = (".", "!", "?", "…", ":", ";")
"""A sentence ending like this (before closing quotes and brackets) is prose."""

_DASH_CREDIT = regex.compile(r"['\"’”»][^\S\n]*(?:—|–|--|-)[^\S\n]*\p{Lu}")
"""``"C" — Jane Doe``: a quotation credited after a dash is speech, not a headline."""


@functools.cache
def _call_to_action() -> frozenset[str]:
    return frozenset(entry.text.casefold() for entry in lexicon.load("furniture"))


_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into is nor of on or over per the to up via vs with".split()
)
"""Words a headline leaves in lower case (*Bridge to Close for Repairs*)."""


def _is_title_case(sentence: str) -> bool:
    """A short paragraph whose every major word is capitalised: a headline.

    ``Harbour Bridge to Close for Repairs.`` — some archives add a final period.
    """
    if '"' in sentence[1:-2] or "“" in sentence[1:-2]:
        return False
    # word by word, so prose gives up at its first lower-case major word
    count = 0
    major = False
    for match in _TITLE_WORD.finditer(sentence):
        count += 1
        if count > 25:
            return False
        word = match.group()
        if word.casefold() not in _MINOR_WORDS:
            if not (word[:1].isupper() or word[:1].isdigit()):
                return False
            major = True
    return count >= 3 and major


def is_question(sentence: str) -> bool:
    """True when the sentence (not just a quotation inside it) is a question."""
    return sentence.rstrip().rstrip(_CLOSERS).endswith("?")


def furniture_reason(sentence: str, *, whole_paragraph: bool) -> str | None:
    """Return why ``sentence`` is page furniture (``"headline"``, ``"byline"`` …).

    ``whole_paragraph`` tells whether the sentence is a paragraph by itself; a
    headline or heading is a paragraph that does not end like prose.
    """
    stripped = sentence.strip()
    if not stripped:
        return "empty"
    if len(stripped) < 120 and stripped[:2].lower() in _BYLINE_STARTS and _BYLINE.match(stripped):
        return "byline"
    if _caption_hint(stripped.casefold()) and _CAPTION.search(stripped):
        return "caption"
    if len(stripped) <= _LONGEST_CALL_TO_ACTION:
        folded = stripped.casefold().rstrip(".!:>»› ")
        if folded in _call_to_action():
            return "navigation"
    if not any(map(str.isalnum, stripped)):
        return "no words"
    if (
        whole_paragraph
        and not stripped.rstrip(_CLOSERS).endswith(_TERMINALS)
        and not _DASH_CREDIT.search(stripped)
    ):
        return "headline"
    if whole_paragraph and _is_title_case(stripped):
        return "headline"
    if is_question(stripped):
        return "question"
    return None
