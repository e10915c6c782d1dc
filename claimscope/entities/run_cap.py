"""The longest run of capitalised words the mention finder reads as one candidate.

Real names are short: the longest capitalised runs in news are title-case headlines
of fifteen to twenty words (*The Email That Makes Benghazi Look Way Worse Was Just
Released*), and a name holds a handful (*Ministry of Trade, Industry and Energy*). A
run of hundreds of thousands of words (*U.S. U.S. U.S. …*, initials, a shouted page)
is no name, and read as one it made a single mention as long as the text, whose
tokens, words and type the entity stage held and read all at once: memory and time
that grew faster than the text. Such a run is not a candidate at all.
"""

from __future__ import annotations

import re
from itertools import islice

MAX_RUN_WORDS = 32
"""A capitalised run of more words than this is not a name (headlines in title case,
the longest runs in news, hold about twenty)."""

MIN_LONG_CHARS = 2 * MAX_RUN_WORDS + 1
"""The fewest characters a run of more than :data:`MAX_RUN_WORDS` words can span (a
character a word, one between two): shorter runs are not counted."""

_WORD = re.compile(r"\S+")


def too_long_run(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` holds more than :data:`MAX_RUN_WORDS`
    words; it reads at most that many words plus one, whatever the run's length.

    >>> too_long_run("U.S. " * 40, 0, 199)
    True
    >>> too_long_run("the Ministry of Trade, Industry and Energy", 4, 42)
    False
    """
    if end - start < MIN_LONG_CHARS:
        return False
    words = _WORD.finditer(text, start, end)
    return next(islice(words, MAX_RUN_WORDS, None), None) is not None
