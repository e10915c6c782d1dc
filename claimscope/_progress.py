"""How far one annotation has got, for a caller that shows it (the CLI's bar).

The stages call :func:`report` as they go; it does nothing unless a caller has
installed a sink with :func:`reporting` (a context variable, so a sink sees only the
annotations of its own thread). A report never changes what the stages compute.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

__all__ = ["STAGES", "Sink", "report", "reporting"]

Sink = Callable[[str, float], None]
"""Receives the stage's name and the share of the whole annotation done (0 to 1)."""

STAGES: dict[str, tuple[float, float]] = {
    "segmenting": (0.0, 0.14),
    "finding quotes": (0.14, 0.24),
    "finding cues": (0.24, 0.41),
    "finding page furniture": (0.41, 0.57),
    "attributing": (0.57, 0.81),
    "resolving sources": (0.81, 0.98),
}
"""Each stage's share of the time of annotating a long news text, as the start and
end of its slice of the bar (measured on PolNeAR dev joined into one 1.2 MB text:
segmentation 14 %, quotes 10 %, cues 17 %, then the attribution stage's parts)."""

_SINK: ContextVar[Sink | None] = ContextVar("claimscope_progress", default=None)


def report(stage: str, done: int = 0, total: int = 0) -> None:
    """Say that ``stage`` (a key of :data:`STAGES`) has reached character ``done`` of
    ``total`` (at its start when ``total`` is 0)."""
    sink = _SINK.get()
    if sink is None:
        return
    low, high = STAGES[stage]
    share = min(done / total, 1.0) if total > 0 else 0.0
    sink(stage, low + (high - low) * share)


@contextlib.contextmanager
def reporting(sink: Sink | None) -> Iterator[None]:
    """Send the reports of the annotations run in this context to ``sink``."""
    token = _SINK.set(sink)
    try:
        yield
    finally:
        _SINK.reset(token)
