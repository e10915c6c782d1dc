"""The learned cue decisions: shipped weights, the trainer, the pipeline option."""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given, settings

from claimscope import Annotator, learned
from claimscope.cues import find_cues
from claimscope.errors import LexiconError
from claimscope.model import CueKind
from claimscope.quotes import find_quotes
from claimscope.segment import segment
from tests.strategies import hostile_texts, news_texts

ROOT = Path(__file__).resolve().parent.parent

NEWS = (
    "Police have not identified the victim, who was taken to hospital on Sunday. "
    "The senator derided the plan as a giveaway to donors. "
    "“We will rebuild the bridge,” the mayor said. I think the council will agree, "
    "an aide told reporters."
)
"""Realistic news composed for these tests."""


def _train_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_train", ROOT / "tools" / "train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_weights_parse_with_version_and_count() -> None:
    """The shipped weights file is format 1, its header counts its lines, it names
    its training data, and it stays under 2 MB."""
    resource = resources.files("claimscope") / "weights" / "cues.txt"
    content = resource.read_text(encoding="utf-8")
    weights = learned.load_weights()
    assert weights.field("format") == str(learned.FORMAT_VERSION)
    assert int(weights.field("features")) == len(weights.weights) > 1000
    assert "PolNeAR" in weights.field("provenance")
    assert "polnear-train" in weights.field("data")
    assert len(content.encode("utf-8")) <= 2_000_000
    rows = [line.split("\t")[0] for line in content.splitlines() if not line.startswith("#")]
    assert rows == sorted(rows)


def test_weights_round_trip_and_are_rounded() -> None:
    """format_weights writes sorted, rounded lines that parse_weights reads back."""
    text = learned.format_weights(
        [("model", "test")], {"w=said": 1.23456789, "bias": -0.5, "zero": 0.00001}
    )
    assert text.splitlines()[-2:] == ["bias\t-0.5000", "w=said\t1.2346"]
    parsed = learned.parse_weights(text)
    assert parsed.weights == {"bias": -0.5, "w=said": 1.2346}
    assert parsed.field("model") == "test"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("# format: 1\n# features: 1\nw=said 1.0\n", "line 3"),
        ("# format: 99\n# features: 0\n", "format '99'"),
        ("# format: 1\n# features: 2\nw=said\t1.0\n", "says 2 features"),
        ("# format: 1\n# features: 1\nw=said\tmany\n", "feature<TAB>weight"),
    ],
)
def test_bad_weights_file_says_what_is_wrong(content: str, message: str) -> None:
    """A malformed weights file raises LexiconError naming the file and the problem."""
    with pytest.raises(LexiconError, match=message) as info:
        learned.parse_weights(content, name="weights/mine.txt")
    assert "weights/mine.txt" in str(info.value)


def test_decisions_option_is_checked() -> None:
    """An unknown decisions value is refused with the accepted values."""
    with pytest.raises(ValueError, match="learned"):
        Annotator(decisions="neural")


def test_rules_is_the_default_and_the_pure_rule_engine() -> None:
    """decisions='rules' (the default) gives the rule engine's output, with no claim
    marked as resting on a learned cue."""
    default = Annotator().annotate(NEWS)
    assert default == Annotator(decisions="rules").annotate(NEWS)
    assert not any(c.cue is not None and c.cue.reason.startswith("learned") for c in default.claims)


def test_learned_claim_says_so_in_its_cue() -> None:
    """A cue the model adds (*identified*, absent from the reporting lexicon) yields a
    claim whose cue's reason says it is a learned cue; the rule output lacks it."""
    learned_doc = Annotator(decisions="learned").annotate(NEWS)
    marked = [
        c
        for c in learned_doc.claims
        if c.cue is not None and c.cue.reason.startswith("learned cue (score ")
    ]
    assert [c.cue.text for c in marked if c.cue is not None] == ["identified"]
    rules_doc = Annotator(decisions="rules").annotate(NEWS)
    assert not any(c.cue is not None and c.cue.text == "identified" for c in rules_doc.claims)


def test_vetoed_cue_is_explained() -> None:
    """When the model vetoes a rule cue (*agree* inside the clause an aide reported)
    :func:`learned.explain` names the veto and no learned claim rests on it."""
    text = "I think the council will agree, an aide told reporters."
    assert learned.explain(text, text.index("agree")).startswith("vetoed 'agree'")
    claims = Annotator(decisions="learned").annotate(text).claims
    assert all(c.cue is None or c.cue.text != "agree" for c in claims)


def test_decide_vetoes_and_adds() -> None:
    """decide drops rule cues the model rejects (*agree*, and since the tenth round's
    retraining *think* too: both inside the clause the aide reported) and adds one it
    accepts; added cues are reporting cues with a stance."""
    spans, _ = segment(NEWS)
    quotes = find_quotes(NEWS)
    rule_cues = find_cues(NEWS, quotes)
    decided = learned.decide(NEWS, spans, quotes, rule_cues)
    texts = [c.text for c in decided.cues if c.kind is CueKind.REPORTING]
    assert "agree" in [c.text for c in rule_cues]
    assert "agree" not in texts
    assert "agree" in [c.text for c in decided.vetoed]
    reported = (NEWS.index("I think"), NEWS.index(", an aide"))
    assert all(reported[0] <= c.start and c.end <= reported[1] for c in decided.vetoed)
    assert "identified" in texts
    new = [(c.text, c.entry, c.stance) for c in decided.added]
    assert new == [("identified", "identified", "neutral")]


def test_explain_names_action_score_and_features() -> None:
    """explain says what the model did with a candidate and which features weighed
    most; an offset on no candidate is refused with what candidates are."""
    line = learned.explain(NEWS, NEWS.index("identified"))
    assert line.startswith("added 'identified' (score ")
    assert "=" in line.split(": ", 1)[1]
    assert learned.explain(NEWS, NEWS.index("said")).startswith("kept 'said'")
    with pytest.raises(ValueError, match="cue_candidates"):
        learned.explain(NEWS, NEWS.index("bridge"))


@settings(max_examples=30, deadline=None)
@given(news_texts())
def test_decided_cues_are_ordered_disjoint_and_exact(text: str) -> None:
    """Whatever the text, the cues after the model's decisions are ordered, do not
    overlap, and each one's text is its slice of the input."""
    spans, _ = segment(text)
    quotes = find_quotes(text)
    decided = learned.decide(text, spans, quotes, find_cues(text, quotes))
    for a, b in itertools.pairwise(decided.cues):
        assert a.end <= b.start
    for c in decided.cues:
        assert text[c.start : c.end] == c.text
    assert set(decided.added) <= set(decided.cues)
    assert not set(decided.vetoed) & set(decided.cues)


@settings(max_examples=50, deadline=None)
@given(hostile_texts())
def test_hostile_text_keeps_candidate_offsets(text: str) -> None:
    """On hostile text (İ, zero-width and non-breaking spaces, stray quotes) every
    candidate's word is its own slice, lower-cased, and lies inside the text."""
    spans, _ = segment(text)
    quotes = find_quotes(text)
    for c in learned.candidates(text, spans, quotes, find_cues(text, quotes)):
        assert 0 <= c.start < c.end <= len(text)
        if c.rule is None:
            assert text[c.start : c.end].lower() == c.word


@settings(max_examples=20, deadline=None)
@given(news_texts())
def test_learned_annotation_keeps_offsets(text: str) -> None:
    """With learned decisions every claim's text is its slice and its cue's too."""
    doc = Annotator(decisions="learned").annotate(text)
    for claim in doc.claims:
        assert text[claim.start : claim.end] == claim.text
        if claim.cue is not None:
            assert text[claim.cue.start : claim.cue.end] == claim.cue.text


def _articles() -> list[dict[str, object]]:
    """A tiny annotated corpus in the PolNeAR shape, composed for the test."""
    sentences = [
        ("The minister said the bridge would reopen in May.", "said"),
        ("Critics derided the plan as a giveaway to donors.", "derided"),
        ("The agency's decision to close the office surprised staff.", "decision"),
        ("Officials derided the budget as reckless on Monday.", "derided"),
        ("The mayor insisted that the repairs were on schedule.", "insisted"),
        ("The board's decision to sell the land angered residents.", "decision"),
    ]
    out = []
    for n, (sentence, cue) in enumerate(sentences * 2):
        text = sentence + " The weather was mild."
        start = text.index(cue)
        out.append(
            {
                "id": f"synthetic-{n}",
                "text": text,
                "attributions": [
                    {"id": "E1", "source": None, "cue": [start, start + len(cue)], "content": None}
                ],
            }
        )
    return out


def test_training_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    """Training twice on the same data, once in another process with another hash
    seed, writes identical weights and candidate files; the mined vocabulary holds
    the cue words the rules miss."""
    data = tmp_path / "mine.jsonl"
    data.write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    train = _train_module()
    assert train.main([str(data), "--out-dir", str(tmp_path / "a"), "--epochs", "3"]) == 0
    env = dict(os.environ, PYTHONHASHSEED="7")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "train.py"),
            str(data),
            "--out-dir",
            str(tmp_path / "b"),
            "--epochs",
            "3",
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    for name in ("weights/cues.txt", "lexicons/cue_candidates.txt"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    weights = learned.parse_weights((tmp_path / "a" / "weights" / "cues.txt").read_text())
    assert weights.field("provenance") == "user data"
    words = (tmp_path / "a" / "lexicons" / "cue_candidates.txt").read_text().split("\n")
    assert "decision" in words


def test_trainer_refuses_dev_data(tmp_path: Path) -> None:
    """The trainer will not train on a file named like a dev split."""
    data = tmp_path / "polnear-dev.jsonl"
    data.write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        _train_module().main([str(data), "--out-dir", str(tmp_path)])


def test_candidate_is_a_frozen_value() -> None:
    """Candidates are immutable records."""
    spans, _ = segment(NEWS)
    found = learned.candidates(NEWS, spans, (), find_cues(NEWS))
    assert found
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        found[0].word = "x"  # type: ignore[misc]


def test_thresholds_come_from_the_weights_header() -> None:
    """The weights file may set its decision thresholds (``add-above``, ``veto-below``,
    as tools/train.py writes them); without them the module defaults apply."""
    plain = learned.parse_weights("# format: 1\n# features: 1\nw=said\t1.0\n")
    assert learned.thresholds(plain) == (learned.ADD_ABOVE, learned.VETO_BELOW)
    tuned = learned.parse_weights(
        "# format: 1\n# add-above: -2.0\n# veto-below: -3.5\n# features: 1\nw=said\t1.0\n"
    )
    assert learned.thresholds(tuned) == (-2.0, -3.5)
    shipped = learned.load_weights()
    assert learned.thresholds(shipped) == (0.0, -3.0)
