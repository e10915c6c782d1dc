"""A description in the headline is no antecedent of the body's descriptions.

A headline in sentence case (*Senators grill FAA nominee*) is read like any sentence,
and its verb may be taken for a noun (*Senators grill FAA nominee* as one phrase
headed by *nominee*); the body names what it means again (*The nominee faced
questions*), so the body's description starts its own entity rather than joining
the headline's phrase.
"""

from __future__ import annotations

__all__ = ["in_headline"]

_SENTENCE_END = frozenset('.!?:;"”’')
"""Characters a line of body text ends with; a headline ends with none of them."""


def in_headline(text: str, start: int) -> bool:
    """Whether offset ``start`` of ``text`` lies on the text's first line and that
    line is a headline: other lines follow it and it ends with no sentence mark.

    >>> in_headline("Senators grill FAA nominee\\n\\nThe nominee said", 0)
    True
    >>> in_headline("The nominee said so.\\nShe left.", 0)
    False
    """
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or start >= end or start < lead:
        return False
    line = text[lead:end].rstrip()
    return bool(line) and line[-1] not in _SENTENCE_END
