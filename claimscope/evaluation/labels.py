"""Score source types and confidence against hand labels on PolNeAR attributions.

The gold (``polnear-dev-labels.json``) is a JSON object whose ``labels`` each name a
PolNeAR document (``doc``) and one of its attributions (``attribution``, the id in the
PolNeAR JSONL), with the expected source ``type``, ``confidence`` and ``sure`` (false
where a careful editor could defend another label).

Definitions
-----------

These follow ``shared/data/README.md``, so that figures agree with it.

*Predicted claim*
    Among all the annotated document's claims (the author's voice included), the one
    whose content overlaps the gold content (summed over its pieces) by the most
    characters; on a tie, the first in document order.

*Coverage*
    Labels with a predicted claim, out of all labels.

*Accuracy*
    Over the covered labels, the share whose predicted value equals the label.

*Balanced accuracy*
    Over the covered labels, the mean of the per-class recalls, a class's recall
    being the share of covered labels of that class predicted as it. Only classes
    that occur among the covered labels count: a class no label has has no recall and
    is left out of the mean, while a predicted value that no label has still costs the
    classes it was predicted for.

*Confusion table*
    Covered labels counted by (label, predicted value).

Both are reported on the ``sure`` labels (what counts first) and on all labels.

Example
-------

>>> labels = [("person", "person"), ("person", "anonymous"), ("media", "media")]
>>> agreement = Agreement.of(labels)
>>> (round(agreement.accuracy, 3), agreement.balanced_accuracy)
(0.667, 0.75)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from claimscope.evaluation._common import GoldFormatError, Offsets, best_overlap
from claimscope.evaluation.gold import GoldDocument
from claimscope.model import Claim, Document

__all__ = [
    "Agreement",
    "GoldLabel",
    "LabelReport",
    "LabelResult",
    "LabelScores",
    "is_label_gold",
    "load_labels",
    "score_labels",
]


@attrs.frozen
class GoldLabel:
    """One hand label: a PolNeAR attribution's source type and confidence."""

    doc: str
    attribution: str
    type: str
    confidence: str
    sure: bool = True
    source_text: str = ""

    @classmethod
    def from_dict(cls, record: object, where: str) -> GoldLabel:
        """Read one ``labels`` entry; raise :class:`GoldFormatError` naming ``where``."""
        if not isinstance(record, dict):
            raise GoldFormatError(f"{where}: expected a JSON object")
        for key in ("doc", "attribution", "type", "confidence"):
            if not isinstance(record.get(key), str) or not record[key]:
                raise GoldFormatError(f"{where}.{key}: expected a non-empty string")
        sure = record.get("sure", True)
        if not isinstance(sure, bool):
            raise GoldFormatError(f"{where}.sure: expected true or false")
        return cls(
            record["doc"],
            record["attribution"],
            record["type"],
            record["confidence"],
            sure,
            str(record.get("source_text") or ""),
        )


def is_label_gold(data: object) -> bool:
    """Whether parsed JSON has the shape of a labels file (an object with ``labels``)."""
    return isinstance(data, dict) and isinstance(data.get("labels"), list)


def load_labels(path: str | os.PathLike[str]) -> list[GoldLabel]:
    """Read a labels file. Raises ``OSError`` when it cannot be read and
    :class:`GoldFormatError` when it is not a labels file."""
    name = os.fspath(path)
    with open(path, encoding="utf-8") as f:
        try:
            data = json.load(f)
        except json.JSONDecodeError as e:
            raise GoldFormatError(f"{name}: not valid JSON: {e}") from e
    if not is_label_gold(data):
        raise GoldFormatError(f"{name}: expected a JSON object with a 'labels' list")
    return [GoldLabel.from_dict(r, f"{name}: labels[{i}]") for i, r in enumerate(data["labels"])]


@attrs.frozen
class Agreement:
    """How predicted values agree with labels for one field over covered labels.

    ``pairs`` holds one ``(label, predicted)`` pair per covered label.
    """

    pairs: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, str]]) -> Agreement:
        """Build from ``(label, predicted)`` pairs."""
        return cls(tuple(pairs))

    @property
    def classes(self) -> tuple[str, ...]:
        """The label classes present, most frequent first (then by name)."""
        counts: dict[str, int] = {}
        for gold, _ in self.pairs:
            counts[gold] = counts.get(gold, 0) + 1
        return tuple(sorted(counts, key=lambda c: (-counts[c], c)))

    @property
    def accuracy(self) -> float:
        """Share of pairs that agree (0.0 when there are none)."""
        if not self.pairs:
            return 0.0
        return sum(g == p for g, p in self.pairs) / len(self.pairs)

    def recall(self) -> dict[str, float]:
        """Per-class recall, for each label class present."""
        result = {}
        for c in self.classes:
            predicted = [p for g, p in self.pairs if g == c]
            result[c] = sum(p == c for p in predicted) / len(predicted)
        return result

    @property
    def balanced_accuracy(self) -> float:
        """Mean per-class recall over the label classes present (0.0 when none)."""
        recalls = self.recall()
        return sum(recalls.values()) / len(recalls) if recalls else 0.0

    def confusion(self) -> dict[str, dict[str, int]]:
        """Counts by label class, then predicted value."""
        table: dict[str, dict[str, int]] = {c: {} for c in self.classes}
        for g, p in self.pairs:
            table[g][p] = table[g].get(p, 0) + 1
        return table

    def to_dict(self) -> dict[str, Any]:
        """Accuracy, balanced accuracy, per-class recall and confusion as plain data."""
        return {
            "n": len(self.pairs),
            "accuracy": self.accuracy,
            "balanced_accuracy": self.balanced_accuracy,
            "recall": self.recall(),
            "confusion": self.confusion(),
        }


@attrs.frozen
class LabelResult:
    """One label and the claim that overlaps its gold content most (or ``None``)."""

    label: GoldLabel
    content: tuple[Offsets, ...]
    claim: Claim | None

    def to_dict(self) -> dict[str, Any]:
        """The label, what was predicted, and the content span, as plain data."""
        return {
            **attrs.asdict(self.label),
            "content": [list(p) for p in self.content],
            "predicted_type": None if self.claim is None else self.claim.source.type.value,
            "predicted_confidence": None if self.claim is None else self.claim.confidence.value,
            "predicted_source": None if self.claim is None else self.claim.source.text,
        }


@attrs.frozen
class LabelScores:
    """Coverage and agreement of types and confidences over a set of labels."""

    labels: int
    covered: int
    type: Agreement
    confidence: Agreement

    @classmethod
    def of(cls, results: Sequence[LabelResult]) -> LabelScores:
        """Score a set of label results."""
        covered = [r for r in results if r.claim is not None]
        return cls(
            len(results),
            len(covered),
            Agreement.of((r.label.type, r.claim.source.type.value) for r in covered if r.claim),
            Agreement.of(
                (r.label.confidence, r.claim.confidence.value) for r in covered if r.claim
            ),
        )

    @property
    def coverage(self) -> float:
        """Covered labels out of all (0.0 when there are none)."""
        return self.covered / self.labels if self.labels else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts, coverage and both agreements as plain data."""
        return {
            "labels": self.labels,
            "covered": self.covered,
            "coverage": self.coverage,
            "type": self.type.to_dict(),
            "confidence": self.confidence.to_dict(),
        }


@attrs.frozen
class LabelReport:
    """The labels scored: per-label results, and labels whose document was not
    annotated (``unscored``: outside the PolNeAR documents evaluated)."""

    path: str
    results: tuple[LabelResult, ...]
    unscored: int = 0

    @property
    def sure(self) -> LabelScores:
        """Scores over the ``sure`` labels (what counts first)."""
        return LabelScores.of([r for r in self.results if r.label.sure])

    @property
    def all(self) -> LabelScores:
        """Scores over every label."""
        return LabelScores.of(self.results)

    def to_dict(self) -> dict[str, Any]:
        """Both scorings and every label's result as plain data."""
        return {
            "path": self.path,
            "unscored": self.unscored,
            "sure": self.sure.to_dict(),
            "all": self.all.to_dict(),
            "labels": [r.to_dict() for r in self.results],
        }


def score_labels(
    path: str,
    labels: Iterable[GoldLabel],
    gold: Mapping[str, GoldDocument],
    annotated: Mapping[str, Document],
) -> LabelReport:
    """Match each label to the claim overlapping its gold content most.

    ``gold`` maps PolNeAR document ids to their gold, ``annotated`` to their annotated
    documents; a label on a document missing from either is counted in
    :attr:`LabelReport.unscored`. Raises :class:`GoldFormatError` when a label names an
    attribution its gold document does not have.
    """
    results = []
    unscored = 0
    for label in labels:
        doc, g = annotated.get(label.doc), gold.get(label.doc)
        if doc is None or g is None:
            unscored += 1
            continue
        found = [a for a in g.attributions if a.id == label.attribution]
        if not found:
            raise GoldFormatError(
                f"{path}: label on {label.doc} {label.attribution}: the PolNeAR gold has no "
                "attribution with that id"
            )
        content = found[0].content
        results.append(LabelResult(label, content, best_overlap(doc.claims, content)))
    return LabelReport(path, tuple(results), unscored)
