"""Typed pandas tables of claims (needs the ``pandas`` extra).

``pip install 'claimscope[pandas]'``. Every table has the columns of
:data:`claimscope.io.CLAIM_COLUMNS`, in that order, with dtypes that say what the
values are:

- offsets and indices (``claim``, ``start``, ``end``, ``sentence``, ``source_start``,
  ``mention_end``, ``cue_start``, ...) are the nullable integer ``Int64``: a missing
  offset is ``<NA>``, never a ``NaN`` that turns the column into floats;
- labels (``quote``, ``confidence``, ``source_type``, ``cue_kind``) are categoricals
  whose categories are every value of the enum, in the enum's order, so frames from
  different documents concatenate without widening and ``value_counts`` lists labels
  that do not occur;
- texts (``text``, ``source_text``, ``mention_text``, ``cue_text``, ``rule``) are the
  nullable ``string`` dtype;
- ``chain`` and ``cues`` hold, per claim, a list of the ``claimscope/1`` dicts of its
  chain links and cues; ``flat=True`` gives instead the one-string views of
  :func:`claimscope.io.claims_table` (what ``--format csv`` writes).

>>> import claimscope
>>> from claimscope.integrations.pandas import claims_frame
>>> docs = [claimscope.annotate("Officials said the talks may collapse."),
...         claimscope.annotate("The bridge opened in 1990.")]
>>> frame = claims_frame(docs, ids=["a", "b"])
>>> frame[["id", "source_type", "confidence"]].values.tolist()
[['a', 'anonymous', 'hedged'], ['b', 'author', 'asserted']]
>>> str(frame["source_start"].dtype), str(frame["confidence"].dtype)
('Int64', 'category')
>>> frame["source_start"].tolist()
[0, <NA>]
>>> [cue["text"] for cue in frame["cues"][0]]
['said', 'may']
>>> claims_frame(docs, ids=["a", "b"], flat=True)["cues"][0]
'said (reporting); may (hedge)'
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

from claimscope.io import CLAIM_COLUMNS, claims_table
from claimscope.labels import Confidence, CueKind, QuoteKind, SourceType

__all__ = [
    "CATEGORIES",
    "INTEGER_COLUMNS",
    "NESTED_COLUMNS",
    "STRING_COLUMNS",
    "claims_frame",
    "claims_meta",
    "to_pandas",
]

INTEGER_COLUMNS: tuple[str, ...] = tuple(
    c for c in CLAIM_COLUMNS if c in {"claim", "sentence"} or c.endswith(("start", "end"))
)
"""Columns of nullable integers (``Int64``): the claim index, sentence index, offsets."""

CATEGORIES: Mapping[str, tuple[str, ...]] = {
    "quote": tuple(m.value for m in QuoteKind),
    "confidence": tuple(m.value for m in Confidence),
    "source_type": tuple(m.value for m in SourceType),
    "cue_kind": tuple(m.value for m in CueKind),
}
"""Categorical columns and their categories (every value of the enum, in its order)."""

NESTED_COLUMNS: tuple[str, ...] = ("chain", "cues")
"""Columns holding a list of dicts per claim (a string each with ``flat=True``)."""

STRING_COLUMNS: tuple[str, ...] = tuple(
    c
    for c in CLAIM_COLUMNS
    if c not in INTEGER_COLUMNS and c not in CATEGORIES and c not in NESTED_COLUMNS
)
"""Columns of nullable strings (the ``string`` dtype)."""


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as e:
        raise ImportError(
            "claimscope's pandas tables need pandas, which is an optional extra of "
            "claimscope; install it with: pip install 'claimscope[pandas]'",
            name="pandas",
        ) from e


_pandas()  # fail at import, naming the extra, when pandas is not installed


def _as_dict(doc: Any) -> Mapping[str, Any]:
    if isinstance(doc, Mapping):
        return doc
    to_dict = getattr(doc, "to_dict", None)
    if to_dict is None:
        raise TypeError(
            f"expected a claimscope Document or its claimscope/1 dict, got {type(doc).__name__}"
        )
    result: Mapping[str, Any] = to_dict()
    return result


def _dtypes(pd: Any, *, flat: bool) -> dict[str, Any]:
    dtypes: dict[str, Any] = {}
    for column in CLAIM_COLUMNS:
        if column in INTEGER_COLUMNS:
            dtypes[column] = pd.Int64Dtype()
        elif column in CATEGORIES:
            dtypes[column] = pd.CategoricalDtype(list(CATEGORIES[column]))
        elif column in NESTED_COLUMNS and not flat:
            dtypes[column] = object
        else:
            dtypes[column] = pd.StringDtype()
    return dtypes


def _rows(data: Mapping[str, Any], *, flat: bool) -> list[dict[str, Any]]:
    rows = claims_table(data)
    if not flat:
        for row, claim in zip(rows, data.get("claims", []), strict=True):
            row["chain"] = [dict(link) for link in claim.get("chain", [])]
            row["cues"] = [dict(cue) for cue in claim.get("cues", [])]
    return rows


def _frame(pd: Any, rows: list[dict[str, Any]], columns: list[str], dtypes: dict[str, Any]) -> Any:
    # Build column by column: the constructor would infer floats for offsets with None.
    data = {c: pd.Series([row[c] for row in rows], dtype=dtypes[c]) for c in columns}
    return pd.DataFrame(data, columns=columns)


def claims_meta(*, id_column: str | None = "id", flat: bool = False) -> Any:
    """An empty claims table with every column and dtype, e.g. a Dask ``meta``.

    With ``id_column`` (the default ``"id"``) the table starts with that column, of
    dtype ``object`` (ids may be of any type).
    """
    pd = _pandas()
    dtypes = _dtypes(pd, flat=flat)
    columns = list(CLAIM_COLUMNS)
    if id_column is not None:
        dtypes[id_column] = object
        columns.insert(0, id_column)
    return _frame(pd, [], columns, dtypes)


def to_pandas(doc: Any, *, flat: bool = False) -> Any:
    """The claims of one document (a :class:`~claimscope.Document` or its dict) as a
    typed ``pandas.DataFrame`` with the columns of :data:`claimscope.io.CLAIM_COLUMNS`.

    ``flat=True`` gives ``chain`` and ``cues`` as strings instead of lists of dicts.
    """
    pd = _pandas()
    return _frame(pd, _rows(_as_dict(doc), flat=flat), list(CLAIM_COLUMNS), _dtypes(pd, flat=flat))


def claims_frame(
    documents: Iterable[Any],
    ids: Iterable[Any] | None = None,
    *,
    id_column: str = "id",
    flat: bool = False,
) -> Any:
    """One typed table of the claims of many documents, keyed by a document-id column.

    ``documents`` holds :class:`~claimscope.Document` objects or their ``claimscope/1``
    dicts (e.g. read back from JSONL); ``ids`` gives one id per document (by default its
    position, 0, 1, ...). The first column, ``id_column``, holds the id of each claim's
    document; the other columns and their dtypes are those of :func:`to_pandas`. A
    document without claims adds no row. Raises ``ValueError`` when ``ids`` and
    ``documents`` differ in length.
    """
    pd = _pandas()
    docs = list(documents)
    keys = list(range(len(docs))) if ids is None else list(ids)
    if len(keys) != len(docs):
        raise ValueError(
            f"claims_frame() got {len(docs)} documents but {len(keys)} ids; pass one id "
            "per document, or ids=None to number them"
        )
    if id_column in CLAIM_COLUMNS:
        raise ValueError(f"id_column {id_column!r} is already a claim column; choose another name")
    rows: list[dict[str, Any]] = []
    for key, doc in zip(keys, docs, strict=True):
        for row in _rows(_as_dict(doc), flat=flat):
            row[id_column] = key
            rows.append(row)
    dtypes = _dtypes(pd, flat=flat)
    dtypes[id_column] = object
    return _frame(pd, rows, [id_column, *CLAIM_COLUMNS], dtypes)
