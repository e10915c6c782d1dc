"""The output lock: annotating the locked documents gives the hashes in ``tests/lock``.

A change that alters output fails here until the lock is rewritten with
``python tools/lock_output.py --update``, which prints what changed; so every "same
output" claim in a commit is checked rather than asserted.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

_TOOL = Path(__file__).resolve().parent.parent / "tools" / "lock_output.py"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lock_output", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("lock_output", module)
    spec.loader.exec_module(module)
    return module


lock = _load_tool()


@pytest.mark.parametrize("corpus", lock.CORPORA)
def test_output_matches_lock(corpus: str) -> None:
    """Every locked document annotates to the locked hash, and none is missing."""
    new = lock.render(corpus)
    if new is None:
        pytest.skip(f"{corpus}: ../shared/data is absent")
    old = lock.read_lock(corpus)
    assert old, f"no lock for {corpus}; run python tools/lock_output.py --update"
    report = lock.changes(old, new, limit=5)
    assert not report, (
        "output changed; if intended, run python tools/lock_output.py --update and "
        "report the effect on the dev measures:\n" + "\n".join(report[:60])
    )


def test_changes_reports_a_changed_claim() -> None:
    """The change report names a document whose hash moved and shows its claim lines."""
    old = ["# doc a 111", "0-5 none asserted author src=- cue=- rule=author"]
    new = ["# doc a 222", "0-5 none hedged author src=- cue=- rule=author"]
    report = lock.changes(old, new)
    assert report[0] == "changed: a"
    assert any(line.strip().startswith("-0-5 none asserted") for line in report)
    assert any(line.strip().startswith("+0-5 none hedged") for line in report)
    assert lock.changes(new, new) == []


def test_generated_texts_are_fixed() -> None:
    """The generated corpus is the same on every call (fixed seed, no hash order)."""
    assert lock.texts("generated") == lock.texts("generated")
    assert len(lock.texts("generated") or []) == lock.GENERATED_DOCS
