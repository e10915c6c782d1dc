"""Channels: the outlets and intermediaries a claim passed through.

A source phrase may name its channel (*sources cited by the outlet*), and the words
around a claim may too (*told Fox News*, *said in an interview with the magazine*,
*as the paper reported*). :func:`with_channels` moves them from the source into the
claim's chain; the source phrase itself is :mod:`claimscope.attribution.who`'s.
"""

from __future__ import annotations

import attrs
import regex

from claimscope import lexicon
from claimscope import sources as sources_mod
from claimscope.attribution.context import WORD_RUN, Context, Raw, trim_content
from claimscope.model import SourceType

CHANNEL = regex.compile(
    r"\b(?:" + lexicon.alternation("channel_participles") + r")\s+by\s+", regex.I
)
"""``sources cited by the outlet``: the phrase after it is a channel, not the source."""

TOLD_CHANNEL = regex.compile(
    r"\b(?:told|tells|telling|in an interview with|speaking to|spoke to|said on"
    r"|said in an interview with|wrote in|said in|writing in|told reporters from)\s+",
    regex.I,
)
"""``told Fox News``, ``said in an interview with CNN``: a channel follows. The
order of the phrases matters (*told* before *told reporters from*)."""

CHANNEL_NAME = regex.compile(r"(?:the\s+)?\p{Lu}[\p{L}.&'’\-]*(?:\s+\p{Lu}[\p{L}.&'’\-]*){0,4}")
"""The capitalised name of a channel after *told* (*told Fox News*)."""

COMMON_CHANNEL = regex.compile(r"(?:a|an|the)(?:[^\S\n]+\p{Ll}[\p{Ll}\-]*){1,4}")
"""A channel named by a common noun (*told a radio station*, *given to the magazine*):
cut to the words up to its media noun by :func:`media_phrase`."""


def split_channel(
    text: str, src: tuple[int, int]
) -> tuple[tuple[int, int], tuple[tuple[int, int], ...]]:
    """``sources cited by the outlet`` → source ``sources``, chain ``the outlet``."""
    m = CHANNEL.search(text, src[0], src[1])
    if m is None:
        return src, ()
    left = trim_content(text, src[0], m.start())
    right = trim_content(text, m.end(), src[1])
    if left[1] <= left[0] or right[1] <= right[0]:
        return src, ()
    return left, (right,)


def with_channels(ctx: Context, raw: Raw, sentence: tuple[int, int]) -> Raw:
    """``raw`` with the channels named in its source phrase (*sources cited by the
    outlet*) and around it (*told Fox News*, *as the paper reported*) added to its
    chain."""
    chain = raw.chain
    src = raw.source
    if src is not None:
        src, channel = split_channel(ctx.text, src)
        chain = channel + chain
    chain = chain + channels(ctx, raw, sentence)
    if src != raw.source or chain != raw.chain:
        raw = attrs.evolve(raw, source=src, chain=chain)
    return raw


def media_prefix(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The longest run of words from the start of ``span`` that names an outlet.

    The capitalised run after *told* may go on past the outlet's name (*told CNN
    Tuesday*): the channel is *CNN*.

    >>> text = "told CNN Tuesday"
    >>> start, end = media_prefix(text, (5, len(text)))
    >>> text[start:end]
    'CNN'
    """
    ends = [m.end() for m in WORD_RUN.finditer(text, span[0], span[1])]
    for end in reversed(ends):
        if sources_mod.classify(text[span[0] : end])[0] is SourceType.MEDIA:
            return span[0], end
    return None


def media_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The outlet named at ``start``: a capitalised name (*Fox News*, cut by
    :func:`media_prefix`) or a common noun phrase up to its media noun (*a radio
    station*, *the magazine*), else ``None``.

    >>> text = "told a radio station that the bridge would reopen"
    >>> start, end = media_phrase(text, 5, len(text))
    >>> text[start:end]
    'a radio station'
    """
    who = CHANNEL_NAME.match(text, start, end)
    if who is not None:
        span = media_prefix(text, who.span())
        if span is not None and text[span[1] - 1] == "." and not text[span[1] : end].strip():
            span = (span[0], span[1] - 1)  # the sentence's full stop (*with The Post.*)
        return span
    common = COMMON_CHANNEL.match(text, start, end)
    if common is None:
        return None
    ends = [m.end() for m in WORD_RUN.finditer(text, start, common.end())]
    for stop in ends[1:]:
        kind, reason = sources_mod.classify(text[start:stop])
        if kind is SourceType.MEDIA and reason.startswith("media noun"):
            return start, stop
    return None


def channels(ctx: Context, raw: Raw, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """Intermediaries named around the claim: ``told Fox News``, ``told a radio
    station``, ``as the paper reported``, ``in an interview given to the magazine``."""
    text = ctx.text
    found: list[tuple[int, int]] = []
    if raw.clause is not None and raw.cue is not None:
        m = TOLD_CHANNEL.match(text, raw.cue.start) if raw.cue.start < sentence[1] else None
        if m is not None:
            span = media_phrase(text, m.end(), sentence[1])
            if span is not None:
                found.append(span)
    if raw.clause is not None:
        for m_start, m_end in ctx.interviews(sentence):
            if raw.start <= m_start < raw.end:
                continue  # an interview inside the content is part of what was said
            span = media_phrase(text, m_end, sentence[1])
            if span is not None and span not in found:
                found.append(span)
    for span in ctx.as_reported(sentence):
        if raw.source is None or span != raw.source:
            found.append(span)
    return tuple(found)
