"""The shape of a source phrase, worked out from the phrase alone: its head token,
whether it could be a noun phrase, and whether a word the noun list does not know
still ends one (*The New York businessman*) rather than being the verb after a
name (*Trump avoids*). :mod:`.resolve` reads these for each claim's source."""

from __future__ import annotations

from claimscope import lexicon
from claimscope._grammar import CARDINALS, NEEDS_MODIFIER
from claimscope.entities.words import (
    _AUXILIARIES,
    _BOUNDARY,
    _HEAD_STOPS,
    _INDEFINITE,
    _NP_WORDS,
    _PREPOSITIONS,
    _RELATIVES,
    Tok,
    _tokens,
    _verbs,
    participle_agent,
)
from claimscope.sources import participle_postmodifier

_STANDING_QUANTIFIERS = frozenset("another many most several some".split())
"""Quantifiers that stand alone for people as a subject (*some said*, *with many
claiming*): a noun phrase of one word, though a determiner elsewhere."""


def _phrase_shaped(text: str, start: int, end: int, tokens: list[Tok] | None = None) -> bool:
    """True when ``text[start:end]`` could be a noun phrase: it does not open with a
    preposition, auxiliary, verb or expletive, end with one or with a determiner, or
    hold a clause boundary. ``tokens``: the span's tokens, when already made."""
    if tokens is None:
        tokens = _tokens(text, start, end)
    words = [w for _, _, w in tokens if w[:1].isalnum()]
    if not words:
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    if len(words) == 1 and first in _STANDING_QUANTIFIERS:
        return True  # "with some claiming …": a quantifier standing for people
    if first in _PREPOSITIONS or first in _AUXILIARIES or first in ("there", "here", "during"):
        return False
    if (
        last in _PREPOSITIONS
        or last in _AUXILIARIES
        or (last in _NP_WORDS and last != "one")
        or (last in _RELATIVES and last != "that")
    ):
        return False
    if last in ("who", "which", "that", "when", "where"):
        return False
    if (
        first.endswith("ed")
        and first not in _NP_WORDS
        and len(words) > 1
        and not tokens[0][2][:1].isupper()
        and words[1] not in NEEDS_MODIFIER  # "loved ones": the -ed word modifies a head
    ):
        return False
    if any(w.casefold() in ("n't", "didn’t", "didn't", "not") for w in words):
        return False
    return not any(w in (";", ":") for _, _, w in tokens)


def _postmodifier(tokens: list[Tok], i: int) -> bool:
    """:func:`claimscope.sources.participle_postmodifier` on token ``i``."""
    return participle_postmodifier([t[2] for t in tokens[i - 1 : i + 2]], 1)


def _shape(phrase: str) -> tuple[Tok | None, bool, str]:
    """The head token of a source phrase (offsets within it; see
    :meth:`_Resolver._mention_in`), whether the phrase is phrase-shaped, and its first
    token: all depend on the phrase alone, so a document works them out once per
    phrase."""
    tokens = _tokens(phrase, 0, len(phrase))
    head: Tok | None = None
    stopped = False
    for i, tok in enumerate(tokens):
        w = tok[2]
        folded = w.casefold()
        owned = i >= 2 and tokens[i - 1][2] in ("'", "’") and tokens[i - 2][2][-1:] == "s"
        if i and (
            w in _BOUNDARY
            or w == "and"
            or (w.islower() and folded in _HEAD_STOPS)
            or (
                w.islower()
                and folded in _verbs()
                and not (owned or _compound_noun(tokens, i) or participle_agent(tokens, i + 1))
            )  # not "reports seen by the BBC": a noun before its postmodifier
            or folded in _AUXILIARIES
        ):
            stopped = (folded in _verbs() and not _on_topic(tokens, i)) or folded in _AUXILIARIES
            break
        if (
            i
            and w.islower()
            and (folded.endswith("ed") or participle_agent(tokens, i))  # "seen by"
            and head is not None
            and head[2].casefold() not in _NP_WORDS  # "its audited accounts": a modifier
            and not (i + 1 < len(tokens) and tokens[i + 1][2] in NEEDS_MODIFIER)
        ):
            break  # "a poll released last week"; not "Their loved ones", a modifier
        if head is not None and folded.endswith("ing") and _postmodifier(tokens, i):
            break  # "engineers working on the project"
        if w[:1].isalnum():
            head = tok
    shaped = not stopped and _phrase_shaped(phrase, 0, len(phrase), tokens)
    return head, shaped, tokens[0][2] if tokens else ""


_COMPOUND_LEXICONS = ("sources_organization", "sources_document", "sources_anonymous")


def _compound_noun(tokens: list[Tok], i: int) -> bool:
    """Whether token ``i``, a cue word, opens a two-word source noun with the next
    token (*think tank*, ``lexicons/sources_organization.txt``): a noun in *A think
    tank in London*, not the phrase's verb."""
    if i + 1 >= len(tokens):
        return False
    pair = f"{tokens[i][2].casefold()} {tokens[i + 1][2].casefold()}"
    return any(pair in lexicon.words(name) for name in _COMPOUND_LEXICONS)


def _on_topic(tokens: list[Tok], i: int) -> bool:
    """*people briefed on the plans*: a source postmodifier (``source_postmodifiers.txt``)
    before *on*/*about* ends the head as a modifier, not as the phrase's verb (and
    *the inspectors' report* is owned, no verb either)."""
    return (
        i + 1 < len(tokens)
        and tokens[i + 1][2] in ("on", "about")
        and tokens[i][2] in lexicon.words("source_postmodifiers")
    )


_QUANTIFIERS = _INDEFINITE - {"a", "an"}
"""Words before a capitalised name that make it a group or an unnamed member (*many
African-Americans*, *one Republican*); *an angry Hollande* is still Hollande."""


_COUNT_WORDS = CARDINALS | frozenset(
    "hundred thousand dozen dozens hundreds thousands millions half".split()
)
"""Number words that open a counted group (*Twelve percent*, *Dozens of residents*),
beside the shared quantifiers (*two*, *several*)."""

_AGENT_ENDINGS: tuple[str, ...] = (
    *("man", "men", "er", "ers", "or", "ors", "ist", "ists"),
    *("ian", "ians", "ant", "ants", "ent", "ents", "ee", "ees"),
)
"""Endings of nouns for people (*businessman*, *speechwriters*, *historian*,
*consultants*): such a word after a name is the phrase's head, not a verb."""


def _noun_phrase_head(text: str, first: str, name_end: int, head: Tok) -> bool:
    """Whether ``head``, a word the noun list does not know, ends a noun phrase that
    ``first`` opens rather than being the verb after a name that ends at ``name_end``
    (*Trump avoids*, *the Rev. Al Sharpton began*): the phrase opens with a number
    (*Twelve percent*), the word names a person by its ending (*The New York
    businessman*, *Democratic speechwriters*), or it follows the name right after a
    determiner (*a Times article*, *the Louisville crowd*)."""
    opener = first.casefold()
    if (opener in _COUNT_WORDS or opener in _QUANTIFIERS) and opener != "one":
        return True
    if first[:1].isdigit() or head[2].casefold().endswith(_AGENT_ENDINGS):
        return True
    return opener in _NP_WORDS and not text[name_end : head[0]].strip()
