"""*The agency said C1, but that C2*: a second *that* clause of the same verb after
*, but*, which :func:`claimscope.attribution.what.clause_end` keeps in the content (and
:func:`claimscope.attribution.passes.split_that_clauses` then cuts into two claims),
where *, but* otherwise starts a clause of the writer's."""

from __future__ import annotations

__all__ = ["second_that_clause"]

SUBJECT_OPENERS = frozenset(
    """a all an he her his i its it many more most no our scores she some the their
    there these they this those we you""".split()
)
"""Lower-case words that open the subject of a clause after *that* (*but that it
would*, *but that the talks*), where *that* is a conjunction; before a bare noun
(*but that view was not shared*) it is a determiner (the words of
``passes._CLAUSE_OPENERS``)."""


def second_that_clause(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """Whether ``tokens[j]`` is *that* opening a clause: a subject opener or a
    capitalised word follows."""
    if j + 1 >= len(tokens) or tokens[j][2] != "that":
        return False
    following = tokens[j + 1][2]
    return following.casefold() in SUBJECT_OPENERS or following[:1].isupper()
