"""Finding the phrases that introduce a pseudonym (*going by the name of*, *known only
as*), without running a pattern at every position of the text.

The pattern :data:`PSEUDONYM_BEFORE` is rare in news, yet trying it at every position
of a long text cost the entity stage as much as finding all its mention candidates.
:func:`pseudonym_cues` finds the same matches as ``PSEUDONYM_BEFORE.finditer``: it
lists, with ``str.find`` on the text lower-cased a slice at a time, every position
where a match could start (before a word every match holds: *by*, *using*, *under*,
*only*, *call*, *nicknamed*, *pseudonym*, *cover*), tries the pattern only there, and
keeps the matches that do not overlap, leftmost first, as ``finditer`` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimscope.cues import lowered_places

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
    words = (*_AT_WORD, "only", *_BEFORE_WORD)
    # ``in`` searches the text at C speed; ``isdisjoint`` would make a string of each
    # of its characters
    folded_apart = any(ch in text for ch in _FOLDED_APART)
    found = None if folded_apart else lowered_places(text, words)
    if found is None:
        yield from PSEUDONYM_BEFORE.finditer(text)
        return
    places = dict(zip(words, found, strict=True))
    starts: set[int] = set()
    for word in _AT_WORD:
        starts.update(places[word])
    starts.update(places["only"])  # "only identified as"
    for word, openers in _BEFORE_WORD.items():
        for at in places[word]:
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
