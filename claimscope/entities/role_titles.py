"""Capitalised role titles standing in apposition before a name (*Its President, Nana
Kobina Essel III, told*; *The Minister for Lands and Natural Resources, Mr Kwadwo
Agyemang-Duah, said*): Indian, West African and many other outlets capitalise the role,
so the title is read as a name, not a description; :mod:`.cluster` still links it to the
name after it."""

from __future__ import annotations

from collections.abc import Mapping

import regex

from claimscope.entities.apposition import _closes_apposition
from claimscope.entities.entity import _Ent, _governed
from claimscope.entities.mention import Mention
from claimscope.entities.words import _nouns, _titles

__all__ = ["role_holder", "title_kept", "titled_apposition"]

_OPENERS = frozenset({"the", "its", "his", "her", "their", "our"})
"""Determiners and possessors a capitalised title may follow (*Its President*)."""


def _role_title(text: str, m: Mention) -> str:
    """The role noun closing the capitalised title ``m`` (*Executive Director* →
    ``director``; *Minister for Lands* → ``minister``), or ``""`` when ``m`` is no title:
    the capitalised words before any lower-case word must end in a role noun."""
    words = text[m.start : m.end].split()
    if words and words[0].casefold() in _OPENERS:
        words = words[1:]
    head: list[str] = []
    for w in words:
        if not w[:1].isupper():
            break
        head.append(w)
    if not head or len(head) > 3:
        return ""
    last = head[-1].casefold()
    return last if _nouns().get(last) == "role" else ""


def titled_apposition(text: str, a: Mention, b: Mention) -> str:
    """The role when the name mention ``a`` is a capitalised role title and the name
    ``b`` of two or more words follows it in apposition, between commas (*Its General
    Secretary, Mr Yaw Boateng, insisted*); else ``""``. A title after a preposition is
    no subject (*After meeting the President, John Roe said*)."""
    if a.kind != "name" or b.kind != "name" or len(b.words) < 2:
        return ""
    if text[a.end : b.start].strip() != "," or _governed(text, a.start):
        return ""
    if not _closes_apposition(text, b.end) or text[b.end : b.end + 1] != ",":
        return ""
    return _role_title(text, a)


def title_kept(text: str, title: Mention, e: _Ent, name: Mention) -> str:
    """After the title mention ``title`` was merged into the named entity ``e``, keep
    ``name`` as its name (a title is longer but says less: *Minister for Lands and
    Natural Resources*) and give ``e`` the title's role, which is returned (``""``
    when ``title`` is no role title)."""
    role = _role_title(text, title)
    if role:
        e.name = name
        e.add_roles((role,))
    return role


_THE_ROLE = regex.compile(r"(?i:the)[ \t]+(?:\p{Ll}+[ \t]+)?\Z")
"""*the* (and at most one lower-case modifier: *the sector Minister*) right before a
capitalised role word."""


def role_holder(text: str, m: Mention, by_role: Mapping[str, _Ent]) -> _Ent | None:
    """The person a capitalised role word after *the* refers back to (*the Commissioner
    said* after *Commissioner Margaret O'Dwyer*; *the sector Minister* after *The
    Minister for Lands …, Mr Kwadwo Agyemang-Duah*): the latest holder of the role, as
    for *the commissioner* in lower case; ``None`` when no one named holds it."""
    if m.kind != "name" or len(m.words) != 1 or m.title or m.roles:
        return None  # "the deputy Minister" (a role before it) is someone else
    role = m.words[0].casefold()
    if _nouns().get(role) != "role" and _titles().get(role) != "-":
        return None
    the = text.startswith(("the ", "The "), m.start)
    if not the and _THE_ROLE.search(text, max(0, m.start - 24), m.start) is None:
        return None
    e = by_role.get(role)
    return e if e is not None and e.mentions else None
