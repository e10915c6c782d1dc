"""The item-gold scorer (news-dev's rule): which claim an item gets, and when it is right.

Items and documents are composed here from the model classes, so the expected counts
are worked out by hand and do not depend on how well the pipeline attributes claims.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimscope.evaluation import GoldFormatError
from claimscope.evaluation.items import (
    PRONOUNS,
    GoldItem,
    ItemReport,
    ItemScores,
    evaluate_items,
    is_item_gold,
    load_items,
    normalise,
    score_item,
    score_items,
    source_matches,
)
from claimscope.evaluation.report import format_item_documents, format_wrong_items
from claimscope.model import Claim, Confidence, Document, Sentence, Source, SourceType, Span

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-dev" / "gold.json"

TEXT = (
    "Flood defences will be finished by March, the Environment Agency’s chief executive, "
    "Sir James Bevan, said on Monday. He added that the work was “on budget”. "
    "Residents doubt it. Photo: the river at dawn."
)


def at(fragment: str, text: str = TEXT) -> tuple[int, int]:
    """The span of the only occurrence of ``fragment`` in ``text``."""
    start = text.index(fragment)
    assert text.find(fragment, start + 1) < 0, f"{fragment!r} occurs twice"
    return start, start + len(fragment)


def claim(
    content: str,
    source: str | None = None,
    kind: SourceType = SourceType.PERSON,
    confidence: Confidence = Confidence.REPORTED,
    text: str = TEXT,
) -> Claim:
    """A claim over ``content`` whose source is the fragment ``source`` (or none)."""
    a, b = at(content, text)
    src = Source(kind)
    if source is not None:
        s, e = at(source, text)
        src = Source(kind, text[s:e], s, e)
    return Claim(a, b, text[a:b], 0, "indirect", confidence, src, rule="X said C")


def item(anchor: str, source: str | list[str] | None = "Sir James Bevan", **kw: object) -> GoldItem:
    """A claim item on ``anchor`` expecting a person, reported, from ``source``."""
    record = {"doc": "d.txt", "anchor": anchor, "source": source, "type": "person"}
    record["confidence"] = "reported"
    record.update(kw)
    return GoldItem.from_dict(record, "test")


BEVAN = claim("Flood defences will be finished by March", "Sir James Bevan")


def test_an_item_takes_the_claim_overlapping_its_anchor_most() -> None:
    """Of two claims touching the anchor, the one covering more of it is scored."""
    small = claim("Flood defences", "the Environment Agency’s chief executive")
    big = claim("will be finished by March", "Sir James Bevan")
    result = score_item(item("defences will be finished"), TEXT, [small, big])
    assert result.claim is big
    assert result.right and result.flags == ""


def test_on_a_tie_the_first_claim_wins() -> None:
    """Two claims covering the anchor equally: the first in document order is taken."""
    first = claim("Flood defences will be", "Sir James Bevan")
    second = claim("will be finished", "the Environment Agency")
    assert score_item(item("defences will be finished"), TEXT, [first, second]).claim is first


def test_quotes_brackets_and_case_are_normalised_before_comparing_sources() -> None:
    """Curly quotes, brackets and ``.,:;`` become spaces; case is folded."""
    assert normalise("“The U.S. Attorney’s Office” (WDNY);") == "the u s attorney s office wdny"
    text = "Prices will rise, the U.S. Attorney's Office said."
    c = claim("Prices will rise", "the U.S. Attorney's Office", SourceType.ORGANIZATION, text=text)
    assert source_matches(("U.S. Attorney’s Office",), c)
    assert source_matches(("[U.S. Attorney's office]",), c)


def test_a_short_predicted_source_contained_in_the_expected_one_counts() -> None:
    """The predicted text may be inside the expected one when 3+ characters long."""
    text = "Taxes will fall, Bevan said."
    assert source_matches(("Sir James Bevan",), claim("Taxes will fall", "Bevan", text=text))


def test_a_pronoun_never_counts_as_contained_in_the_expected_source() -> None:
    """*He* is inside *Stephen Hepburn* as letters, but a pronoun names nobody."""
    text = "A vote was rigged, he said."
    c = claim("A vote was rigged", "he", text=text)
    assert not source_matches(("Stephen Hepburn",), c)
    assert "he" in PRONOUNS and "they" in PRONOUNS


def test_an_expected_null_source_wants_no_text_or_a_nameless_type() -> None:
    """``source: null`` is right for an author or unspecified claim, wrong for a named one."""
    author = claim("Residents doubt it", kind=SourceType.AUTHOR, confidence=Confidence.ASSERTED)
    assert source_matches(None, author)
    unspecified = claim("Residents doubt it", kind=SourceType.UNSPECIFIED)
    assert source_matches(None, unspecified)
    assert not source_matches(None, claim("Residents doubt it", "Residents"))


def test_a_claim_without_source_text_is_wrong_when_a_source_is_expected() -> None:
    """An empty predicted source contains nothing and is contained in nothing."""
    author = claim("Residents doubt it", kind=SourceType.AUTHOR)
    assert not source_matches(("Residents",), author)


def test_type_and_confidence_accept_one_value_or_a_list() -> None:
    """A list of accepted values is right when the claim has any of them."""
    one = item("will be finished by March", type="organization")
    either = item("will be finished by March", type=["organization", "person"])
    assert score_item(one, TEXT, [BEVAN]).flags == "T"
    assert score_item(either, TEXT, [BEVAN]).right
    hedged = item("will be finished by March", confidence=["hedged", "alleged"])
    assert score_item(hedged, TEXT, [BEVAN]).flags == "C"


def test_a_none_item_is_right_only_when_no_claim_overlaps_it() -> None:
    """Non-claims (captions here) are right when left alone."""
    caption = GoldItem("d.txt", "Photo: the river", none=True)
    assert score_item(caption, TEXT, [BEVAN]).right
    covering = claim("Photo: the river at dawn", kind=SourceType.AUTHOR)
    wrong = score_item(caption, TEXT, [BEVAN, covering])
    assert not wrong.right and wrong.flags == "NONE"


def test_a_missed_claim_is_not_found_and_not_right() -> None:
    """A claim item with no overlapping claim counts as not found."""
    result = score_item(item("the work was “on budget”"), TEXT, [BEVAN])
    assert not result.found and not result.right and result.flags == "MISSED"


def test_counts_follow_the_readme_report() -> None:
    """Items right of all; found of claim items; source/type/confidence of found; nones."""
    doc = Document(TEXT, (Sentence(0, len(TEXT), TEXT),), (BEVAN,))
    items = [
        item("will be finished by March"),  # right
        item("Flood defences will", source="Environment Agency"),  # source wrong
        item("the work was “on budget”"),  # missed
        GoldItem("d.txt", "Photo: the river", none=True),  # left alone
    ]
    results = score_items(items, {"d.txt": doc})
    scores = ItemScores.of(results)
    assert attrs_tuple(scores) == (4, 2, 3, 2, 1, 2, 2, 1, 1)
    assert scores.ratios()["source"] == 0.5
    assert scores.summary().startswith("items fully right 2/4 = 0.500; claims found 2/3")
    report = ItemReport("gold.json", results)
    assert [r.item.anchor for r in report.wrong()] == [
        "Flood defences will",
        "the work was “on budget”",
    ]
    listing = format_wrong_items(report)
    assert "MISSED" in listing and "want Environment Agency / person / reported" in listing
    assert "| d.txt " in format_item_documents(report)


def attrs_tuple(scores: ItemScores) -> tuple[int, ...]:
    """The counts in field order."""
    return (
        scores.items,
        scores.right,
        scores.claims,
        scores.found,
        scores.source,
        scores.type,
        scores.confidence,
        scores.nones,
        scores.nones_right,
    )


@given(st.text(max_size=40))
def test_normalise_is_idempotent_and_leaves_no_marks(text: str) -> None:
    """Normalising twice changes nothing, and no quote, bracket or ``.,:;`` is left."""
    once = normalise(text)
    assert normalise(once) == once
    assert not set(once) & set("‘’“”'\"()[]{}.,:;")


def test_loading_reads_articles_beside_the_gold_and_checks_anchors(tmp_path: Path) -> None:
    """Articles come from ``articles/``; a bad record or a missing anchor is named."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "d.txt").write_text(TEXT, encoding="utf-8")
    gold = {"items": [item("will be finished by March").to_dict()]}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert is_item_gold(gold) and not is_item_gold({"labels": []})
    items, texts = load_items(path)
    assert items[0].types == ("person",) and texts == {"d.txt": TEXT}
    gold["items"][0]["anchor"] = "not in the article"
    path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"does not occur in d\.txt"):
        load_items(path)
    path.write_text(json.dumps({"items": [{"doc": "d.txt", "anchor": "x", "type": 3}]}))
    with pytest.raises(GoldFormatError, match=r"items\[0\]\.type: expected a string or a list"):
        load_items(path)


@pytest.mark.skipif(not DATA.exists(), reason="news-dev data (../shared/data) is absent")
def test_news_dev_scores_every_item_with_the_real_pipeline() -> None:
    """The real item gold loads, every article is annotated and every item is scored."""
    report = evaluate_items(DATA)
    scores = report.scores
    assert scores.items == scores.claims + scores.nones == len(report.results) > 0
    assert 0 < scores.right <= scores.items
    assert set(report.by_document()) == {r.item.doc for r in report.results}


def test_span_type_is_available_for_mentions() -> None:
    """A claim whose source carries a local mention still compares by ``source.text``."""
    text = "Rates will rise, she said, the governor Ann Lee."
    a, b = at("Rates will rise", text)
    s, e = at("Ann Lee", text)
    m, n = at("she", text)
    c = Claim(
        a,
        b,
        text[a:b],
        0,
        "indirect",
        "reported",
        Source("person", "Ann Lee", s, e, Span("she", m, n)),
    )
    assert source_matches(("Ann Lee",), c)
