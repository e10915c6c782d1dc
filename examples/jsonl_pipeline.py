"""A JSONL pipeline: records in, one result per record out, ids kept, bad records
reported without stopping the stream. Uses two worker processes.

Run: python examples/jsonl_pipeline.py

The same from the shell:
    claimscope annotate news.jsonl --jsonl-field text --id-field id -j 2
"""

from __future__ import annotations

import io
import json

import claimscope
from claimscope.io import read_jsonl

STREAM = """\
{"id": "n1", "text": "The mayor said on Monday that the bridge would reopen in May."}
{"id": "n2", "text": "Officials familiar with the talks said a deal was close."}
{"id": "n3", "headline": "Bridge to reopen"}
{"id": "n4", "text": "The company denied claims that it had hidden the losses."}
"""


def main() -> None:
    """Annotate each good record with two processes; print results and errors in order."""
    records = list(read_jsonl(io.StringIO(STREAM), text_field="text", id_field="id"))
    good = [r for r in records if r.text is not None]
    docs = claimscope.Annotator().pipe((r.text for r in good if r.text), n_process=2)
    for record, doc in zip(good, docs, strict=True):
        summary = [(c.source.type.value, c.confidence.value) for c in doc.claims]
        print(json.dumps({"id": record.id, "claims": summary}))
    for record in records:
        if record.error is not None:
            print(json.dumps({"id": record.id, "line": record.line, "error": record.error}))


if __name__ == "__main__":  # needed: worker processes re-import this file under spawn
    main()
