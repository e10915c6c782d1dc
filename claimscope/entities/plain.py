"""A capitalised candidate of plain words, decided without reading its window.

Most capitalised candidates are one word of ASCII letters: a name inside a sentence
(*… said Trump*), a function word or pronoun opening one (*The*, *In*, *He*). Read
word by word (:func:`.mentions._read`), each costs a tokenised window and a walk
through the name rules; but for such a word the rules reach one of a few outcomes
that the word, the characters around it and what :class:`.Known` holds decide.
:func:`plain_word` gives those outcomes directly, exactly as the reading would, and
leaves every other case (a title or a source noun opening a sentence, a word after an
opening quote or inside a token) to the reading.

Most of the rest are a few such words one space apart (*Hillary Clinton*, *Foreign
Minister Ana Costa*, *Breitbart News Daily*): :func:`plain_run` decides those the
same way, where no word after the first ends the run early (a pronoun, a day, a
function word in title case) and the first is no pronoun.
"""

from __future__ import annotations

import re
from sys import intern

from claimscope.entities.candidates import OPENERS, Known
from claimscope.entities.mention import Mention
from claimscope.entities.name_runs import TITLE_CASE_WORDS
from claimscope.entities.name_shape import (
    _FUNCTION_WORDS,
    _MODIFIED_HEAD,
    _NAME_END_NEVER,
    _modifies,
    lower_words_before,
    name_parts,
    portfolio_words,
)
from claimscope.entities.words import (
    _ACRONYM,
    _NP_WORDS,
    _PRONOUNS,
    _SHOUTED_NEVER,
    _capitals,
    _given_names,
    _keeps_period,
    _not_names,
    _org_lexicon,
    _outlets,
    _starters,
    _titles,
    _tokens,
)

READ = (False, None)
"""What :func:`plain_word` answers when the word must be read with its window."""
_NONE = (True, None)
_NO_ROLES: tuple[str, ...] = ()


def plain_candidate(
    text: str, s0: int, start: int, end: int, s_index: int, first_at: int, known: Known
) -> tuple[bool, Mention | None]:
    """Whether the capitalised run ``text[start:end]`` is decided without reading it,
    and the mention it gives if so (:func:`plain_word`, :func:`plain_run`)."""
    run = text[start:end]
    if run.isalpha() and run.isascii():
        return plain_word(text, s0, start, end, s_index, first_at, known)
    return plain_run(text, s0, start, end, s_index, first_at, known)


def plain_word(
    text: str, s0: int, start: int, end: int, s_index: int, first_at: int, known: Known
) -> tuple[bool, Mention | None]:
    """Whether the capitalised run ``text[start:end]``, one word of ASCII letters in
    the sentence starting at ``s0`` whose first word starts at ``first_at``, is
    decided without reading it, and the mention it gives if so (``None`` for none):
    the outcome :func:`.mentions._read` reaches, which ends at ``end`` either way."""
    word = text[start:end]
    folded = word.lower()
    if word == "I":
        return _NONE
    if start == first_at:  # the sentence's first word
        if folded in _PRONOUNS:
            if not word[1:].islower():
                return _NONE
            return True, Mention(start, end, s_index, "pron", head=intern(folded), subject=True)
        if folded in known.nouns or folded in _titles():
            return READ
        if (
            word in _not_names()
            or folded in _starters()
            or folded in _NP_WORDS
            or _MODIFIED_HEAD.match(text, end) is not None
        ):
            return _NONE  # an opener, never a name: "The", "In", "However", "Young ones"
        if folded in _NAME_END_NEVER or not (
            word in known.inner
            or start in known.speakers
            or folded in _given_names()
            or _ACRONYM.match(word)
            or folded in _outlets()
            or folded in _capitals()
            or folded in _org_lexicon()
        ):
            return _NONE  # a name only where the text or a lexicon says so
        return True, Mention(start, end, s_index, "name", words=(intern(word),), subject=True)
    found = _word_before(text, s0, start, first_at)
    if found is None:
        return READ
    if folded in _PRONOUNS or word in _not_names() or folded in _NAME_END_NEVER:
        return _NONE
    p0, before, subject = found
    begin = start
    if before in ("the", "The") and _given_names().get(folded) is None and not _modifies(text, end):
        begin = p0  # "the Senate"
    return True, Mention(begin, end, s_index, "name", words=(intern(word),), subject=subject)


def _word_before(text: str, s0: int, start: int, first_at: int) -> tuple[int, str, bool] | None:
    """What the reading of a capitalised run at ``start``, inside the sentence from
    ``s0`` whose first word starts at ``first_at``, learns from the token before it in
    its window: that token's start and text (``-1`` and ``""`` where none is, or where
    it is not read because it can be neither *the* nor the sentence's first word),
    and whether the run is the sentence's subject (its first token, or its second
    word). ``None`` where the run must be read: after an opening quote, bracket or
    dash, or where a token may run into it."""
    lo = start - 8 if start - 8 > s0 else s0  # the window a capitalised run is read in
    if not text[start - 1].isspace():
        return None  # a token may run into the word: "x.The", "x&T"
    k = start - 2
    while k >= lo and text[k].isspace():
        k -= 1
    if k >= lo and text[k] in OPENERS:
        return None  # after an opening quote, bracket or dash: read as an opener
    if k >= lo and (first_at >= lo or text[k - 2 : k + 1] in ("the", "The")):
        p0, _p1, before = _tokens(text, lo, k + 1)[-1]  # the token before the word
        return p0, before, p0 == first_at  # the sentence's second word
    return -1, "", k < lo  # no token before it: the reading's index 0


def plain_run(
    text: str, s0: int, start: int, end: int, s_index: int, first_at: int, known: Known
) -> tuple[bool, Mention | None]:
    """:func:`plain_word` for a run ``text[start:end]`` of capitalised words of ASCII
    letters one space apart (:data:`_PLAIN_RUN`): whether it is decided without
    reading it, and the mention it gives if so, as :func:`.mentions._read` gives it
    (reading to ``end``). A word before a space may keep a period that the tokens
    keep (*Mr.*, *J.*); the last may end with any period or with a possessive. A run
    of one word opening its sentence is left to the reading.

    The reading runs the name over every word (:func:`.name_runs.name_run`), drops
    from its front a word that is never a name, or a sentence's first word that the
    text does not treat as one (:func:`.mentions._name_start`), and splits the rest
    into the name's title, roles and words (:func:`.name_shape.name_parts`). Where a
    test here would need a word's exact token and the bare word stands in for it,
    the answer is to read the run: never a different mention."""
    shape = _PLAIN_RUN.fullmatch(text, start, end)
    if shape is None:
        return READ
    body, tail = shape.groups()
    words = body.split(" ")  # the tokens, but for a period or possessive at the end
    name_end = end
    if tail == "." and not _keeps_period(words[-1]):
        name_end -= 1  # a period the tokens split off
    elif tail and tail != ".":
        name_end -= 2  # a possessive, cut from the name
    bare, lowered = words, body.lower().split(" ")
    if "." in body:
        for w in words[:-1]:
            if w[-1] == "." and not _keeps_period(w[:-1]):
                return READ  # a period that ends a token before the run's end
        bare = body.replace(".", "").split(" ")
        lowered = [w.rstrip(".") for w in lowered]
    not_names = _not_names()
    if not (TITLE_CASE_WORDS.isdisjoint(lowered[1:]) and not_names.isdisjoint(bare[1:])):
        return READ  # the name ends before this word, and the reading goes on
    if lowered[0] in _PRONOUNS or words[0] == "I":
        return READ  # a pronoun, or "It's": read as one
    first = bare[0]
    if start == first_at:
        if len(words) == 1:
            return READ
        p0, before, subject = -1, "", True  # no word before a sentence's first
        skip = 1 if first in not_names or _not_a_name(first, start, known) else 0
    else:
        found = _word_before(text, s0, start, first_at)
        if found is None:
            return READ
        p0, before, subject = found
        # the token tested is the whole word: "Monday's" is a name
        skip = 1 if first in not_names and (len(words) > 1 or tail is None or tail == ".") else 0
        subject = subject and not skip
    if skip and len(words) == 1:
        return _NONE
    possessive = tail is not None and tail != "."
    found_name = _run_name(
        text, start, words, bare, lowered, skip, (p0, before), name_end, possessive, known
    )
    if found_name is None:
        return _NONE
    begin, name_words, title, roles = found_name
    return True, Mention(
        begin,
        name_end,
        s_index,
        "name",
        words=tuple(map(intern, name_words)),
        title=intern(title),
        roles=roles,
        subject=subject,
        possessive=possessive,
    )


def _run_name(
    text: str,
    start: int,
    words: list[str],
    bare: list[str],
    lowered: list[str],
    skip: int,
    token_before: tuple[int, str],
    name_end: int,
    possessive: bool,
    known: Known,
) -> tuple[int, list[str], str, tuple[str, ...]] | None:
    """Where the name in a plain run at ``start`` starts, its words, title and roles;
    ``None`` for no name. The run is ``words`` (its tokens, but for a possessive or
    period at the end), ``bare`` of periods and ``lowered`` too; its first ``skip``
    words are dropped; ``token_before`` is the token before the run (its start and
    text, as :func:`_word_before` gives it), for *the* before the name, which ends at
    ``name_end``, and is ``possessive`` or not."""
    p0, before = token_before
    if len(bare) - skip >= 3:  # "Minister for Transport Aoife Brennan": a portfolio first
        skip += portfolio_words(lower_words_before(text, start), bare[skip:], known.nouns)
    lb = lowered[skip:]
    title, roles = "", _NO_ROLES
    if _titles().keys().isdisjoint(lb) and known.nouns.keys().isdisjoint(lb):
        # no title or role: the words are the name's, if any is a name's word
        if _NP_WORDS.issuperset(lb) or lb[0] in _FUNCTION_WORDS or lb[-1] in _NAME_END_NEVER:
            return None
        span, name_words = skip, bare[skip:]
    else:
        parts = name_parts(bare[skip:], known.nouns)
        if parts is None:
            return None
        name_start, title, role_list, name_words = parts
        roles = tuple(map(intern, role_list))
        span = skip + (0 if title else name_start)  # the word the mention starts at
        if lowered[span] in _SHOUTED_NEVER:
            span = skip + name_start  # "Of Mr. Hillary": no qualifier of the title
    begin = start + span + sum(map(len, words[:span]))
    if span:
        p0, before = begin - 1 - len(words[span - 1]), words[span - 1]
    if (
        before in ("the", "The")
        and not title
        and _given_names().get(name_words[0].casefold()) is None
        and (possessive or not _modifies(text, name_end))
    ):
        begin = p0  # "the White House"
    return begin, name_words, title, roles


_PLAIN_RUN = re.compile(r"([A-Z][A-Za-z]*(?:\.? [A-Z][A-Za-z]*)*)(\.|['’][sS])?")
"""A run :func:`plain_run` decides: capitalised words of ASCII letters one space
apart, a period before a space, and a period or a possessive at the end."""


def _not_a_name(first: str, start: int, known: Known) -> bool:
    """Whether the first word ``first`` of a sentence opening a run of several words
    is dropped from the name (*During*, *The*, *Officials*): not a title, and a
    sentence starter, a determiner, or a word the text and the lexicons do not treat
    as a name (the test of :func:`.mentions._name_start`)."""
    folded = first.lower()
    if folded in _titles():
        return False
    if folded in _starters() or folded in _NP_WORDS:
        return True
    return not (
        first in known.inner
        or start in known.speakers
        or folded in _given_names()
        or _ACRONYM.match(first)
        or not known.lowered(folded)
        or folded in _outlets()
        or folded in _capitals()
        or folded in _org_lexicon()
    )
