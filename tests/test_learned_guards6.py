"""Junk sources on the learned path (round 6): a cue read where the subject scan
(:func:`claimscope.attribution.who.left_source`) returns a word that is no subject.

* a noun read as a verb right after a bare noun that is a verb's object (*awarded
  task orders*: the source is not *task*);
* a subject with a relative clause on a two-word head (*The staff member who
  reported the call recalled*: the source is not *the call*);
* a self-description in a relative clause on a subject (*A woman who identified
  herself as the sister of the victim admitted that*: *identified* reports nothing,
  *admitted* does);
* a subject with an *-ed* modifier after a comma (*…, loved ones say C*), which
  bounded itself at the modifier, so an earlier content ran on past the comma.

The guards sit in the subject scan, so the rule path gets them too. Composed news
sentences.
"""

from __future__ import annotations

import pytest

from claimscope import Annotator
from claimscope.attribution.context import tokenize
from claimscope.attribution.phrase_shape import object_noun
from claimscope.attribution.vetoes import no_speaker
from claimscope.attribution.who import left_source
from claimscope.model import Cue, CueKind


def _subject(sentence: str, cue: str) -> str | None:
    """The subject :func:`left_source` finds before the first token ``cue``."""
    tokens = tokenize(sentence, 0, len(sentence))
    k = next(i for i, t in enumerate(tokens) if t[2] == cue)
    found = left_source(tokens, k)
    if found is None:
        return None
    start, end, _ = found
    return sentence[tokens[start][0] : tokens[end - 1][1]]


def _sources(text: str, decisions: str) -> list[str | None]:
    """The source phrases of the claims ``Annotator(decisions=...)`` finds in ``text``."""
    return [c.source.text for c in Annotator(decisions=decisions).annotate(text).claims]


# -- a bare noun after a verb is the verb's object, the cue a noun -------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("In March, the agency awarded task orders to three firms for moon missions.", "orders"),
        ("The farmers filed insurance claims after the flood destroyed their crops.", "claims"),
        ("The ministry issued travel warnings for the border region on Friday.", "warnings"),
        ("Regulators opened market reports to public comment last week.", "reports"),
    ],
)
def test_bare_noun_after_a_verb_is_no_subject(sentence: str, cue: str) -> None:
    """A singular bare noun right after a verb that takes no clause is that verb's
    object, and the cue word after it a noun of the same compound: no subject."""
    assert _subject(sentence, cue) is None


@pytest.mark.parametrize(
    ("sentence", "cue", "subject"),
    [
        ("Officials said police believe the fire was set on purpose.", "believe", "police"),
        ("The survey showed voters expect prices to rise again.", "expect", "voters"),
        ("The union warned staff fear further cuts this year.", "fear", "staff"),
        ("The mayor said he expects the bridge to reopen by June.", "expects", "he"),
        ("Hearing him say it in a French accent changed the mood.", "say", "him"),
        (
            "The glossy, money-losing headline reads: \u201cWe will never close.\u201d",
            "reads",
            "headline",
        ),
    ],
)
def test_subject_after_a_verb_still_found(sentence: str, cue: str, subject: str) -> None:
    """A plural noun, a source noun or a pronoun after a verb can open the clause it
    takes, and a noun after a hyphenated modifier is no verb's object: the subject
    found ends with it."""
    found = _subject(sentence, cue)
    assert found is not None and found.endswith(subject)


@pytest.mark.parametrize("decisions", ["rules", "learned"])
def test_task_orders_name_no_source(decisions: str) -> None:
    """*awarded task orders to A, B and C* is no attribution with the source *task*."""
    text = (
        "In May, the agency awarded task orders to Acme, Boreal and Cetus for lunar "
        "missions, but Cetus canceled its order two months later, citing supply problems."
    )
    assert "task" not in _sources(text, decisions)


# -- a relative clause on a subject whose head is two nouns --------------------------


@pytest.mark.parametrize(
    ("sentence", "cue", "subject"),
    [
        (
            "The staff member who reported the call recalled that he was shouting.",
            "recalled",
            "The staff member who reported the call",
        ),
        (
            "The bank teller who handled the deposit said it looked forged.",
            "said",
            "The bank teller who handled the deposit",
        ),
        (
            "A fire crew that reached the scene reported that the roof had collapsed.",
            "reported",
            "A fire crew that reached the scene",
        ),
    ],
)
def test_relative_clause_on_a_compound_head(sentence: str, cue: str, subject: str) -> None:
    """*The staff member who reported the call recalled*: the clause belongs to the
    subject, whose head is two nouns; its object (*the call*) is not the subject."""
    assert _subject(sentence, cue) == subject


def test_complement_that_after_a_verb_and_noun_not_a_relative() -> None:
    """*The report warned staff that managers said*: *that* after a verb's object opens
    a complement, not a clause on the subject; the subject of *said* is *managers*."""
    sentence = "The report warned staff that managers said the plant would close."
    assert _subject(sentence, "said") == "managers"


@pytest.mark.parametrize("decisions", ["rules", "learned"])
def test_relative_clause_object_is_not_the_source(decisions: str) -> None:
    """The object inside a relative clause on the subject is never the source."""
    text = (
        "The staff member who reported the call recalled that he said, "
        '"I will burn the place down," the sheriff\'s office said.'
    )
    assert "the call" not in _sources(text, decisions)


def test_preposition_after_a_verb_is_no_object_noun() -> None:
    """*decided against recommending charges*: a preposition after a verb is no bare
    object noun (the guard is for nouns only)."""
    sentence = "The bureau decided against recommending charges in July."
    tokens = tokenize(sentence, 0, len(sentence))
    k = next(i for i, t in enumerate(tokens) if t[2] == "against")
    assert not object_noun(tokens, k, k - 1)


# -- a self-description in a relative clause on the subject --------------------------

_SELF_DESCRIBED = (
    "A man who identified himself as the uncle of the injured boy admitted that the "
    "family had been warned about the pool. He said the gate was never locked."
)


@pytest.mark.parametrize("decisions", ["rules", "learned"])
def test_self_description_in_a_relative_clause_reports_nothing(decisions: str) -> None:
    """*A man who identified himself as the uncle … admitted that C*: the relative
    clause only says who the man is; *admitted* reports C, and *identified* no
    claim (its content would swallow the main clause)."""
    claims = Annotator(decisions=decisions).annotate(_SELF_DESCRIBED).claims
    assert not [c for c in claims if c.text.startswith("himself as")]
    (admitted,) = [c for c in claims if c.text.startswith("the family had been warned")]
    assert admitted.source.text is not None and "uncle" in admitted.source.text


def test_self_description_in_a_main_clause_still_reports() -> None:
    """*The senator cast himself as a reformer*: in a main clause the self-portrait is
    the senator's claim (PolNeAR counts it), and the veto leaves it alone."""
    text = "The senator cast himself as a reformer on Tuesday."
    cue = Cue("cast", 12, 16, CueKind.REPORTING, "cast", "neutral")
    assert not no_speaker(text, (0, 11), (17, 49), cue)
    relative = "The senator who cast himself as a reformer lost."
    cue = Cue("cast", 16, 20, CueKind.REPORTING, "cast", "neutral")
    assert no_speaker(relative, (0, 15), (21, 42), cue)


# -- "…, loved ones say": a modified subject after a comma ends the content before ----


def test_loved_ones_after_a_comma_bound_their_subject_at_the_comma() -> None:
    """*…, loved ones say C*: the scan takes *loved* into the subject and stops at the
    comma, which is then the token that bounds it (an earlier content ends there)."""
    sentence = "While police have not named the driver, loved ones say he was 19."
    tokens = tokenize(sentence, 0, len(sentence))
    k = next(i for i, t in enumerate(tokens) if t[2] == "say")
    found = left_source(tokens, k)
    assert found is not None
    start, end, boundary = found
    assert sentence[tokens[start][0] : tokens[end - 1][1]] == "loved ones"
    assert tokens[boundary][2] == ","


@pytest.mark.parametrize("decisions", ["rules", "learned"])
def test_content_stops_before_loved_ones_say(decisions: str) -> None:
    """*Police have not officially identified the driver, loved ones say he was 19*:
    whatever reads *identified* as a cue, its content stops at the comma; the age is
    what the loved ones say."""
    text = (
        "While police have not officially identified the driver killed in the crash, "
        "loved ones say the dead man is Marcus Reid. He was 19."
    )
    claims = Annotator(decisions=decisions).annotate(text).claims
    (reid,) = [c for c in claims if "Marcus Reid" in c.text]
    assert reid.source.text == "loved ones"
