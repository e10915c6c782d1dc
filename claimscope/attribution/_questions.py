"""Questions are no claims (SPEC): one rule for every content that only asks.

``"Is the president preparing for his departure?" one reporter asked`` reports a
question, and so does the continuation of a quote that is one question (``"Why should
the public believe you?"``), however it is tagged (``"Who do they think they are?"
the senator said``). A quotation of several sentences that ends with a question still
states something (``"We played well. Why would I change anything?"``), and stays a
claim. Whether a content is one sentence is the segmenter's call
(:func:`claimscope.segment.sentence_spans`), so an abbreviation inside the question
(``"Is it 5 p.m. yet?" she asked``, ``"Will the U.S. Senate vote?"``) is no sentence
end.
"""

from __future__ import annotations

import regex

from claimscope.segment import sentence_spans

__all__ = ["asked_whether", "only_a_question"]

_CLOSERS = "\"'‘’“”«»)] \t\n,\u200b\u200c\u200d\u2060\ufeff"
"""What may follow the question mark at the end of a content: quotation marks (a stray
opening one too), closing brackets, spaces and zero-width characters, a comma before
the tag."""


_INTERROBANG = regex.compile(r"\?!|!\?")
"""A question mark with an exclamation mark: the question ends there even where the
segmenter reads on (a lower-case word after it)."""


def only_a_question(content: str) -> bool:
    """Whether ``content`` (a claim's text) is one question and nothing more.

    >>> only_a_question('"Is it 5 p.m. yet?"')
    True
    >>> only_a_question('"We played well. Why would I change anything?"')
    False
    >>> only_a_question("Can you believe it?!")
    True
    >>> only_a_question("the plan would fail")
    False
    """
    stripped = content.rstrip(_CLOSERS)
    if (both := _INTERROBANG.search(stripped)) is not None:
        stripped = stripped[: both.end()]  # "it?! the cables …": the question ends there
    body = stripped.rstrip("?!")
    if "?" not in stripped[len(body) :]:
        return False  # not "?", "?!" or "!?" at the end
    return len(sentence_spans(body + "?")) == 1


_WHETHER_BEFORE = regex.compile(r"(?i:\bwhether)[^\S\n]++\Z")


def asked_whether(text: str, source: tuple[int, int] | None, cue_start: int) -> bool:
    """Whether a source standing before its cue opens an indirect question (*Pressed on
    whether Lasky himself had denied the report*, *It is unclear whether the mayor
    said anything*): *whether* right before the source. What the question asks about
    is no claim anyone made."""
    if source is None or source[1] > cue_start:
        return False
    return _WHETHER_BEFORE.search(text, max(0, source[0] - 12), source[0]) is not None
