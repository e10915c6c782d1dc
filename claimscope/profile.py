"""Source profiles: who a document's claims rest on, and how firmly.

:func:`sources` groups a document's claims by source. Named sources are grouped by
their best span and type (``start``, ``end``, ``type``), so *Jane Doe* and the later
*she* that resolves to her are one source; ``author`` and ``unspecified`` sources have
no span and are grouped by type alone. :func:`profile` adds the share of claims by
source type and by confidence, e.g. how much of an article rests on anonymous sources
or on alleged claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from claimscope.labels import Confidence, SourceType

if TYPE_CHECKING:  # the records are only annotations here: model imports this module
    from claimscope.model import Claim, Document, Source, Span

__all__ = ["DocumentProfile", "Share", "SourceProfile", "profile", "sources"]


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(value)


@attrs.frozen
class SourceProfile:
    """One distinct source of a document with all its mentions and claims.

    ``text``/``start``/``end`` are the source's best mention (``None`` for ``author``
    and ``unspecified``); ``mentions`` every distinct span that refers to it, in text
    order; ``claims`` the claims it makes, in document order.
    """

    type: SourceType = attrs.field(converter=SourceType)
    text: str | None
    start: int | None
    end: int | None
    mentions: tuple[Span, ...] = attrs.field(converter=_spans)
    claims: tuple[Claim, ...] = attrs.field(converter=_claims)

    def to_dict(self, claim_index: dict[int, int] | None = None) -> dict[str, Any]:
        """Return a JSON-ready dict.

        Claims are given as indices when ``claim_index`` maps ``id(claim)`` to the
        claim's position in the document, else as their spans.
        """
        if claim_index is not None:
            claims: list[Any] = [claim_index[id(c)] for c in self.claims]
        else:
            claims = [{"start": c.start, "end": c.end} for c in self.claims]
        return {
            "type": self.type.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "mentions": [m.to_dict() for m in self.mentions],
            "claims": claims,
        }


@attrs.frozen
class Share:
    """How many claims carry one label, and what fraction of all claims that is."""

    label: str
    count: int
    share: float

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"count": ..., "share": ...}``."""
        return {"count": self.count, "share": self.share}


def _shares(value: Iterable[Share]) -> tuple[Share, ...]:
    return tuple(value)


def _profiles(value: Iterable[SourceProfile]) -> tuple[SourceProfile, ...]:
    return tuple(value)


@attrs.frozen
class DocumentProfile:
    """A document's claims summarised by source type and by confidence.

    ``by_source_type`` and ``by_confidence`` list every label of the enum, in enum
    order, including those with no claims; shares are 0.0 for a document without
    claims.
    """

    claims: int
    sources: tuple[SourceProfile, ...] = attrs.field(converter=_profiles)
    by_source_type: tuple[Share, ...] = attrs.field(converter=_shares)
    by_confidence: tuple[Share, ...] = attrs.field(converter=_shares)

    def share(self, label: SourceType | Confidence | str) -> float:
        """The share of claims with this source type or confidence label.

        Raises ``KeyError`` naming the label when it is neither a source type nor a
        confidence value.
        """
        key = str(label)
        for item in (*self.by_source_type, *self.by_confidence):
            if item.label == key:
                return item.share
        allowed = ", ".join([*(t.value for t in SourceType), *(c.value for c in Confidence)])
        raise KeyError(f"{key!r} is not a source type or confidence label; use one of {allowed}")

    def to_dict(self, doc: Document | None = None) -> dict[str, Any]:
        """Return the JSON ``profile`` block.

        With ``doc``, each source lists its claims as indices into ``doc.claims``.
        """
        index = None if doc is None else {id(c): i for i, c in enumerate(doc.claims)}
        return {
            "claims": self.claims,
            "sources": [s.to_dict(index) for s in self.sources],
            "source_type": {s.label: s.to_dict() for s in self.by_source_type},
            "confidence": {s.label: s.to_dict() for s in self.by_confidence},
        }


def _key(source: Source) -> tuple[int, int, str]:
    # Sources without a span sort (and group) by type alone, after spanned ones.
    if source.start is None or source.end is None:
        return (-1, -1, source.type.value)
    return (source.start, source.end, source.type.value)


def sources(doc: Document) -> tuple[SourceProfile, ...]:
    """Return the distinct sources of ``doc``, in order of first appearance.

    A source's first appearance is its earliest mention (or, for sources without a
    span, its first claim).
    """
    groups: dict[tuple[int, int, str], list[Claim]] = {}
    for claim in doc.claims:
        groups.setdefault(_key(claim.source), []).append(claim)
    result = []
    for claims in groups.values():
        first = claims[0].source
        mentions = {}
        if first.span is not None:
            mentions[(first.span.start, first.span.end)] = first.span
        for claim in claims:
            m = claim.source.mention
            if m is not None:
                mentions.setdefault((m.start, m.end), m)
        result.append(
            SourceProfile(
                first.type,
                first.text,
                first.start,
                first.end,
                sorted(mentions.values(), key=lambda s: (s.start, s.end)),
                claims,
            )
        )

    def appearance(p: SourceProfile) -> tuple[int, int]:
        starts = [m.start for m in p.mentions] + [p.claims[0].start]
        return (min(starts), p.claims[0].start)

    return tuple(sorted(result, key=appearance))


def profile(doc: Document) -> DocumentProfile:
    """Summarise ``doc``: its sources and the share of claims by type and confidence."""
    n = len(doc.claims)

    def share(count: int) -> float:
        return count / n if n else 0.0

    by_type = {t: 0 for t in SourceType}
    by_conf = {c: 0 for c in Confidence}
    for claim in doc.claims:
        by_type[claim.source.type] += 1
        by_conf[claim.confidence] += 1
    return DocumentProfile(
        n,
        sources(doc),
        [Share(t.value, k, share(k)) for t, k in by_type.items()],
        [Share(c.value, k, share(k)) for c, k in by_conf.items()],
    )
