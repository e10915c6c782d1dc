"""Clauses that bound a content: a leading concession, a second verb phrase.

A leading concessive clause is not part of a content.

*While the agency did not disclose the amount, the fine is the largest in its
history, two officials said*: the officials say the fine is the largest, and the
clause before the comma is the writer's concession (its own subject and verb), so
the content starts after it. A cue inside that clause (*Although the council did not
confirm the cost, …*) reports only up to the comma that closes it.

A naming verb's content is a small clause with no verb of its own (*called the plan
"money we simply don't have"*), so a verb phrase joined by *and* after it (*and relied
on what he called gimmicks*) is the subject's next act, not part of what was said.
"""

from __future__ import annotations

import regex

from claimscope.attribution.context import Context
from claimscope.model import Cue, CueKind

_LEADING = regex.compile(
    r"[^\S\n]*+(?:while|although|though|even[^\S\n]+though|whereas)[^\S\n]"
    r"[^,;:.!?\"“”\n]{1,160}+,",
    regex.I,
)
"""A sentence opened by a concessive subordinator, up to the comma that closes it."""


_NAMING_LEMMAS = frozenset({"call", "describe"})
"""Verbs whose object and its complement make the content (*called X "Y"*)."""

_NEXT_ACT = regex.compile(
    r"[^\S\n]+and[^\S\n]+(?:then[^\S\n]+)?\p{Ll}{2,}ed[^\S\n]+(?:on|of|to|for|at|in|"
    r"with|the|a|an|his|her|their|its|him|them|it|that|what)\b"
)
"""*and relied on*, *and urged the*: a past verb opening a second verb phrase."""

_CLAUSE = regex.compile(
    r"\b(?:which|who|whom|whose|that|where|when|is|are|was|were|has|have|had)\b", regex.I
)
"""A word opening or carrying a clause of its own in the content (*crass behaviour on
a show in which contestants were given tasks and competed*): the *and* may join
that clause's verbs."""


def clip(text: str, sentence: tuple[int, int], cue: Cue, start: int, end: int) -> tuple[int, int]:
    """The content ``text[start:end]`` of ``cue`` bounded by the clauses this module
    describes."""
    start, end = _concession(text, sentence, cue, start, end)
    if cue.entry in _NAMING_LEMMAS and start >= cue.end:
        m = _NEXT_ACT.search(text, start, end)
        if m is not None and m.start() > start and not _own_clause(text[start : m.start()]):
            return start, m.start()
    return start, end


def _concession(
    text: str, sentence: tuple[int, int], cue: Cue, start: int, end: int
) -> tuple[int, int]:
    """The content with a leading concessive clause of the sentence left out: the
    part of the content on the cue's side of its comma."""
    m = _LEADING.match(text, sentence[0], sentence[1])
    if m is None:
        return start, end
    comma = m.end() - 1
    if cue.start < comma < end and start < comma:
        return start, comma
    if cue.start > comma and start < comma < end:
        after = comma + 1
        while after < end and text[after].isspace():
            after += 1
        return after, end
    return start, end


_QUOTED = regex.compile(r"\"[^\"\n]*+\"|“[^”\n]*+”")


def _own_clause(before: str) -> bool:
    """Whether the content before the *and* holds a clause of its own outside quotes
    (a quoted name may hold any words: *"money we simply don't have"*)."""
    return _CLAUSE.search(_QUOTED.sub(" ", before)) is not None


WHOM_REACH = 6
"""How many tokens after the comma the cue of an object relative clause may stand
(*, whom he accused*, *, whom the senator had repeatedly accused*)."""


def before_whom(ctx: Context, tokens: list[tuple[int, int, str]], m: int) -> bool:
    """Whether the comma at token ``m`` opens an object relative clause with a
    reporting cue of its own (*attacking Dole, whom he accused of hiding the
    deficit*): its speaker makes a claim about the noun, so a content running into it
    ends at the comma and the cue is read on its own."""
    if m + 2 >= len(tokens) or tokens[m][2] != "," or tokens[m + 1][2].casefold() != "whom":
        return False
    reach = tokens[min(len(tokens) - 1, m + WHOM_REACH)][1]
    return any(c.kind is CueKind.REPORTING for c in ctx.cues_between(tokens[m][0], reach))
