"""Sign-offs that close a newsletter or column: *Thanks for reading.*, *Thank you for
watching*, *Vinaka for reading!* (thanks in another language), *Many thanks for
listening, and see you next week.* They thank the reader and state nothing, so they are
page furniture, not claims."""

from __future__ import annotations

import regex

_SIGN_OFF = regex.compile(
    r"(?:thank[ \t]+you|many[ \t]+thanks|thanks(?:[ \t]+again)?|(?!\p{L}+ed\b)\p{L}++)"
    r"(?:[ \t]+(?:so[ \t]+much|very[ \t]+much))?[ \t]+for[ \t]+"
    r"(?:reading|watching|listening|joining[ \t]+us|tuning[ \t]+in)"
    r"(?:[ \t]*+,?[ \t]+and[ \t]+see[ \t]+you\b[^.!?\n]{0,30})?[ \t]*+[.!]*+[ \t]*+",
    regex.I,
)
"""One word of thanks (English or another language), or *thank you* / *many thanks*,
then *for reading* (*watching*, *listening*, *joining us*, *tuning in*), the whole
sentence: a longer sentence (*He was fined for reading the list aloud.*) goes on past
the match."""

_LONGEST_SIGN_OFF = 80


def is_sign_off(sentence: str) -> bool:
    """Whether ``sentence`` (stripped) is all a sign-off of :data:`_SIGN_OFF`."""
    return len(sentence) <= _LONGEST_SIGN_OFF and _SIGN_OFF.fullmatch(sentence) is not None
