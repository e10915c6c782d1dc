"""Confidence labels from cues, keeping the reasons.

The label follows SPEC's precedence: ``denied`` > ``alleged`` > ``hedged`` >
``reported`` > ``asserted``. :func:`label` takes the attribution cue and the other
cues that bear on a claim and returns the label; :func:`reasons` returns the cues that
decided it, so a user can ask *why*.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimscope.model import Confidence, Cue, CueKind

__all__ = ["cue_label", "label", "reasons"]

_STANCE_LABEL = {
    "denial": Confidence.DENIED,
    "distancing": Confidence.ALLEGED,
    "hedging": Confidence.HEDGED,
    "neutral": Confidence.REPORTED,
    "endorsing": Confidence.REPORTED,
}
"""What a reporting cue's stance says about the content it introduces."""

_KIND_LABEL = {
    CueKind.DENIAL: Confidence.DENIED,
    CueKind.DISTANCING: Confidence.ALLEGED,
    CueKind.HEDGE: Confidence.HEDGED,
    CueKind.REPORTING: Confidence.REPORTED,
}


def cue_label(cue: Cue) -> Confidence:
    """Return the label one cue argues for on its own.

    A negated denial (*did not deny*) rejects nothing, so it only reports; a
    negated hedge (*not likely*) still hedges (SPEC); a negated endorsement
    (*could not confirm*, *did not verify*) leaves the content open, so it hedges;
    a negated neutral verb (*did not respond to requests*, *has not mentioned*)
    states a negative fact, which is reported.
    """
    if cue.kind is CueKind.REPORTING:
        stance = cue.stance or "neutral"
        if cue.negated:
            if stance == "denial":
                return Confidence.REPORTED
            if stance == "endorsing":
                return Confidence.HEDGED
            if stance == "neutral":
                return Confidence.REPORTED
        return _STANCE_LABEL.get(stance, Confidence.REPORTED)
    if cue.kind is CueKind.DENIAL and cue.negated:
        return Confidence.REPORTED
    return _KIND_LABEL[cue.kind]


def label(cues: Sequence[Cue], *, attributed: bool) -> Confidence:
    """Return the confidence of a claim with these ``cues``.

    ``attributed`` is false for author-voiced claims, whose floor is ``asserted``;
    attributed claims are at least ``reported``.
    """
    best = Confidence.REPORTED if attributed else Confidence.ASSERTED
    for cue in cues:
        candidate = cue_label(cue)
        if candidate is Confidence.REPORTED and not attributed:
            continue
        if candidate.rank < best.rank:
            best = candidate
    return best


def reasons(cues: Sequence[Cue], confidence: Confidence) -> tuple[Cue, ...]:
    """Return the cues that argue for ``confidence`` (the label's reasons)."""
    return tuple(cue for cue in cues if cue_label(cue) is confidence)
