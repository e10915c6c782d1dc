"""Unit tests of source typing (:func:`claimscope.sources.classify`) and mention
resolution (:class:`claimscope.sources.Resolver`) on phrases from composed news
sentences."""

from __future__ import annotations

import pytest

from claimscope.model import SourceType
from claimscope.sources import Resolver, classify, head_phrase, is_role, is_source_noun


@pytest.mark.parametrize(
    "phrase,kind",
    [
        ("Jane Doe", SourceType.PERSON),
        ("the county's chief engineer", SourceType.PERSON),
        ("campaign manager Kellyanne Conway", SourceType.PERSON),
        ("a spokesman for the harbour authority", SourceType.ANONYMOUS),
        ("two senior officers", SourceType.ANONYMOUS),
        ("sources familiar with the talks", SourceType.ANONYMOUS),
        ("the ministry", SourceType.ORGANIZATION),
        ("Acme Corp", SourceType.ORGANIZATION),
        ("Moscow", SourceType.ORGANIZATION),
        ("the FBI", SourceType.ORGANIZATION),
        ("the Springfield Gazette", SourceType.MEDIA),
        ("Reuters", SourceType.MEDIA),
        ("the newspaper", SourceType.MEDIA),
        ("a report by the committee", SourceType.DOCUMENT),
        ("court filings", SourceType.DOCUMENT),
        ("I", SourceType.AUTHOR),
        ("she", SourceType.PERSON),
        ("Jane Doe and her aides", SourceType.PERSON),
    ],
)
def test_classify_types_source_phrases(phrase: str, kind: SourceType) -> None:
    """Names, roles, groups, institutions, outlets, documents and pronouns each get
    the SPEC source type."""
    found, reason = classify(phrase)
    assert found is kind, f"{phrase!r}: {found.value} ({reason})"
    assert reason


def test_classify_says_why() -> None:
    """The reason names the rule that decided (a group's leading member, here)."""
    kind, reason = classify("Jane Doe and two of her aides")
    assert kind is SourceType.PERSON
    assert reason.startswith("leading member of a group")


def test_head_phrase_and_word_tests() -> None:
    """The head of a source phrase ends before its postmodifier; role and source nouns
    are known in the singular and the plural."""
    assert head_phrase("officials briefed on the plan") == "officials"
    assert head_phrase("a lawyer close to the family") == "a lawyer"
    assert is_role("Aides") and is_role("engineer")
    assert is_source_noun("newspapers") and not is_source_noun("bridge")


def _resolve(resolver: Resolver, text: str, mention: str, kind: SourceType) -> str:
    start = text.index(mention)
    return resolver.resolve(mention, start, start + len(mention), kind).text


def test_resolver_links_surname_and_pronoun_to_the_full_name() -> None:
    """*Jane Doe said … Doe added … she warned*: all three are Jane Doe."""
    text = "Jane Doe said the pier was unsafe. Doe added that repairs would wait. She warned…"
    resolver = Resolver()
    assert _resolve(resolver, text, "Jane Doe", SourceType.PERSON) == "Jane Doe"
    assert _resolve(resolver, text, "Doe", SourceType.PERSON) == "Jane Doe"
    assert _resolve(resolver, text, "She", SourceType.PERSON) == "Jane Doe"


def test_resolver_keeps_a_pronoun_of_the_other_gender_apart() -> None:
    """*Mrs Doe … he*: a masculine pronoun does not go to a woman."""
    text = "Mrs Jane Doe said the pier was unsafe. He disagreed."
    resolver = Resolver()
    _resolve(resolver, text, "Mrs Jane Doe", SourceType.PERSON)
    assert _resolve(resolver, text, "He", SourceType.PERSON) == "He"


def test_resolver_points_a_generic_anaphor_back() -> None:
    """*The Springfield Gazette reported … the paper added*: the paper is the Gazette;
    a specific noun (*the council*) is a source of its own."""
    text = "The Springfield Gazette reported the closure. The paper added more. The council…"
    resolver = Resolver()
    _resolve(resolver, text, "The Springfield Gazette", SourceType.MEDIA)
    assert _resolve(resolver, text, "The paper", SourceType.MEDIA) == "The Springfield Gazette"
    assert _resolve(resolver, text, "The council", SourceType.ORGANIZATION) == "The council"


def test_resolver_links_a_titled_surname() -> None:
    """*Senator Jane Doe … Sen. Doe*: a title with a surname names the person met."""
    text = "Senator Jane Doe opposed the bill. Sen. Doe said it would fail."
    resolver = Resolver()
    _resolve(resolver, text, "Senator Jane Doe", SourceType.PERSON)
    assert _resolve(resolver, text, "Sen. Doe", SourceType.PERSON) == "Senator Jane Doe"


@pytest.mark.parametrize(
    "phrase,kind",
    [
        ("The Springfield Gazette", SourceType.MEDIA),
        ("The Star-Ledger", SourceType.MEDIA),
        ("Daily Planet", SourceType.MEDIA),
        ("White House Press Secretary Jane Doe", SourceType.PERSON),
        ("Reporter Tom Reyes", SourceType.PERSON),
        ("the Post Office", SourceType.ORGANIZATION),
    ],
)
def test_outlet_words_count_at_the_ends_of_a_name(phrase: str, kind: SourceType) -> None:
    """lexicons/media_patterns.txt: a name ending (or, for a prefix word, starting)
    with an outlet word is media; the same word inside a person's or an office's name
    is not."""
    assert classify(phrase)[0] is kind, classify(phrase)
