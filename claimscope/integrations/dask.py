"""Annotate large collections with Dask (needs the ``dask`` extra).

``pip install 'claimscope[dask]'`` installs ``dask[distributed]``. The helpers build
lazy Dask graphs; nothing runs until you call ``.compute()`` (or write the result), and
they run on whatever scheduler is active: threads, processes or a distributed cluster.

>>> import dask.bag as db                                     # doctest: +SKIP
>>> from claimscope.integrations.dask import annotate_bag     # doctest: +SKIP
>>> annotate_bag(db.from_sequence(texts, npartitions=8)).compute()  # doctest: +SKIP

Results are ``claimscope/1`` dicts (plain data, cheap to move between workers and to
write as JSON) or, for DataFrames, flat claim rows with the stable
:data:`claimscope.io.CLAIM_COLUMNS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from claimscope.io import CLAIM_COLUMNS, claims_table
from claimscope.pipeline import Annotator

__all__ = ["annotate_bag", "annotate_partition", "claims_frame"]


def _require(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise ImportError(
            f"claimscope.integrations.dask needs {module}, which is an optional extra; "
            "install it with: pip install 'claimscope[dask]'"
        ) from e


def annotate_partition(
    texts: Iterable[str], annotator: Annotator | None = None, *, profile: bool = False
) -> list[dict[str, Any]]:
    """Annotate one partition of texts; return their ``claimscope/1`` dicts in order."""
    annotator = annotator or Annotator()
    return [annotator.annotate(t).to_dict(profile=profile) for t in texts]


def annotate_bag(bag: Any, annotator: Annotator | None = None, *, profile: bool = False) -> Any:
    """Map annotation over a ``dask.bag.Bag`` of texts.

    Returns a bag of ``claimscope/1`` dicts, one per text, in the same order.
    """
    _require("dask.bag")
    return bag.map_partitions(annotate_partition, annotator or Annotator(), profile=profile)


def _claim_rows(frame: Any, text_column: str, id_column: str | None, annotator: Annotator) -> Any:
    pd = _require("pandas")
    rows: list[dict[str, Any]] = []
    keys = frame[id_column] if id_column is not None else frame.index
    for key, text in zip(keys, frame[text_column], strict=True):
        for row in claims_table(annotator.annotate(text).to_dict()):
            rows.append({"id": key, **row})
    return pd.DataFrame(rows, columns=["id", *CLAIM_COLUMNS], dtype=object)


def claims_frame(
    frame: Any,
    text_column: str = "text",
    *,
    id_column: str | None = None,
    annotator: Annotator | None = None,
) -> Any:
    """Turn a Dask DataFrame with a text column into a Dask DataFrame of claims.

    Each output row is one claim: an ``id`` column (the value of ``id_column``, or
    the input row's index) followed by :data:`claimscope.io.CLAIM_COLUMNS`.
    """
    _require("dask.dataframe")
    pd = _require("pandas")
    if text_column not in frame.columns:
        raise KeyError(
            f"the DataFrame has no column {text_column!r}; pass text_column= one of "
            f"{list(frame.columns)}"
        )
    meta = pd.DataFrame({"id": pd.Series(dtype=object)}).assign(
        **{c: pd.Series(dtype=object) for c in CLAIM_COLUMNS}
    )
    return frame.map_partitions(
        _claim_rows, text_column, id_column, annotator or Annotator(), meta=meta
    )
