"""Role descriptions straight before a name (*police spokesman Audley Peters*): a
pass over one sentence's mentions, for :mod:`.mentions`, that gives the name the
description's role."""

from __future__ import annotations

import re

from claimscope.entities.mention import Mention
from claimscope.entities.words import _nouns, unapposed_body

_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)\b")
"""The lower-case word right after a name."""

_PLATFORM_NOUNS = frozenset("account accounts app feed handle page pages profile site".split())
"""Nouns a platform's name modifies (*its official Facebook page*), beside the
description nouns of the entity lexicons (*channel*, *website*, *statement*)."""


def _link_prefixes(found: list[Mention], text: str) -> list[Mention]:
    """A lower-case role description straight before a name gives the name its role
    (*police spokesman Audley Peters*, *senior author Dr. Silvia Martins*). A body's
    noun does so only where it can stand in apposition to the name: not *a network*
    (*a network Russia has financed*), nor before a person's title (*the network
    President Vladimir Putin formed*)."""
    out: list[Mention] = []
    for m in found:
        if m.kind == "name" and out and _adjective_before(out[-1], m, text):
            out.pop()  # "the army's official Telegram channel": no one described
        if (
            m.kind == "name"
            and out
            and out[-1].kind == "desc"
            and not out[-1].plural
            and 0 <= m.start - out[-1].end <= 1
            and not _clause_after_body(out[-1], m, text)
        ):
            prefix = out[-1]
            out[-1] = prefix._replace(roles=(prefix.head,), words=("→",))
            m = m._replace(roles=(*m.roles, prefix.head), subject=m.subject or prefix.subject)
        out.append(m)
    return out


def _clause_after_body(prefix: Mention, name: Mention, text: str) -> bool:
    """Whether body noun ``prefix`` cannot be ``name``: a titled one, or
    :func:`~claimscope.entities.words.unapposed_body`."""
    if _nouns().get(prefix.head) not in ("organization", "media", "document"):
        return False
    return bool(name.title) or unapposed_body(text, prefix.start)


def _adjective_before(prefix: Mention, name: Mention, text: str) -> bool:
    """Whether the singular description ``prefix`` straight before ``name`` ends in an
    adjective: ``name`` modifies the lower-case noun right after it (*the army's
    official Telegram channel*, *its official Facebook page*), so the role word is an
    adjective of that noun, and no one is described or named."""
    if prefix.kind != "desc" or prefix.plural or not 0 <= name.start - prefix.end <= 1:
        return False
    after = _NEXT_WORD.match(text, name.end)
    if after is None:
        return False
    word = after.group(1)
    return _nouns().get(word) in ("organization", "media", "document") or word in _PLATFORM_NOUNS
