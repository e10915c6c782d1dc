"""Exceptions raised by claimscope.

Every exception subclasses :class:`ClaimscopeError` *and* the builtin a caller would
naturally catch, so ``except ValueError`` keeps working for code that does not know
about claimscope.
"""

from __future__ import annotations

__all__ = ["ClaimscopeError", "LexiconError", "SchemaError"]


class ClaimscopeError(Exception):
    """Base class of every error claimscope raises on purpose."""


class SchemaError(ClaimscopeError, ValueError):
    """A dict or JSON document does not follow the ``claimscope/1`` format."""


class LexiconError(ClaimscopeError, ValueError):
    """A lexicon file (shipped or user supplied) is malformed.

    The message names the file and the line so the entry can be fixed.
    """
