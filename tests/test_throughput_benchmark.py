"""benchmarks/throughput.py measures the entity stage where the pipeline calls it (the
run itself is a benchmark, not a test)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from claimscope import pipeline

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("throughput_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_entity_share_is_timed_and_the_stage_restored() -> None:
    """The stage the script wraps is the one the pipeline calls; a share of a small
    article lies between 0 and 1, and the pipeline gets its own stage back."""
    script = _script()
    stage = getattr(pipeline, script.ENTITY_STAGE)
    text = (
        "Mayor Jane Doe said the bridge would reopen on Monday. She added that the "
        "council had found the money. Engineers said the repairs were sound."
    )
    shares = script.entity_shares(text, 2)
    assert len(shares) == 2
    assert all(0.0 < share < 1.0 for share in shares)
    assert getattr(pipeline, script.ENTITY_STAGE) is stage
