"""Epithets: source phrases that stand for the person just named.

Match, court and human-interest reports name a person, then refer back to them by
their age (*"…," the 22-year-old said*) or, for a barrister, by the bare role
(*"…," counsel said*, *Defence counsel told the jury*). :func:`epithet_antecedent`
chooses the person; :mod:`claimscope.entities.resolve` makes the epithet one of
their mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from claimscope.entities.mention import Mention
from claimscope.entities.variation import _modifier

__all__ = ["EPITHET", "epithet_antecedent"]

EPITHET = re.compile(
    r"[Tt]he[ \u00a0]+([0-9]{1,3})-year-old"
    r"|(?:(?:[Dd]efen[cs]e|[Pp]rosecuti(?:ng|on))[ \u00a0]+)?[Cc]ounsel"
)
"""A source phrase that refers back to the person just named: a bare age epithet
(*the 22-year-old said*; its group the age) or *counsel* with no determiner
(*counsel said*, *defence counsel told the jury*: the barrister of a court report)."""

_AGE_AFTER = re.compile(r"(?:,|[ \u00a0]\()[ \u00a0]*([0-9]{1,3})[,)]")
"""A person's age right after the name (*Derek Hollis, 58,*, *Sinéad Walsh (34)*)."""

_CREDIT_AFTER = re.compile(r"[ \u00a0]*(?:via[ \u00a0]|/)")
"""What follows a photographer's name in a picture credit (*Jo Roe via Getty Images*,
*Jo Roe/Reuters*): no one an epithet refers back to."""

_REACH = 2
"""How many sentences before an epithet the person it stands for may be named."""

_CHARS = 600
"""How many characters before an epithet the person it stands for may be named."""

_LOOKBACK = 30
"""How many mentions before an epithet are looked at."""


def epithet_antecedent(
    text: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    quotes: Sequence[tuple[int, int]],
    at: int,
    age: str | None,
    person: Callable[[Mention], bool],
) -> Mention | None:
    """The mention of the person an epithet at ``at`` (*the 22-year-old*, *counsel*)
    stands for: the person named with that ``age`` (*Derek Hollis, 58,*), else the
    latest person who was a subject (a name, *he* or *she*) in the epithet's sentence
    or the two before it. Names inside ``quotes`` (sorted spans), names modifying a
    noun (*the Trump team*) and picture credits are not looked at; ``person`` says
    whether a mention's entity is a person."""
    k = bisect.bisect_left(starts, at) - 1
    floor = mentions[k].sentence - _REACH if k >= 0 else 0
    latest: Mention | None = None
    for j in range(k, max(-1, k - _LOOKBACK), -1):
        m = mentions[j]
        if m.sentence < floor or at - m.end > _CHARS:
            break
        if m.possessive or not (m.kind == "name" or m.head in ("he", "she")) or not person(m):
            continue
        if (
            _quoted(quotes, m.start)
            or _modifier(text, m.start, m.end)
            or _CREDIT_AFTER.match(text, m.end) is not None
        ):
            continue  # "Donald is …" quoted, "the Trump team", "Jo Roe via Getty"
        given = _AGE_AFTER.match(text, m.end) if m.kind == "name" else None
        if given is not None and age is not None and given.group(1) == age:
            return m  # "Derek Hollis, 58, … The 58-year-old"
        if latest is None and m.subject:
            latest = m
    return latest


def _quoted(quotes: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` lies inside one of the sorted spans ``quotes``."""
    i = bisect.bisect_right(quotes, (at, 1 << 62)) - 1
    return i >= 0 and quotes[i][0] < at < quotes[i][1]
