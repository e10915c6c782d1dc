"""The command line loses nothing and writes nothing dangerous: every bad JSONL line is
an error record, ``-o`` is never left half-written, ``--resume`` continues a killed
run, CSV cells cannot run as spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import strategies
from hypothesis import given, settings

from claimscope.cli import main

STORY = "The mayor said on Monday that the bridge would reopen. Critics fear further delays."

BAD_LINES: list[bytes] = [
    b"{not json",
    b'{"id": "n1", "n": ' + b"8" * 4301 + b', "text": "Officials said so."}',
    b'{"id": NaN, "text": "Officials said the talks resumed."}',
    b'{"id": Infinity, "text": "Officials said the talks resumed."}',
    b'{"id": -Infinity, "text": "Officials said the talks resumed."}',
    b'{"id": 1e400, "text": "Officials said the talks resumed."}',
    b'{"id": "d", "text": "x", "deep": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    b"[" * 100_000,
    b'["a", "list"]',
    b"42",
    b"null",
    b'{"id": "t", "text": 42}',
    b'{"id": "u", "body": "no text field"}',
    b'{"id": "v", "text": null}',
    b'{"id": "s", "text": "The mayor said \\ud800 was odd."}',
    b'{"id": "w", "text": "Caf\xe9 owners said prices rose."}',  # Latin-1, not UTF-8
    b"\xff\xfe\x00garbage",
    b'{"id": "x", "text": "The mayor said so."',  # truncated
    b'{"id": {"nested": [1, 2]}, "text": "The council said the vote was close."}',
    b'{"id": "=HYPERLINK(\\"http://x\\")", "text": "=1+1 the mayor said."}',
    b'{"id": "e", "text": ""}',
    b'{"id": "z", "text": "\\u0085\\u202e\\u2066 said \\u2069"}',
]
"""One line of every kind of trouble a JSONL stream can hold (and a few odd but
valid records)."""


def mixed_stream(path: Path, n: int) -> int:
    """Write ``n`` lines cycling good records, bad lines and blank lines; return the
    number of non-blank lines."""
    nonblank = 0
    with path.open("wb") as f:
        for i in range(n):
            if i % 7 == 3:
                line = b"   " if i % 2 else b""
            elif i % 3 == 0:
                line = BAD_LINES[(i // 3) % len(BAD_LINES)]
            else:
                line = json.dumps({"id": i, "text": f"{STORY} Story {i}."}).encode()
            nonblank += bool(line.strip())
            f.write(line + b"\n")
    return nonblank


def _not_json(name: str) -> object:
    raise AssertionError(f"{name} in the output is not JSON")


@pytest.mark.parametrize("processes", ["1", "2"])
def test_every_kind_of_bad_line_gives_one_error_record_in_order(
    tmp_path: Path, processes: str
) -> None:
    """300 lines with every kind of bad line (a 4,301-digit number, NaN, Infinity,
    deep nesting, not UTF-8, ...): exactly one output line per non-blank input line, in
    input order, each valid JSON, exit status 1 and no traceback."""
    stream = tmp_path / "mixed.jsonl"
    nonblank = mixed_stream(stream, 300)
    cmd = [sys.executable, "-m", "claimscope", "annotate", str(stream), "--jsonl-field", "text",
           "--processes", processes, "--batch-size", "4", "-q"]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, timeout=600, check=False)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    lines = done.stdout.decode("utf-8").split("\n")
    assert lines[-1] == ""
    records = [json.loads(line, parse_constant=_not_json) for line in lines[:-1]]
    assert len(records) == nonblank
    numbers = [r.get("line") for r in records if "error" in r]
    assert numbers == sorted(numbers)
    good = [r["id"] for r in records if "document" in r and isinstance(r["id"], int)]
    assert good == sorted(good) and len(good) > 150
    assert all(("document" in r) != ("error" in r) for r in records)
    errors = " ".join(r["error"] for r in records if "error" in r)
    for reason in ("4300 digits", "NaN", "Infinity", "too large to be finite", "nests too deeply"):
        assert reason in errors


def test_closed_stderr_leaves_a_complete_output_file(tmp_path: Path) -> None:
    """With descriptor 2 closed (sys.stderr is None) a run with a failing input still
    writes the whole -o file; it once stopped at the first message, leaving it empty."""
    a = tmp_path / "a.txt"
    a.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("previous results\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "claimscope", "annotate", str(a), str(tmp_path / "missing.txt"),
           "-o", str(out)]  # fmt: skip
    done = subprocess.run(cmd, stderr=subprocess.DEVNULL, stdout=subprocess.PIPE, check=False,
                          timeout=120, preexec_fn=lambda: os.close(2))  # fmt: skip
    assert done.returncode == 1
    assert done.stdout == b""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [item["id"] for item in data] == [str(a), str(tmp_path / "missing.txt")]
    assert not (tmp_path / "out.json.partial").exists()


def test_output_is_written_to_a_partial_file_and_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """-o OUT: while the run goes on OUT keeps its old content and OUT.partial grows;
    the rename happens at the end."""
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    stream = tmp_path / "in.jsonl"
    stream.write_text(json.dumps({"id": 1, "text": STORY}) + "\n", encoding="utf-8")
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(out.read_text(encoding="utf-8"))
        seen.append(Path(src).read_text(encoding="utf-8"))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    assert main(["annotate", str(stream), "--jsonl-field", "text", "-o", str(out), "-q"]) == 0
    assert seen[0] == "old\n" and json.loads(seen[1])["id"] == 1
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == 1


def test_an_interrupted_run_leaves_the_old_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that dies half way (here: an exception in the writer) does not truncate
    OUT; for jsonl the partial file is kept for --resume, for other formats removed."""
    import claimscope._cli_output as cli

    stream = tmp_path / "in.jsonl"
    stream.write_text(
        "".join(json.dumps({"id": i, "text": STORY}) + "\n" for i in range(5)), encoding="utf-8"
    )

    def boom(self: object, item: object, payload: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli._Writer, "result", boom)
    for fmt, kept in (("jsonl", True), ("csv", False)):
        out = tmp_path / f"out.{fmt}"
        out.write_text("old\n", encoding="utf-8")
        argv = ["annotate", str(stream), "--jsonl-field", "text", "--format", fmt, "-o", str(out)]
        assert main(argv) == 130
        assert out.read_text(encoding="utf-8") == "old\n"
        assert (tmp_path / f"out.{fmt}.partial").exists() == kept


def test_resume_skips_the_ids_done_and_finishes_the_file(tmp_path: Path) -> None:
    """--resume OUT keeps the documents of a killed run's OUT.partial (dropping a torn
    last line and error records), annotates only the rest, and renames to OUT: each id
    ends up exactly once."""
    stream = tmp_path / "in.jsonl"
    with stream.open("w", encoding="utf-8") as f:
        for i in range(10):
            f.write(json.dumps({"id": i, "text": f"{STORY} Story {i}."}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["annotate", str(stream), "--jsonl-field", "text", "-o", str(out), "-q"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.unlink()
    # What a run killed after record 4 leaves: 0-3 whole, an error for 2, 4 torn.
    partial = tmp_path / "out.jsonl.partial"
    error = json.dumps({"id": 2, "line": 3, "error": "not annotated: killed"}) + "\n"
    partial.write_text("".join(lines[:2]) + error + lines[3] + lines[4][:40], encoding="utf-8")
    status = main(["annotate", str(stream), "--jsonl-field", "text", "--resume", str(out), "-q"])
    assert status == 0
    assert not partial.exists()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [0, 1, 3, 2, 4, 5, 6, 7, 8, 9]
    assert all("document" in r for r in records)
    # Resuming a finished file annotates nothing more.
    before = out.read_text(encoding="utf-8")
    assert main(["annotate", str(stream), "--jsonl-field", "text", "--resume", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == before


@pytest.mark.skipif(os.name != "posix", reason="kills the run with SIGKILL")
def test_a_killed_run_leaves_whole_lines_and_resume_completes_it(tmp_path: Path) -> None:
    """SIGKILL mid-run: OUT is untouched, OUT.partial holds whole flushed records, and
    --resume ends with every id exactly once."""
    stream = tmp_path / "in.jsonl"
    n = 2000
    with stream.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "text": (STORY + " ") * 6}) + "\n")
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    cmd = [sys.executable, "-m", "claimscope", "annotate", str(stream), "--jsonl-field", "text",
           "-q", "-o", str(out)]  # fmt: skip
    run = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (
        not partial.exists() or partial.read_bytes().count(b"\n") < 20
    ):
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait(timeout=30)
    assert not out.exists()
    data = partial.read_bytes()
    whole = data[: data.rfind(b"\n") + 1].decode("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in whole] == list(range(len(whole)))
    assert len(whole) < n
    status = main(["annotate", str(stream), "--jsonl-field", "text", "--resume", str(out), "-q"])
    assert status == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == list(range(n))


def test_resume_needs_jsonl_and_the_same_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--resume with another format, or with a different -o, is a usage error."""
    assert main(["annotate", "-", "--format", "csv", "--resume", str(tmp_path / "o")]) == 2
    assert "--format jsonl" in capsys.readouterr().err
    argv = ["annotate", "--jsonl-field", "text", "--resume", "a.jsonl", "-o", "b.jsonl"]
    assert main(argv) == 2
    assert "same file" in capsys.readouterr().err


def test_csv_output_neutralises_formulas_unless_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CSV cells (ids included) that would run as formulas get a leading apostrophe;
    --csv-raw writes them as they are; --excel starts the file with a BOM."""
    stream = tmp_path / "in.jsonl"
    record = {"id": "=cmd|' /C calc'!A0", "text": "-Critics said the plan would fail."}
    stream.write_text(json.dumps(record) + "\n", encoding="utf-8")
    base = ["annotate", str(stream), "--jsonl-field", "text", "--format", "csv", "-q"]
    assert main(base) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert rows and all(r["id"] == "'=cmd|' /C calc'!A0" for r in rows)
    assert all(not r["source_text"].startswith(("-", "=")) for r in rows)
    assert main([*base, "--csv-raw"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert rows[0]["id"] == "=cmd|' /C calc'!A0"
    out = tmp_path / "claims.csv"
    assert main([*base, "--excel", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,claim,")


def test_csv_options_need_csv(capsys: pytest.CaptureFixture[str]) -> None:
    """--csv-raw and --excel with another format are usage errors, not ignored."""
    assert main(["annotate", "-", "--format", "json", "--excel"]) == 2
    assert "--format csv" in capsys.readouterr().err


STREAM_TEXTS = [
    "",
    "   \n",
    "Rain.",
    STORY,
    '"We cannot wait another winter," said Jane Doe, the chief engineer.\n\nShe added: '
    "“The cables are older than anyone expected.” Officials said it may close.",
    'Ünïcödé ✓ — the “mayor” said 😀 \\ back\\slash "quoted" \t tab\u2028sep.',
    (Path(__file__).resolve().parent.parent / "examples" / "article.txt").read_text("utf-8"),
]


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("profile", [False, True])
@pytest.mark.parametrize("index", range(len(STREAM_TEXTS)))
def test_streamed_json_equals_json_dumps_of_to_dict(
    index: int, profile: bool, indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI writes a document piece by piece (one sentence or claim dict at a
    time, the text in slices) to bound its memory; the pieces join to exactly
    json.dumps(doc.to_dict()), also when the text is cut into many slices."""
    import claimscope._cli_json as cli
    from claimscope import annotate

    monkeypatch.setattr(cli, "_TEXT_SLICE", 7)
    doc = annotate(STREAM_TEXTS[index])
    streamed = "".join(cli._StreamedJson(doc, profile, indent).chunks())
    assert streamed == json.dumps(doc.to_dict(profile=profile), ensure_ascii=False, indent=indent)


@given(strategies.news_texts())
@settings(max_examples=40, deadline=None)
def test_streamed_json_equals_json_dumps_on_generated_news(text: str) -> None:
    """Property: streaming never changes a byte of the json and jsonl output."""
    import claimscope._cli_json as cli
    from claimscope import annotate

    doc = annotate(text)
    for indent in (None, 2):
        streamed = "".join(cli._StreamedJson(doc, False, indent).chunks())
        assert streamed == json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_one_and_two_processes_write_the_same_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """The streamed output of --processes 1 equals the string output of workers."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STREAM_TEXTS[4], encoding="utf-8")
    b.write_text(STREAM_TEXTS[5], encoding="utf-8")
    outputs = []
    for files in ([a], [a, b]):
        for processes in ("1", "2"):
            argv = ["annotate", *map(str, files), "--format", fmt, "--processes", processes, "-q"]
            assert main(argv) == 0
            outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] and outputs[2] == outputs[3]


@pytest.mark.parametrize("size", [1, 2, 3])
@pytest.mark.parametrize("indent", [None, 2, 4])
def test_streamed_json_of_an_entity_written_a_slice_of_mentions_at_a_time(
    size: int, indent: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entity with more mentions than a slice is written a slice of mentions at a
    time (the most mentioned name of a long text); the pieces still join to exactly
    json.dumps of the document, whatever the slice and the indent."""
    import claimscope._cli_json as cli
    from claimscope import annotate

    monkeypatch.setattr(cli, "_MENTION_SLICE", size)
    doc = annotate(
        "Mayor Ana Lopez said the ferry would run in May. Lopez said the pier was "
        "safe. “The repairs,” she said, “cost less.” Lopez’s aide said Lopez left."
    )
    assert max(e._mention_count() for e in doc.entities) > 3
    streamed = "".join(cli._StreamedJson(doc, False, indent).chunks())
    assert streamed == json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)
