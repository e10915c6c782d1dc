"""A leading concessive clause is not part of a content.

*While the agency did not disclose the amount, the fine is the largest in its
history, two officials said*: the officials say the fine is the largest, and the
clause before the comma is the writer's concession (its own subject and verb), so
the content starts after it. A cue inside that clause (*Although the council did not
confirm the cost, …*) reports only up to the comma that closes it.
"""

from __future__ import annotations

import regex

from claimscope.model import Cue

_LEADING = regex.compile(
    r"[^\S\n]*+(?:while|although|though|even[^\S\n]+though|whereas)[^\S\n]"
    r"[^,;:.!?\"“”\n]{1,160}+,",
    regex.I,
)
"""A sentence opened by a concessive subordinator, up to the comma that closes it."""


def clip(text: str, sentence: tuple[int, int], cue: Cue, start: int, end: int) -> tuple[int, int]:
    """The content ``text[start:end]`` of ``cue`` with a leading concessive clause of
    the sentence left out: the part of the content on the cue's side of its comma."""
    m = _LEADING.match(text, sentence[0], sentence[1])
    if m is None:
        return start, end
    comma = m.end() - 1
    if cue.start < comma < end and start < comma:
        return start, comma
    if cue.start > comma and start < comma < end:
        after = comma + 1
        while after < end and text[after].isspace():
            after += 1
        return after, end
    return start, end
