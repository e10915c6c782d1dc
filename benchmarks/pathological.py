"""Linear time on hostile input: ``claimscope.annotate`` on pathological texts vs news.

For each size (10 kB, 100 kB, 1 MB; ``--quick``: 10 kB and 100 kB) it times the full
pipeline on normal news of that size -- PolNeAR dev texts from ``../shared/data`` when
present, else ``examples/*.txt`` -- joined by blank lines and repeated, and on
pathological inputs of the same size:

* ``no_punct``      words and spaces, not one punctuation mark
* ``quotes``        nothing but quotation marks (straight, curly, single, double)
* ``said``          "said said said ..."
* ``brackets``      ``((((...))))`` nested as deep as the size allows
* ``char_lines``    news text with one character per line
* ``one_token``     a single token with no space at all
* ``abbrev``        "U.S. U.S. U.S. ..."
* ``full_stops``    nothing but full stops (a dense-text break pattern once read
                    each run again from every stop in it)
* ``lexicon``       every entry of every shipped lexicon, a sentence per lexicon, repeated
* ``cue_sentence``  one sentence as long as the input, of quotations and inverted cues
* ``initials``      spaced initials and abbreviations ("J. R. Smith said. Dr. A. B. Jones ...")
* ``pronouns``      "He said he would. She told him they agreed. ..."
* ``nel_lines``     short lines ended by U+0085 (NEXT LINE): "Jane Doe said\x85..."
* ``quoted_said``   one sentence as long as the input of quoted "said": 'The "said" "said" ...'
* ``bidi``          news text with a bidirectional control character after every character

It prints, per input, the seconds at each size, the ratio to news of the same size
and the growth ``time(10x) / time(x)``. Acceptance (issue 7): every ratio <= 3 and
every 10x growth <= 11 (growth is only judged from 100 kB up, where timer noise is
small). ``--stages`` splits each time into segment / quotes / cues / attribution so
a superlinear case points at its stage. Run it standalone::

    python benchmarks/pathological.py --quick           # 10 kB and 100 kB, ~1 minute
    python benchmarks/pathological.py                   # adds 1 MB, a few minutes
    python benchmarks/pathological.py --quick --stages  # where the time goes
    python benchmarks/pathological.py --check           # exit 1 if a bound fails
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

import claimscope  # noqa: E402
from claimscope import lexicon  # noqa: E402
from claimscope.attribution import attribute  # noqa: E402
from claimscope.cues import find_cues  # noqa: E402
from claimscope.quotes import find_quotes  # noqa: E402
from claimscope.segment import paragraph_spans, sentence_spans  # noqa: E402

MAX_RATIO = 3.0
"""A pathological input may take at most this many times as long as news of its size."""

MAX_GROWTH = 11.0
"""Ten times the input may take at most this many times as long."""

MIN_GROWTH_SIZE = 100_000
"""Growth is judged only for steps ending at or above this size (timer noise)."""


def news_text() -> str:
    """Realistic news: PolNeAR dev texts if present, else the shipped examples."""
    dev = DATA / "polnear-dev.jsonl"
    if dev.exists():
        with dev.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no news text: neither {dev} nor {REPO / 'examples'}/*.txt")
    return "\n\n".join(texts)


def fill(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def lexicon_unit() -> str:
    """Every entry of every shipped lexicon, space separated, one sentence per lexicon
    (*The …entries… .*), so every size is a run of sentences attribution must read.

    As one unpunctuated run, 100 kB was a paragraph that segmentation left whole and
    attribution skipped as a headline while 1 MB split into a few sentences it read,
    so the growth from one size to the next compared a skipped text with a read one.
    """
    sentences = []
    for name in lexicon.shipped_names():
        words = [entry.text for entry in lexicon.load(name)]
        sentences.append("The " + " ".join(words) + ". ")
    return "".join(sentences)


def make_inputs(news: str) -> dict[str, Callable[[int], str]]:
    """Input builders by name: each takes a size in characters."""
    plain = "the mayor and her aides met residents of the old harbour district today "
    lex = lexicon_unit()
    return {
        "news": lambda n: fill(news + "\n\n", n),
        "no_punct": lambda n: fill(plain, n),
        "quotes": lambda n: fill('"“”\'‘’«»""“', n),
        "said": lambda n: fill("said ", n),
        "brackets": lambda n: "(" * (n // 2) + ")" * (n - n // 2),
        "char_lines": lambda n: fill("\n".join(news[: n // 2 + 1]) + "\n", n),
        "one_token": lambda n: fill("Bridgeclosure", n),
        "abbrev": lambda n: fill("U.S. ", n),
        "full_stops": lambda n: "." * n,
        "lexicon": lambda n: fill(lex, n),
        "cue_sentence": lambda n: (
            "The " + fill("“We will win” said Jane Doe and the council ", n - 6) + ". "
        ),
        "initials": lambda n: fill(INITIALS, n),
        "pronouns": lambda n: fill(PRONOUNS, n),
        "nel_lines": lambda n: fill("Jane Doe said\x85", n),
        "quoted_said": lambda n: "The " + fill('"said" ', n - 6) + ". ",
        "bidi": lambda n: fill(bidi_soup(news[:5000]), n),
    }


INITIALS = "J. R. Smith said. Dr. A. B. Jones of the U. S. Dept. of St. Louis, Mo., said. "
"""Spaced initials and abbreviations in short attributed sentences: every period is
a possible sentence end that segmentation must judge, every capital a possible name."""

PRONOUNS = "He said he would. She told him they agreed. "
"""Pronouns in short attributed sentences: each is resolved against the sources
before it."""

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
"""Every bidirectional formatting character (embeddings, overrides, isolates, marks)."""


def bidi_soup(text: str) -> str:
    """``text`` with a bidirectional control character after each of its characters."""
    return "".join(ch + BIDI[i % len(BIDI)] for i, ch in enumerate(text))


def stages(text: str) -> dict[str, float]:
    """Seconds spent in each pipeline stage on ``text``."""
    out: dict[str, float] = {}
    t = time.process_time()
    spans = sentence_spans(text)
    paragraphs = paragraph_spans(text)
    out["segment"] = time.process_time() - t
    t = time.process_time()
    quotes = find_quotes(text)
    out["quotes"] = time.process_time() - t
    t = time.process_time()
    cues = find_cues(text, quotes)
    out["cues"] = time.process_time() - t
    t = time.process_time()
    attribute(text, spans, paragraphs, quotes, cues, author_claims=True)
    out["attribution"] = time.process_time() - t
    return out


def timed(text: str, repeats: int) -> float:
    """Best CPU seconds of ``repeats`` runs of ``claimscope.annotate(text)``."""
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        t = time.process_time()
        claimscope.annotate(text)
        best = min(best, time.process_time() - t)
    return best


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return 1 with ``--check`` when a bound fails."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="only 10 kB and 100 kB")
    parser.add_argument("--stages", action="store_true", help="time each stage too")
    parser.add_argument("--check", action="store_true", help="exit 1 if a bound fails")
    parser.add_argument("--only", nargs="*", help="run only these inputs (and news)")
    args = parser.parse_args(argv)
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    inputs = make_inputs(news_text())
    names = [n for n in inputs if n == "news" or not args.only or n in args.only]
    times: dict[str, dict[int, float]] = {name: {} for name in names}
    errors: list[str] = []
    claimscope.annotate("Warm up. The lexicons load once.")
    for size in sizes:
        repeats = 3 if size <= 100_000 else 2
        for name in names:
            text = inputs[name](size)
            try:
                times[name][size] = timed(text, repeats)
            except Exception as e:  # a crash is a finding, not the end of the run
                times[name][size] = float("inf")
                errors.append(f"{name} at {size:,}: annotate raised {type(e).__name__}")
                print(f"{name:>10} {size:>9,} chars   raised {type(e).__name__}", flush=True)
                continue
            line = f"{name:>10} {size:>9,} chars {times[name][size]:8.3f} s"
            if args.stages:
                split = stages(text)
                line += "   " + "  ".join(f"{k} {v:.3f}" for k, v in split.items())
            print(line, flush=True)
    print()
    header = "".join(f"{f'ratio@{s // 1000}k':>12}" for s in sizes)
    header += "".join(f"{f'{b // 1000}k/{a // 1000}k':>12}" for a, b in itertools.pairwise(sizes))
    print(f"{'input':>10}{header}")
    failures = list(errors)
    for name in names:
        row = ""
        for size in sizes:
            ratio = times[name][size] / times["news"][size]
            row += f"{ratio:12.2f}"
            if ratio > MAX_RATIO and ratio != float("inf"):
                failures.append(f"{name} at {size:,}: {ratio:.2f}x news")
        for a, b in itertools.pairwise(sizes):
            growth = times[name][b] / max(times[name][a], 1e-9)
            row += f"{growth:12.2f}"
            if b >= MIN_GROWTH_SIZE and MAX_GROWTH < growth < float("inf"):
                failures.append(f"{name} {a:,}->{b:,}: grew {growth:.2f}x")
        print(f"{name:>10}{row}")
    print()
    if failures:
        print("over the bounds (ratio <= 3, 10x growth <= 11) or crashed:")
        for failure in failures:
            print("  " + failure)
    else:
        print(f"all inputs within {MAX_RATIO:g}x news and {MAX_GROWTH:g}x per 10x input")
    return 1 if failures and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
