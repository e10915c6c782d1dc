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
