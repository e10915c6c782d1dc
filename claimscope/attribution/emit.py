"""Emitting: from raw attributions to :class:`~claimscope.model.Claim` records.

Types each source phrase (:func:`claimscope.sources.classify`), links it to earlier
mentions (:class:`claimscope.sources.Resolver`), collects the cues that bear on the
claim, tells the quote kind and asks :mod:`claimscope.confidence` for the label.
"""

from __future__ import annotations

from claimscope import confidence as confidence_mod
from claimscope import sources as sources_mod
from claimscope.attribution.context import BY_SPAN, Context, Raw
from claimscope.labels import Rule
from claimscope.model import AUTHOR, Claim, Cue, CueKind, QuoteKind, Source, SourceType, Span

UNSPECIFIED = Source(SourceType.UNSPECIFIED)
"""The source of a claim attributed to nobody in particular (shared: sources are
immutable)."""


def claim_cues(ctx: Context, raw: Raw) -> tuple[Cue, ...]:
    spans = [(raw.start, raw.end)]
    if raw.clause is not None:
        spans.append(raw.clause)
    found: dict[tuple[int, int], Cue] = {}
    if raw.cue is not None:
        found[(raw.cue.start, raw.cue.end)] = raw.cue
    for a, b in spans:
        for cue in ctx.cues_between(a, b):
            if cue.kind is CueKind.REPORTING:
                continue
            found[(cue.start, cue.end)] = cue
    return tuple(sorted(found.values(), key=BY_SPAN))


def quote_kind(ctx: Context, start: int, end: int, attributed: bool) -> QuoteKind:
    """``direct`` when the content is quotation (possibly interrupted by its own
    attribution), ``partial`` when quoted fragments mix with paraphrase, else
    ``indirect``; author-voiced claims are ``none``."""
    if not attributed:
        return QuoteKind.NONE
    quotes = [q for q in ctx.quotes_between(start, end) if q.end <= end]
    enclosing = ctx.quote_containing(start)
    if enclosing is not None and enclosing.start == start and enclosing.end >= end:
        return QuoteKind.DIRECT
    if not quotes:
        return QuoteKind.INDIRECT
    if quotes[0].start == start and quotes[-1].end == end:
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def resolve(ctx: Context, raws: list[Raw]) -> list[Claim]:
    text = ctx.text
    resolver = sources_mod.Resolver()
    claims: list[Claim] = []
    for raw in raws:
        if raw.start >= raw.end:
            continue
        if raw.source is not None and not raw.unspecified:
            a, b = raw.source
            mention_text = text[a:b]
            kind, reason = sources_mod.classify(mention_text)
            if raw.rule == Rule.TRANSCRIPT and reason == "acronym":
                kind = SourceType.PERSON  # a transcript's speaker label: TAPPER:
            if kind is SourceType.UNSPECIFIED:
                source = UNSPECIFIED
            elif kind is SourceType.AUTHOR:
                if ctx.quote_containing(a) is None:
                    source = AUTHOR
                else:
                    source = Source(SourceType.PERSON, mention_text, a, b)
            else:
                entity = resolver.resolve(mention_text, a, b, kind)
                mention = None if (entity.start, entity.end) == (a, b) else Span(mention_text, a, b)
                if raw.relative is not None:
                    r0, r1 = raw.relative
                    mention = Span(text[r0:r1], r0, r1)
                source = Source(entity.type, entity.text, entity.start, entity.end, mention)
        else:
            source = UNSPECIFIED
        chain = []
        for a, b in raw.chain:
            kind, _reason = sources_mod.classify(text[a:b])
            if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
                continue
            entity = resolver.resolve(text[a:b], a, b, kind)
            chain.append(Source(entity.type, entity.text, entity.start, entity.end))
        attributed = source.type is not SourceType.AUTHOR
        cues = claim_cues(ctx, raw)
        label = confidence_mod.label(cues, attributed=attributed)
        sentence = ctx.sentence_of(raw.start)
        claims.append(
            Claim(
                start=raw.start,
                end=raw.end,
                text=text[raw.start : raw.end],
                sentence=sentence,
                quote=quote_kind(ctx, raw.start, raw.end, attributed),
                confidence=label,
                source=source,
                chain=tuple(chain),
                cue=raw.cue,
                cues=cues,
                rule=raw.rule,
            )
        )
    return claims
