"""Offices written as titles with *of* or *for* beside their holder's name (*The
Bishop of Ravensworth, the Rt Rev Andrew Colley,*; *Linda Farrow, the Mayor of
Eastport,*): the capitalised office phrase is a description of the person named in
apposition, not a name of its own, for :mod:`.cluster`.

The mention scan reads such a phrase as capitalised names (*The Duke*, *Alderley*)
or as nothing at all, so the holder and the office stayed two entities and a later
*the bishop* found neither. Here the phrase becomes one definite description headed
by its role noun, which the apposition step joins to the name beside it."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from claimscope.entities.mention import Mention
from claimscope.entities.words import _given_names, _org_words, _titles
from claimscope.sources import is_role

__all__ = ["office_descriptions"]

_OFFICE = regex.compile(
    r"(?:[Tt]he\s+)?(?P<role>(?:\p{Lu}[\p{L}\-]*\s+)?\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?"
    r"\p{Lu}[\p{L}\-]*(?:\s+(?:(?:of|for|and|the)\s+){0,2}\p{Lu}[\p{L}\-]*){0,4}"
)
"""An office written as a title: an optional article, one or two capitalised words
ending in a role noun (*EU Commissioner*), *of* or *for* and a capitalised portfolio of at most
five capitalised words, joined by *of*, *for*, *and* or *the*
(*the Mayor of Eastport*, *Governor of the Bank of England*, *Secretary of State for
Health*). Matched only against a short span, from a word start to a comma."""

_OWNED_OFFICE = regex.compile(
    r"(?:Its|Their|His|Her)\s+(?P<role>(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+)"
)
"""A capitalised role owned by the body or person just named (*Its General Secretary*,
*Their Chief Executive*), before its holder's name."""

_WORD_START = regex.compile(r"(?<![\w'’\-])\p{Lu}")
"""A capitalised word's first letter, where an office phrase may start."""

_REACH = 70
"""How far before the comma an office phrase may start (about ten words)."""


def office_descriptions(
    text: str, sentences: Sequence[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with each capitalised office phrase standing in apposition to a
    personal name read as one definite description of that person: the names found
    inside it (*The Duke*, *Alderley*), save a body's name (*Acme Bank*), give way."""
    found: list[Mention] = []
    for m in mentions:
        if m.kind != "name" or not _personal(m):
            continue
        before = _office_before(text, sentences, m)
        if before is not None:
            found.append(before)
        after = _office_after(text, m)
        if after is not None:
            found.append(after)
    if not found:
        return mentions
    spans = sorted((d.start, d.end) for d in found)
    starts = [s for s, _ in spans]
    kept = [m for m in mentions if not _inside(m, spans, starts)]
    return sorted([*kept, *found], key=lambda x: (x.start, x.end))


def _personal(m: Mention) -> bool:
    """Whether the name ``m`` is a person's: two words or more, or a title."""
    return (len(m.words) >= 2 or bool(m.title)) and not set(m.words) & _org_words()


def _office_before(text: str, sentences: Sequence[tuple[int, int]], m: Mention) -> Mention | None:
    """The office phrase ending at the comma before the name ``m`` (*The Bishop of
    Ravensworth, the Rt Rev Andrew Colley*), as a description, or straight before it
    as a role prefix (*EU Commissioner for the Mediterranean Henrik Lund*); else
    ``None``."""
    lead = text[max(0, m.start - 6) : m.start]
    gap = lead.rstrip()
    if gap.endswith((", the", ", The")):
        gap = gap[:-4].rstrip()
    prefix = not gap.endswith(",")
    if prefix and not (lead.endswith(" ") and _given(m)):
        return None  # a prefix needs a full name after it to show where the office ends
    comma = m.start - len(lead) + len(gap) - (0 if prefix else 1)
    s0 = sentences[m.sentence][0]
    lo = max(s0, comma - _REACH)
    for w in _WORD_START.finditer(text, lo, comma):
        span = _office_span(text, w.start(), comma)
        if span is not None:
            found = _description(text, span, m.sentence, w.start() == s0)
            return found._replace(roles=(found.head,), words=("→",)) if prefix else found
    return None


def _given(m: Mention) -> bool:
    """Whether the name ``m`` is a full name (*Henrik Lund*) the scan read apart from
    the capitalised words before it, or opens with a given name."""
    return len(m.words) >= 2 or (bool(m.words) and m.words[0].casefold() in _given_names())


def _office_after(text: str, m: Mention) -> Mention | None:
    """The office phrase after the comma that follows the name ``m`` (*Linda Farrow,
    the Mayor of Eastport,*), closed by a comma, bracket, dash or the sentence's
    end; else ``None``."""
    at = m.end
    if not text.startswith(", ", at):
        return None
    start = at + 2
    end = _OFFICE.match(text, start, min(len(text), start + _REACH))
    if end is None:
        return None
    close = end.end()
    if close < len(text) and text[close] not in ",)—–;:.":
        return None
    span = _office_span(text, start, close)
    return None if span is None else _description(text, span, m.sentence, False)


def _office_span(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The span and role noun of an office phrase filling ``text[start:end]``."""
    hit = _OFFICE.fullmatch(text, start, end) or _OWNED_OFFICE.fullmatch(text, start, end)
    if hit is None:
        return None
    role = hit.group("role").split()[-1].casefold()
    if not (is_role(role) or role in _titles()):
        return None
    return start, end, role


def _description(text: str, span: tuple[int, int, str], sentence: int, opens: bool) -> Mention:
    start, end, role = span
    return Mention(start, end, sentence, "desc", head=role, definite=True, subject=opens)


def _inside(m: Mention, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether the name ``m`` lies inside one of the office ``spans`` (a description
    of those is replaced; a body's name inside stays)."""
    k = bisect.bisect_right(starts, m.start) - 1
    if k < 0 or m.end > spans[k][1]:
        return False
    if (m.start, m.end) == spans[k]:
        return True
    return not (m.kind == "name" and set(m.words) & _org_words())
