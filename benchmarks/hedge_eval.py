"""Hedge and confidence figures on held-apart golden sentences.

Two sets, both composed for claimscope and written before the code they measure
was tuned:

* ``tests/golden/hedges_heldout.json`` (70 sentences): a sentence counts as hedged
  when :func:`claimscope.cues.find_cues` finds a hedge cue or a reporting cue with
  stance ``hedging`` in it; precision, recall and F1 of that detector.
* ``tests/golden/confidence_heldout.json`` (119 sentences, issue 17): each sentence
  is annotated and its *main claim* (the claim covering most of the sentence) is
  compared with the gold confidence label; accuracy, balanced accuracy (mean
  per-class recall), per-class recall, and sentence-level hedge precision, recall
  and F1 (a sentence is hedged when its main claim is ``hedged``). A sentence with
  no claim counts as wrong.

Run: ``python benchmarks/hedge_eval.py`` (add ``-v`` to list the errors).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import claimscope
from claimscope.cues import find_cues
from claimscope.model import CueKind

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden"
HELDOUT = GOLDEN / "hedges_heldout.json"
CONFIDENCE = GOLDEN / "confidence_heldout.json"
LABELS = ("asserted", "reported", "hedged", "alleged", "denied")


def is_hedged(text: str) -> bool:
    """Whether the cue detector marks ``text`` as hedged."""
    return any(
        c.kind is CueKind.HEDGE or (c.kind is CueKind.REPORTING and c.stance == "hedging")
        for c in find_cues(text)
    )


def main_label(text: str) -> str:
    """The confidence of the claim covering most of ``text`` (``"none"`` if no claim)."""
    doc = claimscope.annotate(text)
    if not doc.claims:
        return "none"
    best = max(doc.claims, key=lambda c: (c.end - c.start, -c.start))
    return best.confidence.value


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def hedge_detector(verbose: bool) -> None:
    """Print the cue detector's precision, recall and F1 on ``hedges_heldout.json``."""
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
    precision, recall, f1 = _prf(tp, fp, fn)
    print(f"{HELDOUT.name}: cases={len(cases)} tp={tp} fp={fp} fn={fn} tn={tn}")
    print(f"  hedge cue detector: precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")
    if verbose:
        for kind, text, note in errors:
            print(f"  {kind}: {text}  [{note}]")


def confidence_labels(verbose: bool) -> None:
    """Print label accuracy, balanced accuracy and hedge P/R/F1 on ``confidence_heldout.json``."""
    cases = json.loads(CONFIDENCE.read_text(encoding="utf-8"))["cases"]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    tp = fp = fn = 0
    errors = []
    for case in cases:
        gold = case["confidence"]
        predicted = main_label(case["text"])
        total[gold] += 1
        right[gold] += predicted == gold
        tp += predicted == "hedged" and gold == "hedged"
        fp += predicted == "hedged" and gold != "hedged"
        fn += predicted != "hedged" and gold == "hedged"
        if predicted != gold:
            errors.append((gold, predicted, case["text"], case.get("note", "")))
    recalls = {k: right[k] / total[k] for k in LABELS if total[k]}
    accuracy = sum(right.values()) / len(cases)
    balanced = sum(recalls.values()) / len(recalls)
    precision, recall, f1 = _prf(tp, fp, fn)
    print(f"{CONFIDENCE.name}: cases={len(cases)}")
    print(f"  confidence accuracy={accuracy:.3f} balanced={balanced:.3f}")
    per_class = (f"{k}={v:.3f} ({right[k]}/{total[k]})" for k, v in recalls.items())
    print("  recall: " + " ".join(per_class))
    print(f"  hedged sentences: precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")
    if verbose:
        for gold, predicted, text, note in errors:
            print(f"  gold {gold} got {predicted}: {text}  [{note}]")


def main(argv: list[str]) -> int:
    """Score both held-apart sets; ``-v`` lists every error."""
    verbose = "-v" in argv
    hedge_detector(verbose)
    confidence_labels(verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
