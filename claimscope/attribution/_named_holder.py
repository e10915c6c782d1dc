"""*ROLE PHRASE, NAME, said*: the source phrase of a name in apposition after a role.

*A trader at the Mile 12 Market, Mrs Kafayat Bello, said* or *The Force Public
Relations Officer, ACP Jane Roe, however, denied*: the whole phrase is the source's
local mention, and :func:`claimscope.entities.role_holders.holder_name` makes the
name its source. Used by :func:`claimscope.attribution.who.appositive_source`.
"""

from __future__ import annotations

from claimscope.attribution.context import CLOSE_QUOTES
from claimscope.entities.role_holders import NAME_MAX, ROLE_PHRASE_MAX, person_name, role_phrase

__all__ = ["named_holder"]


def named_holder(tokens: list[tuple[int, int, str]], comma: int) -> tuple[int, int] | None:
    """The token span of *ROLE PHRASE, NAME* in *ROLE PHRASE, NAME, said*, where
    token ``comma`` closes the name aside (an adverb aside after it is stepped over:
    *, however,*); ``None`` unless the aside names a person
    (:func:`~claimscope.entities.role_holders.person_name`) and the phrase before its
    opening comma holds a person noun
    (:func:`~claimscope.entities.role_holders.role_phrase`)."""
    if tokens[comma][2] != ",":
        return None
    aside = tokens[comma - 1][2] if comma >= 2 else ""
    if aside.isalpha() and aside.islower() and tokens[comma - 2][2] == ",":
        comma -= 2  # "…, ACP Jane Roe, however, denied": past the adverb
    j = comma - 1
    while j >= 0 and comma - j <= NAME_MAX + 1 and tokens[j][2] != ",":
        j -= 1
    if j < 1 or tokens[j][2] != ",":
        return None
    if not person_name([t[2] for t in tokens[j + 1 : comma]]):
        return None
    i = j - 1
    while i >= 0 and j - i <= ROLE_PHRASE_MAX and tokens[i][2] not in (",", ";", ":"):
        i -= 1
    if i >= 0 and tokens[i + 1][2] in CLOSE_QUOTES:
        i += 1  # '"C," the minister, Dr Ana Ruiz, said': the quote is the content
    phrase = [t[2] for t in tokens[i + 1 : j]]
    if j - i > ROLE_PHRASE_MAX or not role_phrase(phrase):
        return None
    if phrase[0].casefold() not in _INDEFINITE and not any(w[:1].isupper() for w in phrase[1:]):
        return None  # "His lawyer, Jane Roe,": the entities link such a role to the name
    return i + 1, comma


_INDEFINITE = frozenset(("a", "an", "one"))
"""Openers of a role the entity clustering does not link to a name after it by
itself (*A lawyer for the outlets, Jane Roe,*, *one of the family's attorneys, …*);
a definite or possessive role in lower case (*His lawyer*, *The union's president*)
it does, and keeps as the local mention."""
