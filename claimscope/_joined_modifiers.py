"""*And* inside one source phrase that joins two modifiers of its head noun, not two
sources: *the provincial disaster risk reduction and management office* is one office,
*state and local officials* one group of officials; *the mayor and council members*
stays a mixed group (SPEC: it takes its leading member's type)."""

from __future__ import annotations

from collections.abc import Callable

from claimscope import _grammar

__all__ = ["modifiers_joined"]


def modifiers_joined(leading: str, rest: str, source_noun: Callable[[str], bool]) -> bool:
    """Whether the words before *and* (``leading``) end in no source noun while those
    after it (``rest``) are lower-case words, opened by no determiner, that end in one
    (``source_noun``, for a lower-case word): *and* then joins modifiers of that noun.

    >>> nouns = {"office", "officials", "mayor", "council", "members"}.__contains__
    >>> modifiers_joined("the disaster risk reduction", "management office", nouns)
    True
    >>> modifiers_joined("the mayor", "council members", nouns)
    False
    """
    before, after = leading.split(), rest.split()
    if not before or not after or source_noun(before[-1].casefold()):
        return False
    if after[0].casefold() in _grammar.NP_OPENERS or not all(w.islower() for w in after):
        return False
    return source_noun(after[-1])
