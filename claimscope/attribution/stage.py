"""The attribution stage: the order in which patterns and passes run."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimscope._spans import Union
from claimscope.attribution import author, emit, passes, patterns, who
from claimscope.attribution.context import BY_SPAN, Context, Raw
from claimscope.furniture import furniture_reason
from claimscope.model import Claim, Cue, CueKind
from claimscope.quotes import Quote

__all__ = ["attribute"]


def attribute(
    text: str,
    sentences: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    cues: Sequence[Cue],
    *,
    author_claims: bool = True,
) -> list[Claim]:
    """Return the claims of ``text``, ordered by start.

    ``sentences`` and ``paragraphs`` are offset spans, ``quotes`` and ``cues`` what
    :mod:`claimscope.quotes` and :mod:`claimscope.cues` found in the same text.
    """
    ctx = Context(text, sentences, paragraphs, quotes, cues)
    transcript = passes.transcript_claims(ctx)
    raws: list[Raw] = list(transcript)
    transcript_spans: dict[int, list[tuple[int, int]]] = {}
    for r in transcript:
        transcript_spans.setdefault(r.sentence, []).append((r.start, r.end))
    furniture: set[int] = set()
    para_bounds = {(p[0], p[1]) for p in paragraphs}
    # the sentences a reporting cue starts in (a superset of those with one inside)
    reporting = {ctx.sentence_of(c.start) for c in cues if c.kind is CueKind.REPORTING}
    for s_index, sentence in enumerate(sentences):
        whole = (sentence[0], sentence[1]) in para_bounds
        if furniture_reason(text[sentence[0] : sentence[1]], whole_paragraph=whole):
            furniture.add(s_index)
            continue
        if s_index not in reporting:
            continue
        sentence_cues = ctx.cues_between(sentence[0], sentence[1])
        if not any(c.kind is CueKind.REPORTING for c in sentence_cues):
            continue
        taken = Union(transcript_spans.get(s_index, ()))
        previous: Raw | None = None
        for cue in patterns.inverted_first(ctx, s_index, sentence_cues):
            if cue.kind is not CueKind.REPORTING or patterns.ADJUNCT_ENTRY.match(cue.entry):
                continue
            inside = ctx.quote_containing(cue.start)
            if inside is not None and (inside.closed or len(inside.pieces) > 1):
                # a cue in an unclosed one-paragraph quote is more likely outside a
                # stray mark than quoted: "“The bridge will close, Aaron Doe said."
                continue
            if taken.covers(cue.start) or patterns.PARTICIPLE_BY.match(
                text, cue.end, min(sentence[1], cue.end + patterns.PARTICIPLE_BY_WINDOW)
            ):
                continue
            if patterns.naming_use(text, cue):
                continue
            raw = patterns.from_cue(ctx, s_index, cue, previous)
            if raw is None:
                continue
            previous = raw
            chain = raw.chain
            src = raw.source
            if src is not None:
                src, channel = who.split_channel(text, src)
                chain = channel + chain
            chain = chain + who.channels(ctx, raw, sentence)
            if src != raw.source or chain != raw.chain:
                raw = attrs.evolve(raw, source=src, chain=chain)
            raws.append(raw)
            taken.add(raw.start, raw.end)
            if raw.clause is not None:
                # the clause, the content and what lies between them (*denied claims
                # that …*) belong to this attribution
                taken.add(min(raw.start, raw.clause[0]), max(raw.end, raw.clause[1]))
    raws.extend(passes.nominal_claims(ctx, raws, furniture))
    raws.extend(passes.quote_claims(ctx, raws))
    raws.sort(key=BY_SPAN)
    raws = passes.merge_continuations(ctx, raws)
    claims = emit.resolve(ctx, raws)
    if author_claims:
        claims.extend(author.author_claims(ctx, raws, furniture))
    claims.sort(key=BY_SPAN)
    return claims
