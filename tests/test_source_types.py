"""Source types by meaning, not capitalisation (issue 15): companies and countries
speaking as bodies, fact-checkers and broadcasters as outlets, films and cities by
their head noun, unnamed people and quantifiers as anonymous.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType
from claimscope.sources import classify


def _source(text: str) -> claimscope.Source:
    claims = [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]
    assert claims, f"no attributed claim in {text!r}"
    return claims[0].source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wells Fargo said it would end the sales targets in January.", "Wells Fargo"),
        ("Boeing said the grounded jets would fly again by spring.", "Boeing"),
        ("Apple denied that it had slowed down older phones.", "Apple"),
    ],
)
def test_companies_are_organizations(text: str, expected: str) -> None:
    """A well-known company speaking as a body is an organization, not a person."""
    source = _source(text)
    assert source.type is SourceType.ORGANIZATION
    assert source.text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the sanctions would fail.",
        "China insisted that the islands had always been its territory.",
        "The United States warned that the talks could collapse.",
    ],
)
def test_countries_speak_for_their_governments(text: str) -> None:
    """A country acting as its government is an organization (like a capital)."""
    assert _source(text).type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "Politifact said the claim about the shootings was true.",
        "RT America said it would send a reporter to the region.",
        "Xinhua reported that the factory had reopened.",
    ],
)
def test_outlets_named_in_the_lexicon_are_media(text: str) -> None:
    """Fact-checkers, broadcasters and news agencies are outlets."""
    assert _source(text).type is SourceType.MEDIA


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("About a dozen people", SourceType.ANONYMOUS),
        ("people close to the president", SourceType.ANONYMOUS),
        ("Not everyone", SourceType.ANONYMOUS),
        ("his relatives", SourceType.ANONYMOUS),
        ("federal prosecutors", SourceType.ANONYMOUS),
        ("The film", SourceType.DOCUMENT),
        ("a documentary", SourceType.DOCUMENT),
        ("The city", SourceType.ORGANIZATION),
        ("the watchdog", SourceType.ORGANIZATION),
        ("her daughter", SourceType.PERSON),
    ],
)
def test_description_heads_type_the_phrase(phrase: str, expected: SourceType) -> None:
    """A description takes its type from its head noun (``entity_nouns.txt``), as the
    entity model does; plural and irregular plural people nouns are unnamed groups."""
    kind, reason = classify(phrase)
    assert kind is expected, reason


def test_a_city_speaking_is_an_organization() -> None:
    """'The city said': the city's government speaks."""
    source = _source("The city said it would repave the road before winter.")
    assert source.type is SourceType.ORGANIZATION


def test_people_close_to_someone_are_anonymous() -> None:
    """'people close to the president said': unnamed people, not a person."""
    source = _source("People close to the president said he would not resign.")
    assert source.type is SourceType.ANONYMOUS


def test_prosecutors_are_unnamed_people() -> None:
    """'prosecutors said': unnamed individuals, like 'officials' (SPEC anonymous)."""
    source = _source("Federal prosecutors said the developers had defrauded investors.")
    assert source.type is SourceType.ANONYMOUS


def test_they_does_not_refer_to_a_country_mentioned_as_a_place() -> None:
    """A country is typed organization when it speaks, but 'they' after a mention of
    it as a place still means the people named before."""
    doc = claimscope.annotate(
        "Campaign aides discussed a collaborative approach to Burma. "
        "But they emphasized that the sanctions had worked."
    )
    (claim,) = [c for c in doc.claims if c.source.type is not SourceType.AUTHOR]
    assert claim.source.text == "Campaign aides"
    assert claim.source.type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a series of tweets", SourceType.DOCUMENT),
        ("a couple of letters", SourceType.DOCUMENT),
        ("a handful of aides", SourceType.ANONYMOUS),
        ("a number of tax experts", SourceType.ANONYMOUS),
    ],
)
def test_counted_phrases_take_the_type_of_what_they_count(
    phrase: str, expected: SourceType
) -> None:
    """'a series of tweets' is tweets (document), not unidentified people."""
    assert classify(phrase)[0] is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a policy paper", SourceType.DOCUMENT),
        ("the white paper", SourceType.DOCUMENT),
        ("the paper", SourceType.MEDIA),
        ("dozens of papers ranging from the Times to the Post", SourceType.MEDIA),
        ("hundreds of residents", SourceType.ANONYMOUS),
    ],
)
def test_papers_and_counted_outlets(phrase: str, expected: SourceType) -> None:
    """'a policy paper' is a document, 'the paper' an outlet; 'dozens of papers
    ranging …' counts outlets ('ranging' ends the head like 'familiar')."""
    assert classify(phrase)[0] is expected
