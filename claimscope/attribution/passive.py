"""Passive attributions that name their source after *by*.

``The plan was endorsed by the union``, ``The story was first reported by the Daily
Planet``, ``The song was written by Jane Doe after the flood``: the agent after *by*
is the source and the passive subject is what it said, backed or wrote. (*Y was
accused by X of C*, where the content follows *of*, is
:func:`claimscope.attribution.patterns.passive_agent`.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope import lexicon
from claimscope._grammar import BE_FORMS, IRREGULAR_PARTICIPLES
from claimscope.attribution import who
from claimscope.attribution.context import Raw
from claimscope.labels import Rule

if TYPE_CHECKING:
    from claimscope.attribution.patterns import Site

AGENT_STOPS = frozenset(",;:.!?()[]—–―\"“”‘’'") | {"--"}
"""Punctuation that ends the agent phrase after *by*."""

AGENT_END_WORDS = frozenset(
    """after before when because while since during in on at as to for with that
    which who whom whose despite amid over under than if across around throughout""".split()
)
"""Lower-case words that open an adjunct or clause after the agent (*written by
Jane Doe after the flood*): the agent ends before them."""

_ADVERBS = lexicon.words("adverbs_before_cue")

NOT_SAYING = frozenset("ask call interview name question write".split())
"""Reporting lemmas whose passive subject is no content: *Rubio was asked by the
host* (the one asked), *the report was written by Jane Doe* (authorship, which
the text states in its own voice)."""


def _be_before(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether a form of *be* stands before the participle at ``k``, past adverbs
    (*was first reported*, *has been widely endorsed*)."""
    j = k - 1
    while j >= 0 and tokens[j][2].islower():
        folded = tokens[j][2]
        if folded in BE_FORMS:
            return True
        if not (folded.endswith("ly") or folded in _ADVERBS or folded in ("not", "first")):
            return False
        j -= 1
    return False


def by_agent(tokens: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """The agent's character span when the participle at token ``k`` is a passive
    followed by *by* and a short phrase (*was endorsed by the union*), else ``None``."""
    if k + 2 >= len(tokens) or tokens[k + 1][2].casefold() != "by":
        return None
    verb = tokens[k][2].casefold()
    if not (verb.endswith("ed") or verb in IRREGULAR_PARTICIPLES) or not _be_before(tokens, k):
        return None
    first = k + 2
    if not who.can_start_np(tokens[first][2]):
        return None
    j = first
    while j < len(tokens) and j - first < who.MAX_NP:
        word = tokens[j][2]
        if word in AGENT_STOPS or (word.islower() and word in AGENT_END_WORDS):
            break
        j += 1
    else:
        if j < len(tokens):
            return None  # longer than any source phrase
    if j == first:
        return None
    return tokens[first][0], tokens[j - 1][1]


def passive_by(site: Site) -> Raw | None:
    """``The plan was endorsed by the union``: the agent is the source, the passive
    subject the content. Verbs whose passive content follows *of* or *that* (*was
    accused by X of C*) are left to ``passive_agent``."""
    entry = site.cue.entry.casefold()
    if entry in who_passive_openers() or entry in NOT_SAYING:
        return None
    agent = by_agent(site.tokens, site.k_end)
    if agent is None:
        return None
    left = who.left_source(site.tokens, site.k)
    if left is None:
        return None
    content = site.span_of(left[0], left[1])
    return site.raw(*content, Rule.PASSIVE_AGENT, agent, clause=(site.cue.start, agent[1]))


def who_passive_openers() -> dict[str, str]:
    """The reporting lemmas whose passive opens its content after the agent
    (``lexicons/passive_agent_verbs.txt``)."""
    return lexicon.fields("passive_agent_verbs")
