"""Score claimscope's attributions against gold attributions in PolNeAR JSONL format.

The gold format is one JSON object a line with ``id``, ``text`` and ``attributions``
(optionally ``split``, ``publisher``, ``title``, ...); each attribution has
``source``, ``cue`` and ``content`` given as a half-open character span ``[start, end]``,
as a list of such pieces, or (for ``source`` and ``cue``) as ``null``. PolNeAR
(Newell, Margolin & Ruths, LREC 2018) is published in this form, and any file that
follows it can be scored, so users can measure claimscope on their own annotations.

Definitions
-----------

These are fixed so that figures stay comparable from one run, one version and one
paper to the next.

*Predicted attribution*
    A claim whose source type is not ``author`` (``unspecified`` counts: the text
    signals that the content comes from someone). The segments of one quotation
    split by its attribution (*"C1," X said. "C2."*: claims in one paragraph sharing
    their attribution cue and source) are one predicted attribution, its content
    span the hull of theirs, as PolNeAR annotates such a quote as one attribution
    whose content is in pieces.

*Gold content span*
    The content span, or when it is made of pieces the hull of its pieces (from the
    first piece's start to the last piece's end).

*Matching*
    Gold contents and predicted claims are paired one-to-one, greedily by largest
    character overlap: every (gold, prediction) pair whose content spans overlap by at
    least one character is a candidate; candidates are sorted by overlap, largest
    first, ties broken by gold start, then prediction start (then input order); a
    candidate is taken when neither its gold nor its prediction has been taken yet.
    A gold content overlapped by two predictions therefore matches one of them and
    the other counts as a false positive (and likewise the other way round).

*Metrics*
    With ``G`` gold attributions, ``P`` predicted attributions and ``c`` the number
    of matched pairs that satisfy a metric's condition, precision is ``c / P``,
    recall ``c / G`` and F1 their harmonic mean (0 when both are 0):

    - ``content-overlap``: every matched pair;
    - ``content-exact``: the two content spans are equal once whitespace (including
      the non-breaking space) and the marks ``" ' “ ” ‘ ’ . , ; : — -`` are trimmed
      from both ends of each;
    - ``attribution``: the predicted source span, or its local mention span,
      overlaps the gold source (any of its pieces) by at least one character; or the
      gold source is null and the prediction has no source span
      (``claim.source.text is None``);
    - ``attribution-strict``: as ``attribution``, and the words agree too: the
      predicted span that overlaps the gold source (the source or its local mention)
      equals the gold source text once both are trimmed of determiners and
      punctuation, or has the same head word (both rules are defined in
      :mod:`claimscope.evaluation.phrases`); a gold source in pieces is compared as
      its pieces joined by a space. *The Trump campaign* for gold *Trump campaign*,
      or *campaign manager Kellyanne Conway* for *Conway*, are strict-right; *the
      mayor's office* for *the mayor*, or a mention running on into the content,
      are lenient-right only. With a null gold source it is ``attribution``'s rule;
    - ``cue``: the prediction's attribution cue overlaps the gold cue (any piece); or
      both are absent.

Example
-------

>>> from claimscope.model import Claim, Cue, Source
>>> text = 'Rain is coming, the minister said.'
>>> gold = GoldDocument(
...     "d1", text, (GoldAttribution("E1", ((0, 14),), ((16, 28),), ((29, 33),)),)
... )
>>> claim = Claim(0, 14, text[0:14], 0, "indirect", "reported",
...               Source("person", "the minister", 16, 28),
...               cue=Cue("said", 29, 33, "reporting"))
>>> result = score_document(gold, [Prediction.from_claim(claim)])
>>> result.scores.attribution.f1
1.0
"""

from __future__ import annotations

import bisect
import os
import time
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from claimscope.evaluation._common import (
    METRICS,
    Annotates,
    Offsets,
    _any_overlap,
    _overlap,
    pooled,
    trim,
)
from claimscope.evaluation.gold import GoldAttribution, GoldDocument, load_gold
from claimscope.evaluation.phrases import strict_source
from claimscope.model import Claim, Document, SourceType
from claimscope.pipeline import Annotator
from claimscope.segment import paragraph_spans

# -- predictions and matching ---------------------------------------------------------


@attrs.frozen
class Prediction:
    """A predicted attribution reduced to what the scorer compares.

    ``sources`` holds the source span and the local mention span (either may be
    missing); it is empty when the prediction names no source. ``claim`` keeps the
    claim it came from, for error reports; other systems (see ``benchmarks/``) build
    predictions without one.
    """

    content: Offsets
    sources: tuple[Offsets, ...] = ()
    cue: Offsets | None = None
    claim: Claim | None = attrs.field(default=None, eq=False)

    @classmethod
    def from_claim(cls, claim: Claim) -> Prediction:
        """Reduce a :class:`~claimscope.model.Claim` to a prediction."""
        sources: list[Offsets] = []
        src = claim.source
        if src.start is not None and src.end is not None:
            sources.append((src.start, src.end))
        if src.mention is not None:
            sources.append((src.mention.start, src.mention.end))
        cue = None if claim.cue is None else (claim.cue.start, claim.cue.end)
        return cls((claim.start, claim.end), tuple(sources), cue, claim)


def predictions(doc: Document) -> tuple[Prediction, ...]:
    """Return the predicted attributions of ``doc``: its claims not in the author's
    voice, the segments of one attribution joined (see the module docstring)."""
    paragraphs = [p[0] for p in paragraph_spans(doc.text)]
    groups: dict[tuple[int, ...], list[Claim]] = {}
    for claim in doc.claims:
        if claim.source.type is SourceType.AUTHOR:
            continue
        cue, src = claim.cue, claim.source
        key: tuple[int, ...] = (claim.start, -1)  # no cue: a claim of its own
        if cue is not None:
            paragraph = bisect.bisect_right(paragraphs, claim.start)
            key = (cue.start, cue.end, paragraph, -1 if src.start is None else src.start)
        groups.setdefault(key, []).append(claim)
    found = []
    for segments in groups.values():
        first = Prediction.from_claim(segments[0])
        if len(segments) > 1:
            hull = (segments[0].start, max(c.end for c in segments))
            first = attrs.evolve(first, content=hull)
        found.append(first)
    return tuple(found)


@attrs.frozen
class Match:
    """A matched (gold, prediction) pair and which metric conditions it meets.

    ``gold`` and ``pred`` are indices into the document's gold attributions and its
    predictions.
    """

    gold: int
    pred: int
    overlap: int
    exact: bool
    source: bool
    cue: bool
    strict: bool = False


def match(
    text: str, gold: Sequence[GoldAttribution], preds: Sequence[Prediction]
) -> tuple[Match, ...]:
    """Pair gold attributions with predictions one-to-one (see the module docstring).

    Returns the matches sorted by gold index.
    """
    order = sorted(range(len(preds)), key=lambda j: preds[j].content)
    starts = [preds[j].content[0] for j in order]
    candidates: list[tuple[int, int, int, int, int]] = []
    for i, g in enumerate(gold):
        span = g.span
        # Only predictions starting before the gold ends can overlap it.
        for k in range(bisect.bisect_left(starts, span[1])):
            j = order[k]
            size = _overlap(span, preds[j].content)
            if size > 0:
                candidates.append((-size, span[0], preds[j].content[0], i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for neg_size, _, _, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        g, p = gold[i], preds[j]
        # Without a gold source (or cue), agreement means the prediction has none.
        source_ok = _any_overlap(p.sources, g.source) if g.source else not p.sources
        strict_ok = strict_source(text, p.sources, g.source) if g.source else not p.sources
        cue = () if p.cue is None else (p.cue,)
        cue_ok = _any_overlap(cue, g.cue) if g.cue else not cue
        exact = trim(text, g.span) == trim(text, p.content)
        matches.append(Match(i, j, -neg_size, exact, source_ok, cue_ok, strict_ok))
    matches.sort(key=lambda m: m.gold)
    return tuple(matches)


# -- scores ---------------------------------------------------------------------------


@attrs.frozen
class Metric:
    """Counts for one metric, with precision, recall and F1 derived from them."""

    correct: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """``correct / predicted`` (0.0 when nothing was predicted)."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """``correct / gold`` (0.0 when there is no gold)."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class Scores:
    """Counts over one or more documents; add two ``Scores`` to pool them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    source: int = 0
    cue: int = 0
    strict: int = 0
    """Matched pairs whose source meets the strict condition (the last field, so that
    positional construction from before it existed still works)."""

    def __add__(self, other: Scores) -> Scores:
        if not isinstance(other, Scores):
            return NotImplemented
        return pooled(self, other)

    def _metric(self, correct: int) -> Metric:
        return Metric(correct, self.predicted, self.gold)

    @property
    def content_overlap(self) -> Metric:
        """Matched pairs (content spans overlap)."""
        return self._metric(self.matched)

    @property
    def content_exact(self) -> Metric:
        """Matched pairs whose trimmed content spans are equal."""
        return self._metric(self.exact)

    @property
    def attribution(self) -> Metric:
        """Matched pairs whose source agrees with the gold source."""
        return self._metric(self.source)

    @property
    def attribution_strict(self) -> Metric:
        """Matched pairs whose source agrees with the gold source's words."""
        return self._metric(self.strict)

    @property
    def cue_metric(self) -> Metric:
        """Matched pairs whose attribution cue overlaps the gold cue."""
        return self._metric(self.cue)

    def metrics(self) -> dict[str, Metric]:
        """Return every metric by name, in :data:`METRICS` order."""
        return dict(
            zip(
                METRICS,
                (
                    self.content_overlap,
                    self.content_exact,
                    self.attribution,
                    self.attribution_strict,
                    self.cue_metric,
                ),
                strict=True,
            )
        )

    @property
    def errors(self) -> int:
        """Attribution false negatives plus false positives: what a fix could win back."""
        return (self.gold - self.source) + (self.predicted - self.source)


@attrs.frozen
class DocumentResult:
    """The scoring of one document: its gold, predictions, matches and counts."""

    gold: GoldDocument
    predictions: tuple[Prediction, ...]
    matches: tuple[Match, ...]
    scores: Scores

    @property
    def missed(self) -> tuple[int, ...]:
        """Indices of gold attributions no prediction matched (false negatives)."""
        taken = {m.gold for m in self.matches}
        return tuple(i for i in range(len(self.gold.attributions)) if i not in taken)

    @property
    def spurious(self) -> tuple[int, ...]:
        """Indices of predictions that matched no gold attribution (false positives)."""
        taken = {m.pred for m in self.matches}
        return tuple(j for j in range(len(self.predictions)) if j not in taken)


def score_document(
    gold: GoldDocument, predicted: Document | Sequence[Prediction]
) -> DocumentResult:
    """Score one document's predictions (a ``Document`` or ready predictions)."""
    if isinstance(predicted, Document):
        if predicted.text != gold.text:
            raise ValueError(
                f"the predicted document's text differs from the gold text of {gold.id!r}; "
                "annotate the gold text itself"
            )
        preds = predictions(predicted)
    else:
        preds = tuple(predicted)
    found = match(gold.text, gold.attributions, preds)
    counts = Scores(
        gold=len(gold.attributions),
        predicted=len(preds),
        matched=len(found),
        exact=sum(m.exact for m in found),
        source=sum(m.source for m in found),
        cue=sum(m.cue for m in found),
        strict=sum(m.strict for m in found),
    )
    return DocumentResult(gold, preds, found, counts)


def score(pairs: Iterable[tuple[GoldDocument, Document | Sequence[Prediction]]]) -> Scores:
    """Pool the counts of every ``(gold, predicted)`` pair."""
    total = Scores()
    for gold, predicted in pairs:
        total += score_document(gold, predicted).scores
    return total


@attrs.frozen
class Report:
    """The result of :func:`evaluate`: pooled scores, per-document results, timing."""

    path: str
    split: str | None
    scores: Scores
    documents: tuple[DocumentResult, ...]
    seconds: float
    """Wall time spent annotating (not reading or scoring)."""
    characters: int
    failures: tuple[tuple[str, str], ...] = ()
    """``(document id, error)`` for each document the annotator raised on (only with
    ``keep_going``); such a document is scored with no predictions."""
    annotated: tuple[Document | None, ...] = attrs.field(default=(), eq=False, repr=False)
    """The annotated documents, in the order of :attr:`documents` (``None`` where
    annotation failed), for scorers that need every claim (the labels scorer)."""

    @property
    def chars_per_second(self) -> float:
        """Annotation throughput."""
        return self.characters / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return the pooled and per-document figures as plain data (for JSON)."""

        def figures(s: Scores) -> dict[str, Any]:
            return {
                "counts": attrs.asdict(s),
                **{
                    name: {"precision": m.precision, "recall": m.recall, "f1": m.f1}
                    for name, m in s.metrics().items()
                },
            }

        return {
            "path": self.path,
            "split": self.split,
            "documents": len(self.documents),
            "seconds": self.seconds,
            "characters": self.characters,
            "failures": [list(f) for f in self.failures],
            "scores": figures(self.scores),
            "per_document": {r.gold.id: figures(r.scores) for r in self.documents},
        }


def evaluate(
    path: str | os.PathLike[str],
    annotator: Annotates | None = None,
    *,
    split: str | None = None,
    limit: int | None = None,
    n_process: int = 1,
    keep_going: bool = False,
) -> Report:
    """Annotate every gold document in ``path`` and score the result.

    ``annotator`` defaults to ``Annotator()``; ``split`` and ``limit`` are passed to
    :func:`load_gold`; ``n_process`` to :meth:`Annotator.pipe`. An exception from the
    annotator propagates, unless ``keep_going`` is true: then the documents are
    annotated again one by one, each one that fails is listed in
    :attr:`Report.failures` and scored with no predictions (its gold counts as missed),
    and the time covers both passes.
    """
    gold = load_gold(path, split=split, limit=limit)
    annotator = Annotator() if annotator is None else annotator
    failures: list[tuple[str, str]] = []
    began = time.perf_counter()
    try:
        docs: list[Document | None] = list(
            annotator.pipe((g.text for g in gold), n_process=n_process)
        )
    except Exception:
        if not keep_going:
            raise
        docs = []
        for g in gold:
            try:
                docs.append(annotator.annotate(g.text))
            except Exception as e:
                failures.append((g.id, f"{type(e).__name__}: {e}"))
                docs.append(None)
    seconds = time.perf_counter() - began
    results = tuple(
        score_document(g, () if d is None else d) for g, d in zip(gold, docs, strict=True)
    )
    total = sum((r.scores for r in results), Scores())
    characters = sum(len(g.text) for g in gold)
    return Report(
        os.fspath(path), split, total, results, seconds, characters, tuple(failures), tuple(docs)
    )
