"""A one-word name used as a modifier before a role only a body has.

*Eskom spokesperson Mpho Dlamini said*, *Brightloop CEO Ana Ruiz said*: the word
before the role noun names the body the person speaks for, so a bare later mention
(*Eskom said repairs were under way*) is an organisation, not a person.
"""

from __future__ import annotations

import functools

import regex

_MODIFIER_ROLE = regex.compile(
    r"\b(\p{Lu}[\p{Ll}\p{Lu}]++)[^\S\n]++"
    r"(CEO|chief[^\S\n]++executive|chief[^\S\n]++financial[^\S\n]++officer|CFO"
    r"|spokesperson)[^\S\n]++\p{Lu}"
)
"""A capitalised word, a role noun that only a company or other body has (or speaks
for) and a capitalised name after it: *Eskom spokesperson Mpho*, *Brightloop CEO Ana*.
Not *spokesman* or *spokeswoman*, which news writes after a politician's surname as
often as after a body's name (*Pence spokesman Marc Lotter*, *Cruz spokeswoman*): the
surname alone later (*Pence said*) is the person."""


@functools.lru_cache(maxsize=8)
def _modifiers(text: str) -> dict[str, str]:
    """Every word used before a body's role and a name in ``text``, with the role."""
    found: dict[str, str] = {}
    for m in _MODIFIER_ROLE.finditer(text):
        found.setdefault(m.group(1), " ".join(m.group(2).casefold().split()))
    return found


def modifier_role(text: str, words: tuple[str, ...] | list[str]) -> str:
    """The body's role (*spokesperson*, *ceo*) that the one-word name ``words`` is
    written before, with a name after it, anywhere in ``text``; ``""`` when it never
    is or the name is longer (*Donald Trump*: a person with a spokesman)."""
    if len(words) != 1:
        return ""
    return _modifiers(text).get(words[0], "")
