"""Typed pandas tables of claims: dtypes, nested and flat views, many documents."""

from __future__ import annotations

import doctest

import pytest

import claimscope
from claimscope import Document, annotate
from claimscope.io import CLAIM_COLUMNS, claims_table

pd = pytest.importorskip("pandas")

from claimscope.integrations import pandas as tables  # noqa: E402

NEWS = (
    "Jane Doe, the city's chief engineer, said the bridge may close in May. "
    "The Daily Planet reported that, according to a leaked memo, the repairs were delayed. "
    "The bridge opened in 1990."
)


def test_module_doctests_pass() -> None:
    """The examples in claimscope.integrations.pandas run."""
    result = doctest.testmod(tables)
    assert result.attempted > 0 and result.failed == 0


def test_offsets_are_nullable_integers_not_floats() -> None:
    """An author-voiced claim has no source offsets: <NA> in an Int64 column, not NaN."""
    frame = annotate(NEWS).to_pandas()
    for column in tables.INTEGER_COLUMNS:
        assert str(frame[column].dtype) == "Int64", column
    author = frame[frame["source_type"] == "author"]
    assert len(author) == 1
    assert author["source_start"].isna().all()
    assert frame["source_start"].dropna().map(type).eq(int).all()


def test_labels_are_categoricals_with_every_enum_value() -> None:
    """Label columns are categoricals listing every value, so value_counts shows zeros."""
    frame = annotate(NEWS).to_pandas()
    assert list(frame["confidence"].cat.categories) == [c.value for c in claimscope.Confidence]
    assert list(frame["source_type"].cat.categories) == [t.value for t in claimscope.SourceType]
    assert list(frame["quote"].cat.categories) == [q.value for q in claimscope.QuoteKind]
    assert list(frame["cue_kind"].cat.categories) == [k.value for k in claimscope.CueKind]
    assert frame["confidence"].value_counts()["denied"] == 0


def test_cues_and_chains_are_nested_lists_and_flat_on_request() -> None:
    """chain and cues hold the claimscope/1 dicts; flat=True gives the CSV strings."""
    doc = annotate(NEWS)
    nested = doc.to_pandas()
    flat = doc.to_pandas(flat=True)
    for i, claim in enumerate(doc.claims):
        assert nested["cues"][i] == [c.to_dict() for c in claim.cues]
        assert nested["chain"][i] == [link.to_dict(mention=False) for link in claim.chain]
    assert flat["cues"].tolist() == [row["cues"] for row in claims_table(doc)]
    assert flat["chain"].tolist() == [row["chain"] for row in claims_table(doc)]
    assert str(flat["chain"].dtype) == "string"


def test_values_equal_the_claims_table() -> None:
    """Apart from the dtypes, the frame holds what claims_table holds."""
    doc = annotate(NEWS)
    frame = doc.to_pandas(flat=True)
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    for i, row in enumerate(claims_table(doc)):
        for column, value in row.items():
            got = frame[column][i]
            assert (pd.isna(got) and value is None) or got == value, column


def test_claims_frame_keys_rows_by_document() -> None:
    """claims_frame gives one table for many documents with their ids first."""
    texts = {
        "n1": "Officials said the talks may collapse.",
        "n2": "",
        "n3": "The council denied claims that it had ignored warnings.",
    }
    docs = [annotate(t) for t in texts.values()]
    frame = tables.claims_frame(docs, ids=list(texts))
    assert list(frame.columns) == ["id", *CLAIM_COLUMNS]
    expected = [(key, c.start) for key, d in zip(texts, docs, strict=True) for c in d.claims]
    assert list(zip(frame["id"], frame["start"], strict=True)) == expected
    numbered = tables.claims_frame(d.to_dict() for d in docs)
    assert set(numbered["id"]) == {0, 2}


def test_claims_frame_of_nothing_has_the_typed_columns() -> None:
    """An empty input gives an empty table with the same columns and dtypes."""
    empty = tables.claims_frame([])
    full = tables.claims_frame([annotate(NEWS)])
    assert list(empty.dtypes.astype(str)) == list(full.dtypes.astype(str))
    assert list(tables.claims_meta().dtypes.astype(str)) == list(full.dtypes.astype(str))
    assert list(Document("").to_pandas().dtypes.astype(str)) == list(full.dtypes.astype(str))[1:]


def test_claims_frame_refuses_mismatched_ids() -> None:
    """Ids and documents of different lengths raise ValueError saying both counts."""
    with pytest.raises(ValueError, match="2 documents but 1 ids"):
        tables.claims_frame([annotate("Rain fell."), annotate("Snow fell.")], ids=["a"])
    with pytest.raises(ValueError, match="already a claim column"):
        tables.claims_frame([], id_column="text")


def test_frames_of_two_documents_concatenate_without_widening() -> None:
    """Shared categories and Int64 keep their dtypes through pd.concat."""
    a = annotate("Officials said the talks may collapse.").to_pandas()
    b = annotate("The bridge opened in 1990.").to_pandas()
    both = pd.concat([a, b], ignore_index=True)
    assert str(both["confidence"].dtype) == "category"
    assert str(both["source_start"].dtype) == "Int64"
