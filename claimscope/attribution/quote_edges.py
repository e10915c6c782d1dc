"""Where a content runs before an inverted cue, and where a quotation resumes after
its attribution.

*"C1," she said, "C2."*: :func:`content_before` finds *C1* before the inverted cue
(past a dateline, within :data:`CONTENT_REACH`), :func:`resume_point` and
:func:`continuation` the quotation resuming after the source, directly or past a short
bridge (:data:`RESUME_BRIDGE`: *he said on Saturday,*)."""

from __future__ import annotations

import regex

from claimscope.attribution.context import DATELINE, Context, trim_content

__all__ = [
    "CONTENT_REACH",
    "RESUME_BRIDGE",
    "RESUME_REACH",
    "content_before",
    "continuation",
    "reach_end",
    "reach_start",
    "resume_point",
]

CONTENT_REACH = 5_000
"""How far a content may run from its cue, in characters: back from an inverted cue
(*C, X said*), on from a possessive one (*X's claim that C*). The longest sentence in
PolNeAR has about 1,100. (A content after *X said* is not capped: it covers the cues
in it, which then make no claims of their own.)"""


def reach_end(text: str, start: int, end: int) -> int:
    """``end``, or when that lies more than :data:`CONTENT_REACH` characters past
    ``start``, the last word boundary within reach: a content running over a whole
    unpunctuated text would give each cue in it all that follows (output growing with
    the square of the input).

    >>> reach_end("word " * 2000, 0, 10_000)
    4999
    """
    if end - start <= CONTENT_REACH:
        return end
    space = text.rfind(" ", start, start + CONTENT_REACH)
    return space if space > start else start + CONTENT_REACH


def reach_start(text: str, start: int, end: int) -> int:
    """``start``, or when that lies more than :data:`CONTENT_REACH` characters
    before ``end``, the first word start within reach (see :func:`reach_end`)."""
    if end - start <= CONTENT_REACH:
        return start
    space = text.find(" ", end - CONTENT_REACH, end)
    return space + 1 if space >= 0 else end - CONTENT_REACH


def content_before(ctx: Context, sentence: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The content before an inverted cue, ending at ``end`` (a comma or a quote)."""
    text = ctx.text
    while end > sentence[0] and text[end - 1] in ", \u00a0\t—–-":
        end -= 1
    if end <= sentence[0]:
        return None
    q = ctx.quote_ending_at(end)
    if q is not None:
        return q.start, q.end
    start = reach_start(text, sentence[0], end)
    q = ctx.quote_containing(start)
    if q is not None and q.start < start:
        start = q.start
    else:
        dateline = DATELINE.match(text, start, end)
        if dateline is not None:
            start = dateline.end()  # "PORTVILLE — The bridge will close, …"
    start, end = trim_content(text, start, end)
    if end - start < 2:
        return None
    return start, end


RESUME_BRIDGE = regex.compile(r"(?:[^\S\n]+[\p{L}\p{N}'’.\-]+){1,6},[^\S\n]+")
"""A few words and a comma between an attribution and the quote resuming after it:
*"C1," he said on Saturday, "C2."*, *"C1," she told reporters, "C2."* (each word
follows a space and holds none, so the match is linear)."""

RESUME_REACH = 60
"""How far after the attribution :data:`RESUME_BRIDGE` may reach."""


def resume_point(ctx: Context, after: int, sentence: tuple[int, int]) -> int | None:
    """Where a quote resumes after an attribution ending at ``after``: right after it
    (past commas, colons and spaces) or past a short bridge (:data:`RESUME_BRIDGE`)."""
    text = ctx.text
    i = after
    while i < sentence[1] and text[i] in ",: \u00a0":
        i += 1
    q = ctx.quote_containing(i)
    if q is not None and q.start == i:
        return i
    bridge = RESUME_BRIDGE.match(text, after, min(sentence[1], after + RESUME_REACH))
    if bridge is None:
        return None
    q = ctx.quote_containing(bridge.end())
    return bridge.end() if q is not None and q.start == bridge.end() else None


def continuation(ctx: Context, after: int, sentence: tuple[int, int]) -> int | None:
    """``"C1," he said, "C2."``: the end of a quote resuming right after the source
    (:func:`resume_point`)."""
    i = resume_point(ctx, after, sentence)
    q = None if i is None else ctx.quote_containing(i)
    return None if q is None else q.end
