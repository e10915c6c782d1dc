"""Coverage-guided fuzzing of claimscope with atheris (libFuzzer for Python).

The first byte of each input picks a target from :data:`targets.TARGETS` (annotate,
json, from_dict, cli_records); the rest is the target's input. See ``fuzz/README.md``::

    pip install atheris
    nice -n 10 python fuzz/fuzz_annotate.py fuzz/corpus -max_total_time=600 -max_len=4096

A crash leaves ``crash-<hash>`` in the working directory; turn it into a regression
case with ``python fuzz/save_regression.py crash-<hash>``.
"""

from __future__ import annotations

import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

with atheris.instrument_imports(include=["claimscope"]):
    import claimscope
    import claimscope.cli
    import claimscope.render  # noqa: F401

import targets
from fuzz_split import split

PINNED = os.environ.get("CLAIMSCOPE_FUZZ_TARGET")
"""With ``CLAIMSCOPE_FUZZ_TARGET=NAME`` every input goes to that target (the first
byte is still dropped, so a crash file replays with ``--target NAME``)."""

if PINNED is not None and PINNED not in targets.TARGETS:
    raise SystemExit(f"CLAIMSCOPE_FUZZ_TARGET={PINNED!r}: choose one of {sorted(targets.TARGETS)}")


def one_input(data: bytes) -> None:
    """libFuzzer entry point."""
    name, rest = split(data)
    targets.TARGETS[PINNED or name](rest)


def main() -> None:
    """Run the fuzzer with libFuzzer's command line."""
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
