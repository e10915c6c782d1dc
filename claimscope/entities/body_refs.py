"""Which named body a bare description (*the company*, *the airline*) cannot mean.

:meth:`~claimscope.entities.cluster._Builder._named_body` takes the latest named
body of the description's kind; these tests pass over a body the description cannot
refer to, whatever its recency: one the text only uses as a label (*LSEG data*, *the
Boeing 787*), a public body for a business noun (*the company* is not the FBI), a
facility of another kind (*the airline* is not *Muscat International Airport*).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from claimscope import lexicon, sources
from claimscope.entities._told_outlets import only_told_outlet
from claimscope.entities.entity import _Ent
from claimscope.entities.mention import Mention
from claimscope.entities.words import _nouns
from claimscope.sources import singular

__all__ = ["aside", "expansion_of", "only_a_workplace", "other_body"]


def other_body(text: str, head: str, ent: _Ent) -> bool:
    """Whether a definite description with head noun ``head`` cannot refer to the
    named body ``ent`` of ``text`` (see the module docstring)."""
    return (
        _only_a_label(text, ent)
        or _public_body_for_company(text, head, ent)
        or _facility_of_other_kind(head, ent)
        or only_told_outlet(text, head, ent)  # "… told CBC News. The company expects"
    )


_NEXT_LOWER = re.compile(r"[ \u00a0]+([a-z]+|[0-9]{2,})\b")
"""The lower-case word or model number right after a name (*LSEG data*, *Boeing
787*)."""


def _only_a_label(text: str, ent: _Ent) -> bool:
    """Whether every name of ``ent`` labels a document or a model number after it
    (*according to LSEG data*, *a Bloomberg poll*, *the Boeing 787*) or a thing a
    possessive owns (*its Facebook page*) or former staff (*founded by former Google
    researchers*): a body the text never speaks of as such, so *the company* does not
    mean it."""
    documents = lexicon.words("sources_document")
    for m in ent.mentions:
        if m.kind != "name":
            continue
        after = _NEXT_LOWER.match(text, m.end)
        if after is None:
            return False
        owned = _OWNER_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
        if not (
            owned
            or after.group(1) in documents
            or after.group(1)[0].isdigit()
            or _former_staff(text, m.start, after.group(1))
        ):
            return False  # a label: "LSEG data", a model: "the Boeing 787"
    return True


_OWNER_BEFORE = re.compile(r"\b(?:its|their|our|his|her)[ \u00a0]+$", re.I)
"""A possessive before a name and a noun after it: the name labels a thing owned
(*on its Facebook page*, *their WhatsApp group*), not a body that speaks."""


_FORMER_BEFORE = re.compile(r"\b(?:former|ex-)[ \u00a0]*$", re.I)
"""*former* or *ex-* right before a name that labels staff (*former Google
researchers*, *ex-Meta engineers*): people who used to work there."""


def _former_staff(text: str, start: int, noun: str) -> bool:
    """Whether the name starting at ``start`` and the lower-case ``noun`` after it
    label former staff (*former Google researchers*): *former* before, a plural noun
    for people after. (*Amazon workers staged a walkout; the company said* keeps
    the company: its own staff.)"""
    if not noun.endswith("s") or _nouns().get(noun) not in ("role", "group"):
        return False
    return _FORMER_BEFORE.search(text, max(0, start - 8), start) is not None


def _public_body_for_company(text: str, head: str, ent: _Ent) -> bool:
    """Whether ``ent`` is a public body, union or association (its name ends in a word
    of ``public_body_heads.txt`` or opens with one and *of*, a mention is followed by
    its staff's noun of ``public_staff.txt``, or it is in ``public_bodies.txt``) and
    ``head`` a noun for a business (*the company*, *the firm*), which never refers to
    one: *the Nigerian Communications Commission*, *the Ministry of Transport*, the
    *SFC* of *SFC investigators* and *the FBI* are no company."""
    words = [w.casefold() for w in ent.key_words]
    if head not in ("company", "firm") or not words:
        return False
    if words[0] == "the":
        del words[0]
    return (
        _public_words(words)
        or " ".join(words) in lexicon.words("public_bodies")  # "the FBI", "the Pentagon"
        or " ".join(words) in _governments()  # "New Delhi", "Qatar": a state
        or any(_public_staff(text, x.end) for x in ent.mentions if x.kind == "name")
        or any(
            _public_expansion(text, text[x.start : x.end]) for x in ent.mentions if x.kind == "name"
        )
    )


@functools.cache
def _governments() -> frozenset[str]:
    """Capitals and countries named for their governments (``capitals.txt``,
    ``countries.txt``), case-folded."""
    return lexicon.words("capitals") | lexicon.words("countries")


def _public_words(words: list[str]) -> bool:
    """Whether the case-folded name ``words`` end in a public body's head or hold one
    before *of*/*for*: *Ministry of Transport*, *National Union of Textile Workers*."""
    heads = lexicon.words("public_body_heads")
    return words[-1] in heads or any(
        words[i] in heads and words[i + 1] in ("of", "for") for i in range(len(words) - 2)
    )


_EXPANSION = re.compile(
    r"((?:[A-Z][\w'’-]*|of|for|and|the)(?:[ \u00a0]+(?:[A-Z][\w'’-]*|of|for|and))*)[ \u00a0]*\($"
)
"""The capitalised name right before an acronym's bracket: *the South African
Federation of Metal and Allied Workers (*."""


def expansion_of(text: str, name: str) -> list[str]:
    """The words of the capitalised name that first stands right before ``name`` in
    brackets (*the South African Federation of Metal and Allied Workers (Safemawu)*
    for *Safemawu*), or ``[]``: how a body introduces its short name."""
    at = text.find("(" + name + ")") if name.isalpha() and name[:1].isupper() else -1
    if at < 0:
        return []
    found = _EXPANSION.search(text, max(0, at - 120), at + 1)
    return found.group(1).split() if found is not None else []


def _public_expansion(text: str, name: str) -> bool:
    """Whether the short name ``name`` stands in brackets after the name of a public
    body or union (*… Federation of Metal and Allied Workers (Safemawu)*)."""
    words = expansion_of(text, name)
    return bool(words) and _public_words([w.casefold() for w in words])


def _public_staff(text: str, end: int) -> bool:
    """Whether the word after a name ending at ``end`` is a public body's staff noun
    (*SFC investigators*, ``public_staff.txt``)."""
    after = _NEXT_LOWER.match(text, end, min(len(text), end + 24))
    return after is not None and singular(after.group(1)) in lexicon.words("public_staff")


def _facility_of_other_kind(head: str, ent: _Ent) -> bool:
    """Whether ``ent``'s name ends in a facility noun (``facility_heads.txt``: *Muscat
    International Airport*) other than ``head``: *the airline* is not the airport."""
    last = ent.key_words[-1].casefold() if ent.key_words else ""
    return last != head and last in lexicon.words("facility_heads")


_WORKPLACE = re.compile(
    r"(\S+)[ \u00a0]+(?:at|of)[ \u00a0]+(?:the[ \u00a0]+)?((?:[a-z][\w-]*[ \u00a0]+){0,3})$"
)
"""A person word, *at* or *of*, and up to three lower-case words describing the body
(*an analyst at the security firm*, *Priya Ramsay of the employment firm*), ending
right before a name."""


def only_a_workplace(text: str, head: str, ent: _Ent) -> bool:
    """Whether ``head`` is a noun for a business (*the company*, *the firm*) and every
    name of ``ent`` in ``text`` stands after a person and *at*/*of*, one of them
    introduced by a description (*Allison Reyes, an analyst at the security firm
    Northgate Labs*; later *researchers at Northgate*): a body named as where a
    commentator works, which *the company* of a story means only when no other
    company is in reach. *Officials at the agency* (no description) are its own."""
    if head not in ("company", "firm"):
        return False
    names = [m for m in ent.mentions if m.kind == "name"]
    described = False
    for m in names:
        w = _WORKPLACE.search(text, max(0, m.start - 60), m.start)
        if w is None:
            return False
        word = w.group(1).strip(",")
        if not (word[:1].isupper() or sources.is_source_noun(word.casefold())):
            return False
        words = w.group(2).split()
        described = described or bool(words and words[-1] in _nouns())
    return described


def aside(unnamed: _Ent, mentions: Sequence[Mention], speakers: frozenset[int]) -> bool:
    """Whether the description entity ``unnamed`` (an earlier *the company*) holds
    no name and was not introduced in a speaker's own words: no source the
    attribution stage found (``speakers``) stands in the sentence of its first mention
    (*Holt Brennan said the firm would appeal*: no evidence that the name is the firm;
    *an engineer at the company's plant*: an aside a later *the company said* may
    take along to the body that spoke)."""
    if not unnamed.mentions or any(m.kind == "name" for m in unnamed.mentions):
        return False
    first = unnamed.mentions[0]
    k = bisect.bisect_left(mentions, first.start, key=lambda m: m.start)
    for step in (-1, 1):
        j = k
        while 0 <= j < len(mentions) and mentions[j].sentence == first.sentence:
            if mentions[j].start in speakers and mentions[j].start != first.start:
                return False
            j += step
    return True
