"""The weights file of a small linear model: read, written, and scored.

A model is a dictionary of floats keyed by feature string, shipped as text under
``weights/`` (``# name: value`` header lines, then sorted ``feature<TAB>weight``
lines) and read once, lazily. :mod:`claimscope.learned` (the cue model) and
:mod:`claimscope.source_ranker` score with it; ``tools/train.py`` writes it.
:mod:`claimscope.learned` re-exports everything here.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from importlib import resources

import attrs

from claimscope.errors import LexiconError

__all__ = [
    "DECIMALS",
    "FORMAT_VERSION",
    "Weights",
    "format_weights",
    "load_weights",
    "parse_weights",
]

FORMAT_VERSION = 1
"""The version of the weights file format (the ``# format:`` header line)."""


@attrs.frozen
class Weights:
    """A linear model read from a weights file: its header fields and its weights."""

    header: tuple[tuple[str, str], ...]
    weights: dict[str, float] = attrs.field(eq=False)

    def score(self, feats: Iterable[str]) -> float:
        """The model's score for a feature set: above zero means *opens an attribution*."""
        # summed in feature order, as before: the same float to the last bit
        return sum(map(self.weights.get, feats, _NO_WEIGHT))

    def field(self, name: str) -> str:
        """The value of header field ``name`` (``""`` when absent)."""
        return dict(self.header).get(name, "")


_NO_WEIGHT = itertools.repeat(0.0)
"""The weight of a feature the model does not know, for every feature."""

DECIMALS = 4
"""Weights are written rounded to this many decimals, so the file is byte-stable."""


def format_weights(header: Sequence[tuple[str, str]], weights: dict[str, float]) -> str:
    """Render a weights file: ``# name: value`` header lines, then sorted
    ``feature<TAB>weight`` lines. Zero weights (after rounding) are left out; the
    header gains the ``format`` and ``features`` fields."""
    rows = []
    for name in sorted(weights):
        value = round(weights[name], DECIMALS)
        if value == 0.0:
            continue
        if "\t" in name or "\n" in name:
            raise ValueError(f"feature {name!r} holds a tab or newline; features must not")
        rows.append(f"{name}\t{value:.{DECIMALS}f}")
    lines = [f"# format: {FORMAT_VERSION}"]
    lines += [f"# {k}: {v}" for k, v in header if k not in ("format", "features")]
    lines.append(f"# features: {len(rows)}")
    return "\n".join(lines + rows) + "\n"


def parse_weights(content: str, *, name: str = "<string>") -> Weights:
    """Parse a weights file, raising :class:`~claimscope.errors.LexiconError` naming
    ``name`` and the line when it is malformed, of another format version, or its
    ``features`` count disagrees with its lines."""
    header: list[tuple[str, str]] = []
    weights: dict[str, float] = {}
    for number, line in enumerate(content.splitlines(), start=1):
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep:
                header.append((key.strip(), value.strip()))
            continue
        if not line:
            continue
        feature, sep, value = line.rpartition("\t")
        try:
            weight = float(value)
        except ValueError:
            weight = float("nan")
        if not sep or not feature or weight != weight:
            raise LexiconError(f"{name}, line {number}: expected 'feature<TAB>weight'")
        weights[feature] = weight
    fields = dict(header)
    if fields.get("format") != str(FORMAT_VERSION):
        raise LexiconError(
            f"{name}: weights format {fields.get('format')!r}, this claimscope reads "
            f"format {FORMAT_VERSION}; retrain with tools/train.py"
        )
    if fields.get("features") != str(len(weights)):
        raise LexiconError(
            f"{name}: header says {fields.get('features')} features, file has {len(weights)}"
        )
    return Weights(tuple(header), weights)


@functools.cache
def load_weights(name: str = "cues") -> Weights:
    """Return the shipped weights ``weights/<name>.txt``, read once."""
    resource = resources.files("claimscope") / "weights" / f"{name}.txt"
    try:
        content = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"no shipped weights named {name!r}") from None
    return parse_weights(content, name=f"weights/{name}.txt")
