"""The entity being built, and what it can be: a first guess at a name's kind and
whether a pronoun may refer to it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from claimscope import lexicon
from claimscope._body_names import place_name
from claimscope.entities._name_grammar import plural_acronym
from claimscope.entities.mentions import Mention
from claimscope.entities.words import (
    _PREPOSITIONS,
    _body_acronym,
    _capitals,
    _given_names,
    _nouns,
    _org_lexicon,
    _org_word,
    _outlets,
)
from claimscope.model import SourceType
from claimscope.sources import COUNTRY, classify, role_acronym, singular


class _Ent:
    """An entity being built."""

    __slots__ = (
        "acronym",
        "gender",
        "given",
        "guess",
        "k",
        "key_words",
        "kind",
        "last_sentence",
        "mentions",
        "name",
        "neuter",
        "number",
        "pronoun_gender",
        "pseudonym",
        "roles",
        "surname",
        "titled",
    )

    def __init__(self, mention: Mention) -> None:
        self.mentions: list[Mention] = [mention]
        self.name: Mention = mention
        # role nouns, each once, as a tuple: a set is 216 bytes, and the few an entity
        # has are held until every source is decided
        self.roles: tuple[str, ...] = tuple(dict.fromkeys(mention.roles))
        self.kind = mention.kind
        self.key_words: tuple[str, ...] = mention.words
        self.surname = ""
        self.given = ""
        self.gender = ""
        self.pronoun_gender = ""
        self.neuter = False  # a singular "it"/"its" has referred to it: a body
        self.acronym = ""
        self.number = "pl" if mention.plural else "sg"
        self.pseudonym = False
        self.guess: tuple[object, str] = ((), "")
        self.last_sentence = mention.sentence
        self.k = -1  # its index among the built entities, once built
        self.titled = bool(mention.title)  # some mention has a title ("Supt Peters")

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.roles:
            self.add_roles(mention.roles)
        if mention.title:
            self.titled = True
        self.last_sentence = max(self.last_sentence, mention.sentence)

    def add_roles(self, roles: Iterable[str]) -> None:
        """Learn role nouns (*the president*) that refer back to this entity."""
        known = self.roles
        new = [r for r in roles if r not in known]
        if new:
            self.roles = (*known, *dict.fromkeys(new))


def _informative(m: Mention) -> tuple[int, int, int]:
    """Rank mentions: names before descriptions before pronouns, then more name words,
    then longer."""
    return (_RANK[m.kind], len(m.words), m.end - m.start)


_RANK = {"name": 2, "desc": 1, "pron": 0}


def _org_name(words: Sequence[str]) -> bool:
    return bool(_org_word(tuple(words)))


def _name_kind(e: _Ent) -> str:
    """A first guess at a name entity's kind, for pronoun and description matching
    (remembered until the entity learns more)."""
    key = (e.titled, len(e.roles), e.gender, e.pronoun_gender, e.key_words, e.acronym)
    if e.guess[0] != key:
        e.guess = (key, _guess_kind(e))
    return e.guess[1]


def _guess_kind(e: _Ent) -> str:
    words = e.key_words
    joined = " ".join(words).casefold()
    outlets, nouns = _outlets(), _nouns()  # each a cached look-up: made once here
    if joined in outlets or ("the " + joined) in outlets:
        return "media"
    if plural_acronym(words):
        return ""  # "SUVs", "NGOs": many things, no one body
    if _org_name(words) or joined in _org_lexicon() or joined in _capitals() or e.acronym:
        return "organization"
    if (
        words
        and _body_acronym(words[0])
        and not (len(words) >= 2 and all(w.isupper() for w in words))  # STUART KERR
        and words[0].casefold() not in _given_names()
        and not role_acronym(words[-1])
    ):
        return "organization"  # not "the CEO", "Labour MPs", "SUVs"
    if place_name(words):
        return "place"  # "Puketapu Rd": no pronoun means it
    if e.gender or e.pronoun_gender or any(nouns.get(r) in ("role", "group") for r in e.roles):
        return "person"  # "activist Kamala Lopez": a group noun naming one person is a role
    if any(nouns.get(r) == "organization" for r in e.roles):
        return "organization"
    if e.titled:
        return "person"  # "Supt Peters"
    if len(words) >= 2 and words[0].casefold() in _given_names():
        return "person"
    kind, reason = classify(" ".join(words))
    if kind in (SourceType.MEDIA, SourceType.ORGANIZATION) and reason != COUNTRY:
        return str(kind)
    return ""  # a country is mostly a place: no "they" for it unless it speaks


_COLLECTIVES = frozenset(
    "audience community couple crowd family group household public staff team".split()
)
"""Unnamed-source nouns that name a body of people even when singular (*Scott's
family*): never *he* or *she*, as *a resident* or *a source* may be."""


def _compatible(
    e: _Ent,
    gender: str,
    number: str,
    salient: bool,
    *,
    possessive: bool = False,
    speaker: bool = False,
) -> bool:
    """Whether a pronoun of ``gender`` and ``number`` may mean ``e`` (``salient``: ``e``
    speaks somewhere; ``speaker``: the pronoun itself speaks, *they said*)."""
    if e.kind == "desc":
        kind = _nouns().get(e.name.head, "")
        if number == "pl":
            # "an insider claimed … they said": singular "they" for an unnamed source,
            # when both speak
            return (
                e.number == "pl"
                or kind == "organization"
                or (kind == "group" and salient and speaker)
            )
        if e.number == "pl":
            return False
        if gender == "n":
            return kind in ("organization", "media", "document")
        if kind == "group" and salient and not e.gender and e.name.head not in _COLLECTIVES:
            return True  # "A resident said C. “Q,” she said": one unnamed speaker
        # a role a pronoun has given a gender keeps it ("the chief … he … she": no)
        known = e.gender or e.pronoun_gender
        return kind == "role" and (not known or known == gender)
    if e.kind == "pron":
        return False
    kind = _name_kind(e)
    if number == "pl":
        return kind in ("organization", "media")  # "Politifact … they could not resist"
    if gender == "n":
        # "Nomura said … its key beneficiaries": a speaking name owning things is a body
        return kind in ("organization", "media") or (
            possessive and kind == "" and salient and not (e.gender or e.pronoun_gender)
        )
    if kind != "person" and not (kind == "" and salient and not e.neuter):
        # places and things are not "he"; an unknown name only as a source, and not
        # once an "its" has meant it ("its cordless models … Veltrane denies her account")
        return False
    known = e.gender or e.pronoun_gender
    return not known or known == gender


_WORD_AFTER = regex.compile(r" (\p{Ll}+)\b")


def place_before_area(text: str, e: _Ent) -> str:
    """The area noun (``lexicons/area_nouns.txt``) right after every name mention of
    ``e`` (*the Dang Wangi district*, *Kampung Baru police*), else ``""``: a name
    that only ever modifies an area's noun is a place, in whatever language, and no
    *he* or *she* means it."""
    noun = ""
    for m in e.mentions:
        if m.kind != "name":
            continue
        found = _WORD_AFTER.match(text, m.end, min(len(text), m.end + 24))
        if found is None or found.group(1) not in lexicon.words("area_nouns"):
            return ""
        noun = found.group(1)
    return noun


_OPENING = " \t\r\n\"'“‘(*•-–—"
"""What may stand between a sentence's or paragraph's end and its first word."""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is where a sentence or a paragraph starts."""
    before = text[max(0, start - 12) : start]
    stripped = before.rstrip(_OPENING)
    return not stripped or stripped[-1] in ".!?:\n" or before[len(stripped) :].count("\n") > 0


def common_plural(text: str, e: _Ent, words: Sequence[str]) -> str:
    """The word of a one-word plural name (*Stallholders*) capitalised only where a
    sentence starts, which the text also writes in lower case, as it is or singular
    (*One stallholder said*): a common noun for unnamed people, not a name; else
    ``""``. A surname also written mid-sentence (*said Banks*) stays a name."""
    if len(words) != 1 or not words[0].endswith("s") or words[0].endswith("ss"):
        return ""
    if not all(_opens_sentence(text, m.start) for m in e.mentions if m.kind == "name"):
        return ""
    word = words[0].casefold()
    forms = "|".join(regex.escape(w) for w in dict.fromkeys((word, singular(word))))
    near = e.mentions[0].start
    found = regex.compile(r"(?<![\p{L}\p{N}])(?:" + forms + r")(?![\p{L}\p{N}])").search(
        text, max(0, near - _PLURAL_REACH), near + _PLURAL_REACH
    )
    return word if found is not None else ""


_PLURAL_REACH = 3000
"""How far from a plural name its lower-case use is looked for (a few paragraphs:
each such name reads a bounded stretch, so the work stays linear in the text)."""


def _governed(text: str, start: int) -> bool:
    """True when a preposition stands right before ``start`` (*of the county*)."""
    before = text[max(0, start - 16) : start].casefold().split()
    if before[-2:] == ["according", "to"]:
        return False  # "according to the chief constable, Dame Ann Lowe"
    return bool(before) and before[-1] in _PREPOSITIONS
