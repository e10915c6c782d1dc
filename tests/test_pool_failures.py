"""Worker failures are contained: a dead worker's batch is retried once, a record that
kills its worker again fails alone, and killing the parent leaves no worker behind.

POSIX only: the tests kill processes with signals.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimscope import Annotator, WorkerError
from claimscope._pool import ordered_map

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills processes with POSIX signals")

STORY = (
    "The council said on Tuesday that the bridge would close for repairs. "
    '"We cannot wait another winter," said Jane Doe, the chief engineer. '
    "Officials familiar with the budget said the money had not been approved.\n\n"
)


def _double_or_die(item: tuple[int, str]) -> int:
    """Twice the number; kills its own worker on 'poison', and on 'once' only the first
    time (a marker file records that it happened)."""
    n, mode = item
    if mode == "poison":
        os.kill(os.getpid(), signal.SIGKILL)
    if mode.startswith("once:") and not os.path.exists(mode[5:]):
        Path(mode[5:]).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return 2 * n


def test_a_worker_killed_once_loses_nothing(tmp_path: Path) -> None:
    """A worker killed mid-batch (as by the OOM killer) takes its batches down; they
    are retried in a fresh pool and every result arrives, in order."""
    marker = str(tmp_path / "killed")
    items = [(i, f"once:{marker}" if i == 21 else "") for i in range(60)]
    causes: list[str] = []
    out = list(
        ordered_map(_double_or_die, items, n_process=2, batch_size=4, on_retry=causes.append)
    )
    assert out == [2 * i for i in range(60)]
    assert os.path.exists(marker)
    assert causes == [
        "a worker process was killed by SIGKILL (what the out-of-memory killer sends)"
    ]


def test_a_record_that_kills_every_worker_fails_alone() -> None:
    """An item whose retry kills its worker too gives on_worker_death's value; the rest
    of its batch and of the stream are annotated, in order."""
    items = [(i, "poison" if i == 13 else "") for i in range(40)]

    def dead(item: tuple[int, str], error: WorkerError) -> int:
        assert error.position == item[0] == 13
        assert "SIGKILL" in error.cause and "item 13" in str(error)
        return -1

    out = list(ordered_map(_double_or_die, items, n_process=2, batch_size=4, on_worker_death=dead))
    assert out == [-1 if i == 13 else 2 * i for i in range(40)]


def test_without_a_handler_the_dead_record_raises_worker_error_in_its_turn() -> None:
    """The library contract: every earlier result is yielded, then WorkerError (a
    ClaimscopeError and a RuntimeError) names the item and the signal."""
    items = [(i, "poison" if i == 6 else "") for i in range(20)]
    got: list[int] = []
    with pytest.raises(WorkerError, match=r"item 6 .*killed by SIGKILL") as info:
        for value in ordered_map(_double_or_die, items, n_process=2, batch_size=4):
            got.append(value)
    assert got == [0, 2, 4, 6, 8, 10]
    assert isinstance(info.value, RuntimeError)


def _poisoned_annotate(self: Annotator, text: str) -> object:
    if "POISON" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return Annotator.__dict__["_real_annotate"](self, text)


_poisoned_annotate.__name__ = "annotate"  # a bound method pickles by its name


def test_pipe_raises_worker_error_after_the_documents_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Annotator.pipe: a text that kills its worker twice ends the iteration with
    WorkerError naming its position, after every earlier document in order."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the poisoned method reaches the workers only under fork")
    monkeypatch.setattr(Annotator, "_real_annotate", Annotator.annotate, raising=False)
    monkeypatch.setattr(Annotator, "annotate", _poisoned_annotate)
    texts = [STORY] * 5 + ["The mayor said POISON was found."] + [STORY] * 3
    docs = []
    with pytest.raises(WorkerError, match="item 5"):
        for doc in Annotator().pipe(texts, n_process=2, batch_size=2):
            docs.append(doc)
    assert len(docs) == 5 and all(d.text == STORY for d in docs)


# -- the command line -----------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Pids of the live processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _workers(parent: subprocess.Popen[bytes], want: int, timeout: float = 60) -> list[int]:
    """Wait until ``parent`` has ``want`` child processes; return their pids."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = _children(parent.pid)
        if len(pids) >= want:
            return pids
        assert parent.poll() is None, "the run ended before its workers were seen"
        time.sleep(0.05)
    raise AssertionError(f"no {want} workers after {timeout} s")


def _stream(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "text": STORY * 8}) + "\n")
    return path


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc")


@needs_proc
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_killing_the_cli_leaves_no_worker_behind(tmp_path: Path, sig: signal.Signals) -> None:
    """The parent killed by any signal mid-run: its workers notice (their parent pid
    changes) and exit, so none is left after 5 seconds."""
    stream = _stream(tmp_path / "in.jsonl", 3000)
    cmd = [sys.executable, "-m", "claimscope", "annotate", str(stream), "--jsonl-field", "text",
           "--processes", "2", "-q", "-o", str(tmp_path / "out.jsonl")]  # fmt: skip
    parent = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = _workers(parent, 2)
    time.sleep(0.5)
    parent.send_signal(sig)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.1)
    left = [p for p in workers if _alive(p)]
    for p in left:  # do not leave them to the rest of the suite
        os.kill(p, signal.SIGKILL)
    assert not left, f"workers {left} outlived the parent by 5 s"


@needs_proc
def test_killing_a_cli_worker_mid_run_completes_the_run(tmp_path: Path) -> None:
    """A worker of `claimscope annotate --processes 2` killed mid-run: the run goes on
    and ends with exactly one line per record, in order, each valid JSON."""
    n = 400
    stream = _stream(tmp_path / "in.jsonl", n)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "claimscope", "annotate", str(stream), "--jsonl-field", "text",
           "--processes", "2", "-q", "-o", str(out)]  # fmt: skip
    parent = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    victim = _workers(parent, 2)[0]
    time.sleep(0.5)
    os.kill(victim, signal.SIGKILL)
    _, err = parent.communicate(timeout=300)
    assert parent.returncode in (0, 1)
    assert b"Traceback" not in err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == list(range(n))
    assert all("document" in r or "SIGKILL" in r["error"] for r in records)
    assert b"killed by SIGKILL" in err and b"retrying its records" in err


POISONED_CLI = """
import os, signal, sys
from claimscope import Annotator
from claimscope.cli import main
real = Annotator.annotate
def annotate(self, text):
    if "POISON" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, text)
Annotator.annotate = annotate
sys.exit(main(sys.argv[1:]))
"""


def test_a_record_that_kills_its_worker_twice_is_an_error_record(tmp_path: Path) -> None:
    """The CLI turns a record whose worker dies twice into an error record naming the
    signal; every other record is annotated, in order, and the exit status is 1."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the poisoned method reaches the workers only under fork")
    stream = tmp_path / "in.jsonl"
    with stream.open("w", encoding="utf-8") as f:
        for i in range(30):
            text = "The mayor said POISON was found." if i == 17 else STORY
            f.write(json.dumps({"id": i, "text": text}) + "\n")
    cmd = [sys.executable, "-c", POISONED_CLI, "annotate", str(stream), "--jsonl-field", "text",
           "--processes", "2", "--batch-size", "4"]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, timeout=300, check=False)
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    records = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in records] == list(range(30))
    assert [r["id"] for r in records if "error" in r] == [17]
    assert "killed by SIGKILL" in records[17]["error"]
    assert b"line 18 (id 17): not annotated" in done.stderr


def iter_ids(path: Path) -> Iterator[int]:
    """The ids of a JSONL output, in order."""
    for line in path.read_text(encoding="utf-8").splitlines():
        yield json.loads(line)["id"]
