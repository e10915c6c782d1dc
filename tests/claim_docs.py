"""Hand-built annotated documents for the interface tests (render, io, profile, CLI).

The attribution stage is developed separately, so these tests build their documents
directly from the model classes; ``find`` locates a phrase so every offset is exact.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimscope import (
    Claim,
    Confidence,
    Cue,
    CueKind,
    Document,
    QuoteKind,
    Sentence,
    Source,
    SourceType,
    Span,
)
from claimscope.segment import sentence_spans

NEWS = (
    '"The cables are older than anyone expected," said Jane Doe, the council\'s chief '
    "engineer. She added that the repairs could cost as much as $40 million. Officials "
    "familiar with the budget said the money had not yet been approved. According to a "
    "2019 inspection report, two cables were corroded. The council denied claims that it "
    "had ignored warnings. The bridge opened in 1990."
)


def find(text: str, phrase: str, after: int = 0) -> Span:
    """The span of the first ``phrase`` in ``text`` at or after ``after``."""
    start = text.index(phrase, after)
    return Span(phrase, start, start + len(phrase))


def cue(text: str, phrase: str, kind: CueKind, after: int = 0, entry: str = "") -> Cue:
    """A cue for the first ``phrase`` at or after ``after``."""
    s = find(text, phrase, after)
    return Cue(s.text, s.start, s.end, kind, entry or phrase)


def source(text: str, phrase: str | None, kind: SourceType, mention: Span | None = None) -> Source:
    """A source named by ``phrase`` (None for author/unspecified)."""
    if phrase is None:
        return Source(kind)
    s = find(text, phrase)
    return Source(kind, s.text, s.start, s.end, mention)


def sentence_of(sentences: tuple[Sentence, ...], offset: int) -> int:
    """The index of the sentence holding ``offset``."""
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end:
            return i
    raise ValueError(f"no sentence holds offset {offset}")


def claim(
    text: str,
    sentences: tuple[Sentence, ...],
    content: str,
    src: Source,
    confidence: Confidence,
    quote: QuoteKind,
    attribution: Cue | None = None,
    cues: tuple[Cue, ...] = (),
    chain: tuple[Source, ...] = (),
    rule: str = "",
) -> Claim:
    """A claim whose content is the first ``content`` in ``text``."""
    c = find(text, content)
    return Claim(
        c.start,
        c.end,
        c.text,
        sentence_of(sentences, c.start),
        quote,
        confidence,
        src,
        chain,
        attribution,
        cues,
        rule,
    )


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` as the segmenter finds them."""
    return tuple(Sentence(a, b, text[a:b]) for a, b in sentence_spans(text))


def news_document() -> Document:
    """A six-claim news document covering every confidence label and five source types,
    with a pronoun mention, a chain and overlapping cue/source/claim spans."""
    t = NEWS
    ss = sentences_of(t)
    jane = source(t, "Jane Doe", SourceType.PERSON)
    she = find(t, "She")
    report = source(t, "a 2019 inspection report", SourceType.DOCUMENT)
    claims = [
        claim(
            t,
            ss,
            "The cables are older than anyone expected",
            jane,
            Confidence.REPORTED,
            QuoteKind.DIRECT,
            cue(t, "said", CueKind.REPORTING, entry="say"),
            (cue(t, "said", CueKind.REPORTING, entry="say"),),
            rule='"C," said X',
        ),
        claim(
            t,
            ss,
            "the repairs could cost as much as $40 million",
            source(t, "Jane Doe", SourceType.PERSON, she),
            Confidence.HEDGED,
            QuoteKind.INDIRECT,
            cue(t, "added", CueKind.REPORTING, entry="add"),
            (cue(t, "added", CueKind.REPORTING, entry="add"), cue(t, "could", CueKind.HEDGE)),
            rule="X said C",
        ),
        claim(
            t,
            ss,
            "the money had not yet been approved",
            source(t, "Officials familiar with the budget", SourceType.ANONYMOUS),
            Confidence.REPORTED,
            QuoteKind.INDIRECT,
            cue(t, "said", CueKind.REPORTING, after=100, entry="say"),
            rule="X said C",
        ),
        claim(
            t,
            ss,
            "two cables were corroded",
            report,
            Confidence.REPORTED,
            QuoteKind.INDIRECT,
            cue(t, "According to", CueKind.REPORTING, entry="according to"),
            rule="according to X, C",
        ),
        claim(
            t,
            ss,
            "it had ignored warnings",
            source(t, "The council", SourceType.ORGANIZATION),
            Confidence.DENIED,
            QuoteKind.INDIRECT,
            cue(t, "denied", CueKind.REPORTING, entry="deny"),
            (
                cue(t, "denied", CueKind.DENIAL, entry="deny"),
                cue(t, "claims", CueKind.DISTANCING, entry="claim"),
            ),
            rule="X said C",
        ),
        claim(
            t,
            ss,
            "The bridge opened in 1990.",
            Source(SourceType.AUTHOR),
            Confidence.ASSERTED,
            QuoteKind.NONE,
            rule="author",
        ),
    ]
    return Document(t, ss, tuple(sorted(claims, key=lambda c: c.start)))


def only_claim(text: str, anchor: str) -> Claim:
    """The one claim of ``annotate(text)`` whose content holds ``anchor`` (asserts
    there is exactly one, showing every claim when not)."""
    import claimscope

    doc = claimscope.annotate(text)
    at = text.index(anchor)
    found = [c for c in doc.claims if c.start <= at < c.end]
    assert len(found) == 1, [(c.text, c.source.text) for c in doc.claims]
    return found[0]


def assert_sources_checked(claims: Iterable[Claim]) -> None:
    """Assert that every source and chain link of ``claims`` equals the one the checked
    ``Source(...)`` constructor builds from its fields (for builders that skip the
    checks when they would pass)."""
    for claim in claims:
        for source in (claim.source, *claim.chain):
            checked = Source(
                source.type,
                text=source.text,
                start=source.start,
                end=source.end,
                mention=source.mention,
                entity=source.entity,
                reason=source.reason,
            )
            assert checked == source
