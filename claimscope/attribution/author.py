"""Author voice: a claim for every remaining declarative sentence.

A sentence no attribution covers is the text's own claim (``author``), unless a
distancing cue (*reportedly*) or an impersonal hedge (*is thought to*) signals an
unnamed source (``unspecified``).
"""

from __future__ import annotations

import regex

from claimscope import confidence as confidence_mod
from claimscope import lexicon
from claimscope._spans import Coverage
from claimscope.attribution import emit
from claimscope.attribution.context import Context, Raw
from claimscope.labels import Rule
from claimscope.model import AUTHOR, Claim, CueKind, QuoteKind

UNNAMED_SOURCE_ADVERBS = lexicon.words("unnamed_source_adverbs")
"""*reportedly*, *allegedly*: an author-voice sentence attributed to nobody named."""

IMPERSONAL_HEDGE = regex.compile(
    r"(?:is|are|was|were|been)\s+(?:thought|believed|understood)\s+to\Z", regex.I
)
"""``X is thought to …``: a hedge that also signals an unnamed source (SPEC
``unspecified``), like *reportedly*."""


def author_claims(ctx: Context, raws: list[Raw], furniture: set[int]) -> list[Claim]:
    """One claim per remaining declarative sentence in the text's own voice."""
    text = ctx.text
    attributed = Coverage([(r.start, r.end) for r in raws] + [r.clause for r in raws if r.clause])
    claims: list[Claim] = []
    for s_index, sentence in enumerate(ctx.sentences):
        if s_index in furniture or attributed.overlaps(*sentence):
            continue
        start, end = sentence
        cues = tuple(
            c
            for c in ctx.cues_between(start, end)
            if c.kind is not CueKind.REPORTING or emit.bears_on_content(c, in_clause=False)
        )
        distancing = [
            c
            for c in cues
            if (c.kind is CueKind.DISTANCING and c.entry in UNNAMED_SOURCE_ADVERBS)
            or (c.kind is CueKind.HEDGE and IMPERSONAL_HEDGE.match(c.entry))
        ]
        if distancing:
            # "The minister has reportedly resigned": attributed, nobody named
            source = emit.UNSPECIFIED
            quote = emit.quote_kind(ctx, start, end, True)
            rule = (
                Rule.REPORTEDLY if distancing[0].kind is CueKind.DISTANCING else Rule.IS_THOUGHT_TO
            )
        else:
            source, quote, rule = AUTHOR, QuoteKind.NONE, Rule.AUTHOR
        claims.append(
            Claim(
                start=start,
                end=end,
                text=text[start:end],
                sentence=s_index,
                quote=quote,
                confidence=confidence_mod.label(cues, attributed=bool(distancing)),
                source=source,
                cue=None,
                cues=cues,
                rule=rule,
            )
        )
    return claims
