"""Claim tables, CSV, pandas and JSONL reading."""

from __future__ import annotations

import csv
import io

import pytest
from claim_docs import news_document

from claimscope import Document
from claimscope.io import CLAIM_COLUMNS, claims_table, parse_jsonl_line, read_jsonl, write_csv


def test_claims_table_has_stable_keys_for_every_row() -> None:
    """Every row has exactly CLAIM_COLUMNS, in order, with flat values."""
    rows = news_document().claims_table()
    assert len(rows) == 6
    for row in rows:
        assert tuple(row) == CLAIM_COLUMNS
        assert all(v is None or isinstance(v, str | int) for v in row.values())
    second = rows[1]
    assert second["source_text"] == "Jane Doe"
    assert second["mention_text"] == "She"
    assert second["confidence"] == "hedged"
    assert second["cues"] == "added (reporting); could (hedge)"
    author = rows[-1]
    assert author["source_type"] == "author"
    assert author["source_text"] is None and author["cue_text"] is None


def test_claims_table_reads_the_dict_form_too() -> None:
    """The table of a document equals the table of its claimscope/1 dict."""
    doc = news_document()
    assert claims_table(doc.to_dict()) == doc.claims_table() == claims_table(doc)


def test_claims_table_rejects_other_objects() -> None:
    """Anything but a Document or its dict is refused with a helpful message."""
    with pytest.raises(TypeError, match="Document or its dict"):
        claims_table(42)


def test_csv_round_trips_through_the_csv_module() -> None:
    """The CSV has the id column then CLAIM_COLUMNS; None becomes an empty cell."""
    rows = [{"doc": "a1", **row} for row in news_document().claims_table()]
    out = io.StringIO(newline="")
    assert write_csv(rows, out, extra_columns=("doc",)) == 6
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(back[0]) == ["doc", *CLAIM_COLUMNS]
    assert back[0]["text"] == "The cables are older than anyone expected"
    assert back[-1]["source_text"] == ""


def test_csv_refuses_a_row_missing_a_column() -> None:
    """A row without a column raises ValueError naming it."""
    row = dict(news_document().claims_table()[0])
    del row["confidence"]
    with pytest.raises(ValueError, match="confidence"):
        write_csv([row], io.StringIO())


def test_to_pandas_has_the_stable_columns() -> None:
    """to_pandas gives a DataFrame with CLAIM_COLUMNS, even without claims."""
    pytest.importorskip("pandas")
    frame = news_document().to_pandas()
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert len(frame) == 6
    empty = Document("").to_pandas()
    assert list(empty.columns) == list(CLAIM_COLUMNS) and len(empty) == 0


def test_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, the ImportError tells which extra to install."""
    import importlib

    real = importlib.import_module

    def fake(name: str, package: str | None = None) -> object:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", fake)
    with pytest.raises(ImportError, match=r"claimscope\[pandas\]"):
        news_document().to_pandas()


def test_read_jsonl_keeps_good_records_and_reports_each_bad_one() -> None:
    """Malformed lines, non-string and missing fields each give an error; none is lost."""
    lines = [
        '{"id": "a", "text": "The mayor said the plan was sound."}\n',
        "{not json\n",
        "\n",
        '{"id": "b", "text": 42}\n',
        '{"id": "c", "body": "Officials said talks resumed."}\n',
        '["a", "list"]\n',
        '{"id": "d", "text": null}\n',
        '{"id": "e", "text": "Critics fear further delays."}\n',
    ]
    records = list(read_jsonl(lines))
    assert [(r.line, r.id, r.text is not None) for r in records] == [
        (1, "a", True),
        (2, None, False),
        (4, "b", False),
        (5, "c", False),
        (6, None, False),
        (7, "d", False),
        (8, "e", True),
    ]
    errors = {r.line: r.error for r in records if r.error}
    assert "not valid JSON" in errors[2]
    assert errors[4] == "field 'text' is int, not a string"
    assert errors[5] == "no field 'text'"
    assert errors[6] == "expected an object, got list"
    assert errors[7] == "field 'text' is null, not a string"


def test_parse_jsonl_line_uses_the_given_fields() -> None:
    """Custom text and id fields are honoured; blank lines give None."""
    record = parse_jsonl_line('{"key": 7, "body": "Rain is expected."}', 3, text_field="body",
                              id_field="key")  # fmt: skip
    assert record is not None
    assert (record.line, record.id, record.text, record.error) == (3, 7, "Rain is expected.", None)
    assert parse_jsonl_line("   \n", 1) is None
