"""*Residents of Sapang Bayan who attended the hearing said*: a relative clause on a
group of people named by where they are from.

:func:`~claimscope.attribution.phrase_shape.relative_on_subject` reads *who* after a
lower-case noun (*Residents of the village who fled said*); when a place name stands
between the people and *who* (*Farmers in Cakaudrove who lost their crops told*), the
clause is on the people all the same, and the subject scan must run past it to them.
"""

from __future__ import annotations

from claimscope import sources as sources_mod
from claimscope.entities.words import _nouns

__all__ = ["people_of_place"]

_PLACE_PREPOSITIONS = frozenset("of in from at near on".split())
"""Prepositions between people and the place they are of (*residents of*, *farmers in*)."""

_PLACE_WORDS_MAX = 4
"""Most capitalised words of the place name (*Barangay Sapang Bayan*)."""


def people_of_place(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the relative pronoun at token ``j`` follows *PEOPLE of PLACE*: a
    plural person noun (*residents*, *villagers*, *workers*), a preposition and a
    capitalised place name of at most four words."""
    i = j - 1
    while i >= 0 and j - i <= _PLACE_WORDS_MAX and tokens[i][2][:1].isupper():
        if not tokens[i][2].replace("-", "").isalpha():
            return False
        i -= 1
    if i == j - 1 or i < 1 or tokens[i][2] not in _PLACE_PREPOSITIONS:
        return False
    head = tokens[i - 1][2]
    folded = head.casefold()
    return (
        head.isalpha()
        and (head.islower() or i == 1)
        and folded.endswith("s")
        and (sources_mod.is_role(folded) or _nouns().get(folded) in ("role", "group"))
    )
