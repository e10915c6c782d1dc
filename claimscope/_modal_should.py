"""Whether *should* tells an expectation (*a decision should come next week*), which
hedges, or an obligation or advice (*should be punished*), which does not: a verb of
being or of a scheduled event after it and a time ahead in the same clause.
(:func:`claimscope.cue_senses.sense` asks.)"""

from __future__ import annotations

import regex

from claimscope._sense_words import _next_words

__all__ = ["expectation_should"]


_SCHEDULE_VERBS = frozenset(
    """arrive be begin close come end finish follow happen land launch open reach
    reopen resume return ship start""".split()
)
"""Verbs after *should* that tell what is due to happen (*should arrive*, *should
be ready*), not what someone ought to do."""

_SHOULD_ADVERBS = frozenset("also all easily now soon still then".split())

_CLAUSE_END = regex.compile(r"[.,;:!?\n]")

_TIME_AHEAD = regex.compile(
    r"\b(?:(?:in|by|from|until|starting|beginning|early|late|mid|around)[^\S\r\n]++"
    r"(?:(?:early|late|mid|the[^\S\r\n]++end[^\S\r\n]++of)[^\S\r\n-]*+)?20\d\d"
    r"|soon|sometime|shortly|tomorrow"
    r"|by[^\S\r\n]++(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:next|later[^\S\r\n]++this|early[^\S\r\n]++next)[^\S\r\n]++"
    r"(?:week|month|year|spring|summer|fall|autumn|winter|quarter|season|decade)"
    r"|this[^\S\r\n]++(?:spring|summer|fall|autumn|winter|quarter|weekend)"
    r"|by[^\S\r\n]++the[^\S\r\n]++end[^\S\r\n]++of"
    r"|within[^\S\r\n]++(?:\w++[^\S\r\n]++)?(?:days|weeks|months|years))\b",
    regex.IGNORECASE,
)
"""A time ahead of the telling: *in 2023*, *soon*, *next month*, *by the end of*."""


def expectation_should(text: str, start: int, end: int) -> bool:
    """Whether *should* at ``start:end`` tells an expectation (*the lander should be
    available starting in 2023*, *a decision should come next week*): a verb of
    being or of a scheduled event follows, and a time ahead stands in the same
    clause. Without such a time *should* is read as obligation or advice (*should
    be punished*, *should coincide with prevention*), which hedges nothing;
    inverted conditional *should* (*should she win*) is no verb phrase here."""
    words = _next_words(text, end, 3)
    while words and (words[0] in _SHOULD_ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    if not words or not (words[0] in _SCHEDULE_VERBS or words[:2] == ["take", "place"]):
        return False
    limit = min(len(text), end + 100)
    stop = _CLAUSE_END.search(text, end, limit)
    return _TIME_AHEAD.search(text, end, stop.start() if stop else limit) is not None
