"""A name inside a relative clause on a sentence's subject is less salient than the
subject: after *Petromar, which is controlled by holding company Grupo Valverde, said
…*, a later *the company* is Petromar, not the holding company named in passing."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from claimscope.entities.entity import _Ent, _name_kind
from claimscope.entities.mention import Mention
from claimscope.entities.spanmap import SpanMap

__all__ = ["subject_over_relative"]

_RELATIVE = regex.compile(r",[ \t]+(?:which|that|who|whose)\b[^,;:()\n]*+\Z")
"""The words from a subject to a name inside the relative clause on it, with no comma
closing the clause first (*, which is controlled by holding company*)."""


def subject_over_relative(
    text: str,
    m: Mention,
    held: _Ent,
    mentions: Sequence[Mention],
    of: SpanMap[_Ent],
) -> _Ent | None:
    """The subject of the sentence where ``held`` took the role ``m`` names (*the
    company*), when ``held`` was named inside a relative clause on that subject and the
    subject is a name that may be such a body (no person); else ``None``."""
    given = next((x for x in reversed(held.mentions) if m.head in x.roles), None)
    if given is None or given.sentence >= m.sentence:
        return None
    end = bisect.bisect_left(mentions, given.start, key=_start)  # mentions before it
    first = end
    while first > 0 and mentions[first - 1].sentence == given.sentence:
        first -= 1  # back to the first mention of its sentence, not the text's
    for s in mentions[first:end]:
        if s.kind != "name" or not s.subject:
            continue
        if not _RELATIVE.match(text, s.end, given.start):
            continue
        ent = of.get((s.start, s.end))
        if ent is None or ent is held or ent.gender or ent.titled:
            return None
        return ent if _name_kind(ent) in ("", "organization") else None
    return None


def _start(mention: Mention) -> int:
    return mention.start
