"""A relative clause on a noun summing up a claim: *C, a point that experts
highlight*, *C, something critics have long warned about*. The relative clause's
subject says C (a pattern of :mod:`.patterns`, kept here with its word tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope import lexicon
from claimscope.attribution import quote_edges
from claimscope.labels import Rule

if TYPE_CHECKING:
    from claimscope.attribution.patterns import Outcome, Site

__all__ = ["SUMMARY_NOUNS", "summary_antecedent", "summary_relative"]

SUMMARY_NOUNS = lexicon.words("summary_nouns")
"""*a point*, *a view*, *something*: a noun that sums up the clause before it."""


def summary_antecedent(
    tokens: list[tuple[int, int, str]], np_start: int, j: int
) -> tuple[int, int] | None:
    """``C, a point that experts highlight`` / ``C, something critics have warned
    about``: when the subject found before a cue (tokens ``np_start`` on, stopped at
    token ``j``) belongs to a relative clause on a noun summing up the clause before,
    return the index of the comma before that noun (or of the copula after the
    subject it sums up: *X is also a point that experts highlight*) and where the
    speaker starts; else ``None``."""
    if j >= 1 and tokens[j][2].casefold() in ("that", "which"):
        noun, speaker = j - 1, np_start  # "a point that experts highlight"
    elif j >= 0 and tokens[j][2] == ",":
        noun = np_start + (0 if tokens[np_start][2].casefold() == "something" else 1)
        speaker = noun + 1  # "something critics have warned about", "a view economists share"
    else:
        return None
    if speaker >= len(tokens) or tokens[noun][2].casefold() not in SUMMARY_NOUNS:
        return None
    opener = noun if tokens[noun][2].casefold() == "something" else noun - 1
    if opener < 1 or (opener < noun and tokens[opener][2].casefold() not in _OPENERS):
        return None
    if not tokens[speaker][2][:1].isalpha():
        return None
    if tokens[opener - 1][2] == ",":
        return opener - 1, speaker
    cut = opener - 1  # "X is also a point that experts highlight": the subject X
    while cut > 1 and tokens[cut][2].casefold() in _COPULA_ADVERBS:
        cut -= 1
    if j == noun + 1 and cut > 0 and tokens[cut][2].casefold() in _COPULAS:
        return cut, speaker
    return None


_OPENERS = frozenset(("a", "an", "one", "another"))
"""Words opening the summary noun (*a point*, *another concern*)."""

_COPULAS = frozenset("is are was were remains remain remained".split())
"""Copulas joining a subject to its summary noun (*X is a point that experts
highlight*, *X remains a concern that residents raise*)."""

_COPULA_ADVERBS = frozenset("also still another".split())
"""Adverbs between the copula and the summary noun (*is also a point*)."""


def summary_relative(site: Site) -> Outcome:
    """``C, a point that experts highlight.``: a relative clause on a noun summing up
    C (:func:`summary_antecedent`) attributes C; not with a verb of denial (*C, a
    claim the family's attorney disputes*), whose subject answers C and keeps C's
    own source."""
    if site.left is None or site.cue.stance == "denial":
        return None  # "C, a claim the family's attorney disputes": no one says C so
    found = summary_antecedent(site.tokens, site.left[0], site.left[2])
    if found is None:
        return None
    comma, speaker = found
    content = quote_edges.content_before(site.ctx, site.sentence, site.tokens[comma][0])
    if content is None:
        return None
    src = site.span_of(speaker, site.left[1])
    return site.raw(*content, Rule.INVERTED, src, clause=(site.tokens[comma + 1][0], site.cue.end))
