"""benchmarks/memory.py builds its big text as documented (the run itself is a
benchmark, not a test: it takes minutes)."""

from __future__ import annotations

from types import ModuleType

import pytest
from bench_scripts import load_script


def _script() -> ModuleType:
    return load_script("memory")


def test_big_text_is_polnear_joined_by_blank_lines() -> None:
    """The text reaches the asked size, starts with the first PolNeAR train article
    and joins articles with blank lines."""
    memory = _script()
    if not (memory.DATA / memory.SPLITS[0]).exists():
        pytest.skip("PolNeAR data not found")
    text = memory.build_text(0.2)
    first = next(memory._texts())
    assert len(text.encode("utf-8")) >= 200_000
    assert text.startswith(first + "\n\n")
    assert text.endswith("\n") and "\n\n\n\n" not in text
