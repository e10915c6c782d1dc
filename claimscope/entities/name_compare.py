"""Small comparisons of names and descriptions made while clustering mentions into
entities (:mod:`claimscope.entities.cluster`): whether a description repeats an earlier
one, whether a longer name ends with a shorter, a name's initials and gender, a short
name in brackets after a body's name."""

from __future__ import annotations

from collections.abc import Sequence

from claimscope.entities.mentions import Mention
from claimscope.entities.words import _given_names, _nouns, _org_word, _titles

__all__ = [
    "_bracketed_alias",
    "_ends_with",
    "_initials",
    "_mention_gender",
    "_owned_by_other",
    "_same_description",
    "_second_surname",
]


def _second_surname(words: Sequence[str], folded: str) -> bool:
    """Whether ``folded`` is the middle word of a three-word personal name whose words
    all look like names (*Daniel Ortiz Vargas*), the first of two family names; not a
    name run through an initialism or a noun (*the Rachel Maddow Show*)."""
    return (
        len(words) == 3
        and words[1].casefold() == folded
        and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() for w in words)
        and words[2].casefold() not in _nouns()
    )


def _same_description(earlier: str, described: str) -> bool:
    """Whether a definite description repeats an earlier one (both case-folded),
    also when that one was indefinite: *the Downing Street spokesman* after *a
    Downing Street spokesman*."""
    if earlier == described:
        return True
    _a, _sp, rest = earlier.partition(" ")
    return _a in ("a", "an") and described.partition(" ")[2] == rest


def _owned_by_other(described: str, name: str) -> bool:
    """True when ``described`` is owned by a pronoun (*her campaign*) and ``name``, an
    earlier description with the same noun, by a name (*the Trump campaign*,
    *Clinton's campaign*): a pronoun may mean that name's holder, but not surely."""
    first = described.split(" ", 1)[0].casefold()
    if first not in ("his", "her", "its", "their"):
        return False
    return any(w[:1].isupper() for w in name.split()[1:])


def _mention_gender(m: Mention) -> str:
    """The gender a name mention's title or given name signals, or ``""``."""
    if m.title:
        gender = _titles().get(m.title, "-")
        if gender != "-":
            return gender
    if len(m.words) >= 2:
        given = _given_names()
        for word in m.words[:-1]:  # "Adviser Abigail Reyes": a capitalised role first
            gender = given.get(word.casefold(), "")
            if gender:
                return gender
        return ""
    if m.title in ("", "sir", "dame", "lord", "lady"):
        return _given_names().get(m.words[0].casefold(), "") if m.words else ""
    return ""


def _ends_with(words: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether the longer name ``words`` ends with ``tail``, case aside."""
    n = len(tail)
    return len(words) > n and all(
        a.casefold() == b.casefold() for a, b in zip(words[-n:], tail, strict=True)
    )


def _bracketed_alias(text: str, a: Mention, b: Mention) -> bool:
    """Whether the name ``b``, one capitalised word alone in brackets right after the
    body's name ``a``, is the body's short name (*the National Superintendency of
    Labour Inspection (Sunafil)*); acronyms are :func:`_initials`' question."""
    return (
        a.kind == b.kind == "name"
        and len(b.words) == 1
        and b.words[0][1:].islower()
        and text.startswith(")", b.end)
        and bool(_org_word(a.words))
    )


def _initials(words: Sequence[str]) -> str:
    """The initials of a name's capitalised words (*Federal Aviation Administration*
    → *FAA*); an acronym in brackets after a name is its expansion only if they agree
    (*Reclaim Our Schools (AROS)* is not)."""
    return "".join(w[0] for w in words if w[:1].isupper())
