"""Score claimscope against human gold: PolNeAR attributions, source-type and
confidence labels, and claim-by-claim item gold.

Three scorers, one per kind of gold, each defined in its module's docstring so that
figures stay comparable from one run, one version and one paper to the next:

- :mod:`claimscope.evaluation.polnear`: attributions in PolNeAR JSONL (content, source
  and cue spans), scored by content overlap, exact content, lenient and strict source,
  and cue;
- :mod:`claimscope.evaluation.labels`: source-type and confidence labels keyed to
  PolNeAR attributions (coverage, accuracy, balanced accuracy, confusion tables);
- :mod:`claimscope.evaluation.items`: item gold such as ``news-dev/gold.json`` (items
  fully right, claims found, source/type/confidence among found, non-claims left alone).

``claimscope evaluate PATH`` runs whichever of them the data at ``PATH`` calls for
(:mod:`claimscope.evaluation.command`).
"""

from __future__ import annotations

from claimscope.evaluation._common import METRICS, Annotates, GoldFormatError, trim
from claimscope.evaluation.command import Plan, add_evaluate_parser, main, plan, run
from claimscope.evaluation.gold import GoldAttribution, GoldDocument, load_gold
from claimscope.evaluation.items import (
    GoldItem,
    ItemReport,
    ItemResult,
    ItemScores,
    evaluate_items,
    load_items,
    score_item,
    score_items,
)
from claimscope.evaluation.labels import (
    Agreement,
    GoldLabel,
    LabelReport,
    LabelResult,
    LabelScores,
    load_labels,
    score_labels,
)
from claimscope.evaluation.polnear import (
    DocumentResult,
    Match,
    Metric,
    Prediction,
    Report,
    Scores,
    evaluate,
    match,
    predictions,
    score,
    score_document,
)
from claimscope.evaluation.report import (
    format_documents,
    format_publishers,
    format_table,
    format_worst,
    iter_errors,
    write_errors,
)

__all__ = [
    "METRICS",
    "Agreement",
    "Annotates",
    "DocumentResult",
    "GoldAttribution",
    "GoldDocument",
    "GoldFormatError",
    "GoldItem",
    "GoldLabel",
    "ItemReport",
    "ItemResult",
    "ItemScores",
    "LabelReport",
    "LabelResult",
    "LabelScores",
    "Match",
    "Metric",
    "Plan",
    "Prediction",
    "Report",
    "Scores",
    "add_evaluate_parser",
    "evaluate",
    "evaluate_items",
    "format_documents",
    "format_publishers",
    "format_table",
    "format_worst",
    "iter_errors",
    "load_gold",
    "load_items",
    "load_labels",
    "main",
    "match",
    "plan",
    "predictions",
    "run",
    "score",
    "score_document",
    "score_item",
    "score_items",
    "score_labels",
    "trim",
    "write_errors",
]
