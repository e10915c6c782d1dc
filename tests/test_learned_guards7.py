"""The learned path on real news (round 7): where the cue model's decision and the
rule engine's reading disagree, the rule engine's specific reason wins.

* a rule cue of hedging stance the model vetoes (*the treasury expected exports to
  recover*: no attribution of the treasury's own, PolNeAR says) still hedges the
  claim it stands in, as SPEC counts a hedge wherever it stands in the content;
* a rule cue SPEC names as an unnamed attribution (*it is understood*) or as a
  nested one (*said officers believe C*) is kept whatever the model scores it;
* a word the model would add is left alone where the rule engine knows it reports
  no proposition (:mod:`claimscope._learned_guards`): a refusal (*declined to
  comment*) withholds what would be reported; *known for* or *known as* describes a
  reputation or gives a name; a publishing verb whose object is no statement
  (*posted a rise in profit*, *released its own ring*) publishes a thing; a plea in
  court (*pleaded not guilty*) is a legal act.

Composed news sentences.
"""

from __future__ import annotations

import pytest

from claimscope import Annotator, _learned_guards, learned
from claimscope.cues import find_cues
from claimscope.model import Confidence, CueKind
from claimscope.quotes import find_quotes
from claimscope.segment import segment


def _decided(text: str) -> learned.Decided:
    """What :func:`learned.decide` makes of ``text``'s rule cues."""
    spans, _ = segment(text)
    quotes = find_quotes(text)
    return learned.decide(text, spans, quotes, find_cues(text, quotes))


# -- a vetoed hedging cue still hedges -------------------------------------------------

EXPECTED = (
    "Finance Minister Carla Mendes said on Tuesday that the treasury expected exports "
    "to recover in the spring as new contracts came in."
)


def test_vetoed_hedging_cue_stays_as_a_hedge() -> None:
    """The model vetoes *expected* inside the minister's reported clause; the word
    stays among the cues as a hedge that says why, and is not counted as added."""
    decided = _decided(EXPECTED)
    assert [c.text for c in decided.vetoed] == ["expected"]
    kept = [c for c in decided.cues if c.text == "expected"]
    assert [(c.kind, c.reason) for c in kept] == [
        (CueKind.HEDGE, "vetoed reporting cue kept as a hedge")
    ]
    assert not decided.added


def test_claim_over_a_vetoed_hedging_cue_is_hedged() -> None:
    """The minister's claim is hedged on both paths: the learned one reads the
    vetoed *expected* as the hedge the rule engine's nested cue made it."""
    for decisions in ("rules", "learned"):
        claims = Annotator(decisions=decisions).annotate(EXPECTED).claims
        assert [(c.source.text, c.confidence) for c in claims] == [
            ("Finance Minister Carla Mendes", Confidence.HEDGED)
        ]


def test_vetoed_hedging_word_inside_a_quotation_does_not_hedge() -> None:
    """Inside quotation marks the cue finder already made the attitude verbs hedges;
    a vetoed *fear* there is the noun (*nothing to fear*) and hedges nothing."""
    text = (
        'Housing Minister Ruth Okafor insisted that honest landlords had "nothing to '
        'fear" from the new rules.'
    )
    decided = _decided(text)
    assert [c.text for c in decided.vetoed] == ["fear"]
    assert [c.text for c in decided.cues] == ["insisted"]
    claims = Annotator(decisions="learned").annotate(text).claims
    assert [c.confidence for c in claims] == [Confidence.REPORTED]


# -- guards on the model's additions ---------------------------------------------------


def _guarded(text: str, word: str) -> str | None:
    """The guard that keeps the first ``word`` of one-sentence ``text`` from being added."""
    start = text.index(word)
    return _learned_guards.guard(text, start, start + len(word), word.lower(), len(text))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The company declined to comment on the report.", "declined"),
        ("A spokesman for the ministry declined to say when the road would reopen.", "declined"),
        ("Beijing has refused to recognise the ruling.", "refused"),
        ("The club refuses to discuss the striker's contract.", "refuses"),
    ],
)
def test_refusal_is_withheld(sentence: str, word: str) -> None:
    """*declined to*, *refused to*: the refusal withholds what would be reported."""
    assert _guarded(sentence, word) == "withheld"


def test_refusal_without_to_is_not_guarded() -> None:
    """A refusal with an object (*declined the offer*) is for the model to weigh."""
    assert _guarded("The union declined the offer on Friday.", "declined") is None


@pytest.mark.parametrize(
    "text",
    [
        "Halcyon, the San Jose start-up, declined to comment on the report.",
        "The mayor refused to say whether the pier would reopen.",
    ],
)
def test_refusal_stays_in_the_authors_voice(text: str) -> None:
    """The model would add the refusal as a cue; the guard keeps the sentence in the
    author's voice, and explain names the guard."""
    word = "declined" if "declined" in text else "refused"
    claims = Annotator(decisions="learned").annotate(text).claims
    assert [(c.source.text, c.confidence) for c in claims] == [(None, Confidence.ASSERTED)]
    line = learned.explain(text, text.index(word))
    assert line.startswith(f"ignored '{word}' (score ")
    assert "guard withheld: a refusal withholds" in line


@pytest.mark.parametrize(
    "sentence",
    [
        "Marla Quist, the singer best known for her 1998 hit, has died aged 71.",
        "The firm, widely known as a maker of drones, is building a satellite.",
    ],
)
def test_known_for_is_a_reputation(sentence: str) -> None:
    """*best known for*, *known as*: a description of someone, no claim of theirs."""
    assert _guarded(sentence, "known") == "reputation"


def test_known_for_makes_no_claim_of_the_person_described() -> None:
    """The obituary's first sentence stays in the author's voice on the learned path."""
    text = "Marla Quist, the singer best known for her 1998 hit, has died aged 71."
    claims = Annotator(decisions="learned").annotate(text).claims
    assert [(c.source.text, c.confidence) for c in claims] == [(None, Confidence.ASSERTED)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Harbour Foods posted a 12 per cent rise in annual profit on Monday.", "posted"),
        ("The weather service has issued an orange wind alert for the coast.", "issued"),
        ("Its rival released its own headset last year.", "released"),
        ("The airline posted 14 consecutive monthly losses.", "posted"),
    ],
)
def test_published_thing_is_no_statement(sentence: str, word: str) -> None:
    """A publishing verb whose object names no statement publishes a thing."""
    assert _guarded(sentence, word) == "published thing"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The ministry issued a brief statement on the strike late on Friday.", "issued"),
        ("The campaign released a video mocking the governor.", "released"),
        ("The senator posted that the vote had been rigged.", "posted"),
    ],
)
def test_published_statement_is_for_the_model(sentence: str, word: str) -> None:
    """A statement, a video or a clause after the verb: the guard leaves it alone."""
    assert _guarded(sentence, word) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Owen Hale (41), of Mill Lane, Carrick, has pleaded not guilty to 12 counts of fraud.",
        "The former treasurer pleaded guilty to two charges of theft on Tuesday.",
        "The driver pleads no contest to the charge.",
    ],
)
def test_plea_is_a_legal_act(sentence: str) -> None:
    """*pleaded not guilty*, *pleaded guilty*, *pleads no contest*: a plea, no claim."""
    word = next(w for w in sentence.split() if w.startswith("plead"))
    assert _guarded(sentence, word) == "plea"


def test_plea_stays_in_the_authors_voice() -> None:
    """The court report's sentence keeps no source named after a comma."""
    text = "Owen Hale (41), of Mill Lane, Carrick, has pleaded not guilty to 12 counts of fraud."
    claims = Annotator(decisions="learned").annotate(text).claims
    assert [c.source.type.value for c in claims] == ["author"]


def test_pleaded_with_a_clause_is_for_the_model() -> None:
    """*pleaded with the council to* is an appeal, not a plea: no guard."""
    text = "Residents pleaded with the council to keep the library open."
    assert _guarded(text, "pleaded") is None


def test_impersonal_cue_is_kept_over_the_models_veto() -> None:
    """SPEC: *it is understood* signals an unnamed attribution (unspecified,
    alleged). The model scores it as a veto; the rule reading stands, and explain
    says so."""
    text = "It is understood the army has been asked to send boats to the flooded towns."
    decided = _decided(text)
    assert not decided.vetoed
    line = learned.explain(text, 0)
    assert line.startswith("kept 'It is understood' (score -")
    assert "kept as impersonal" in line
    claims = Annotator(decisions="learned").annotate(text).claims
    assert [(c.source.type.value, c.confidence) for c in claims] == [
        ("unspecified", Confidence.ALLEGED)
    ]


def test_nested_attitude_cue_is_kept_over_the_models_veto() -> None:
    """SPEC: in *X said Y believes C*, C's source is Y, with X in its chain. The
    model would veto *believe* right after *said*; the nested reading stands."""
    text = (
        "Inspector Ruth Calder said detectives believe the fire was started "
        "deliberately in the early hours."
    )
    line = learned.explain(text, text.index("believe"))
    assert line.startswith("kept 'believe' (score -")
    assert "kept as nested" in line
    claims = Annotator(decisions="learned").annotate(text).claims
    last = claims[-1]
    assert (last.source.text, last.confidence) == ("detectives", Confidence.HEDGED)
    assert [c.text for c in last.chain] == ["Inspector Ruth Calder"]
