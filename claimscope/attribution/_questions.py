"""Quoted questions: a speaker's question is no claim (SPEC: questions are not claims).

``"Is the president preparing for his departure?" one reporter asked`` reports a
question, and so does the continuation of a quote that is one question (``"Why should
the public believe you?"``). A quotation of several sentences that ends with a question
still states something, and stays a claim.
"""

from __future__ import annotations

import regex

__all__ = ["only_a_question"]

_CLOSERS = "\"'’”»)] \t\n,"

_INNER_END = regex.compile(r"[.!?…][\"'’”»)]*\s")
"""A sentence ending inside the content, before its last character."""


def only_a_question(content: str) -> bool:
    """Whether ``content`` (a claim's text) is one question and nothing more."""
    stripped = content.rstrip(_CLOSERS)
    if not stripped.endswith("?"):
        return False
    return _INNER_END.search(stripped, 0, len(stripped) - 1) is None
