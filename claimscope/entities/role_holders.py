"""A role phrase with the holder's name in apposition after it, as one source.

Many outlets (Nigerian, Ghanaian, Philippine and Pacific dailies among them) write
the role first and the name after it: *A trader at the Mile 12 Market, Mrs Kafayat
Bello, said*, *The Force Public Relations Officer, ACP Jane Roe, denied*, *An
economist at the university, Dr Ana Ruiz, said*. The attribution stage keeps the
whole phrase as the source's local mention
(:mod:`claimscope.attribution._named_holder`); the source itself is the person the
name aside names (:func:`holder_name`), not the role phrase nor an institution named
inside it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from claimscope import lexicon
from claimscope import sources as sources_mod
from claimscope._grammar import AUXILIARIES
from claimscope.entities.mention import Mention
from claimscope.entities.words import _nouns

__all__ = [
    "NAME_MAX",
    "ROLE_PHRASE_MAX",
    "holder_link",
    "holder_name",
    "holds_role",
    "person_name",
    "role_phrase",
]

NAME_MAX = 5
"""Most tokens of the name aside (*Prof . Tunde Akinola*, a title's period counted)."""

ROLE_PHRASE_MAX = 20
"""Most tokens of the role phrase before the name (*in a statement by the Special
Adviser to the President on Information and Strategy*)."""


@functools.cache
def _not_person_words() -> frozenset[str]:
    words = (
        lexicon.words("organization_name_words")
        | lexicon.words("place_words")
        | lexicon.words("countries")
        | lexicon.words("capitals")
    )
    return frozenset(w.casefold() for w in words)


def _name_word(word: str) -> bool:
    """A capitalised word of a person's name (*Kafayat*, *Ebere-Lawal*, *ACP*)."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


def person_name(words: Sequence[str]) -> bool:
    """Whether ``words`` (periods of titles as words of their own, or kept on the
    title) are two to five capitalised words naming no institution or place."""
    plain = [w.rstrip(".") for w in words if w != "."]
    return (
        2 <= len(plain) <= NAME_MAX
        and bool(words)
        and words[0] != "."
        and words[0].casefold() not in ("the", "a", "an")
        and all(_name_word(w) for w in plain)
        and not any(w.casefold() in _not_person_words() for w in plain)
    )


def role_phrase(words: Sequence[str]) -> bool:
    """Whether ``words`` are a phrase holding a person noun (*A trader at the
    market*, *The Force Public Relations Officer*, *A mother of four*): not a name
    alone (*American Family Voices*), a list going on (*and her lawyer*), a clause
    (*Author Jane Roe will discuss her book*), nor a phrase ending on bodies the name
    after it would name (*an executive at one of the firms, Acme Marine*)."""
    if not words or len(words) > ROLE_PHRASE_MAX:
        return False
    last = words[-1]
    return (
        words[0].casefold() not in ("and", "or", "with", "including")
        and (words[0].casefold() in _OPENERS or any(w.islower() for w in words))
        and not any(w in AUXILIARIES for w in words)
        and not (last.islower() and last.endswith("s") and _nouns().get(last) in _BODIES)
        and any(_person_noun(w) for w in words)
    )


_BODIES = ("organization", "document", "media")

_OPENERS = frozenset("the a an his her its their our another".split())
"""Words opening a role written in capitals (*The Force Public Relations Officer*)."""


def _person_noun(word: str) -> bool:
    folded = word.casefold()
    return sources_mod.is_role(folded) or _nouns().get(folded) in ("role", "group")


def holds_role(words: Sequence[str]) -> bool:
    """Whether ``words`` hold a person noun (*Officer*, *trader*, *mother*)."""
    return any(_person_noun(w) for w in words)


def holder_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the name closing the source phrase ``text[start:end]``
    when it is *ROLE PHRASE, NAME* (*A trader at the market, Mrs Jane Roe*), else
    ``None``."""
    phrase = text[start:end].rstrip(" ,")
    comma = phrase.rfind(",")
    if comma < 0:
        return None
    name = phrase[comma + 1 :]
    if not person_name(name.split()) or not role_phrase(phrase[:comma].split()):
        return None
    if any(mark in phrase[:comma] for mark in ",;:"):
        return None  # "Jane Doe, a lawyer, Tom Bell": a list of people, not one
    lead = len(name) - len(name.lstrip())
    return start + comma + 1 + lead, start + len(phrase)


def holder_link(
    text: str, mentions: Sequence[Mention], k: int, free: Callable[[Mention], bool]
) -> tuple[int, int] | None:
    """The span of the name that the role mention ``mentions[k]`` stands in
    apposition to as *ROLE PHRASE, NAME* (:func:`holder_name`), for the entity
    clustering: *A trader* and *Mrs Jane Roe* in *A trader at the market, Mrs Jane
    Roe, said* are one person, whom a later *she* means. ``free`` says whether the
    role may be linked: not the object of a preposition (*After meeting the
    President, Jane Roe said*), and, for a role written as a name (*the Executive
    Director*), an entity holding no other mention."""
    a = mentions[k]
    if a.kind not in ("desc", "name") or a.plural or a.possessive:
        return None  # "the family's attorneys, Jane Roe": the attorney, not the family
    if not _opens_clause(text, a.start) or not holds_role(text[a.start : a.end].split()):
        return None
    if not free(a):
        return None  # "After meeting the President, Jane Roe": governed; a role written
        # as a name may also stand for others ("President")
    for b in mentions[k + 1 : k + 5]:
        if b.sentence != a.sentence:
            return None
        if b.kind == "name" and "," in text[a.start : b.start]:
            held = holder_name(text, a.start, b.end)
            if held is not None and held[0] <= b.start and held[1] == b.end:
                return b.start, b.end
    return None


_CLAUSE_OPENERS = frozenset("and but however meanwhile yet so".split())
"""Words a subject may follow at the start of its clause (*But the minister, …*)."""


def _opens_clause(text: str, start: int) -> bool:
    """Whether a mention at ``start`` may open its clause as its subject: after the
    text's start, a sentence's end, a comma, a colon, an opening quote or a line
    break, or a conjunction (*However, the director*, *But a trader*); not an object
    (*After meeting the President, Jane Roe said*)."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if not before or before[-1] in ',;:.!?\n"“':
        return True
    words = before.split()
    return bool(words) and words[-1].casefold() in _CLAUSE_OPENERS
