"""A named person with an affiliation: *Hans Olsen at the Institute for Atmospheric
Modelling in Kiel*, a subject longer than most that a science page writes before a
place aside (*…, Germany, says*)."""

from __future__ import annotations

__all__ = ["affiliated_name"]

_LINKS = frozenset(("at", "of", "from"))


def affiliated_name(tokens: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` are a name of two or three capitalised words, then
    *at*, *of* or *from* and a capitalised body, perhaps after *the* (*Hans Olsen at
    the Institute for Atmospheric Modelling in Kiel*)."""
    k = start
    while k < end and k - start < 3 and tokens[k][2][:1].isupper():
        k += 1
    if k - start < 2 or k + 1 >= end or tokens[k][2] not in _LINKS:
        return False
    body = k + 2 if tokens[k + 1][2] == "the" and k + 2 < end else k + 1
    return tokens[body][2][:1].isupper()
