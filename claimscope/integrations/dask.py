"""Annotate large collections with Dask (needs the ``dask`` extra).

``pip install 'claimscope[dask]'`` installs ``dask[distributed]``. The helpers build
lazy Dask graphs; nothing runs until you call ``.compute()`` (or write the result), and
they run on whatever scheduler is active: threads, processes or a distributed cluster.

>>> import dask.bag as db                                     # doctest: +SKIP
>>> from claimscope.integrations.dask import annotate_bag     # doctest: +SKIP
>>> annotate_bag(db.from_sequence(texts, npartitions=8)).compute()  # doctest: +SKIP

Results are ``claimscope/1`` dicts (plain data, cheap to move between workers and to
write as JSON) or, for DataFrames, claim rows with the stable
:data:`claimscope.io.CLAIM_COLUMNS` and the typed columns of
:mod:`claimscope.integrations.pandas` (``Int64`` offsets, categorical labels), declared
in the frame's ``meta`` so Dask knows them before anything runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from claimscope.integrations.pandas import claims_frame as _typed_frame
from claimscope.integrations.pandas import claims_meta
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


def _claim_rows(
    frame: Any, text_column: str, id_column: str | None, annotator: Annotator, flat: bool
) -> Any:
    keys = frame[id_column] if id_column is not None else frame.index
    docs = [annotator.annotate(text) for text in frame[text_column]]
    return _typed_frame(docs, list(keys), flat=flat)


def claims_frame(
    frame: Any,
    text_column: str = "text",
    *,
    id_column: str | None = None,
    annotator: Annotator | None = None,
    flat: bool = False,
) -> Any:
    """Turn a Dask DataFrame with a text column into a Dask DataFrame of claims.

    Each output row is one claim: an ``id`` column (the value of ``id_column``, or
    the input row's index) followed by :data:`claimscope.io.CLAIM_COLUMNS`, typed as
    :func:`claimscope.integrations.pandas.claims_frame` types them (``flat=True`` gives
    ``chain`` and ``cues`` as strings, which Parquet and CSV writers take as they are).
    """
    _require("dask.dataframe")
    _require("pandas")
    if text_column not in frame.columns:
        raise KeyError(
            f"the DataFrame has no column {text_column!r}; pass text_column= one of "
            f"{list(frame.columns)}"
        )
    return frame.map_partitions(
        _claim_rows,
        text_column,
        id_column,
        annotator or Annotator(),
        flat,
        meta=claims_meta(flat=flat),
    )
