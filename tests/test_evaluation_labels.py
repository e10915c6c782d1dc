"""The source-type and confidence label scorer: matching, coverage, (balanced) accuracy.

Labels, gold attributions and documents are composed here from the model classes, so
every figure is worked out by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimscope.evaluation import GoldAttribution, GoldDocument, GoldFormatError
from claimscope.evaluation.labels import (
    Agreement,
    GoldLabel,
    LabelScores,
    is_label_gold,
    load_labels,
    score_labels,
)
from claimscope.evaluation.report import format_confusion, format_labels
from claimscope.model import Claim, Document, Sentence, Source

TEXT = (
    "The Post reported that the senator would resign. "
    '"It is over," an aide said. '
    "A leaked memo suggests the vote may be delayed."
)


def at(fragment: str) -> tuple[int, int]:
    """The span of the only occurrence of ``fragment`` in TEXT."""
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def claim(content: str, kind: str, confidence: str, source: str | None = None) -> Claim:
    """A claim over ``content`` with the given source type and confidence."""
    a, b = at(content)
    src = Source(kind)
    if source is not None:
        s, e = at(source)
        src = Source(kind, TEXT[s:e], s, e)
    return Claim(a, b, TEXT[a:b], 0, "indirect", confidence, src, rule="X said C")


GOLD = GoldDocument(
    "d1",
    TEXT,
    (
        GoldAttribution("E1", (at("that the senator would resign"),), (at("The Post"),)),
        GoldAttribution("E2", (at('"It is over,"'),), (at("an aide"),)),
        GoldAttribution("E3", (at("the vote may be delayed"),), (at("A leaked memo"),)),
    ),
)

LABELS = [
    GoldLabel("d1", "E1", "media", "reported"),
    GoldLabel("d1", "E2", "anonymous", "reported", sure=False),
    GoldLabel("d1", "E3", "document", "hedged"),
]


def document(*claims: Claim) -> Document:
    """A one-sentence document holding ``claims``."""
    return Document(TEXT, (Sentence(0, len(TEXT), TEXT),), claims)


def test_balanced_accuracy_is_the_mean_recall_over_label_classes_present() -> None:
    """A predicted class no label has costs the classes it was predicted for but is
    not itself averaged; an absent label class is left out of the mean."""
    agreement = Agreement.of(
        [
            ("person", "person"),
            ("person", "person"),
            ("person", "person"),
            ("person", "organization"),
            ("media", "organization"),
        ]
    )
    assert agreement.accuracy == pytest.approx(3 / 5)
    assert agreement.recall() == {"person": 0.75, "media": 0.0}
    assert agreement.balanced_accuracy == pytest.approx(0.375)
    assert agreement.classes == ("person", "media")
    assert agreement.confusion() == {
        "person": {"person": 3, "organization": 1},
        "media": {"organization": 1},
    }


def test_an_empty_agreement_scores_zero() -> None:
    """No covered labels: accuracy and balanced accuracy are 0, not an error."""
    empty = Agreement.of([])
    assert (empty.accuracy, empty.balanced_accuracy, empty.recall()) == (0.0, 0.0, {})


def test_each_label_takes_the_claim_overlapping_its_content_most() -> None:
    """Labels are matched through the gold content; an author claim counts too."""
    doc = document(
        claim("the senator would resign", "media", "reported", "The Post"),
        claim("It is over", "person", "reported", "an aide"),
        claim("A leaked memo suggests the vote may be delayed.", "author", "asserted"),
    )
    report = score_labels("labels.json", LABELS, {"d1": GOLD}, {"d1": doc})
    got = [(r.claim.source.type.value if r.claim else None) for r in report.results]
    assert got == ["media", "person", "author"]
    sure = report.sure
    assert (sure.labels, sure.covered, sure.coverage) == (2, 2, 1.0)
    assert sure.type.accuracy == 0.5 and sure.confidence.accuracy == 0.5
    everything = report.all
    assert everything.labels == 3 and everything.type.accuracy == pytest.approx(1 / 3)


def test_a_label_with_no_overlapping_claim_is_not_covered() -> None:
    """Coverage counts labels with a claim; accuracy is over the covered ones only."""
    doc = document(claim("the senator would resign", "media", "reported", "The Post"))
    report = score_labels("labels.json", LABELS, {"d1": GOLD}, {"d1": doc})
    scores = LabelScores.of(report.results)
    assert (scores.labels, scores.covered) == (3, 1)
    assert scores.coverage == pytest.approx(1 / 3)
    assert scores.type.accuracy == 1.0


def test_labels_on_documents_not_evaluated_are_counted_apart() -> None:
    """A label whose document was not annotated is unscored, not a miss."""
    other = GoldLabel("d2", "E1", "person", "reported")
    report = score_labels("labels.json", [*LABELS, other], {"d1": GOLD}, {"d1": document()})
    assert report.unscored == 1 and len(report.results) == 3
    assert "1 labels on documents not evaluated" in format_labels(report)


def test_a_label_naming_an_unknown_attribution_is_a_format_error() -> None:
    """The message names the document and the attribution id."""
    bad = GoldLabel("d1", "E9", "person", "reported")
    with pytest.raises(GoldFormatError, match="d1 E9"):
        score_labels("labels.json", [bad], {"d1": GOLD}, {"d1": document()})


def test_confusion_table_lists_predicted_values_no_label_has() -> None:
    """Columns include predicted values outside the label classes; rows end in recall."""
    table = format_confusion(Agreement.of([("person", "author"), ("person", "person")]), "type")
    header = table.splitlines()[0]
    assert "| person " in header and "| author " in header and "recall" in header
    assert table.splitlines()[2].endswith("2 |  0.500 |")


def test_loading_checks_the_shape_and_every_field(tmp_path: Path) -> None:
    """A labels file is an object with a ``labels`` list of complete records."""
    record = {"doc": "d1", "attribution": "E1", "type": "media", "confidence": "reported"}
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({"labels": [{**record, "sure": True}]}), encoding="utf-8")
    assert load_labels(path) == [GoldLabel("d1", "E1", "media", "reported", True)]
    assert is_label_gold({"labels": []}) and not is_label_gold({"items": []})
    path.write_text(json.dumps({"labels": [{**record, "sure": "yes"}]}), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"labels\[0\]\.sure"):
        load_labels(path)
    path.write_text(json.dumps({"items": []}), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="'labels' list"):
        load_labels(path)
