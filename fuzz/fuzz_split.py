"""How a fuzzer input picks its target: the first byte, modulo the number of targets."""

from __future__ import annotations

from targets import TARGETS

NAMES = sorted(TARGETS)
"""Target names in selector order."""


def split(data: bytes) -> tuple[str, bytes]:
    """Return the target chosen by the first byte of ``data``, and the rest."""
    if not data:
        return NAMES[0], b""
    return NAMES[data[0] % len(NAMES)], data[1:]
