"""An attribution inside an object relative clause: *The senator, whom critics accused
of lying, resigned on Monday.* The clause is no tag after a content (*C, critics
said*): *whom* is the object of the cue, the speaker is the subject after it, and the
content is what follows the cue up to the comma that closes the clause
(:func:`whom_said`, one of :mod:`claimscope.attribution.patterns`' readings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimscope.attribution import what
from claimscope.attribution.context import Raw
from claimscope.labels import Rule

if TYPE_CHECKING:
    from claimscope.attribution.patterns import Site

__all__ = ["whom_said"]


def whom_said(site: Site) -> Raw | None:
    """``N, whom X accused of C, …``: X's claim C about N, the source the subject
    after *whom* (which the subject scan may have taken in)."""
    left, tokens = site.left, site.tokens
    if left is None:
        return None
    first = left[0]
    if tokens[first][2].casefold() == "whom" and left[1] - first >= 2:
        first += 1  # "whom critics accused": the scan took "whom" in
    elif first == 0 or tokens[first - 1][2].casefold() != "whom":
        return None
    content = site.content_after
    if content is None:
        return None
    content = what.relative_clause_end(site.text, tokens[site.k_end + 1 :], content)
    src = site.span_of(first, left[1])
    return site.raw(*content, Rule.SAID, src, clause=(src[0], site.cue.end))
