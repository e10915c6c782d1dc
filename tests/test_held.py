"""The compact forms the pipeline holds its claims and sentence spans in while the
entity stage runs (issues 18 and 20): each must read back exactly what was packed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import article_texts, news_texts

from claimscope import Claim, annotate
from claimscope._held import ClaimParts, HeldClaims, HeldSpans
from claimscope.entities import resolve_sources
from claimscope.entities.resolve import _local, sources_resolved
from claimscope.pipeline import Annotator
from claimscope.segment import segment

ARTICLE = (
    "Mayor Ana Lopez said on Tuesday that the ferry would run again in May. "
    "“The pier is safe,” a spokesman for the port told reporters. "
    "Repairs reportedly cost less than planned. The city council meets on Friday. "
    "Lopez said, according to the Tribune, that tickets may cost less."
)


def _found(text: str) -> tuple[list[tuple[int, int]], list[Claim], list[tuple[int, int]]]:
    """The sentence spans, claims and speech spans the pipeline hands the entity stage."""
    spans, paragraphs = segment(text)
    claims, speech = Annotator()._attribute(text, spans, paragraphs)
    return spans, claims, speech


@given(st.lists(st.tuples(st.integers(0, 1 << 40), st.integers(0, 1 << 20)), max_size=30))
def test_held_spans_read_back_as_packed(pairs: list[tuple[int, int]]) -> None:
    """Spans held as machine ints read back equal, by index (negative too), slice and
    iteration; an index past the end raises ``IndexError``."""
    spans = [(a, a + n) for a, n in pairs]
    held = HeldSpans(spans)
    assert len(held) == len(spans) and list(held) == spans
    assert [held[i] for i in range(-len(spans), len(spans))] == spans + spans
    assert held[1:-1:2] == spans[1:-1:2]
    with pytest.raises(IndexError, match="out of range"):
        held[len(spans)]


def test_held_claims_read_back_equal_to_the_claims_packed() -> None:
    """Every claim of a composed article reads back equal (sources, chain, cues and
    rule included), by index, slice and iteration; texts are sliced again from the
    document's text."""
    _, claims, _ = _found(ARTICLE)
    held = HeldClaims(ARTICLE, claims)
    assert len(claims) >= 4 and list(held) == claims
    assert [held[i] for i in range(-len(claims), 0)] == claims
    assert held[::2] == claims[::2] and held[-1] == claims[-1]
    with pytest.raises(IndexError, match=f"claim index {len(claims)} out of range"):
        held[len(claims)]
    assert 0 < len(held.named()) < len(claims)  # the author's voice is not named


def test_held_claim_parts_equal_those_of_the_claims_packed() -> None:
    """The parts of a held claim the entity stage reads (source, chain, cue, rule)
    equal the claim's own, by index, slice and iteration, in the order asked."""
    _, claims, _ = _found(ARTICLE)
    held = HeldClaims(ARTICLE, claims)
    order = [3, 0, 4, 1]
    parts = held.parts(order)
    want = [(c.source, c.chain, c.cue, c.rule) for c in (claims[i] for i in order)]

    def read(found: list[ClaimParts]) -> list[tuple[object, ...]]:
        return [(p.source, p.chain, p.cue, p.rule) for p in found]

    assert len(parts) == 4 and read(list(parts)) == want and read(parts[1:3]) == want[1:3]
    assert read([parts[-1]]) == want[-1:] and parts[0].cue == claims[3].cue


@settings(max_examples=40, deadline=None)
@given(st.one_of(article_texts(), news_texts()))
def test_the_entity_stage_changes_only_the_claims_held_as_named(text: str) -> None:
    """Resolving every claim and resolving only those ``named()`` picks give the same
    claims and entities: the ones left out (author's voice, unnamed sources) come back
    from the entity stage unchanged."""
    spans, claims, speech = _found(text)
    everyone, entities = resolve_sources(text, spans, list(claims), speech)
    held = HeldClaims(text, claims)
    named = held.named()
    some, again = resolve_sources(text, HeldSpans(spans), [held[i] for i in named], speech)
    assert again == entities and len(some) == len(named)
    picked = dict(zip(named, some, strict=True))
    assert [picked.get(i, c) for i, c in enumerate(claims)] == everyone


@settings(max_examples=40, deadline=None)
@given(st.one_of(article_texts(), news_texts()))
def test_resolved_sources_set_in_held_claims_equal_the_resolved_claims(text: str) -> None:
    """The changes :func:`sources_resolved` gives, reading only the held claims' parts
    and stored by ``set_sources`` with no claim built (as the pipeline does), leave
    the held claims equal to those :func:`resolve_sources` makes, with the same
    entities; a claim it leaves out is one resolving leaves as it was."""
    spans, claims, speech = _found(text)
    resolved, entities = resolve_sources(text, spans, list(claims), speech)
    held = HeldClaims(text, claims)
    again, changes = sources_resolved(text, spans, held.parts(range(len(claims))), speech)
    changed = set()
    for i, source, chain in changes:
        held.set_sources(i, source, chain)
        changed.add(i)
    assert again == entities and list(held) == resolved
    assert all(resolved[i] == claims[i] for i in range(len(claims)) if i not in changed)


@settings(max_examples=40, deadline=None)
@given(st.one_of(article_texts(), news_texts()))
def test_local_starts_read_from_the_columns_equal_those_of_the_sources(text: str) -> None:
    """Where each named claim's local source span starts, read from the columns with
    no source built, is what the entity stage reads from the sources themselves;
    handed over as ``salient`` it gives the same entities and changes."""
    spans, claims, speech = _found(text)
    held = HeldClaims(text, claims)
    named = held.named()
    local = (_local(claims[i].source) for i in named)
    assert list(held.local_starts(named)) == [span[0] for span in local if span is not None]
    plain, changes = sources_resolved(text, spans, held.parts(named), speech)
    again, changes_again = sources_resolved(
        text, spans, held.parts(named), speech, salient=held.local_starts(named)
    )
    assert again == plain and list(changes_again) == list(changes)


def test_annotation_through_held_claims_equals_annotation_of_parts() -> None:
    """The pipeline's document is the one its stages give when nothing is held
    compactly: same claims, same sentences."""
    text = ARTICLE
    spans, claims, speech = _found(text)
    plain, entities = resolve_sources(text, spans, claims, speech)
    doc = annotate(text)
    assert list(doc.claims) == plain and doc.entities == entities
    assert [(s.start, s.end, s.text) for s in doc.sentences] == [
        (a, b, text[a:b]) for a, b in spans
    ]


def test_cues_shared_before_packing_are_shared_after() -> None:
    """A cue two claims hold is one record again when they are built, a claim's cue
    is the same record among its cues, and equal cue words share one string."""
    text = (
        "Officials said the bridge was safe and that repairs may finish in May. "
        "The mayor said the plan was sound, and he said it might cost less."
    )
    _, claims, _ = _found(text)
    held = list(HeldClaims(text, claims))
    assert held == claims
    for before, after in zip(claims, held, strict=True):
        if before.cue is not None and before.cue in before.cues:
            assert any(c is after.cue for c in after.cues)
    pairs = [(i, j) for i in range(len(claims)) for j in range(i)]
    for i, j in pairs:
        for k, a in enumerate(claims[i].cues):
            for m, b in enumerate(claims[j].cues):
                if a is b:
                    assert held[i].cues[k] is held[j].cues[m]
    said = [c for claim in held for c in (claim.cue, *claim.cues) if c and c.text == "said"]
    assert len(said) >= 2 and all(c.text is said[0].text for c in said)


def test_held_cues_read_back_in_every_arrangement() -> None:
    """A claim's cue may be its only cue, one of several, not among them, or absent;
    each arrangement reads back equal, the cue the same record among its cues."""
    from claimscope import Confidence, Cue, CueKind, QuoteKind, Source, SourceType

    text = "Officials said the port may reopen, the mayor told reporters."
    said = Cue("said", 10, 14, CueKind.REPORTING, entry="say", stance="neutral")
    may = Cue("may", 24, 27, CueKind.HEDGE, entry="may")
    told = Cue("told", 45, 49, CueKind.REPORTING, entry="tell", stance="neutral")
    source = Source(SourceType.UNSPECIFIED)

    def claim(cue: Cue | None, cues: tuple[Cue, ...]) -> Claim:
        return Claim(
            15,
            34,
            text[15:34],
            0,
            QuoteKind.INDIRECT,
            Confidence.HEDGED,
            source,
            cue=cue,
            cues=cues,
        )

    claims = [
        claim(said, (said,)),
        claim(said, (said, may)),
        claim(told, (may, told)),
        claim(said, (may,)),
        claim(None, (may,)),
        claim(None, ()),
        claim(told, ()),
    ]
    held = HeldClaims(text, claims)
    assert list(held) == claims
    for again in held:
        assert (
            again.cue is None
            or again.cue not in again.cues
            or any(c is again.cue for c in again.cues)
        )
