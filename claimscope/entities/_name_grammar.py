"""What the grammar around a name shows it is: a name the text describes with a
*which* clause is a body, not a person; a plural acronym (*SUVs*, *NGOs*) names many
things, never the one body a singular *it* or *the company* means."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from claimscope.entities.entity import _Ent

_WHICH_AFTER = regex.compile(r",[ \t]++which[ \t]")
"""A non-restrictive *which* clause right after a name (*Kessler, which builds two
models at the plant, said*): English uses *who* for people and *which* for things."""

_SUBJECT_BEFORE = regex.compile(r"(?:\A|[.!?\"”\n][ \t]*+|\n)\Z")
"""What comes before a name that opens its sentence: the clause after it then
describes the name, not the whole sentence before (*He thanked Ana, which …*)."""


def which_clause_after(text: str, e: _Ent) -> bool:
    """Whether a name mention of ``e`` opens its sentence and is followed by
    *, which*: the way a company or body, never a person, is described."""
    for m in e.mentions:
        if m.kind != "name" or _WHICH_AFTER.match(text, m.end) is None:
            continue
        if _SUBJECT_BEFORE.search(text[max(0, m.start - 3) : m.start]) is not None:
            return True
    return False


def plural_acronym(words: tuple[str, ...] | list[str]) -> bool:
    """Whether a one-word name is an acronym with a plural *s* (*SUVs*, *EVs*,
    *NGOs*): many things or bodies, never one speaking body."""
    return (
        len(words) == 1
        and len(words[0]) >= 3
        and words[0].endswith("s")
        and words[0][:-1].isupper()
    )
