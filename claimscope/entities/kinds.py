"""One source type per entity, with the reason for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from claimscope import lexicon
from claimscope._body_names import ONE_PERSON_TRADE, bodies_counted, place_name, role_type
from claimscope.entities._company_modifier import modifier_role
from claimscope.entities._name_grammar import plural_acronym, which_clause_after
from claimscope.entities._surname_places import surname_place
from claimscope.entities.body_refs import expansion_of
from claimscope.entities.entity import _Ent, common_plural, place_before_area
from claimscope.entities.words import (
    _ACRONYM,
    _body_acronym,
    _body_role,
    _capitals,
    _given_names,
    _nouns,
    _org_lexicon,
    _org_word,
    _outlets,
    _surname_org_words,
    _titles,
)
from claimscope.model import SourceType
from claimscope.sources import (
    QUANTITIES,
    classify,
    role_acronym,
    singular,
)


class _Classified:
    """:func:`claimscope.sources.classify` for one document, each phrase once."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: dict[str, tuple[SourceType, str]] = {}

    def __call__(self, phrase: str) -> tuple[SourceType, str]:
        found = self.seen.get(phrase)
        if found is None:
            if len(self.seen) >= _CLASSIFIED_KEPT:
                self.seen.clear()  # the phrases met again are the few common ones
            found = self.seen[phrase] = classify(phrase)
        return found


_CLASSIFIED_KEPT = 4096
"""How many phrases' classes a document's classifier remembers at once (every
entity's phrase would be a copy of a fifth of its mentions)."""


def _type_of(
    text: str, e: _Ent, classify: Callable[[str], tuple[SourceType, str]] = classify
) -> tuple[SourceType, str]:
    """The source type of an entity, from all its mentions, with the reason
    (``classify``: the phrase classifier to use, :class:`_Classified` for one
    document)."""
    if e.pseudonym:
        return SourceType.ANONYMOUS, "pseudonym"
    name = e.name
    if name.kind == "name":
        return _name_type(text, e, classify)
    phrase = text[name.start : name.end]
    kind, reason = classify(phrase)
    if name.plural and _THE_BEFORE.search(text, max(0, name.start - 4), name.start):
        bodies = classify("the " + phrase)  # "the two companies": bodies named before
        kind, reason = bodies if bodies[0] is SourceType.ORGANIZATION else (kind, reason)
    if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
        return SourceType.ANONYMOUS, "unresolved pronoun"
    kind, reason = who_is_a_person(text, name.end, phrase, kind, reason)
    if name.kind != "desc":
        return kind, reason
    head = name.head
    # a plural listed only as a plural ("figures": a "figure" may be a person)
    noun_kind = _nouns().get(head, "") or (_nouns().get(head + "s", "") if name.plural else "")
    if _body_role(phrase, head) and not _WHO.match(text, name.end):
        return SourceType.ORGANIZATION, f"organisation noun {head!r}"  # "the developer"
    counted = _counted_plural(text, name.end) if head in QUANTITIES else None
    if counted is not None:  # "a group of parents": typed by what it counts
        kind, reason = classify(counted)
        kind = bodies_counted(kind, reason)
        if kind is SourceType.PERSON:  # "a group of Americans": a plural is no one person
            return SourceType.ANONYMOUS, f"{head} of {counted}: unnamed group"
        return kind, f"{head} of {counted}: {reason}"
    unnamed = kind is SourceType.ANONYMOUS and name.plural and not name.definite
    if (
        noun_kind in ("organization", "media", "document")
        and kind not in (SourceType.ORGANIZATION, SourceType.MEDIA, SourceType.DOCUMENT)
        and not unnamed  # "Business groups", "several companies": unnamed bodies
        and not reason.endswith(ONE_PERSON_TRADE)  # "a food stall operator"
    ):
        return SourceType(noun_kind), f"{noun_kind} noun {head!r}"
    if kind is SourceType.MEDIA and _study_paper(text, name.start, head):
        return SourceType.DOCUMENT, f"a study's {head!r}"  # "The paper suggests"
    if kind is SourceType.PERSON and name.plural and not name.definite:
        return SourceType.ANONYMOUS, "unnamed group"
    if kind is SourceType.ANONYMOUS:
        return kind, "unnamed group" if name.plural else f"unnamed {head}"
    if kind is SourceType.PERSON and noun_kind == "role":
        return kind, f"role noun {head!r}"
    return kind, reason


_THE_BEFORE = regex.compile(r"(?i:the)[ \t]\Z")
"""*the* right before a plural description's mention that left it out (*the two
companies*, whose mention is *two companies*)."""

_WHO = regex.compile(r",?\s+who\b")
"""A relative *who* after a description: a person (*the developer who came to epitomize
wealth*)."""

_WHO_PERSON = regex.compile(r",?\s+who\b(?!\s+knows\b)")
"""A relative *who* after a phrase (not the aside *who knows*)."""


def who_is_a_person(
    text: str, end: int, phrase: str, kind: SourceType, reason: str
) -> tuple[SourceType, str]:
    """The type of a source phrase ending at ``end`` that :func:`classify` gives
    ``kind`` for ``reason``: a person's role instead of a document when a relative
    *who* follows (*The model, who walked for two fashion houses, said*: a noun that
    names a tool and a person), as only a person is a *who*."""
    if kind is not SourceType.DOCUMENT or not _WHO_PERSON.match(text, end):
        return kind, reason
    words = phrase.split()
    head = words[-1].strip(",")
    return role_type(head, head.casefold(), words[0].casefold(), "described with 'who'")


_COUNTED = regex.compile(r" of (?:the |these |those )?(?:[\p{L}'’-]+ ){0,2}?(\p{L}[\p{L}-]*s)\b")
"""What a quantity noun counts (*a group of black parents*, *a handful of Republican
senators*, *a group of Democrats*): the first plural within three words after *of*
(linear: one bounded match)."""


_STUDY = regex.compile(r"\b(?:study|studies|journal|peer[- ]reviewed|preprint)\b", regex.I)
"""What marks a text as reporting research: a study, a journal, peer review."""

_STUDY_REACH = 1500
"""How far before a description a study is looked for (a few paragraphs)."""


def _study_paper(text: str, start: int, head: str) -> bool:
    """Whether a head noun that may be an outlet's or a document's (*the paper*, both
    in ``sources_media`` and ``sources_document``) follows a study or a journal in
    the text: then it is the study's paper, a document."""
    return (
        head in lexicon.words("sources_media")
        and head in lexicon.words("sources_document")
        and _STUDY.search(text, max(0, start - _STUDY_REACH), start) is not None
    )


def _counted_plural(text: str, end: int) -> str | None:
    """The plural a quantity noun ending at ``end`` counts, or ``None``."""
    found = _COUNTED.match(text, end, min(len(text), end + 80))
    return found.group(1) if found else None


def _headed_by(org_word: str, words: tuple[str, ...] | list[str]) -> bool:
    """True when the organisation word ``org_word`` ends the name ``words`` and is no
    surname: a title-shaped first word is then part of a body's name (*General Civil
    Aviation Authority*, *Chief Electoral Office*), not a person's title."""
    return (
        bool(org_word)
        and words[-1] == org_word
        and org_word not in _surname_org_words()
        and not any(w.casefold() in _given_names() for w in words)  # "Gen. Jane Bank"
    )


def _place(text: str, e: _Ent, words: Sequence[str], joined: str) -> tuple[SourceType, str] | None:
    """The type of a name that names a place (``joined``: its ``words`` case-folded),
    with the reason, or ``None``: a capital standing for its government, a name
    before an area's noun (*the Dang Wangi district*) or ending in a street's or
    river's word (*Puketapu Rd*). A place is no person; it is typed organisation."""
    if joined in _capitals():
        return SourceType.ORGANIZATION, "capital for its government"
    if area := place_before_area(text, e):
        return SourceType.ORGANIZATION, f"place named before {area!r}"
    if place := place_name(words) or surname_place(text, e, words):
        return SourceType.ORGANIZATION, f"place name ending in {place!r}"
    return None


def _office(words: Sequence[str]) -> str:
    """The title or role noun opening a name before *of* or *for* (*Minister of State
    for Energy*, *Director of Public Prosecutions*): the name is an office one person
    holds, though a word of its portfolio may end bodies' names (*Resources*); else
    ``""``. Not *the Bank of England*, which opens with no title."""
    named = [w for w in words if w.casefold() != "the"]
    if len(named) < 3 or named[1] not in ("of", "for"):
        return ""
    first = named[0].casefold().rstrip(".")
    return first if first in _titles() or first in lexicon.words("roles") else ""


def _plies_trade(role: str, words: Sequence[str]) -> bool:
    """Whether a name opening with a given name is described by a trade noun an
    individual plies as well as a firm (*Jane Doe, a broker with Acme Realty*:
    ``lexicons/trade_nouns.txt``), so names a person, not a business."""
    return (
        len(words) >= 2
        and words[0].casefold() in _given_names()
        and singular(role) in lexicon.words("trade_nouns")
    )


def _name_type(
    text: str, e: _Ent, classify: Callable[[str], tuple[SourceType, str]]
) -> tuple[SourceType, str]:
    name = e.name
    words = e.key_words or name.words
    joined = " ".join(words).casefold()
    outlets = _outlets()
    if (
        joined in outlets
        or text[name.start : name.end].casefold() in outlets
        or ("the " + joined) in outlets
    ):
        return SourceType.MEDIA, "outlet lexicon"
    titles = [m.title for m in e.mentions if m.title] if e.titled else []
    gendered = next((t for t in titles if _titles().get(t, "-") != "-"), "")
    if gendered:
        return SourceType.PERSON, f"title {gendered.capitalize()}"
    org_word = _org_word(words)
    office = _office(text[name.start : name.end].split())  # "Minister of State for …"
    if titles and (office or not _headed_by(org_word, words)):
        return SourceType.PERSON, f"title {titles[0].capitalize()}"
    if office:
        return SourceType.PERSON, f"office {office!r}"
    if org_word and _given_before_of(text[name.start : name.end].split()):
        return SourceType.PERSON, "given name before 'of' a body"  # "Jane Roe of Acme Inc"
    if org_word:
        return SourceType.ORGANIZATION, f"organisation word {org_word!r}"
    if joined in _org_lexicon():
        return SourceType.ORGANIZATION, "organisation lexicon"
    if joined in lexicon.words("public_bodies"):  # "said Ofgem": a body named bare
        return SourceType.ORGANIZATION, "public body lexicon"
    if (place := _place(text, e, words, joined)) is not None:
        return place
    roles = sorted(e.roles) if e.roles else []
    person_role = ""
    if roles:
        person_role = next((r for r in roles if _nouns().get(r) in ("role", "group")), "")
    if person_role and len(words) >= 2:
        return SourceType.PERSON, f"role {person_role!r}"
    for r in roles:
        kind = _nouns().get(r, "")
        if kind == "organization" and _plies_trade(r, words):
            return SourceType.PERSON, f"given name described as {r!r}"
        if kind == "organization" and classify(" ".join(words))[0] is SourceType.MEDIA:
            kind = "media"  # "the Tampa Bay Times, a Florida news organization"
        if kind in ("organization", "media"):
            return SourceType(kind), f"described as {r!r}"
    if len(words) == 2 and len(words[0]) > 2 and _ACRONYM.match(words[0]) and _nation(words[1]):
        if words[0].casefold() in outlets:
            return SourceType.MEDIA, "outlet lexicon"  # "BBC Scotland"
        return SourceType.ORGANIZATION, "acronym and country"  # "NHS England"
    if len(words) == 1 and _body_acronym(words[0]):
        kind, reason = classify(text[name.start : name.end])
        if kind is SourceType.MEDIA or role_acronym(words[0]):
            return kind, reason  # an outlet, or "the CEO", "MPs": people
        if plural_acronym(words):
            return SourceType.ANONYMOUS, "plural acronym"  # "SUVs", "NGOs": no one body
        return SourceType.ORGANIZATION, "acronym"
    if len(words) >= 2 and words[0].casefold() in _given_names():
        return SourceType.PERSON, "given name"
    if person_role:
        return SourceType.PERSON, f"role {person_role!r}"
    if e.gender or e.pronoun_gender:
        return SourceType.PERSON, "referred to as he or she"
    body = next((m.head for m in e.mentions if m.kind == "desc" and _body_noun(m.head)), "")
    if body:
        return SourceType.ORGANIZATION, f"called {'the ' + body!r}"  # "the startup said"
    owned = _company_part(text, e)
    if owned:
        return SourceType.ORGANIZATION, f"owns a {owned!r}"
    kind, reason = classify(text[name.start : name.end])
    if len(words) >= 2 and kind is SourceType.ORGANIZATION and reason == "acronym":
        return SourceType.PERSON, "personal name"  # "Vann R. Newkirk II"
    if kind is SourceType.PERSON and (unlike := _no_person(text, e, words)) is not None:
        return unlike
    if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
        return SourceType.PERSON, "personal name"
    return kind, reason


def _given_before_of(words: Sequence[str]) -> bool:
    """Whether a given name stands before *of* in a name's words (*Analyst Rebecca
    Stoll of CapHill Securities*): a person named with the body she works for, whose
    organisation word is the body's, not hers; not when a body's word ends the words
    before *of* (*George Washington University School of Law*)."""
    cut = words.index("of") if "of" in words else 0
    if cut == 0 or _org_word(list(words[: cut + 1])):
        return False  # "George Washington University School of Law": a body's name
    return any(w.casefold() in _given_names() for w in words[:cut])


def _body_noun(head: str) -> bool:
    """Whether a description's head noun names a business or institution (*the
    startup*, *the company*, *the firm*), which no person is called."""
    return _nouns().get(head) == "organization" and head in _BUSINESS_NOUNS


_BUSINESS_NOUNS = frozenset(
    "bank brokerage carrier company conglomerate firm insurer lender manufacturer startup".split()
)
"""Head nouns of a description that refer back to a named business: a person is
never *the startup* (*the club*, *the campaign*, *the team* may be said of people's
groups and are left to the other rules)."""


def _no_person(text: str, e: _Ent, words: Sequence[str]) -> tuple[SourceType, str] | None:
    """The type of a name shaped as a person's that the text shows is none, with the
    reason, or ``None``: a body introducing its initials, a tool, a body the text
    calls *it*, or a plural the text also writes in lower case."""
    if which_clause_after(text, e):
        return SourceType.ORGANIZATION, "described with 'which'"  # "Kessler, which builds"
    if initials := _bracketed_initials(text, e, words):
        return SourceType.ORGANIZATION, f"named with its initials {initials!r}"
    if len(words) == 1 and (org := _org_word(expansion_of(text, words[0]))):
        return SourceType.ORGANIZATION, f"short name of a body named with {org!r}"
    if tool := _tool_after(text, e):
        return SourceType.DOCUMENT, f"names a {tool!r}"  # "CME Group's FedWatch tool"
    pronouns = {m.head for m in e.mentions if m.kind == "pron"}
    if (
        pronouns & {"it", "its"}
        and not pronouns & {"he", "she", "his", "her", "him"}
        and (len(words) == 1 or _its_after_verb(text, e))
    ) or (not pronouns & {"he", "she", "his", "her", "him"} and _it_acts_after_verb(text, e)):
        return SourceType.ORGANIZATION, "referred to as 'it'"
    if len(words) == 1 and not pronouns & _PERSONAL and _plural_verb_after(text, e, words[0]):
        return SourceType.ORGANIZATION, "one word with a plural verb: a team or body"
    if len(words) == 1 and not pronouns and _only_after(_ACCORDING_TO, text, e):
        return SourceType.ORGANIZATION, "one word only ever cited with 'according to'"
    if len(words) == 1 and not pronouns and _only_after(_PLACE_PREPOSITION, text, e):
        return SourceType.ORGANIZATION, "place: only ever after 'in', 'at', 'to' or 'from'"
    if not pronouns and (plural := common_plural(text, e, words)):
        return SourceType.ANONYMOUS, f"{plural!r} in lower case too: unnamed group"
    return None


_PERSONAL = frozenset(("he", "she", "his", "her", "him"))

_PLURAL_VERB = regex.compile(r"[ \t]++(?:have|are|were)\b")
"""*have*, *are* or *were* right after a one-word name (*Kilbride have confirmed*,
*Rovers are in talks*): British usage for a team or body, never for one person."""


_PLURAL_LOOKING = ("s", "ese", "ish", "ch", "ian", "ean")
"""Endings of plural nouns and demonyms (*Scholars*, *Japanese*, *British*, *French*,
*Italian*, *European*)."""


def _plural_verb_after(text: str, e: _Ent, word: str) -> bool:
    """Whether some name mention of ``e`` is followed by a plural verb, and the name
    is no plural noun capitalised at a sentence start (*Mourners are*, *Scholars
    have*) or people named by their nation (*the Japanese are*): an unnamed group."""
    return not word.endswith(_PLURAL_LOOKING) and any(
        m.kind == "name" and _PLURAL_VERB.match(text, m.end, m.end + 8) is not None
        for m in e.mentions
    )


_ACCORDING_TO = regex.compile(r"(?i:according)\s+to\s+\Z")
"""*according to* just before a name (*according to Nielsen*): a person the text
cites is introduced by a full name, a title or a pronoun somewhere; a one-word name
only ever cited so is a body's, a firm's or a survey's."""

_PLACE_PREPOSITION = regex.compile(r"(?<![\w'’])(?:in|to|from|at|near)\s+\Z")
"""*in*, *to*, *from*, *at* or *near* just before a name (*in Norfolk*, *flew to
Lisbon*, *married at Windsor*): a one-word name only ever after one, never *he* or
*she*, is a place's."""


def _only_after(before: regex.Pattern[str], text: str, e: _Ent) -> bool:
    """Whether every name mention of ``e`` follows what ``before`` matches (searched in
    the 20 characters before it) and owns nothing (not *in Doe's view*)."""
    names = [m for m in e.mentions if m.kind == "name"]
    return bool(names) and all(
        not m.possessive and before.search(text, max(0, m.start - 20), m.start) is not None
        for m in names
    )


_ITS_AFTER_VERB = regex.compile(r"['’]?\s+\p{Ll}+\s+(?:that\s+)?its\b")
"""A name's verb and then *its* (*Severn Trent said its engineers*): the pronoun
opens what the name said or did, with no other noun it could mean (not *it*, which
may be no one's: *said it was a good day*)."""


def _its_after_verb(text: str, e: _Ent) -> bool:
    """Whether a name of ``e`` is followed by one verb and *its* (a longer name
    needs this nearer evidence: in *De Blasio said it was a good day for the city
    and its schools* the *its* is the city's)."""
    return any(
        m.kind == "name" and _ITS_AFTER_VERB.match(text, m.end, min(len(text), m.end + 40))
        for m in e.mentions
    )


_IT_ACTS = regex.compile(
    r"['’]?\s+\p{Ll}+\s+(?:that\s+)?it\s+(?:expect|plan|intend|aim|hope|want|regret|welcome"
    r"|remain|believe|estimate|anticipate|decline|refuse)(?:s|ed|d)?\b"
)
"""A name's verb and then *it* doing what only an agent does (*Screen Scotland said it
expected*, *Brightwater said it regrets*): the pronoun is the name's. Not *it* before
a copula or an auxiliary, which may be no one's (*said it was a good day*, *said it
would be a mistake*)."""


def _it_acts_after_verb(text: str, e: _Ent) -> bool:
    """Whether a name of ``e`` is followed by one verb and *it* as an agent
    (:data:`_IT_ACTS`)."""
    return any(
        m.kind == "name" and _IT_ACTS.match(text, m.end, min(len(text), m.end + 60))
        for m in e.mentions
    )


_COMPANY_PART = regex.compile(
    r"['’]s?\s+(" + lexicon.alternation("company_parts") + r")\b", regex.I
)
"""What a possessive name owns when only a body owns it (``lexicons/company_parts.txt``)."""


def _company_part(text: str, e: _Ent) -> str:
    """The part only a company has that a possessive mention of ``e`` owns
    (*Calder Marine's chief executive* → ``"chief executive"``), or the body's role a
    one-word name is written before (*Eskom spokesperson Mpho Dlamini*), else ``""``."""
    for m in e.mentions:
        if m.kind == "name" and m.possessive:
            found = _COMPANY_PART.match(text, m.end, min(len(text), m.end + 40))
            if found is not None:
                return found.group(1).casefold()
    return modifier_role(text, e.key_words or e.name.words)  # "Eskom spokesperson Mpho …"


def _bracketed_initials(text: str, e: _Ent, words: Sequence[str]) -> str:
    """The acronym in brackets after a mention of a name of two or more words, made
    of its capitalised words' initials (*Gabungan Air Rakyat (GAR)*): the way a body,
    not a person, introduces its short name; else ``""``."""
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) < 2 or len(initials) < 2:
        return ""
    bracketed = f"({initials})"
    for m in e.mentions:
        after = text[m.end : m.end + len(bracketed) + 1]
        if m.kind == "name" and after.lstrip() == bracketed:
            return initials
    return ""


_NEXT_WORD = regex.compile(r" (\p{Ll}+)\b")


def _tool_after(text: str, e: _Ent) -> str:
    """The tool noun (``lexicons/tool_nouns.txt``) right after a mention of ``e``'s
    name (*FedWatch tool*, *Greenfield tracker*): the name is a tool's, not a
    person's; else ``""``."""
    for m in e.mentions:
        found = _NEXT_WORD.match(text, m.end, min(len(text), m.end + 20))
        if m.kind == "name" and found is not None:
            noun = found.group(1)
            if noun in lexicon.words("tool_nouns") or singular(noun) in lexicon.words("tool_nouns"):
                return noun
    return ""


def _nation(word: str) -> bool:
    """A country's or a UK nation's name (*NHS England*, *BBC Scotland*)."""
    folded = word.casefold()
    return folded in lexicon.words("countries") or folded in ("england", "scotland", "wales")


# -- the public entry points --------------------------------------------------------------
