"""Offices written as titles (*Minister of State for Health*, *Chief Executive of
Acme*): a capitalised phrase that names a post, not its holder, so that a name in
apposition after it (*, Dr Ana Ruiz,*) is the holder. Read by the subject scan
(:mod:`claimscope.attribution.who`) and by clustering (:mod:`.cluster`)."""

from __future__ import annotations

from claimscope.entities.mention import Mention
from claimscope.sources import is_role

__all__ = ["bracketed", "office_name", "office_title"]


def office_title(words: list[str]) -> bool:
    """Whether the capitalised ``words`` before an appositive name are an office
    written as a title: a role word, then *of* or *for* and its portfolio or a second
    role word (*Minister of State for Health*, *Chief Executive of Acme*, *Head of
    Research*), so the name after it (*, Dr Ana Ruiz,*) is the holder who speaks;
    not a title and a surname (*Senator Smith*)."""
    if len(words) < 2 or not words[0][:1].isupper() or not is_role(words[0].casefold()):
        return False
    return words[1] in ("of", "for") or (words[1][:1].isupper() and is_role(words[1].casefold()))


def office_name(text: str, m: Mention) -> bool:
    """Whether the name mention ``m`` is an office written as a title with no holder's
    name in it (:func:`office_title`)."""
    return m.kind == "name" and bool(m.title) and office_title(text[m.start : m.end].split())


def bracketed(words: list[str]) -> bool:
    """Whether ``words`` are one label in brackets (*(Oil)*, *(Con)*), an aside
    between an office and the comma before its holder."""
    return len(words) == 1 and words[0].startswith("(") and words[0].endswith(")")
