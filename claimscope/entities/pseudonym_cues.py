"""Finding the phrases that introduce a pseudonym (*going by the name of*, *known only
as*), without running a pattern at every position of the text.

The pattern :data:`PSEUDONYM_BEFORE` is rare in news, yet trying it at every position
of a long text cost the entity stage as much as finding all its mention candidates.
:func:`pseudonym_cues` finds the same matches as ``PSEUDONYM_BEFORE.finditer``: it
lists, with ``str.find`` on the lower-cased text (a slice at a time), every position where a match could
start (before a word every match holds: *by*, *using*, *under*, *only*, *call*,
*nicknamed*, *pseudonym*, *cover*), tries the pattern only there, and keeps the
matches that do not overlap, leftmost first, as ``finditer`` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PSEUDONYM_BEFORE = re.compile(
    # the lookahead holds the first letters of the alternatives: a cheap first test at
    # every position of the text, which the engine would otherwise enter all of
    r"(?=[gwukiocnat])\b(?:(?:going|goes|went|go)\s+by(?:\s+the\s+(?:name|pseudonym)(?:\s+of)?)?"
    r"|(?:using|under)\s+the\s+(?:name|pseudonym)(?:\s+of)?"
    r"|known\s+only\s+as|identified\s+only\s+as|only\s+identified\s+as"
    r"|(?:called|calls\s+(?:himself|herself|themselves)|nicknamed)(?=\s+[\"'“‘])"
    r"|a\s+pseudonym|the\s+pseudonym|the\s+cover\s+name)"
    r"\s+[\"'“‘]?",
    re.I,
)
"""What introduces a name the text marks as not real (a pseudonym or cover name); the
name starts where the match ends."""

_FOLDED_APART = frozenset("ſı")
"""Characters the case-blind engine takes for a letter of the pattern (*s*, *i*) that
``str.lower`` leaves as they are: a text holding one is searched the plain way. (The
others the engine folds, such as the Kelvin sign, lower-case to the letter; one that
lower-cases to two characters changes the text's length, which is checked.)"""

_AT_WORD = ("using", "under", "call", "nicknamed")
"""Words at which a match starts (*calls himself*, *called* begin with *call*)."""

_BEFORE_WORD = {
    "by": ("going", "goes", "went", "go"),
    "only": ("known", "identified"),
    "pseudonym": ("a", "the"),
    "cover": ("the",),
}
"""Words a match holds after white space, with the words that may open it before."""


def pseudonym_cues(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`PSEUDONYM_BEFORE` in ``text``, as its ``finditer``
    gives them."""
    if _GROWS in text or not _FOLDED_APART.isdisjoint(text):
        yield from PSEUDONYM_BEFORE.finditer(text)
        return
    starts: set[int] = set()
    found = _folded_occurrences(text, (*_AT_WORD, "only", *_BEFORE_WORD))
    for word in _AT_WORD:
        starts.update(found[word])
    starts.update(found["only"])  # "only identified as"
    for word, openers in _BEFORE_WORD.items():
        for at in found[word]:
            k = at
            while k > 0 and text[k - 1].isspace():  # as lower-cased: no case has spaces
                k -= 1
            if k == at:
                continue  # the pattern puts white space before the word
            for opener in openers:
                if k >= len(opener) and text[k - len(opener) : k].lower() == opener:
                    starts.add(k - len(opener))
    done = 0
    match = PSEUDONYM_BEFORE.match
    for start in sorted(starts):
        if start >= done:
            m = match(text, start)
            if m is not None:
                done = m.end()
                yield m


_GROWS = "\u0130"
"""The one character ``str.lower`` makes longer (``İ`` to ``i̇``): in a text holding
it, offsets in a lower-cased copy are not the text's."""

_SLICE = 1 << 16
"""Characters lower-cased at a time by :func:`_folded_occurrences`."""


def _folded_occurrences(text: str, words: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each of ``words`` (lower case) occurs in ``text.lower()``, which keeps
    the text's length (see :data:`_GROWS`): lower-cased a slice at a time, each
    slice reaching far enough into the next to hold a word starting in it, never
    the whole text at once (a copy as big as the text, and twice that while its
    pieces are joined: the entity stage's peak of memory)."""
    found: dict[str, list[int]] = {w: [] for w in words}
    reach = max(map(len, words)) - 1
    for lo in range(0, len(text), _SLICE):
        hi = lo + _SLICE
        low = text[lo : hi + reach].lower()
        for word, at in found.items():
            k = low.find(word)
            while 0 <= k < _SLICE:
                at.append(lo + k)
                k = low.find(word, k + 1)
    return found
