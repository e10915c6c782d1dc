"""Annotate a collection with Dask on a local cluster of worker processes.

Needs the dask extra: pip install 'claimscope[dask]'. Run: python examples/dask_job.py
On a real cluster, pass the scheduler address to Client() instead.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Annotate a small bag of texts on two worker processes and print a summary."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        print("this example needs dask: pip install 'claimscope[dask]'", file=sys.stderr)
        return 0
    from claimscope.integrations.dask import annotate_bag

    texts = [
        "The mayor said on Monday that the bridge would reopen in May.",
        "Critics fear the closure may drive customers away.",
        "According to the report, two cables were corroded.",
        "The bridge opened in 1990.",
    ] * 10
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
    with cluster, Client(cluster):
        docs = annotate_bag(db.from_sequence(texts, npartitions=4)).compute()
    claims = [c for d in docs for c in d["claims"]]
    anonymous = sum(c["source"]["type"] == "anonymous" for c in claims)
    print(f"{len(docs)} documents, {len(claims)} claims, {anonymous} from anonymous sources")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
