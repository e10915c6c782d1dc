"""News 14d: what six articles from Nigerian, Philippine, Israeli, Scottish, Fijian and
Bangladeshi outlets showed (``tests/golden/news_composed``).

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import claimscope
from claimscope import SourceType
from claimscope.entities.role_holders import holder_name
from claimscope.testing import claim_holding


def _source(doc: claimscope.Document, words: str) -> tuple[str, SourceType]:
    source = claim_holding(doc, words).source
    return source.text or "", source.type


def test_a_role_phrase_then_the_holders_name_is_that_person() -> None:
    """*A trader at the market, Mrs Jane Roe, said*: the role comes first and the
    name after it in apposition; the source is the person named, also when the role
    phrase is indefinite or holds an institution's name."""
    text = (
        "A trader at the Balogun Market, Mrs Bisola Akande, said the price of ice "
        "had tripled since January.\n\n"
        "A Professor of Geography at the University of Jos, Prof. Danjuma Ikechi, "
        "said the floods were the worst in a decade.\n\n"
        "An economist at the National University, Dr Salote Tupou, said remittances "
        "could fall this year."
    )
    doc = claimscope.annotate(text)
    assert _source(doc, "the price of ice had tripled") == (
        "Mrs Bisola Akande",
        SourceType.PERSON,
    )
    assert _source(doc, "the floods were the worst") == (
        "Prof. Danjuma Ikechi",
        SourceType.PERSON,
    )
    assert _source(doc, "remittances could fall") == ("Dr Salote Tupou", SourceType.PERSON)


def test_an_office_then_its_holder() -> None:
    """*The Force Public Relations Officer, CSP Jane Roe, however, denied*: the holder,
    past the *however* aside (*CSP*, a police rank, is a title); a long ministerial
    title before the name does not make its last words the source."""
    text = (
        "The Force Public Relations Officer, CSP Halima Garba, however, denied that "
        "live rounds were fired.\n\n"
        "The Minister for Fisheries and Forests, Semi Koroilavesau, yesterday defended "
        "the ban, saying stocks had collapsed."
    )
    doc = claimscope.annotate(text)
    assert _source(doc, "live rounds were fired") == ("CSP Halima Garba", SourceType.PERSON)
    assert _source(doc, "stocks had collapsed") == ("Semi Koroilavesau", SourceType.PERSON)


def test_a_later_pronoun_means_the_named_holder() -> None:
    """*A mother of three, Jane Roe, said … "…," she said*: the role and the name are
    one person, so a later pronoun goes to the name, also after a role written in
    capitals (*the Executive Director of …, Mrs Jane Roe,*)."""
    text = (
        "A mother of three, Litia Naivalu, said the family had waited since May. "
        '"We sleep in the church hall when it rains," she said.\n\n'
        "However, the Executive Director of the Centre for Budget Integrity, Mrs "
        "Chiamaka Obi, said the savings had vanished. She argued that the buses "
        "might never arrive."
    )
    doc = claimscope.annotate(text)
    assert _source(doc, "We sleep in the church hall") == ("Litia Naivalu", SourceType.PERSON)
    assert _source(doc, "the buses might never arrive") == (
        "Mrs Chiamaka Obi",
        SourceType.PERSON,
    )


def test_philippine_titles_stand_before_a_name() -> None:
    """*Atty.*, *Engr.*: titles, not names of their own (*His lawyer, Atty. Jane
    Roe,*)."""
    text = (
        "His lawyer, Atty. Ramon Bautista, told reporters the firm had submitted "
        "every progress report. He said the billing was approved at every level."
    )
    doc = claimscope.annotate(text)
    name, kind = _source(doc, "the billing was approved")
    assert name == "Atty. Ramon Bautista" and kind is SourceType.PERSON


def test_a_list_of_people_is_not_a_role_and_its_holder() -> None:
    """*Jane Roe, a lawyer, Tom Bell*: no role-then-name apposition (the role phrase
    holds no comma of its own), and a place after a role is no holder's name."""
    text = "Grace Obi, a lawyer, Tom Bello"
    assert holder_name(text, 0, len(text)) is None
    text = "The organiser of the rally, Tafawa Balewa Square"
    assert holder_name(text, 0, len(text)) is None
    text = "A trader at the market, Mrs Kafayat Bello"
    assert holder_name(text, 0, len(text)) == (24, len(text))


def test_people_of_a_named_place_who_did_something_said() -> None:
    """*Residents of Barangay San Roque who attended the hearing said*: the clause is on
    the residents, not *the hearing* its verb governs."""
    text = (
        "Residents of Barangay San Roque who attended the hearing said they had "
        "reported the cracks months ago. Farmers in Macuata who lost their cane "
        "told reporters the aid had not reached them."
    )
    doc = claimscope.annotate(text)
    residents = claim_holding(doc, "reported the cracks months ago").source
    assert residents.type is SourceType.ANONYMOUS
    assert (residents.text or "").startswith("Residents")
    farmers = claim_holding(doc, "the aid had not reached them").source
    assert (farmers.text or "").startswith("Farmers")


def test_health_boards_and_the_presidency_are_bodies() -> None:
    """*NHS Grampian said*, *the Presidency insisted*: institutions, not persons."""
    text = (
        "NHS Grampian said it had postponed 40 operations because of the snow. "
        "The Presidency insisted that the new tariff would stay."
    )
    doc = claimscope.annotate(text)
    assert _source(doc, "postponed 40 operations")[1] is SourceType.ORGANIZATION
    assert _source(doc, "the new tariff would stay")[1] is SourceType.ORGANIZATION


def test_captions_disclaimers_and_calls_are_furniture() -> None:
    """A caption closing on *Photo from …*, an AI-summary disclaimer under a
    *SUMMARY* label and *Follow … on Google News* are page furniture, no claims."""
    text = (
        "Senators question flood-control contractor\n\n"
        "SUMMARY\n"
        "This is AI generated summarization, which may have errors. For context, "
        "always refer to the full article.\n\n"
        "The Senate committee resumed its hearing on Thursday, officials said.\n\n"
        "HEARING. Senator Lourdes Abad questions a contractor on December 3, 2026. "
        "Photo from Senate PRIB\n\n"
        "The committee will meet again next week.\n\n"
        "Follow The Manila Ledger on Google News to stay updated with the latest news."
    )
    doc = claimscope.annotate(text)
    texts = [claim.text for claim in doc.claims]
    assert not any("AI generated" in t or "full article" in t for t in texts)
    assert not any("Lourdes Abad" in t or "PRIB" in t for t in texts)
    assert not any("Google News" in t for t in texts)
    assert any("meet again next week" in t for t in texts)


def test_a_long_fronted_participle_before_a_role_and_name() -> None:
    """*Speaking to journalists at the Ojota bus park, the union's chairman, Comrade
    Jane Roe, said C*: C is the content, not the participle phrase before."""
    text = (
        "Speaking to journalists at the Ojota bus park on Monday, the union's chairman, "
        'Comrade Emeka Nwosu, said drivers had been pushed "to the brink".'
    )
    doc = claimscope.annotate(text)
    claim = claim_holding(doc, "drivers had been pushed")
    assert claim.source.text == "Comrade Emeka Nwosu"
    assert "Ojota" not in claim.text


def test_it_was_gathered_and_learnt_are_unnamed_attributions() -> None:
    """*It was gathered that C*, *It was learnt that C* (Nigerian and South Asian press
    for *it is understood*): attributed, nobody named."""
    text = (
        "It was gathered that the commissioner had resigned on Friday.\n\n"
        "It was learnt that two of the suspects had fled to Cotonou."
    )
    doc = claimscope.annotate(text)
    for words in ("the commissioner had resigned", "two of the suspects had fled"):
        claim = claim_holding(doc, words)
        assert claim.source.type is SourceType.UNSPECIFIED
        assert claim.confidence is claimscope.Confidence.ALLEGED


def test_an_outlet_like_name_understands_without_that() -> None:
    """*The Samoa Times understands the ministry has asked …*: the outlet reports what it
    has learnt (its name shaped like an outlet's); the ministry is the content's
    subject, not its source. *Jane Roe understands the frustration* reports nothing."""
    text = (
        "The Samoa Times understands the Ministry of Finance has asked for an audit.\n\n"
        "Mere Tavita understands the frustration of the families."
    )
    doc = claimscope.annotate(text)
    source = claim_holding(doc, "has asked for an audit").source
    assert source.type is SourceType.MEDIA and source.text == "The Samoa Times"
    assert claim_holding(doc, "the frustration of the families").source.type is SourceType.AUTHOR


def test_could_no_longer_is_an_ability_lost() -> None:
    """*said workers could no longer afford rent*: what they cannot do now, no hedge."""
    text = "Tahmina Akter said workers could no longer afford rent in Ashulia."
    claim = claim_holding(claimscope.annotate(text), "could no longer afford rent")
    assert claim.confidence is claimscope.Confidence.REPORTED


def test_a_role_titles_office_is_one_body() -> None:
    """*The Prime Minister's Office denied …; it said …*: one body named *The Prime
    Minister's Office*, not *Office*, and the later *it* is that body."""
    text = (
        "The Prime Minister's Office denied that a deal had been struck. In a short "
        "statement, it said the coalition remained united."
    )
    doc = claimscope.annotate(text)
    assert _source(doc, "a deal had been struck") == (
        "The Prime Minister's Office",
        SourceType.ORGANIZATION,
    )
    assert _source(doc, "the coalition remained united")[0] == "The Prime Minister's Office"


def test_page_lines_of_nigerian_and_south_asian_outlets_are_furniture() -> None:
    """*Kindly share this story:*, a *RELATED NEWS* block of headlines, *Related
    topic:* with its tags, *All rights reserved. This material may not be reproduced
    without prior written permission …*: page furniture; and the call *Join The Lagos
    Ledger's WhatsApp channel* does not put *Join* into the outlet's name."""
    text = (
        "Fuel queues return to Abuja\n\n"
        "Kindly share this story:\n\n"
        "The Lagos Ledger reports that fuel queues returned to Abuja on Friday.\n\n"
        "Marketers said supply from the depots had slowed.\n\n"
        "RELATED NEWS\n"
        "Depot owners raise ex-depot price\n"
        "Tanker drivers suspend strike\n\n"
        "Related topic:\n"
        "Fuel scarcity\n\n"
        "Join The Lagos Ledger's WhatsApp channel for breaking news\n\n"
        "All rights reserved. This material may not be reproduced without prior "
        "written permission from The Lagos Ledger."
    )
    doc = claimscope.annotate(text)
    texts = " | ".join(claim.text for claim in doc.claims)
    for furniture in ("share this story", "Depot owners", "Tanker drivers", "Fuel scarcity"):
        assert furniture not in texts
    assert "permission" not in texts and "reproduced" not in texts
    assert claim_holding(doc, "fuel queues returned").source.text == "The Lagos Ledger"
