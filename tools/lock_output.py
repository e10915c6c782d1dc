"""Lock claimscope's output: per-document hashes of the claimscope/1 JSON.

The lock lives in ``tests/lock/*.txt``, one file per corpus:

* ``golden`` — every text of ``tests/golden/*.json``;
* ``generated`` — a fixed set of articles composed deterministically from those texts
  (shuffled paragraphs, curly and straight quotes, ``\\r\\n`` and non-breaking spaces);
* ``polnear`` — PolNeAR dev and the first 150 train documents, when
  ``../shared/data`` is present (the test skips this corpus otherwise);
* ``golden-learned``, ``generated-learned``, ``polnear-learned`` — the same texts
  annotated with ``Annotator(decisions="learned")`` (the cue model and the source
  ranker), so that a speed-up of the learned path is checked output-neutral too.

Each document is a ``# doc ID SHA256`` line (the hash of ``Document.to_json()``)
followed by one readable line per claim, so that the diff of a lock file shows which
claims changed. ``tests/test_output_lock.py`` checks every hash; only this command
rewrites the files::

    python tools/lock_output.py            # check; list the documents that changed
    python tools/lock_output.py --update   # rewrite the lock, printing what changed

A commit that says "same output" is checked by the test; a commit that changes output
regenerates the lock with ``--update`` and reports its effect on the dev measures.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "tests" / "lock"
GOLDEN = ROOT / "tests" / "golden"
DATA = ROOT.parent / "shared" / "data"
LEARNED = "-learned"
"""The suffix of a corpus annotated with ``decisions="learned"``."""
CORPORA = (
    "golden",
    "generated",
    "polnear",
    "golden" + LEARNED,
    "generated" + LEARNED,
    "polnear" + LEARNED,
)
TRAIN_DOCS = 150
GENERATED_DOCS = 60
GENERATED_FROM = {
    "attribution": 13,
    "cues_denial": 6,
    "cues_distancing": 8,
    "cues_hedges": 18,
    "cues_reporting": 18,
    "quotes": 15,
    "segmentation": 119,
}
"""The golden files the generated corpus draws on, and how many of their first cases:
a golden case or file added later must not reshuffle it."""


def _golden_texts(first: dict[str, int] | None = None) -> list[tuple[str, str]]:
    """Every ``text`` in the golden files (or the ``first[name]`` cases of the files
    named in ``first``), named ``file:id``."""
    out: list[tuple[str, str]] = []
    for path in sorted(GOLDEN.glob("*.json")):
        if first is not None and path.stem not in first:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        cases = data["cases"] if isinstance(data, dict) else data
        if first is not None:
            cases = cases[: first[path.stem]]
        for i, case in enumerate(cases):
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                out.append((f"{path.stem}:{case.get('id', i)}", case["text"]))
    return out


_MUTATIONS = (
    lambda s: s,
    lambda s: s.replace('"', "\u201c", 1).replace('"', "\u201d", 1),
    lambda s: s.replace("\n", "\r\n"),
    lambda s: s.replace(" said", "\u00a0said"),
    lambda s: s.replace("'", "\u2019"),
    lambda s: s.upper() if len(s) < 60 else s,
)


def _generated_texts() -> list[tuple[str, str]]:
    """Articles composed from the golden texts by a fixed-seed shuffle and mutation."""
    pieces = [text for _, text in _golden_texts(GENERATED_FROM) if text.strip()]
    rng = random.Random(20261203)
    out: list[tuple[str, str]] = []
    for i in range(GENERATED_DOCS):
        chosen = rng.sample(pieces, k=min(len(pieces), rng.randint(2, 9)))
        paragraphs = [rng.choice(_MUTATIONS)(p) for p in chosen]
        joiner = rng.choice(("\n\n", "\n", " ", "\n\n\n"))
        out.append((f"generated:{i}", joiner.join(paragraphs)))
    return out


def _polnear_texts() -> list[tuple[str, str]] | None:
    """PolNeAR dev and the first train documents, or None when the data is absent."""
    dev, train = DATA / "polnear-dev.jsonl", DATA / "polnear-train.jsonl"
    if not (dev.is_file() and train.is_file()):
        return None
    out: list[tuple[str, str]] = []
    for path, limit in ((dev, None), (train, TRAIN_DOCS)):
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                if limit is not None and n >= limit:
                    break
                record = json.loads(line)
                out.append((f"{path.stem}:{record['id']}", record["text"]))
    return out


def texts(corpus: str) -> list[tuple[str, str]] | None:
    """The ``(id, text)`` pairs of one corpus, or None when its data is absent."""
    corpus = corpus.removesuffix(LEARNED)
    if corpus == "golden":
        return _golden_texts()
    if corpus == "generated":
        return _generated_texts()
    if corpus == "polnear":
        return _polnear_texts()
    raise ValueError(f"unknown corpus {corpus!r}; expected one of {CORPORA}")


def _short(s: str | None, n: int = 48) -> str:
    if s is None:
        return "-"
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def lines_for(doc_id: str, text: str, *, decisions: str = "rules") -> list[str]:
    """The lock lines of one document: its hash line, then a line per claim, as
    ``Annotator(decisions=decisions)`` annotates it."""
    from claimscope import Annotator

    doc = Annotator(decisions=decisions).annotate(text)
    digest = hashlib.sha256(doc.to_json().encode("utf-8")).hexdigest()
    out = [f"# doc {doc_id} {digest}"]
    for c in doc.claims:
        src = c.source
        chain = " <- ".join(_short(link.text, 24) for link in c.chain)
        cue = _short(c.cue.text, 20) if c.cue is not None else "-"
        out.append(
            f"{c.start}-{c.end} {c.quote.value} {c.confidence.value} {src.type.value}"
            f" src={_short(src.text)!s} cue={cue} rule={c.rule}"
            + (f" chain={chain}" if chain else "")
        )
    return out


def render(corpus: str) -> list[str] | None:
    """All lock lines of a corpus, or None when its data is absent."""
    pairs = texts(corpus)
    if pairs is None:
        return None
    decisions = "learned" if corpus.endswith(LEARNED) else "rules"
    out = [f"# claimscope output lock: {corpus} (rewrite with tools/lock_output.py --update)"]
    for doc_id, text in pairs:
        out.extend(lines_for(doc_id, text, decisions=decisions))
    return out


def read_lock(corpus: str) -> list[str]:
    """The stored lock lines of a corpus (empty when there is no lock file)."""
    path = LOCK / f"{corpus}.txt"
    if not path.is_file():
        return []
    return path.read_text(encoding="utf-8").splitlines()


def hashes(lines: list[str]) -> dict[str, str]:
    """Document id -> hash, from lock lines."""
    out: dict[str, str] = {}
    for line in lines:
        if line.startswith("# doc "):
            _, _, doc_id, digest = line.split(" ", 3)
            out[doc_id] = digest
    return out


def _blocks(lines: list[str]) -> Iterator[tuple[str, list[str]]]:
    doc_id, block = "", []
    for line in lines:
        if line.startswith("# doc "):
            if doc_id:
                yield doc_id, block
            doc_id, block = line.split(" ", 3)[2], []
        elif doc_id:
            block.append(line)
    if doc_id:
        yield doc_id, block


def changes(old: list[str], new: list[str], *, limit: int = 40) -> list[str]:
    """A readable report of the documents whose hash changed, with their claim diffs."""
    old_blocks, new_blocks = dict(_blocks(old)), dict(_blocks(new))
    old_h, new_h = hashes(old), hashes(new)
    report: list[str] = []
    for doc_id in new_h:
        if old_h.get(doc_id) == new_h[doc_id]:
            continue
        report.append(f"changed: {doc_id}")
        diff = difflib.unified_diff(
            old_blocks.get(doc_id, []), new_blocks[doc_id], lineterm="", n=0
        )
        shown = [d for d in diff if d[:1] in "+-" and d[:3] not in ("+++", "---")]
        report.extend("    " + d for d in shown[:limit])
        if len(shown) > limit:
            report.append(f"    ... {len(shown) - limit} more lines")
    report.extend(f"removed: {doc_id}" for doc_id in old_h if doc_id not in new_h)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the lock files")
    parser.add_argument("corpus", nargs="*", help=f"corpora to check (default: {CORPORA})")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.corpus) - set(CORPORA))
    if unknown:
        parser.error(f"unknown corpus {unknown}; choose from {CORPORA}")
    changed = 0
    for corpus in args.corpus or CORPORA:
        new = render(corpus)
        if new is None:
            print(f"{corpus}: data absent, skipped")
            continue
        old = read_lock(corpus)
        report = changes(old, new)
        n = sum(1 for line in report if not line.startswith("    "))
        changed += n
        print(f"{corpus}: {len(hashes(new))} documents, {n} changed")
        for line in report:
            print("  " + line)
        if args.update and (report or not old):
            LOCK.mkdir(parents=True, exist_ok=True)
            (LOCK / f"{corpus}.txt").write_text("\n".join(new) + "\n", encoding="utf-8")
            print(f"{corpus}: lock rewritten")
    return 1 if changed and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
