"""The shortcut of :func:`claimscope.learned.decide`: the bounds of what a
candidate's subject features can add to its score, so that a candidate whose other
features already settle its action is not given the rule engine's subject scan."""

from __future__ import annotations

import functools

from claimscope._weights import load_weights
from claimscope.model import Cue

__all__: list[str] = []


_SUBJECT = "subj"
"""The prefix of the subject features (:func:`claimscope.learned._subject_features`)."""

_MARGIN = 1e-6
"""Kept between a bound and a threshold: far more than the rounding of a sum of a
few dozen weights, so a decision taken on the bounds is the one the full score takes."""


def _subject_bounds(weights: dict[str, float]) -> tuple[float, float]:
    """The least and the most the subject features of one candidate can add to its
    score: the features are either ``subj=none|S`` alone, or ``subj=K`` with
    ``subj|b=K|B`` and perhaps ``subj=source`` (or none at all), and a feature the
    model lacks weighs zero. A ``subj|b=`` feature counts for every kind its text
    might begin with, which can only widen the bounds."""
    subject = {f: w for f, w in weights.items() if f.startswith(_SUBJECT)}
    lone = [w for f, w in subject.items() if f.startswith("subj=none|")]
    pairs = [f for f in subject if f.startswith("subj|b=")]
    kinds = {f[len("subj=") :] for f in subject if f.startswith("subj=")}
    kinds |= {f[len("subj|b=") :].partition("|")[0] for f in pairs}
    kinds -= {"source"}
    high = low = 0.0
    for kind in kinds:
        with_bound = [subject[f] for f in pairs if f.startswith(f"subj|b={kind}|")]
        own = subject.get("subj=" + kind, 0.0)
        high = max(high, own + max([0.0, *with_bound]))
        low = min(low, own + min([0.0, *with_bound]))
    source = subject.get("subj=source", 0.0)
    high, low = high + max(source, 0.0), low + min(source, 0.0)
    return min([low, *lone]), max([high, *lone])


@functools.cache
def _shipped_bounds() -> tuple[float, float]:
    return _subject_bounds(load_weights().weights)


def _settled(
    partial: float, rule: Cue | None, limits: tuple[float, float], bounds: tuple[float, float]
) -> str | None:
    """The action on a candidate whose score without its subject features is
    ``partial``, when whatever those features add cannot change it; else None. An
    added cue needs its full score (its reason shows it), so it is never settled."""
    add, veto = limits
    low, high = bounds
    if rule is None:
        return "ignored" if partial + high + _MARGIN < add else None
    if partial + low - _MARGIN >= veto:
        return "kept"
    if partial + high + _MARGIN < veto:
        return "vetoed"
    return None
