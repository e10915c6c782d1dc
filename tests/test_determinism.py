"""Determinism: the same input gives the same output, in any process.

Hash randomisation changes the iteration order of sets and dicts keyed by strings; a
pipeline that leaks that order into its output would give different claims in
different processes. Each subprocess runs with its own ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import claimscope

ROOT = Path(__file__).resolve().parent.parent

TEXTS = [
    (ROOT / "examples" / "article.txt").read_text(encoding="utf-8"),
    "“The cables are older than anyone expected,” said Jane Doe, the council's chief "
    "engineer. She added that the bridge may close for six months.\n\n"
    "Officials said the repairs could cost $4.5 billion, according to the Daily Planet. "
    "The mayor denied claims that the money had been allegedly misused.",
    "Sen. Lisa Warren and Rep. Tom Hale introduced the bill in the U.S. Senate. Critics "
    "argue it is likely to fail, a source familiar with the talks told reporters.",
    "It is understood that the ministry will appeal. Court filings show the deal was "
    "worth 3.2 percent of sales, the newspaper reported.",
]
"""Realistic news composed for the test, plus the shipped example article."""

SCRIPT = """
import json, sys
import claimscope
texts = json.load(sys.stdin)
print(json.dumps([claimscope.annotate(t).to_dict() for t in texts], sort_keys=True))
"""


def run_with_seed(seed: str) -> str:
    """Annotate :data:`TEXTS` in a fresh interpreter with ``PYTHONHASHSEED=seed``."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=json.dumps(TEXTS),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_same_output_under_different_hash_seeds() -> None:
    """Three processes with different hash seeds produce byte-identical JSON, equal to
    this process's result."""
    outputs = {seed: run_with_seed(seed) for seed in ("0", "1", "4242")}
    docs = {seed: json.loads(out) for seed, out in outputs.items()}
    for seed, got in docs.items():
        differing = [i for i in range(len(TEXTS)) if got[i] != docs["0"][i]]
        assert not differing, f"PYTHONHASHSEED={seed} changes the output for texts {differing}"
    here = json.dumps([claimscope.annotate(t).to_dict() for t in TEXTS], sort_keys=True)
    assert outputs["0"].strip() == here, "a subprocess and this process disagree"
    assert any(json.loads(outputs["0"])[i]["claims"] for i in range(len(TEXTS)))


def test_repeated_calls_give_equal_documents() -> None:
    """Annotating the same text twice in one process gives equal documents, also after
    other texts were annotated in between (no state carried between calls)."""
    first = [claimscope.annotate(t) for t in TEXTS]
    second = [claimscope.annotate(t) for t in reversed(TEXTS)][::-1]
    assert first == second


def test_pipe_with_processes_equals_sequential() -> None:
    """Annotator.pipe with two worker processes returns what sequential calls return."""
    annotator = claimscope.Annotator()
    texts = TEXTS * 3
    assert list(annotator.pipe(texts, n_process=2, batch_size=2)) == [
        annotator.annotate(t) for t in texts
    ]
