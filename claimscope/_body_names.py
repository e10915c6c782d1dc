"""What the words of a capitalised name say about the body it names, whatever its
shape: an outlet's name (*Springfield Times*, *Daily Planet*), or a body named for the
nation it serves (*Sport England*, *Fire and Emergency New Zealand*, *Iarnród
Éireann*), which a person's name almost never is; and whether a trade noun names a firm or the
one person who plies it (*a tour operator*, *a food stall operator*)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimscope import _grammar, lexicon
from claimscope.model import SourceType

_MEDIA_PREFIXES = frozenset(
    e.text for e in lexicon.load("media_patterns") if "prefix" in e.fields[0].split()
)
_MEDIA_SUFFIXES = frozenset(
    e.text for e in lexicon.load("media_patterns") if "suffix" in e.fields[0].split()
)
"""Words that mark a capitalised name as a news outlet when it ends (*Springfield
Times*) or starts (*Daily Planet*) with them (``lexicons/media_patterns.txt``)."""
_MEDIA_ALONE = frozenset(
    e.text for e in lexicon.load("media_patterns") if "alone" in e.fields[0].split()
)
"""Words that are an outlet's whole name after *the* (*the Nation*)."""
_MEDIA_NUMBERED = frozenset(
    e.text for e in lexicon.load("media_patterns") if "numbered" in e.fields[0].split()
)
"""Words that name a station when a number follows them (*Channel 12*, *Radio 4*)."""
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def is_media_name(words: Sequence[str]) -> bool:
    """Whether a capitalised name is an outlet's by its first or last word.

    >>> is_media_name(("The", "Springfield", "Gazette's")), is_media_name(("Post", "Office"))
    (True, False)
    >>> is_media_name(("The", "COURIER")), is_media_name(("POST", "OFFICE"))
    (True, False)
    """
    names = [_masthead(w.rstrip(".")) for w in words if w.casefold() != "the"]
    if not names:
        return False
    if len(names) == 1 and len(words) > 1 and names[0] in _MEDIA_ALONE:
        return True  # "the Nation", not "Cherokee Nation"
    last = names[-1]
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    if station_name(names):
        return True  # "Channel 12", "BBC Radio 4", "TV 2"
    # "The Star-Ledger": a hyphenated last word counts by its parts
    if last in _MEDIA_SUFFIXES or any(part in _MEDIA_SUFFIXES for part in last.split("-")):
        return True
    return len(names) > 1 and names[0] in _MEDIA_PREFIXES  # "Sunday" alone is no outlet


def _masthead(word: str) -> str:
    """A word of an outlet's name written in capitals as a masthead is, in the case
    of the outlet lists (*COURIER* → *Courier*, *HERALD's* → *Herald's*); short
    capitals stay (*TV*, *ABC*)."""
    core = word.removesuffix("'s").removesuffix("’s")
    if len(core) <= 3 or not core.isupper() or not core.isalpha():
        return word
    return core.capitalize() + word[len(core) :]


def station_name(words: Sequence[str]) -> bool:
    """Whether a name is a broadcaster's word and a station's number, a figure or a
    small number word (*Channel 12*, *BBC Radio 4's*, *Channel Nine*), with no lower-case
    word before (not *a reporter for Channel 12*).

    >>> station_name(("Channel", "12")), station_name(("Channel", "Islands"))
    (True, False)
    >>> station_name(("a", "reporter", "for", "Channel", "12"))
    False
    """
    names = [w for w in words if w.casefold() != "the"]
    if len(names) < 2 or names[-2] not in _MEDIA_NUMBERED:
        return False  # every word before the number capitalised: not "a reporter for"
    if not all(w[:1].isupper() for w in names[:-1]):
        return False
    number = names[-1].removesuffix("'s").removesuffix("’s")
    return number.isdigit() or number.casefold() in _NUMBER_WORDS


_JOINERS = frozenset({"and", "for", "&"})
"""Lower-case words inside a body's name before its nation (*Fire and Emergency New
Zealand*); not *of*, which makes a role (*the Prince of Wales*, *President of France*)."""

_NATION_WORDS = 3
"""The most words a nation's name has (*Papua New Guinea*)."""


def nations() -> frozenset[str]:
    """Countries and the other nations of ``lexicons/nation_names.txt``."""
    countries, others = lexicon.words("countries"), lexicon.words("nation_names")
    held = _NATIONS[0]
    if held[0] is not countries or held[1] is not others:  # user lexicons changed them
        held = _NATIONS[0] = (countries, others, countries | others)
    return held[2]


_NATIONS = [(frozenset[str](), frozenset[str](), frozenset[str]())]
"""The latest :func:`nations`, with the two lists it joined (joined once, not per call)."""


def _personal_opener(word: str) -> bool:
    """A given name, honorific, title or role noun: the name is a person's
    (*Kevin England*, *Mr Jordan*, *President Jordan*)."""
    folded, words = word.casefold().rstrip("."), lexicon.words
    return (
        folded in words("given_names")
        or folded in words("honorifics")
        or folded in words("titles")
        or folded in words("roles")
    )


def nation_body(words: Sequence[str]) -> str:
    """The nation a capitalised name of a body ends with (*Sport England* →
    ``"england"``, *Fire and Emergency New Zealand* → ``"new zealand"``), else ``""``:
    two or more capitalised words (or *and*, *for*, *&*) of which the last one to three
    name a nation, the first no given name, honorific, title or role.

    >>> nation_body(("Sport", "England")), nation_body(("Kevin", "England"))
    ('england', '')
    """
    names = [w.rstrip(".") for w in words if w.casefold() != "the"]
    if len(names) < 2 or not all(w[:1].isupper() or w in _JOINERS for w in names):
        return ""
    if _personal_opener(names[0]):  # the dearer test second
        return ""
    folded = [w.casefold() for w in names]
    if folded[-1].endswith(("'s", "’s")):
        folded[-1] = folded[-1][:-2]
    known = nations()
    for n in range(min(_NATION_WORDS, len(folded)), 0, -1):
        nation = " ".join(folded[-n:])
        if nation in known:
            # "Northern Ireland" is a nation, "Smith and England" two names
            return "" if n == len(folded) or folded[-n - 1] in _JOINERS else nation
    return ""


def singular(word: str) -> str:
    """A plural noun's singular by its spelling (*agencies* → *agency*, *boxes* → *box*)."""
    if not word.endswith("s"):
        return word  # most words: every rule below needs a final s
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_DEFINITE_OPENERS = frozenset({"the", "these", "those", "both"})
"""Openers of a plural that points back to what the text names (*the unions*)."""


UNNAMED_BODIES = "unnamed bodies"
"""How the reason for typing bodies no one names as anonymous starts."""


def bodies_counted(kind: SourceType, reason: str) -> SourceType:
    """The type of a quantity of what has ``kind`` for ``reason``: *a group of
    companies* speaks as one body, though *companies* alone are unnamed."""
    return SourceType.ORGANIZATION if reason.startswith(UNNAMED_BODIES) else kind


_OWNERS = frozenset({"its", "their", "our", "his", "her", "my", "your"})
"""Owners that make a plural point back (*its subsidiaries*)."""


def unnamed_bodies(head: str, first: str) -> bool:
    """Whether a plural institution noun names bodies no one names (*Business groups*,
    *several companies*): no *the*, *both* or owner opens it (*the unions*, *its
    subsidiaries* point back to bodies the text names)."""
    one = singular(head)
    return (
        one != head
        and (
            one in lexicon.words("sources_organization")
            or lexicon.fields("entity_nouns").get(one) == "organization"
        )
        and first not in _DEFINITE_OPENERS
        and first not in _OWNERS
        and not first.endswith(("'s", "’s"))
    )


def plural_people(word: str) -> bool:
    """Whether one capitalised word is a plural role or person noun (*Parents*,
    *Deputies*, *Commuters*): capitalised by its place at a sentence's or bullet's
    start, it names an unnamed group, not a person.

    >>> plural_people("Deputies"), plural_people("Jones")
    (True, False)
    """
    folded = word.casefold()
    one = singular(folded)
    return one != folded and (
        one in lexicon.words("roles")
        or lexicon.fields("entity_nouns").get(one) in ("person", "anonymous")
    )


_NOT_OWNERS = _grammar.NOMINATIVE | _grammar.NP_OPENERS | _grammar.RELATIVE_PRONOUNS
"""Words whose *'s* is *is* or *has* (*He's*, *It's*, *That's*), not a possessive."""


def business_in_s(words: Sequence[str]) -> bool:
    """Whether a name that is one capitalised word in *'s* standing alone as a
    speaker names a shop or a firm (*Hartwell's said*, as *Sainsbury's*): a
    possessive owns something, and none follows it; not a contraction (*He's*,
    *That's*, *There's*, *What's*).

    >>> business_in_s(["Hartwell's"]), business_in_s(["He’s"]), business_in_s(["Here's"])
    (True, False, False)
    """
    word = words[0] if len(words) == 1 else ""
    if not word.endswith(("'s", "’s")) or not word[:1].isupper():
        return False
    owner = word[:-2].casefold()
    return (
        len(owner) > 2
        and owner not in _NOT_OWNERS
        and owner not in ("here", "there", "what", "where", "let", "how", "when", "why")
    )


def possessive_place(words: Sequence[str]) -> bool:
    """Whether a capitalised name is a place's named with a possessive (*Hawke's
    Bay*, *King's Cross*: a head word of ``lexicons/place_heads.txt`` after a
    possessive word), which no person is.

    >>> possessive_place(("Hawke's", "Bay")), possessive_place(("Doe's", "Office"))
    (True, False)
    """
    heads = lexicon.words("place_heads")
    return any(
        w.endswith(("'s", "’s")) and nxt.casefold().rstrip(".") in heads
        for w, nxt in itertools.pairwise(words)
    )


def place_name(words: Sequence[str]) -> str:
    """The street's, river's or venue's word ending a capitalised name of two or more
    words that opens with no given name, honorific, title or role
    (``lexicons/place_words.txt``), else ``""``.

    >>> place_name(("Puketapu", "Rd")), place_name(("the", "Tutaekuri", "River"))
    ('Rd', 'River')
    >>> place_name(("Kevin", "Bridge"))
    ''
    """
    names = [w.rstrip(".") for w in words if w.casefold() != "the"]
    # the place word first: it is the test that fails most names, and the cheapest
    if len(names) < 2 or names[-1].casefold() not in lexicon.words("place_words"):
        return ""
    if _personal_opener(names[0]) or not all(w[:1].isupper() or w[:1].isdigit() for w in names):
        return ""
    return names[-1]


@lexicon.cached(maxsize=8)
def _org_heads() -> frozenset[str]:
    """The ``head`` entries of ``entity_org_words.txt`` that are no common surname."""
    return frozenset(
        e.text
        for e in lexicon.load("entity_org_words")
        if e.fields and "head" in e.fields[0].split() and "surname" not in e.fields[0].split()
    )


def ends_in_org_head(head_words: Sequence[str]) -> bool:
    """Whether a name of two or more words ends in a word that marks an institution
    there (*Stena Line*, *the Valley Water District*; ``entity_org_words.txt``), not
    a common surname (*Samantha Power*) nor after a given name (*Kevin Water*)."""
    if len(head_words) < 2 or head_words[-1] not in _org_heads():
        return False
    return len(head_words) > 2 or head_words[0].casefold() not in lexicon.fields("given_names")


ONE_PERSON_TRADE = "one person's trade"
"""The reason :func:`classify` gives a trade noun after a one-person concern (*a
food stall operator*), which the entity model keeps from a business's type."""


def one_person_trade(head_words: Sequence[str], first: str) -> tuple[SourceType, str] | None:
    """The type of a phrase whose head is a trade noun (``trade_nouns.txt``, or
    *owner*) after the noun of a concern one person runs (``one_person_concerns.txt``):
    *a food stall operator* (``first`` is the phrase's first word, folded), *the taxi
    owner*, typed as a role; None otherwise (*a tour operator* is a firm)."""
    if len(head_words) < 2:
        return None
    head = head_words[-1]
    trade = singular(head.casefold())
    if trade != "owner" and trade not in lexicon.words("trade_nouns"):
        return None
    if head_words[-2].casefold() not in lexicon.words("one_person_concerns"):
        return None
    return role_type(head, head.casefold(), first, ONE_PERSON_TRADE)


def role_type(head: str, head_folded: str, first: str, why: str = "") -> tuple[SourceType, str]:
    """A role noun's type: unidentified after *a*, a group in the plural, else the
    person the role identifies (``why`` ends the reason when given)."""
    end = f": {why}" if why else ""
    if first in _grammar.INDEFINITES:
        return SourceType.ANONYMOUS, f"unidentified {head!r}{end}"
    if head_folded.endswith("s") and singular(head_folded) != head_folded:
        return SourceType.ANONYMOUS, f"group of {head!r}{end}"
    return SourceType.PERSON, f"role {head!r}{end}"
