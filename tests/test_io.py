"""Claim tables, CSV, pandas and JSONL reading."""

from __future__ import annotations

import csv
import io
import math

import pytest
from claim_docs import news_document
from hypothesis import given
from hypothesis import strategies as st

from claimscope import Document
from claimscope.io import (
    CLAIM_COLUMNS,
    claims_table,
    neutralise_formula,
    parse_jsonl_line,
    read_jsonl,
    write_csv,
)


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


BAD_NUMBERS = {
    "a 4,301-digit integer": '{"id": 1, "n": ' + "7" * 4301 + ', "text": "Officials said so."}',
    "NaN as the id": '{"id": NaN, "text": "Officials said the talks resumed."}',
    "Infinity as the id": '{"id": Infinity, "text": "Officials said the talks resumed."}',
    "-Infinity in another field": '{"id": 2, "w": -Infinity, "text": "The mayor said so."}',
    "a float too large to be finite": '{"id": 1e999, "text": "The mayor said so."}',
    "NaN nested in a list": '{"id": 3, "tags": [1, NaN], "text": "The mayor said so."}',
}


@pytest.mark.parametrize("name", sorted(BAD_NUMBERS))
def test_a_line_json_cannot_read_or_that_is_not_finite_is_an_error_record(name: str) -> None:
    """Numbers json.loads refuses (more than 4300 digits) or reads as non-finite (NaN,
    Infinity, 1e999) give an error record for the line, never an exception and never a
    non-finite id that would make the output line invalid JSON."""
    record = parse_jsonl_line(BAD_NUMBERS[name], 12)
    assert record is not None
    assert record.line == 12 and record.text is None and record.id is None
    assert record.error is not None
    assert "4300 digits" in record.error or "not valid JSON" in record.error


def test_read_jsonl_goes_on_after_an_unreadable_number() -> None:
    """The record after a 4,301-digit integer is still read (it once ended the stream)."""
    lines = [BAD_NUMBERS["a 4,301-digit integer"], '{"id": "b", "text": "Rain is expected."}']
    records = list(read_jsonl(lines))
    assert [(r.line, r.id, r.error is None) for r in records] == [(1, None, False), (2, "b", True)]
    assert records[0].error == "cannot be read: it holds an integer of more than 4300 digits"


def test_finite_numbers_and_long_integers_within_the_limit_are_kept() -> None:
    """Large but readable numbers are fine: a 4,300-digit id and 1e308 pass through."""
    long_id = int("9" * 4300)
    record = parse_jsonl_line(f'{{"id": {long_id}, "x": 1e308, "text": "Rain."}}', 1)
    assert record is not None and record.error is None and record.id == long_id


@given(st.text(max_size=300))
def test_parse_jsonl_line_never_raises(line: str) -> None:
    """Any line gives None (blank), a record with text, or a record with an error."""
    record = parse_jsonl_line(line, 1)
    if record is not None:
        assert (record.text is None) != (record.error is None)
        assert not isinstance(record.id, float) or math.isfinite(record.id)


FORMULAS = ["=1+1", "+44 20", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd", "＝1+1", '=HYPERLINK("x")']


@pytest.mark.parametrize("cell", FORMULAS)
def test_csv_neutralises_cells_a_spreadsheet_would_run(cell: str) -> None:
    """OWASP: a cell starting with = + - @ tab or CR (ids too) gets a leading apostrophe."""
    row = {"doc": cell, **news_document().claims_table()[0], "text": cell}
    out = io.StringIO(newline="")
    write_csv([row], out, extra_columns=("doc",))
    back = next(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert back["doc"] == "'" + cell
    assert back["text"] == "'" + cell
    assert back["start"] == str(row["start"])


def test_csv_raw_keeps_cells_as_they_are_and_numbers_are_never_touched() -> None:
    """escape_formulas=False writes the cells unchanged; ordinary text and negative
    numbers are unchanged either way (a number is not a formula)."""
    row = {"doc": -3, **news_document().claims_table()[0], "text": "=1+1"}
    for escape, text in ((False, "=1+1"), (True, "'=1+1")):
        out = io.StringIO(newline="")
        write_csv([row], out, extra_columns=("doc",), escape_formulas=escape)
        back = next(csv.DictReader(io.StringIO(out.getvalue())))
        assert (back["doc"], back["text"]) == ("-3", text)
        assert back["source_text"] == row["source_text"]


def test_neutralise_formula_leaves_plain_text_alone() -> None:
    """Only the first character matters: a minus inside the text is not a formula."""
    assert neutralise_formula("The vote was 12-3.") == "The vote was 12-3."
    assert neutralise_formula("") == ""
    assert neutralise_formula(None) is None


def test_csv_quotes_a_cell_holding_a_carriage_return() -> None:
    """A claim text with a bare CR is quoted, so the row is not split in two (the
    csv module only quoted the characters of the line terminator, here just LF)."""
    row = {"doc": "a", **news_document().claims_table()[0], "text": "Line one\rline two"}
    out = io.StringIO(newline="")
    write_csv([row], out, extra_columns=("doc",), escape_formulas=False)
    assert out.getvalue().endswith("\n") and "\r\n" not in out.getvalue()
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert len(rows) == 1 and rows[0]["text"] == "Line one\rline two"


def test_a_null_line_is_named_null() -> None:
    """A line holding JSON null says 'got null', in JSON's words, not Python's NoneType."""
    record = parse_jsonl_line("null", 4)
    assert record is not None and record.error == "expected an object, got null"
