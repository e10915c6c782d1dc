"""Emitting: from raw attributions to :class:`~claimscope.model.Claim` records.

Types each source phrase (:func:`claimscope.sources.classify`), links it to earlier
mentions (:class:`claimscope.sources.Resolver`), collects the cues that bear on the
claim, tells the quote kind and asks :mod:`claimscope.confidence` for the label.
"""

from __future__ import annotations

import regex

from claimscope import confidence as confidence_mod
from claimscope import sources as sources_mod
from claimscope.attribution.context import BY_SPAN, Context, Raw
from claimscope.attribution.relative_cues import in_relative_clause
from claimscope.labels import Rule
from claimscope.model import (
    AUTHOR,
    Claim,
    Cue,
    CueKind,
    QuoteKind,
    Source,
    SourceType,
    Span,
    trusted_claim,
    trusted_source,
    trusted_span,
)

UNSPECIFIED = Source(SourceType.UNSPECIFIED)

_ACCORDING = (Rule.ACCORDING_TO_LEADING, Rule.ACCORDING_TO_TRAILING, Rule.THATS_ACCORDING_TO)
"""The source of a claim attributed to nobody in particular (shared: sources are
immutable)."""


def bears_on_content(cue: Cue, *, in_clause: bool) -> bool:
    """Whether a reporting cue that is not a claim's own cue still bears on the claim.

    In the attribution clause a verb of doubt, distance or denial does (*falsely
    claimed*, *publicly doubted*). In the content only an attitude verb does (*said
    voters believe …*): a denial or a distancing verb there belongs to someone the
    content names (*the figures, which the union disputes, were accurate*), a gerund
    is no attitude held (*cautious of believing assertions*), and a neutral verb
    (*said the mayor told her*) says nothing about the content.
    """
    if in_clause:
        return cue.stance in ("hedging", "distancing", "denial")
    return cue.stance == "hedging" and cue.text[-3:].lower() != "ing"


def claim_cues(ctx: Context, raw: Raw) -> tuple[Cue, ...]:
    """The cues that bear on a raw claim: its own cue, every hedge, distancing and
    denial cue in its content or attribution clause, and the reporting cues that
    :func:`bears_on_content` keeps."""
    spans = [(raw.start, raw.end, False)]
    if raw.clause is not None:
        spans.append((raw.clause[0], raw.clause[1], True))
    found: dict[tuple[int, int], Cue] = {}
    if raw.cue is not None:
        found[(raw.cue.start, raw.cue.end)] = raw.cue
        for cue in governing_cues(ctx, raw.cue):
            found[(cue.start, cue.end)] = cue
    for a, b, in_clause in spans:
        for cue in ctx.cues_between(a, b):
            if cue.kind is CueKind.REPORTING and not (
                # inside a quotation the cue finder already made the attitude verbs
                # that take a proposition hedges; the verbs left are other senses
                bears_on_content(cue, in_clause=in_clause)
                and ctx.quote_containing(cue.start) is None
                and (in_clause or not in_relative_clause(ctx.text, cue.start))
            ):
                continue
            found[(cue.start, cue.end)] = cue
    return tuple(sorted(found.values(), key=BY_SPAN))


_GOVERNING_GAP = regex.compile(r"[^\S\r\n]++(?:\w++ly[^\S\r\n]++)?")
"""What may stand between a hedge and the speech verb it governs: a space and at
most one adverb (*appeared to publicly blame*)."""


def governing_cues(ctx: Context, cue: Cue) -> list[Cue]:
    """The hedge, distancing and denial cues right before a claim's own cue that
    govern it (*appeared to blame*, *seemed to suggest*, *reportedly told*,
    *falsely claimed*): they bear on the claim whatever the attribution clause
    spans, even when the speaker is a shared subject (*X, in an interview,
    appeared to blame Y*)."""
    text = ctx.text
    return [
        c
        for c in ctx.cues_between(max(0, cue.start - 40), cue.start)
        if c.kind is not CueKind.REPORTING
        and _GOVERNING_GAP.fullmatch(text, c.end, cue.start) is not None
    ]


def quote_kind(ctx: Context, start: int, end: int, attributed: bool) -> QuoteKind:
    """``direct`` when the content is quotation (possibly interrupted by its own
    attribution), ``partial`` when quoted fragments mix with paraphrase, else
    ``indirect``; author-voiced claims are ``none``."""
    if not attributed:
        return QuoteKind.NONE
    quotes = [q for q in ctx.quotes_between(start, end) if q.end <= end]
    enclosing = ctx.quote_containing(start)
    if (
        enclosing is not None
        and enclosing.end >= end
        and (enclosing.start == start or ctx.paragraphs[ctx.paragraph_of(start)][0] == start)
    ):
        return QuoteKind.DIRECT  # the quotation, or a paragraph of one set off as a block
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
            if raw.rule in _ACCORDING and sources_mod.unowned_reports(mention_text):
                kind = SourceType.UNSPECIFIED  # "according to reports": nobody named
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
                mention = None
                if (entity.start, entity.end) != (a, b):
                    mention = _span(mention_text, a, b)
                if raw.relative is not None:
                    r0, r1 = raw.relative
                    mention = _span(text[r0:r1], r0, r1)
                source = _source(entity.type, entity.text, entity.start, entity.end, mention)
        else:
            source = UNSPECIFIED
        chain = []
        for a, b in raw.chain:
            if a == b:
                chain.append(UNSPECIFIED)  # relayed by nobody named (*were said to*)
                continue
            kind, _reason = sources_mod.classify(text[a:b])
            if kind in (SourceType.AUTHOR, SourceType.UNSPECIFIED):
                continue
            entity = resolver.resolve(text[a:b], a, b, kind)
            chain.append(_source(entity.type, entity.text, entity.start, entity.end, None))
        attributed = source.type is not SourceType.AUTHOR
        cues = claim_cues(ctx, raw)
        if raw.relayed:
            cues = tuple(
                sorted({(c.start, c.end): c for c in cues + raw.relayed}.values(), key=BY_SPAN)
            )
        label = confidence_mod.label(cues, attributed=attributed)
        start, end = raw.start, raw.end
        if start < 0 or end > len(text):
            raise ValueError(f"claim span [{start}, {end}) lies outside the text ({len(text)})")
        # every field is the pipeline's own, of its final type (mypy --strict checks the
        # patterns that made them) and the span inside the text: no checks to run again
        claims.append(
            trusted_claim(
                start,
                end,
                text[start:end],
                ctx.sentence_of(start),
                quote_kind(ctx, start, end, attributed),
                label,
                source,
                tuple(chain),
                raw.cue,
                cues,
                raw.rule,
            )
        )
    return claims


def _span(piece: str, start: int, end: int) -> Span:
    """``Span(piece, start, end)`` for a slice ``piece`` of the text at ``[start,
    end)``: built without its checks when they would pass, else by ``Span``, which
    raises as it always did."""
    if 0 <= start <= end and len(piece) == end - start:
        return trusted_span(piece, start, end)
    return Span(piece, start, end)


def _source(kind: SourceType, said: str, start: int, end: int, mention: Span | None) -> Source:
    """``Source(kind, said, start, end, mention)`` for a source the resolver named by
    a slice ``said`` of the text at ``[start, end)`` (a text of short attributed
    sentences has a source every few words): built without its checks when they
    would pass, else by ``Source``, which raises as it always did."""
    if kind not in _NAMELESS and 0 <= start <= end and len(said) == end - start:
        return trusted_source(kind, said, start, end, mention, None, "")
    return Source(kind, said, start, end, mention)


_NAMELESS = frozenset({SourceType.AUTHOR, SourceType.UNSPECIFIED})
"""The source types that name nobody in the text (their sources hold no span)."""
