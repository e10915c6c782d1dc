"""Whether an *and* in the words before a cue joins members of one source.

*Jane Doe and her aides said*, *officials and analysts said* and *the Ministry of Trade
and Industry said* name one source; *…, and he said* and *Clinton won Iowa and Sanders
said* join clauses. :func:`claimscope.attribution.who.left_source` asks
:func:`joins_sources` when its backward walk meets an *and* or *or*.
"""

from __future__ import annotations

from claimscope import lexicon
from claimscope._grammar import CLAUSE_WORDS, POSSESSIVES
from claimscope.attribution.context import BOUNDARY
from claimscope.sources import is_source_noun

__all__ = ["joins_sources", "leading_name"]


def joins_sources(tokens: list[tuple[int, int, str]], j: int, start: int) -> bool:
    """Whether the *and* at token ``j`` joins members of one source (*Jane Doe and her
    aides*, *Experts and brokerages*: SPEC, the leading member's type), not clauses
    (*…, and he said*, *Clinton won Iowa and Sanders said*)."""
    following = tokens[start][2]
    previous = tokens[j - 1][2] if j > 0 else ""
    if (
        (is_source_noun(previous.casefold()) or _plurals(previous, following))
        and following.islower()
        and following.endswith("s")
        and (j < 2 or tokens[j - 2][2] in BOUNDARY or _one_modifier(tokens, j - 2))
    ):
        return True  # "…, officials and analysts said", "…, producers and buyers said"
    if previous[:1].isupper() and following[:1].isupper() and _inside_body_name(tokens, j):
        return True  # "the Ministry of Trade and Industry said": one body's name
    return (
        previous[:1].isupper()
        and leading_name(tokens, j - 1)
        and (following[:1].isupper() or following.casefold() in POSSESSIVES)
    ) or _inside_name(tokens, j, previous, following)


def _plurals(previous: str, following: str) -> bool:
    """*producers and buyers*: a lower-case plural joined to a plural source noun."""
    return previous.islower() and previous.endswith("s") and is_source_noun(following)


def _one_modifier(tokens: list[tuple[int, int, str]], m: int) -> bool:
    """Whether token ``m`` is one word modifying the first member of a joined source
    and opening it (*industry officials and analysts*, *Union leaders and …*)."""
    return tokens[m][2].isalpha() and (m < 1 or tokens[m - 1][2] in BOUNDARY)


def _inside_name(tokens: list[tuple[int, int, str]], j: int, previous: str, following: str) -> bool:
    """Whether the *and* at token ``j`` stands inside one body's name after *the*
    (*the Securities and Exchange Commission*, *the Department of Health and Human
    Services*): capitals on both sides, and *the* before the capitals (and *of*)
    that open it. A person's name takes no article (*Clinton won Iowa and Sanders
    said* joins clauses)."""
    if not (previous[:1].isupper() and following[:1].isupper()):
        return False
    i = j - 1
    while i >= 0 and j - i <= 6 and (tokens[i][2][:1].isupper() or tokens[i][2] == "of"):
        i -= 1
    return i >= 0 and i < j - 1 and tokens[i][2].casefold() == "the"


def _inside_body_name(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the *and* at token ``j`` stands inside a body's name: back over
    capitalised words and *of*/*for*, a word that names an institution (*Ministry of
    Labour and Employment Promotion*, *Department for Business and Trade*)."""
    i = j - 1
    while i >= 0 and j - i <= 6:
        word = tokens[i][2]
        if word[:1].isupper():
            if word.casefold() in lexicon.words("organization_name_words"):
                return True
        elif word not in ("of", "for"):
            return False
        i -= 1
    return False


def leading_name(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the words ending at token ``j`` are a bare name opening a clause
    (*Jane Doe* in *Jane Doe and her aides said*), not the end of another clause."""
    i = j
    while i >= 0 and j - i < 5 and (tokens[i][2][:1].isupper() or tokens[i][2] == "."):
        i -= 1
    return i < 0 or tokens[i][2] in BOUNDARY or tokens[i][2].casefold() in CLAUSE_WORDS
