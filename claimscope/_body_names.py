"""What the words of a capitalised name say about the body it names, whatever its
shape: an outlet's name (*Springfield Times*, *Daily Planet*), or a body named for the
nation it serves (*Sport England*, *Fire and Emergency New Zealand*, *Iarnród
Éireann*), which a person's name almost never is."""

from __future__ import annotations

from collections.abc import Sequence

from claimscope import lexicon

_MEDIA_PREFIXES = frozenset(
    e.text for e in lexicon.load("media_patterns") if "prefix" in e.fields[0].split()
)
_MEDIA_SUFFIXES = frozenset(
    e.text for e in lexicon.load("media_patterns") if "suffix" in e.fields[0].split()
)
"""Words that mark a capitalised name as a news outlet when it ends (*Springfield
Times*) or starts (*Daily Planet*) with them (``lexicons/media_patterns.txt``)."""


def is_media_name(words: Sequence[str]) -> bool:
    """Whether a capitalised name is an outlet's by its first or last word.

    >>> is_media_name(("The", "Springfield", "Gazette's")), is_media_name(("Post", "Office"))
    (True, False)
    """
    names = [w.rstrip(".") for w in words if w.casefold() != "the"]
    if not names:
        return False
    last = names[-1]
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    # "The Star-Ledger": a hyphenated last word counts by its parts
    if last in _MEDIA_SUFFIXES or any(part in _MEDIA_SUFFIXES for part in last.split("-")):
        return True
    return len(names) > 1 and names[0] in _MEDIA_PREFIXES  # "Sunday" alone is no outlet
