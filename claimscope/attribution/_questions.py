"""Quoted questions: a speaker's question is no claim (SPEC: questions are not claims).

``"Is the president preparing for his departure?" one reporter asked`` reports a
question, and so does the continuation of a quote that is one question (``"Why should
the public believe you?"``). A quotation of several sentences that ends with a question
still states something, and stays a claim.
"""

from __future__ import annotations

import regex

__all__ = ["asked_whether", "only_a_question"]

_CLOSERS = "\"'’”»)] \t\n,"

_INNER_END = regex.compile(r"[.!?…][\"'’”»)]*\s")
"""A sentence ending inside the content, before its last character."""


def only_a_question(content: str) -> bool:
    """Whether ``content`` (a claim's text) is one question and nothing more."""
    stripped = content.rstrip(_CLOSERS)
    if not stripped.endswith("?"):
        return False
    return _INNER_END.search(stripped, 0, len(stripped) - 1) is None


_WHETHER_BEFORE = regex.compile(r"(?i:\bwhether)[^\S\n]++\Z")


def asked_whether(text: str, source: tuple[int, int] | None, cue_start: int) -> bool:
    """Whether a source standing before its cue opens an indirect question (*Pressed on
    whether Lasky himself had denied the report*, *It is unclear whether the mayor
    said anything*): *whether* right before the source. What the question asks about
    is no claim anyone made."""
    if source is None or source[1] > cue_start:
        return False
    return _WHETHER_BEFORE.search(text, max(0, source[0] - 12), source[0]) is not None
