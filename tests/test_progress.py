"""Progress within one long text (issue 18, part 6): the stages report how far they
have got, the CLI shows it by characters on a terminal, and nothing else changes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

import claimscope._cli_annotate as cli_annotate
from claimscope import annotate
from claimscope._progress import STAGES, report, reporting
from claimscope.cli import main

PARAGRAPH = (
    "The mayor said on Monday that the bridge would reopen in May. Critics fear "
    "further delays, according to the Daily Planet. \u201cWe cannot wait another "
    "winter,\u201d said Jane Doe, the council's chief engineer."
)
LONG = "\n\n".join([PARAGRAPH] * 40)


def test_reports_reach_nobody_without_a_sink() -> None:
    """Without a sink a report is a no-op (the library's default)."""
    report("attributing", 10, 100)  # must not raise


def test_the_stages_report_in_order_and_the_share_grows() -> None:
    """With a sink, an annotation reports every stage, in the order of STAGES, and a
    share of the whole that never goes back and stays within [0, 1]."""
    seen: list[tuple[str, float]] = []
    with reporting(lambda stage, share: seen.append((stage, share))):
        doc = annotate(LONG)
    stages = [stage for stage, _ in itertools.groupby(s for s, _ in seen)]
    assert stages == list(STAGES)
    shares = [share for _, share in seen]
    assert shares == sorted(shares) and shares[0] >= 0.0 and shares[-1] <= 1.0
    assert doc == annotate(LONG), "reporting changed the output"


def test_a_sink_sees_only_its_own_context() -> None:
    """The sink is a context variable: after the block, reports go nowhere."""
    seen: list[str] = []
    with reporting(lambda stage, share: seen.append(stage)):
        pass
    annotate(PARAGRAPH)
    assert seen == []


def _fake_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the CLI's clock advance half a second at every look."""
    ticks = itertools.count()
    monkeypatch.setattr(cli_annotate.time, "monotonic", lambda: next(ticks) * 0.5)


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_the_cli_shows_characters_done_on_a_terminal(
    tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, a single long text gets a progress line by characters on
    stderr (erased at the end); stdout is byte for byte what a quiet run writes."""
    story = tmp_path / "long.txt"
    story.write_text(LONG, encoding="utf-8")
    assert main(["annotate", str(story), "--format", fmt, "-q"]) == 0
    quiet = capsys.readouterr()
    monkeypatch.setattr(cli_annotate, "_stderr_is_tty", lambda: True)
    _fake_clock(monkeypatch)
    assert main(["annotate", str(story), "--format", fmt]) == 0
    loud = capsys.readouterr()
    assert loud.out == quiet.out and quiet.err == ""
    assert f"claimscope: {story}: " in loud.err
    assert "k characters (attributing)" in loud.err
    assert loud.err.endswith("\r\x1b[K")


def test_no_progress_with_quiet_or_off_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """-q, or a stderr that is not a terminal, turns the line off."""
    story = tmp_path / "long.txt"
    story.write_text(LONG, encoding="utf-8")
    _fake_clock(monkeypatch)
    assert main(["annotate", str(story)]) == 0  # capsys' stderr is no terminal
    assert capsys.readouterr().err == ""
    monkeypatch.setattr(cli_annotate, "_stderr_is_tty", lambda: True)
    assert main(["annotate", str(story), "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_the_text_line_waits_a_second(capsys: pytest.CaptureFixture[str]) -> None:
    """A text annotated in under a second shows no line; a slower one does."""
    item = cli_annotate._Input("a.txt", None, "x" * 2_500_000, None)
    progress = cli_annotate._Progress(1, enabled=True)
    progress.text(item, "finding cues", 0.3)
    assert capsys.readouterr().err == ""
    progress.current_started -= 5
    progress.text(item, "attributing", 0.6)
    assert capsys.readouterr().err == (
        "\r\x1b[Kclaimscope: a.txt: 60%, 1.5 of 2.5M characters (attributing) "
    )
