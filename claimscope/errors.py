"""Exceptions raised by claimscope.

Every exception subclasses :class:`ClaimscopeError` *and* the builtin a caller would
naturally catch, so ``except ValueError`` keeps working for code that does not know
about claimscope.
"""

from __future__ import annotations

__all__ = ["ClaimscopeError", "LexiconError", "SchemaError", "WorkerError"]


class ClaimscopeError(Exception):
    """Base class of every error claimscope raises on purpose."""


class SchemaError(ClaimscopeError, ValueError):
    """A dict or JSON document does not follow the ``claimscope/1`` format."""


class LexiconError(ClaimscopeError, ValueError):
    """A lexicon file (shipped or user supplied) is malformed.

    The message names the file and the line so the entry can be fixed.
    """


class WorkerError(ClaimscopeError, RuntimeError):
    """A worker process of :meth:`~claimscope.Annotator.pipe` died while annotating a
    text, and again when that text was retried alone in a fresh process.

    The message names the text's 0-based position in the input and the cause (e.g.
    killed by ``SIGKILL``, which is what the out-of-memory killer sends). Such a text
    usually needs more memory than the machine has: split it, or annotate it with
    ``n_process=1`` to see the error in this process.

    ``position`` is the text's 0-based position in the input and ``cause`` says how
    the worker ended, in words.
    """

    def __init__(self, message: str, *, position: int = -1, cause: str = "") -> None:
        super().__init__(message)
        self.position = position
        self.cause = cause

    def __reduce__(self) -> tuple[object, ...]:
        return (_worker_error, (str(self), self.position, self.cause))


def _worker_error(message: str, position: int, cause: str) -> WorkerError:
    return WorkerError(message, position=position, cause=cause)
