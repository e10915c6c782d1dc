"""Organisation names, places and people that the round-9 articles broke.

Each test composes its own news sentences: a body's name must stay whole, a body
must not be typed as a person, and a person's name with particles stays one entity.
"""

from __future__ import annotations

import claimscope


def _source(text: str, anchor: str) -> claimscope.Source:
    doc = claimscope.annotate(text)
    for claim in doc.claims:
        if anchor in claim.text:
            return claim.source
    raise AssertionError(f"no claim holding {anchor!r}")


def test_a_plural_possessive_inside_a_body_name_keeps_the_name_whole() -> None:
    """*the National Farmers' Union* and *the Vehicle Manufacturers' Association of
    South Africa* are one body each: the apostrophe of the plural owner is no end."""
    source = _source(
        "The National Farmers' Union said the harvest was the poorest in a decade.",
        "harvest",
    )
    assert source.text == "The National Farmers' Union"
    assert source.type == "organization"
    source = _source(
        "New car sales fell in May, the Vehicle Manufacturers' Association of South "
        "Africa said on Tuesday.",
        "sales",
    )
    assert source.text == "the Vehicle Manufacturers' Association of South Africa"


def test_a_person_owning_a_body_is_not_joined_to_it() -> None:
    """*Bernie Sanders' Senate office* is his office: a name in *s* with no *the*
    before it owns the body, it is not part of its name."""
    doc = claimscope.annotate("Bernie Sanders' Senate office said the vote was close.")
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "Bernie Sanders' Senate" not in names


def test_a_ministry_of_two_fields_joined_by_and_the_is_one_body() -> None:
    """*the Ministry of Sustainability and the Environment* is one ministry, not a
    ministry and a person called *the Environment*."""
    source = _source(
        "The Ministry of Sustainability and the Environment said the river was clean again.",
        "river",
    )
    assert source.text == "The Ministry of Sustainability and the Environment"
    assert source.type == "organization"


def test_a_ministry_of_a_comma_list_of_fields_is_one_body() -> None:
    """*the Ministry of Trade, Industry and Energy* is one ministry: the comma list
    closed by *and* names its fields."""
    source = _source(
        "Exports rose by 4 per cent, the Ministry of Trade, Industry and Energy said.",
        "Exports",
    )
    assert source.text == "the Ministry of Trade, Industry and Energy"
    assert source.type == "organization"


def test_two_bodies_joined_by_and_the_stay_two() -> None:
    """*the Ministry of Health and the Army* are two bodies: a field is no body word."""
    doc = claimscope.annotate(
        "The Ministry of Health and the Army said the camps would close on Friday."
    )
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "The Ministry of Health and the Army" not in names


def test_a_short_word_before_a_body_word_is_a_body() -> None:
    """*Cal Fire* is a fire service: *Fire* ending a name marks a body even after a
    word that could be a given name."""
    source = _source(
        "The blaze has burned 2,300 acres and is 10% contained, Cal Fire said on Friday.",
        "blaze",
    )
    assert source.text == "Cal Fire"
    assert source.type == "organization"


def test_a_utility_named_x_and_y_is_a_body() -> None:
    """*Pacific Gas and Electric said it* is a utility, not a mixed group led by a
    person *Pacific Gas*."""
    source = _source(
        "Northern Gas and Electric said it had cut power to about 3,000 homes.", "homes"
    )
    assert source.text == "Northern Gas and Electric"
    assert source.type == "organization"


def test_two_trades_joined_by_and_are_one_firm_and_it_is_the_firm() -> None:
    """*Northern Gas and Electric said it*: one entity, which *it* refers to, with no
    entity *Electric* of its own."""
    doc = claimscope.annotate(
        "Northern Gas and Electric said it had cut power to about 3,000 homes."
    )
    firm = [e for e in doc.entities if e.name.text == "Northern Gas and Electric"]
    assert len(firm) == 1
    assert "it" in {m.text for m in firm[0].mentions}
    assert all(e.name.text != "Electric" for e in doc.entities)


def test_a_one_word_name_only_cited_with_according_to_is_no_person() -> None:
    """*according to Nielsen*, with no full name, title or *he* or *she* for the name
    anywhere, cites a firm or a survey."""
    source = _source("The final drew 9.4 million viewers, according to Tellwick.", "viewers")
    assert source.type == "organization"


def test_a_surname_cited_with_according_to_stays_a_person() -> None:
    """*according to Okafor* after *Dr Lisa Okafor* is hers: the full name types it."""
    source = _source(
        "Dr Lisa Okafor led the study. The drug cut relapses by a third, according to Okafor.",
        "relapses",
    )
    assert source.type == "person"


def test_a_shop_named_in_s_is_a_body() -> None:
    """*Hartwell's said* is a shop speaking; *He's* and *That's* stay contractions."""
    source = _source("Dunmore's said it would close the store in March.", "store")
    assert source.type == "organization"
    assert _source("He's said the store would close in March.", "store").type == "person"


def test_a_short_name_in_brackets_after_a_body_is_its_alias() -> None:
    """*the National Inspectorate of Mines (Minsafe)* introduces *Minsafe*: a later
    *Minsafe said* is the body, named by its full name."""
    source = _source(
        "The National Inspectorate of Mines (Minsafe) opened an inquiry on Monday. "
        "Minsafe said the tunnel had last been inspected in March.",
        "tunnel",
    )
    assert source.text == "The National Inspectorate of Mines"
    assert source.type == "organization"


def test_a_party_letter_in_brackets_is_no_alias() -> None:
    """*Senator Ann Roe (D)* holds a party letter, no short name of anyone."""
    doc = claimscope.annotate("Senator Ann Roe (D) said the bill would pass.")
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "D" not in names


def test_a_name_with_two_particles_is_one_person() -> None:
    """*Karin van der Merwe* is one person, and *Van der Merwe* opening a later
    sentence is her again."""
    doc = claimscope.annotate(
        "Karin van der Merwe said the wage offer was fair. Van der Merwe added that "
        "talks would resume on Monday."
    )
    assert [c.source.text for c in doc.claims] == ["Karin van der Merwe"] * 2
    people = [e for e in doc.entities if e.type == "person"]
    assert len(people) == 1


def test_two_particles_join_a_name_in_the_candidate_pattern() -> None:
    """*Juan de la Cruz* and *Anna van den Berg* keep their particles inside the name."""
    doc = claimscope.annotate(
        "Juan de la Cruz said the port would reopen, and Anna van den Berg said it would not."
    )
    assert {c.source.text for c in doc.claims} == {"Juan de la Cruz", "Anna van den Berg"}


def _entity(doc: claimscope.Document, mention: str) -> claimscope.Entity:
    for e in doc.entities:
        if any(m.text == mention for m in e.mentions):
            return e
    raise AssertionError(f"no entity with the mention {mention!r}")


def test_a_one_word_name_only_after_in_to_or_from_is_a_place() -> None:
    """*in Thornbury*, *flew to Lisbon*, *married at Windsor*: a one-word name only
    ever after such a preposition, and never *he* or *she*, is no person."""
    doc = claimscope.annotate(
        "The couple flew to Lisbon on Monday. They married at Windsor in 2015, and "
        "residents in Thornbury said the village was proud of them."
    )
    for place in ("Lisbon", "Windsor", "Thornbury"):
        assert _entity(doc, place).type != "person", place


def test_a_surname_after_to_with_a_full_name_stays_a_person() -> None:
    """*wrote to Okafor* after *Lisa Okafor runs the shelter* is hers: the full name
    types the entity."""
    doc = claimscope.annotate(
        "Lisa Okafor runs the shelter. The council wrote to Okafor on Monday, and she "
        "said the letter came too late."
    )
    assert _entity(doc, "Okafor").type == "person"


def test_page_words_are_no_names() -> None:
    """*Updated: 09:15* and *412 comments | Share* are the page's words, no one's
    name."""
    doc = claimscope.annotate(
        "Published: 22:30, 14 June 2026 | Updated: 09:15, 15 June 2026\n\n"
        "412 comments | Share\n\nThe mayor said the bridge would reopen in May."
    )
    names = {m.text for e in doc.entities for m in e.mentions}
    assert not names & {"Updated", "Share", "Published"}
