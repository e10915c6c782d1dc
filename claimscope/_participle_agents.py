"""A verb right after the agent of a reduced relative.

In *Internal emails seen by the BBC show C* and *Documents obtained by the newspaper
show C*, the noun phrase before *show* is the agent of a participle (*seen by*,
*obtained by*) inside the subject, and *show* is the subject's verb, not a noun the
determiner *the* opens (*the postponed Glasgow show*).
"""

from __future__ import annotations

import regex

_AGENT_BEFORE = regex.compile(
    r"\b\p{Ll}+(?:ed|en|wn)[ \t]++by[ \t]++(?:the|a|an|this)[ \t]++"
    r"(?:[\p{L}\p{N}.&'’-]++[ \t]++){1,4}\Z"
)
"""A participle, *by*, a determiner and one to four words ending right before the
verb (the caller bounds the window)."""

_WINDOW = 80


def after_participle_agent(text: str, start: int) -> bool:
    """Whether the agent of a participle (:data:`_AGENT_BEFORE`) ends right before
    ``start``."""
    return _AGENT_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
