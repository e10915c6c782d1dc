"""Thread safety: one Annotator shared by many threads gives the sequential results."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import claimscope
from claimscope import Annotator

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "polnear-dev.jsonl"

TEXTS = [
    "“The cables are older than anyone expected,” said Jane Doe. She added that the "
    "bridge may close for six months.",
    "Officials said the repairs could cost $4.5 billion, according to the Daily Planet.",
    "The mayor denied claims that the money had allegedly been misused.",
    "Sen. Lisa Warren said the U.S. Senate would vote on Friday. Critics fear a delay.",
    "It is understood that the ministry will appeal, the newspaper reported.",
    "The bridge opened in 1990. It carries 40,000 cars a day.",
    "A source familiar with the talks told reporters the deal was likely to collapse.",
    "",
    (ROOT / "examples" / "article.txt").read_text(encoding="utf-8"),
]
"""Realistic news composed for the test, an empty text and the example article."""


def corpus() -> list[str]:
    """The composed texts, plus some PolNeAR dev articles when the data is present."""
    texts = list(TEXTS)
    if DEV.exists():
        with DEV.open(encoding="utf-8") as lines:
            for i, line in enumerate(lines):
                if i >= 12:
                    break
                texts.append(json.loads(line)["text"])
    return texts


def test_shared_annotator_across_eight_threads_matches_sequential() -> None:
    """Eight threads annotating through one Annotator, each text several times and in
    interleaved order, give exactly the sequential documents."""
    annotator = Annotator()
    texts = corpus()
    expected = [annotator.annotate(t) for t in texts]
    work = [i for _ in range(4) for i in range(len(texts))]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda i: (i, annotator.annotate(texts[i])), work))
    for i, doc in results:
        assert doc == expected[i], f"text {i} differs when annotated from a thread"


def test_first_use_from_many_threads_at_once() -> None:
    """Threads that all start at the same moment (while lexicons and patterns may
    still be loading lazily) get correct results."""
    annotator = Annotator(author_claims=False)
    text = TEXTS[0]
    barrier = threading.Barrier(8)

    def work(_: int) -> claimscope.Document:
        barrier.wait(timeout=30)
        return annotator.annotate(text)

    with ThreadPoolExecutor(max_workers=8) as pool:
        docs = list(pool.map(work, range(8)))
    assert all(d == docs[0] for d in docs)
    assert docs[0] == annotator.annotate(text)
    assert docs[0].claims, "the quote by Jane Doe should be found"


def test_module_level_annotate_from_threads() -> None:
    """claimscope.annotate (the shared default annotator) is safe from threads."""
    texts = TEXTS[:7] * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        docs = list(pool.map(claimscope.annotate, texts))
    assert docs == [claimscope.annotate(t) for t in texts]


@pytest.mark.parametrize("n_threads", [2, 8])
def test_to_json_and_html_from_threads(n_threads: int) -> None:
    """Rendering shared documents from several threads gives the sequential output."""
    docs = [claimscope.annotate(t) for t in TEXTS]
    expected = [(d.to_json(), d.to_html()) for d in docs]
    with ThreadPoolExecutor(max_workers=n_threads) as pool:
        got = list(pool.map(lambda d: (d.to_json(), d.to_html()), docs * 3))
    assert got == expected * 3
