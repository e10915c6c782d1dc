"""The evaluation harness: gold loading, matching, the four metrics, reports, the command.

Scores here are worked out by hand on small gold/prediction pairs built with the model
classes, so these tests do not depend on how well the pipeline attributes claims.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope.evaluation import (
    DocumentResult,
    GoldAttribution,
    GoldDocument,
    GoldFormatError,
    Prediction,
    Report,
    Scores,
    add_evaluate_parser,
    evaluate,
    format_table,
    format_worst,
    iter_errors,
    load_gold,
    main,
    match,
    predictions,
    score,
    score_document,
    trim,
    write_errors,
)
from claimscope.model import (
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

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev.jsonl"

TEXT = (
    "The mayor said on Tuesday that the bridge would reopen in May. "
    '"We are ahead of schedule," she told reporters, "and under budget." '
    "Critics doubt the timeline, and it is claimed that costs have doubled."
)


def at(fragment: str, text: str = TEXT) -> tuple[int, int]:
    """Return the span of the only occurrence of ``fragment`` in ``text``."""
    start = text.index(fragment)
    if text.find(fragment, start + 1) >= 0:
        raise ValueError(f"{fragment!r} occurs more than once")
    return start, start + len(fragment)


def claim(
    content: str,
    *,
    source: str | None = None,
    kind: SourceType = SourceType.PERSON,
    mention: str | None = None,
    cue: str | None = None,
    text: str = TEXT,
) -> Claim:
    """Build a claim in sentence 0 of ``text`` from its fragments."""
    start, end = at(content, text)
    src = Source(kind)
    if source is not None:
        a, b = at(source, text)
        local = None
        if mention is not None:
            m, n = at(mention, text)
            local = Span(text[m:n], m, n)
        src = Source(kind, text[a:b], a, b, local)
    attribution_cue = None
    if cue is not None:
        a, b = at(cue, text)
        attribution_cue = Cue(text[a:b], a, b, CueKind.REPORTING)
    quote = QuoteKind.NONE if kind is SourceType.AUTHOR else QuoteKind.INDIRECT
    confidence = Confidence.ASSERTED if kind is SourceType.AUTHOR else Confidence.REPORTED
    return Claim(
        start, end, text[start:end], 0, quote, confidence, src, cue=attribution_cue, rule="X said C"
    )


def document(*claims: Claim, text: str = TEXT) -> Document:
    """A one-sentence document holding ``claims`` (sorted by start)."""
    return Document(
        text, (Sentence(0, len(text), text),), tuple(sorted(claims, key=lambda c: c.start))
    )


def gold(*attributions: GoldAttribution, text: str = TEXT, doc_id: str = "mayor") -> GoldDocument:
    """A gold document over ``text``."""
    return GoldDocument(doc_id, text, attributions, split="dev", publisher="test")


MAYOR = GoldAttribution(
    "E1",
    content=(at("that the bridge would reopen in May"),),
    source=(at("The mayor"),),
    cue=(at("said on"),),
)
"""Indirect speech: content, source and cue each one piece."""

QUOTE = GoldAttribution(
    "E2",
    content=(at('"We are ahead of schedule,"'), at('"and under budget."')),
    source=(at("she told"),),
    cue=(at("told"),),
)
"""A quotation split into two pieces around its attribution."""

CLAIMED = GoldAttribution(
    "E3",
    content=(at("costs have doubled"),),
    source=(),
    cue=(at("it is claimed"),),
    kind="Attribution-no-source",
)
"""An attribution without a source."""


def test_perfect_prediction_scores_one_on_every_metric() -> None:
    """A prediction equal to the gold attribution is right on all four metrics."""
    doc = document(claim("that the bridge would reopen in May", source="The mayor", cue="said"))
    result = score_document(gold(MAYOR), doc)
    for name, metric in result.scores.metrics().items():
        assert (metric.correct, metric.predicted, metric.gold) == (1, 1, 1), name
        assert metric.f1 == 1.0
    assert result.missed == () and result.spurious == ()


def test_author_claims_are_not_predicted_attributions() -> None:
    """Claims in the author's voice are left out of the predictions."""
    author = claim(
        "Critics doubt the timeline, and it is claimed that costs have doubled.",
        kind=SourceType.AUTHOR,
    )
    said = claim("that the bridge would reopen in May", source="The mayor", cue="said")
    doc = document(author, said)
    assert [p.claim for p in predictions(doc)] == [said]
    scores = score_document(gold(MAYOR, CLAIMED), doc).scores
    # 1 prediction, 2 gold, 1 match: P = 1/1, R = 1/2, F1 = 2/3.
    assert scores.content_overlap.precision == 1.0
    assert scores.content_overlap.recall == 0.5
    assert scores.content_overlap.f1 == pytest.approx(2 / 3)


def test_pieces_are_scored_as_their_hull() -> None:
    """A content in pieces matches a prediction spanning its hull exactly.

    The hull runs from the first quotation mark to the last; trimming quotation marks
    and punctuation makes the prediction of the whole quoted passage exact.
    """
    whole = claim(
        '"We are ahead of schedule," she told reporters, "and under budget."',
        source="she",
        cue="told",
    )
    result = score_document(gold(QUOTE), document(whole))
    assert result.matches[0].exact
    assert result.scores.content_exact.f1 == 1.0


def test_prediction_of_one_piece_overlaps_but_is_not_exact() -> None:
    """Predicting only the first quoted piece matches on overlap but not exactly."""
    first = claim("We are ahead of schedule", source="she", cue="told")
    scores = score_document(gold(QUOTE), document(first)).scores
    assert scores.content_overlap.f1 == 1.0
    assert scores.content_exact.correct == 0
    assert scores.attribution.correct == 1
    assert scores.cue_metric.correct == 1


def test_missing_source_agrees_only_with_no_predicted_source() -> None:
    """A gold attribution without a source is right only when the prediction names none."""
    unspecified = claim("costs have doubled", kind=SourceType.UNSPECIFIED, cue="claimed")
    critics = claim(
        "costs have doubled", source="Critics", kind=SourceType.ANONYMOUS, cue="claimed"
    )
    assert score_document(gold(CLAIMED), document(unspecified)).scores.source == 1
    assert score_document(gold(CLAIMED), document(critics)).scores.source == 0
    # And the other way round: the gold names the mayor, the prediction nobody.
    nobody = claim("that the bridge would reopen in May", kind=SourceType.UNSPECIFIED, cue="said")
    assert score_document(gold(MAYOR), document(nobody)).scores.source == 0


def test_local_mention_counts_for_the_source() -> None:
    """The source is right when its local mention overlaps the gold source.

    The claim names *The mayor* as the source, with *she* as the mention next to the
    quote; the gold marks *she told* as the source.
    """
    quote = claim(
        '"We are ahead of schedule," she told reporters, "and under budget."',
        source="The mayor",
        mention="she",
        cue="told",
    )
    assert score_document(gold(QUOTE), document(quote)).matches[0].source
    without = claim(
        '"We are ahead of schedule," she told reporters, "and under budget."',
        source="The mayor",
        cue="told",
    )
    assert not score_document(gold(QUOTE), document(without)).matches[0].source


def test_wrong_cue_and_missing_cue() -> None:
    """The cue is right only when the predicted attribution cue overlaps the gold cue."""
    wrong = claim("that the bridge would reopen in May", source="The mayor", cue="Tuesday")
    missing = claim("that the bridge would reopen in May", source="The mayor")
    assert score_document(gold(MAYOR), document(wrong)).scores.cue == 0
    assert score_document(gold(MAYOR), document(missing)).scores.cue == 0


def test_double_match_keeps_the_larger_overlap() -> None:
    """Two predictions over one gold content: the larger overlap matches, the other is a FP.

    Gold ``that the bridge would reopen in May`` (35 characters); prediction A covers
    ``the bridge would reopen`` (23), prediction B ``in May`` (6). A matches, B is
    spurious: P = 1/2, R = 1/1, F1 = 2/3.
    """
    a = claim("the bridge would reopen", source="The mayor", cue="said")
    # (no cue: two claims sharing a cue and source would be one attribution's segments)
    b = claim("in May. ", source="The mayor")
    result = score_document(gold(MAYOR), document(a, b))
    assert [(m.gold, m.pred, m.overlap) for m in result.matches] == [(0, 0, 23)]
    assert result.spurious == (1,)
    metric = result.scores.content_overlap
    assert (metric.precision, metric.recall) == (0.5, 1.0)
    assert metric.f1 == pytest.approx(2 / 3)


def test_one_prediction_over_two_gold_contents_matches_one() -> None:
    """A prediction overlapping two gold contents matches the one it overlaps most.

    The prediction ``Tuesday that the bridge would reopen in May. "We are ahead``
    overlaps MAYOR by 35 characters and QUOTE by 13: MAYOR is matched and QUOTE missed.
    """
    wide = claim('Tuesday that the bridge would reopen in May. "We are ahead', source="The mayor")
    result = score_document(gold(MAYOR, QUOTE), document(wide))
    assert [(m.gold, m.overlap) for m in result.matches] == [(0, 35)]
    assert result.missed == (1,)


def test_greedy_matching_prefers_largest_overlap_then_position() -> None:
    """Greedy matching takes the largest overlap first, not the best total.

    Gold g0 = [0, 10), g1 = [9, 12); predictions p0 = [1, 11), p1 = [0, 2). The
    largest overlap is g0-p0 (9); p1 overlaps only g0, already taken, and g1 only p0:
    one match, although g0-p1 and g1-p0 would have made two.
    """
    text = "x" * 30
    g = [GoldAttribution("g0", ((0, 10),)), GoldAttribution("g1", ((9, 12),))]
    p = [Prediction((1, 11)), Prediction((0, 2))]
    assert [(m.gold, m.pred, m.overlap) for m in match(text, g, p)] == [(0, 0, 9)]


def test_equal_overlaps_go_to_the_earlier_gold_then_the_earlier_prediction() -> None:
    """Ties are broken by gold start, then prediction start, whatever the input order.

    p = [5, 15) overlaps g0 = [0, 10) and g1 = [10, 20) by 5 each: g0 wins. Two
    predictions [6, 12) and [2, 6) overlap g = [0, 10) by 4 each: [2, 6) wins.
    """
    text = "x" * 30
    g = [GoldAttribution("g1", ((10, 20),)), GoldAttribution("g0", ((0, 10),))]
    assert [(m.gold, m.pred) for m in match(text, g, [Prediction((5, 15))])] == [(1, 0)]
    one = [GoldAttribution("g", ((0, 10),))]
    two = [Prediction((6, 12)), Prediction((2, 6))]
    assert [(m.gold, m.pred, m.overlap) for m in match(text, one, two)] == [(0, 1, 4)]


def test_empty_sides_give_zero_scores_without_dividing_by_zero() -> None:
    """No predictions or no gold: every figure is 0.0, never an error."""
    assert Scores().content_overlap.f1 == 0.0
    result = score_document(gold(MAYOR), document())
    assert result.scores.content_overlap.recall == 0.0
    assert result.missed == (0,)
    assert score_document(gold(), [Prediction((0, 5))]).scores.content_overlap.precision == 0.0


def test_score_pools_counts_over_documents() -> None:
    """``score`` adds the counts of every document before dividing.

    Document 1: MAYOR matched exactly. Document 2: QUOTE and CLAIMED gold, one
    prediction with the wrong source for CLAIMED. Pooled: 2 predictions, 3 gold,
    2 matched, attribution 1 correct: P = 1/2, R = 1/3.
    """
    first = (
        gold(MAYOR),
        document(claim("that the bridge would reopen in May", source="The mayor")),
    )
    second = (
        gold(QUOTE, CLAIMED),
        document(claim("costs have doubled", source="Critics", kind=SourceType.ANONYMOUS)),
    )
    total = score([first, second])
    assert (total.gold, total.predicted, total.matched, total.source) == (3, 2, 2, 1)
    assert total.attribution.precision == 0.5
    assert total.attribution.recall == pytest.approx(1 / 3)
    assert total + Scores() == total


def test_trim_removes_spaces_quotes_and_punctuation_only_at_the_ends() -> None:
    """Trimming keeps inner punctuation and strips the listed marks at both ends."""
    text = "\u00a0“Costs — they said — doubled.” "
    start, end = trim(text, (0, len(text)))
    assert text[start:end] == "Costs — they said — doubled"
    assert trim("...", (0, 3)) == (3, 3)


def test_score_document_rejects_a_document_of_another_text() -> None:
    """Scoring a document annotated from a different text is a clear error."""
    with pytest.raises(ValueError, match="annotate the gold text"):
        score_document(gold(MAYOR), Document("Another text."))


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    """Write ``records`` as JSONL to ``path``."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _record(doc_id: str, split: str = "dev") -> dict[str, object]:
    """A PolNeAR-style record over TEXT with MAYOR, QUOTE and CLAIMED."""
    return {
        "id": doc_id,
        "text": TEXT,
        "split": split,
        "publisher": "test",
        "attributions": [
            {"id": "E1", "kind": "Attribution", "source": [0, 9], "cue": [10, 14],
             "content": [26, 61]},
            {"id": "E2", "kind": "Attribution", "source": list(at("she told")),
             "cue": list(at("told")), "content": [list(at('"We are ahead of schedule,"')),
                                                  list(at('"and under budget."'))]},
            {"id": "E3", "kind": "Attribution-no-source", "source": None,
             "cue": list(at("it is claimed")), "content": list(at("costs have doubled"))},
        ],
    }  # fmt: skip


def test_load_gold_reads_pairs_pieces_and_nulls(tmp_path: Path) -> None:
    """Spans given as pairs, as lists of pieces and as null are all read."""
    path = _write_jsonl(tmp_path / "gold.jsonl", [_record("a")])
    (doc,) = load_gold(path)
    assert doc.attributions[0].content == ((26, 61),)
    assert TEXT[slice(*doc.attributions[0].span)] == "that the bridge would reopen in May"
    assert doc.attributions[1] == QUOTE
    assert doc.attributions[2] == CLAIMED


def test_load_gold_filters_split_and_limit(tmp_path: Path) -> None:
    """``split`` keeps matching records; ``limit`` keeps the first N after the filter."""
    records = [_record("a", "train"), _record("b"), _record("c"), _record("d")]
    path = _write_jsonl(tmp_path / "gold.jsonl", records)
    assert [d.id for d in load_gold(path, split="dev", limit=2)] == ["b", "c"]
    assert len(load_gold(path)) == 4
    assert load_gold(path, limit=0) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"content": None}, "content: must not be null"),
        ({"source": [5, 2]}, r"\[5, 2\] is not a \[start, end\] pair"),
        ({"cue": "said"}, "expected \\[start, end\\]"),
        ({"content": [0, 10_000]}, "ends past the text"),
    ],
)
def test_load_gold_names_file_line_and_field(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    """A malformed attribution raises GoldFormatError naming the file, line and field."""
    bad = _record("b")
    attributions = bad["attributions"]
    assert isinstance(attributions, list)
    attributions[0].update(change)
    path = _write_jsonl(tmp_path / "gold.jsonl", [_record("a"), bad])
    with pytest.raises(GoldFormatError, match=message) as info:
        load_gold(path)
    assert "gold.jsonl:2" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_load_gold_rejects_a_line_that_is_not_json(tmp_path: Path) -> None:
    """A line that is not JSON is reported with its line number."""
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_record("a")) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold\.jsonl:2: not valid JSON"):
        load_gold(path)


def test_error_dump_lists_every_kind_of_error() -> None:
    """Missed, spurious, wrong-source, wrong-cue and inexact records name their spans."""
    wrong = claim("the bridge would reopen", source="Critics", kind=SourceType.ANONYMOUS)
    stray = claim("Critics doubt the timeline", source="Critics", kind=SourceType.ANONYMOUS)
    result = score_document(gold(MAYOR, QUOTE), document(wrong, stray))
    report = _report(result)
    records = list(iter_errors(report))
    kinds = sorted(r["error"] for r in records)
    assert kinds == ["inexact", "missed", "spurious", "wrong_cue", "wrong_source"]
    by_kind = {r["error"]: r for r in records}
    assert by_kind["missed"]["gold"]["content"]["pieces"] == [
        '"We are ahead of schedule,"',
        '"and under budget."',
    ]
    assert by_kind["spurious"]["pred"]["rule"] == "X said C"
    assert by_kind["wrong_source"]["pred"]["source"]["text"] == "Critics"
    assert by_kind["wrong_source"]["gold"]["source"]["text"] == "The mayor"
    context = by_kind["wrong_source"]["context"]
    assert TEXT[context["start"] :].startswith(context["text"])
    out = io.StringIO()
    assert write_errors(report, out) == 5
    assert [json.loads(line)["error"] for line in out.getvalue().splitlines()] == [
        r["error"] for r in records
    ]


def _report(*results: DocumentResult) -> Report:
    """A report over hand-scored documents."""
    return Report("gold.jsonl", None, sum((r.scores for r in results), Scores()), results, 1.0, 100)


def test_tables_show_every_metric_and_the_worst_document_first() -> None:
    """The table names the four metrics; the worst list starts with the most errors."""
    good = score_document(
        gold(MAYOR, doc_id="good"),
        document(claim("that the bridge would reopen in May", source="The mayor", cue="said")),
    )
    bad = score_document(gold(MAYOR, QUOTE, CLAIMED, doc_id="bad"), document())
    report = _report(good, bad)
    table = format_table(report.scores)
    for name in ("content-overlap", "content-exact", "attribution", "cue"):
        assert f"| {name} " in table
    rows = format_worst(report, 1).splitlines()
    assert len(rows) == 3 and rows[2].startswith("| bad ")


def test_evaluate_command_writes_report_errors_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command prints the table and writes the report, error dump and JSON figures."""
    path = _write_jsonl(tmp_path / "gold.jsonl", [_record("a"), _record("b", "train")])
    args = [str(path), "--split", "dev", "--report", str(tmp_path / "r.md")]
    args += ["--errors", str(tmp_path / "e.jsonl"), "--json", str(tmp_path / "s.json")]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "1 documents, 3 gold" in out and "| attribution " in out
    written = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "## Per document" in written
    assert "## By publisher" in written and "| test " in written
    figures = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert figures["scores"]["counts"]["gold"] == 3
    counts = figures["scores"]["counts"]
    errors = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text("utf-8").splitlines()]
    missed = [e for e in errors if e["error"] == "missed"]
    assert len(missed) == counts["gold"] - counts["matched"]
    assert all(e["doc"] == "a" for e in errors)


def test_evaluate_command_reports_bad_input_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file, a malformed file or an empty split exit 1 with a message."""
    assert main([str(tmp_path / "absent.jsonl")]) == 1
    assert "absent.jsonl" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\xff\xfe not utf-8\n")
    assert main([str(bad)]) == 1
    assert "bad.jsonl" in capsys.readouterr().err
    path = _write_jsonl(tmp_path / "gold.jsonl", [_record("a")])
    assert main([str(path), "--split", "test"]) == 1
    assert "no documents with split 'test'" in capsys.readouterr().err


class _FailsOnB:
    """An annotator that raises on text mentioning "budget" more than once."""

    def annotate(self, text: str) -> Document:
        """Raise on the marked text, else return a document with no claims."""
        if text.count("budget") > 1:
            raise ValueError("cannot attribute this")
        return document(text=text)

    def pipe(self, texts: Iterable[str], *, n_process: int = 1) -> Iterator[Document]:
        """Annotate in order, failing like ``annotate``."""
        for text in texts:
            yield self.annotate(text)


def test_keep_going_records_failed_documents_and_scores_them_as_missed(tmp_path: Path) -> None:
    """With keep_going, a document the annotator fails on is listed and its gold missed."""
    bad = _record("b")
    bad["text"] = str(bad["text"]) + " The budget is the budget."
    path = _write_jsonl(tmp_path / "gold.jsonl", [_record("a"), bad])
    with pytest.raises(ValueError, match="cannot attribute"):
        evaluate(path, _FailsOnB())
    report = evaluate(path, _FailsOnB(), keep_going=True)
    assert report.failures == (("b", "ValueError: cannot attribute this"),)
    assert (report.scores.gold, report.scores.predicted) == (6, 0)
    assert [r.missed for r in report.documents] == [(0, 1, 2), (0, 1, 2)]


def test_add_evaluate_parser_registers_a_subcommand() -> None:
    """The CLI can mount ``evaluate`` as a subcommand whose handler runs the evaluation."""
    parser = argparse.ArgumentParser(prog="claimscope")
    add_evaluate_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["evaluate", "gold.jsonl", "--limit", "3", "--split", "dev"])
    assert (args.command, args.gold, args.limit, args.split) == ("evaluate", "gold.jsonl", 3, "dev")
    assert callable(args.handler)
    with pytest.raises(SystemExit):
        parser.parse_args(["evaluate", "gold.jsonl", "--limit", "-1"])


@pytest.mark.skipif(not DEV.exists(), reason="PolNeAR dev data (../shared/data) is absent")
def test_evaluate_runs_end_to_end_on_polnear_dev(capsys: pytest.CaptureFixture[str]) -> None:
    """The real dev file is read, annotated and scored (three documents)."""
    report = evaluate(DEV, split="dev", limit=3)
    assert len(report.documents) == 3
    assert report.scores.gold == sum(len(r.gold.attributions) for r in report.documents) > 0
    assert main([str(DEV), "--limit", "3"]) == 0
    assert "content-overlap" in capsys.readouterr().out


@pytest.mark.skipif(not DEV.exists(), reason="PolNeAR dev data (../shared/data) is absent")
def test_gold_scored_against_itself_is_perfect_on_polnear_dev() -> None:
    """Predictions copied from the gold (hulls of its pieces) score 1.0 on every metric.

    This checks the loader and the scorer on real data: pieces, null sources and
    contents that nest or repeat.
    """
    docs = load_gold(DEV, limit=20)
    pairs = []
    for g in docs:
        copied = []
        for a in g.attributions:
            cue = (min(c[0] for c in a.cue), max(c[1] for c in a.cue)) if a.cue else None
            copied.append(Prediction(a.span, a.source, cue))
        pairs.append((g, copied))
    total = score(pairs)
    assert total.gold == total.predicted > 100
    assert total.matched == total.exact == total.source == total.cue == total.gold


spans = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(spans, max_size=8), st.lists(spans, max_size=8))
def test_matching_is_one_to_one_and_maximal(
    gold_spans: list[tuple[int, int]], pred_spans: list[tuple[int, int]]
) -> None:
    """Matches overlap, use each side once, and leave no overlapping pair unmatched."""
    text = "n" * 80
    g = [GoldAttribution(f"E{i}", (s,)) for i, s in enumerate(gold_spans)]
    p = [Prediction(s) for s in pred_spans]
    found = match(text, g, p)
    assert len({m.gold for m in found}) == len({m.pred for m in found}) == len(found)
    for m in found:
        a, b = gold_spans[m.gold], pred_spans[m.pred]
        assert m.overlap == min(a[1], b[1]) - max(a[0], b[0]) > 0
    free_gold = set(range(len(g))) - {m.gold for m in found}
    free_pred = set(range(len(p))) - {m.pred for m in found}
    for i in free_gold:
        for j in free_pred:
            a, b = gold_spans[i], pred_spans[j]
            assert min(a[1], b[1]) <= max(a[0], b[0])


def _compare_module() -> types.ModuleType:
    """Import benchmarks/compare.py (benchmarks is not a package)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "compare.py"
    spec = importlib.util.spec_from_file_location("claimscope_bench_compare", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compare_exits_cleanly_without_the_bench_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without spaCy, or without the gold file, compare.py says so and exits 0."""
    compare = _compare_module()
    monkeypatch.setitem(sys.modules, "spacy", None)
    path = _write_jsonl(tmp_path / "gold.jsonl", [_record("a")])
    assert compare.main([str(path)]) == 0
    assert "'bench' extra is not installed" in capsys.readouterr().out
    assert compare.main([str(tmp_path / "absent.jsonl")]) == 0
    assert "absent" in capsys.readouterr().out


def test_compare_retries_refused_texts_paragraph_by_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """When textacy refuses a text, paragraphs are tried alone and offsets stay exact.

    A stand-in for textacy refuses any text with an odd number of straight quotes, as
    textacy does, and reports each quoted passage with no speaker or cue.
    """
    compare = _compare_module()

    def direct_quotations(text: str) -> Iterator[types.SimpleNamespace]:
        if text.count('"') % 2:
            raise ValueError("unclosed quotation")
        start = text.find('"')
        while start >= 0:
            end = text.index('"', start + 1) + 1
            yield types.SimpleNamespace(
                speaker=[], cue=[], content=types.SimpleNamespace(start_char=start, end_char=end)
            )
            start = text.find('"', end)

    fake = types.ModuleType("textacy.extract")
    fake.direct_quotations = direct_quotations  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "textacy.extract", fake)
    text = 'He said "we won" today.\n\nShe said "it rained.\n\n  \nThey said "no" and "yes".'
    found, refused = compare.textacy_predictions(lambda t: t, text)
    assert refused == 1
    assert [text[a:b] for a, b in (p.content for p in found)] == ['"we won"', '"no"', '"yes"']


@pytest.mark.parametrize(
    "name", ["_common", "command", "gold", "items", "labels", "phrases", "polnear", "report"]
)
def test_evaluation_doctests_pass(name: str) -> None:
    """The docstring examples of every claimscope.evaluation module run and pass."""
    import doctest
    import importlib

    module = importlib.import_module(f"claimscope.evaluation.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0


def test_evaluate_command_scores_the_learned_decisions_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--decisions learned`` annotates with the learned cue model: a cue the word
    lists miss (*identified*) becomes a predicted attribution; the default does not."""
    text = "Police have not identified the victim, who was taken to hospital."
    span = [text.index("identified"), text.index("identified") + len("identified")]
    record = {
        "id": "learned",
        "text": text,
        "attributions": [
            {"id": "E1", "source": [0, 6], "cue": span, "content": [span[1] + 1, len(text) - 1]}
        ],
    }
    path = _write_jsonl(tmp_path / "gold.jsonl", [record])
    assert main([str(path), "--worst", "0"]) == 0
    assert "1 gold and 0 predicted" in capsys.readouterr().out
    assert main([str(path), "--worst", "0", "--decisions", "learned"]) == 0
    assert "1 gold and 1 predicted" in capsys.readouterr().out
