"""Verbs of finding used where they report nothing.

*The prize could help the book find readers abroad*: a bare *find* after *help* (or
*let*, *make*) and its object is what the object gets, not a finding; *help police
find the driver* the same. :func:`caused_finding` finds these. *Two men argued outside
the shop*: a verb of raising one's voice followed by where (or with whom) it happened
says nothing (:func:`where_or_with_whom`).

(*He was writing a novel*, *wrote a memoir*, are left as they are: PolNeAR counts
*write* with a work as its object as an attribution.)
"""

from __future__ import annotations

import regex

from claimscope.model import Cue

_CAUSATIVE_BEFORE = regex.compile(
    r"\b(?:help|helps|helped|helping|let|lets|letting|make|makes|making)"
    r"(?:[ \t]++(?!(?:that|what|how|whether|if)\b)[\p{L}\p{N}'’-]++){0,3}+[ \t]++\Z",
    regex.I,
)
"""*help*, *let* or *make* and up to three words of its object right before the cue."""

_WINDOW = 50


def caused_finding(text: str, cue: Cue) -> bool:
    """Whether ``cue`` is a bare *find* or *discover* after *help*/*let*/*make* and
    its object (:data:`_CAUSATIVE_BEFORE`)."""
    if cue.text.casefold() not in ("find", "discover"):
        return False
    return _CAUSATIVE_BEFORE.search(text, max(0, cue.start - _WINDOW), cue.start) is not None


_VOICE_VERBS = frozenset("argue chant shout yell".split())
"""Verbs of raising one's voice whose object can be where or with whom one did it."""

_WHERE_OR_WITH = frozenset(
    "outside inside near behind beside across along around opposite with".split()
)
"""Prepositions that open where one spoke or with whom (*argued outside the shop*,
*shouted outside the embassy*, *argued with her neighbour*)."""


_CLAUSE_LATER = regex.compile(r"\bthat\b|[:\"“‘]")
"""What opens the words said further on (*shouted outside the embassy that C*, *…:
“…”*)."""


def where_or_with_whom(entry: str, text: str, start: int, end: int) -> bool:
    """Whether the content ``text[start:end]`` of a verb of raising one's voice
    (``entry``) is only where it happened or with whom (:data:`_WHERE_OR_WITH`), no
    proposition: *Two men argued outside the shop before the police arrived*."""
    if entry not in _VOICE_VERBS:
        return False
    content = text[start:end]
    if content.split(" ", 1)[0] not in _WHERE_OR_WITH:
        return False
    return _CLAUSE_LATER.search(content) is None  # "shouted outside the embassy that C"
