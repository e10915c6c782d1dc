"""benchmarks/pathological.py's bound logic and how it builds and times its inputs
(pure functions; the timed run itself is a benchmark, not a test)."""

from __future__ import annotations

import functools
import sys
from types import ModuleType

from bench_scripts import load_script


def _script() -> ModuleType:
    return load_script("pathological")


def test_judge_passes_an_input_that_grows_with_news() -> None:
    """An input under 3x news whose time grows as news's does breaks no bound, even
    when the machine slowed so that both grew 14x."""
    script = _script()
    times = {10_000: (0.02, 0.01), 100_000: (0.2, 0.1), 1_000_000: (2.8, 1.4)}
    assert script.judge("steady", times) == []


def test_judge_reports_a_ratio_over_three() -> None:
    """A ratio to news over 3 at any size is a failure naming the size."""
    script = _script()
    times = {10_000: (0.04, 0.01), 100_000: (0.2, 0.1)}
    assert script.judge("slow", times) == ["slow at 10,000: 4.00x news"]


def test_judge_reports_growth_beyond_news_from_100_kb_only() -> None:
    """Growth over 1.2 times news's counts from 100 kB up; a jump from 10 kB to 100 kB
    (start-up costs, timer noise) does not."""
    script = _script()
    times = {10_000: (0.001, 0.01), 100_000: (0.05, 0.1), 1_000_000: (0.8, 1.0)}
    failures = script.judge("superlinear", times)
    assert len(failures) == 1
    assert failures[0].startswith("superlinear 100,000->1,000,000: grew 16.00x")
    assert script.relative_growth(times, 100_000, 1_000_000) == 1.6


def test_judge_reports_a_crash_once() -> None:
    """An input that raised is reported where it raised, not again as growth."""
    script = _script()
    times = {100_000: (0.1, 0.1), 1_000_000: (float("inf"), 1.0)}
    assert script.judge("broken", times) == ["broken at 1,000,000: annotate raised"]


def test_turns_alternate_which_side_goes_first() -> None:
    """News and the input take turns going first, each timed once a round."""
    script = _script()
    assert list(script.turns(4)) == [(True, False), (False, True)] * 2


def test_news_is_distinct_articles_not_one_repeated() -> None:
    """News of a size is the articles in order, each once, cut to the size; they are
    cycled only when all are used up."""
    script = _script()
    texts = ["First article.", "Second article.", "Third article."]
    assert script.news_of(texts, 38) == "First article.\n\nSecond article.\n\nThird"
    assert script.news_of(texts, 80).count("First article.") == 2
    assert len(script.news_of(texts, 1000)) == 1000


def test_forget_memos_empties_bounded_caches_of_claimscope_modules() -> None:
    """Each bounded functools cache of a loaded claimscope module is emptied; an
    unbounded one (lexicons, patterns) is kept."""
    script = _script()
    module = ModuleType("claimscope._grow11_probe")

    @functools.lru_cache(maxsize=16)
    def memo(word: str) -> str:
        return word.upper()

    @functools.cache
    def loaded() -> str:
        return "lexicon"

    module.memo = memo  # type: ignore[attr-defined]
    module.loaded = loaded  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    try:
        memo("said")
        loaded()
        script.forget_memos()
        assert memo.cache_info().currsize == 0
        assert loaded.cache_info().currsize == 1
    finally:
        del sys.modules[module.__name__]
