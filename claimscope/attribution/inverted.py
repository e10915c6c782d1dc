"""*Who* after an inverted cue: the speaker named after the cue in ``"C," said Jane
Doe, the engineer.``, and the cues whose object is never the speaker. Part of
:mod:`claimscope.attribution.who`, which re-exports :func:`right_source`.
"""

from __future__ import annotations

from claimscope import sources
from claimscope._grammar import (
    AUXILIARIES,
    CLAUSE_WORDS,
    NP_OPENERS,
    OBJECT_DETERMINERS,
    PREPOSITIONS,
)
from claimscope.attribution.context import CLOSE_QUOTES, OPEN_QUOTES
from claimscope.attribution.phrase_shape import MAX_NP, TIME_LEADS, TIME_NOUNS

__all__ = ["NEVER_INVERTED", "right_source"]


NEVER_INVERTED = frozenset(
    "tell tells told telling inform informs informed assure assures assured remind reminds "
    "reminded convince convinces convinced".split()
)
"""Cues whose object is the hearer, so that the phrase after them never names the
speaker: *"C," told Newsweek* is no English inversion (*"C," said Jane Doe* is)."""


def right_source(
    text: str, tokens: list[tuple[int, int, str]], k: int, sentence_end: int
) -> tuple[int, int] | None:
    """The subject after an inverted cue: ``"C," said Jane Doe, the engineer.``"""
    i = k + 1
    if i >= len(tokens):
        return None
    start = tokens[i][0]
    end = start
    depth = 0
    while i < len(tokens):
        if i - (k + 1) > MAX_NP:
            return None  # too long for a subject (and the scan stays short)
        word = tokens[i][2]
        if word in OPEN_QUOTES and word not in CLOSE_QUOTES:
            depth += 1
        elif word in CLOSE_QUOTES and word not in OPEN_QUOTES and depth:
            depth -= 1
        elif depth == 0 and word in ",;:()—–":
            break
        end = tokens[i][1]
        i += 1
    while end > start and text[end - 1] in ".!? \u00a0":
        end -= 1
    if end <= start:
        return None
    first = tokens[k + 1][2]
    if first.casefold() in ("that", "this", "these", "those", "it"):
        return None  # "said that …" opens a content, not a speaker
    if first.casefold() in OBJECT_DETERMINERS:
        return None  # "Get two quotes, ask every installer how …": an imperative's object
    if first.casefold() in ("he", "she", "they", "we") and i - (k + 1) > 1:
        return None  # "X, where …, said they had never been told": a clause's subject
    if (
        first.islower()
        and first.casefold() not in NP_OPENERS | {"he", "she", "they"}
        and not _common_speaker([t[2] for t in tokens[k + 1 : i]])
    ):
        return None  # "says experts", "says chief engineer Mary Collins" do name a speaker
    quoted = k >= 1 and tokens[k - 1][2] in CLOSE_QUOTES  # '"C," said X': X as read
    words = [t[2] for t in tokens[k + 1 : i]]
    if i - (k + 1) > MAX_NP or (not quoted and (_clause_after(words) or _no_speaker(words))):
        return None
    return start, end


def _no_speaker(words: list[str]) -> bool:
    """Whether three or more lower-case words after an unquoted inverted cue name no
    speaker: no source noun, name or relative clause among them (*…, Colorado, says the
    model fails to*): the content of a cue whose subject was not found."""
    plain = [w.casefold() for w in words if w.isalpha()]
    return (
        len(plain) >= 3
        and all(w.islower() for w in words if w.isalpha())
        and not any(w in _RELATIVES or sources.is_source_noun(w) for w in plain)
        and not any(sources.is_source_noun(w[:-1]) for w in plain if w.endswith("s"))
    )


_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})


def _clause_after(words: list[str]) -> bool:
    """Whether the words after an inverted cue hold a finite auxiliary before any
    relative pronoun: a clause's subject and verb (*…, said 12 excavators had been
    seized*), the content of an uninverted cue, not its speaker (*the man who had
    called police* keeps him). Only asked when no quotation closes before the cue."""
    for w in words:
        folded = w.casefold()
        if folded in _RELATIVES:
            return False
        if folded in AUXILIARIES:
            return True
    return False


def _common_speaker(words: list[str]) -> bool:
    """Whether words after an inverted cue that open in lower case name a speaker:
    at most four lower-case words, one of them a source noun (*experts*, *local
    residents*, *chief engineer Mary Collins*), or one or two lower-case nouns before a
    full name that ends the phrase (*hawker Tan Ah Kow*, *fisherman Ali Hassan*)."""
    lower = [w.casefold() for w in words if w.islower()]
    if len(lower) <= 4 and any(sources.is_source_noun(w) for w in lower):
        return True
    return _role_before_name(words)


def _role_before_name(words: list[str]) -> bool:
    """Whether ``words`` are one or two lower-case words, none a preposition, time or
    clause word, then two or more capitalised words (*shopkeeper Mary Lim*; not *on
    Twitter*, *last week Mr Smith*)."""
    k = 0
    while k < len(words) and words[k].isalpha() and words[k].islower():
        folded = words[k].casefold()
        if folded in _NOT_ROLES or folded in TIME_NOUNS or folded in TIME_LEADS:
            return False
        k += 1
    name = [w for w in words[k:] if w not in _END_MARKS]
    return 1 <= k <= 2 and len(name) >= 2 and all(w[:1].isupper() for w in name)


_END_MARKS = frozenset(".!?\"”’'")

_NOT_ROLES = PREPOSITIONS | CLAUSE_WORDS | AUXILIARIES | {"and", "or", "not", "also"}
