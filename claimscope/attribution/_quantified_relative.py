"""A quantified relative subject: *lobby groups, some of which have claimed C*,
*several unions, one of whom said C*. The speakers are some of the antecedent's
members; the antecedent is the source."""

from __future__ import annotations

from claimscope import lexicon
from claimscope._grammar import PREPOSITIONS
from claimscope.sources import is_source_noun

__all__ = ["members_start", "quantified_relative"]

_QUANTIFIERS = frozenset(
    """all any both each few many most none one several some two three four five half
    dozens hundreds""".split()
)


def quantified_relative(tokens: list[tuple[int, int, str]], j: int) -> int | None:
    """The index of the comma before *QUANTIFIER of which/whom* when token ``j`` is
    that *which* or *whom* (the subject of a cue after it), else ``None``."""
    if j < 3 or tokens[j][2].casefold() not in ("which", "whom"):
        return None
    if tokens[j - 1][2] != "of" or tokens[j - 2][2].casefold() not in _QUANTIFIERS:
        return None
    return j - 3 if tokens[j - 3][2] == "," else None


def members_start(tokens: list[tuple[int, int, str]], start: int, comma: int) -> int:
    """Where the plural group a quantified relative counts from starts in tokens
    ``[start, comma)``: after the preposition before its last plural person noun
    (*shared by groups opposed to climate policy, some of which* → *groups …*), else
    at ``start``."""
    for p in range(comma - 1, start - 1, -1):
        word = tokens[p][2]
        if word.islower() and word.endswith("s") and _people(word):
            q = p
            while q > start and tokens[q - 1][2] not in PREPOSITIONS:
                q -= 1
            return q
    return start


def _people(word: str) -> bool:
    """Whether the plural ``word`` names people or bodies (*groups*, *unions*)."""
    return is_source_noun(word) or lexicon.fields("entity_nouns").get(word[:-1]) in (
        "person",
        "anonymous",
        "organization",
    )
