"""``claimscope evaluate PATH``: what it scores for a directory or a file, and its output.

The data here is composed in a temporary folder laid out like ``../shared/data``; the
real pipeline annotates it (the tests check the wiring, not the figures).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimscope.cli import main as cli_main
from claimscope.evaluation import GoldFormatError
from claimscope.evaluation.command import plan

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

TEXT = "The mayor said on Tuesday that the bridge would reopen in May. Read more: city news."


def at(fragment: str) -> list[int]:
    """The ``[start, end]`` of ``fragment`` in TEXT."""
    start = TEXT.index(fragment)
    return [start, start + len(fragment)]


def make_data(root: Path, *, labels: bool = True, items: bool = True) -> Path:
    """Lay out a data folder: PolNeAR JSONL, and optionally labels and item gold."""
    record = {
        "id": "d1",
        "text": TEXT,
        "split": "dev",
        "attributions": [
            {
                "id": "E1",
                "source": at("The mayor"),
                "cue": at("said"),
                "content": at("that the bridge would reopen in May"),
            }
        ],
    }
    root.mkdir(exist_ok=True)
    (root / "polnear-dev.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    if labels:
        label = {"doc": "d1", "attribution": "E1", "type": "person", "confidence": "reported"}
        (root / "polnear-dev-labels.json").write_text(
            json.dumps({"labels": [{**label, "sure": True}]}), encoding="utf-8"
        )
    if items:
        (root / "news-dev" / "articles").mkdir(parents=True)
        (root / "news-dev" / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
        gold = {
            "items": [
                {
                    "doc": "a.txt",
                    "anchor": "the bridge would reopen",
                    "source": "mayor",
                    "type": "person",
                    "confidence": "reported",
                },
                {"doc": "a.txt", "anchor": "Read more: city news", "none": True},
            ]
        }
        (root / "news-dev" / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


def test_a_directory_plans_all_three_and_lists_what_is_absent(tmp_path: Path) -> None:
    """Every piece found is planned; each absent one is a readable skipped line."""
    full = plan(str(make_data(tmp_path / "full")))
    assert full.polnear and full.labels and full.items and full.skipped == ()
    part = plan(str(make_data(tmp_path / "part", labels=False, items=False)))
    assert part.polnear and not part.labels and not part.items
    assert [line.split(":")[0] for line in part.skipped] == [
        "source-type and confidence labels",
        "news-dev item gold",
    ]


def test_files_are_detected_by_shape(tmp_path: Path) -> None:
    """Item gold and labels are JSON objects told apart by their list; else JSONL."""
    data = make_data(tmp_path / "data")
    assert plan(str(data / "news-dev" / "gold.json")).items
    labels = plan(str(data / "polnear-dev-labels.json"))
    assert labels.labels and labels.polnear == str(data / "polnear-dev.jsonl")
    assert plan(str(data / "polnear-dev.jsonl")).polnear
    (data / "polnear-dev.jsonl").unlink()
    with pytest.raises(GoldFormatError, match="beside it"):
        plan(str(data / "polnear-dev-labels.json"))
    with pytest.raises(FileNotFoundError):
        plan(str(tmp_path / "absent"))


def test_one_command_prints_and_writes_all_three(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The three sections print; the JSON, report and error dump carry every part."""
    data = make_data(tmp_path / "data")
    out_json, report, errors = tmp_path / "s.json", tmp_path / "r.md", tmp_path / "e.jsonl"
    args = ["evaluate", str(data), "--json", str(out_json), "--report", str(report)]
    assert cli_main([*args, "--errors", str(errors), "--wrong"]) == 0
    printed = capsys.readouterr().out
    for heading in ("PolNeAR attributions", "Source types and confidence", "Claim items"):
        assert f"## {heading}: " in printed
    assert "| attribution-strict " in printed and "items fully right " in printed
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert figures["scores"]["counts"]["gold"] == 1
    assert figures["labels"]["sure"]["labels"] == 1
    assert figures["items"]["scores"]["counts"]["items"] == 2
    assert figures["skipped"] == []
    written = report.read_text(encoding="utf-8")
    assert "## Claim items" in written and "## Source types and confidence" in written
    for line in errors.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["error"] in {
            "missed", "spurious", "wrong_source", "wrong_cue", "inexact", "item"
        }  # fmt: skip


def test_missing_pieces_are_skipped_with_a_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without labels and items the PolNeAR part still runs and exits 0."""
    data = make_data(tmp_path / "data", labels=False, items=False)
    assert cli_main(["evaluate", str(data)]) == 0
    printed = capsys.readouterr().out
    assert "news-dev item gold: skipped, no " in printed
    assert "content-overlap" in printed and "Claim items" not in printed


def test_an_empty_directory_is_an_error_naming_what_was_looked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No gold at all exits 1 and says which files were looked for."""
    assert cli_main(["evaluate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no gold found" in err and "polnear-dev.jsonl" in err


def test_item_gold_alone_prints_only_the_item_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Given item gold directly, no heading and no PolNeAR table."""
    data = make_data(tmp_path / "data")
    assert cli_main(["evaluate", str(data / "news-dev" / "gold.json")]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("items fully right ") and "content-overlap" not in printed


def test_a_malformed_item_gold_is_reported_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An item whose anchor is not in its article exits 1 naming the item."""
    data = make_data(tmp_path / "data")
    gold = data / "news-dev" / "gold.json"
    gold.write_text(
        json.dumps({"items": [{"doc": "a.txt", "anchor": "absent words", "none": True}]}),
        encoding="utf-8",
    )
    assert cli_main(["evaluate", str(gold)]) == 1
    assert "items[0].anchor" in capsys.readouterr().err


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is absent")
def test_the_shared_data_directory_is_scored_in_full(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """On the real data the one command prints all three measures and skips nothing."""
    assert cli_main(["evaluate", str(SHARED), "--worst", "0"]) == 0
    printed = capsys.readouterr().out
    assert "skipped" not in printed
    assert "| attribution-strict " in printed
    assert "| type (sure) " in printed and "| confidence (sure) " in printed
    assert "items fully right " in printed
