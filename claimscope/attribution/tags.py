"""Shapes of speech tags: the comma or closing quote before an inverted subject, and
the fronted adjunct that is no content before one.

Kept apart from :mod:`.patterns` and :mod:`.what`, which hold the cue patterns and
the content spans; these are the small tests both ask of the words around a tag.
"""

from __future__ import annotations

__all__ = ["adjunct_phrase", "after_comma", "no_inverted_content"]


ADJUNCT_PHRASE_MAX = 6
"""The most words of a fronted prepositional phrase taken for an adjunct only."""

_ADJUNCT_PREPOSITIONS = frozenset(
    "on in at during after before through following despite since with without from amid".split()
)
"""The prepositions of :data:`LEADING_ADJUNCTS` (no clause opener: *When the storm hit*)."""


def adjunct_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the stretch before an inverted subject's comma, is
    only a fronted prepositional phrase (*During the call*, *At the hearing on
    Monday*): no content, as in *During the call, he asked about the budget*."""
    words = text[start:end].split()
    return (
        0 < len(words) <= ADJUNCT_PHRASE_MAX
        and words[0].casefold() in _ADJUNCT_PREPOSITIONS
        and "," not in text[start:end]
    )


def after_comma(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``tokens[k]`` is a comma, or a closing quotation mark right after one
    (*He told the clerk, “C,” the prosecutor said*)."""
    word = tokens[k][2]
    return word == "," or (word in _CLOSING_MARKS and k >= 1 and tokens[k - 1][2] == ",")


_CLOSING_MARKS = frozenset(['"', "”", "’", "'"])
"""Quotation marks that may close a quotation before a speech tag."""


def no_inverted_content(
    text: str, content: tuple[int, int], source: tuple[int, int], resumes: int | None
) -> bool:
    """Whether ``content``, found before an inverted ``source``, is none: a quotation
    resuming after the cue that would reach back over the source, or, with none
    resuming, only a fronted prepositional phrase (*During the call, he asked about
    …*, :func:`adjunct_phrase`)."""
    if resumes is not None:
        return content[1] >= source[0]
    return adjunct_phrase(text, *content)
