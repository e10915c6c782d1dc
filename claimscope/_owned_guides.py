"""A guide a named body publishes: *Canada's food guide recommends*, *the NHS's guide
says* name a document, though *a tour guide said* names a person."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimscope import lexicon
from claimscope._body_names import singular

_OWNED_GUIDE = regex.compile(
    r"(?:^|\s)(?:the\s+)?\p{Lu}[\p{L}.&-]*+(?:\s+\p{Lu}[\p{L}.&-]*+){0,3}['’]s?"
    r"(?:\s+[\p{Ll}-]++){0,2}\s+guides?$"
)
"""A phrase ending in *guide* owned by a capitalised name (*Canada's food guide*,
*the Ministry of Health's* is not reached: at most four capitalised words), with at
most two lower-case words between (linear: each run is possessive and bounded)."""


def owned_guide(phrase: str, head: str) -> bool:
    """Whether ``phrase`` (its head noun case-folded ``head``) is a guide a named body
    or country owns, a document (*Canada's food guide*, *Michelin's guide*), not a
    person who guides (*a tour guide*, *our guide*).

    >>> owned_guide("Canada's food guide", "guide"), owned_guide("A tour guide", "guide")
    (True, False)
    """
    return head in ("guide", "guides") and _OWNED_GUIDE.search(phrase.strip()) is not None


def document_head(phrase: str, head: str) -> bool:
    """Whether a source phrase whose head noun case-folded is ``head`` names a document:
    a document or tool noun (*the report*, *court filings*, *the tracker*;
    ``lexicons/sources_document.txt``, ``tool_nouns.txt``) or a body's guide."""
    return _in("sources_document", head) or _in("tool_nouns", head) or owned_guide(phrase, head)


def _in(name: str, word: str) -> bool:
    words = lexicon.words(name)
    return word in words or (word.endswith("s") and singular(word) in words)


def capitalised_document(head_words: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a phrase's head is one document noun capitalised as the sentence's
    first word, with words after it (*Figures from the FSA show*, *Documents seen by
    the paper show*): the capital is the sentence's, so the head names no one."""
    return (
        len(head_words) == 1
        and len(words) > 1
        and words[0] == head_words[0]
        and _in("sources_document", head_words[0].casefold())
    )
