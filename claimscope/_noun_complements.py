"""Complements that carry no proposition, so the verb before them hedges nothing.

An attitude verb (*feel*, *fear*, *think* …) hedges a claim only when it takes a
proposition. Sports and court reports use the same verbs with a plain noun phrase:
*the striker felt his hamstring in training*, *We fear nobody*, *the landing had felt
like hitting a wall*. And *whether* coordinated with the noun object of an inquiry
(*examining the runway surface and whether the brakes worked*) names a question under
investigation, not a doubt the text casts. :func:`nominal_object` and
:func:`inquiry_whether` recognise these shapes from a few words of context; the cue
senses (:mod:`claimscope.cue_senses`) then read the verb as no hedge.
"""

from __future__ import annotations

import regex

__all__ = ["inquiry_whether", "nominal_object"]

_TOKEN = regex.compile(r"[\w'’-]++|[^\w\s]")
"""A word or one punctuation mark."""

_OPENERS = frozenset("\"“‘'")
"""Opening quotation marks skipped before the complement (*had felt "like …"*)."""

_POSSESSIVES = frozenset("his her their my our your its".split())
"""Possessive determiners: one opens a noun phrase (*felt his hamstring*)."""

_NEGATIVE_PRONOUNS = frozenset("nobody nothing noone".split())
"""Pronouns that stand alone as an object (*We fear nobody*)."""

_BOUNDARIES = frozenset(
    """after against and at before but during for from in into on or over since
    through until with without""".split()
)
"""Words that close a short noun phrase: a preposition (*of* and *to* excepted: *his
side of the story is*, *his move to Italy was*) or a coordinator."""

_INQUIRIES = frozenset(
    """analysing analyzing assessing checking considering establishing evaluating
    examining exploring investigating probing reviewing studying testing""".split()
)
"""Verbs of an inquiry whose object may be a *whether* question coordinated with a
noun phrase (*investigators were examining the wreckage and whether …*)."""

_SENTENCE_END = regex.compile(r"[.!?\n]")


def _tokens(text: str, end: int, n: int) -> list[str]:
    """Up to ``n`` lower-case tokens after ``end`` in the same line, skipping one
    opening quotation mark right after ``end``."""
    tokens = [t.lower() for t in _TOKEN.findall(text, end, min(len(text), end + 80))]
    if tokens and tokens[0] in _OPENERS:
        tokens = tokens[1:]
    return tokens[:n]


def _closes(token: str | None) -> bool:
    """Whether ``token`` ends a short noun phrase: nothing, punctuation or a boundary."""
    return token is None or not token[0].isalnum() or token in _BOUNDARIES


def nominal_object(text: str, end: int) -> bool:
    """Whether the attitude verb ending at ``end`` takes a noun phrase rather than a
    clause: a negative pronoun closed at once (*We fear nobody.*, but not *I fear
    nobody will come*), a possessive and one noun closed by a preposition,
    coordinator or punctuation (*felt his hamstring in training*, but not *thinks his
    team played well*), or *like* with a gerund (*felt like hitting a wall*).

    >>> text = "The striker felt his hamstring in training."
    >>> nominal_object(text, text.index("felt") + 4)
    True
    >>> text = "He felt his side deserved more."
    >>> nominal_object(text, text.index("felt") + 4)
    False
    """
    words = _tokens(text, end, 4)
    padded = [*words, None, None, None, None]
    first = padded[0]
    if first is None:
        return False
    if first in _NEGATIVE_PRONOUNS:
        return _closes(padded[1])
    if first == "no" and padded[1] == "one":
        return _closes(padded[2])
    if first in _POSSESSIVES:
        second = padded[1]
        return second is not None and second[0].isalpha() and _closes(padded[2])
    if first == "like":
        second = padded[1]
        return second is not None and second.endswith("ing") and len(second) > 5
    return False


def inquiry_whether(text: str, start: int, prev: str) -> bool:
    """Whether the *whether* at ``start``, after *and* or *or*, is coordinated with
    the object of an inquiry verb earlier in its sentence (*were examining the runway
    surface and whether the brakes worked*): a question under investigation.

    >>> text = "They are examining the wreckage and whether the brakes failed."
    >>> inquiry_whether(text, text.index("whether"), "and")
    True
    """
    if prev not in ("and", "or"):
        return False
    left = text[max(0, start - 240) : start]
    ends = list(_SENTENCE_END.finditer(left))
    sentence = left[ends[-1].end() :] if ends else left
    return any(t.lower() in _INQUIRIES for t in _TOKEN.findall(sentence))
