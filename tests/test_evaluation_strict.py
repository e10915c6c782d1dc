"""The strict PolNeAR source metric: trimming, head words, and how it sits beside lenient.

Gold attributions and claims are composed here from the model classes, so each
expected count is worked out by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope.evaluation import METRICS, GoldAttribution, GoldDocument, score_document
from claimscope.evaluation.phrases import agrees, head_word, strict_source, trim_phrase
from claimscope.model import Claim, Document, Sentence, Source, Span

TEXT = (
    "The Trump campaign's senior adviser, Jason Miller, said the rally would go ahead. "
    "A spokesman for the mayor said roads would close. "
    "Secretary of State Hillary Clinton said talks had stalled."
)


def at(fragment: str) -> tuple[int, int]:
    """The span of the only occurrence of ``fragment`` in TEXT."""
    start = TEXT.index(fragment)
    assert TEXT.find(fragment, start + 1) < 0, f"{fragment!r} occurs twice"
    return start, start + len(fragment)


def claim(content: str, source: str, mention: str | None = None) -> Claim:
    """A person claim over ``content`` with the given source (and local mention)."""
    a, b = at(content)
    s, e = at(source)
    local = None
    if mention is not None:
        m, n = at(mention)
        local = Span(TEXT[m:n], m, n)
    return Claim(
        a, b, TEXT[a:b], 0, "indirect", "reported", Source("person", TEXT[s:e], s, e, local)
    )


def gold_doc(content: str, source: str) -> GoldDocument:
    """A gold document with one attribution."""
    attribution = GoldAttribution("E1", (at(content),), (at(source),))
    return GoldDocument("d", TEXT, (attribution,))


def scored(gold: GoldDocument, *claims: Claim) -> tuple[int, int]:
    """``(lenient, strict)`` correct counts."""
    doc = Document(TEXT, (Sentence(0, len(TEXT), TEXT),), claims)
    s = score_document(gold, doc).scores
    return s.source, s.strict


@pytest.mark.parametrize(
    ("phrase", "trimmed"),
    [
        ("The Trump campaign", "trump campaign"),
        ("“the Trump campaign,”", "trump campaign"),
        ("  a  spokesman. ", "spokesman"),
        ("his aides", "aides"),
        ("the", ""),
        ("", ""),
    ],
)
def test_trimming_drops_determiners_punctuation_and_case(phrase: str, trimmed: str) -> None:
    """Leading determiners, end punctuation and quote marks go; case is folded."""
    assert trim_phrase(phrase) == trimmed


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("Jason Miller", "miller"),
        ("The Trump campaign's senior adviser, Jason Miller", "adviser"),
        ("a spokesman for the mayor", "spokesman"),
        ("officials with knowledge of the talks", "officials"),
        ("Secretary of State Hillary Clinton", "clinton"),
        ("Bank of America", "america"),
        ("the mayor's", "mayor"),
        ("Sen. Tim Kaine (D-Va.)", "kaine"),
        ("critics who oppose the plan", "critics"),
        ("he", "he"),
        ("the", "the"),
        ("", ""),
    ],
)
def test_head_word_is_the_last_word_before_an_appositive_or_a_tail(phrase: str, head: str) -> None:
    """The head: last word before a comma/bracket, or before *of/for/with/who*
    after a common noun; names and titles with *of* keep their last word."""
    assert head_word(phrase) == head


def test_phrases_agree_when_equal_once_trimmed_or_on_the_head_word() -> None:
    """Equal once trimmed, or the same head word; a different head disagrees."""
    assert agrees("the Trump campaign", "Trump campaign")
    assert agrees("senior adviser Jason Miller", "Miller")
    assert agrees("Miller", "Jason Miller, the campaign's adviser")
    assert not agrees("the mayor's office", "the mayor")
    assert not agrees("", "")


def test_strict_needs_an_overlapping_span_whose_words_agree() -> None:
    """The span that overlaps the gold source must be the one whose words agree."""
    gold = [at("Jason Miller")]
    assert strict_source(TEXT, [at("Miller")], gold)
    # Agreeing words elsewhere in the text do not count: it may be someone else.
    two = "He said rates would rise. He said taxes would fall."
    assert not strict_source(two, [(26, 28)], [(0, 2)])
    assert strict_source(two, [(26, 28)], [(26, 28)])
    assert not strict_source(TEXT, [at("adviser, Jason Miller, said")], gold)


def test_lenient_right_sources_can_be_strict_wrong() -> None:
    """A source running on into other words overlaps (lenient) but is not the phrase."""
    gold = gold_doc("the rally would go ahead", "Jason Miller")
    exact = claim("the rally would go ahead", "Jason Miller")
    long = claim("the rally would go ahead", "Jason Miller, said")
    office = claim("the rally would go ahead", "The Trump campaign's senior adviser")
    assert scored(gold, exact) == (1, 1)
    assert scored(gold, long) == (1, 1)  # same head word once the comma cuts it
    assert scored(gold, office) == (0, 0)


def test_the_local_mention_can_make_a_source_strict_right() -> None:
    """When the best mention is elsewhere, the local mention is compared instead."""
    gold = gold_doc("roads would close", "A spokesman for the mayor")
    by_mention = claim(
        "roads would close", "Jason Miller", mention="A spokesman for the mayor said"
    )
    assert scored(gold, by_mention) == (1, 1)
    wrong_words = claim("roads would close", "Jason Miller", mention="the mayor said roads")
    assert scored(gold, wrong_words) == (1, 0)


def test_a_title_before_a_name_is_strict_right_by_head_word() -> None:
    """*Secretary of State Hillary Clinton* for gold *Hillary Clinton*."""
    gold = gold_doc("talks had stalled", "Hillary Clinton")
    assert scored(gold, claim("talks had stalled", "Secretary of State Hillary Clinton")) == (1, 1)


def test_the_strict_metric_is_in_the_table_after_lenient() -> None:
    """``attribution-strict`` sits right after ``attribution``."""
    assert METRICS.index("attribution-strict") == METRICS.index("attribution") + 1


@given(st.text(max_size=30), st.text(max_size=30))
def test_agreement_is_symmetric_and_trimming_idempotent(a: str, b: str) -> None:
    """Agreement does not depend on the order; trimming twice changes nothing; a
    phrase with a head word agrees with itself."""
    assert agrees(a, b) == agrees(b, a)
    assert trim_phrase(trim_phrase(a)) == trim_phrase(a)
    assert agrees(a, a) == bool(trim_phrase(a) or head_word(a))
