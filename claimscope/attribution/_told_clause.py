"""A clause between *told X* and a quotation: the quotation only ends the content.

``told X "C"`` quotes C right after the addressee, but in ``told reporters the pause
would stay in place "for as long as hospitals need it"`` the words before the quote
are a reported clause of their own (a verb of its own: *would*), and the quote only
ends it. Used by :func:`claimscope.attribution.what.content_after`.
"""

from __future__ import annotations

from claimscope import _grammar

__all__ = ["clause_before_quote", "past_the_named"]

_FINITE = _grammar.AUXILIARIES | frozenset("may might must won't can't didn't".split())
"""Auxiliaries and modals: one of them makes the words before the quote a clause."""


def clause_before_quote(tokens: list[tuple[int, int, str]], start: int, quote: int) -> bool:
    """Whether the tokens ``[start, quote)`` after *told* hold a finite auxiliary or
    modal: a reported clause that the quotation at ``quote`` only continues."""
    return any(tokens[m][2].casefold() in _FINITE for m in range(start, quote))


_TELL = frozenset("tell tells telling told assure assured assures assuring inform informed".split())
"""Verbs whose first object is always the addressee (*told the Courier she …*); not
*warned* or *promised*, after which *the European Union* may open the content."""


def past_the_named(tokens: list[tuple[int, int, str]], i: int, verb: str) -> int:
    """The token after *the* when *the* and a capitalised word open the addressee of
    ``verb`` (*told the Courier she had felt …*, *told the Senate the bill …*): the
    capitalised run after it is skipped as a name. ``i`` itself otherwise."""
    if (
        verb in _TELL
        and i + 1 < len(tokens)
        and tokens[i][2].casefold() == "the"
        and tokens[i + 1][2][:1].isupper()
    ):
        return i + 1
    return i
