"""Capitalised name runs: where a name that starts at a token ends (*Ursula von der
Leyen*, *the Committee to Protect Journalists*, *United States Citizenship and
Immigration Services*), for :mod:`.mentions`."""

from __future__ import annotations

import regex

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
    _given_names,
    _head_org_words,
    _is_cap,
    _not_names,
    _org_words,
    _possessive,
    _role_word,
    _surname_org_words,
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
        if _is_cap(w) or (j > i and _PARTICLE_JOINED.match(w) is not None):
            if j > i and tokens[j][0] > tokens[j - 1][1] + 1:
                break  # a line break or double space ends a name
            if not has_org and w.rstrip(".") in org_words:
                has_org = True
            j += 1
            owner = _possessive(w)
            if (
                owner is not None
                and not (j == i + 1 and _place_head(tokens, j))
                and not _office_of(owner, tokens, j)  # "the Prime Minister's Office"
            ):
                break  # "Doe's", but not "Hawke's Bay": a place's name goes on
            continue
        if w in (",", "and") and has_org:
            k = _more_fields(tokens, i, j)
            if k > j:
                j = k  # "the Ministry of Trade, Industry and Energy"
                continue
        if has_org and w in ("of", "for") and _the_name_ahead(tokens, i, j):
            j += 2  # "the National Campaign for the Arts", "Institute for the Study of War"
            continue
        if w in PARTICLES and j > i and _two_particles(tokens, j):
            j += 2  # "Karin van der Merwe", "Ursula von der Leyen"
            continue
        if w in ("'", "’") and not has_org and _plural_owner_in_name(tokens, i, j):
            j += 1  # "the National Farmers' Union": a plural possessive inside a name
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
                or _two_trades(tokens, j)
                or portfolio_after(tokens, j - 1)
                or (portfolio and w == "for")  # "Secretary of State for Education"
                or (w == "of" and _head_before_of(tokens, i, j))
                or (w == "and" and j - i == 1 and _portfolio_title_ahead(tokens, i, j + 1))
            )
            and not (w == "of" and _personal_name(tokens, i, j))
        ):
            portfolio = portfolio or portfolio_after(tokens, j - 1)
            j += 1
            continue
        break
    return j


def _the_name_ahead(tokens: list[Tok], i: int, j: int) -> bool:
    """Whether *the* and a capitalised word that may go on a body's name follow the
    joiner ``tokens[j]`` (*for the Arts*, *of the Moving Image*), in a run from ``i``
    with no possessive (*the U.S. Attorney's Office for the Western District* names
    the office by its owner; the district is its own name)."""
    return (
        j + 2 < len(tokens)
        and not any(_possessive(tokens[k][2]) is not None for k in range(max(0, i - 1), j))
        and tokens[j + 1][2] == "the"
        and _is_cap(tokens[j + 2][2])
        and tokens[j + 2][2].casefold() not in TITLE_CASE_WORDS
        and tokens[j + 2][2].rstrip(".") not in _not_names()
    )


PARTICLES = frozenset("de da del der van von al bin la le".split())
"""Lower-case particles inside personal names (*Ursula von der Leyen*)."""

SURNAME_OPENERS = PARTICLES | frozenset("mac mc ní nic ó ua di du st".split())
"""Words (case-folded) that open a surname of two words (*Van der Merwe*, *Mac Giolla*,
*Ní Bhriain*, *Di Stefano*): such a surname alone names the person named in full."""

_PARTICLE_JOINED = regex.compile(r"(?:al|el|as|ash|at|ad|ar|az|an|abu|bin|ibn|d|l)[-'’]\p{Lu}")
"""A lower-case particle joined to the capitalised word after it, inside a name
(*Khalid al-Muraikhi*, *Ahmed el-Sayed*, *Valéry d'Orsay*)."""


def _two_trades(tokens: list[Tok], j: int) -> bool:
    """Whether *and* or *&* at ``tokens[j]`` joins two trades that end a firm's name
    (*Pacific Gas and Electric*, *Southern Water & Power*): a body word ending names
    (``head`` in ``lexicons/entity_org_words.txt``) on each side, the second the
    name's last word and no common surname (*Jones and Power*)."""
    heads = _head_org_words()
    k = j + 1
    return (
        tokens[j - 1][2] in heads
        and k < len(tokens)
        and tokens[k][2] in heads
        and tokens[k][2] not in _surname_org_words()
        and (k + 1 == len(tokens) or not _is_cap(tokens[k + 1][2]))
    )


def _two_particles(tokens: list[Tok], j: int) -> bool:
    """Whether the particle ``tokens[j]``, another and a capitalised word go on with a
    personal name (*van der Merwe*, *de la Cruz*)."""
    return (
        j + 2 < len(tokens)
        and tokens[j + 1][2] in ("der", "den", "de", "la", "las", "los", "le")
        and _is_cap(tokens[j + 2][2])
    )


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


def _plural_owner_in_name(tokens: list[Tok], i: int, j: int) -> bool:
    """Whether the apostrophe ``tokens[j]`` makes the capitalised plural before it the
    owner inside one body's name: right after the word in *s*, then a space and a
    capitalised run an organisation word ends, in a run *the* opens (*the Vehicle
    Manufacturers' Association*, *the National Farmers' Union*; not *the Smiths'
    house*, nor a person's *Bernie Sanders' Senate campaign*; a body before it owns
    another, *the Court of Appeals' Board*, not asked)."""
    prev = tokens[j - 1]
    opened = tokens[i][2] == "The" or (i > 0 and tokens[i - 1][2] in ("the", "The"))
    return (
        j > i
        and opened
        and j + 1 < len(tokens)
        and prev[1] == tokens[j][0]
        and prev[2].endswith("s")
        and _is_cap(prev[2])
        and tokens[j + 1][0] == tokens[j][1] + 1
        and _is_cap(tokens[j + 1][2])
        and _org_word_ahead(tokens, j + 1)
    )


def _more_fields(tokens: list[Tok], i: int, j: int) -> int:
    """The end of the fields that go on a body's *of* name at ``tokens[j]``: a comma
    list closed by *and* (*the Ministry of Trade, Industry and Energy*), or *and the*
    before the last (*the Ministry of Sustainability and the Environment*); ``j`` if
    none. Each field after the first is a :func:`_field` (*the Ministry of Health and
    the Army* are two bodies)."""
    words = [t[2] for t in tokens[i:j]]
    if "of" not in words or not _is_cap(words[-1]) or _bare(words[-1]) in _org_words():
        return j
    k, n = j, len(tokens)
    while k < n and tokens[k][2] == "," and k + 1 < n and _field(tokens[k + 1][2]):
        k += 2
    if k >= n or tokens[k][2] != "and" or (tokens[j][2] == "," and k == j):
        return j
    k += 1
    if k < n and tokens[k][2] == "the" and tokens[j][2] == "and":
        k += 1
    if k - j < 2 or k >= n or not _field(tokens[k][2]):
        return j
    if k + 1 < n and _is_cap(tokens[k + 1][2]) and tokens[k + 1][0] == tokens[k][1] + 1:
        return j  # "… and the Environment Agency": another body
    return k + 1


def _field(word: str) -> bool:
    """Whether ``word`` is one field of a body's portfolio: capitalised, one of
    ``lexicons/portfolio_fields.txt`` (*Environment*, *Energy*; not *Army*)."""
    return _is_cap(word) and word.casefold() in lexicon.words("portfolio_fields")


def _place_head(tokens: list[Tok], k: int) -> bool:
    """Whether ``tokens[k]`` is a place name's head word after a one-word possessive
    (*Hawke's Bay*, *King's Cross*: ``lexicons/place_heads.txt``; *Jane Doe's
    Island Records* is hers)."""
    return k < len(tokens) and tokens[k][2].casefold() in lexicon.words("place_heads")


def _office_of(owner: str, tokens: list[Tok], k: int) -> bool:
    """Whether ``tokens[k]`` is *Office* after a role title's possessive (*the Prime
    Minister's Office*, *the Governor's Office*): one body's name, not the person's."""
    return (
        k < len(tokens)
        and tokens[k][2] == "Office"
        and _bare(owner).casefold() in _titles()
        and tokens[k][0] == tokens[k - 1][1] + 1
    )


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


def _head_before_of(tokens: list[Tok], i: int, j: int) -> bool:
    """Whether *of* at ``tokens[j]`` follows a body's head word (*the Western Regional
    House of Chiefs*, *the House of Representatives*), not a surname after a given name
    (*Dr Gregory House of Princeton*)."""
    return tokens[j - 1][2] in _head_org_words() and not (
        j - 2 >= i and _bare(tokens[j - 2][2]).casefold() in _given_names()
    )


def _personal_name(tokens: list[Tok], i: int, j: int) -> bool:
    """Whether ``tokens[i:j]`` is a personal name (a given name and a surname or
    two): *of* after it names the person's firm, no part of the name (*Samuel Greer
    of Greer Hollis LLP*), also when a lower-case role noun stands before it or a title
    opens it (*political scientist Harish Chandra of Panjab University*, *Professor
    Amara Obi of Lagos Business School*): given names the lexicon lacks."""
    first = _bare(tokens[i][2]).casefold()
    if 2 <= j - i <= 3 and first in _given_names():
        return True
    if first in _titles():
        return 3 <= j - i <= 4
    before = tokens[i - 1][2] if i > 0 else ""
    return 2 <= j - i <= 3 and before.islower() and _role_word(before)


_PORTFOLIO_TITLES = frozenset(("minister", "secretary", "commissioner"))
"""Titles a portfolio of two fields stands before (*Relief and Rehabilitation
Minister*, *Health and Social Care Secretary*)."""


def _portfolio_title_ahead(tokens: list[Tok], i: int, k: int) -> bool:
    """Whether the word ``tokens[i]`` and *and* open a two-field portfolio before a
    minister's title and name: a capitalised word or two from ``k``, then the title,
    then a capitalised name (*Relief and Rehabilitation Minister Makarand Jadhav*).
    Not a name before *and* (*Smith and Secretary Jones*: the title right after *and*;
    *Grace and …*: a given name)."""
    if _bare(tokens[i][2]).casefold() in _given_names():
        return False
    for t in range(k + 1, min(k + 3, len(tokens) - 1)):
        word = _bare(tokens[t][2])
        if not _is_cap(tokens[t][2]):
            return False
        if word.casefold() in _PORTFOLIO_TITLES:
            return _is_cap(tokens[t + 1][2]) and _bare(tokens[k][2]).casefold() not in _titles()
    return False
