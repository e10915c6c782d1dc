"""Precision and recall of the hedge detector on held-apart golden sentences.

A sentence counts as hedged when :func:`claimscope.cues.find_cues` finds a hedge cue
or a reporting cue with stance ``hedging`` in it. The sentences and their labels are
in ``tests/golden/hedges_heldout.json`` (written before the detector was tuned).

Run: ``python benchmarks/hedge_eval.py`` (add ``-v`` to list the errors).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from claimscope.cues import find_cues
from claimscope.model import CueKind

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "golden" / "hedges_heldout.json"


def is_hedged(text: str) -> bool:
    """Whether the detector marks ``text`` as hedged."""
    return any(
        c.kind is CueKind.HEDGE or (c.kind is CueKind.REPORTING and c.stance == "hedging")
        for c in find_cues(text)
    )


def main(argv: list[str]) -> int:
    """Print precision, recall and F1; with ``-v`` also every misclassified case."""
    cases = json.loads(HELDOUT.read_text(encoding="utf-8"))["cases"]
    tp = fp = fn = tn = 0
    errors = []
    for case in cases:
        predicted = is_hedged(case["text"])
        gold = bool(case["hedge"])
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
        tn += not predicted and not gold
        if predicted != gold:
            errors.append(("FP" if predicted else "FN", case["text"], case.get("note", "")))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"cases={len(cases)} tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")
    if "-v" in argv:
        for kind, text, note in errors:
            print(f"  {kind}: {text}  [{note}]")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
