"""brat/INCEpTION and Label Studio exports, and brat read back as gold."""

from __future__ import annotations

import doctest
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from strategies import article_texts

import claimscope.annotation_tools as tools
from claimscope import Document, annotate

ARTICLE = (
    "Jane Doe, the city's chief engineer, said the bridge may close in May. "
    '"We cannot wait another winter," she added.\r\n\r\n'
    "The Daily Planet reported that, according to a leaked memo, the repairs were delayed. "
    "The mayor reportedly plans to resign. "
    "The council denied claims that it had ignored warnings. The bridge opened in 1990.\n\n"
    "“The cables are older than anyone expected.\n\n"
    "“Nobody checked them for a decade,” said Tom Hale, an inspector."
)


class _Fixed:
    """An annotator that returns documents already made (to score a document against
    gold made from itself)."""

    def __init__(self, docs: dict[str, Document]) -> None:
        self.docs = docs

    def annotate(self, text: str) -> Document:
        """The stored document of ``text``."""
        return self.docs[text]

    def pipe(self, texts: Any, *, n_process: int = 1) -> Any:
        """The stored documents of ``texts``, in order."""
        return (self.docs[t] for t in texts)


def _score(gold: list[dict[str, Any]], docs: list[Document], tmp_path: Path) -> dict[str, float]:
    """F1 of each PolNeAR metric for ``docs`` against ``gold``, through the public
    evaluate() the CLI uses (the one place this test touches the evaluation API)."""
    from claimscope.evaluation import evaluate

    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    report = evaluate(path, _Fixed({d.text: d for d in docs}))
    return {
        name: figures["f1"]
        for name, figures in report.to_dict()["scores"].items()
        if name != "counts"
    }


def _hull(content: list[Any]) -> tuple[int, int]:
    """The ``(start, end)`` of a gold span given as ``[a, b]`` or a list of pieces."""
    if isinstance(content[0], list):
        return content[0][0], content[-1][1]
    return content[0], content[1]


def test_module_doctests_pass() -> None:
    """The examples in claimscope.annotation_tools run."""
    result = doctest.testmod(tools)
    assert result.attempted > 0 and result.failed == 0


def test_brat_files_hold_every_claim_piece_at_its_offsets() -> None:
    """Every T line's offsets name the text its line shows; each claim has a Content
    span with its labels as attributes."""
    doc = annotate(ARTICLE)
    txt, ann = tools.to_brat(doc)
    assert txt == ARTICLE
    contents = 0
    for line in ann.splitlines():
        fields = line.split("\t")
        assert len(fields) in (2, 3), line
        if line.startswith("T"):
            kind, _, offsets = fields[1].partition(" ")
            assert kind in {"Content", "Source", "Cue"}
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            assert fields[2] == " ".join(txt[a:b] for a, b in pieces)
            assert all("\n" not in txt[a:b] and "\r" not in txt[a:b] for a, b in pieces)
            contents += kind == "Content"
    assert contents == len(doc.claims)
    assert ann.count("\tConfidence ") == ann.count("\tSourceType ") == len(doc.claims)
    assert "\tSourceType T1 person" in ann


def test_brat_round_trip_scores_one(tmp_path: Path) -> None:
    """export → files → import → evaluate against the same documents: every metric 1.0."""
    texts = [
        ARTICLE,
        "Officials said the talks may collapse. The bridge opened in 1990.",
        "According to the report, two cables were corroded, the council said.",
        "The bridge opened in 1990.",
    ]
    docs = [annotate(t) for t in texts]
    for i, doc in enumerate(docs):
        tools.write_brat(doc, tmp_path / "brat", f"doc{i}")
    gold = list(tools.read_brat_dir(tmp_path / "brat"))
    assert [g["id"] for g in gold] == [f"doc{i}" for i in range(len(texts))]
    assert [g["text"] for g in gold] == texts
    predicted = sum(c.source.type.value != "author" for d in docs for c in d.claims)
    assert sum(len(g["attributions"]) for g in gold) == predicted > 5
    scores = _score(gold, docs, tmp_path)
    assert {"content-overlap", "content-exact", "attribution", "cue"} <= set(scores)
    assert scores == dict.fromkeys(scores, 1.0), scores


def test_gold_records_carry_the_labels_for_training() -> None:
    """Imported attributions keep the source type, confidence and quote kind."""
    doc = annotate(ARTICLE)
    gold = tools.read_brat(*tools.to_brat(doc), id="a")
    by_span = {_hull(g["content"]): g for g in gold["attributions"]}
    for claim in doc.claims:
        if claim.source.type.value == "author":
            assert (claim.start, claim.end) not in by_span
            continue
        record = by_span[claim.start, claim.end]
        assert record["confidence"] == claim.confidence.value
        assert record["source_type"] == claim.source.type.value
        assert record["quote"] == claim.quote.value


def _joined_block_quote(doc: Document) -> Document:
    """``doc`` with the two paragraph claims of its block quotation (one claim per
    paragraph, SPEC) joined into one claim over the paragraph break, as a
    hand-corrected annotation may hold one."""
    said = [c for c in doc.claims if c.text.startswith("“")]
    first, second = said[0], said[1]
    joined = attrs.evolve(first, end=second.end, text=doc.text[first.start : second.end])
    rest = tuple(c for c in doc.claims if c is not first and c is not second)
    return attrs.evolve(doc, claims=tuple(sorted((*rest, joined), key=lambda c: c.start)))


def test_a_multi_line_content_is_written_as_fragments_and_read_as_its_hull() -> None:
    """A quotation running over a paragraph break is split at the break for brat and
    read back as the span it was."""
    doc = _joined_block_quote(annotate(ARTICLE))
    long = [c for c in doc.claims if "\n" in c.text]
    assert long, "the article should have a quotation over a paragraph break"
    txt, ann = tools.to_brat(doc)
    assert any(";" in line.split("\t")[1] for line in ann.splitlines() if line.startswith("T"))
    gold = tools.read_brat(txt, ann, id="a")
    hulls = {_hull(g["content"]) for g in gold["attributions"]}
    assert all((c.start, c.end) in hulls for c in long)


def test_human_annotation_without_attributes_is_read() -> None:
    """A hand-made .ann (as INCEpTION exports it: relations in either order, an event,
    no attributes) gives attributions for linked contents only."""
    txt = "Critics fear the closure may drive customers away. The bridge opened in 1990."
    ann = (
        "T1\tSource 0 7\tCritics\n"
        "T2\tCue 8 12\tfear\n"
        "T3\tContent 13 49\tthe closure may drive customers away\n"
        "T4\tContent 51 77\tThe bridge opened in 1990.\n"
        "R1\tSource Arg1:T1 Arg2:T3\n"
        "#1\tAnnotatorNotes T3\tchecked\n"
        "E1\tAttribution:T2 Content:T3\n"
    )
    gold = tools.read_brat(txt, ann, id="h")
    assert gold["attributions"] == [
        {"id": "T3", "content": [13, 49], "source": [0, 7], "cue": [8, 12]}
    ]


@pytest.mark.parametrize(
    "ann,message",
    [
        ("T1\tContent 5\tx\n", "offsets"),
        ("T1\tContent 0 999\tx\n", "not inside the text"),
        ("T1\tContent 0 4\tRain\nR1\tSource Arg1:T1 Arg2:T9\n", "T9 is not defined"),
        ("R1\tSource T1 T2\n", "Arg1"),
    ],
    ids=["one-offset", "past-the-end", "undefined-id", "bad-relation"],
)
def test_bad_brat_lines_are_named(ann: str, message: str) -> None:
    """A malformed .ann raises BratFormatError (a ValueError) naming file and line."""
    with pytest.raises(tools.BratFormatError, match=message) as info:
        tools.read_brat("Rain fell.", ann, id="bad")
    assert isinstance(info.value, ValueError) and "bad.ann:" in str(info.value)


def test_read_brat_dir_names_a_missing_text(tmp_path: Path) -> None:
    """An .ann without its .txt raises FileNotFoundError naming the file."""
    (tmp_path / "lonely.ann").write_text("", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"lonely\.txt"):
        list(tools.read_brat_dir(tmp_path))


def test_write_brat_keeps_line_ends_and_an_existing_config(tmp_path: Path) -> None:
    """The .txt keeps \\r\\n byte for byte; a user's annotation.conf is not replaced."""
    (tmp_path / "annotation.conf").write_text("# mine\n", encoding="utf-8")
    txt_path, _ = tools.write_brat(annotate(ARTICLE), tmp_path, "a")
    assert txt_path.read_bytes() == ARTICLE.encode("utf-8")
    assert (tmp_path / "annotation.conf").read_text(encoding="utf-8") == "# mine\n"
    fresh = tmp_path / "fresh"
    tools.write_brat(annotate(ARTICLE), fresh, "a")
    assert (fresh / "annotation.conf").read_text(encoding="utf-8") == tools.BRAT_ANNOTATION_CONF


def test_label_studio_task_has_regions_choices_and_relations() -> None:
    """Every region's text is the slice it names; each content has its label choices,
    and relations point at regions that exist."""
    doc = annotate(ARTICLE)
    task = tools.to_label_studio(doc.to_dict(), data={"id": "a1", "text": "stale"})
    assert task["data"] == {"text": ARTICLE, "id": "a1"}
    (prediction,) = task["predictions"]
    assert prediction["model_version"].startswith("claimscope ")
    result = prediction["result"]
    regions = {r["id"]: r for r in result if r["type"] == "labels"}
    for r in result:
        if r["type"] in ("labels", "choices"):
            v = r["value"]
            assert r["to_name"] == "text" and ARTICLE[v["start"] : v["end"]] == v["text"]
    contents = [r for r in regions.values() if r["value"]["labels"] == ["Content"]]
    assert len(contents) == len(doc.claims)
    confidence = [r for r in result if r.get("from_name") == "confidence"]
    assert [r["value"]["choices"] for r in confidence] == [[c.confidence.value] for c in doc.claims]
    relations = [r for r in result if r["type"] == "relation"]
    assert relations and all(r["from_id"] in regions and r["to_id"] in regions for r in relations)
    json.dumps([task])  # importable as a JSON list of tasks


def test_label_studio_config_names_what_the_tasks_use() -> None:
    """The labeling config declares every from_name, label and relation of a task."""
    result = tools.to_label_studio(annotate(ARTICLE))["predictions"][0]["result"]
    config = tools.LABEL_STUDIO_CONFIG
    for r in result:
        if r["type"] == "relation":
            assert f'<Relation value="{r["labels"][0]}"/>' in config
        else:
            assert f'name="{r["from_name"]}"' in config
            for value in r["value"].get("labels", []) + r["value"].get("choices", []):
                assert f'value="{value}"' in config


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_texts())
def test_brat_round_trip_keeps_every_attribution(text: str) -> None:
    """For any article, the gold read back from brat has one attribution per
    non-author claim, at the claim's content span, with its source and cue spans."""
    doc = annotate(text)
    gold = tools.read_brat(*tools.to_brat(doc), id="x")
    expected = sorted((c.start, c.end) for c in doc.claims if c.source.type.value != "author")
    assert sorted(_hull(g["content"]) for g in gold["attributions"]) == expected
