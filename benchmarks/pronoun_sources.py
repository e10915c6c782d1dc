"""Pronoun and role-noun sources on PolNeAR dev: the sample for a hand check.

Issue 15 asks that a claim whose local source mention is a pronoun (*he*, *they*,
*who*) or a definite role description (*the agency*, *the former president*)
resolve to a name wherever the text names that entity. The lenient PolNeAR scorer
cannot see this (the local mention overlaps the gold source either way), so the
measure is a hand check; this script draws the sample and prints what a checker
needs.

The sample: every labelled claim of ``polnear-dev-labels.json`` (a gold attribution
with a ``resolved_source``) whose best-overlapping claimscope claim has a local
source mention (``source.mention``, else the source span) that is a personal or
relative pronoun, or a definite description of at most four words opening with
*the*/*this* and a lower-case word. For each it prints the gold attribution's id,
the local mention, claimscope's ``source.text``, the gold ``resolved_source``, an
automatic proxy (the two name the same thing when one contains the other or they
share their last word) and, with ``--ctx``, the text before the mention.

The proxy is not the measure: it misjudges nested claims (our claim is an inner
quote's, the gold's the outer speaker's) and gold sources that list alternatives.
Record the verdicts by hand.

Run: ``python benchmarks/pronoun_sources.py [--ctx] [--data DIR]`` (default data:
``../shared/data`` from the repository root).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import claimscope

ROOT = Path(__file__).resolve().parent.parent
PRONOUNS = frozenset("he she it they him her them his its their who".split())


def is_sampled(local: str) -> bool:
    """Whether a local source mention is a pronoun or a short definite description."""
    low = local.casefold()
    words = local.split()
    if low in PRONOUNS:
        return True
    return (
        low.startswith(("the ", "this "))
        and len(words) <= 4
        and len(words) >= 2
        and words[1][:1].islower()
    )


def proxy(ours: str, gold: str) -> bool:
    """The automatic guess: one names the other (containment or the same last word)."""
    a, b = ours.casefold(), gold.casefold()
    return bool(a) and (a in b or b in a or a.split()[-1] in b)


def rows(data: Path) -> list[dict[str, object]]:
    """The sample, in the labels file's order."""
    labels = json.loads((data / "polnear-dev-labels.json").read_text(encoding="utf-8"))
    gold = {}
    with (data / "polnear-dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            gold[record["id"]] = record
    docs: dict[str, claimscope.Document] = {}
    out: list[dict[str, object]] = []
    for label in labels["labels"]:
        record = gold[label["doc"]]
        if label["doc"] not in docs:
            docs[label["doc"]] = claimscope.annotate(record["text"])
        doc = docs[label["doc"]]
        att = {a["id"]: a for a in record["attributions"]}[label["attribution"]]
        pieces = [att["content"]] if isinstance(att["content"][0], int) else att["content"]
        best, most = None, 0
        for claim in doc.claims:
            o = sum(max(0, min(q, claim.end) - max(p, claim.start)) for p, q in pieces)
            if o > most:
                best, most = claim, o
        if best is None or best.source.text is None or best.source.start is None:
            continue
        local = best.source.mention
        start = best.source.start if local is None else local.start
        end = best.source.end if local is None else local.end
        assert end is not None
        text = record["text"]
        if not is_sampled(text[start:end].strip()):
            continue
        gold_source = label["resolved_source"] or ""
        out.append(
            {
                "doc": label["doc"],
                "attribution": label["attribution"],
                "local": text[start:end],
                "ours": best.source.text,
                "gold": gold_source,
                "proxy": proxy(best.source.text, gold_source),
                "context": text[max(0, start - 300) : end + 60],
                "claim": best.text[:100],
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ctx", action="store_true", help="show the text around each")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    if not (args.data / "polnear-dev-labels.json").exists():
        print(f"no PolNeAR dev labels under {args.data}: nothing to sample", file=sys.stderr)
        return 0
    sample = rows(args.data)
    for n, r in enumerate(sample, 1):
        mark = "ok " if r["proxy"] else "BAD"
        print(
            f"{n:3} {mark} {str(r['doc'])[:28]:28} {r['attribution']:>5} "
            f"{r['local']!r:20} -> {r['ours']!r:42} gold {r['gold']!r}"
        )
        if args.ctx:
            print(f"      claim {r['claim']!r}")
            print(f"      ... {r['context']!r}")
    ok = sum(1 for r in sample if r["proxy"])
    print(f"{ok}/{len(sample)} by the automatic proxy (the measure is the hand check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
