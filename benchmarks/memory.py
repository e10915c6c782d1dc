"""Peak memory of ``claimscope annotate`` on one big text, as a multiple of its size.

Builds a text of ``--mb`` megabytes (UTF-8) from the PolNeAR train and dev texts in
``../shared/data`` (relative to the repository), joined by blank lines and cycled
until the size is reached, writes it to a temporary folder, and runs::

    claimscope annotate BIG.txt --format json -o OUT.json

in a child process. It prints the wall and CPU time, the child's peak resident set size
(``ru_maxrss`` of the child, what ``/usr/bin/time -v`` reports as "Maximum resident
set size") and that peak as a multiple of the input's size in bytes.

Run it standalone::

    python benchmarks/memory.py --mb 10         # about half a minute
    python benchmarks/memory.py --mb 50 --check # issues 18 and 20: peak <= 15x

``--keep DIR`` writes the text and the output there instead of a temporary folder
(to compare outputs across commits). ``--check`` exits 1 when the peak is over
``--bound`` times the input (15 by default).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SPLITS = ("polnear-train.jsonl", "polnear-dev.jsonl")

BOUND = 15.0
"""Issues 18 and 20: peak RSS at most this multiple of the input's size."""


def _texts() -> Iterator[str]:
    """The PolNeAR texts in file order, train then dev."""
    for split in SPLITS:
        with open(DATA / split, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)["text"].strip()


def build_text(megabytes: float) -> str:
    """PolNeAR texts joined by blank lines, cycled until the UTF-8 size reaches
    ``megabytes`` (10**6 bytes each), then cut at the last paragraph break."""
    target = int(megabytes * 1_000_000)
    texts = list(_texts())
    parts: list[str] = []
    size = 0
    while size < target:
        for text in texts:
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
    return "\n\n".join(parts) + "\n"


def measure(path: Path, out: Path) -> tuple[float, float, int]:
    """Run the CLI on ``path``; return the child's wall and CPU seconds and its peak
    RSS in bytes (CPU time is the figure to compare on a shared machine)."""
    command = [
        sys.executable,
        "-m",
        "claimscope",
        "annotate",
        str(path),
        "--format",
        "json",
        "-o",
        str(out),
        "--quiet",
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO)
    wall = time.perf_counter() - started
    # Linux reports ru_maxrss in kilobytes; only one child ran.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="input size in MB")
    parser.add_argument("--keep", metavar="DIR", help="write the text and output here")
    parser.add_argument("--check", action="store_true", help="exit 1 over the bound")
    parser.add_argument("--bound", type=float, default=BOUND, help="allowed peak ratio")
    args = parser.parse_args(argv)
    if not (DATA / SPLITS[0]).exists():
        print(f"skipped: {DATA / SPLITS[0]} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        text = build_text(args.mb)
        path = folder / f"big-{args.mb:g}mb.txt"
        path.write_text(text, encoding="utf-8")
        size = os.path.getsize(path)
        del text
        wall, cpu, peak = measure(path, folder / f"big-{args.mb:g}mb.json")
    ratio = peak / size
    print(
        f"input {size / 1e6:.1f} MB  wall {wall:.1f} s  CPU {cpu:.1f} s  "
        f"peak RSS {peak / 1e6:.0f} MB  ratio {ratio:.1f}x (bound {args.bound:g}x)"
    )
    return 1 if args.check and ratio > args.bound else 0


if __name__ == "__main__":
    sys.exit(main())
