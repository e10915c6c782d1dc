"""*Making false statements*: an offence named, not a claim the text rejects.

*He was charged with making false statements to investigators*, *accused of giving
false information*, *filed false reports*: *false* before a claim noun that is the
object of making, giving or filing names an act of lying (often a charge), with no
proposition of the text that it calls untrue. *The false claim that C*, *his
statements were false* still deny.
"""

from __future__ import annotations

import regex

_MADE_FALSE = regex.compile(
    r"\b(?:make|makes|made|making|give|gives|gave|given|giving|file|files|filed|filing"
    r"|submit|submits|submitted|submitting|provide|provides|provided|providing)"
    r"(?:[^\S\n]++\p{Ll}+ly)?[^\S\n]++\Z",
    regex.I,
)
"""A verb of making, giving or filing (perhaps with an adverb: *knowingly made*) right
before the adjective."""


def false_made(text: str, start: int) -> bool:
    """Whether the *false* (or *fake*) at ``start`` is the object's adjective after a
    verb of making, giving or filing (*making false statements*, *knowingly gave false
    information*): the name of an act, no denial."""
    return _MADE_FALSE.search(text, max(0, start - 40), start) is not None
