"""Verbs of finding used where they report nothing.

*The prize could help the book find readers abroad*: a bare *find* after *help* (or
*let*, *make*) and its object is what the object gets, not a finding; *help police
find the driver* the same. :func:`caused_finding` finds these.

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
