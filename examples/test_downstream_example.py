"""Testing code that uses claimscope: a downstream test module.

Your code turns claimscope documents into rows for a spreadsheet. These tests check
it against realistic, hostile news text (``news_texts``) and against every shape of
document the data model allows (``documents``), and check the contract of what the
library hands you (``check_document``). Run with::

    python -m pytest examples/test_downstream_example.py -q
"""

from __future__ import annotations

from hypothesis import given, settings

from claimscope import Document, SourceType, annotate
from claimscope.testing import check_document, documents, news_texts


def attributed_rows(doc: Document) -> list[dict[str, str]]:
    """Your code: one row per attributed claim (author-voiced claims are left out)."""
    rows = []
    for claim in doc.claims:
        if claim.source.type is SourceType.AUTHOR:
            continue
        rows.append(
            {
                "who": claim.source.text or "(unnamed)",
                "type": claim.source.type.value,
                "says": claim.text,
                "confidence": claim.confidence.value,
                "cue": "" if claim.cue is None else claim.cue.text,
            }
        )
    return rows


@settings(max_examples=50, deadline=None)
@given(news_texts())
def test_annotated_news_keeps_the_contract(text: str) -> None:
    """Whatever news text comes in, the document we build rows from is sound."""
    doc = annotate(text)
    check_document(doc, text)
    for row in attributed_rows(doc):
        assert row["says"] in text


@settings(max_examples=50, deadline=None)
@given(documents())
def test_one_row_per_attributed_claim(doc: Document) -> None:
    """Every attributed claim gives exactly one row, quoting the text exactly."""
    rows = attributed_rows(doc)
    attributed = [c for c in doc.claims if c.source.type is not SourceType.AUTHOR]
    assert [row["says"] for row in rows] == [c.text for c in attributed]
    assert all(row["who"] for row in rows)


@settings(max_examples=50, deadline=None)
@given(documents())
def test_stored_documents_come_back_unchanged(doc: Document) -> None:
    """Documents we store as JSON and read back give the same rows."""
    again = Document.from_json(doc.to_json())
    check_document(again)
    assert attributed_rows(again) == attributed_rows(doc)


def test_a_known_article() -> None:
    """A hand-written example pins what the rows look like."""
    text = "The council will close the bridge, the mayor said on Tuesday."
    rows = attributed_rows(annotate(text))
    assert rows == [
        {
            "who": "the mayor",
            "type": "person",
            "says": "The council will close the bridge",
            "confidence": "reported",
            "cue": "said",
        }
    ]
