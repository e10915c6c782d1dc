"""Word lists, tokens and small word tests shared by the entity stages."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

import regex

from claimscope import lexicon, sources
from claimscope._grammar import (
    AUXILIARIES,
    DETERMINERS,
    EPISTEMIC_MODALS,
    INDEFINITES,
    NAME_SUFFIXES,
    PREPOSITIONS,
    QUANTIFIERS,
    THIRD_PERSON_PRONOUNS,
)

_TOKEN = re.compile(r"[^\W_]++(?:[.&\-][^\W_]++)*+(?:['’][^\W\d_]++){0,2}+\.?|\S")
"""Words (with inner dots, hyphens, ampersands and one apostrophe part) or one other
character. The quantifiers are possessive: what follows each part never holds the
characters it stops at, and everything after the first is optional, so the greedy
match is the only one and the engine need keep no way back (a tenth fewer steps)."""

_PRONOUNS = THIRD_PERSON_PRONOUNS

_RELATIVES = frozenset("who whom which that".split())

_NP_WORDS = DETERMINERS | QUANTIFIERS | INDEFINITES | {"that", "these", "those"}
"""Words that may open a noun phrase before its head (the shared lists of
:mod:`claimscope._grammar`, and the demonstratives)."""
_INDEFINITE = INDEFINITES
_PREPOSITIONS = PREPOSITIONS
_AUXILIARIES = AUXILIARIES | EPISTEMIC_MODALS | {"am", "'s"}
"""Auxiliaries and modals, with the forms a mention's edge also stops at."""
_SHOUTED_NEVER = _PREPOSITIONS | _AUXILIARIES
"""Function words that never open a name, also in capitals (*TO*, *WILL*, *OF*)."""
_STOP = (
    frozenset(
        "and or but nor so yet if unless when while whereas because although though whether as "
        "not never "
        "also still just only even then there here now ago who whom which that what where why "
        "how said says say told tells added adds according".split()
    )
    | _PREPOSITIONS
    | _AUXILIARIES
)
"""Words a description does not extend over to its left."""

_CONNECTORS = frozenset("of for on and & the de da del der van von al bin la le".split())
"""Lower-case words an organisation's name may hold between capitalised words."""


@lexicon.cached()
def _verbs() -> frozenset[str]:
    """Reporting verb forms (*says*, *reports*, *shows*, *urges*): a phrase holding one
    is not a noun phrase, and a description is not headed by one without a
    determiner (*Bloomberg reports*, *Video shows*)."""
    forms = {
        f.strip()
        for e in _entries("reporting")
        if len(e.fields) > 1
        for f in e.fields[1].split(",")
        if " " not in f.strip()
    }
    return frozenset(forms)


_HEAD_STOPS = frozenset(
    "familiar close involved knowledgeable briefed who whom which that".split()
) | frozenset(
    "of for at from in with on to by under inside within about across around near outside "
    "throughout among along beyond".split()
)
"""Words that end a source phrase's head (*a source familiar with …*, *a spokesman
for …*); reporting verbs and auxiliaries end it too (:func:`_verbs`)."""

_GENERATIONS = NAME_SUFFIXES
_NAME_SUFFIXES = _GENERATIONS | frozenset("kc qc sc bl td mp msp mla mbe obe cbe".split())
"""Suffixes after a surname: generations (which may keep a period, *Jr.*) and
post-nominals (*Catherine Holt KC*, whose period ends the sentence; the Irish bar's *SC*
and *BL*, a *TD*)."""
_BOUNDARY = frozenset(',;:()[]{}—–"“”«»„')
_APPOSITION_GAP = 6
"""Most words of a prepositional phrase between a description and the comma before an
appositive name (*the chief constable of the county, Dame Ann Lowe*)."""
_ROLE_WORDS_MAX = 5
"""The most words of a role description between a comma and a name."""

_ROLE_PREPOSITIONS = frozenset(("of", "for", "at", "in", "to", "from"))
"""Words opening the phrase after a role noun before an appositive name (*the chief
constable of the county, Dame Ann Lowe*; *Counsel to the inquiry, Aoife Brennan*; *her
colleague from Alaska, Sen. Lyle Hagberg*)."""


def _role_words(words: list[str]) -> bool:
    """Whether ``words``, standing between a comma and a name, describe the named
    person's role (*The chair of the inquiry, retired High Court judge Mr Justice
    Peter Clancy*): a few words ending in a role noun, no conjunction among them."""
    return (
        0 < len(words) <= _ROLE_WORDS_MAX
        and words[-1].casefold() in lexicon.words("roles")
        and not any(w.casefold() in ("and", "or", "but") for w in words)
    )


_WINDOW = 4
"""How many sentences back a pronoun or definite description looks for its entity."""
_NAME_LOOKBACK = 8
"""How many earlier entities sharing a name word a short name is compared with."""
_RECENT = 40
"""How many of the latest named entities a definite description (*the brokerage*) may
refer back to."""


def _entries(name: str) -> tuple[lexicon.Entry, ...]:
    return lexicon.load(name)


@functools.cache
def _titles() -> dict[str, str]:
    return {e.text: e.fields[0] for e in _entries("entity_titles")}


@functools.cache
def _given_names() -> dict[str, str]:
    return {e.text.casefold(): e.fields[0] for e in _entries("given_names")}


@functools.cache
def _org_words() -> frozenset[str]:
    """Organisation words that mark a name wherever they stand in it (*Bank of
    England*, *Acme Corp*)."""
    return frozenset(e.text for e in _entries("entity_org_words") if "head" not in _flags(e))


@functools.cache
def _head_org_words() -> frozenset[str]:
    """Organisation words that mark a name only as its last word (*Stena Line*, not
    *Energy Secretary Ed Miliband*)."""
    return frozenset(e.text for e in _entries("entity_org_words") if "head" in _flags(e))


@functools.cache
def _surname_org_words() -> frozenset[str]:
    """Organisation words that are also common surnames (*Power*, *Court*)."""
    return frozenset(e.text for e in _entries("entity_org_words") if "surname" in _flags(e))


def _flags(entry: lexicon.Entry) -> list[str]:
    return entry.fields[0].split() if entry.fields else []


def _org_word(words: tuple[str, ...] | list[str]) -> str:
    """The word that marks the name ``words`` as an organisation's (*Stena Line* →
    ``"Line"``), or ``""``: not a surname after a given name (*Samantha Power*)."""
    if not words:
        return ""
    found = next((w for w in words if w in _org_words()), "")
    named = len(words) - (words[0].casefold() == "the")  # "the Nation" is no "X Nation"
    if not found and named >= 2 and words[-1] in _head_org_words():
        found = words[-1]
    if not found:  # a head word before "of" heads the name too: "House of Chiefs"
        heads = _head_org_words()
        found = next((w for w, o in itertools.pairwise(words) if o == "of" and w in heads), "")
    if (
        found
        and len(words) == 2
        and found == words[1]
        and found in _surname_org_words()
        and words[0].casefold() in _given_names()
    ):
        return ""
    return found


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(e.text for e in _entries("entity_not_names"))


@functools.cache
def _imperatives() -> frozenset[str]:
    """The imperatives of ``calls_to_action.txt`` (*sign*, *subscribe*, *read*)."""
    return frozenset(
        e.text.casefold()
        for e in _entries("calls_to_action")
        if "imperative" in (e.fields[0].split() if e.fields else ())
    )


@functools.cache
def _starters() -> frozenset[str]:
    return frozenset(e.text.casefold() for e in _entries("sentence_starters"))


@lexicon.cached()
def _outlets() -> frozenset[str]:
    return frozenset(e.text.casefold() for e in _entries("outlets"))


@lexicon.cached()
def _capitals() -> frozenset[str]:
    return frozenset(e.text.casefold() for e in _entries("capitals"))


@lexicon.cached()
def _org_lexicon() -> frozenset[str]:
    return frozenset(e.text.casefold() for e in _entries("sources_organization"))


@lexicon.cached()
def _nouns() -> dict[str, str]:
    """Description head nouns (singular and plural, lower case) → the kind they name:
    ``role`` (one person), ``group``, ``organization``, ``media`` or ``document``."""
    kinds: dict[str, str] = {}

    def put(word: str, kind: str) -> None:
        if " " in word or not word.islower():
            return
        kinds.setdefault(word, kind)
        kinds.setdefault(_plural(word), kind)

    named = {"person": "role", "anonymous": "group"}
    for e in _entries("entity_nouns"):
        put(e.text, named.get(e.fields[0], e.fields[0]))
    for e in _entries("sources_document"):
        put(e.text, "document")
    for e in _entries("sources_media"):
        put(e.text, "media")
    for e in _entries("sources_organization"):
        put(e.text, "organization")
    for e in _entries("roles"):
        put(e.text, "role")
    for e in _entries("sources_anonymous"):
        put(e.text, "group")
    return kinds


def _role_word(word: str) -> bool:
    """Whether a lower-case ``word`` names what a person does: a role noun of the
    lexicons, or a noun in *-ist* (*epidemiologist*, *guitarist*, *strategist*)."""
    return _nouns().get(word) == "role" or (len(word) > 5 and word.endswith("ist"))


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es" if not word.endswith("s") else word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


_ROLE_GENDER = {
    **dict.fromkeys(
        "spokeswoman chairwoman congresswoman councilwoman businesswoman mother wife "
        "daughter sister aunt grandmother actress".split(),
        "f",
    ),
    **dict.fromkeys(
        "spokesman chairman congressman councilman businessman father husband son "
        "brother uncle grandfather actor".split(),
        "m",
    ),
}
"""Role nouns that say a person's gender (for *she* after *a spokeswoman*)."""


def _singular(word: str) -> str:
    """:func:`claimscope.sources.singular`, and *-men* → *-man* (*spokesmen*)."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return sources.singular(word)


def _is_plural(word: str) -> bool:
    return _singular(word) != word or word in ("people", "police", "staff")


Tok = tuple[int, int, str]


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]`` as ``(start, end, text)``; a final period
    stays on abbreviations, initials and titles (*Dr.*, *U.S.*, *J.*) only."""
    found = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    dot = text.find(".", start + 1, end)
    while dot >= 0:
        # a word token can end with a period only where one follows a letter or a
        # digit: only the tokens ending at such periods are looked at, not every one
        if text[dot - 1].isalnum():
            k = bisect.bisect_left(found, (dot + 1,)) - 1  # the token holding the period
            a, b, w = found[k]
            if b == dot + 1 and len(w) > 1 and not _keeps_period(w[:-1]):
                found[k : k + 1] = [(a, b - 1, w[:-1]), (b - 1, b, ".")]
        dot = text.find(".", dot + 1, end)
    return found


def _keeps_period(core: str) -> bool:
    """True when ``core`` + ``.`` is one token: an initial, an abbreviation with
    inner periods, a title, a name suffix or a company or place abbreviation."""
    return (
        len(core) == 1
        or "." in core
        or core.casefold() in _titles()
        or core.casefold() in _GENERATIONS
        or core in ("Inc", "Ltd", "Co", "Corp", "St", "Mt", "Jr", "Sr")
    )


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def _possessive(word: str) -> str | None:
    """The word without its possessive ending (*Doe's* → *Doe*), or ``None``."""
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return None


def _bare(word: str) -> str:
    return word.rstrip(".")


_ACRONYM = regex.compile(r"\A\p{Lu}[\p{Lu}\p{N}&]{1,6}s?\Z")
_ROAD = regex.compile(r"\A[ABM]\d{1,4}\Z")
"""A British road number (*the A591*, *the M6*): shaped like an acronym, never a body."""


def _body_acronym(word: str) -> bool:
    """An acronym that can name a body (*FAA*, *NHS*), not a road number (*A591*)."""
    return _ACRONYM.match(word) is not None and _ROAD.match(word) is None


@functools.cache
def _anaphors() -> frozenset[str]:
    return frozenset(e.text for e in _entries("anaphors")) | frozenset(
        e.text for e in _entries("entity_nouns")
    )


@functools.cache
def _body_roles() -> frozenset[str]:
    """Role nouns that name a body as a bare definite description (*the developer
    said*; ``lexicons/body_roles.txt``)."""
    return frozenset(e.text for e in _entries("body_roles"))


def _body_role(phrase: str, head: str) -> bool:
    """*the developer*: a bare definite description whose role noun names a body."""
    words = phrase.casefold().split()
    return len(words) == 2 and words[0] == "the" and words[1] == head in _body_roles()


def _bare_anaphor(phrase: str, head: str) -> bool:
    """*the brokerage*, *the outlet*: a definite article and a generic noun only, or
    with a descriptive compound the text gives of the body it names again (*the
    Chicago-based company*, *the packaged-food maker*)."""
    words = phrase.casefold().split()
    if len(words) == 4 and words[1].endswith(",") and _DESCRIPTIVE.fullmatch(words[2]):
        words = words[:1] + words[2:]  # "the Columbus, Ohio-based company"
    if len(words) == 3 and _DESCRIPTIVE.fullmatch(words[1]):
        words = [words[0], words[2]]
    return len(words) == 2 and words[0] in ("the", "this", "that") and head in _anaphors()


_DESCRIPTIVE = regex.compile(r"[\p{L}.]+-(?:based|owned|listed|run|backed|headquartered)")
"""A compound saying where a body is based or who owns it (*Chicago-based*,
*state-owned*): it describes a body already named, it does not bring in a new one."""


def _place_comma(tokens: list[Tok], k: int) -> bool:
    """Whether ``tokens[k]`` is the comma of *the Columbus, Ohio-based company*: after
    *the* and one capitalised word, before a descriptive compound (:data:`_DESCRIPTIVE`),
    so a description reads on over it to its article."""
    return (
        tokens[k][2] == ","
        and 2 <= k < len(tokens) - 1
        and tokens[k - 2][2] in ("the", "The")
        and _is_cap(tokens[k - 1][2])
        and _DESCRIPTIVE.fullmatch(tokens[k + 1][2].casefold()) is not None
    )


def verb_after_subject(tokens: list[Tok], i: int) -> bool:
    """Whether the verb form ``tokens[i]`` follows its subject: a noun (*a poll shows
    voters*) or a name (*Bloomberg News reports regulators*), unless another verb
    form follows, which makes the word a noun (*Pentagon reports show*)."""
    before = tokens[i - 1][2]
    if participle_agent(tokens, i + 1):
        return False  # "Police reports obtained by the paper show"
    if before in _nouns():
        return True
    return (
        _is_cap(before)
        and before.isalpha()
        and not (i + 1 < len(tokens) and tokens[i + 1][2] in _verbs())
    )


def participle_agent(tokens: list[Tok], j: int) -> bool:
    """Whether a participle and its agent or addressee start at ``tokens[j]``
    (*seen by the BBC*, *made to the court*): after a noun that is also a verb form
    (*Internal reports seen by the BBC show*), the word is the noun."""
    return (
        j + 1 < len(tokens)
        and tokens[j + 1][2] in ("by", "to")
        and tokens[j][2].islower()
        and tokens[j][2].endswith(("ed", "en", "wn"))
    )


def plural_subject(before: str, head: str) -> bool:
    """*the returns show*: a verb's base form after a lower-case plural agrees with it
    as its subject (not *news*, which is singular: *the news show*)."""
    return not head.endswith("s") and before.islower() and before.endswith("s") and before != "news"


def shouted_imperative(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run ``text[start:end]``, opening its sentence, opens
    with an imperative of a call to action written in capitals (*SIGN UP to our
    newsletter*, *SUBSCRIBE NOW*, *READ MORE*): the page addressing its reader."""
    word = text[start:end].split(None, 1)[0]
    return len(word) > 2 and word.isupper() and word.casefold() in _imperatives()


_WORD_BEFORE = regex.compile(r"(\p{L}+)\s+\Z")


def unapposed_body(text: str, start: int) -> bool:
    """Whether a body's noun at ``start`` (*the court*) cannot stand in apposition to
    a name after it: it is indefinite (*a network Russia has financed*), or the
    addressee of a verb of telling (*He told the court Doyle had no previous
    convictions*: the name opens what the court was told)."""
    if text[start : start + 2].casefold() in ("a ", "an"):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).casefold() in lexicon.words("addressee_verbs")
