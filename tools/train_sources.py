"""Train the source-candidate ranker (``claimscope/source_ranker.py``) from JSONL.

Used by ``tools/train.py --sources``. Each article is annotated with learned cue
decisions and the ranker off; every claim whose content overlaps a gold attribution
(paired one to one as ``claimscope evaluate`` pairs them) and whose gold source is
known gives one ranking example: the candidates around the claim's rule source span,
labelled good when the candidate meets the strict source condition against the gold
source (:func:`claimscope.evaluation.phrases.strict_source`: overlapping, and equal
after trimming determiners and punctuation, or with the same head word). Examples
with no good candidate, or only one candidate, teach nothing and are left out.

The model is an averaged perceptron ranker: score every candidate, and when the best
is not a good one, move the weights toward the best-scoring good candidate and away
from the chosen one. Deterministic for fixed input and seed.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from claimscope import source_ranker
from claimscope.entities import resolve_sources
from claimscope.evaluation.gold import GoldDocument, load_gold
from claimscope.evaluation.phrases import strict_source
from claimscope.evaluation.polnear import Prediction, match
from claimscope.model import SourceType
from claimscope.pipeline import Annotator
from claimscope.segment import segment

Group = tuple[tuple[tuple[str, ...], bool], ...]
"""One ranking example: each candidate's features and whether it is good."""


def read_gold(path: Path) -> list[GoldDocument]:
    """The gold documents of ``path``, sorted by id."""
    return sorted(load_gold(path), key=lambda d: d.id)


def groups(docs: Sequence[GoldDocument], *, lenient: bool = True) -> list[Group]:
    """The ranking examples of ``docs`` (see the module docstring).

    The rule's own span counts as good when the claim as the rules resolve it (its
    entity's name or its local mention) meets the strict condition: a cut that
    loses the resolved name's second chance is no gain. With ``lenient``, an
    example where no candidate is strictly good but some overlap the gold source
    is kept with the overlapping ones as good, so the model learns not to leave
    the gold source altogether."""
    annotator = Annotator(decisions="learned")
    out: list[Group] = []
    for doc in docs:
        text = doc.text
        spans, paragraphs = segment(text)
        if not spans:
            continue
        claims, speech = annotator._attribute(text, spans, paragraphs, rank=False)
        resolved, _ = resolve_sources(text, spans, claims, speech)
        kept = [i for i, c in enumerate(claims) if c.source.type is not SourceType.AUTHOR]
        preds = [Prediction.from_claim(resolved[i]) for i in kept]
        pairs = match(text, doc.attributions, preds)
        gold_of = {kept[m.pred]: doc.attributions[m.gold] for m in pairs}
        for i, _span, ranked in source_ranker.claim_candidates(text, spans, claims):
            gold = gold_of.get(i)
            if gold is None or not gold.source or len(ranked) < 2:
                continue
            labels = [strict_source(text, [(c.start, c.end)], gold.source) for c in ranked]
            labels[0] = labels[0] or strict_source(
                text, Prediction.from_claim(resolved[i]).sources, gold.source
            )
            if not any(labels) and lenient:
                labels = [_overlaps((c.start, c.end), gold.source) for c in ranked]
            if any(labels):
                out.append(tuple((c.features, y) for c, y in zip(ranked, labels, strict=True)))
    return out


def _overlaps(span: tuple[int, int], pieces: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in pieces)


def train(data: Sequence[Group], *, epochs: int, seed: int, min_count: int) -> dict[str, float]:
    """An averaged perceptron ranker over binary features; deterministic."""
    counts: Counter[str] = Counter(f for g in data for feats, _ in g for f in set(feats))
    kept = {f for f, n in counts.items() if n >= min_count}
    rows = [
        tuple((tuple(sorted(f for f in set(feats) if f in kept)), y) for feats, y in g)
        for g in data
    ]
    w: dict[str, float] = {}
    total: dict[str, float] = {}
    stamp = 1
    order = list(range(len(rows)))
    rng = random.Random(seed)

    def score(feats: tuple[str, ...]) -> float:
        return sum(w.get(f, 0.0) for f in feats)

    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            group = rows[i]
            scores = [score(feats) for feats, _ in group]
            best = max(range(len(group)), key=lambda k: (scores[k], -k))
            if not group[best][1]:
                good = max(
                    (k for k in range(len(group)) if group[k][1]), key=lambda k: (scores[k], -k)
                )
                for f, step in [(f, 1.0) for f in group[good][0]] + [
                    (f, -1.0) for f in group[best][0]
                ]:
                    w[f] = w.get(f, 0.0) + step
                    total[f] = total.get(f, 0.0) + step * stamp
            stamp += 1
    return {f: w[f] - total[f] / stamp for f in sorted(w)}


def accuracy(weights: dict[str, float], data: Sequence[Group]) -> tuple[float, float]:
    """The share of examples whose chosen candidate is good, with the model and with
    the rule's own span (the first candidate) always chosen."""
    if not data:
        return 0.0, 0.0
    right = rule = 0
    for g in data:
        scores = [sum(weights.get(f, 0.0) for f in feats) for feats, _ in g]
        best = max(range(len(g)), key=lambda k: (scores[k], -k))
        right += g[best][1]
        rule += g[0][1]
    return right / len(data), rule / len(data)
