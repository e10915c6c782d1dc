"""*Who* across sentences: the speakers the passes of
:mod:`claimscope.attribution.passes` find around quotes and in page structure.

A name before a colon (*Republican pollster Daron Shaw: "C"*), after a dash ending a
quote's line (*"C" — Jane Doe*), a short name and verb after a quote (*"C," an angry
Hollande retaliated*), a header line (*And from Chairwoman Doe:*) and a transcript's
speaker label (*TAPPER:*). Each returns character spans into the original text; none
rewrites it. The subject of a cue inside one sentence is :mod:`~claimscope.attribution.who`'s.
"""

from __future__ import annotations

import regex

from claimscope import sources as sources_mod
from claimscope._grammar import NOT_NP_START
from claimscope.attribution.context import Context, tokenize, trim_content


def colon_speaker(ctx: Context, colon: int, floor: int) -> tuple[int, int] | None:
    """``Republican pollster Daron Shaw: "C"``: the name right before a colon."""
    tokens = tokenize(ctx.text, max(floor, colon - 120), colon)
    i = len(tokens)
    while i > 0 and i > len(tokens) - 6:
        word = tokens[i - 1][2]
        if word[:1].isupper() or word == "." or (word.islower() and sources_mod.is_role(word)):
            i -= 1
            continue
        break
    while i < len(tokens) and not tokens[i][2][:1].isupper():
        i += 1
    if i >= len(tokens) or tokens[i][2].casefold() in NOT_NP_START:
        return None
    if tokens[i][2] in ("I", "We"):
        return None
    return tokens[i][0], tokens[-1][1]


DASH_SOURCE = regex.compile(
    r"[^\S\n]*(?:—|–|―|--|-)[^\S\n]*(?P<who>\p{Lu}(?:[^\n,.;]|(?<=\b\p{Lu})\.){0,60}?)"
    r"(?:,[^\n]{0,80})?[.]?[^\S\n]*(?:\n|\Z)"
)
"""``"C" — Jane Doe, chief executive``: a speaker named after a dash (or the
quotation dash ``―``), ending the line; a name may hold initials (*Edwin G. Monroy*)."""


def dash_speaker(text: str, after: int) -> tuple[int, int] | None:
    """The speaker named after a dash at ``after`` (the end of a quote), if any."""
    m = DASH_SOURCE.match(text, after)
    return None if m is None else trim_content(text, *m.span("who"))


QUOTE_NP_VERB = regex.compile(
    r"[^\S\n]+(?P<who>(?:(?:an?|the|his|her|their|one|another)[^\S\n]+)?"
    r"(?:[\p{Ll}\-]+[^\S\n]+){0,2}?\p{Lu}[\p{L}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’\-]*){0,3}"
    r"|he|she|they)[^\S\n]+(?P<verb>\p{Ll}{3,}(?:ed|s))\b(?=[^\S\n]*[.,;]|[^\S\n]+(?:on|in|at|to|during|after|before|from|with|via|by)\b)"
)
"""``"C," an angry Hollande retaliated.``: after a quote ending in a comma, a short
name and a verb in the past or present tense make an attribution, even when the verb
is not in the reporting lexicon."""


def speaker_and_verb_after(text: str, after: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of a short name and its verb right after ``after`` (the end of a
    quote): *"C," an angry Hollande retaliated*."""
    m = QUOTE_NP_VERB.match(text, after)
    return None if m is None else (m.span("who"), m.span("verb"))


HEADER_SOURCE = regex.compile(
    r"[^\S\n]*(?:And\s+)?(?:From|Here(?:'s| is| was)|Said)\s+"
    r"(?P<who>[^\n:]{2,80}?):[^\S\n]*\Z",
    regex.I,
)
"""``And from Chairwoman Doe:`` at the end of a paragraph, before the quote."""


def header_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker of a header line ``[start, end)`` (*And from Chairwoman Doe:*)."""
    m = HEADER_SOURCE.match(text, start, end)
    return None if m is None else m.span("who")


SPEAKER_LINE = regex.compile(
    r"[\"“]?(?P<who>\p{Lu}[\p{Lu}.'’\-]+(?:[^\S\n]+\p{Lu}[\p{Lu}.'’\-]+){0,2}"
    r"|\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}[\p{L}'’\-]+){1,2}):[^\S\n]+(?=\S)"
)
"""``TAPPER: And obviously…`` / ``Luciana Lopez: Saying to people…``: a transcript
line opened by its speaker's name (all capitals, or a two- or three-word name), also
after the opening quote mark some outlets start every transcript paragraph with."""


def transcript_speaker(text: str, lo: int, hi: int) -> tuple[tuple[int, int], int] | None:
    """The speaker label opening the paragraph ``[lo, hi)`` (*TAPPER:*) and where the
    line's words start after it."""
    m = SPEAKER_LINE.match(text, lo, hi)
    return None if m is None else (m.span("who"), m.end())
