"""``Annotator.pipe``: order, equality with sequential annotation, bounded memory."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimscope import Annotator, annotate
from claimscope._pool import ordered_map

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"

TEXTS = [
    "The council said on Tuesday that the bridge would close. Repairs may take a year.",
    '"We cannot wait another winter," said Jane Doe, the chief engineer.',
    "",
    "Officials familiar with the budget said the money had not been approved.",
    "According to a 2019 inspection report, two cables were corroded.",
    "The bridge opened in 1990.\n\nIt was rebuilt in 2004. Traffic has doubled since.",
] * 5


def test_pipe_with_two_processes_equals_sequential_annotation() -> None:
    """n_process=2 yields exactly the documents annotate() gives, in input order."""
    texts = [*TEXTS, EXAMPLE.read_text(encoding="utf-8")]
    parallel = list(Annotator().pipe(iter(texts), n_process=2, batch_size=3))
    assert parallel == [annotate(t) for t in texts]


def test_pipe_sequential_keeps_order() -> None:
    """The default single-process pipe yields one document per text, in order."""
    docs = list(Annotator().pipe(TEXTS))
    assert [d.text for d in docs] == TEXTS


@pytest.mark.parametrize(("option", "value"), [("n_process", 0), ("batch_size", 0)])
def test_pipe_rejects_bad_options_at_call_time(option: str, value: int) -> None:
    """Bad options raise at once, naming the option, before any work is done."""
    with pytest.raises(ValueError, match=option):
        Annotator().pipe(TEXTS, **{option: value})


def test_pipe_raises_type_error_for_a_non_string_in_turn() -> None:
    """A non-str item raises TypeError after the documents before it were yielded."""
    stream = Annotator().pipe(["The mayor said the plan was sound.", b"bytes"], n_process=2)
    first = next(stream)
    assert first.text == "The mayor said the plan was sound."
    with pytest.raises(TypeError, match="decode"):
        next(stream)


def test_pipe_reads_an_endless_stream_lazily() -> None:
    """Only a bounded number of batches is drawn from the input ahead of the output."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Story {i}: the minister said the talks would resume on Monday."

    stream = Annotator().pipe(endless(), n_process=2, batch_size=4)
    docs = list(itertools.islice(stream, 10))
    stream.close()  # type: ignore[attr-defined]
    assert [d.text.split(":")[0] for d in docs] == [f"Story {i}" for i in range(10)]
    # 2 processes -> at most 4 batches of 4 in flight beyond what was consumed.
    assert pulled <= 10 + 4 * 4 + 4


def _shout(text: str) -> str:
    return text.upper()


def test_ordered_map_works_under_spawn() -> None:
    """The pool needs nothing inherited from the parent: it runs under 'spawn'."""
    words = [f"claim {i}" for i in range(25)]
    out = list(
        ordered_map(
            _shout,
            words,
            n_process=2,
            batch_size=4,
            mp_context=multiprocessing.get_context("spawn"),
        )
    )
    assert out == [w.upper() for w in words]
