"""The learned source ranker: shipped weights, candidates, the trainer, the pipeline."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimscope import Annotator, learned, source_ranker
from claimscope.attribution import attribute
from claimscope.cues import find_cues
from claimscope.quotes import find_quotes
from claimscope.segment import segment
from tests.strategies import news_texts

ROOT = Path(__file__).resolve().parent.parent

ROLE_THEN_NAME = "Council spokeswoman Maria Lopez earlier said the pier would reopen."
"""Composed news: the subject scan runs on past the name into *earlier*."""


def _train_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_train_src", ROOT / "tools" / "train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_weights_parse_with_version_and_count() -> None:
    """The shipped ranker weights are read once, name their format version, their
    training data and a feature count that matches the file, and stay small."""
    resource = resources.files("claimscope") / "weights" / "sources.txt"
    assert len(resource.read_bytes()) < 200_000
    weights = learned.load_weights("sources")
    assert weights is learned.load_weights("sources")
    assert weights.field("format") == str(learned.FORMAT_VERSION)
    assert weights.field("features") == str(len(weights.weights))
    assert 100 < len(weights.weights) < 5000
    assert "polnear-train" in weights.field("data")
    assert "source-candidate ranker" in weights.field("model")


def test_ranker_picks_the_name_over_the_role_phrase() -> None:
    """Under learned decisions the ranker keeps *Maria Lopez*, not the scan's
    *Council spokeswoman Maria Lopez earlier*; the rules' output is untouched."""
    rules = Annotator(decisions="rules").annotate(ROLE_THEN_NAME).claims[0]
    ranked = Annotator(decisions="learned").annotate(ROLE_THEN_NAME).claims[0]
    assert rules.source.text == "Council spokeswoman Maria Lopez earlier"
    assert ranked.source.text == "Maria Lopez"
    assert ranked.source.start == ROLE_THEN_NAME.index("Maria")


def test_ranker_off_keeps_the_rule_span(monkeypatch: pytest.MonkeyPatch) -> None:
    """With :data:`source_ranker.ENABLED` false, learned decisions keep the rule
    engine's source span."""
    monkeypatch.setattr(source_ranker, "ENABLED", False)
    claim = Annotator(decisions="learned").annotate(ROLE_THEN_NAME).claims[0]
    assert claim.source.text == "Council spokeswoman Maria Lopez earlier"


def test_candidates_cover_appositive_tail_and_coordination() -> None:
    """The candidates of a long source phrase include the phrase itself first, the
    phrase without its appositive, the part before a prepositional tail, and the
    first coordinated member, never a later one (SPEC: a mixed group takes the type
    of its leading member)."""
    text = "Tom Reyes, a spokesman for the mayor, and the council clerk said so."
    span = (0, text.index(" said"))
    found = [text[c.start : c.end] for c in source_ranker.candidates(text, span)]
    assert found[0] == text[span[0] : span[1]]
    assert "Tom Reyes" in found
    assert "the council clerk" not in found
    tail = "A spokesman for the mayor"
    assert "A spokesman" in [
        tail[c.start : c.end] for c in source_ranker.candidates(tail, (0, len(tail)))
    ]


def test_a_mixed_group_keeps_its_whole_span() -> None:
    """*Analysts and brokerages are of the view that C*: the group speaks, typed as
    unnamed people by its leading member; the ranker may not pick its last member,
    which would make the source an organisation."""
    text = (
        "Analysts and brokerages are of the view that the rally has further to run, "
        "given strong company earnings."
    )
    claim = Annotator(decisions="learned").annotate(text).claims[0]
    assert (claim.source.text, claim.source.type.value) == (
        "Analysts and brokerages",
        "anonymous",
    )


@settings(max_examples=40, deadline=None)
@given(news_texts(), st.data())
def test_candidates_are_distinct_nonempty_spans(text: str, data: st.DataObject) -> None:
    """For any span of a news text, the candidates start with that span, are
    distinct, and each is a non-empty span of the text holding a letter or digit."""
    a = data.draw(st.integers(0, max(0, len(text) - 1)))
    b = data.draw(st.integers(a + 1, len(text))) if text else 0
    found = source_ranker.candidates(text, (a, b))
    assert (found[0].start, found[0].end) == (a, b)
    spans = [(c.start, c.end) for c in found]
    assert len(spans) == len(set(spans))
    for c in found[1:]:
        assert 0 <= c.start < c.end <= len(text)
        assert any(ch.isalnum() for ch in text[c.start : c.end])


@settings(max_examples=25, deadline=None)
@given(news_texts())
def test_ranked_sources_keep_exact_offsets(text: str) -> None:
    """Every source the ranker chooses is the text at its offsets."""
    for claim in Annotator(decisions="learned").annotate(text).claims:
        src = claim.source
        if src.start is not None and src.end is not None:
            assert text[src.start : src.end] == src.text


def test_empty_weights_keep_every_rule_span() -> None:
    """With no weights every candidate ties and the rule's own span, listed first,
    wins: the ranker changes nothing."""
    spans, paragraphs = segment(ROLE_THEN_NAME)
    claims, _ = Annotator(decisions="learned")._attribute(
        ROLE_THEN_NAME, spans, paragraphs, rank=False
    )
    empty = learned.Weights((), {})
    assert source_ranker.rank_sources(ROLE_THEN_NAME, spans, claims, weights=empty) == claims


def test_explain_marks_the_choice_and_its_features() -> None:
    """``explain`` lists the candidates, marks the chosen one and names the
    features that weighed most; an offset with no ranked claim is an error."""
    shown = source_ranker.explain(ROLE_THEN_NAME, ROLE_THEN_NAME.index("said"))
    assert "* 'Maria Lopez'" in shown
    assert "chosen for: " in shown
    with pytest.raises(ValueError, match="no claim"):
        source_ranker.explain("The weather was mild.", 3)


def _articles() -> list[dict[str, object]]:
    """A tiny composed corpus in PolNeAR's shape with source, cue and content."""
    sentences = [
        ("Council spokeswoman Maria Lopez earlier said the pier would reopen.", "Maria Lopez"),
        ("Tom Reyes, a spokesman for the mayor, said the bridge would close.", "Tom Reyes"),
        ("Governor Dana Whitfield earlier Tuesday said taxes would rise.", "Dana Whitfield"),
        ("A spokesman for the mayor said the fares would rise.", "A spokesman"),
    ]
    out = []
    for n, (text, source) in enumerate(sentences * 2):
        cue = text.index(" said") + 1
        content = cue + len("said ")
        out.append(
            {
                "id": f"synthetic-{n}",
                "text": text,
                "attributions": [
                    {
                        "id": "E1",
                        "source": [text.index(source), text.index(source) + len(source)],
                        "cue": [cue, cue + 4],
                        "content": [content, len(text) - 1],
                    }
                ],
            }
        )
    return out


def test_source_training_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    """``tools/train.py --sources`` twice on the same data, once in another process
    with another hash seed, writes identical weights naming the user data."""
    data = tmp_path / "mine.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    options = ["--sources", "--epochs", "3", "--min-count", "1"]
    train = _train_module()
    assert train.main([str(data), "--out-dir", str(tmp_path / "a"), *options]) == 0
    env = dict(os.environ, PYTHONHASHSEED="7")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "train.py"),
            str(data),
            "--out-dir",
            str(tmp_path / "b"),
            *options,
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    a = (tmp_path / "a" / "weights" / "sources.txt").read_bytes()
    assert a == (tmp_path / "b" / "weights" / "sources.txt").read_bytes()
    weights = learned.parse_weights(a.decode("utf-8"))
    assert weights.field("provenance") == "user data"
    assert int(weights.field("examples")) > 0
    assert not (tmp_path / "a" / "weights" / "cues.txt").exists()


def test_source_trainer_refuses_dev_data(tmp_path: Path) -> None:
    """``--sources`` will not train on a file named like a dev split either."""
    data = tmp_path / "polnear-dev.jsonl"
    data.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        _train_module().main([str(data), "--sources", "--out-dir", str(tmp_path)])


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40)), max_size=40),
    st.lists(st.tuples(st.integers(0, 300), st.integers(1, 60)), min_size=1, max_size=10),
)
def test_overlap_lookup_agrees_with_a_scan(
    found: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> None:
    """The ranker's binary-search lookup of the mentions overlapping a source span
    gives exactly the mentions, in their order, that a scan of all of them gives."""
    from claimscope.entities.mentions import Mention

    mentions = [Mention(a, a + n, 0, "name") for a, n in found]
    near = source_ranker._overlapping(mentions)
    for a, n in spans:
        span = (a, a + n)
        assert near(span) == [m for m in mentions if m.start < span[1] and span[0] < m.end]


@given(st.lists(st.integers(1, 50), min_size=1, max_size=30), st.integers(0, 1600))
def test_sentence_lookup_agrees_with_a_scan(lengths: list[int], offset: int) -> None:
    """The binary search for the sentence holding an offset gives what a scan gives,
    (0, 0) for an offset in no sentence (gaps of one character between sentences)."""
    sentences, at = [], 0
    for n in lengths:
        sentences.append((at, at + n))
        at += n + 1
    starts = [s[0] for s in sentences]
    want = next((s for s in sentences if s[0] <= offset < s[1]), (0, 0))
    assert source_ranker._sentence_of(sentences, starts, offset) == want


@given(st.text(alphabet='Xxd,;("-.\u2019', max_size=14))
def test_collapsed_shape_matches_the_substitution(shape: str) -> None:
    """The ranker's shape feature collapses runs of one letter exactly as the
    ``regex`` substitution the shipped weights were trained with does."""
    import regex

    assert source_ranker._collapsed(shape) == regex.sub(r"(.)\1+", r"\1+", shape)


def test_a_claim_with_nothing_to_choose_is_not_scored() -> None:
    """With ``lone=False`` (how :func:`source_ranker.rank_sources` asks), a claim
    whose only candidate is its rule span is left out; one with alternatives stays,
    with the same candidates as without it."""
    text = (
        "Officials said the bridge would close. Council spokeswoman Maria Lopez "
        "earlier said the pier would reopen."
    )
    spans, paragraphs = segment(text)
    quotes = find_quotes(text)
    cues = learned.decide(text, spans, quotes, find_cues(text, quotes)).cues
    claims = attribute(text, spans, paragraphs, quotes, cues)
    every = source_ranker.claim_candidates(text, spans, claims)
    some = source_ranker.claim_candidates(text, spans, claims, lone=False)
    assert len(every) == 2
    assert len(every[0][2]) == 1
    assert len(every[1][2]) > 1
    assert some == [every[1]]
