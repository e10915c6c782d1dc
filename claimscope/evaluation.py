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
    signals that the content comes from someone).

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

import argparse
import bisect
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TextIO

import attrs

from claimscope.errors import ClaimscopeError
from claimscope.model import Claim, Document, SourceType
from claimscope.pipeline import Annotator

__all__ = [
    "METRICS",
    "Annotates",
    "DocumentResult",
    "GoldAttribution",
    "GoldDocument",
    "GoldFormatError",
    "Match",
    "Metric",
    "Prediction",
    "Report",
    "Scores",
    "add_evaluate_parser",
    "evaluate",
    "format_documents",
    "format_publishers",
    "format_table",
    "format_worst",
    "iter_errors",
    "load_gold",
    "main",
    "match",
    "predictions",
    "score",
    "score_document",
    "trim",
    "write_errors",
]

Offsets = tuple[int, int]
"""A half-open ``(start, end)`` character span."""

METRICS = ("content-overlap", "content-exact", "attribution", "cue")
"""The metric names, in the order tables show them."""

TRIM_CHARS = frozenset("\"'“”‘’.,;:—-\u00a0")
"""Marks trimmed (besides whitespace) from both ends of a span for ``content-exact``."""


class GoldFormatError(ClaimscopeError, ValueError):
    """A gold JSONL file does not follow the PolNeAR attribution format.

    The message names the file, the line and the field at fault.
    """


class Annotates(Protocol):
    """What :func:`evaluate` needs from an annotator (:class:`~claimscope.Annotator` has it)."""

    def annotate(self, text: str) -> Document:
        """Annotate one text."""

    def pipe(self, texts: Iterable[str], *, n_process: int = ...) -> Iterator[Document]:
        """Annotate many texts, in input order."""


# -- gold data ------------------------------------------------------------------------


def _offsets(value: Sequence[Offsets]) -> tuple[Offsets, ...]:
    return tuple((int(a), int(b)) for a, b in value)


@attrs.frozen
class GoldAttribution:
    """One gold attribution: content, source and cue, each as a tuple of pieces.

    ``source`` and ``cue`` are empty tuples when the gold has none (PolNeAR's
    ``Attribution-no-source``). ``content`` has at least one piece.
    """

    id: str
    content: tuple[Offsets, ...] = attrs.field(converter=_offsets)
    source: tuple[Offsets, ...] = attrs.field(default=(), converter=_offsets)
    cue: tuple[Offsets, ...] = attrs.field(default=(), converter=_offsets)
    kind: str = "Attribution"

    def __attrs_post_init__(self) -> None:
        if not self.content:
            raise ValueError(f"attribution {self.id!r} has no content span")
        for role in ("content", "source", "cue"):
            for start, end in getattr(self, role):
                if not 0 <= start <= end:
                    raise ValueError(
                        f"attribution {self.id!r} {role} piece [{start}, {end}) is not a "
                        "span with 0 <= start <= end"
                    )

    @property
    def span(self) -> Offsets:
        """The content span: the hull of the content pieces."""
        return _hull(self.content)


def _attributions(value: Iterable[GoldAttribution]) -> tuple[GoldAttribution, ...]:
    items = tuple(value)
    for item in items:
        if not isinstance(item, GoldAttribution):
            raise TypeError(f"expected GoldAttribution items, got {type(item).__name__}")
    return items


@attrs.frozen
class GoldDocument:
    """A gold document: its text and its attributions, plus descriptive metadata."""

    id: str
    text: str
    attributions: tuple[GoldAttribution, ...] = attrs.field(converter=_attributions)
    split: str | None = None
    publisher: str | None = None
    title: str | None = None

    def __attrs_post_init__(self) -> None:
        n = len(self.text)
        for a in self.attributions:
            for role in ("content", "source", "cue"):
                for start, end in getattr(a, role):
                    if end > n:
                        raise ValueError(
                            f"attribution {a.id!r} {role} [{start}, {end}) ends past the "
                            f"text of document {self.id!r} ({n} characters)"
                        )


def _hull(pieces: Sequence[Offsets]) -> Offsets:
    return min(p[0] for p in pieces), max(p[1] for p in pieces)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _pieces(value: object, where: str, *, required: bool) -> tuple[Offsets, ...]:
    if value is None:
        if required:
            raise GoldFormatError(f"{where}: must not be null")
        return ()
    if not isinstance(value, list) or not value:
        raise GoldFormatError(
            f"{where}: expected [start, end], a list of [start, end] pieces or null, got {value!r}"
        )
    items = [value] if _is_int(value[0]) else value
    pieces = []
    for item in items:
        if (
            not isinstance(item, list)
            or len(item) != 2
            or not all(_is_int(x) for x in item)
            or not 0 <= item[0] <= item[1]
        ):
            raise GoldFormatError(
                f"{where}: {item!r} is not a [start, end] pair with 0 <= start <= end"
            )
        pieces.append((item[0], item[1]))
    return tuple(pieces)


def _optional_str(record: Mapping[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise GoldFormatError(f"{where}.{key}: expected a string or null")
    return value


def _gold_document(record: object, where: str) -> GoldDocument:
    if not isinstance(record, dict):
        raise GoldFormatError(f"{where}: expected a JSON object, got {type(record).__name__}")
    doc_id = record.get("id")
    text = record.get("text")
    attributions = record.get("attributions")
    if not isinstance(doc_id, str):
        raise GoldFormatError(f"{where}.id: expected a string")
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}.text: expected a string")
    if not isinstance(attributions, list):
        raise GoldFormatError(f"{where}.attributions: expected a list")
    gold = []
    for i, item in enumerate(attributions):
        here = f"{where}.attributions[{i}]"
        if not isinstance(item, dict):
            raise GoldFormatError(f"{here}: expected a JSON object")
        kind = item.get("kind", "Attribution")
        if not isinstance(kind, str):
            raise GoldFormatError(f"{here}.kind: expected a string")
        try:
            gold.append(
                GoldAttribution(
                    str(item.get("id", f"A{i}")),
                    _pieces(item.get("content"), f"{here}.content", required=True),
                    _pieces(item.get("source"), f"{here}.source", required=False),
                    _pieces(item.get("cue"), f"{here}.cue", required=False),
                    kind,
                )
            )
        except GoldFormatError:
            raise
        except ValueError as e:
            raise GoldFormatError(f"{here}: {e}") from e
    try:
        return GoldDocument(
            doc_id,
            text,
            tuple(gold),
            _optional_str(record, "split", where),
            _optional_str(record, "publisher", where),
            _optional_str(record, "title", where),
        )
    except GoldFormatError:
        raise
    except ValueError as e:
        raise GoldFormatError(f"{where}: {e}") from e


def load_gold(
    path: str | os.PathLike[str], split: str | None = None, limit: int | None = None
) -> list[GoldDocument]:
    """Read gold documents from a PolNeAR-format JSONL file.

    ``split`` keeps only records whose ``split`` field equals it; ``limit`` keeps the
    first ``limit`` documents (after the split filter). Blank lines are skipped.

    Raises ``OSError`` when the file cannot be read, ``UnicodeDecodeError`` when it is
    not UTF-8, and :class:`GoldFormatError` (a ``ValueError``) naming the file, line and
    field when a record does not follow the format.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be None or >= 0, got {limit}")
    docs: list[GoldDocument] = []
    name = os.fspath(path)
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if limit is not None and len(docs) >= limit:
                break
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise GoldFormatError(f"{where}: not valid JSON: {e}") from e
            if split is not None and isinstance(record, dict) and record.get("split") != split:
                continue
            docs.append(_gold_document(record, where))
    return docs


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
    """Return the predicted attributions of ``doc``: its claims not in the author's voice."""
    return tuple(
        Prediction.from_claim(c) for c in doc.claims if c.source.type is not SourceType.AUTHOR
    )


def _overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _any_overlap(spans: Iterable[Offsets], pieces: Sequence[Offsets]) -> bool:
    return any(_overlap(s, p) > 0 for s in spans for p in pieces)


def trim(text: str, span: Offsets) -> Offsets:
    """Return ``span`` without whitespace and :data:`TRIM_CHARS` at either end.

    >>> trim('He said: “We won.” ', (8, 19))
    (10, 16)
    """
    start, end = span
    while start < end and (text[start] in TRIM_CHARS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in TRIM_CHARS or text[end - 1].isspace()):
        end -= 1
    return start, end


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
        cue = () if p.cue is None else (p.cue,)
        cue_ok = _any_overlap(cue, g.cue) if g.cue else not cue
        exact = trim(text, g.span) == trim(text, p.content)
        matches.append(Match(i, j, -neg_size, exact, source_ok, cue_ok))
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

    def __add__(self, other: Scores) -> Scores:
        if not isinstance(other, Scores):
            return NotImplemented
        return Scores(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

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
    def cue_metric(self) -> Metric:
        """Matched pairs whose attribution cue overlaps the gold cue."""
        return self._metric(self.cue)

    def metrics(self) -> dict[str, Metric]:
        """Return every metric by name, in :data:`METRICS` order."""
        return dict(
            zip(
                METRICS,
                (self.content_overlap, self.content_exact, self.attribution, self.cue_metric),
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
    return Report(os.fspath(path), split, total, results, seconds, characters, tuple(failures))


# -- tables ---------------------------------------------------------------------------


def _markdown(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    cells = [list(header)] + [[_cell(x) for x in row] for row in rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        padded = [
            c.ljust(w) if k == 0 else c.rjust(w)
            for k, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("| " + " | ".join(padded) + " |")
        if n == 0:
            rule = [("-" * w if k == 0 else "-" * (w - 1) + ":") for k, w in enumerate(widths)]
            lines.append("| " + " | ".join(rule) + " |")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_table(scores: Scores) -> str:
    """Return a Markdown table of precision, recall, F1 and counts per metric."""
    rows = [
        (name, m.precision, m.recall, m.f1, m.correct, m.predicted, m.gold)
        for name, m in scores.metrics().items()
    ]
    return _markdown(("metric", "precision", "recall", "f1", "correct", "predicted", "gold"), rows)


def _document_row(r: DocumentResult) -> tuple[object, ...]:
    s = r.scores
    return (
        r.gold.id,
        s.gold,
        s.predicted,
        s.matched,
        s.content_overlap.f1,
        s.content_exact.f1,
        s.attribution.f1,
        s.cue_metric.f1,
        s.errors,
    )


_DOCUMENT_HEADER = (
    "document",
    "gold",
    "pred",
    "matched",
    "overlap f1",
    "exact f1",
    "attribution f1",
    "cue f1",
    "errors",
)


def format_documents(report: Report) -> str:
    """Return a Markdown table with one row per document, in file order."""
    return _markdown(_DOCUMENT_HEADER, (_document_row(r) for r in report.documents))


def format_publishers(report: Report) -> str:
    """Return a Markdown table of pooled scores per publisher (``-`` when unknown)."""
    groups: dict[str, Scores] = {}
    for r in report.documents:
        key = r.gold.publisher or "-"
        groups[key] = groups.get(key, Scores()) + r.scores
    rows = [
        (
            name,
            s.gold,
            s.predicted,
            s.matched,
            s.content_overlap.f1,
            s.content_exact.f1,
            s.attribution.f1,
            s.cue_metric.f1,
            s.errors,
        )
        for name, s in sorted(groups.items())
    ]
    return _markdown(("publisher", *_DOCUMENT_HEADER[1:]), rows)


def format_worst(report: Report, n: int = 5) -> str:
    """Return the ``n`` documents with the most attribution errors (FN + FP)."""
    worst = sorted(report.documents, key=lambda r: (-r.scores.errors, r.gold.id))[:n]
    return _markdown(_DOCUMENT_HEADER, (_document_row(r) for r in worst))


def _summary(report: Report) -> str:
    s = report.scores
    split = f", split {report.split}" if report.split else ""
    return (
        f"{report.path}{split}: {len(report.documents)} documents, {s.gold} gold and "
        f"{s.predicted} predicted attributions, {s.matched} matched; annotated "
        f"{report.characters} characters in {report.seconds:.2f} s "
        f"({report.chars_per_second:,.0f} chars/s)"
        + (f"; {len(report.failures)} documents failed" if report.failures else "")
    )


# -- error dump -----------------------------------------------------------------------

_CONTEXT_LIMIT = 1200


def _context(text: str, lo: int, hi: int) -> dict[str, Any]:
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    end = len(text) if end < 0 else end
    if end - start > _CONTEXT_LIMIT:
        start = max(start, lo - 200)
        end = min(end, max(hi, start) + 200)
    return {"start": start, "text": text[start:end]}


def _span(text: str, pieces: Sequence[Offsets]) -> dict[str, Any] | None:
    if not pieces:
        return None
    start, end = _hull(pieces)
    d: dict[str, Any] = {"text": text[start:end], "start": start, "end": end}
    if len(pieces) > 1:
        d["pieces"] = [text[a:b] for a, b in pieces]
    return d


def _gold_dict(text: str, g: GoldAttribution) -> dict[str, Any]:
    return {
        "id": g.id,
        "kind": g.kind,
        "content": _span(text, g.content),
        "source": _span(text, g.source),
        "cue": _span(text, g.cue),
    }


def _pred_dict(text: str, p: Prediction) -> dict[str, Any]:
    d: dict[str, Any] = {"content": _span(text, (p.content,))}
    if p.claim is not None:
        c = p.claim
        d.update(
            source=c.source.to_dict(),
            cue=None if c.cue is None else c.cue.to_dict(),
            rule=c.rule,
            quote=c.quote.value,
            confidence=c.confidence.value,
        )
    else:
        d.update(
            source=_span(text, p.sources[:1]),
            cue=None if p.cue is None else _span(text, (p.cue,)),
        )
    return d


def _bounds(spans: Iterable[Offsets]) -> Offsets:
    items = list(spans)
    return min(a for a, _ in items), max(b for _, b in items)


def _gold_bounds(g: GoldAttribution) -> list[Offsets]:
    return [*g.content, *g.source, *g.cue]


def _pred_bounds(p: Prediction) -> list[Offsets]:
    return [p.content, *p.sources, *([] if p.cue is None else [p.cue])]


def iter_errors(report: Report) -> Iterator[dict[str, Any]]:
    """Yield one record per error, for analysis (``--errors FILE`` writes them as JSONL).

    ``error`` is one of ``missed`` (gold with no matching prediction), ``spurious``
    (prediction with no matching gold), ``wrong_source`` (matched, source disagrees),
    ``wrong_cue`` (matched, cue disagrees) and ``inexact`` (matched, content spans
    differ after trimming). ``missed`` and ``spurious`` records list in ``overlaps``
    the items on the other side that overlap them but were taken by another match;
    ``context`` is the paragraph around the spans, with its start offset.
    """
    for r in report.documents:
        text = r.gold.text
        gold, preds = r.gold.attributions, r.predictions
        head = {"doc": r.gold.id, "publisher": r.gold.publisher}
        for i in r.missed:
            g = gold[i]
            overlapping = [_pred_dict(text, p) for p in preds if _overlap(g.span, p.content) > 0]
            yield {
                **head,
                "error": "missed",
                "gold": _gold_dict(text, g),
                "overlaps": overlapping,
                "context": _context(text, *_bounds(_gold_bounds(g))),
            }
        for j in r.spurious:
            p = preds[j]
            overlapping = [_gold_dict(text, g) for g in gold if _overlap(g.span, p.content) > 0]
            yield {
                **head,
                "error": "spurious",
                "pred": _pred_dict(text, p),
                "overlaps": overlapping,
                "context": _context(text, *_bounds(_pred_bounds(p))),
            }
        for m in r.matches:
            g, p = gold[m.gold], preds[m.pred]
            for failed, name in (
                (m.source, "wrong_source"),
                (m.cue, "wrong_cue"),
                (m.exact, "inexact"),
            ):
                if failed:
                    continue
                yield {
                    **head,
                    "error": name,
                    "gold": _gold_dict(text, g),
                    "pred": _pred_dict(text, p),
                    "overlap": m.overlap,
                    "context": _context(text, *_bounds(_gold_bounds(g) + _pred_bounds(p))),
                }


def write_errors(report: Report, out: TextIO) -> int:
    """Write :func:`iter_errors` to ``out`` as JSONL; return the number of records."""
    n = 0
    for record in iter_errors(report):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


# -- command line ---------------------------------------------------------------------

EXIT_OK = 0
EXIT_FAILED = 1


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold attributions (PolNeAR JSONL)")
    parser.add_argument("--split", help="score only records whose 'split' field equals this")
    parser.add_argument(
        "--limit", type=_non_negative_int, metavar="N", help="score only the first N documents"
    )
    parser.add_argument(
        "--report",
        metavar="FILE",
        help="write the table and breakdowns by publisher and by document (Markdown)",
    )
    parser.add_argument(
        "--errors",
        metavar="FILE",
        help="write every error as JSONL: missed, spurious, wrong_source, wrong_cue, inexact",
    )
    parser.add_argument(
        "--json",
        metavar="FILE",
        dest="json_out",
        help="write the pooled and per-document figures as JSON",
    )
    parser.add_argument(
        "--worst",
        type=_non_negative_int,
        default=5,
        metavar="N",
        help="show the N documents with the most errors (default 5)",
    )
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="annotate with N processes (default 1)",
    )
    parser.set_defaults(handler=run)


def _non_negative_int(value: str) -> int:
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected an integer >= 0, got {value}")
    return n


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got {value}")
    return n


def add_evaluate_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``evaluate`` subcommand on a ``claimscope`` CLI's subparsers."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score attributions against gold PolNeAR-format JSONL",
        description="Annotate each gold document and score the attributed claims "
        "(content overlap, content exact, attribution, cue). Definitions: "
        "claimscope.evaluation module docstring.",
    )
    _add_arguments(parser)


def _write(name: str, write: Callable[[TextIO], object]) -> bool:
    try:
        with open(name, "w", encoding="utf-8") as f:
            write(f)
    except OSError as e:
        print(f"claimscope evaluate: cannot write {name}: {e}", file=sys.stderr)
        return False
    return True


def run(args: argparse.Namespace) -> int:
    """Run ``evaluate`` for parsed arguments; print the table; return the exit status."""
    try:
        report = evaluate(
            args.gold,
            split=args.split,
            limit=args.limit,
            n_process=args.jobs,
            keep_going=True,
        )
    except (OSError, UnicodeDecodeError, GoldFormatError) as e:
        print(f"claimscope evaluate: {args.gold}: {e}", file=sys.stderr)
        return EXIT_FAILED
    if not report.documents:
        where = f" with split {args.split!r}" if args.split else ""
        print(f"claimscope evaluate: {args.gold}: no documents{where}", file=sys.stderr)
        return EXIT_FAILED
    for doc_id, error in report.failures:
        print(
            f"claimscope evaluate: document {doc_id}: annotation failed: {error}", file=sys.stderr
        )
    print(_summary(report))
    print()
    print(format_table(report.scores))
    if args.worst:
        print()
        print(f"Worst {min(args.worst, len(report.documents))} documents (attribution FN + FP):")
        print(format_worst(report, args.worst))
    ok = True
    if args.report:
        ok &= _write(
            args.report,
            lambda f: f.write(
                f"# claimscope evaluation\n\n{_summary(report)}\n\n{format_table(report.scores)}"
                f"\n\n## By publisher\n\n{format_publishers(report)}"
                f"\n\n## Worst documents\n\n{format_worst(report, max(args.worst, 10))}"
                f"\n\n## Per document\n\n{format_documents(report)}\n"
            ),
        )
    if args.errors:
        ok &= _write(args.errors, lambda f: write_errors(report, f))
    if args.json_out:
        ok &= _write(args.json_out, lambda f: f.write(json.dumps(report.to_dict(), indent=1)))
    if report.failures:
        print(
            f"claimscope evaluate: annotation failed on {len(report.failures)} documents "
            "(scored as all missed; see above)",
            file=sys.stderr,
        )
        ok = False
    return EXIT_OK if ok else EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``python -m claimscope.evaluation`` with ``argv``; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m claimscope.evaluation",
        description="Score claimscope's attributions against gold PolNeAR-format JSONL.",
    )
    _add_arguments(parser)
    args = parser.parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
