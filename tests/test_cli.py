"""The command line: formats, JSONL record mode, bad input, exit codes, pipes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimscope
from claimscope import Document, annotate
from claimscope._cli_annotate import _Progress
from claimscope.cli import build_parser, main
from claimscope.io import CLAIM_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "article.txt"

STORY = "The mayor said on Monday that the bridge would reopen. Critics fear further delays.\n"
OTHER = '"We cannot wait another winter," said Jane Doe, the council\'s chief engineer.\n'


@pytest.fixture
def stories(tmp_path: Path) -> tuple[Path, Path]:
    """Two small news files."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    return a, b


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; return (status, stdout, stderr)."""
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_json_for_one_file_is_an_array_of_one_keyed_document(
    stories: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """json has one shape whatever the number of inputs: one input gives an array
    holding one {"id", "document"} (it was the bare document until 0.x)."""
    status, out, err = run(["annotate", str(stories[0])], capsys)
    assert status == 0 and err == ""
    (item,) = json.loads(out)
    assert item["id"] == str(stories[0])
    assert Document.from_dict(item["document"]) == annotate(STORY)


def test_json_for_several_files_is_an_array_of_keyed_documents(
    stories: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Several inputs in json format give an array of {"id", "document"}."""
    status, out, _ = run(["annotate", str(stories[0]), str(stories[1]), "--format", "json"], capsys)
    items = json.loads(out)
    assert status == 0
    assert [i["id"] for i in items] == [str(stories[0]), str(stories[1])]
    assert Document.from_dict(items[1]["document"]) == annotate(OTHER)


def test_jsonl_profile_and_text_formats(
    stories: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """jsonl carries the file name as id and the optional profile block; text is readable."""
    _, out, _ = run(["annotate", str(stories[1]), "--format", "jsonl", "--profile"], capsys)
    record = json.loads(out)
    assert record["id"] == str(stories[1])
    assert record["document"]["profile"]["claims"] == len(annotate(OTHER).claims)
    _, out, _ = run(["annotate", str(stories[1]), "--format", "text"], capsys)
    doc = annotate(OTHER)
    assert out.startswith(f"{len(doc.claims)} claim(s) in {len(doc.sentences)} sentence(s)")


def test_csv_has_id_column_and_stable_columns(
    stories: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """CSV output starts with the id column, then the claim columns, one row per claim."""
    _, out, _ = run(["annotate", str(stories[0]), str(stories[1]), "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert csv.reader(io.StringIO(out)).__next__() == ["id", *CLAIM_COLUMNS]
    expected = len(annotate(STORY).claims) + len(annotate(OTHER).claims)
    assert len(rows) == expected


def test_html_output_to_a_file(
    stories: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o writes a standalone HTML page with one section per input."""
    page = tmp_path / "view.html"
    status, out, _ = run(
        ["annotate", str(stories[0]), str(stories[1]), "--format", "html", "-o", str(page)],
        capsys,
    )
    assert status == 0 and out == ""
    markup = page.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>")
    assert markup.count("<section>") == 2


def test_stdin_is_read_as_utf8(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """'-' (the default) reads UTF-8 bytes from stdin."""
    text = "Le ministre a dit que l'accord était «\u00a0solide\u00a0». The aide said so."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    status, out, _ = run(["annotate"], capsys)
    assert status == 0
    assert Document.from_dict(json.loads(out)[0]["document"]).text == text


def test_bad_files_are_reported_and_the_others_processed(
    stories: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Missing, directory and non-UTF-8 inputs are named on stderr; good ones still come out;
    the status is 1."""
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le maire a déclaré que le pont rouvrirait.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    argv = ["annotate", str(missing), str(tmp_path), str(latin), str(stories[0])]
    status, out, err = run([*argv, "--format", "jsonl"], capsys)
    assert status == 1
    assert f"{missing}: no such file" in err
    assert f"{tmp_path}: is a directory" in err
    assert f"{latin}: not valid UTF-8 (byte 0xe9" in err
    assert "Traceback" not in err
    records = [json.loads(line) for line in out.splitlines()]
    assert [("document" in r) for r in records] == [False, False, False, True]
    assert Document.from_dict(records[3]["document"]) == annotate(STORY)


BAD_STREAM = (
    b'{"id": "n1", "text": "The mayor said the plan was sound."}\n'
    b"{this is not json\n"
    b'{"id": "n3", "text": 1234}\n'
    b'{"id": "n4", "headline": "Bridge closes"}\n'
    b'{"id": "n5", "text": "\\ud800 lone surrogate said the source."}\n'
    b"\xff\xfe broken bytes\n"
    b"\n"
    b'{"id": "n8", "text": "Officials said the money had not been approved."}\n'
)


@pytest.mark.parametrize("processes", ["1", "2"])
def test_jsonl_stream_loses_no_good_record_and_reports_each_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], processes: str
) -> None:
    """A malformed line, a non-string field, a missing field, a lone surrogate and
    undecodable bytes each yield an error record with id and line; good records keep
    their ids and order; the status is 1."""
    stream = tmp_path / "news.jsonl"
    stream.write_bytes(BAD_STREAM)
    argv = ["annotate", str(stream), "--jsonl-field", "text", "--processes", processes]
    status, out, err = run(argv, capsys)
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["n1", None, "n3", "n4", "n5", None, "n8"]
    good = {r["id"]: r["document"] for r in records if "document" in r}
    assert set(good) == {"n1", "n8"}
    assert Document.from_dict(good["n8"]) == annotate(
        "Officials said the money had not been approved."
    )
    errors = {r["line"]: r["error"] for r in records if "error" in r}
    assert set(errors) == {2, 3, 4, 5, 6}
    assert "not valid JSON" in errors[2]
    assert "is int, not a string" in errors[3]
    assert "no field 'text'" in errors[4]
    assert "UTF-8" in errors[5] and "UTF-8" in errors[6]
    assert err.count("claimscope: line") == 5
    assert 'line 3 (id "n3")' in err


def test_custom_id_field_is_carried_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--id-field names the key copied to each output record."""
    stream = tmp_path / "in.jsonl"
    stream.write_text(
        '{"doc_id": 17, "body": "The minister said talks would resume."}\n', encoding="utf-8"
    )
    argv = ["annotate", str(stream), "--jsonl-field", "body", "--id-field", "doc_id"]
    status, out, _ = run([*argv, "--format", "csv"], capsys)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["doc_id"] == "17" for r in rows)


@pytest.mark.parametrize(
    "argv",
    [
        ["annotate", "--format", "xml"],
        ["annotate", "--processes", "0"],
        ["annotate", "--processes", "two"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Bad options and commands exit with status 2 and a message, no traceback."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_id_field_without_record_mode_is_a_usage_error(
    stories: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """--id-field alone makes no sense and says what it needs."""
    status, _, err = run(["annotate", str(stories[0]), "--id-field", "id"], capsys)
    assert status == 2 and "--jsonl-field" in err


def test_unwritable_output_is_a_usage_error(
    stories: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An output path that cannot be opened exits 2 naming it."""
    target = tmp_path / "no" / "such" / "dir" / "out.json"
    status, _, err = run(["annotate", str(stories[0]), "-o", str(target)], capsys)
    assert status == 2 and str(target) in err


def test_help_has_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """--help shows examples and documents the exit status."""
    with pytest.raises(SystemExit) as info:
        main(["annotate", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "--jsonl-field text --id-field id" in out
    assert "exit status:" in out and "2  usage error" in out


def test_evaluate_command_is_registered_when_available() -> None:
    """The evaluate subcommand appears when claimscope.evaluation provides it."""
    pytest.importorskip("claimscope.evaluation")
    parser = build_parser()
    assert "evaluate" in parser.format_help()


def test_progress_line_only_when_enabled(capsys: pytest.CaptureFixture[str]) -> None:
    """The progress line is written for long enabled jobs and erased at the end."""
    quiet = _Progress(10, enabled=False)
    quiet.started -= 5
    quiet.step()
    quiet.finish()
    assert capsys.readouterr().err == ""
    loud = _Progress(10, enabled=True)
    loud.started -= 5
    loud.step()
    loud.finish()
    err = capsys.readouterr().err
    assert "1/10 (10%)" in err and err.endswith("\r\x1b[K")


def _cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "claimscope", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_version_and_module_entry_point() -> None:
    """python -m claimscope --version prints the version."""
    done = _cli("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == f"claimscope {claimscope.__version__}"


@pytest.mark.slow
def test_closed_stdout_prints_no_traceback(tmp_path: Path) -> None:
    """Piping into a reader that stops early (| head -1) ends quietly."""
    stream = tmp_path / "many.jsonl"
    with stream.open("w", encoding="utf-8") as f:
        for i in range(300):
            f.write(json.dumps({"id": i, "text": STORY}) + "\n")
    cmd = [sys.executable, "-m", "claimscope", "annotate", str(stream), "--jsonl-field", "text",
           "--processes", "2"]  # fmt: skip
    producer = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None and producer.stderr is not None
    first = producer.stdout.readline()
    producer.stdout.close()
    err = producer.stderr.read()
    producer.wait(timeout=120)
    assert json.loads(first)["id"] == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err
