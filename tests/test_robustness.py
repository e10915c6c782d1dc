"""Robustness: no input makes the pipeline blow up in time, and fuzzed inputs that
once broke a target stay fixed.

The growth checks are catastrophic-backtracking guards with generous bounds, not
timing figures; ``benchmarks/pathological.py`` measures the real ratios.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import claimscope
from claimscope.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

import targets  # noqa: E402

REGRESSIONS = Path(__file__).parent / "golden" / "fuzz_regressions.json"

NEWS = (
    "“The cables are older than anyone expected,” said Jane Doe, the council's chief "
    "engineer. Officials said the Harbour Bridge may close for six months. The mayor "
    "denied claims that the repairs had been delayed.\n\n"
)


def cpu_seconds(func: Callable[[str], object], text: str, repeats: int = 1) -> float:
    """Best CPU time of ``repeats`` runs of ``func(text)``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        func(text)
        best = min(best, time.process_time() - start)
    return best


def fill(unit: str, size: int) -> str:
    """``unit`` repeated and cut to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


WORST: dict[str, Callable[[int], str]] = {
    "one character a line": lambda n: fill("\n".join(NEWS) + "\n", n),
    "quote marks": lambda n: fill('"“”\'‘’«»""“', n),
    "said said said": lambda n: fill("said ", n),
    "U.S. U.S. U.S.": lambda n: fill("U.S. ", n),
    "news": lambda n: fill(NEWS, n),
}
"""The inputs that were slowest per character in ``benchmarks/pathological.py``."""


@pytest.mark.parametrize("name", sorted(WORST))
def test_annotate_grows_linearly_on_the_worst_inputs(name: str) -> None:
    """Ten times the input never takes 30 times as long (a quadratic step would take
    about 100 times)."""
    small, large = WORST[name](20_000), WORST[name](200_000)
    claimscope.annotate(small)  # warm the lexicons
    ratio = cpu_seconds(claimscope.annotate, large) / max(
        cpu_seconds(claimscope.annotate, small, repeats=3), 1e-3
    )
    assert ratio < 30, f"{name}: 10x the input took {ratio:.1f}x the time"


def test_quote_paragraphs_are_linear_with_one_character_a_line() -> None:
    """The quotation finder's paragraph split once sliced the whole prefix at every
    newline; one character a line made it quadratic."""
    small = fill("a\nb\n", 50_000)
    large = fill("a\nb\n", 500_000)
    find_quotes(small)
    ratio = cpu_seconds(find_quotes, large) / max(cpu_seconds(find_quotes, small, 3), 1e-3)
    assert ratio < 30, f"10x the input took {ratio:.1f}x the time"


def load_regressions() -> list[dict[str, Any]]:
    """The saved fuzz cases."""
    cases: list[dict[str, Any]] = json.loads(REGRESSIONS.read_text(encoding="utf-8"))["cases"]
    return cases


def case_bytes(case: dict[str, Any]) -> bytes:
    """The raw input of a saved case."""
    if "hex" in case:
        return bytes.fromhex(case["hex"])
    data: bytes = case["text"].encode("utf-8", "surrogatepass")
    return data


def test_regression_file_is_well_formed() -> None:
    """Every saved fuzz case names a known target, its origin and what went wrong."""
    for case in load_regressions():
        assert case["target"] in targets.TARGETS
        assert case["found"] and case["problem"]
        assert ("text" in case) != ("hex" in case)


@pytest.mark.parametrize("case", load_regressions(), ids=lambda c: f"{c['target']}-{c['found']}")
def test_fuzz_regressions_stay_fixed(case: dict[str, Any]) -> None:
    """Each input that once broke a fuzz target now passes it."""
    targets.TARGETS[case["target"]](case_bytes(case))


@pytest.mark.parametrize(
    "text",
    [
        "“The cables are older than anyone expected,” said Jane Doe.",
        "Officials said <script>alert(1)</script> the bridge may reopen.",
        "",
        "\ud800 is a lone surrogate, officials said.",
    ],
)
@pytest.mark.parametrize("name", sorted(targets.TARGETS))
def test_fuzz_targets_accept_realistic_input(name: str, text: str) -> None:
    """The fuzz targets themselves run cleanly on ordinary and tricky inputs."""
    targets.TARGETS[name](text.encode("utf-8", "surrogatepass"))


def test_fuzz_target_check_catches_a_broken_document() -> None:
    """The invariant check used by the fuzzer fails on a document that drops text."""
    doc = claimscope.annotate("The bridge opened in 1990. It was rebuilt.")
    with pytest.raises(targets.FuzzFinding):
        targets.check_document(doc, doc.text + " Extra words.")


def test_html_check_catches_injected_markup() -> None:
    """The HTML check used by the fuzzer flags a tag the renderer never writes."""
    with pytest.raises(targets.FuzzFinding):
        targets.check_html("<div><script>alert(1)</script></div>")
