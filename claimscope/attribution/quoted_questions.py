"""Quotations that only ask: a quoted question tagged as asked is no claim (SPEC:
questions are not claims): *"Wouldn't any journalist ask where the money went?" he
asked.* A quotation that states something before its question (*"We played well. Why
would I change anything?"*) keeps its claim. Any content that is one question, however
tagged, is dropped by :func:`claimscope.attribution._questions.only_a_question`; this
test adds the quoted question whose inner full stops (*"Is it 5 p.m. yet?" she
asked*) that one reads as sentence ends."""

from __future__ import annotations

import regex

from claimscope.model import Claim

__all__ = ["quoted_question"]

_ASKING = frozenset(("ask", "question", "wonder"))
"""Reporting entries that tag a quotation as a question asked."""

_QUOTE_MARKS = "\"“”‘’'«» \t\n,"
"""What may wrap a quotation's words in a claim's content."""

_SENTENCE_BREAK = regex.compile(r"[.!?…][\"”’']?[ \t\n]+[\"“‘']?\p{Lu}")
"""The end of one sentence and the start of the next inside a quotation."""


def quoted_question(claim: Claim) -> bool:
    """Whether ``claim`` is one quoted question its cue says was asked."""
    if claim.cue is None or claim.cue.entry not in _ASKING:
        return False
    return one_question(claim.text)


def one_question(content: str) -> bool:
    """Whether the claim content ``content`` is one quoted question.

    >>> one_question('"Is this the end of the road?"')
    True
    >>> one_question('"We played well. Why would I change anything?"')
    False
    >>> one_question("the plan would fail")
    False
    """
    stripped = content.strip()
    if not stripped or stripped[0] not in "\"“‘'«":
        return False
    inner = stripped.strip(_QUOTE_MARKS)
    return inner.endswith("?") and _SENTENCE_BREAK.search(inner) is None
