"""Page structure (issue 19): furniture decided from the page, lists after a colon.

The cases are data in ``tests/golden/page_structure.json``, composed for claimscope.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claimscope
from claimscope.furniture import page_furniture
from claimscope.segment import segment

_CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "golden" / "page_structure.json").read_text(encoding="utf-8")
)["cases"]


@pytest.mark.parametrize("case", _CASES, ids=[c["id"] for c in _CASES])
def test_furniture_reasons(case: dict[str, Any]) -> None:
    """Exactly the listed sentences are furniture, each for the listed reason."""
    text = case["text"]
    sentences, paragraphs = segment(text)
    reasons = page_furniture(text, sentences, paragraphs)
    got = {text[sentences[i][0] : sentences[i][1]]: why for i, why in reasons.items()}
    assert got == dict(map(tuple, case["furniture"]))


@pytest.mark.parametrize("case", _CASES, ids=[c["id"] for c in _CASES])
def test_claims_survive(case: dict[str, Any]) -> None:
    """Every expected claim is found with its source; no claim lies in furniture."""
    text = case["text"]
    doc = claimscope.annotate(text)
    for content, source in case["claims"]:
        matches = [c for c in doc.claims if content in c.text]
        assert matches, f"no claim holds {content!r}: {[c.text for c in doc.claims]}"
        if source is None:
            assert matches[0].source.type is claimscope.SourceType.AUTHOR
        else:
            assert source in (matches[0].source.text or ""), matches[0].source
    for piece, _reason in case["furniture"]:
        start = text.index(piece)
        assert not any(c.start < start + len(piece) and start < c.end for c in doc.claims), (
            f"a claim overlaps furniture {piece!r}"
        )


def test_list_items_share_the_introductions_cue() -> None:
    """Each list item is its own claim with rule 'list item' and the colon's cue."""
    text = (
        "At the briefing, Police Chief Dana Moss said:\n\n"
        "Three arrests were made overnight\n\n"
        "No officers were hurt\n\n"
        "The chief thanked residents for their calm."
    )
    doc = claimscope.annotate(text)
    items = [c for c in doc.claims if c.rule == "list item"]
    assert [c.text for c in items] == ["No officers were hurt"]
    assert items[0].cue is not None and items[0].cue.text == "said"
    assert items[0].source.text == "Police Chief Dana Moss"


def test_a_list_stops_at_prose() -> None:
    """Unmarked items end at the first line that ends like prose."""
    text = (
        "Governor Lee also said:\n\n"
        "Taxes will not rise this year\n\n"
        "The storm damaged 40 homes in the valley."
    )
    doc = claimscope.annotate(text)
    last = [c for c in doc.claims if "storm" in c.text]
    assert last and last[0].source.type is claimscope.SourceType.AUTHOR


def test_long_page_of_credits_is_linear() -> None:
    """A page of thousands of caption paragraphs is read in one pass (no blow-up)."""
    paragraph = "Crowds on the quay at dawn. Photo: Sam Reed/Staff"
    text = "\n\n".join([paragraph] * 3000)
    sentences, paragraphs = segment(text)
    reasons = page_furniture(text, sentences, paragraphs)
    assert len(reasons) == len(sentences)


def test_many_sentences_on_one_long_line_are_linear() -> None:
    """Sentences far from any line end are judged without scanning back to it."""
    text = "Heading\n" + "The mayor spoke. " * 20000
    sentences, paragraphs = segment(text)
    reasons = page_furniture(text, sentences, paragraphs)
    assert reasons == {0: "headline"}
