"""Readings found by composing Indian, Pakistani, South African, Ghanaian, Australian and
Canadian news (round 11, helper news11b): capitalised role titles in apposition to a
name, bodies named for their members, and the other fixes of this round.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType
from claimscope.testing import claim_holding


def _claim(text: str, words: str) -> claimscope.Claim:
    return claim_holding(claimscope.annotate(text), words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The group's Executive Director, Ms Efua Mensah-Bonsu, said the river had "
            "turned brown within a week.",
            "Ms Efua Mensah-Bonsu",
        ),
        (
            "Its President, Nana Kwame Adjei II, told reporters that the chiefs were "
            "ready to work with the security agencies.",
            "Nana Kwame Adjei II",
        ),
        (
            "The Minister for Lands and Natural Resources, Mr Kofi Asamoah-Boateng, has "
            "said the government will deploy a task force to the river basins.",
            "Mr Kofi Asamoah-Boateng",
        ),
        (
            "The council's Chief Executive, Dr Priya Raghavan, said the budget gap "
            "had widened to Rs40 crore.",
            "Dr Priya Raghavan",
        ),
    ],
)
def test_a_capitalised_title_before_a_name_gives_the_name(text: str, name: str) -> None:
    """Many outlets capitalise the role (*Its President, Nana …, told*); the title is
    read as a name, but it still stands in apposition to the person after it, who is
    the source and keeps the person's name, not the longer title."""
    source = claimscope.annotate(text).claims[0].source
    assert source.text == name
    assert source.type is SourceType.PERSON


def test_the_title_is_no_subject_after_a_preposition() -> None:
    """*After meeting the President, Jane Roe said*: the title is governed by the
    preposition, so it is not Jane Roe."""
    text = "After meeting the President, Jane Roe said the talks had gone well."
    doc = claimscope.annotate(text)
    roe = [e for e in doc.entities if e.name.text == "Jane Roe"]
    assert roe and "the President" not in [m.text for m in roe[0].mentions]


@pytest.mark.parametrize(
    "text",
    [
        "The Small Scale Miners Alliance of Ghana dismissed the report as exaggerated.",
        "The Cocoa Farmers Association of Kumasi said prices had fallen for a third month.",
    ],
)
def test_a_body_named_for_its_members_keeps_its_whole_name(text: str) -> None:
    """A plural role noun before an organisation word names the body's members (*Miners
    Alliance*), not the role of a person named after it: the whole name is the source."""
    source = claimscope.annotate(text).claims[0].source
    assert source.text.startswith(("The Small Scale", "The Cocoa Farmers"))
    assert source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Eastern Regional House of Chiefs said it would sanction any chief found "
            "selling land to miners.",
            "The Eastern Regional House of Chiefs",
            SourceType.ORGANIZATION,
        ),
        (
            "The Fiji Labour Mobility Unit said it was working with employers to recover "
            "the unpaid wages.",
            "The Fiji Labour Mobility Unit",
            SourceType.ORGANIZATION,
        ),
        (
            "The regional district said the evacuation alert had been issued on Thursday.",
            "The regional district",
            SourceType.ORGANIZATION,
        ),
        (
            "The submission argued that a national licensing scheme would work better.",
            "The submission",
            SourceType.DOCUMENT,
        ),
    ],
)
def test_bodies_and_written_evidence_are_typed_as_such(
    text: str, name: str, kind: SourceType
) -> None:
    """*House of Chiefs* is one body's name (a head word before *of*), *Unit* ends a
    body's name, a regional or school *district* speaks as a body and a *submission*
    to an inquiry is a written artefact."""
    source = claimscope.annotate(text).claims[0].source
    assert source.text == name
    assert source.type is kind


def test_a_surname_before_of_stays_a_persons() -> None:
    """*Dr Gregory House of Princeton*: a given name before the head word makes it a
    surname, so *of Princeton* names where he works."""
    text = "Dr Gregory House of Princeton said the results were encouraging."
    source = claimscope.annotate(text).claims[0].source
    assert source.text == "Dr Gregory House"
    assert source.type is SourceType.PERSON


def test_an_outlet_and_photographer_in_brackets_close_a_caption() -> None:
    """*A worker picks grapes near Robinvale. (ABC News: Jane Doe)*: the Australian
    broadcaster's credit, the outlet and the photographer in brackets, makes the whole
    paragraph a caption, no claim."""
    text = (
        "Growers said the harvest had been the worst in a decade.\n\n"
        "A seasonal worker picks table grapes near Robinvale. (ABC News: Tom Carrick)\n\n"
        "The union said it would lodge a claim with the Fair Work Commission."
    )
    claims = claimscope.annotate(text).claims
    assert not [c for c in claims if "Robinvale" in c.text or "Carrick" in c.text]
    assert len(claims) == 2


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("Tenants are charged $180 a week for a bunk, the council said.", "reported"),
        ("Residents were charged R1 200 for the new meters, the municipality said.", "reported"),
        ("She was charged with fraud, police said.", "alleged"),
    ],
)
def test_charged_a_price_is_no_accusation(text: str, confidence: str) -> None:
    """*were charged $250 a week*: a price, not a criminal charge, so nothing is
    alleged; *was charged with fraud* still is."""
    assert claimscope.annotate(text).claims[0].confidence.value == confidence


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, the regional police command says 27 suspects, including two "
        "foreign nationals, have been arrested in the operation.",
        "Officers said three suspects were taken into custody on Sunday.",
    ],
)
def test_a_counted_plural_is_a_noun_not_a_hedge(text: str) -> None:
    """*43 suspects*, *three suspects*: after a figure or a number word the *-s* form is
    a plural noun, not the verb *suspects* hedging the claim; the content is what the
    police say, not the adverb opening the sentence."""
    claim = claimscope.annotate(text).claims[0]
    assert claim.confidence.value == "reported"
    assert claim.text.startswith(("27 suspects", "three suspects"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Political scientist Harish Menon of Panjab University said the rural vote "
            'had swung.\n\n"Exit polls seem to have missed young voters," he said.',
            "Harish Menon",
        ),
        (
            "Professor Amara Obi of Lagos Business School said rates would rise again.\n\n"
            '"The naira is still under pressure," she said.',
            "Professor Amara Obi",
        ),
    ],
)
def test_of_after_a_described_person_names_where_they_work(text: str, name: str) -> None:
    """*Political scientist Harish Menon of Panjab University*: a role noun before the
    name (or a title opening it) shows a person, so *of …* names the employer, even
    when the given name is not in the lexicon; the pronoun later refers to them."""
    claims = claimscope.annotate(text).claims
    assert [c.source.text for c in claims] == [name, name]
    assert all(c.source.type is SourceType.PERSON for c in claims)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Commissioner Helen Barwick said she was deeply troubled by the evidence.\n\n"
            '"These workers were owed the protection of the law," the Commissioner said.',
            "Commissioner Helen Barwick",
        ),
        (
            "Roads Minister Kofi Asamoah-Boateng said the bridge would reopen in March.\n\n"
            '"We will not cut corners," the sector Minister told journalists.',
            "Roads Minister Kofi Asamoah-Boateng",
        ),
    ],
)
def test_a_capitalised_role_after_the_refers_back_to_its_holder(text: str, name: str) -> None:
    """*the Commissioner said*, *the sector Minister told journalists*: outlets that
    capitalise roles still mean the person named with that role before, as *the
    commissioner* in lower case would."""
    claims = claimscope.annotate(text).claims
    assert [c.source.text for c in claims] == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        "The ABC understands the commission has issued notices to three other firms.",
        "The newspaper understands that the deal was signed on Monday night.",
    ],
)
def test_an_outlet_that_understands_reports_unsourced_knowledge(text: str) -> None:
    """*The ABC understands C*: the outlet reports what it has learnt without naming
    its source, as *it is understood* does (SPEC: alleged); the outlet is the source."""
    claim = claimscope.annotate(text).claims[0]
    assert claim.source.type is SourceType.MEDIA
    assert claim.confidence.value == "alleged"
    assert claim.text.startswith("the ")


def test_a_person_who_understands_reports_nothing() -> None:
    """*she understands the frustration*: an attitude to a feeling, no report; the
    claim is hers through *said*, not through *understands*."""
    claim = claimscope.annotate(
        "The minister said she understands the frustration of residents."
    ).claims[0]
    assert claim.source.text == "The minister"
    assert claim.confidence.value == "reported"


@pytest.mark.parametrize(
    "text",
    [
        '"This is an evacuation order. Leave the area now," read an emergency alert '
        "sent to phones in the district.",
        '"No trucks beyond this point," reads a notice on the mine gate.',
    ],
)
def test_a_quotation_then_read_is_the_words_of_a_text(text: str) -> None:
    """*"C," read an emergency alert*: *read* after a quotation closed by a comma gives
    a written text's words; the alert (the head before *sent to …*) is a document."""
    claim = claimscope.annotate(text).claims[0]
    assert claim.source.type is SourceType.DOCUMENT
    assert claim.text.startswith('"')


def test_reading_something_is_no_report() -> None:
    """*She read the report and said …*: reading is no speech; *said* reports."""
    claim = claimscope.annotate("She read the statement twice and said it was flawed.").claims[0]
    assert claim.text == "it was flawed"


@pytest.mark.parametrize(
    "text",
    [
        "A letter sent to parents said the school would close for a week.",
        "A statement signed by the company secretary said the meeting was adjourned.",
    ],
)
def test_a_participle_after_a_written_source_ends_its_head(text: str) -> None:
    """*A letter sent to parents*: *sent*, *signed* close the head noun, so the letter
    (a document) speaks, not the parents."""
    assert claimscope.annotate(text).claims[0].source.type is SourceType.DOCUMENT


def test_a_listen_box_is_furniture() -> None:
    """The public broadcasters' text-to-speech box (*Listen to this article*, its
    length, *The audio version of this article is generated by …*) is no claim."""
    text = (
        "Crews pulled back as the fire jumped the highway, the wildfire service said.\n\n"
        "Listen to this article\nEstimated 4 minutes\nThe audio version of this article "
        "is generated by text-to-speech, a technology based on artificial intelligence.\n\n"
        "The town's mayor said everyone had been evacuated."
    )
    claims = claimscope.annotate(text).claims
    assert not [c for c in claims if "audio" in c.text or "Listen" in c.text]
    assert len(claims) == 2


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        (
            "Ghana and the World Bank concluded a week of talks on Friday without "
            "reaching a deal on the second loan.",
            False,
        ),
        ("The minister concluded her visit to Kumasi on Sunday.", False),
        ("The study concluded the vaccine was safe for children.", True),
        ("The panel concluded that the contract had been lawful.", True),
    ],
)
def test_concluding_talks_is_no_conclusion(text: str, attributed: bool) -> None:
    """*concluded two weeks of talks*: ending an event reports nothing; a study that
    *concluded (that) C* still reports C."""
    claim = claimscope.annotate(text).claims[0]
    assert (claim.source.type is not SourceType.AUTHOR) is attributed


def test_should_report_to_a_body_is_a_directive() -> None:
    """*anyone with evidence should report to the bureau*: a modal and *report to*
    direct people somewhere, so *anyone with evidence* is no source; *will report to
    parliament that C* still reports C."""
    text = (
        "The police said anyone with evidence should report to the Professional Standards Bureau."
    )
    claims = claimscope.annotate(text).claims
    assert [c.source.text for c in claims] == ["The police"]
    claim = claimscope.annotate("The agency will report to parliament that the target was missed.")
    assert claim.claims[0].text == "the target was missed"


def test_officials_privy_to_talks_are_unnamed() -> None:
    """*Officials privy to the talks*: *privy* (like *familiar*) closes the head, so
    the source is the unnamed officials."""
    text = "Officials privy to the talks told reporters that the two sides remained apart."
    assert claimscope.annotate(text).claims[0].source.type is SourceType.ANONYMOUS


@pytest.mark.parametrize("body", ["commission", "inquiry"])
def test_told_the_commission_names_the_addressee(body: str) -> None:
    """*He told the commission he had been afraid*: the body addressed is no part of
    what he said, as with *the court* or *the committee*."""
    text = f"He told the {body} he had been too afraid to complain."
    assert claimscope.annotate(text).claims[0].text == "he had been too afraid to complain"


def test_an_in_short_box_heading_is_furniture() -> None:
    """*In short:* heads the summary box of Australian public-broadcaster stories."""
    text = "In short:\n\nThe hearing heard pickers were underpaid, the commission said."
    assert not [c for c in claimscope.annotate(text).claims if "In short" in c.text]


@pytest.mark.parametrize("dateline", ["Chandigarh:", "NEW DELHI:", "Cape Town —"])
def test_a_place_alone_on_its_line_is_a_dateline(dateline: str) -> None:
    """Indian TV-news sites put the dateline on its own line before the story
    (*Chandigarh:*): no claim; the story after it is read as usual."""
    text = f"{dateline}\n\nThe ruling party won 51 of the 90 seats, officials said."
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["The ruling party won 51 of the 90 seats"]


def test_a_clause_after_said_is_no_inverted_speaker() -> None:
    """*A statement signed by …, Chief Superintendent Esther Adomako, said 12 excavators
    had been seized*: the words after *said* are a clause (*had been*), so they are not
    the speaker of an inverted *"C," said X* with the statement as its content."""
    text = (
        "A statement signed by the Director of Public Affairs of the Service, Chief "
        "Superintendent Ama Owusu, said 12 excavators had been seized."
    )
    assert not [
        c for c in claimscope.annotate(text).claims if (c.source.text or "").startswith("12")
    ]
    quoted = claimscope.annotate('"We were lucky," said the man who had called police.')
    assert quoted.claims[0].source.text == "the man who had called police"


def test_a_quoted_pseudonym_before_said_keeps_its_reading() -> None:
    """The clause check after an inverted cue leaves *'"C," said X'* forms alone: the
    pseudonym test's *A nurse who goes by the name of "Sam" said …* reads as before."""
    text = (
        'A nurse who goes by the name of "Sam" said the ward was full. '
        '"We turn people away," Sam said.'
    )
    claims = claimscope.annotate(text).claims
    assert [c.source.type.value for c in claims] == ["anonymous", "anonymous"]
