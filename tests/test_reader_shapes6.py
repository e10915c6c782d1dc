"""Shapes a reader meets in many articles, each once got wrong (round 6's list):
titles before names, organisation names holding commas, headline-case furniture,
pronouns after a quote, quotes after a speaker change, author judgements.

Composed news sentences.
"""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- a role phrase before the name it introduces ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Head of the St Elizabeth Police Division, Superintendent Marlon Grant, said "
            "detectives had found a handgun at the scene.",
            "Superintendent Marlon Grant",
        ),
        (
            "Chief executive of Northwind Energy, Sarah Kell, said profits had doubled.",
            "Sarah Kell",
        ),
        (
            "The head of the Kent fire service, Chief Officer Ann Webb, said crews had "
            "worked through the night.",
            "Ann Webb",
        ),
        (
            "The chairman of Harlow Rovers, Dennis Mead, said the club would appeal.",
            "Dennis Mead",
        ),
    ],
)
def test_a_role_phrase_before_a_name_gives_the_name(text: str, name: str) -> None:
    """'Head of the X Division, Superintendent Jane Roe, said C': the role phrase
    (with or without 'the', holding an organisation's name) and the name after the
    comma are one person, and the source is named by the name."""
    (claim,) = _attributed(text)
    assert name in claim.source.text
    assert claim.source.type is SourceType.PERSON


# -- an organisation's name holding a list ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sales of electric boilers rose by a third last year, according to the "
            "Heating, Ventilation, and Plumbing Association.",
            "Heating, Ventilation, and Plumbing Association",
        ),
        (
            "The Mining, Energy and Water Council said the new rules would cost jobs.",
            "Mining, Energy and Water Council",
        ),
        (
            "Exports fell for a second year, the Food, Drink and Tobacco Federation said.",
            "Food, Drink and Tobacco Federation",
        ),
    ],
)
def test_an_organisation_name_holding_a_list_is_one_name(text: str, name: str) -> None:
    """'according to the Heating, Ventilation, and Plumbing Association': capitalised
    words joined by commas and 'and' before an organisation's head word (Association,
    Council, Federation) are one organisation, not a person cut at the first comma."""
    (claim,) = _attributed(text)
    assert name in claim.source.text
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_list_of_places_stays_a_list() -> None:
    """'Britain, France and Germany said C': a list of names whose last ends in no
    organisation word is no one organisation's name."""
    doc = claimscope.annotate(
        "Britain, France and Germany said the sanctions would stay in place until June."
    )
    assert not [e for e in doc.entities if "," in e.name.text]


# -- a headline's closing attribution in title case ------------------------------------

_RECORDS = (
    "Council Ignored Warnings About Flood Wall for a Decade, Documents Show\n\n"
    "By Jane Harper\n\n"
    "The council was told in 2014 that the flood wall on the river was failing.\n\n"
    "Documents show the council spent just £40,000 on repairs between 2015 and 2023.\n"
)


def test_a_headline_ending_documents_show_names_nobody() -> None:
    """'…, Documents Show' closing a title-case headline is page furniture: its
    capitals name nobody, so 'Documents show C' in the body is a document source, not
    a person called 'Documents Show'."""
    claim = only_claim(_RECORDS, "spent just")
    assert claim.source.text == "Documents"
    assert claim.source.type is SourceType.DOCUMENT


@pytest.mark.parametrize("tail", ["Study Finds", "Police Say", "Records Show"])
def test_a_headline_with_a_closing_attribution_holds_no_names(tail: str) -> None:
    """A title-case line whose one comma opens 'Study Finds' / 'Police Say' is a
    headline: no entity is read from its capitals."""
    doc = claimscope.annotate(
        f"Walking Half an Hour a Day Cuts Dementia Risk, {tail}\n\n"
        "Adults who walked for 30 minutes a day were less likely to develop dementia, "
        "researchers at the University of Leeds said.\n"
    )
    names = {e.name.text for e in doc.entities}
    assert not any(tail in n or "Walking" in n or "Risk" in n for n in names)


# -- an imperative in a list is no inverted cue ----------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Get two or three quotes, ask every installer how they sized the system, and "
        "don't let anybody rush you.",
        "Keep the receipts, tell each insurer what happened, and never sign on the spot.",
    ],
)
def test_an_imperative_list_names_no_speaker_after_its_verb(answer: str) -> None:
    """'Get two quotes, ask every installer how …': 'ask every installer' is one of a
    list of instructions, not an inverted cue whose subject is 'every installer'; the
    answer belongs to the interviewee, and 'every installer' speaks nowhere."""
    text = (
        "Mark Oduya has fitted boilers in Leeds for 20 years. We asked him what buyers "
        "should know.\n\nWhat would you tell someone who is unsure?\n\n" + answer + "\n"
    )
    for claim in claimscope.annotate(text).claims:
        source = claim.source.text or ""
        assert "installer" not in source and "insurer" not in source


# -- a pronoun after a quote: the speaker, not the person her possessive names ---------


def test_she_after_a_quote_is_the_daughter_who_spoke() -> None:
    """'Her daughter, Susan Hale, said C1. "C2," she told the BBC.': the 'Her' opening
    the source phrase is a possessive (the mother's), not the speaker; 'she' means the
    daughter who spoke last, not the mother named first."""
    text = (
        "Margaret Hale was taken to St Mary's Hospital in Leeds by ambulance on 4 March "
        "after a fall at home.\n\n"
        'Her daughter, Susan Hale, said her mother had been left "on a trolley with no '
        'blanket" for most of the night.\n\n'
        '"Nobody was unkind, but nobody had the time to stop," she told the BBC. "I '
        'watched nurses walk past her for hours."\n'
    )
    for words in ("Nobody was unkind", "I watched nurses"):
        assert only_claim(text, words).source.text == "Susan Hale"


# -- a record 'in which' somebody speaks ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Northwind declined to comment. A spokesman pointed to a blog post from March "
            'in which chief executive Laura Finch wrote that the company wanted to "put a '
            'battery in every garage."',
            "put a battery",
            "Laura Finch",
        ),
        (
            "The union cited a letter in which the minister said the plant would stay open.",
            "the plant would stay open",
            "the minister",
        ),
    ],
)
def test_a_record_in_which_somebody_speaks_gives_the_speaker(
    text: str, words: str, speaker: str
) -> None:
    """'A spokesman pointed to a blog post in which chief executive Jane Roe wrote C':
    C is Jane Roe's, passed on by the spokesman, not the spokesman's own."""
    claim = only_claim(text, words)
    assert speaker in (claim.source.text or "")
    assert claim.source.type is SourceType.PERSON


# -- nationality plurals are unnamed groups --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Britons said they would not pay more for green energy, the survey found.",
        "Canadians said they trusted the central bank more than the government.",
        "Young Germans said they felt hopeful about the future, the poll showed.",
    ],
)
def test_a_nationality_plural_is_an_unnamed_group(text: str) -> None:
    """'Britons said C': people named only by their nationality are an unnamed group
    (anonymous), like 'Republicans said', not a person called 'Britons'."""
    claims = [c for c in _attributed(text) if "they" in c.text]
    assert claims
    assert claims[0].source.type is SourceType.ANONYMOUS


# -- 'they' after a plural record, not the single name beside it ------------------------


def test_they_after_records_means_the_records() -> None:
    """'The memo is among 300 pages of internal records obtained by ProPublica. Together,
    they show C': the plural 'they' means the records, not the outlet named once
    beside them (even one mentioned often before)."""
    text = (
        "By Anna Reyes, ProPublica\n\n"
        "ProPublica reviewed the council's bridge inspections for a year.\n\n"
        "The memo is among more than 300 pages of internal records obtained by ProPublica "
        "through a public records request. Together, they show that the council's leaders "
        "were warned repeatedly about the bridge.\n"
    )
    claim = only_claim(text, "warned repeatedly")
    assert claim.source.type is SourceType.DOCUMENT
    assert "records" in (claim.source.text or "")


def test_its_worth_noting_is_the_writers_aside() -> None:
    """'It's worth noting that C' is the writer's own aside: author voice, and 'It' is
    no pronoun for a body named before."""
    text = (
        "The tax office declined to comment.\n\n"
        "It's worth noting that this is the first time the question has been asked.\n"
    )
    claim = only_claim(text, "first time")
    assert claim.source.type is SourceType.AUTHOR


# -- an appositive description carrying a relative clause ------------------------------


def test_a_description_with_a_who_clause_stays_apposed_to_the_name() -> None:
    """'Jane Roe, an engineer who was not involved in the work, reviewed the files':
    the description with its relative clause is in apposition to the name, one
    entity with it, so a later 'she' or 'the engineer' can only mean Jane Roe."""
    doc = claimscope.annotate(
        "Priya Nair, a structural engineer who was not involved in the inspection, "
        'reviewed the reports for the newspaper. She said the cracks were "far too '
        'wide to ignore."\n'
    )
    (nair,) = [e for e in doc.entities if e.name.text == "Priya Nair"]
    assert "a structural engineer" in [m.text for m in nair.mentions]


# -- a 'where' clause between a subject and its cue -------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        (
            "Residents in the borough of Eastvale, where most of the old pipes are, said "
            "they had never been told.",
            "Residents",
            "never been told",
        ),
        (
            "Parents at the school, where the roof collapsed last year, said they were "
            "worried about the winter.",
            "Parents",
            "worried about the winter",
        ),
    ],
)
def test_a_where_clause_between_subject_and_cue(text: str, source: str, words: str) -> None:
    """'Residents in X, where …, said they had never been told': the subject before
    the 'where' clause speaks; 'said they had …' is no inversion with 'they …' as its
    speaker and the 'where' clause as its content."""
    claim = only_claim(text, words)
    assert (claim.source.text or "").startswith(source)
    assert claim.source.type is SourceType.ANONYMOUS
