"""One source type per entity, with the reason for it."""

from __future__ import annotations

from claimscope.entities.cluster import (
    _Ent,
)
from claimscope.entities.words import (
    _ACRONYM,
    _capitals,
    _given_names,
    _nouns,
    _org_lexicon,
    _org_words,
    _outlets,
    _titles,
)
from claimscope.model import SourceType
from claimscope.sources import classify


def _type_of(text: str, e: _Ent) -> tuple[SourceType, str]:
    if e.pseudonym:
        return SourceType.ANONYMOUS, "pseudonym"
    name = e.name
    if name.kind == "name":
        words = e.key_words or name.words
        joined = " ".join(words).casefold()
        full = text[name.start : name.end].casefold()
        if joined in _outlets() or full in _outlets() or ("the " + joined) in _outlets():
            return SourceType.MEDIA, "outlet lexicon"
        if name.title and _titles().get(name.title, "-") != "-":
            return SourceType.PERSON, f"title {name.title.capitalize()}"
        titled = next((m.title for m in e.mentions if m.title), "")
        if titled and _titles().get(titled, "-") != "-":
            return SourceType.PERSON, f"title {titled.capitalize()}"
        org = next((w for w in words if w in _org_words()), "")
        if org:
            return SourceType.ORGANIZATION, f"organisation word {org!r}"
        if joined in _org_lexicon():
            return SourceType.ORGANIZATION, "organisation lexicon"
        if joined in _capitals():
            return SourceType.ORGANIZATION, "capital for its government"
        for r in sorted(e.roles):
            kind = _nouns().get(r, "")
            if kind in ("organization", "media"):
                return SourceType(kind), f"described as {r!r}"
        if e.acronym or (len(words) == 1 and _ACRONYM.match(words[0])):
            kind, reason = classify(text[name.start : name.end])
            if kind is SourceType.MEDIA:
                return kind, reason
            return SourceType.ORGANIZATION, "acronym"
        if titled:
            return SourceType.PERSON, f"title {titled.capitalize()}"
        if len(words) >= 2 and words[0].casefold() in _given_names():
            return SourceType.PERSON, "given name"
        for r in sorted(e.roles):
            if _nouns().get(r) == "role":
                return SourceType.PERSON, f"role {r!r}"
        if e.gender or e.pronoun_gender:
            return SourceType.PERSON, "pronoun he/she"
        kind, reason = classify(text[name.start : name.end])
        if kind is SourceType.PERSON and len(words) == 1:
            pronouns = {m.head for m in e.mentions if m.kind == "pron"}
            if pronouns & {"it", "its"} and not pronouns & {"he", "she", "his", "her", "him"}:
                return SourceType.ORGANIZATION, "referred to as 'it'"
        if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
            return SourceType.PERSON, "personal name"
        return kind, reason
    phrase = text[name.start : name.end]
    kind, reason = classify(phrase)
    if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
        return SourceType.ANONYMOUS, "unresolved pronoun"
    head = name.head
    if name.kind == "desc":
        noun_kind = _nouns().get(head, "")
        if noun_kind == "organization" and kind is SourceType.PERSON:
            return SourceType.ORGANIZATION, f"organisation noun {head!r}"
        if kind is SourceType.ANONYMOUS:
            return kind, "unnamed group" if name.plural else f"unnamed {head!r}"
        if kind is SourceType.PERSON and noun_kind == "role":
            return kind, f"role noun {head!r}"
    return kind, reason


# -- the public entry points --------------------------------------------------------------
