"""Small tests of a capitalised run's shape and context, for :mod:`.mentions`: whether
*the* stands before it, whether it modifies the noun after it, whether its words can
be a name at all."""

from __future__ import annotations

import re

from claimscope import lexicon
from claimscope._grammar import NEEDS_MODIFIER
from claimscope.entities.candidates import OPENERS
from claimscope.entities.words import (
    _AUXILIARIES,
    _NP_WORDS,
    _PREPOSITIONS,
    _RELATIVES,
    _STOP,
    _bare,
    _given_names,
    _head_org_words,
    _nouns,
    _org_word,
    _org_words,
    _surname_org_words,
    _titles,
    _tokens,
    _verbs,
)


def _the_before(text: str, offset: int, floor: int) -> bool:
    """True when *the* or *The*, then spaces, stand between ``floor`` and ``offset``
    (the regular expression ``\\b[Tt]he[ \\t\\u00a0]+\\Z`` searched there, without
    starting the engine at each position)."""
    k = offset
    while k > floor and text[k - 1] in " \t\u00a0":
        k -= 1
    if k == offset or k - 3 < floor or text[k - 3 : k] not in ("the", "The"):
        return False
    return k == 3 or not (text[k - 4].isalnum() or text[k - 4] == "_")


_LOWER_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]*){1,3}")
"""Up to three lower-case words after a name."""


def _modifies(text: str, end: int) -> bool:
    """True when the name ending at ``end`` modifies a noun that follows it (*the
    Clinton campaign*, *the Wells Fargo scandal*, *the RT America television
    network*): *the* then belongs to that noun, not to the name. The first word
    after the name decides: a source noun, or a word that can be no verb, function
    word or adverb (not *said*, *says*, *voted*, *has*, *also*, *quickly*); an
    unknown word ending in *s* (*emails*, *wants*) only before a source noun."""
    after = _LOWER_AFTER.match(text, end)
    if after is None:
        return False
    words = after.group().split()
    first = words[0]
    nouns, verbs = _nouns(), _verbs()
    if first in _NAME_END_NEVER or first in _RELATIVES or first.endswith(("ed", "ly")):
        return False
    if first in verbs and (first.endswith("s") or first not in nouns):
        return False
    if first.endswith("s") and first not in nouns:
        return len(words) > 1 and words[1] in nouns
    return True


def _name_shaped(name_words: list[str]) -> bool:
    """A name holds a word that is no determiner or function word and is not an
    adjective like *Washington-based*."""
    if not name_words or all(w.casefold() in _NP_WORDS for w in name_words):
        return False
    if len(name_words) == 1 and "-" in name_words[0] and name_words[0].rsplit("-", 1)[1].islower():
        return False  # "Washington-based", "Kremlin-backed": an adjective
    first, last = name_words[0].casefold(), name_words[-1].casefold()
    return first not in _FUNCTION_WORDS and last not in _NAME_END_NEVER


def _title_roles() -> dict[str, str]:
    """The role noun each abbreviated title stands for (``lexicons/title_roles.txt``)."""
    return lexicon.fields("title_roles")


def name_parts(
    words: list[str], nouns: dict[str, str], text: str = "", start: int = 0
) -> tuple[int, str, list[str], list[str]] | None:
    """The parts of the capitalised words ``words`` that a name starts with: where
    the name (or its title) starts in ``words``, its title (lower case, or ``""``),
    its roles and its words bare of periods; ``None`` when no name is left
    (:func:`_name_shaped`). ``nouns`` are the source nouns in force. A title with
    its portfolio in the run stays with the name (:func:`_portfolio`); otherwise the
    words of ``text`` before ``start``, where the run starts, may tell a portfolio in
    front of the name (:func:`portfolio_words`)."""
    t, k = _portfolio(words)
    if k:  # "Minister for Transport Ann Kelly": title, portfolio, name
        title = _bare(words[t]).casefold()
        named = [_bare(w) for w in words[k:]]
        return (t, title, [title], named) if _name_shaped(named) else None
    cut = 0
    if text and len(words) >= 3:
        cut = portfolio_words(lower_words_before(text, start), words, nouns)
    name_start, words, roles = _split_role(words[cut:], nouns)
    name_start += cut
    title = ""
    name_words: list[str] = []
    titles = _titles()
    body = _body_named(words)  # "Justice Department": no title Justice
    for w in words:
        folded = _bare(w).casefold()
        if not name_words and folded in titles and len(words) > 1 and not body:
            title = title or folded
            if titles[folded] == "-":  # "Gov." also names the role "governor"
                roles.extend(dict.fromkeys((folded, _title_roles().get(folded, folded))))
            continue
        name_words.append(_bare(w))
    if not _name_shaped(name_words):
        return None
    return name_start, title, roles, name_words


def lower_words_before(text: str, start: int) -> list[str]:
    """The last eight tokens before ``start`` (within 80 characters), case-folded."""
    return [t[2].casefold() for t in _tokens(text, max(0, start - 80), start)[-8:]]


def portfolio_words(before: list[str], words: list[str], nouns: dict[str, str]) -> int:
    """How many of the capitalised ``words`` name a portfolio before a person's name,
    given the case-folded words ``before`` them (nearest last): after a title or role
    and *for* or *of* (*Minister for Transport Aoife Brennan*, *EU Commissioner for
    the Mediterranean Henrik Lund*, *Director of Public Prosecutions Max Hill*), or
    after *and* closing such a portfolio (*Minister for Sustainability and the
    Environment Lim Wei Ming*, *Secretary of State for Health and Social Care Wes
    Streeting*). The fields of ``lexicons/portfolio_fields.txt`` that open ``words``
    are the portfolio when at least two words are left; otherwise the last two words
    are the name, three when the first of them is a given name."""
    if len(words) < 3 or _org_word(words[-2:]):
        return 0  # "members of the Congressional Black Caucus": a body, no person
    tail = before[:-1] if before[-1:] == ["the"] else before
    if tail[-1:] == ["and"]:
        k = len(tail) - 2
        while k >= 0 and tail[k] in lexicon.words("portfolio_fields"):
            k -= 1  # back over the fields before "and": "for Health and"
        if k == len(tail) - 2:
            return 0
        tail = tail[: k + 1]
    if len(tail) < 2 or tail[-1] not in ("for", "of"):
        return 0
    head = tail[-2]
    if head == "state" and tail[-4:-2] in (["secretary", "of"], ["minister", "of"]):
        head = tail[-4]  # "Minister of State for …"
    if head not in _titles() and nouns.get(head) != "role":
        return 0
    fields = 0
    while fields < len(words) - 2 and _bare(words[fields]).casefold() in lexicon.words(
        "portfolio_fields"
    ):
        fields += 1
    if fields:
        return fields
    cut = len(words) - 2
    if cut > 1 and _given_names().get(_bare(words[cut - 1]).casefold()) is not None:
        cut -= 1
    return cut


def _body_named(words: list[str]) -> bool:
    """Whether ``words`` name a body: an organisation word (no surname) ends them, so a
    title word opening them is part of the name (*Justice Department*, *General Civil
    Aviation Authority*), no person's title."""
    bare = [_bare(w) for w in words]
    last = bare[-1] if bare else ""
    return (
        bool(last)
        and (last in _org_words() or last in _head_org_words())
        and last not in _surname_org_words()
        and not any(w.casefold() in _given_names() for w in bare)  # "Inspector Jane Bank"
    )


def _split_role(words: list[str], nouns: dict[str, str]) -> tuple[int, list[str], list[str]]:
    """Split an affiliation and a role word from a name (*Wells Fargo CEO John Stumpf*
    → John Stumpf, role 'ceo'); a title stays with the name (*Foreign Minister Ana
    Costa*). Returns where the name (or its title) starts, its words and the roles."""
    titles = _titles()
    if _body_named(words):
        return 0, words, []  # "the State Department Refugee Processing Center": one body
    for r in range(len(words) - 2, 0, -1):
        role = _bare(words[r]).casefold()
        if role in titles:
            return r, words[r:], []
        if nouns.get(role) == "role" and not _members_body(words, r, nouns):
            return r + 1, words[r + 1 :], [role]
    return 0, words, []


def _members_body(words: list[str], r: int, nouns: dict[str, str]) -> bool:
    """Whether the role noun ``words[r]`` is plural and an organisation word follows
    it: the members a body is named for (*Small Scale Miners Alliance of Ghana*,
    *Nurses Union*), not a role before a name (*Wells Fargo CEO John Stumpf*)."""
    word = _bare(words[r])
    return (
        word.endswith("s")
        and _bare(words[r + 1]) in _org_words()
        and nouns.get(word[:-1].casefold()) == "role"
    )


_FUNCTION_WORDS = _PREPOSITIONS | _AUXILIARIES | _STOP
"""Words a name never starts or ends with (built once, not per name)."""
_NAME_END_NEVER = _FUNCTION_WORDS | _NP_WORDS
"""Words a name never ends with: function words and determiners."""


_MODIFIED_HEAD = re.compile(r"[ \u00a0]+(?:" + "|".join(sorted(NEEDS_MODIFIER)) + r")\b")
"""A head that needs a modifier (:data:`~claimscope._grammar.NEEDS_MODIFIER`) after a
word: the word modifies it."""


def run_context(
    text: str, s0: int, start: int, end: int, first_at: int, speakers: frozenset[int]
) -> tuple[object, ...] | None:
    """What reading the capitalised run ``text[start:end]`` depends on besides its
    words and the whole text (:class:`.Known`), as read in its window of eight
    characters before it; ``None`` where that cannot be told without reading it.

    The reading looks at the token before the run (an opening quote or bracket makes
    the run a sentence opener; *the* joins a name; a token that is the sentence's
    first word makes the run its subject, as does having no token before it in the
    window), at whether the run opens the sentence or is a speaker, and at the words
    after it (*the Clinton campaign*, *Loved ones*). Runs read in the same context
    read the same, so one reading serves them all (:mod:`.mentions`)."""
    lo = start - 8 if start - 8 > s0 else s0
    k = start - 1
    while k >= lo and text[k].isspace():
        k -= 1
    first = start == first_at
    if k < lo:
        before = ""
    elif text[k].isalnum() or text[k] == ".":
        if not first and first_at >= lo:
            return None  # the run may be the sentence's second word: read it
        before = "w"
        if text[k - 2 : k + 1] in ("the", "The") and k - 2 >= lo:
            before = _tokens(text, lo, k + 1)[-1][2]  # "the" alone, or in a longer token
    elif text[k] in "-/":
        return None  # a description opening the sentence may run back over it
    else:
        before = text[k]  # a token of one character
    opening = first or before in OPENERS
    run = text[start:end]
    the = before in ("the", "The") or "The " in run or "the " in run  # joins a name
    return (
        run,
        first,
        before,
        the and not _modifies(text, end),
        opening and _MODIFIED_HEAD.match(text, end) is not None,
        start in speakers,
    )


def _portfolio(words: list[str]) -> tuple[int, int]:
    """Where a title followed by *for* or *of* and a portfolio is in ``words``, and
    where the name after them starts (*Minister for Transport Ann Kelly* → 0, 3;
    *Former Secretary of State Jane Roe* → 1, 4): at the first given name after the
    portfolio's first word, else at the last two words; ``(0, 0)`` for none."""
    titles, given = _titles(), _given_names()
    for t in range(len(words) - 3):
        if words[t + 1] in ("for", "of") and _bare(words[t]).casefold() in titles:
            for k in range(t + 3, len(words) - 1):
                if words[k].casefold() in given:
                    return t, k
            k = t + 2
            while k < len(words) - 2 and (
                words[k] in _PORTFOLIO_JOINERS
                or _bare(words[k]).casefold() in lexicon.words("portfolio_fields")
            ):
                k += 1  # "Minister of State for Sustainability and the Environment Lim Wei Ming"
            return t, max(t + 3, k if k > t + 2 else len(words) - 2)
    return 0, 0


_PORTFOLIO_JOINERS = frozenset(("and", "the", "of", "for", "&", "State"))
"""Words inside a portfolio between its fields (*Minister of State for Trade and
Industry*)."""
