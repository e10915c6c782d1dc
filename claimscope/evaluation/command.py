"""The ``claimscope evaluate`` command (also ``python -m claimscope.evaluation``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

import attrs

from claimscope.evaluation._common import GoldFormatError, _write
from claimscope.evaluation.items import evaluate_items, is_item_gold
from claimscope.evaluation.labels import is_label_gold, load_labels, score_labels
from claimscope.evaluation.polnear import Report, evaluate
from claimscope.evaluation.report import (
    _summary,
    format_documents,
    format_item_documents,
    format_labels,
    format_publishers,
    format_table,
    format_worst,
    format_wrong_items,
    iter_errors,
    iter_item_errors,
)
from claimscope.pipeline import DECISIONS, Annotator

# -- command line ---------------------------------------------------------------------

EXIT_OK = 0
EXIT_FAILED = 1


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold",
        metavar="PATH",
        help="a data directory (scores polnear-dev.jsonl, polnear-dev-labels.json and "
        "news-dev/gold.json, whichever are there), a PolNeAR JSONL file, an item gold "
        "JSON file or a labels JSON file",
    )
    parser.add_argument("--split", help="score only records whose 'split' field equals this")
    parser.add_argument(
        "--limit", type=_non_negative_int, metavar="N", help="score only the first N documents"
    )
    parser.add_argument(
        "--report",
        metavar="FILE",
        help="write the tables, breakdowns by publisher and by document, and the wrong "
        "items (Markdown)",
    )
    parser.add_argument(
        "--errors",
        metavar="FILE",
        help="write every error as JSONL: missed, spurious, wrong_source, wrong_cue, "
        "inexact (PolNeAR), item (a wrong gold item)",
    )
    parser.add_argument(
        "--wrong",
        action="store_true",
        help="print every wrong gold item: the anchor, what claimscope got, what was wanted",
    )
    parser.add_argument(
        "--json",
        metavar="FILE",
        dest="json_out",
        help="write every figure as JSON (PolNeAR's at the top level, then 'labels', "
        "'items' and 'skipped')",
    )
    parser.add_argument(
        "--worst",
        type=_non_negative_int,
        default=5,
        metavar="N",
        help="show the N documents with the most errors (default 5)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="annotate with N processes (default 1)",
    )
    parser.add_argument(
        "--decisions",
        choices=DECISIONS,
        default="rules",
        help="which cue decisions annotate: the rule engine (default) or the learned "
        "cue model (Annotator(decisions=...), docs/learned.md)",
    )
    parser.set_defaults(handler=run)


def _non_negative_int(value: str) -> int:
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected an integer >= 0, got {value}")
    return n


def _positive_int(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected an integer >= 1, got {value}")
    return n


_EPILOG = """\
examples:
  claimscope evaluate ../shared/data        all three: PolNeAR dev (lenient and strict
                                            source), the dev labels, news-dev items
  claimscope evaluate ../shared/data --wrong --report dev.md --json dev.json
  claimscope evaluate polnear-dev.jsonl     PolNeAR-format JSONL only
  claimscope evaluate ../shared/data --decisions learned
                                            the same, with the learned cue decisions
  claimscope evaluate news-dev/gold.json    item gold only (detected by its shape)
  claimscope evaluate polnear-dev-labels.json
                                            the labels, against polnear-dev.jsonl
                                            beside them (its PolNeAR table too)

exit status:
  0  everything found was scored and every file written
  1  a gold file is missing or malformed, annotation failed, or a file could
     not be written (reported on stderr); absent pieces of a data directory
     are listed on stdout and are not failures
"""


def add_evaluate_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``evaluate`` subcommand on a ``claimscope`` CLI's subparsers."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score claimscope against gold: PolNeAR JSONL, labels, item gold",
        description="Annotate each gold document and score it: PolNeAR attributions "
        "(content overlap, content exact, lenient and strict source, cue), source-type "
        "and confidence labels (coverage, accuracy, balanced accuracy), and item gold "
        "(items fully right, claims found, source/type/confidence, non-claims left "
        "alone). Given a directory, scores every kind of gold it holds. Definitions: "
        "the claimscope.evaluation modules' docstrings.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_arguments(parser)


# -- what to score ----------------------------------------------------------------------

POLNEAR_NAME = "polnear-dev.jsonl"
LABELS_NAME = "polnear-dev-labels.json"
ITEMS_NAME = os.path.join("news-dev", "gold.json")
"""The files :func:`plan` looks for in a data directory (``../shared/data``'s layout)."""


@attrs.frozen
class Plan:
    """Which gold files one ``claimscope evaluate PATH`` scores, and what it skips.

    ``skipped`` holds one human-readable line per piece of data that was looked for
    and is absent.
    """

    polnear: str | None = None
    labels: str | None = None
    items: str | None = None
    skipped: tuple[str, ...] = ()


def plan(path: str) -> Plan:
    """Decide what to score for ``path``.

    A directory is searched for ``polnear-dev.jsonl``, ``polnear-dev-labels.json`` and
    ``news-dev/gold.json``; each absent one is listed in :attr:`Plan.skipped`. A file is
    detected by shape: a JSON object with an ``items`` list is item gold, one with a
    ``labels`` list is a labels file (scored against the PolNeAR JSONL beside it, its
    name without ``-labels``: ``X-labels.json`` reads ``X.jsonl``); anything else is
    PolNeAR JSONL. Raises ``OSError`` when ``path`` does not exist, and
    :class:`GoldFormatError` when a labels file has no PolNeAR JSONL beside it.
    """
    if os.path.isdir(path):
        return _plan_directory(path)
    if not os.path.exists(path):
        raise FileNotFoundError(f"no such file or directory: {path}")
    shape = _json_shape(path)
    if shape == "items":
        return Plan(items=path)
    if shape == "labels":
        polnear = _labels_partner(path)
        if not os.path.isfile(polnear):
            raise GoldFormatError(
                f"{path}: a labels file is scored against the PolNeAR JSONL beside it, "
                f"and {polnear} does not exist; pass the data directory instead"
            )
        return Plan(polnear=polnear, labels=path)
    return Plan(polnear=path)


def _plan_directory(path: str) -> Plan:
    found: dict[str, str | None] = {}
    skipped = []
    for key, name, what in (
        ("polnear", POLNEAR_NAME, "PolNeAR attributions"),
        ("labels", LABELS_NAME, "source-type and confidence labels"),
        ("items", ITEMS_NAME, "news-dev item gold"),
    ):
        full = os.path.join(path, name)
        found[key] = full if os.path.isfile(full) else None
        if found[key] is None:
            skipped.append(f"{what}: skipped, no {full}")
    if found["labels"] and not found["polnear"]:
        skipped.append(f"source-type and confidence labels: skipped, they need {POLNEAR_NAME}")
        found["labels"] = None
    return Plan(found["polnear"], found["labels"], found["items"], tuple(skipped))


def _json_shape(path: str) -> str:
    """``items``, ``labels`` or ``jsonl`` (anything that is not one JSON object)."""
    with open(path, encoding="utf-8") as f:
        head = f.read(1)
        if head.lstrip() != "{" and not head.isspace():
            return "jsonl"
        f.seek(0)
        try:
            data = json.load(f)
        except json.JSONDecodeError:
            return "jsonl"  # one object a line: the PolNeAR loader reports any fault
    if is_item_gold(data):
        return "items"
    if is_label_gold(data):
        return "labels"
    return "jsonl"


def _labels_partner(path: str) -> str:
    folder, name = os.path.split(path)
    stem = name.removesuffix(".json").removesuffix("-labels")
    return os.path.join(folder, stem + ".jsonl")


# -- running ----------------------------------------------------------------------------


@attrs.define
class _Outputs:
    """What the sections of one run add to the report, the JSON and the error dump."""

    report: list[str] = attrs.Factory(list)
    figures: dict[str, Any] = attrs.Factory(dict)
    errors: list[dict[str, Any]] = attrs.Factory(list)
    ok: bool = True
    printed: bool = False


def _annotator(args: argparse.Namespace) -> Annotator:
    return Annotator(decisions=getattr(args, "decisions", "rules"))


def _fail(where: str, message: object) -> None:
    print(f"claimscope evaluate: {where}: {message}", file=sys.stderr)


def _heading(title: str, path: str, out: _Outputs, sections: int) -> None:
    if sections > 1:
        print(("\n" if out.printed else "") + f"## {title}: {path}\n")
    out.printed = True


def _run_polnear(args: argparse.Namespace, path: str, out: _Outputs, n: int) -> Report | None:
    try:
        report = evaluate(
            path,
            _annotator(args),
            split=args.split,
            limit=args.limit,
            n_process=args.jobs,
            keep_going=True,
        )
    except (OSError, UnicodeDecodeError, GoldFormatError) as e:
        _fail(path, e)
        out.ok = False
        return None
    if not report.documents:
        where = f" with split {args.split!r}" if args.split else ""
        _fail(path, f"no documents{where}")
        out.ok = False
        return None
    for doc_id, error in report.failures:
        _fail(f"document {doc_id}", f"annotation failed: {error}")
    _heading("PolNeAR attributions", path, out, n)
    print(_summary(report))
    print()
    print(format_table(report.scores))
    if args.worst:
        print()
        print(f"Worst {min(args.worst, len(report.documents))} documents (attribution FN + FP):")
        print(format_worst(report, args.worst))
    out.report.append(
        f"## PolNeAR attributions\n\n{_summary(report)}\n\n{format_table(report.scores)}"
        f"\n\n### By publisher\n\n{format_publishers(report)}"
        f"\n\n### Worst documents\n\n{format_worst(report, max(args.worst, 10))}"
        f"\n\n### Per document\n\n{format_documents(report)}\n"
    )
    out.figures.update(report.to_dict())
    out.errors.extend(iter_errors(report))
    if report.failures:
        _fail(
            path,
            f"annotation failed on {len(report.failures)} documents "
            "(scored as all missed; see above)",
        )
        out.ok = False
    return report


def _run_labels(path: str, polnear: Report, out: _Outputs, n: int) -> None:
    try:
        labels = load_labels(path)
        gold = {r.gold.id: r.gold for r in polnear.documents}
        pairs = zip(polnear.documents, polnear.annotated, strict=False)
        annotated = {r.gold.id: d for r, d in pairs if d is not None}
        report = score_labels(path, labels, gold, annotated)
    except (OSError, UnicodeDecodeError, GoldFormatError) as e:
        _fail(path, e)
        out.ok = False
        return
    _heading("Source types and confidence", path, out, n)
    print(format_labels(report))
    out.report.append(f"## Source types and confidence\n\n{format_labels(report)}\n")
    out.figures["labels"] = report.to_dict()


def _run_items(args: argparse.Namespace, path: str, out: _Outputs, n: int) -> None:
    try:
        report = evaluate_items(path, _annotator(args), n_process=args.jobs)
    except (OSError, UnicodeDecodeError, GoldFormatError) as e:
        _fail(path, e)
        out.ok = False
        return
    _heading("Claim items", path, out, n)
    print(report.scores.summary())
    print()
    print(format_item_documents(report))
    wrong = format_wrong_items(report)
    if args.wrong and wrong:
        print()
        print(wrong)
    out.report.append(
        f"## Claim items\n\n{path}: {report.scores.summary()}\n\n"
        f"{format_item_documents(report)}\n\n### Wrong items\n\n```\n{wrong}\n```\n"
    )
    out.figures["items"] = report.to_dict()
    out.errors.extend(iter_item_errors(report))


def run(args: argparse.Namespace) -> int:
    """Run ``evaluate`` for parsed arguments; print the tables; return the exit status."""
    try:
        todo = plan(args.gold)
    except (OSError, UnicodeDecodeError, GoldFormatError) as e:
        _fail(args.gold, e)
        return EXIT_FAILED
    if not (todo.polnear or todo.items):
        _fail(args.gold, "no gold found; " + "; ".join(todo.skipped))
        return EXIT_FAILED
    out = _Outputs()
    sections = sum(x is not None for x in (todo.polnear, todo.labels, todo.items))
    for line in todo.skipped:
        print(line)
    out.printed = bool(todo.skipped)
    polnear = None
    if todo.polnear:
        polnear = _run_polnear(args, todo.polnear, out, sections)
    if todo.labels and polnear is not None:
        _run_labels(todo.labels, polnear, out, sections)
    if todo.items:
        _run_items(args, todo.items, out, sections)
    out.figures["skipped"] = list(todo.skipped)
    return _write_outputs(args, out)


def _write_outputs(args: argparse.Namespace, out: _Outputs) -> int:
    ok = out.ok
    if args.report:
        text = "# claimscope evaluation\n\n" + "\n".join(out.report)
        ok &= _write(args.report, lambda f: f.write(text))
    if args.errors:
        lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in out.errors)
        ok &= _write(args.errors, lambda f: f.write(lines))
    if args.json_out:
        ok &= _write(args.json_out, lambda f: f.write(json.dumps(out.figures, indent=1)))
    return EXIT_OK if ok else EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``python -m claimscope.evaluation`` with ``argv``; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m claimscope.evaluation",
        description="Score claimscope against gold: PolNeAR JSONL, labels, item gold.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_arguments(parser)
    args = parser.parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
