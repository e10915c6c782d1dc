"""Shapes met in diplomatic, defence, crypto-enforcement, earthquake, royal and
vaccination stories (the composed articles of round 9), each once read wrong.

Composed news sentences.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- sources -----------------------------------------------------------------------------


def test_a_body_named_with_and_after_the_content_is_the_source() -> None:
    """'C, the Securities and Exchange Commission said': *and* inside a body's name
    after *the* joins no clauses, so the inverted source is the whole name."""
    for name in (
        "the Securities and Exchange Commission",
        "the Department of Health and Human Services",
        "the Disaster and Emergency Management Authority (AFAD)",
    ):
        (claim,) = _attributed(f"The new rules take effect in May, {name} said.")
        assert claim.text == "The new rules take effect in May"
        assert claim.source.type is SourceType.ORGANIZATION, claim.source.reason
        assert "and" in claim.source.text


def test_according_to_reads_past_an_abbreviation_period() -> None:
    """'according to two U.S. officials familiar with the deliberations': the period of
    *U.S.* is inside the phrase, which runs on to its end."""
    (claim,) = _attributed(
        "The Pentagon will send a second carrier to the region, according to two U.S. "
        "officials familiar with the deliberations."
    )
    assert claim.source.text == "two U.S. officials familiar with the deliberations"
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason


def test_a_capitalised_modifier_opening_a_source_is_no_name() -> None:
    """'Local biographer Hugh Farrant said …' then '"…," he told the paper': *Local*
    modifies *biographer*; it is no person for the later *he* to mean."""
    claims = _attributed(
        'Local biographer Hugh Farrant said the rift had been "brewing for years".\n\n'
        '"The household has been slimmed down," he told the paper.'
    )
    assert [c.source.text for c in claims] == ["Hugh Farrant", "Hugh Farrant"]
    names = [
        e.name.text
        for e in claimscope.annotate("Local historians said the mill was older.").entities
    ]
    assert "Local" not in names


def test_who_after_an_appositive_description_means_the_named_person() -> None:
    """'said Priya Natarajan, a 41-year-old nurse in Houston who said she had …':
    *who* follows the description in apposition to the name, so the name speaks;
    'anyone who wants' names nobody before it."""
    claims = _attributed(
        '"I had my savings in there," said Priya Natarajan, a 41-year-old nurse in Houston '
        "who said she had about $60,000 on the platform."
    )
    assert [c.source.text for c in claims] == ["Priya Natarajan", "Priya Natarajan"]
    assert all(c.source.type is SourceType.PERSON for c in claims)


def test_source_nouns_of_enforcement_quake_and_diplomatic_stories() -> None:
    """A regulator's complaint and a meeting's readout are documents, survivors an
    unnamed group, a geological survey and a diplomatic mission bodies, a state news
    agency an outlet."""
    cases = {
        "The complaint, filed Thursday in federal court, says the founder lied.": (
            SourceType.DOCUMENT
        ),
        "Survivors said the building swayed for nearly a minute.": SourceType.ANONYMOUS,
        "The U.S. Geological Survey said the quake was shallow.": SourceType.ORGANIZATION,
        "Iran's mission to the United Nations said the report was baseless.": (
            SourceType.ORGANIZATION
        ),
        "Eleven people were detained, the state-run Anadolu Agency reported.": SourceType.MEDIA,
        "According to a readout of the call, the president raised the issue of tariffs.": (
            SourceType.DOCUMENT
        ),
    }
    for text, expected in cases.items():
        (claim,) = _attributed(text)
        assert claim.source.type is expected, (text, claim.source.reason)


def test_continued_to_do_something_reports_no_speech() -> None:
    """'has continued to attend major family occasions': *continued* tells what the
    Duke went on doing; the sentence is the writer's. *"…," he continued* and
    *continued to push for* still report."""
    doc = claimscope.annotate(
        "The Duke stepped back from royal duties in 2024 but has continued to attend "
        "major family occasions."
    )
    assert [c.source.type for c in doc.claims] == [SourceType.AUTHOR]
    (claim,) = _attributed('"We will not stop," he continued.')
    assert claim.text == '"We will not stop,"'
    (claim,) = _attributed("The senator has continued to push for a single-payer system.")
    assert claim.text.endswith("a single-payer system")


# -- confidence --------------------------------------------------------------------------


def test_whether_after_weighing_is_a_deliberation_not_a_doubt() -> None:
    """'The Pentagon is weighing whether to send a carrier': *whether* opens what is
    deliberated, a fact the officials report, not a doubt on it."""
    (claim,) = _attributed(
        "The Pentagon is weighing whether to send a second carrier, two officials said."
    )
    assert claim.confidence == "reported", claim.cues


# -- page furniture ----------------------------------------------------------------------


def test_a_caption_closed_by_a_bracketed_credit_is_no_claim() -> None:
    """'… last month. (U.S. Navy)', '… on Feb. 7. (AA Photo)': a short credit in
    brackets after the caption's last sentence makes the paragraph a caption."""
    for credit in ("(U.S. Navy)", "(AA Photo)", "(Reuters)"):
        text = (
            "Pentagon weighs second carrier\n\n"
            f"Sailors prepare a jet for launch aboard a carrier last month. {credit}\n\n"
            "The Pentagon is weighing whether to send a second carrier, officials said."
        )
        claims = claimscope.annotate(text).claims
        assert [c.text for c in claims] == [
            "The Pentagon is weighing whether to send a second carrier"
        ]


def test_a_transcript_cue_in_brackets_is_no_credit() -> None:
    """'… by June. (Applause)': a transcript's stage note closes a speech paragraph,
    which keeps its claim."""
    text = (
        "Rally in Ohio\n\n"
        "The senator spoke for an hour in Toledo on Saturday.\n\n"
        "Thousands of people waited outside the hall in the rain.\n\n"
        "Many had travelled from Detroit and Cleveland.\n\n"
        "The senator said the plant would reopen by June. (Applause)\n\n"
        "The crowd cheered."
    )
    (claim,) = _attributed(text)
    assert claim.text == "the plant would reopen by June"


def test_print_edition_and_rights_lines_are_no_claims() -> None:
    """'Appeared in the February 20, 2026, print edition as …' and the 'All Rights
    Reserved.' a copyright line ends with are a newspaper's furniture."""
    text = (
        "SEC sues exchange founder\n\n"
        "The regulator sued the founder on Thursday, the agency said.\n\n"
        "Appeared in the February 20, 2026, print edition as 'SEC Sues Founder'.\n\n"
        "Copyright ©2026 The Ledger Company, Inc. All Rights Reserved."
    )
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["The regulator sued the founder on Thursday"]


def test_think_twice_is_an_idiom_not_a_hedge() -> None:
    """'so that others think twice': the idiom (to hesitate) holds no belief of the
    speaker's, so the quotation is reported, not hedged."""
    (claim,) = _attributed(
        '"They want to make an example of the Dutch so that others think twice," the diplomat said.'
    )
    assert claim.confidence == "reported", claim.cues


def test_a_paper_that_can_reveal_speaks_in_its_own_voice() -> None:
    """'…, the Sunday Courier can reveal': the writer's own paper states the news; the
    sentence is the author's, not a claim sourced to an outlet."""
    doc = claimscope.annotate(
        "The couple are preparing to leave their Norfolk home, the Sunday Courier can reveal."
    )
    assert [c.source.type for c in doc.claims] == [SourceType.AUTHOR]
    (claim,) = _attributed("The minister revealed that the plan had been shelved.")
    assert claim.text == "the plan had been shelved"


def test_a_name_after_a_specialist_description_names_the_speaker() -> None:
    """'The exchange's new chief executive, restructuring specialist Ellen Marsh,
    said': the name after *restructuring specialist* is the chief executive's; a
    specialist alone is an unnamed person."""
    (claim,) = _attributed(
        "The exchange's new chief executive, restructuring specialist Ellen Marsh, said "
        "the records were the worst she had seen."
    )
    assert claim.source.text == "Ellen Marsh"
    (claim,) = _attributed("A security specialist said the flaw was serious.")
    assert claim.source.type is SourceType.ANONYMOUS, claim.source.reason


def test_an_expectation_met_is_no_hedge() -> None:
    """'the summons had been expected but its tone was harsh': an expectation already
    met leaves nothing in doubt; 'had been expected to reopen' still looks ahead."""
    claims = _attributed(
        "A European diplomat said the summons had been expected but that its tone was harsh."
    )
    # two contents of one verb ('but that' is cut like 'and that'), neither hedged
    assert [c.text for c in claims] == ["the summons had been expected", "its tone was harsh"]
    assert all(c.confidence == "reported" for c in claims), [c.cues for c in claims]
    (claim,) = _attributed("Officials said the bridge had been expected to reopen in May.")
    assert claim.confidence == "hedged", claim.cues
