"""The attribution stage: the order in which patterns and passes run."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from claimscope._progress import report
from claimscope._spans import Union
from claimscope.attribution import (
    author,
    channels,
    cue_gate,
    emit,
    interview,
    nest,
    passes,
    patterns,
)
from claimscope.attribution._questions import asked_whether, only_a_question
from claimscope.attribution.context import BY_SPAN, Context, Raw, Subjects
from claimscope.furniture import page_furniture
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
    subjects: dict[tuple[int, int], Subjects] | None = None,
) -> list[Claim]:
    """Return the claims of ``text``, ordered by start.

    ``sentences`` and ``paragraphs`` are offset spans, ``quotes`` and ``cues`` what
    :mod:`claimscope.quotes` and :mod:`claimscope.cues` found in the same text;
    ``subjects`` the subject scans already made (:func:`claimscope.learned.decide`
    makes some), which the stage uses up.
    """
    ctx = Context(text, sentences, paragraphs, quotes, cues, subjects)
    transcript = passes.transcript_claims(ctx)
    raws: list[Raw] = list(transcript)
    transcript_spans: dict[int, list[tuple[int, int]]] = {}
    for r in transcript:
        transcript_spans.setdefault(r.sentence, []).append((r.start, r.end))
    report("finding page furniture")
    reasons = page_furniture(text, list(sentences), list(paragraphs))
    furniture = set(reasons)
    # a question may still quote a statement ("“C,” she said, asking “…?”")
    page = {i for i, why in reasons.items() if why != "question"}
    # the sentences a reporting cue starts in (a superset of those with one inside)
    reporting = {ctx.sentence_of(c.start) for c in cues if c.kind is CueKind.REPORTING}
    for s_index in sorted(reporting - furniture):
        report("attributing", sentences[s_index][0], len(text))
        taken = Union(transcript_spans.get(s_index, ()))
        raws.extend(_sentence_attributions(ctx, s_index, taken))
    raws.extend(passes.list_items(ctx, raws, furniture))
    raws.extend(passes.nominal_claims(ctx, raws, furniture))
    raws.extend(passes.quote_claims(ctx, raws))
    raws = interview.interview_answers(ctx, raws, furniture)
    raws.extend(passes.reports_are_that(ctx, raws, furniture))
    raws.sort(key=BY_SPAN)
    raws = passes.merge_continuations(ctx, raws)
    raws = passes.split_at_clause(ctx, raws)
    raws = passes.split_that_clauses(ctx, raws)
    raws = passes.split_block_quotes(ctx, raws)
    raws = passes.split_source_view(ctx, raws)
    report("resolving sources")
    # no claim starts in page furniture, whichever pass proposed it (a caption's quote)
    claims = [
        c
        for c in emit.resolve(ctx, raws)
        if c.sentence not in page and not only_a_question(c.text)  # "…?" he asked.
    ]
    if author_claims:
        claims.extend(author.author_claims(ctx, raws, furniture))
    claims.sort(key=BY_SPAN)
    return claims


def _sentence_attributions(ctx: Context, s_index: int, taken: Union) -> list[Raw]:
    """The attributions the cue patterns find in sentence ``s_index``.

    ``taken`` holds the spans already attributed (it grows here): a cue inside one
    makes no claim of its own.
    """
    sentence = ctx.sentences[s_index]
    sentence_cues = ctx.cues_between(sentence[0], sentence[1])
    if not any(c.kind is CueKind.REPORTING for c in sentence_cues):
        return []
    # the attributions so far by the order they were read (a sentence of a thousand
    # cues must not scan them all for each new one), with the keys of each by its
    # cue's start and by its clause's end
    out: dict[int, Raw] = {}
    by_cue: dict[int, int] = {}
    by_clause_end: dict[int, int] = {}
    previous: Raw | None = None
    for key, cue in enumerate(patterns.inverted_first(ctx, s_index, sentence_cues)):
        if taken.covers(cue.start) or not cue_gate.is_attribution_cue(ctx, sentence, cue):
            continue
        raw = patterns.from_cue(ctx, s_index, cue, previous)
        if raw is None or asked_whether(ctx.text, raw.source, cue.start):
            continue
        previous = raw
        raw = channels.with_channels(ctx, raw, sentence)
        raw = nest.innermost(ctx, s_index, raw)
        if raw.cue is not cue and raw.cue is not None:
            # *C, a guard said, according to court documents*: the guard's claim, read
            # first on its own, is now relayed through the documents
            out.pop(by_cue.get(raw.cue.start, -1), None)
        ends = (by_clause_end.get(raw.end, -1), by_clause_end.get(raw.end + 1, -1))
        tag, relays = nest.swallowed_tag(ctx.text, [out[k] for k in ends if k in out], raw)
        if tag is not None:
            out.pop(ends[0] if out.get(ends[0]) is tag else ends[1])
            if relays:  # *He told the clerk, “C,” the prosecutor said*: his quote, relayed
                raw = nest.relayed(attrs.evolve(raw, start=tag.start, end=tag.end), tag)
                actions = nest.reported_actions(ctx.text, sentence, raw, tag)
                if actions is not None:  # "he asked about X, called Y a Z and said, “Q”"
                    for k in [k for k, r in out.items() if _cue_in(r, actions)]:
                        del out[k]
                    out[-1 - key] = actions
                    taken.add(actions.start, actions.end)
        out[key] = raw
        if raw.cue is not None:
            by_cue[raw.cue.start] = key
        if raw.clause is not None:
            by_clause_end[raw.clause[1]] = key
        if raw.clause is None:
            taken.add(raw.start, raw.end)
        else:
            # the clause, the content and what lies between them (*denied claims
            # that …*) belong to this attribution (a span holding the content's)
            taken.add(min(raw.start, raw.clause[0]), max(raw.end, raw.clause[1]))
    return list(out.values())


def _cue_in(raw: Raw, span: Raw) -> bool:
    """Whether ``raw``'s cue stands inside ``span``'s content."""
    return raw.cue is not None and span.start <= raw.cue.start < span.end
