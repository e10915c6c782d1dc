"""The tabloid's quote-first lede: *"C." That's what a source close to the star told
The Sun.* (:func:`thats_what_said`, one of :mod:`claimscope.attribution.patterns`'
readings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from claimscope.attribution.context import Raw
from claimscope.labels import Rule

if TYPE_CHECKING:
    from claimscope.attribution.patterns import Site

__all__ = ["thats_what_said"]


_THATS_WHAT = regex.compile(r"(?:That|This)(?:['’]s|[^\S\n]+(?:is|was))[^\S\n]+what[^\S\n]+")
"""*That's what a source close to the star told The Sun*: the tabloid's quote-first
lede, whose content is the quotation just before."""


def thats_what_said(site: Site) -> Raw | None:
    """``"C." That's what X told Y``: the content is the quotation that makes up the
    sentence before (the quote opening the story), the source the subject between
    *what* and the cue. After a sentence of prose, *That's what media bosses want*
    is a claim of its own, whose content is the pronoun."""
    opening = _THATS_WHAT.match(site.text, site.sentence[0], site.cue.start)
    if opening is None or site.left is None or site.s_index == 0:
        return None
    src = site.span_of(site.left[0], site.left[1])
    if src[0] != opening.end():
        return None
    ps, pe = site.ctx.sentences[site.s_index - 1]
    while pe > ps and site.text[pe - 1].isspace():
        pe -= 1
    q = site.ctx.quote_ending_at(pe)
    if q is None or q.start != ps:
        # after prose, *That's what media bosses want, too*: the claim is the
        # pronoun, which points back to the sentence before (as PolNeAR marks it)
        if _NOTHING_AFTER.match(site.text, site.cue.end) is None:
            return None
        pronoun = (opening.start(), opening.start() + 4)
        clause = (src[0], site.cue.end)
        return Raw(*pronoun, site.s_index, Rule.SAID, site.cue, src, clause=clause)
    return Raw(q.start, q.end, site.s_index - 1, Rule.THATS_ACCORDING_TO, site.cue, src)


_NOTHING_AFTER = regex.compile(
    r"(?:[^\S\n]*+,)?[^\S\n]*+(?:(?:too|also|either|now|today)\b[^\S\n]*+)?(?:[.,;!]|—|–|\Z)",
    regex.IGNORECASE,
)
"""What may follow the cue in *That's what X want(, too)*: an additive or time
adverb, then the sentence or clause ends (no clause of the cue's own)."""
