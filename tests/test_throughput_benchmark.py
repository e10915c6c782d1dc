"""benchmarks/throughput.py measures the entity stage where the pipeline calls it (the
run itself is a benchmark, not a test)."""

from __future__ import annotations

from types import ModuleType

from bench_scripts import load_script

from claimscope import pipeline


def _script() -> ModuleType:
    return load_script("throughput")


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
