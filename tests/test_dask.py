"""The Dask integration, on a local multi-process cluster (skipped without dask)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claimscope import Document, annotate
from claimscope.io import CLAIM_COLUMNS

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from claimscope.integrations.dask import annotate_bag, claims_frame  # noqa: E402

TEXTS = [
    "The mayor said on Monday that the bridge would reopen in May.",
    "Officials familiar with the budget said the money had not been approved.",
    '"We cannot wait another winter," said Jane Doe, the chief engineer.',
    "Rain is expected on Monday.",
    "According to a 2019 inspection report, two cables were corroded.",
    "The council denied claims that it had ignored warnings.",
] * 3


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local cluster of two worker processes, one thread each."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.mark.slow
def test_annotate_bag_on_a_process_cluster_equals_annotate(client: object) -> None:
    """A bag of texts annotated on the cluster gives annotate()'s documents, in order."""
    bag = db.from_sequence(TEXTS, npartitions=4)
    result = annotate_bag(bag).compute()
    assert [Document.from_dict(d) for d in result] == [annotate(t) for t in TEXTS]


@pytest.mark.slow
def test_claims_frame_on_a_process_cluster(client: object) -> None:
    """A DataFrame of texts becomes one row per claim, keyed by the id column."""
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"doc": [f"n{i}" for i in range(len(TEXTS))], "body": TEXTS})
    claims = claims_frame(dd.from_pandas(frame, npartitions=3), "body", id_column="doc").compute()
    assert list(claims.columns) == ["id", *CLAIM_COLUMNS]
    expected = [
        (f"n{i}", c.start, c.confidence.value)
        for i, t in enumerate(TEXTS)
        for c in annotate(t).claims
    ]
    got = list(zip(claims["id"], claims["start"], claims["confidence"], strict=True))
    assert got == expected


def test_claims_frame_names_a_missing_column() -> None:
    """A wrong text column raises KeyError listing the columns there are."""
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = dd.from_pandas(pd.DataFrame({"body": TEXTS}), npartitions=1)
    with pytest.raises(KeyError, match="body"):
        claims_frame(frame, "text")


def test_claims_frame_meta_is_typed_and_matches_the_result() -> None:
    """The lazy frame declares Int64 offsets and categorical labels, and the computed
    partitions have exactly the declared dtypes."""
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = dd.from_pandas(pd.DataFrame({"body": TEXTS[:6]}), npartitions=2)
    claims = claims_frame(frame, "body")
    assert str(claims.dtypes["source_start"]) == "Int64"
    assert str(claims.dtypes["confidence"]) == "category"
    done = claims.compute(scheduler="synchronous")
    assert dict(done.dtypes.astype(str)) == dict(claims.dtypes.astype(str))
    assert list(done["cues"].iloc[0][0]) == [
        "text",
        "start",
        "end",
        "kind",
        "entry",
        "stance",
        "negated",
    ]
