"""Fixes of round 14b: sources, entities and types.

Composed news sentences; the names and places are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import Document, SourceType
from claimscope.testing import claim_holding


def _entity_of(doc: Document, phrase: str) -> claimscope.Entity:
    """The entity that has ``phrase`` among its mentions."""
    for e in doc.entities:
        if any(doc.text[m.start : m.end] == phrase for m in e.mentions):
            return e
    raise AssertionError(f"no entity mentions {phrase!r}")


def test_an_office_with_of_before_its_holder_is_the_holder() -> None:
    """*The Bishop of X, the Rt Rev Y, said C*: the capitalised office is a
    description of the person named in apposition; the name is the source, and a
    later *the bishop* is the same person."""
    doc = claimscope.annotate(
        "The Bishop of Ravensworth, the Rt Rev Andrew Colley, said the diocese would "
        "sell two vacant churches. The bishop said the money would pay for roof repairs."
    )
    first = claim_holding(doc, "sell two vacant churches").source
    later = claim_holding(doc, "roof repairs").source
    assert first.text is not None and "Andrew Colley" in first.text
    assert later.entity == first.entity
    colley = _entity_of(doc, "The Bishop of Ravensworth")
    assert any(doc.text[m.start : m.end] == "The bishop" for m in colley.mentions)


def test_offices_of_places_and_banks_join_their_holders() -> None:
    """*The Mayor of X, Name,* and *The Governor of the Bank of X, Name,*: one person
    each, the office one of the name's mentions, no entity for the place alone."""
    doc = claimscope.annotate(
        "The Mayor of Eastport, Linda Farrow, said the harbour bridge would reopen in "
        "May. The Duke of Alderley, Peter Grosvane, said the estate would open to "
        "walkers. The duke said the paths were safe."
    )
    assert claim_holding(doc, "harbour bridge").source.text == "Linda Farrow"
    assert claim_holding(doc, "open to walkers").source.text == "Peter Grosvane"
    assert claim_holding(doc, "paths were safe").source.text == "Peter Grosvane"
    names = {e.name.text for e in doc.entities}
    assert "Alderley" not in names and "The Duke" not in names


def test_an_office_after_the_name_is_its_description() -> None:
    """*Name, the Secretary of State for X, said C*: the office after the name is
    the same person, so *the secretary* later is that person."""
    doc = claimscope.annotate(
        "Helen Marsh, the Secretary of State for Transport, said the rail link was on "
        "schedule. The secretary said costs had risen."
    )
    source = claim_holding(doc, "costs had risen").source
    assert source.type is SourceType.PERSON and source.text == "Helen Marsh"


def test_an_unnamed_company_mention_does_not_capture_later_ones() -> None:
    """*staff at X* … *the company's depot* (no speaker, no body of a known kind yet)
    made *the company* an entity of its own that every later *the company said*
    joined; a speaking *the company* reaches the firm that spoke before, and takes
    the earlier unnamed mention with it."""
    doc = claimscope.annotate(
        "Senior staff at Harwick, one of the country's biggest makers of garden tools, "
        "were told of the fault in "
        "March, according to internal memos. The memos were leaked by a former "
        "technician at the company's Leeds depot. Harwick denies the account. The "
        "memos show two further warnings were sent. The company said the recall had "
        "been handled properly."
    )
    source = claim_holding(doc, "recall had been handled").source
    assert source.text == "Harwick" and source.type is SourceType.ORGANIZATION


def test_a_centre_speaking_is_a_body() -> None:
    """*The Harbour Safety Information centre said C*: a centre is a body speaking,
    not a person; the pronoun after it refers to the same body."""
    doc = claimscope.annotate(
        "The Coastal Shipping Information centre said in an advisory that all crew "
        "were safe. It urged vessels in the strait to keep a careful watch."
    )
    source = claim_holding(doc, "all crew were safe").source
    assert source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "keep a careful watch").source.entity == source.entity


def test_an_office_with_for_straight_before_a_name_is_its_title() -> None:
    """*EU Commissioner for the Baltic Marta Lindqvist said C … she said C2*: the office
    with its portfolio is a role prefix of the name, one person with it, and the
    name is the source's text."""
    doc = claimscope.annotate(
        "EU Commissioner for the Baltic Marta Lindqvist called the quota deal a fair "
        'compromise. "Nobody got everything they wanted," she told reporters. Chair of '
        "the Harbour Board Tomas Reyes said the port would gain."
    )
    first = claim_holding(doc, "fair compromise").source
    assert first.text == "Marta Lindqvist"
    assert claim_holding(doc, "Nobody got everything").source.text == "Marta Lindqvist"
    assert claim_holding(doc, "port would gain").source.text == "Tomas Reyes"
    assert "Tomas Reyes" in {e.name.text for e in doc.entities}
    assert len([e for e in doc.entities if "Reyes" in e.name.text]) == 1


def test_a_described_person_who_gives_a_name_is_that_name() -> None:
    """*One shopper, who identified herself as Dana on Facebook, wrote that C. … she
    added*: the name the aside gives is the described person's, and the later
    pronoun is the same person."""
    doc = claimscope.annotate(
        "Several shoppers filmed the ceiling collapse. One shopper, who identified "
        "herself as Dana on Facebook, wrote that water had been dripping for days. "
        '"Staff told us to keep walking," she added.'
    )
    first = claim_holding(doc, "dripping for days").source
    assert first.text == "Dana"
    assert claim_holding(doc, "keep walking").source.entity == first.entity


def test_a_first_name_given_in_an_aside_is_no_company() -> None:
    """*Another neighbour, who gave only her first name, Rosa, said C. The company
    did not respond*: Rosa is the neighbour (one entity), a person, and *the
    company* is not her."""
    doc = claimscope.annotate(
        "Neighbours gathered outside the plant gates on Monday. Another neighbour, who "
        "gave only her first name, Rosa, said the smell had lasted for weeks. The "
        "company did not respond to a request for comment."
    )
    rosa = claim_holding(doc, "smell had lasted").source
    assert rosa.text == "Rosa" and rosa.type is SourceType.PERSON
    company = claim_holding(doc, "request for comment").source
    assert company.entity != rosa.entity
    assert _entity_of(doc, "Another neighbour").name.text == "Rosa"


def test_a_park_named_as_a_place_is_no_person() -> None:
    """*Residents gathered at Castlegate Park … Castlegate Park said C*: a name ending
    in *Park* (a surname too) after a preposition of place is a place, typed as a
    place is, not a person; *Jane Park* stays a person."""
    doc = claimscope.annotate(
        "Residents gathered at Castlegate Park on Sunday to protest. Castlegate Park "
        "said the gates would close at dusk. Jane Park, a local organiser, said the "
        "rally would be repeated."
    )
    assert claim_holding(doc, "gates would close").source.type is SourceType.ORGANIZATION
    assert claim_holding(doc, "rally would be repeated").source.type is SourceType.PERSON


def test_element_symbols_in_a_lab_report_are_no_people() -> None:
    """*Cr and Pb above safe limits*, *Pb levels*, *12 mg/kg Cd*: two-letter element
    symbols listed, measured or counted are no people's names; *Li said* is."""
    doc = claimscope.annotate(
        "Tests on the allotment soil found Cr and Pb above safe limits, the council "
        "said. Pb levels were twice the limit, Dr Ann Hale said. One plot held 12 "
        "mg/kg Cd. Li said the allotments would stay closed."
    )
    names = {e.name.text for e in doc.entities}
    assert not names & {"Cr", "Pb", "Cd", "Cr and Pb"}
    assert claim_holding(doc, "allotments would stay closed").source.text == "Li"


def test_a_surname_before_spokesman_stays_a_person() -> None:
    """*Harlan spokesman Marc Ostrow said C. Harlan told reporters C2*: a surname
    before *spokesman* names the person the speaker speaks for, so the bare surname
    later is a person; *spokesperson* after a firm's name still marks a body."""
    doc = claimscope.annotate(
        "Harlan spokesman Marc Ostrow said the senator had not been briefed. Harlan "
        "told reporters the visit would go ahead. Tarvel spokesperson Ines Moyo said "
        "the line would reopen. Tarvel said repairs were under way."
    )
    assert claim_holding(doc, "visit would go ahead").source.type is SourceType.PERSON
    assert claim_holding(doc, "repairs were under way").source.type is SourceType.ORGANIZATION


def test_a_place_or_time_after_a_definite_role_is_no_part_of_its_name() -> None:
    """*Officials expect the president at Windsor next week. She said C*: the
    pronoun reaches *the president*, whose name is not *the president at Windsor next
    week*; *a spokesman for the council on Monday* is named without the day."""
    doc = claimscope.annotate(
        "Officials expect the president at Windsor next week. She said the visit would "
        "be short. A spokesman for the council on Monday said the road would reopen."
    )
    assert claim_holding(doc, "visit would be short").source.text == "the president"
    road = claim_holding(doc, "road would reopen").source
    assert road.text == "A spokesman for the council"


def test_a_possessive_description_in_apposition_is_the_person() -> None:
    """*Linda Farrow, the town's mayor, said C. The mayor said C2*: the whole
    possessive description (not its owner *the town*) stands in apposition to the
    name, so the later *the mayor* is her too."""
    doc = claimscope.annotate(
        "Linda Farrow, the town's mayor, said the bridge would reopen in May. The "
        "mayor said the repairs had cost more than expected."
    )
    assert claim_holding(doc, "repairs had cost").source.text == "Linda Farrow"
    farrow = _entity_of(doc, "Linda Farrow")
    assert any(doc.text[m.start : m.end] == "the town's mayor" for m in farrow.mentions)


def test_an_owned_capitalised_role_before_a_name_is_its_holder() -> None:
    """*The Alliance rejected the report. Its General Secretary, Mr Kofi Mensah,
    insisted that C*: the owned office is a description of the named holder."""
    doc = claimscope.annotate(
        "The Small Farmers Alliance rejected the report. Its General Secretary, Mr Kofi "
        "Mensah, insisted that members farmed legally."
    )
    source = claim_holding(doc, "members farmed legally").source
    assert source.text is not None and "Kofi Mensah" in source.text


def test_a_company_in_a_speakers_own_words_does_not_type_the_speaker() -> None:
    """*Mara Quint said the company would appeal. The company said C*: the first
    *the company* stands in Quint's own words, so the later one does not make her
    the company."""
    doc = claimscope.annotate(
        "Mara Quint said the company would appeal the ruling. The company said it had "
        "followed every rule."
    )
    assert claim_holding(doc, "appeal the ruling").source.type is SourceType.PERSON
