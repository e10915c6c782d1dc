"""Capitalised name runs: where a name that starts at a token ends (*Ursula von der
Leyen*, *the Committee to Protect Journalists*, *United States Citizenship and
Immigration Services*), for :mod:`.mentions`."""

from __future__ import annotations

from claimscope import lexicon
from claimscope._body_names import nation_body
from claimscope.entities.candidates import goes_on_to
from claimscope.entities.words import (
    _AUXILIARIES,
    _CONNECTORS,
    _PREPOSITIONS,
    _PRONOUNS,
    Tok,
    _bare,
    _is_cap,
    _not_names,
    _org_words,
    _possessive,
    _titles,
)

TITLE_CASE_WORDS = (
    _PREPOSITIONS | _AUXILIARIES | _PRONOUNS.keys() | {"their", "our", "my", "your", "or", "but"}
) - {"of", "for", "on"}
"""Function words that a name never holds capitalised: a run through one is title case
(*Latinos Share Their Most Honest Thoughts On Donald Trump*)."""


def name_run(tokens: list[Tok], i: int) -> int:
    """The end (exclusive) of the capitalised run starting at ``i``; ``i`` if none."""
    n = len(tokens)
    j = i
    has_org = has_to = portfolio = False
    not_names, org_words = _not_names(), _org_words()
    while j < n:
        w = tokens[j][2]
        if w == "to" and j > i and goes_on_to(tokens, j):
            j, has_to = j + 1, True  # "the Committee to Protect Journalists"
            continue
        if has_to and w in ("Our", "Their", "Your", "My"):
            j += 1  # "the Campaign to Save Our Parks"
            continue
        if j > i and (w.casefold() in TITLE_CASE_WORDS or w.rstrip(".") in not_names):
            break  # "CNN Tuesday": a day or month ends a name
        if _is_cap(w):
            if j > i and tokens[j][0] > tokens[j - 1][1] + 1:
                break  # a line break or double space ends a name
            if not has_org and w.rstrip(".") in org_words:
                has_org = True
            j += 1
            if _possessive(w) is not None and not (j == i + 1 and _place_head(tokens, j)):
                break  # "Doe's", but not "Hawke's Bay": a place's name goes on
            continue
        if (
            w in _CONNECTORS
            and j > i
            and j + 1 < n
            and _is_cap(tokens[j + 1][2])
            and (
                has_org
                or w in PARTICLES
                or _org_word_ahead(tokens, j + 1)
                or portfolio_after(tokens, j - 1)
                or (portfolio and w == "for")  # "Secretary of State for Education"
            )
        ):
            portfolio = portfolio or portfolio_after(tokens, j - 1)
            j += 1
            continue
        break
    return j


PARTICLES = frozenset("de da del der van von al bin la le".split())
"""Lower-case particles inside personal names (*Ursula von der Leyen*)."""


def _org_word_ahead(tokens: list[Tok], k: int) -> bool:
    """True when an organisation word ends the capitalised words from ``k`` (*United
    States Citizenship and Immigration Services*), or a nation's name after one of
    them does (*Fire and Emergency New Zealand*)."""
    ahead: list[str] = []
    for t in tokens[k : k + 4]:
        if not _is_cap(t[2]):
            break
        if _bare(t[2]) in _org_words():
            return True
        ahead.append(t[2])
    return bool(nation_body(ahead))


def _place_head(tokens: list[Tok], k: int) -> bool:
    """Whether ``tokens[k]`` is a place name's head word after a one-word possessive
    (*Hawke's Bay*, *King's Cross*: ``lexicons/place_heads.txt``; *Jane Doe's
    Island Records* is hers)."""
    return k < len(tokens) and tokens[k][2].casefold() in lexicon.words("place_heads")


def portfolio_after(tokens: list[Tok], k: int) -> bool:
    """Whether ``tokens[k]`` is a title (*Minister*) that *for* or *of* and a
    capitalised portfolio follow inside a name (*Minister for Transport Ann Kelly*,
    *Secretary of State Jane Roe*)."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1][2] in ("for", "of")
        and _is_cap(tokens[k + 2][2])
        and _bare(tokens[k][2]).casefold() in _titles()
    )
