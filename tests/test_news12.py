"""Readings found by composing a union vote, a heatwave, a church safeguarding review
and a box-office report (round 11, helper news12): a company described with a
*which* clause, plural acronyms that name no body, and tallies and bulletins as
documents.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType
from claimscope.testing import claim_holding


def _claim(text: str, words: str) -> claimscope.Claim:
    return claim_holding(claimscope.annotate(text), words)


COMPANY = (
    "Brantley Motors, which builds three electric SUVs and a pickup at the plant, said "
    "in a statement that it respected the workers' decision. "
    '"We will meet the union in good faith," the company said. '
    "It added that talks could begin next month."
)


def test_a_name_described_with_which_is_a_body() -> None:
    """*Brantley Motors, which builds …, said*: a *which* clause describes a thing or
    a body, never a person, so the name is an organisation and the later *it* and
    *the company* are that company, not the plural acronym inside the clause."""
    first = _claim(COMPANY, "respected the workers")
    assert first.source is not None
    assert first.source.type is SourceType.ORGANIZATION
    for words in ("good faith", "talks could begin"):
        source = _claim(COMPANY, words).source
        assert source is not None and source.text == "Brantley Motors", words


def test_a_one_word_name_described_with_which_is_a_body() -> None:
    """A one-word company name with a *which* clause is typed as a body too."""
    text = (
        "Ardlow, which runs 40 care homes in the region, said it would appeal the "
        "ruling. It added that residents would not be affected."
    )
    for words in ("appeal the ruling", "residents would not"):
        source = _claim(text, words).source
        assert source is not None and source.text == "Ardlow", words
        assert source.type is SourceType.ORGANIZATION


def test_a_sentence_relative_after_a_name_types_nothing() -> None:
    """*He thanked Nadia Osei, which surprised colleagues*: the *which* clause after a
    name that does not open its sentence is about the whole clause; the person stays
    a person."""
    text = (
        "Nadia Osei said the report was accurate. The minister later thanked Nadia "
        "Osei, which surprised colleagues."
    )
    source = _claim(text, "the report was accurate").source
    assert source is not None and source.type is SourceType.PERSON


def test_a_plural_acronym_is_not_the_company() -> None:
    """*SUVs*, *NGOs*: a plural acronym names many things, never the one body that
    *it* or *the company* means."""
    text = (
        "Tovena said on Monday it had sold more SUVs than expected. The company said "
        "demand would stay strong."
    )
    source = _claim(text, "demand would stay strong").source
    assert source is not None and source.text == "Tovena"


def test_tallies_and_bulletins_are_documents() -> None:
    """*according to a tally released by the elections office*, *the bulletin
    added*: written artefacts speaking, typed ``document``."""
    tally = _claim(
        "Of the 900 votes cast, 512 were for the proposal, according to a tally "
        "released by the county elections office.",
        "512 were for the proposal",
    ).source
    assert tally is not None and tally.type is SourceType.DOCUMENT
    bulletin = _claim("Light rain is likely on Sunday, the bulletin added.", "Light rain").source
    assert bulletin is not None and bulletin.type is SourceType.DOCUMENT


def test_services_and_bureaus_are_bodies() -> None:
    """*the weather service warned*, *the bureau said*: public bodies speaking, typed
    ``organization`` (no person is called *the service*)."""
    for text, words in (
        ("The fire service said crews had rescued two people from the roof.", "crews had"),
        ("The weather bureau said temperatures would fall by the weekend.", "temperatures"),
    ):
        source = _claim(text, words).source
        assert source is not None and source.type is SourceType.ORGANIZATION, text


def test_a_quoted_title_before_the_speaker_is_not_their_quote() -> None:
    """*"Harbour Lights" director Ana Ruiz said … that C*: a quotation opening the
    sentence with no punctuation inside names a film; the claim is the clause after
    the cue, not the title."""
    text = (
        "Ticket sales rose for a third week. "
        '"Harbour Lights" director Ana Ruiz said in an interview on Friday that the '
        "studio had cut ten minutes from her film."
    )
    claim = _claim(text, "cut ten minutes")
    assert claim.source is not None and "Ana Ruiz" in claim.source.text
    assert all(c.text != '"Harbour Lights"' for c in claimscope.annotate(text).claims)


def test_quoted_speech_before_its_tag_is_still_the_quote() -> None:
    """A quotation ending with a comma stays the content of the tag after it, even
    when the verb has more words after it."""
    text = '"We will not close the plant," Ana Ruiz said in an interview on Friday.'
    claim = _claim(text, "close the plant")
    assert claim.source is not None and "Ana Ruiz" in claim.source.text


def test_wanting_to_be_believed_is_no_hedge() -> None:
    """*he had waited 20 years to be believed*: a passive infinitive ending its
    clause names what someone sought; *is believed to have fled* stays a hedge."""
    plain = _claim(
        "A former pupil told the inquiry he had waited 20 years to be believed.",
        "waited 20 years",
    )
    assert plain.confidence.value == "reported"
    hedged = _claim(
        "Police said the driver was believed to have fled on foot.", "have fled on foot"
    )
    assert hedged.confidence.value == "hedged"


def test_a_helpline_box_is_furniture() -> None:
    """*If you have been affected by the issues raised in this story, help is
    available …*: the support box under a story is page furniture, not a claim."""
    text = (
        "The council said the shelter would reopen on Monday.\n\n"
        "If you have been affected by the issues raised in this story, help and "
        "support is available from the Samaritans.\n\n"
        "If you or someone you know is struggling, call the helpline on 0800 123 456."
    )
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["the shelter would reopen on Monday"]
