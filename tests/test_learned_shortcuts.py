"""The learned stages' shortcuts take the decisions the full computation takes.

:func:`claimscope.learned.decide` leaves out a candidate's subject features when the
rest of its score already settles its action; these tests hold its result equal to
scoring every candidate in full (:func:`claimscope.learned.candidates`, the path
training and :func:`~claimscope.learned.explain` use). Both learned stages read a
few tokens with a pattern that stops early; property tests hold those equal to the
full tokenizations the features were trained on.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given, settings

from claimscope import _learned_guards, learned, source_ranker
from claimscope.cues import find_cues
from claimscope.model import Cue
from claimscope.quotes import find_quotes
from claimscope.segment import segment
from tests.strategies import hostile_texts, news_texts

NEWS = (
    "Police have not identified the victim, who was taken to hospital on Sunday. "
    "The senator derided the plan as a giveaway to donors, her office said. "
    "“We will rebuild the bridge,” the mayor said, adding that the work would start "
    "in May. The agency's decision to close the pier angered residents. Critics: "
    "the budget is reckless. I think the council will agree, an aide told reporters. "
    "He said he had not denied the report, which the paper published on Friday."
)
"""Realistic news composed for these tests: rule cues kept and vetoed, learned cues
added and ignored, a colon, a quotation."""


def _full(
    text: str, weights: learned.Weights | None = None
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The added cues (start, reason) and vetoed rule cues (start, text) that
    scoring every candidate with all its features gives."""
    spans, _ = segment(text)
    quotes = find_quotes(text)
    model = learned.load_weights() if weights is None else weights
    add, veto = learned.thresholds(model)
    added, vetoed = [], []
    for c in learned.candidates(text, spans, quotes, find_cues(text, quotes)):
        score = model.score(c.features)
        if c.rule is not None and score < veto and not _kept(text, c, model):
            vetoed.append((c.start, c.rule.text))
        elif c.rule is None and score > add and not _guarded(text, spans, c):
            added.append((c.start, f"learned cue (score {score:.2f})"))
    return added, vetoed


def _kept(text: str, c: learned.Candidate, weights: learned.Weights) -> bool:
    """Whether the rule cue of ``c`` stays whatever its score (a reading SPEC names)."""
    return learned._kept_as(text, c, weights) is not None


def _guarded(text: str, spans: Sequence[tuple[int, int]], c: learned.Candidate) -> bool:
    """Whether a guard (:mod:`claimscope._learned_guards`) keeps ``c`` from being
    added; its sentence ends where the segmenter says (outside one, at ``c.end``)."""
    limit = next((e for s, e in spans if s <= c.start < e), c.end)
    return _learned_guards.guard(text, c.start, c.end, c.word, limit) is not None


def _decided(
    text: str, weights: learned.Weights | None = None
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    spans, _ = segment(text)
    quotes = find_quotes(text)
    got = learned.decide(text, spans, quotes, find_cues(text, quotes), weights=weights)
    return [(c.start, c.reason) for c in got.added], [(c.start, c.text) for c in got.vetoed]


def test_decide_matches_full_scoring_on_news() -> None:
    """On composed news holding every kind of decision, decide adds and vetoes
    exactly what scoring every feature of every candidate adds and vetoes, with the
    same scores in the added cues' reasons."""
    added, vetoed = _full(NEWS)
    assert added and vetoed
    assert _decided(NEWS) == (added, vetoed)


@settings(max_examples=40, deadline=None)
@given(news_texts())
@example('" CLAIM that The statute says that . . . no vessel may dock.')  # a vetoed cue first
def test_decide_matches_full_scoring(text: str) -> None:
    """Whatever the text, decide's shortcut changes no decision."""
    assert _decided(text) == _full(text)


def _subject_sum(weights: dict[str, float], feats: Sequence[str]) -> float:
    return sum(weights.get(f, 0.0) for f in feats if f.startswith("subj"))


def test_subject_bounds_hold_for_every_candidate() -> None:
    """What the subject features of any candidate of the composed news weigh lies
    within the bounds the shortcut reads."""
    spans, _ = segment(NEWS)
    quotes = find_quotes(NEWS)
    weights = learned.load_weights().weights
    low, high = learned._subject_bounds(weights)
    assert low < 0 < high
    for c in learned.candidates(NEWS, spans, quotes, find_cues(NEWS, quotes)):
        assert low <= _subject_sum(weights, c.features) <= high


def test_subject_bounds_of_odd_feature_names() -> None:
    """Bounds cover every combination the features can take, also for a kind or a
    bound that is itself a ``|`` and for kinds only the ``subj|b`` features name."""
    weights = {
        "subj=X": 2.0,
        "subj|b=X|,": 3.0,
        "subj|b=X|^": -4.0,
        "subj=source": 1.5,
        "subj|b=|||q": 7.0,
        "subj|b=pron|^": -6.0,
        "subj=none|^": 9.5,
        "w=said": 100.0,
    }
    low, high = learned._subject_bounds(weights)
    combos = [
        ["subj=X", "subj|b=X|,", "subj=source"],
        ["subj=X", "subj|b=X|^"],
        ["subj=|", "subj|b=|||q", "subj=source"],
        ["subj=pron", "subj|b=pron|^"],
        ["subj=none|^"],
        [],
    ]
    sums = [_subject_sum(weights, c) for c in combos]
    assert low <= min(sums) and max(sums) <= high


def test_decide_with_own_weights_reads_their_bounds() -> None:
    """With weights of its own, where the subject features decide (a strong weight
    on a sentence-initial candidate), decide still agrees with full scoring."""
    own = learned.parse_weights(
        "# format: 1\n# features: 4\nbias\t-1.0000\nsubj=none|^\t5.0000\n"
        "subj=pron\t-8.0000\nw=said\t0.5000\n"
    )
    text = "Critics: the plan is reckless. He said the bridge would close."
    added, vetoed = _full(text, own)
    assert added or vetoed
    assert _decided(text, own) == (added, vetoed)


def test_added_cue_keeps_its_rule_free_form() -> None:
    """A cue the model adds is a reporting cue whose text is its slice (the
    shortcut builds it from the candidate, not from a rule cue)."""
    spans, _ = segment(NEWS)
    quotes = find_quotes(NEWS)
    got = learned.decide(NEWS, spans, quotes, find_cues(NEWS, quotes))
    for cue in got.added:
        assert isinstance(cue, Cue)
        assert NEWS[cue.start : cue.end] == cue.text


@settings(max_examples=300, deadline=None)
@given(hostile_texts(max_size=40))
def test_next_two_tokens_are_those_findall_finds(text: str) -> None:
    """The pattern that reads a candidate's next two tokens gives the first two
    tokens the cue tokenizer finds in the same span (empty when fewer)."""
    found = learned._TOKEN.findall(text, 0, len(text))
    m = learned._NEXT_TWO.match(text, 0, len(text))
    assert m is not None
    assert list(m.groups("")) == [*found, "", ""][:2]


@settings(max_examples=300, deadline=None)
@given(hostile_texts(max_size=40))
def test_last_word_is_the_one_findall_lists_last(text: str) -> None:
    """The source ranker's backward search finds the word its forward tokenizer
    lists last in the same span (none when it lists none)."""
    found = source_ranker._WORD.findall(text, 0, len(text))
    last = source_ranker._LAST_WORD.search(text, 0, len(text))
    assert (last.group() if last is not None else None) == (found[-1] if found else None)
