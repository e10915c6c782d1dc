"""Guards on the cue model's additions: where the rule engine has a specific reason a
word opens no attribution, a cue the model would add is not added.

The cue model (:mod:`claimscope.learned`) is trained on PolNeAR, whose attributions
include acts (*declined to comment*, *pleaded not guilty*, *posted a rise in
profit*). SPEC's claims are propositions a source puts forward: a refusal, a plea, a
reputation or a thing published is none, and the text states it in its own voice.
Each guard names the reading it rests on, so :func:`claimscope.learned.explain` can
say why a candidate the model scored high was left alone.
"""

from __future__ import annotations

import regex

from claimscope import lexicon
from claimscope.model import Cue

__all__ = ["GUARDS", "KEEPERS", "guard", "keeper"]

GUARDS = {
    "withheld": "a refusal withholds what would be reported (declined to comment)",
    "reputation": "known for or as describes a reputation or a name, not a claim",
    "published thing": "a publishing verb whose object is no statement (posted a rise)",
    "plea": "a plea in court is a legal act (pleaded not guilty)",
}
"""Every guard's name and the reason :func:`claimscope.learned.explain` gives."""

KEEPERS = {
    "impersonal": "SPEC: 'it is understood', 'it is said' signal an unnamed attribution",
    "nested": "SPEC: in 'X said Y believes C', C's source is Y (a nested attribution)",
}
"""The readings for which a rule cue the model would veto is kept, with the reason
:func:`claimscope.learned.explain` gives."""

_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*+|[^\s\p{L}\p{N}]")
"""A word (with inner apostrophes and hyphens) or one other mark."""

_LOOK = 60
"""Characters after a candidate the guards read (within its sentence)."""

_REFUSING = regex.compile(r"(?:declin|refus|unabl)\w*", regex.I)
"""The stems of :data:`claimscope.attribution.vetoes.WITHHELD`: *declined*, *refuses*."""


_OBJECT_OPENERS = frozenset("a an the his her their its our this these those".split())
"""Words that open a noun phrase: after a verb, its object."""

_CARRIER_LOOK = 6
"""Words after a publishing verb among which its object's noun is looked for."""


_PLEA = frozenset(("guilty", "innocent", "no", "not"))
"""What follows *pleaded* in a plea (*not guilty*, *no contest*)."""


def _following(text: str, end: int, limit: int) -> list[str]:
    """The lower-cased words and marks after ``end``, up to ``limit`` (exclusive)."""
    return [w.casefold() for w in _WORDS.findall(text, end, min(limit, end + _LOOK))]


def guard(text: str, start: int, end: int, word: str, limit: int) -> str | None:
    """The name of the guard (in :data:`GUARDS`) that keeps the model from adding
    the candidate ``text[start:end]`` (lower case ``word``) as a reporting cue, or
    None. ``limit`` is where the candidate's sentence ends."""
    after = _following(text, end, limit)
    n1 = after[0] if after else ""
    if n1 == "to" and _REFUSING.fullmatch(word):
        return "withheld"
    if word == "known" and n1 in ("for", "as"):
        return "reputation"
    if word in lexicon.words("publishing_verbs") and (n1 in _OBJECT_OPENERS or n1[:1].isdigit()):
        carriers = lexicon.words("carriers")
        if not any(w in carriers for w in after[1:_CARRIER_LOOK]):
            return "published thing"
    if word.startswith("plead") and n1 in _PLEA:
        return "plea"
    return None


def keeper(rule: Cue, nested: bool) -> str | None:
    """The name of the reading (in :data:`KEEPERS`) for which the rule cue ``rule``
    stays although the model would veto it, or None. ``nested`` says whether the
    rule engine's subject scan before it stopped at another reporting cue or its
    *that* (*said officers believe*)."""
    if rule.entry.startswith("it "):
        return "impersonal"
    if nested:
        return "nested"
    return None
