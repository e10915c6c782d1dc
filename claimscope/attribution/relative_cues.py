"""Attitude verbs in a relative clause inside a claim's content.

*She told the jury that an article which suggested she took the money left her
unable to work*: *suggested* hedges what the article put forward, not the claim
the speaker makes about it. An attitude verb right after *which* or *who* opens a
relative clause on a noun of the content, so it does not bear on the claim's
confidence (:func:`claimscope.attribution.emit.claim_cues`)."""

from __future__ import annotations

import regex

__all__ = ["in_relative_clause"]

_RELATIVE_BEFORE = regex.compile(r"(?i:\b(?:which|who|that)(?:[^\S\r\n]++\w++ly)?[^\S\r\n]++)\Z")
"""*which*, *who* or *that*, an optional adverb and a space, ending right before the
cue (*that* with no subject between it and the verb is a relative pronoun: *animation
that felt like an event*)."""


def in_relative_clause(text: str, start: int) -> bool:
    """Whether the cue starting at ``start`` is the verb of a relative clause opened
    by *which* or *who* (*an article which suggested …*, *voters who believe …*).

    >>> text = "an article which suggested she took it"
    >>> in_relative_clause(text, text.index("suggested"))
    True
    >>> text = "she suggested it was over"
    >>> in_relative_clause(text, text.index("suggested"))
    False
    """
    return _RELATIVE_BEFORE.search(text, max(0, start - 30), start) is not None
