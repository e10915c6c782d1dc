"""Throughput of sentence segmentation and annotation, and how time grows with input.

Builds a corpus of realistic news text: every ``examples/*.txt`` article, plus the
PolNeAR dev texts from ``../shared/data/polnear-dev.jsonl`` (relative to the repository)
when that file is present. Then it prints

* MB/s (UTF-8 megabytes per CPU second, median of repeats) for bare Punkt with the same
  shipped parameters and no news rules, for ``claimscope.segment.sentence_spans``, and
  for the full ``claimscope.annotate``, and each one's speed as a share of bare
  Punkt's (the median of the rounds' ratios: the stages take turns, so each round
  compares them on the machine as it was then);
* the entity stage's share of annotation time: the CPU time spent in
  ``claimscope.entities.resolve.sources_resolved`` (finding, clustering and typing the
  entities, and mapping sources to them) over the CPU time of the whole
  ``annotate`` call, median of the runs;
* the time at 1x, 10x and 100x a base slice of the corpus (the slice repeated, joined
  by blank lines), relative to the time at 1x, so linear growth is visible.

Run it standalone::

    python benchmarks/throughput.py            # full run (a few minutes)
    python benchmarks/throughput.py --quick    # smaller input, fewer repeats
    python benchmarks/throughput.py --check    # exit 1 if an acceptance bound fails

Acceptance bounds: segmentation at least half as fast as bare Punkt and 100x the input
taking at most 110x the time (issue 2); full annotation at least 0.4x bare Punkt's
speed and 1 MB/s (issue 5); with the learned cue decisions (stage ``learned``), at
least 0.3x (issue 16); the entity stage at most 15 % of annotation time (issue 15).

"Bare Punkt" is nltk's own ``PunktSentenceTokenizer`` with the parameters claimscope
ships and no news rules. claimscope's segmentation runs Punkt through a subclass that
memoises its per-token and per-candidate decisions (same spans, a property test holds
them equal), which is why segmentation can outrun the bare tokenizer. Every timed run
of ``segment`` and ``annotate`` starts with those memos (and the source classifier's
caches) empty, so the figures are what text never seen before costs, not a re-run.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

import claimscope  # noqa: E402
from claimscope import attribution, cues, learned, pipeline, sources  # noqa: E402
from claimscope._punkt import bare_punkt as _bare_punkt  # noqa: E402
from claimscope._punkt import forget_memos as _forget_memos  # noqa: E402
from claimscope.segment import sentence_spans  # noqa: E402

MIN_SEGMENT_SHARE = 0.5
"""Segmentation must reach this share of bare Punkt's throughput."""

MIN_ANNOTATE_SHARE = 0.4
"""Full annotation must reach this share of bare Punkt's throughput (issue 5)."""

MIN_LEARNED_SHARE = 0.3
"""Annotation with the learned cue decisions must reach this share (issue 16)."""

MIN_ANNOTATE_RATE = 1.0
"""...and at least this many MB per CPU second on the machine at hand (issue 5)."""

MAX_ENTITY_SHARE = 0.15
"""The entity stage may take at most this share of annotation time (issue 15)."""

ENTITY_STAGE = "sources_resolved"
"""The name under which :mod:`claimscope.pipeline` calls the entity stage. It returns
the entities and an iterator of the changed claims' sources, made as the pipeline reads
them: the time spent in that iterator counts too."""

MAX_GROWTH = 110.0
"""100x the input may take at most this many times the 1x time."""


def load_corpus(include_polnear: bool = True) -> tuple[list[str], dict[str, int]]:
    """Return the corpus texts and how many characters came from each source."""
    texts: list[str] = []
    sizes: dict[str, int] = {}
    for path in sorted((REPO / "examples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        sizes["examples"] = sizes.get("examples", 0) + len(text)
    dev = DATA / "polnear-dev.jsonl"
    if include_polnear and dev.exists():
        with dev.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["text"]
                texts.append(text)
                sizes["polnear-dev"] = sizes.get("polnear-dev", 0) + len(text)
    if not texts:
        raise SystemExit(f"no corpus: neither {REPO / 'examples'}/*.txt nor {dev} found")
    return texts, sizes


def forget_memos() -> None:
    """Empty every memo claimscope fills while it reads text: the memoised Punkt
    decisions and the bounded caches of :mod:`claimscope.attribution`,
    :mod:`claimscope.cues` and :mod:`claimscope.sources`. The lexicons, loaded once
    per process, stay."""
    _forget_memos()
    for module in (attribution, cues, learned, sources):
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] is not None:
                value.cache_clear()


def bare_punkt(text: str) -> object:
    """nltk's Punkt alone, with the shipped parameters, on the whole text (no news
    rules, and not the memoised subclass :func:`~claimscope.segment.sentence_spans`
    uses)."""
    return list(_bare_punkt().span_tokenize(text))


def segment(text: str) -> object:
    """claimscope's sentence segmentation, on text it has never seen."""
    forget_memos()
    return sentence_spans(text)


def annotate(text: str) -> object:
    """The full pipeline, on text it has never seen."""
    forget_memos()
    return claimscope.annotate(text)


_LEARNED = claimscope.Annotator(decisions="learned")


def annotate_learned(text: str) -> object:
    """The full pipeline with the learned cue decisions (``decisions="learned"``)."""
    forget_memos()
    return _LEARNED.annotate(text)


STAGES: dict[str, Callable[[str], object]] = {
    "punkt": bare_punkt,
    "segment": segment,
    "annotate": annotate,
    "learned": annotate_learned,
}


def entity_shares(text: str, repeats: int) -> list[float]:
    """The entity stage's share of each of ``repeats`` annotations of ``text``: CPU
    time inside :data:`ENTITY_STAGE` (and its iterator of changes) over the CPU time
    of the whole ``annotate`` call.

    The pipeline's reference to the stage is wrapped with a clock for the
    duration of the runs and restored afterwards.
    """
    resolve = getattr(pipeline, ENTITY_STAGE)
    spent = [0.0]

    def drained(changes: Iterator[Any]) -> Iterator[Any]:
        while True:
            started = time.process_time()
            try:
                change = next(changes)
            except StopIteration:
                return
            finally:
                spent[0] += time.process_time() - started
            yield change

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            entities, changes = resolve(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - started
        return entities, drained(changes)

    setattr(pipeline, ENTITY_STAGE, timed)
    try:
        annotate(text)  # warm up
        shares = []
        for _ in range(repeats):
            spent[0] = 0.0
            total = median_seconds(annotate, text, 1, warm_up=False)
            shares.append(spent[0] / total)
    finally:
        setattr(pipeline, ENTITY_STAGE, resolve)
    return shares


def median_seconds(
    function: Callable[[str], object], text: str, repeats: int, *, warm_up: bool = True
) -> float:
    """Median CPU time of ``repeats`` calls (after one warm-up call if ``warm_up``).

    CPU time of this process (``time.process_time``), not wall time, so that other
    work on a shared machine disturbs the figures less. Objects alive before the run
    (modules, the corpus) are frozen out of the garbage collector's scans, so the
    collector's cost is the workload's own.
    """
    if warm_up:
        function(text)
    times = []
    for _ in range(repeats):
        gc.collect()
        gc.freeze()
        started = time.process_time()
        function(text)
        times.append(time.process_time() - started)
        gc.unfreeze()
    return statistics.median(times)


def interleaved_times(stages: Sequence[str], text: str, repeats: int) -> dict[str, list[float]]:
    """CPU times of each stage on ``text``, ``repeats`` rounds of the stages taking
    turns.

    Each round times every stage once, so a stretch of load from other work on a
    shared machine slows all of them alike: the ratio of two stages within a round
    (see :func:`paired_share`) is steadier than the ratio of their medians.
    """
    times: dict[str, list[float]] = {name: [] for name in stages}
    for name in stages:
        STAGES[name](text)  # warm up: caches, lazily built patterns
    for _ in range(repeats):
        for name in stages:
            times[name].append(median_seconds(STAGES[name], text, 1, warm_up=False))
    return times


def paired_share(reference: Sequence[float], stage: Sequence[float]) -> float:
    """The median over rounds of ``reference / stage`` time: the stage's speed as a
    share of the reference's, each round compared with itself."""
    return statistics.median(r / s for r, s in zip(reference, stage, strict=True))


def repeated(base: str, factor: int) -> str:
    """``factor`` copies of ``base``, separated by blank lines (paragraph breaks)."""
    return "\n\n".join([base] * factor)


def base_slice(texts: Sequence[str], chars: int) -> str:
    """The first ``chars`` characters of the corpus, cut at a paragraph break."""
    joined = "\n\n".join(texts)
    if len(joined) <= chars:
        return joined
    cut = joined.rfind("\n\n", 0, chars)
    return joined[: cut if cut > 0 else chars]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the figures; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small input, few repeats")
    parser.add_argument("--check", action="store_true", help="exit 1 if a bound fails")
    parser.add_argument("--no-polnear", action="store_true", help="examples/ only")
    parser.add_argument("--base-chars", type=int, help="size of the 1x input for growth")
    parser.add_argument(
        "--stages",
        default="punkt,segment,annotate,learned",
        help="comma-separated subset of: " + ", ".join(STAGES),
    )
    args = parser.parse_args(argv)
    stages = [name.strip() for name in args.stages.split(",") if name.strip()]
    unknown = [name for name in stages if name not in STAGES]
    if unknown:
        parser.error(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")

    texts, sizes = load_corpus(include_polnear=not args.no_polnear)
    corpus = "\n\n".join(texts)
    if args.quick:
        corpus = base_slice(texts, 60_000)
    base_chars = args.base_chars or (10_000 if args.quick else 50_000)
    repeats = (3, 3, 1) if args.quick else (9, 5, 3)

    megabytes = len(corpus.encode("utf-8")) / 1e6
    print(
        f"corpus: {len(texts)} texts, {sum(sizes.values()):,} chars "
        f"({', '.join(f'{k}: {v:,}' for k, v in sizes.items())}); "
        f"throughput measured on {len(corpus):,} chars ({megabytes:.3f} MB)"
    )
    print(f"python {sys.version.split()[0]}, median of {repeats[0]} runs\n")
    rates: dict[str, float] = {}
    shares: dict[str, float] = {}
    print(f"{'stage':<10}{'MB/s':>10}{'vs punkt':>10}")
    rounds = interleaved_times(stages, corpus, repeats[0])
    for name, found in rounds.items():
        rates[name] = megabytes / statistics.median(found)
        if "punkt" in rounds:
            shares[name] = paired_share(rounds["punkt"], found)
        vs_punkt = f"{shares[name]:.2f}" if name in shares else "-"
        print(f"{name:<10}{rates[name]:>10.3f}{vs_punkt:>10}")
    if shares:
        print("(MB/s: median of the rounds; vs punkt: median of each round's ratio)")
    entity_share: float | None = None
    if "annotate" in stages:
        found_shares = entity_shares(corpus, repeats[0])
        entity_share = statistics.median(found_shares)
        print(
            f"\nentity stage ({ENTITY_STAGE}): {entity_share:.1%} of annotate time "
            f"(median of {len(found_shares)} runs, {min(found_shares):.1%} to "
            f"{max(found_shares):.1%}; bound {MAX_ENTITY_SHARE:.0%})"
        )

    base = base_slice(texts, base_chars)
    print(
        f"\ngrowth: time at 10x and 100x a {len(base):,}-char base, relative to 1x "
        f"(medians of {', '.join(map(str, repeats))} runs)"
    )
    print(f"{'stage':<10}{'1x (s)':>10}{'10x':>9}{'100x':>9}")
    growth: dict[str, float] = {}
    for name in stages:
        times = [
            median_seconds(STAGES[name], repeated(base, factor), count, warm_up=factor == 1)
            for factor, count in zip((1, 10, 100), repeats, strict=True)
        ]
        growth[name] = times[2] / times[0]
        print(f"{name:<10}{times[0]:>10.4f}{times[1] / times[0]:>8.1f}x{growth[name]:>8.1f}x")

    failures: list[str] = []
    if "segment" in shares:
        share = shares["segment"]
        if share < MIN_SEGMENT_SHARE:
            failures.append(f"segment runs at {share:.2f} of punkt (< {MIN_SEGMENT_SHARE})")
    if "learned" in shares and shares["learned"] < MIN_LEARNED_SHARE:
        share = shares["learned"]
        failures.append(f"learned runs at {share:.2f} of punkt (< {MIN_LEARNED_SHARE})")
    if "annotate" in rates:
        if "annotate" in shares and shares["annotate"] < MIN_ANNOTATE_SHARE:
            share = shares["annotate"]
            failures.append(f"annotate runs at {share:.2f} of punkt (< {MIN_ANNOTATE_SHARE})")
        if rates["annotate"] < MIN_ANNOTATE_RATE:
            failures.append(
                f"annotate runs at {rates['annotate']:.2f} MB/s (< {MIN_ANNOTATE_RATE:g})"
            )
    if entity_share is not None and entity_share > MAX_ENTITY_SHARE:
        failures.append(
            f"the entity stage takes {entity_share:.1%} of annotate time (> {MAX_ENTITY_SHARE:.0%})"
        )
    failures += [
        f"{name}: 100x input took {ratio:.1f}x the time (> {MAX_GROWTH:g}x)"
        for name, ratio in growth.items()
        if name != "punkt" and ratio > MAX_GROWTH  # nltk's own growth is no bound of ours
    ]
    print()
    print("\n".join(f"FAIL {failure}" for failure in failures) or "all bounds met")
    return 1 if failures and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
