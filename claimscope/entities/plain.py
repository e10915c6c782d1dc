"""A capitalised candidate of one plain word, decided without reading its window.

Most capitalised candidates are one word of ASCII letters: a name inside a sentence
(*… said Trump*), a function word or pronoun opening one (*The*, *In*, *He*). Read
word by word (:func:`.mentions._read`), each costs a tokenised window and a walk
through the name rules; but for such a word the rules reach one of a few outcomes
that the word, the characters around it and what :class:`.Known` holds decide.
:func:`plain_word` gives those outcomes directly, exactly as the reading would, and
leaves every other case (a title or a source noun opening a sentence, a word after an
opening quote or inside a token) to the reading.
"""

from __future__ import annotations

from sys import intern

from claimscope.entities.candidates import OPENERS, Known
from claimscope.entities.mention import Mention
from claimscope.entities.name_shape import _MODIFIED_HEAD, _NAME_END_NEVER, _modifies
from claimscope.entities.words import (
    _ACRONYM,
    _NP_WORDS,
    _PRONOUNS,
    _capitals,
    _given_names,
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
    lo = start - 8 if start - 8 > s0 else s0  # the window a capitalised run is read in
    if not text[start - 1].isspace():
        return READ  # a token may run into the word: "x.The", "x&T"
    k = start - 2
    while k >= lo and text[k].isspace():
        k -= 1
    if k >= lo and text[k] in OPENERS:
        return READ  # after an opening quote, bracket or dash: read as an opener
    if folded in _PRONOUNS or word in _not_names() or folded in _NAME_END_NEVER:
        return _NONE
    begin, subject = start, k < lo  # no token before it: the reading's index 0
    if k >= lo and (first_at >= lo or text[k - 2 : k + 1] in ("the", "The")):
        p0, _p1, before = _tokens(text, lo, k + 1)[-1]  # the token before the word
        subject = p0 == first_at  # the sentence's second word
        if (
            before in ("the", "The")
            and _given_names().get(folded) is None
            and not _modifies(text, end)
        ):
            begin = p0  # "the Senate"
    return True, Mention(begin, end, s_index, "name", words=(intern(word),), subject=subject)
