"""An order-preserving, memory-bounded parallel map over a process pool.

Used by :meth:`claimscope.Annotator.pipe` and the command line. The input iterable is
read lazily in batches and at most ``max_in_flight`` batches are submitted at once, so
a stream of any length runs in constant memory; results come back in input order.
The function and the items are sent to the workers by pickling, and nothing relies
on state inherited from the parent, so it works with the ``spawn`` start method
(macOS, Windows) as well as ``fork``.

Failures are contained:

* **A worker dies** (killed by a signal -- the out-of-memory killer sends
  ``SIGKILL`` -- or exiting abruptly): the pool is broken and every batch in flight
  with it. Those batches are retried once in a fresh pool, one item at a time, so an
  item that kills its worker again is known exactly; only that item fails, with a
  :class:`~claimscope.errors.WorkerError` naming its position and the cause (or, when
  ``on_worker_death`` is given, with whatever that function makes of it). The run
  goes on with a fresh pool.
* **The parent dies** (any signal, ``SIGKILL`` included): each worker runs a watchdog
  thread that polls its parent's pid every :data:`WATCHDOG_INTERVAL` seconds and ends
  the worker when it changes (the worker was re-parented), so no worker outlives the
  parent by more than about a second (POSIX; on Windows the pool's own shutdown applies).
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import Any, TypeVar

from claimscope.errors import WorkerError

__all__ = ["WATCHDOG_INTERVAL", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

WATCHDOG_INTERVAL = 0.25
"""Seconds between a worker's checks that its parent is still alive."""


def _watch_parent() -> None:
    """Pool initializer: end this worker as soon as the process that started it is gone.

    A worker blocked on the pool's queue never notices on its own that the parent was
    killed, so a daemon thread compares ``os.getppid()`` with its value at start-up
    (the parent, or the fork server under ``forkserver``, which itself ends with the
    parent) and calls ``os._exit`` once the worker has been re-parented.
    """
    if os.name != "posix":  # pragma: no cover - Windows does not re-parent
        return
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_INTERVAL)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="claimscope-watchdog", daemon=True).start()


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


def _death_cause(processes: dict[int, Any]) -> str:
    """Say how the pool's dead worker ended, from the exit codes the pool kept."""
    causes = []
    for process in processes.values():
        code = getattr(process, "exitcode", None)
        if code is None or code == 0 or code == -signal.SIGTERM:
            continue  # still running, or ended by the pool's own clean-up
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            hint = " (what the out-of-memory killer sends)" if -code == signal.SIGKILL else ""
            causes.append(f"killed by {name}{hint}")
        else:
            causes.append(f"ended with exit status {code}")
    if not causes:
        return "a worker process ended abruptly"
    return "a worker process was " + causes[0]


class _Pool:
    """A process pool that can be replaced when a worker dies."""

    def __init__(self, n_process: int, mp_context: BaseContext | None) -> None:
        self.n_process = n_process
        self.mp_context = mp_context
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.n_process, mp_context=self.mp_context, initializer=_watch_parent
        )

    def submit(self, func: Callable[[T], R], batch: list[T]) -> Future[list[tuple[bool, Any]]]:
        try:
            return self.executor.submit(_run_batch, func, batch)
        except BrokenProcessPool:
            # Broken between two results: a future that fails the same way lets the
            # caller handle it in one place.
            failed: Future[list[tuple[bool, Any]]] = Future()
            failed.set_exception(BrokenProcessPool("the process pool is broken"))
            return failed

    def renew(self) -> str:
        """Replace a broken pool with a fresh one; return why the old one broke."""
        processes = dict(getattr(self.executor, "_processes", None) or {})
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()
        return _death_cause(processes)

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    max_in_flight: int | None = None,
    mp_context: BaseContext | None = None,
    on_worker_death: Callable[[T, WorkerError], R] | None = None,
    on_retry: Callable[[str], None] | None = None,
) -> Iterator[R]:
    """Yield ``func(item)`` for every item, in input order.

    With ``n_process == 1`` everything runs in this process. Otherwise ``func`` must
    be picklable (a module-level function, a bound method of a picklable object or a
    :func:`functools.partial` of one). ``max_in_flight`` bounds the number of batches
    submitted but not yet yielded (default ``2 * n_process``). An exception raised by
    ``func`` is re-raised here when its item's turn comes, after every earlier result
    has been yielded. Closing the iterator early cancels the work not yet started.

    When a worker process dies, the batches it took down are retried once, item by
    item, in a fresh pool. An item whose retry kills its worker too gives
    ``on_worker_death(item, error)`` in its place, or, without that function, raises
    the :class:`~claimscope.errors.WorkerError` ``error`` (naming the item's 0-based
    position and the cause) when its turn comes. ``on_retry(cause)`` is called each
    time a dead worker's batches are about to be retried (e.g. to tell the user).
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
    pool = _Pool(n_process, mp_context)
    # Each entry: (position of the batch's first item, the batch, its future).
    pending: deque[tuple[int, list[T], Future[list[tuple[bool, Any]]]]] = deque()
    position = 0
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < limit:
                batch = list(itertools.islice(source, batch_size))
                if not batch:
                    exhausted = True
                    break
                pending.append((position, batch, pool.submit(func, batch)))
                position += len(batch)
            if not pending:
                return
            try:
                outcomes: list[tuple[bool, Any]] | None = pending[0][2].result()
            except BrokenProcessPool:
                outcomes = None
            if outcomes is None:
                # A worker died: every batch in flight went down with the pool.
                cause = pool.renew()
                if on_retry is not None:
                    on_retry(cause)
                broken = list(pending)
                pending.clear()
                for ok, value in _retry(pool, func, broken, on_worker_death):
                    if not ok:
                        raise value
                    yield value
                continue
            pending.popleft()
            for ok, value in outcomes:
                if not ok:
                    raise value
                yield value
    finally:
        pool.shutdown()


def _retry(
    pool: _Pool,
    func: Callable[[T], R],
    broken: list[tuple[int, list[T], Future[list[tuple[bool, Any]]]]],
    on_worker_death: Callable[[T, WorkerError], R] | None,
) -> Iterator[tuple[bool, Any]]:
    """Run the items of the batches a dead worker took down once more, one at a time
    in ``pool``, so an item that kills its worker again is known exactly.

    Batches that finished before the pool broke keep their results.
    """
    for first, batch, future in broken:
        if future.done() and not future.cancelled() and future.exception() is None:
            yield from future.result()
            continue
        for offset, item in enumerate(batch):
            try:
                (outcome,) = pool.submit(func, [item]).result()
            except BrokenProcessPool:
                again = pool.renew()
                n = first + offset
                error = WorkerError(
                    f"item {n} (of the batch of items {first}-{first + len(batch) - 1}): "
                    f"{again} while annotating it, also when retried alone in a fresh "
                    "process",
                    position=n,
                    cause=again,
                )
                if on_worker_death is None:
                    yield False, error
                else:
                    yield True, on_worker_death(item, error)
                continue
            yield outcome
