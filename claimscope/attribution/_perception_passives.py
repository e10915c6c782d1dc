"""Reporting participles after a passive verb of perception.

In *Rakeyia Doe can be heard yelling to the officers that C* and *One officer could be
seen asking the driver to step out*, the passive participle before the *-ing* cue
(*heard*, *seen*) is no speaker: the speaker is the subject of the passive, before
*can be heard*. :func:`over_perception` steps the subject search back over the
participle, so that the auxiliaries before it are stepped over as usual.
"""

from __future__ import annotations

_PERCEIVED = frozenset(
    "heard overheard seen filmed recorded shown pictured caught spotted observed captured"
    " photographed videotaped".split()
)
"""Participles of verbs of perception and recording whose passive takes an *-ing* form
(*was heard saying*, *were filmed chanting*)."""

_BE = frozenset("be been being is are was were".split())


def over_perception(tokens: list[tuple[int, int, str]], j: int) -> int:
    """The token before ``tokens[j]`` when ``tokens[j]`` is a perception participle
    (:data:`_PERCEIVED`) after a form of *be* and before an *-ing* cue (*can be heard
    saying*), else ``j``."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j][2] not in _PERCEIVED:
        return j
    if tokens[j - 1][2].casefold() not in _BE or not tokens[j + 1][2].endswith("ing"):
        return j
    return j - 1
