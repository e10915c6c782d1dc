"""A role description's capitalised modifier must fit the person it refers back to:
*the Vermont senator* is the senator the text called *Vermont Sen. Bernie Sanders*, not
the senator named last (*Florida Sen. Marco Rubio*); *the New Jersey governor* is no
other governor."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import islice

import regex

from claimscope.entities.entity import _Ent
from claimscope.entities.mention import Mention
from claimscope.entities.words import _nouns, _titles

__all__ = ["fitting_holder", "modifier_fits"]

_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}.'’-]*")
"""A capitalised word (*Vermont*, *New*, *Jersey*, *U.S.*)."""

_APPOSITION = regex.compile(r",[ \t]+[^,.;:\n]{0,60}")
"""An apposition right after a name (*Sen. Jane Roe, a Vermont Democrat,*)."""


def _modifiers(text: str, m: Mention) -> list[str]:
    """The capitalised words between a description's first word and its head noun
    (*the Vermont senator* → ``["Vermont"]``; *The senator* → ``[]``)."""
    inner = text[m.start : m.end].split(None, 1)
    if len(inner) < 2:
        return []
    words = inner[1].rsplit(None, 1)
    return _CAPITALISED.findall(words[0]) if len(words) == 2 else []


def _around(text: str, n: Mention, before: int) -> str:
    """A name mention with the ``before`` words right before it and the apposition
    right after it (*Vermont Sen. Bernie Sanders*; *Jane Roe, a Vermont Democrat*)."""
    ahead = text[max(0, n.start - 60) : n.start].split()[-before:]
    after = _APPOSITION.match(text, n.end)
    return " ".join((*ahead, text[n.start : n.end], after.group() if after else ""))


NAMES_READ = 4
"""How many of an entity's first and of its latest name mentions
:func:`modifier_fits` reads (where a text introduces a person with a modifier, *Vermont
Sen. Bernie Sanders*, and where it last named them), so the check costs the same
however often a long text names one person."""

_SCAN = 32
"""How many mentions from each end of an entity's list are searched for those names."""


def _names_read(ent: _Ent) -> list[Mention]:
    """The first and the latest :data:`NAMES_READ` name mentions of ``ent``."""
    first = [n for n in islice(ent.mentions, _SCAN) if n.kind == "name"][:NAMES_READ]
    if len(ent.mentions) <= _SCAN and len(first) < NAMES_READ:
        return first  # every name mention of a short list
    latest = [n for n in islice(reversed(ent.mentions), _SCAN) if n.kind == "name"]
    return first + [n for n in reversed(latest[:NAMES_READ]) if n not in first]


@functools.lru_cache(maxsize=256)
def _word_pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"\b{regex.escape(word)}\b")


def modifier_fits(text: str, m: Mention, ent: _Ent) -> bool:
    """Whether the role description ``m`` may refer back to ``ent``: it has no
    capitalised modifier, or each of its modifier words stands in, right before or in
    apposition after one of ``ent``'s name mentions (its first and latest ones,
    :data:`NAMES_READ`)."""
    wanted = _modifiers(text, m)
    if not wanted:
        return True
    for n in _names_read(ent):
        near = _around(text, n, len(wanted) + 1)
        if all(_word_pattern(w).search(near) for w in wanted):
            return True
    return False


def _own_modifiers(text: str, ent: _Ent) -> set[str]:
    """The capitalised words before the title in ``ent``'s name mentions (*Florida* of
    *Florida Sen. Marco Rubio*): the modifier its own name carries, in the name
    mentions :func:`modifier_fits` reads (:data:`NAMES_READ`)."""
    own: set[str] = set()
    for n in _names_read(ent):
        if not n.title:
            continue
        words = text[n.start : n.end].split()
        for k, w in enumerate(words):
            if w.casefold().rstrip(".") == n.title:
                own.update(x for x in words[:k] if x[:1].isupper() and not _role_word(x))
                break
    return own


def _role_word(word: str) -> bool:
    """Whether a capitalised word is a title's or a role's (*Attorney* of *Attorney
    General*, *Former*), no modifier of place or party."""
    folded = word.casefold().rstrip(".")
    return folded in _titles() or _nouns().get(folded) == "role" or folded in _NOT_PLACES


_NOT_PLACES = frozenset({"acting", "deputy", "former", "interim", "late", "then", "vice"})
"""Capitalised words before a title that say when or how one holds it, not where."""


def fitting_holder(text: str, m: Mention, holders: Sequence[_Ent]) -> _Ent | None:
    """The first of ``holders`` (a role's holders, latest mentioned first) that the role
    description ``m`` fits (:func:`modifier_fits`), else the first whose own name
    carries no other modifier (:func:`_own_modifiers`): a modifier the text never wrote
    by any holder's name decides nothing (*the Republican nominee*), but *the Vermont
    senator* is not *Florida Sen. Marco Rubio*; ``None`` when every holder conflicts."""
    fits = next((e for e in holders if modifier_fits(text, m, e)), None)
    if fits is not None or not _modifiers(text, m):
        return fits or holders[0]
    return next((e for e in holders if not _own_modifiers(text, e)), None)
