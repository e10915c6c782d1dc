"""Tables and error records for a PolNeAR :class:`~claimscope.evaluation.Report`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from claimscope.evaluation._common import Offsets, _hull, _markdown, _overlap
from claimscope.evaluation.gold import GoldAttribution
from claimscope.evaluation.items import GoldItem, ItemReport, ItemResult
from claimscope.evaluation.labels import Agreement, LabelReport
from claimscope.evaluation.polnear import DocumentResult, Prediction, Report, Scores

# -- tables ---------------------------------------------------------------------------


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


# -- item gold ------------------------------------------------------------------------


def format_item_documents(report: ItemReport) -> str:
    """Return a Markdown table of item counts per article, in gold order."""
    rows = []
    for doc, s in report.by_document().items():
        r = s.ratios()
        rows.append(
            (
                doc,
                s.items,
                s.right,
                f"{s.found}/{s.claims}",
                r["source"],
                r["type"],
                r["confidence"],
                f"{s.nones_right}/{s.nones}",
            )
        )
    header = ("document", "items", "right", "found", "source", "type", "confidence", "none ok")
    return _markdown(header, rows)


def _want(item: GoldItem) -> str:
    if item.none:
        return "no claim"
    source = "null" if item.source is None else " | ".join(item.source)
    return f"{source} / {'|'.join(item.types)} / {'|'.join(item.confidences)}"


def _got(result: ItemResult) -> str:
    c = result.claim
    if c is None:
        return "no claim"
    return f"{c.source.text!r} / {c.source.type.value} / {c.confidence.value} ({c.rule})"


def format_wrong_items(report: ItemReport) -> str:
    """Return one line per wrong item: what is wrong, the article, the anchor, what the
    claim there says (``got``: source text / type / confidence (rule)) and the gold
    (``want``). Flags: ``S``ource, ``T``ype, ``C``onfidence wrong; ``MISSED``: no claim;
    ``NONE``: a claim covers a non-claim."""
    lines = []
    for r in report.wrong():
        lines.append(
            f"{r.flags:6} {r.item.doc}: {r.item.anchor!r}\n"
            f"       got  {_got(r)}\n"
            f"       want {_want(r.item)}"
        )
    return "\n".join(lines)


def iter_item_errors(report: ItemReport) -> Iterator[dict[str, Any]]:
    """Yield one record per wrong item (``error``: ``item``), for ``--errors FILE``."""
    for r in report.wrong():
        yield {"error": "item", **r.to_dict()}


# -- labels ---------------------------------------------------------------------------


def format_label_summary(report: LabelReport) -> str:
    """Return a Markdown table: coverage, accuracy and balanced accuracy of source type
    and confidence, on the sure labels and on all labels."""
    rows = []
    for name, s in (("sure", report.sure), ("all", report.all)):
        for field, agreement in (("type", s.type), ("confidence", s.confidence)):
            rows.append(
                (
                    f"{field} ({name})",
                    s.labels,
                    s.covered,
                    s.coverage,
                    agreement.accuracy,
                    agreement.balanced_accuracy,
                )
            )
    header = ("labels", "n", "covered", "coverage", "accuracy", "balanced accuracy")
    return _markdown(header, rows)


def format_confusion(agreement: Agreement, title: str) -> str:
    """Return a Markdown confusion table (rows: label, columns: predicted) with each
    class's recall."""
    table = agreement.confusion()
    recall = agreement.recall()
    predicted = sorted({p for row in table.values() for p in row})
    columns = [c for c in agreement.classes if c in predicted]
    columns += [p for p in predicted if p not in columns]
    rows = [
        (
            label,
            *(table[label].get(c, 0) for c in columns),
            sum(table[label].values()),
            recall[label],
        )
        for label in agreement.classes
    ]
    return _markdown((f"{title} \\ predicted", *columns, "total", "recall"), rows)


def _label_sentence(report: LabelReport) -> str:
    s, a = report.sure, report.all
    extra = f"; {report.unscored} labels on documents not evaluated" if report.unscored else ""
    return (
        f"{report.path}: {s.labels} sure labels ({s.covered} covered, {s.coverage:.3f}), "
        f"{a.labels} in all ({a.covered} covered, {a.coverage:.3f}){extra}"
    )


def format_labels(report: LabelReport) -> str:
    """Return the labels section: a summary line, the accuracy table and, for the
    sure labels, the confusion tables of type and confidence with per-class recall."""
    sure = report.sure
    return (
        f"{_label_sentence(report)}\n\n{format_label_summary(report)}\n\n"
        f"Sure labels, source type:\n{format_confusion(sure.type, 'type')}\n\n"
        f"Sure labels, confidence:\n{format_confusion(sure.confidence, 'confidence')}"
    )
