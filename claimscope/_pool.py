"""An order-preserving, memory-bounded parallel map over a process pool.

Used by :meth:`claimscope.Annotator.pipe` and the command line. The input iterable is
read lazily in batches and at most ``max_in_flight`` batches are submitted at once, so
a stream of any length runs in constant memory; results come back in input order.
The function and the items are sent to the workers by pickling, and nothing relies
on state inherited from the parent, so it works with the ``spawn`` start method
(macOS, Windows) as well as ``fork``.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

__all__ = ["ordered_map"]

T = TypeVar("T")
R = TypeVar("R")


def _run_batch(func: Callable[[T], R], batch: list[T]) -> list[tuple[bool, Any]]:
    """Apply ``func`` to a batch inside a worker (module level, so it pickles).

    Each item gives ``(True, result)`` or ``(False, exception)``, so one failing
    item does not hide the results before it.
    """
    out: list[tuple[bool, Any]] = []
    for item in batch:
        try:
            out.append((True, func(item)))
        except Exception as e:
            out.append((False, e))
    return out


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    max_in_flight: int | None = None,
    mp_context: BaseContext | None = None,
) -> Iterator[R]:
    """Yield ``func(item)`` for every item, in input order.

    With ``n_process == 1`` everything runs in this process. Otherwise ``func`` must
    be picklable (a module-level function, a bound method of a picklable object or a
    :func:`functools.partial` of one). ``max_in_flight`` bounds the number of batches
    submitted but not yet yielded (default ``2 * n_process``). An exception raised by
    ``func`` is re-raised here when its item's turn comes, after every earlier result
    has been yielded. Closing the iterator early cancels the work not yet started.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if n_process == 1:
        for item in items:
            yield func(item)
        return
    limit = max_in_flight if max_in_flight is not None else 2 * n_process
    if limit < 1:
        raise ValueError(f"max_in_flight must be >= 1, got {limit}")
    source = iter(items)
    pool = ProcessPoolExecutor(max_workers=n_process, mp_context=mp_context)
    pending: deque[Future[list[tuple[bool, Any]]]] = deque()
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < limit:
                batch = list(itertools.islice(source, batch_size))
                if not batch:
                    exhausted = True
                    break
                pending.append(pool.submit(_run_batch, func, batch))
            if not pending:
                return
            for ok, value in pending.popleft().result():
                if not ok:
                    raise value
                yield value
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
