"""Every ``annotate`` flag with every format (issue 18, part 4): the format follows
``-o``'s extension, json has one shape, --profile is honoured or refused, a byte order
mark stays out of every span, HTML headings hide folders, -V and -j."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import claimscope
from claimscope import Document, annotate
from claimscope.cli import build_parser, main

STORY = "Jane Doe said the bridge would reopen in May. Officials fear further delays.\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the CLI in-process; return (status, stdout, stderr)."""
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A small news file in a sub-folder (so its path has a directory part)."""
    folder = tmp_path / "private" / "drafts"
    folder.mkdir(parents=True)
    path = folder / "bridge.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "looks_like"),
    [
        ("out.json", "json"),
        ("out.JSONL", "jsonl"),
        ("out.csv", "csv"),
        ("out.html", "html"),
        ("out.htm", "html"),
        ("out.txt", "text"),
        ("out.data", "json"),
    ],
)
def test_the_format_follows_the_output_extension(
    story: Path, tmp_path: Path, name: str, looks_like: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --format, -o view.html writes HTML (it used to write JSON into it); an
    unknown extension keeps the default, json."""
    out = tmp_path / name
    status, _, err = run(["annotate", str(story), "-o", str(out), "-q"], capsys)
    assert status == 0 and err == ""
    written = out.read_text(encoding="utf-8")
    if looks_like == "json":
        assert json.loads(written)[0]["id"] == str(story)
    elif looks_like == "jsonl":
        assert json.loads(written.splitlines()[0])["id"] == str(story)
    elif looks_like == "csv":
        assert next(csv.reader(io.StringIO(written)))[0] == "id"
    elif looks_like == "html":
        assert written.lstrip().lower().startswith("<!doctype html>")
    else:
        assert written.startswith("2 claim(s) in 2 sentence(s)")


def test_an_explicit_format_wins_over_the_extension(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format text -o notes.json writes text: the extension only fills a gap."""
    out = tmp_path / "notes.json"
    assert run(["annotate", str(story), "--format", "text", "-o", str(out)], capsys)[0] == 0
    assert out.read_text(encoding="utf-8").startswith("2 claim(s)")


def test_resume_infers_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--resume OUT without --format is a jsonl run (the only format it resumes)."""
    stream = tmp_path / "in.jsonl"
    stream.write_text(json.dumps({"id": 1, "text": STORY}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status, _, err = run(
        ["annotate", str(stream), "--jsonl-field", "text", "--resume", str(out)], capsys
    )
    assert status == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == 1


@pytest.mark.parametrize("count", [1, 2])
def test_json_has_one_shape_for_any_number_of_inputs(
    story: Path, count: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """json is an array of {"id", "document"} for one input as for several."""
    status, out, _ = run(["annotate", *[str(story)] * count, "--format", "json"], capsys)
    items = json.loads(out)
    assert status == 0 and len(items) == count
    assert all(Document.from_dict(i["document"]) == annotate(STORY) for i in items)


@pytest.mark.parametrize("fmt", ["csv", "html"])
def test_profile_is_refused_where_it_cannot_be_shown(
    story: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--profile with csv or html is a usage error naming the formats that take it,
    instead of being silently ignored."""
    status, out, err = run(["annotate", str(story), "--format", fmt, "--profile"], capsys)
    assert status == 2 and out == ""
    assert f"--profile applies to json, jsonl and text, not {fmt}" in err


def test_profile_is_shown_in_the_text_view(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format text --profile adds the profile block after the claims; without
    --profile the view is unchanged."""
    _, plain, _ = run(["annotate", str(story), "--format", "text"], capsys)
    status, out, _ = run(["annotate", str(story), "--format", "text", "--profile"], capsys)
    assert status == 0 and out.startswith(plain)
    block = out[len(plain) :]
    assert block.startswith("profile: 2 source(s), 2 claim(s)")
    assert "source type: person 1 (50%), anonymous 1 (50%)" in block
    assert "profile" not in plain


BOM_TEXTS = [
    "\ufeffJane Doe said the bridge would reopen in May.",
    "\ufeffThe bridge will reopen, officials said.",
    '\ufeff"It is safe," the mayor said.\n\nCritics disagree.',
    "\ufeff",
    "\ufeff\ufeffTwo marks, then text.",
]


@pytest.mark.parametrize("text", BOM_TEXTS)
def test_a_byte_order_mark_stays_out_of_every_span(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file saved as "UTF-8 with BOM": the document text is the file as read (mark
    included), every offset indexes it, and no sentence, claim, source or cue starts
    with the mark (it once began the first source's text)."""
    path = tmp_path / "bom.txt"
    path.write_bytes(text.encode("utf-8"))
    status, out, _ = run(["annotate", str(path)], capsys)
    assert status == 0
    doc = Document.from_dict(json.loads(out)[0]["document"])  # checks every slice
    assert doc.text == path.read_bytes().decode("utf-8")
    assert all(s.start >= 1 for s in doc.sentences)
    for claim in doc.claims:
        for _, start, _, piece in claim.spans():
            assert start is None or start >= 1, piece
    rest = annotate(text[1:])
    assert [c.text for c in doc.claims] == [c.text for c in rest.claims]


def test_html_headings_show_the_file_name_only(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The HTML report names each input by its file name: the folders of the path
    as typed (absolute paths, private folders) do not leak into shared reports."""
    other = tmp_path / "other.txt"
    other.write_text(STORY, encoding="utf-8")
    status, out, _ = run(["annotate", str(story), str(other), "--format", "html"], capsys)
    assert status == 0
    assert "<h2>bridge.txt</h2>" in out and "<h2>other.txt</h2>" in out
    assert "private" not in out and str(tmp_path) not in out


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flags(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    """-V and --version print the version and exit 0."""
    with pytest.raises(SystemExit) as exit_:
        main([flag])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"claimscope {claimscope.__version__}"


@pytest.mark.parametrize("flag", ["-j", "--jobs", "--processes"])
def test_jobs_flags_for_annotate(flag: str) -> None:
    """annotate takes -j/--jobs N, and --processes N as its old name."""
    args = build_parser().parse_args(["annotate", "a.txt", flag, "3"])
    assert args.jobs == 3


@pytest.mark.parametrize("flag", ["-j", "--jobs"])
def test_jobs_flags_for_evaluate(flag: str) -> None:
    """evaluate takes -j as well as --jobs."""
    pytest.importorskip("claimscope.evaluation")
    assert build_parser().parse_args(["evaluate", "gold", flag, "2"]).jobs == 2


def test_two_jobs_write_what_one_writes(
    story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-j 2 writes the same bytes as one process."""
    other = tmp_path / "other.txt"
    other.write_text("Officials said the talks may collapse.\n", encoding="utf-8")
    files = [str(story), str(other)]
    _, one, _ = run(["annotate", *files, "-q"], capsys)
    _, two, _ = run(["annotate", *files, "-q", "-j", "2"], capsys)
    assert one == two


def test_evaluate_files_are_written_whole_or_not_at_all(tmp_path: Path) -> None:
    """evaluate's --report/--json/--errors go through a partial file: a write that
    fails half way leaves the previous file as it was and no partial file."""
    pytest.importorskip("claimscope.evaluation")
    from claimscope.evaluation._common import _write

    target = tmp_path / "report.md"
    target.write_text("previous\n", encoding="utf-8")

    def fail_half_way(f: io.TextIOBase) -> None:
        f.write("half of the new rep")
        raise OSError(28, "No space left on device")

    assert _write(str(target), fail_half_way) is False  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert not (tmp_path / "report.md.partial").exists()
    assert _write(str(target), lambda f: f.write("new\n")) is True
    assert target.read_text(encoding="utf-8") == "new\n"
