"""Source types and mention resolution.

:func:`classify` gives the :class:`~claimscope.model.SourceType` of a source phrase
(``"a source familiar with the talks"`` → ``anonymous``) with the reason for it, from
the shipped lexicons, the shape of names and titles. :class:`Resolver` walks a
document's source mentions in order and links pronouns (*she*), surnames (*Doe*),
short names (*Sir Ken*) and anaphors (*the outlet*) back to the most informative
earlier mention.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from claimscope import _grammar, lexicon
from claimscope._body_names import (
    UNNAMED_BODIES,
    bodies_counted,
    business_in_s,
    ends_in_org_head,
    is_media_name,
    nation_body,
    nations,
    one_person_trade,
    place_name,
    plural_people,
    possessive_place,
    role_type,
    singular,
    station_name,
    unnamed_bodies,
)
from claimscope._joined_modifiers import modifiers_joined
from claimscope._owned_guides import capitalised_document, document_head
from claimscope.model import SourceType

__all__ = [
    "COUNTRY",
    "DETERMINERS",
    "Entity",
    "Resolver",
    "classify",
    "head_phrase",
    "is_role",
    "is_source_noun",
    "role_acronym",
    "singular",
    "unowned_reports",
]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.&\-][\p{L}\p{N}]+)*\.?")


@functools.lru_cache(maxsize=8192)
def _words_in(text: str) -> tuple[str, ...]:
    """The words of a mention or phrase (:data:`_WORD`), memoised: the classifier and
    the resolver each look at the same few hundred mentions several times."""
    return tuple(_WORD.findall(text))


DETERMINERS = _DETERMINERS = _grammar.NP_OPENERS
"""Words that may open a noun phrase before its head (``_grammar.NP_OPENERS``)."""

_INDEFINITE = _grammar.INDEFINITES

_HEAD_END = _grammar.HEAD_END_WORDS | lexicon.words("source_postmodifiers")
"""A noun phrase's head ends before these (*a spokesman for the mayor*, *sources
familiar with the talks*)."""

_PRONOUNS = _grammar.PRONOUNS

_HONORIFICS = lexicon.fields("honorifics")
"""Honorifics and the gender they mark (``lexicons/honorifics.txt``)."""

_ORG_NAME = regex.compile(r"\b(?:" + lexicon.alternation("organization_name_words") + r")\b(?!-)")
"""Capitalised words that mark a proper name as an institution."""

_ACRONYM = regex.compile(r"\A\p{Lu}{2,6}s?\Z")
"""FBI, NATO, NYPD: an all-capitals name is an institution unless it is an outlet."""


def _in(name: str, word: str) -> bool:
    words = lexicon.words(name)
    return word in words or (word.endswith("s") and singular(word) in words)


@lexicon.cached(maxsize=4096)
def is_source_noun(word: str) -> bool:
    """True when ``word`` (lower case) names a kind of source in some lexicon (ten
    set lookups: kept per word, as the subject scans ask about the same few)."""
    return any(
        _in(name, word)
        for name in (
            "roles",
            "sources_anonymous",
            "sources_media",
            "sources_document",
            "sources_organization",
        )
    )


def is_role(word: str) -> bool:
    """True when ``word`` (any case, singular or plural) is a role noun (*spokesman*)."""
    return _in("roles", word.casefold())


def role_acronym(word: str) -> bool:
    """Whether an all-capitals word is a role's abbreviation (*MP*, *MPs*, *CEO*),
    which names people, not an institution as other acronyms do.

    >>> role_acronym("MPs"), role_acronym("CEO"), role_acronym("NATO")
    (True, True, False)
    """
    if _ACRONYM.match(word) is None:
        return False
    bare = word[:-1] if word.endswith("s") else word
    return bare.casefold() in lexicon.words("roles")


@functools.lru_cache(maxsize=4096)
def head_phrase(text: str) -> str:
    """Return the part of a source phrase up to its head noun.

    >>> head_phrase("A spokesman for Mayor Frank Jackson of Cleveland")
    'A spokesman'
    >>> head_phrase("sources familiar with the talks")
    'sources'
    """
    words = _words_in(text)
    kept: list[str] = []
    for i, word in enumerate(words):
        if i and word.casefold() in _HEAD_END and not word[:1].isupper():
            break
        if i and _participle_by(words, i):
            break  # "an internal review obtained by Le Monde"
        if participle_postmodifier(words, i):
            break  # "engineers working on the project"
        kept.append(word)
    return " ".join(kept)


_NOT_BEFORE_POSTMODIFIER = (
    _grammar.AUXILIARIES
    | _grammar.BE_FORMS
    | _grammar.CLAUSE_WORDS
    | _grammar.DETERMINERS
    | _grammar.PREPOSITIONS
    | _grammar.SUBJECT_PRONOUNS
    | _grammar.OBJECT_PRONOUNS
    | {"and", "or", "not", "it"}
)
"""Words after which an *-ing* form is a verb or a gerund, not a noun's modifier."""


def participle_postmodifier(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is an *-ing* participle opening a modifier of the noun
    before it (*Americans living abroad*, *engineers working on the project*): lower
    case, after a word that is no auxiliary, pronoun or other function word, and
    before a preposition or an adverb of place. Such a phrase belongs to the noun
    phrase; its head is the noun before."""
    if i < 1 or i + 1 >= len(words):
        return False
    word, before, after = words[i], words[i - 1], words[i + 1].casefold()
    return (
        word.endswith("ing")
        and word.isalpha()
        and word.islower()
        and before.isalpha()
        and before.casefold() not in _NOT_BEFORE_POSTMODIFIER
        and not before.casefold().endswith(("ly", "ing"))
        and (after in _grammar.PREPOSITIONS or after in _grammar.PLACE_ADVERBS)
    )


def _participle_by(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is a participle opening a postmodifier with *by* (*seen
    by*, *obtained by*), or any after a document noun (*a memo sent to staff*)."""
    word, document = words[i], _in("sources_document", words[i - 1].casefold())
    verb = word.endswith("ed") or word in _grammar.IRREGULAR_PARTICIPLES
    return word.islower() and (
        ("by" in words[i + 1 : i + 2] and verb)
        or (document and (verb or word in _grammar.FINITE_PASTS))
    )


def _is_name(words: Sequence[str]) -> bool:
    content = [w for w in words if w.casefold() not in _DETERMINERS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


_UNOWNED_REPORTS = regex.compile(
    r"(?:(?:some|several|many|various|numerous|multiple|recent|earlier|unconfirmed|local|"
    r"foreign|international|news|media|press)\s){0,3}(?:reports|rumou?rs)"
    r"(?:\sin\s(?:the\s)?\S+(?:\s\S+){0,2})?"  # where they appeared: "reports in Spain"
)


_NOUN_ONLY_DOCUMENTS = frozenset({"notes", "text", "wording"})
"""Document nouns that are also verbs or common words (*she notes*, *a text from
him*), and so not in ``sources_document.txt`` (whose words also find mentions): a
document only as the head of a phrase after a determiner, possessive or adjective
(*the explanatory notes of the bill*, *the text of the agreement*)."""


def _noun_document(words: Sequence[str]) -> bool:
    """Whether head words end in one of :data:`_NOUN_ONLY_DOCUMENTS` used as a noun,
    after a determiner, possessive or adjective (*the explanatory notes*)."""
    return (
        len(words) > 1
        and words[-1].casefold() in _NOUN_ONLY_DOCUMENTS
        and (words[-2].islower() or words[-2].casefold() in _DETERMINERS)
    )


def _papers_of_a_body(words: Sequence[str]) -> bool:
    """*court papers*, *the hospital's board papers*, *cabinet papers*: *papers* after
    an institution noun are that body's documents, not newspapers (*the Sunday
    papers*, *local papers*)."""
    return (
        len(words) >= 2
        and words[-1].casefold() in ("paper", "papers")
        and _in("sources_organization", words[-2].casefold())
    )


def _law_title(words: Sequence[str]) -> bool:
    """Whether a capitalised name is a law's or treaty's title (*the Online Safety Bill*),
    not a given name after a title (*Opposition Leader Bill*, *Mr Bill*)."""
    if len(words) < 2 or words[-1].casefold() not in lexicon.words("document_name_words"):
        return False
    before = words[-2].casefold().rstrip(".")
    return not (before in _HONORIFICS or before in _TITLES or _in("roles", before))


def unowned_reports(text: str) -> bool:
    """Whether a source phrase is reports nobody is named for: *according to reports*,
    *according to local media reports* attribute as *reportedly* does (SPEC
    ``unspecified``); an owner (*its reports*) or a determiner (*the reports*) points
    to a document.

    >>> [unowned_reports(p) for p in ("local media reports", "reports in Spain", "the reports")]
    [True, True, False]
    """
    words = " ".join(w.casefold() for w in _words_in(text))
    return _UNOWNED_REPORTS.fullmatch(words) is not None


COUNTRY = "country standing for its government"
"""The reason :func:`classify` gives a country's name (*China insisted*); the entity
model does not let a plural pronoun refer to a country, which is mostly a place."""

QUANTITIES = frozenset(
    """barrage batch couple dozens flurry group handful host hundreds millions number pair raft
    round scores series set slew spate stream string thousands""".split()
)
"""Nouns that count what follows *of* (*a series of tweets*): it gives the phrase its type."""


def _counted(phrase: str, head_words: Sequence[str]) -> tuple[SourceType, str] | None:
    """The type a phrase takes from more than its head word: *a series of tweets*
    (the head one of :data:`QUANTITIES`) that of what is counted; *a policy paper*
    (a two-word document noun such as *white paper*) a document, not an outlet's
    paper. ``None`` for other phrases."""
    head = head_words[-1].casefold() if head_words else ""
    compound = f"{head_words[-2].casefold()} {head}" if len(head_words) >= 2 else ""
    if compound and _in("sources_document", compound):
        return SourceType.DOCUMENT, f"document noun {compound!r}"
    of = phrase.find(" of ")
    if head not in QUANTITIES or of < 0 or not phrase[of + 4 :].strip():
        return None
    kind, reason = classify(phrase[of + 4 :])
    return bodies_counted(kind, reason), f"{head} of: {reason}"


_DEFINITE = frozenset({"the", "these", "those", "both"})
"""Openers of a definite plural (*the two men*), which may be people named before."""

_PEOPLE = frozenset({"children", "folks", "men", "people", "persons", "women"})
"""Plurals without an *s* that name unnamed people (*about a dozen people*)."""


def _pronoun_type(word: str) -> tuple[SourceType, str]:
    """The type of a source phrase that is one pronoun, unresolved, or one
    quantifier standing for an unnamed group (*Many believe C*)."""
    if word.casefold() in _grammar.GROUP_QUANTIFIERS:
        return SourceType.ANONYMOUS, f"unnamed group {word!r}"
    kind = _PRONOUNS[word.casefold().rstrip(".")][0]
    if kind == "person":
        return SourceType.PERSON, f"pronoun {word!r}"
    if kind == "self":
        return SourceType.AUTHOR, f"first person {word!r}"
    if kind == "group":
        return SourceType.ANONYMOUS, f"unresolved pronoun {word!r}"
    return SourceType.ORGANIZATION, f"unresolved pronoun {word!r}"


def _described(head: str, first: str, bare: str = "") -> tuple[SourceType, str] | None:
    """The type a description's head noun gives it from ``entity_nouns.txt`` (*the
    city* → organization, *the film* → document, *everyone* → anonymous), as the
    entity model types it; plural person nouns (*relatives*) are unnamed groups, and
    so are *people*, *men*, *women* (``first`` is the phrase's first word: *the two
    men* may be two men named before; ``bare`` is the phrase without *the*: *the
    people said* in wire copy refers back to *two people familiar with the matter*)."""
    if bare == "people":
        return SourceType.ANONYMOUS, "unnamed people"  # wire copy: "…, the people said"
    if head in _PEOPLE and first not in _DEFINITE:
        return SourceType.ANONYMOUS, "unidentified people"  # "about a dozen people"
    kinds = lexicon.fields("entity_nouns")
    kind = kinds.get(head)
    plural = kind is None and singular(head) != head
    if plural:
        kind = kinds.get(singular(head))
    if kind is None:
        return None
    if kind == "organization" and unnamed_bodies(head, first):
        return SourceType.ANONYMOUS, f"{UNNAMED_BODIES} {head!r}"
    if kind == "person":
        if plural:
            return SourceType.ANONYMOUS, f"group of {head!r}"
        return None  # "her daughter", "a friend": as a role noun (see classify)
    return SourceType(kind), f"{kind} noun {head!r}"


def _acronym_type(head: str, first: str) -> tuple[SourceType, str]:
    """An all-capitals head's type: an institution (*NATO*), or people by an
    abbreviated role (*the CEO* a person, *Labour MPs* unnamed people)."""
    if not role_acronym(head):
        return SourceType.ORGANIZATION, "acronym"
    if first in _INDEFINITE or head.endswith("s"):
        return SourceType.ANONYMOUS, f"unidentified {head!r}"
    return SourceType.PERSON, f"role {head!r}"  # "the CEO"


_NAME_JOINERS = frozenset({"of", "and", "for", "&"})
"""Lower-case words inside an institution's name (*Department of Health and Social
Care*, *Ministry of Defence*)."""


def _noun_after_name(words: Sequence[str]) -> str | None:
    """``"A source"`` for *A Ministry of Defence source*, ``"spokesperson"`` for
    *Department of Health and Social Care spokesperson*: a capitalised name holding a
    joiner (:data:`_NAME_JOINERS`), then the lower-case noun of an unnamed speaker, a
    role or a document. The joiner would otherwise end the head (*of*) or split the
    phrase into a group (*and*), typing the name instead of its speaker; without a
    joiner the head rule already reads *A Downing Street source*. None otherwise."""
    last = words[-1]
    if len(words) < 4 or not last.islower():
        return None
    first = 1 if words[0].casefold() in _INDEFINITE or words[0].casefold() == "the" else 0
    inner = words[first:-1]
    if not (
        len(inner) >= 3
        and inner[0][:1].isupper()
        and inner[-1][:1].isupper()
        and any(w in _NAME_JOINERS for w in inner)
        and all(w[:1].isupper() or w in _NAME_JOINERS for w in inner)
    ):
        return None
    if not (_in("sources_anonymous", last) or _in("roles", last) or _in("sources_document", last)):
        return None
    return f"{words[0]} {last}" if first else last


def _of_named_body(typed: tuple[SourceType, str]) -> tuple[SourceType, str]:
    """The type of the speaker after a body's name, its reason saying so."""
    return typed[0], f"{typed[1]} of a named body"


def _named(head_words: Sequence[str], first: str, bare: str, whole: str) -> tuple[SourceType, str]:
    """The type of a phrase whose head is a capitalised name (``head_words``; the
    phrase's first word ``first``, the phrase folded ``whole`` and without *the*
    ``bare``): an outlet, institution, place, country, group or person."""
    head = head_words[-1]
    head_folded = head.casefold().rstrip(".")
    name = " ".join(head_words)
    if is_media_name(head_words):
        return SourceType.MEDIA, "outlet-like name"
    if bare in lexicon.words("sources_organization") or _ORG_NAME.search(name):
        return SourceType.ORGANIZATION, "institution name"
    if ends_in_org_head(head_words) or business_in_s(head_words):  # "Hartwell's said"
        return SourceType.ORGANIZATION, f"institution name ending in {head!r}"
    if possessive_place(head_words) or place_name(head_words):  # "Hawke's Bay", "X Rd"
        return SourceType.ORGANIZATION, "place name"
    if bare in lexicon.words("capitals"):
        return SourceType.ORGANIZATION, "capital standing for its government"
    if bare in nations() or whole in nations():
        return SourceType.ORGANIZATION, COUNTRY
    if _in("sources_anonymous", head_folded) or head_folded in _PEOPLE:
        return SourceType.ANONYMOUS, f"group noun {head!r}"
    if len(head_words) == 1 and plural_people(head):
        return SourceType.ANONYMOUS, f"group of {head!r}"  # "Parents said"
    if len(head_words) == 1 and unnamed_bodies(head_folded, ""):
        return SourceType.ANONYMOUS, f"{UNNAMED_BODIES} {head!r}"  # "Unions said"
    if _ACRONYM.match(head):
        return _acronym_type(head, first)
    if first in _INDEFINITE and (
        _in("sources_anonymous", head_folded + "s") or len(head_words) <= 1
    ):
        return SourceType.ANONYMOUS, "unidentified member of a group"
    if _law_title(head_words):
        return SourceType.DOCUMENT, f"title of a law {head!r}"
    return SourceType.PERSON, "personal name"


@lexicon.cached(maxsize=4096)
def classify(text: str) -> tuple[SourceType, str]:
    """Return the source type of the phrase ``text`` and the reason for it.

    >>> classify("a source familiar with the talks")[0].value
    'anonymous'
    >>> classify("the White House")[0].value
    'organization'
    >>> classify("Jane Doe")[0].value
    'person'
    """
    phrase = text.strip()
    words = _words_in(phrase)
    if not words:
        return SourceType.UNSPECIFIED, "no words"
    folded = [w.casefold().rstrip(".") for w in words]
    whole = " ".join(folded)
    bare = " ".join(f for f in folded if f != "the")
    if len(folded) == 1 and (folded[0] in _PRONOUNS or folded[0] in _grammar.GROUP_QUANTIFIERS):
        return _pronoun_type(words[0])
    if whole in lexicon.words("outlets") or bare in lexicon.words("outlets") or station_name(words):
        return SourceType.MEDIA, "outlet name"
    if (noun := _noun_after_name(words)) is not None:  # "A Ministry of Defence source"
        return _of_named_body(classify(noun))
    if nation := nation_body(words):  # "Fire and Emergency New Zealand": no mixed group
        return SourceType.ORGANIZATION, f"body named for {nation!r}"
    leading, joined, _rest = phrase.partition(" and ")
    if joined and leading.strip() and not modifiers_joined(leading, _rest, is_source_noun):
        kind, reason = classify(leading.strip())
        return kind, f"leading member of a group: {reason}"  # SPEC: a mixed group
    head_words = _words_in(head_phrase(phrase))
    head = head_words[-1] if head_words else words[-1]
    head_folded = head.casefold().rstrip(".")
    first = folded[0]
    if (counted := _counted(phrase, head_words)) is not None:
        return counted
    if _is_name(head_words) and head[:1].isupper() and not capitalised_document(head_words, words):
        return _named(head_words, first, bare, whole)
    orgs = lexicon.words("sources_organization")  # "a think tank": a two-word noun
    if bare in orgs or " ".join(head_words[-2:]).casefold() in orgs:
        return SourceType.ORGANIZATION, "institution"
    if _in("sources_media", head_folded) and not _papers_of_a_body(head_words):
        return SourceType.MEDIA, f"media noun {head!r}"
    if document_head(phrase, head_folded):  # "the report", "Canada's food guide"
        return SourceType.DOCUMENT, f"document noun {head!r}"
    if _noun_document(head_words):
        return SourceType.DOCUMENT, f"document noun {head!r}"
    if unnamed_bodies(head_folded, first):
        return SourceType.ANONYMOUS, f"{UNNAMED_BODIES} {head!r}"
    if _in("sources_organization", head_folded):
        return SourceType.ORGANIZATION, f"institution noun {head!r}"
    if _in("sources_anonymous", head_folded):
        return SourceType.ANONYMOUS, f"anonymous noun {head!r}"
    if _in("roles", head_folded):  # *campaign manager Kellyanne Conway*
        return role_type(head, head_folded, first)
    if (trade := one_person_trade(head_words, first)) is not None:  # "a food stall operator"
        return trade
    if (described := _described(head_folded, first, bare)) is not None:
        return described
    if any(w[:1].isupper() for w in words[1:]) and _is_name(words[-2:]):
        return SourceType.PERSON, "personal name"
    if head[:1].isupper() and len(head_words) > 1 and not _in("sources_anonymous", head_folded):
        return SourceType.PERSON, "name after a description"
    if first in _INDEFINITE or head_folded.endswith("s"):
        return SourceType.ANONYMOUS, "unidentified people"
    return SourceType.PERSON, "definite description"


@attrs.frozen
class Entity:
    """A source the text has named, with what is known of it."""

    text: str
    start: int
    end: int
    type: SourceType
    gender: str = ""
    """``"m"``, ``"f"`` or ``""`` (unknown)."""
    surname: str = ""


@functools.cache
def _given_names() -> dict[str, str]:
    return {entry.text.casefold(): entry.fields[0] for entry in lexicon.load("given_names")}


@functools.lru_cache(maxsize=4096)
def _gender_of(text: str) -> str:
    words = _words_in(text)
    for word in words:
        folded = word.casefold().rstrip(".")
        if folded in _HONORIFICS:
            return _HONORIFICS[folded]
    for word in words:
        if word[:1].isupper():
            gender = _given_names().get(word.casefold())
            if gender:
                return gender
    return ""


@functools.lru_cache(maxsize=4096)
def _surname(text: str) -> str:
    names = [w for w in _plain_words(head_phrase(text)) if w[:1].isupper()]
    if len(names) < 2:
        return ""
    last: str = names[-1]
    if last.casefold() in _grammar.NAME_SUFFIXES and len(names) > 2:
        last = names[-2]
    return last


@functools.lru_cache(maxsize=4096)
def _informative(text: str) -> int:
    """How many name words (not titles or honorifics) a mention holds."""
    return sum(
        1
        for w in _words_in(text)
        if w[:1].isupper()
        and w.casefold().rstrip(".") not in _HONORIFICS
        and w.casefold().rstrip(".") not in _TITLES
    )


_TITLES = lexicon.words("titles")
"""Titles that may stand before a name without adding to who it is."""

_SURNAME_TITLES = frozenset(t for t, kind in lexicon.fields("titles").items() if kind == "surname")
"""Titles that with a surname alone name a person met before (*Sen. Doe*)."""


_ANAPHOR = regex.compile(
    r"\A(?:the|this|that|these|those)\s+(?:(?:two|three|four|five|\p{Ll}+)\s+)?"
    r"(?P<noun>\p{Ll}+)\Z",
    regex.I,
)
"""``the outlet``, ``the paper``, ``the two officers``: a definite phrase pointing back
when its noun is a generic one (``lexicons/anaphors.txt``); *the administration* after
*the council* is another source."""


@functools.lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    """The capitalised words of a mention, without final periods, each once."""
    return tuple(dict.fromkeys(w.rstrip(".") for w in _words_in(text) if w[:1].isupper()))


@functools.lru_cache(maxsize=4096)
def _plain_words(text: str) -> tuple[str, ...]:
    """The words of a mention without final periods."""
    return tuple(w.rstrip(".") for w in _words_in(text))


@functools.lru_cache(maxsize=4096)
def _head_noun(text: str) -> str | None:
    """The singular, case-folded last word of a several-word head phrase, or ``None``."""
    head = _words_in(head_phrase(text))
    return singular(head[-1].casefold()) if len(head) > 1 else None


@functools.lru_cache(maxsize=4096)
def _mention_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a mention, and the same case-folded without final periods."""
    words = _words_in(text)
    return words, tuple(w.casefold().rstrip(".") for w in words)


@functools.lru_cache(maxsize=4096)
def _anaphor_noun(text: str) -> str | None:
    """The singular, case-folded noun of a definite phrase (*the outlets* → *outlet*)."""
    anaphor = _ANAPHOR.match(text.strip())
    return None if anaphor is None else singular(anaphor.group("noun").casefold())


_NAME_LOOKBACK = 8
"""How many earlier entities sharing a name word a short name is compared with."""


class Resolver:
    """Links each source mention to the most informative earlier mention.

    Feed mentions in text order with :meth:`resolve`; it returns the entity the
    mention refers to (possibly a new one). Not thread-safe; make one per document.
    """

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_word: dict[str, list[Entity]] = {}
        self._by_type: dict[SourceType, Entity] = {}
        self._by_head: dict[str, Entity] = {}

    def add(self, entity: Entity) -> Entity:
        """Remember ``entity`` as the latest mention of a source."""
        self.entities.append(entity)
        self._by_type[entity.type] = entity
        if entity.type is not SourceType.PERSON:
            head = _head_noun(entity.text)
            if head is not None:
                self._by_head[head] = entity
        if entity.type is SourceType.PERSON and entity.surname:
            for word in _name_words(entity.text):
                self._by_word.setdefault(word, []).append(entity)
        return entity

    def resolve(self, text: str, start: int, end: int, kind: SourceType) -> Entity:
        """Return the entity behind the mention ``text`` at ``[start, end)``.

        Pronouns go to the nearest earlier compatible entity, surnames and short
        names to the full name they abbreviate, anaphors (*the outlet*) to the
        nearest earlier entity of their kind. A mention that refers back to
        nothing becomes a new entity.
        """
        words, folded = _mention_words(text)
        if len(folded) == 1 and folded[0] in _PRONOUNS:
            found = self._pronoun(folded[0])
            if found is not None:
                self.add(found)
                return found
            return Entity(text, start, end, kind, _PRONOUNS[folded[0]][1])
        if kind is SourceType.PERSON:
            found = self._short_name(words)
            if found is not None:
                self.add(found)
                return found
        noun = _anaphor_noun(text)
        if noun is not None and kind is not SourceType.PERSON:
            same_head = self._by_head.get(noun)
            if same_head is not None and same_head.text.casefold() != text.casefold():
                # "the authority" after "the port authority"
                self.add(same_head)
                return same_head
        if noun is not None and kind is not SourceType.PERSON and noun in lexicon.words("anaphors"):
            found = self._latest(kind)
            if found is not None and found.text.casefold() != text.casefold():
                self.add(found)
                return found
        entity = Entity(text, start, end, kind, _gender_of(text), _surname(text))
        return self.add(entity)

    def _pronoun(self, pronoun: str) -> Entity | None:
        kind, gender = _PRONOUNS[pronoun]
        for entity in reversed(self.entities[-12:]):
            if kind == "person" and entity.type is SourceType.PERSON:
                if not entity.gender or entity.gender == gender:
                    return entity
            elif (
                kind == "group"
                and entity.type
                in (
                    SourceType.ANONYMOUS,
                    SourceType.ORGANIZATION,
                )
            ) or (
                kind == "thing"
                and entity.type
                in (
                    SourceType.ORGANIZATION,
                    SourceType.MEDIA,
                    SourceType.DOCUMENT,
                )
            ):
                return entity
        return None

    def _short_name(self, words: Sequence[str]) -> Entity | None:
        names = [w.rstrip(".") for w in words if w[:1].isupper()]
        if not names:
            return None
        last = names[-1]
        honorific = names[0].casefold() in _HONORIFICS or names[0].casefold() in _SURNAME_TITLES
        first = names[0] if len(names) > 2 or (len(names) == 2 and not honorific) else ""
        # only person entities sharing a name word can match: look those up (the
        # latest few of each), never the whole document's list
        pool = {
            id(e): e
            for word in dict.fromkeys((last, first))  # ordered: no hash-seed effects
            if word
            for e in self._by_word.get(word, ())[-_NAME_LOOKBACK:]
        }
        for entity in sorted(pool.values(), key=lambda e: e.start, reverse=True):
            entity_words = _plain_words(entity.text)
            if last == entity.surname or (first and first in entity_words and len(names) == 2):
                if _informative(entity.text) > _informative(" ".join(words)):
                    return entity
                return None
            if len(names) == 2 and honorific and names[1] in entity_words:
                return entity
        return None

    def _latest(self, kind: SourceType) -> Entity | None:
        return self._by_type.get(kind)
