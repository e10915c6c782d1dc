"""Source types and entity kinds that follow what a phrase means, not its shape
(round 9): a person after an addressee, peoples' governments, places named in an
unfamiliar language, tool nouns.

Composed news sentences; the names are invented or generic.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType


def _entity(doc: claimscope.Document, name: str) -> claimscope.Entity:
    found = [e for e in doc.entities if e.name.text == name]
    assert found, f"no entity named {name!r} in {[e.name.text for e in doc.entities]}"
    return found[0]


def test_a_name_after_an_addressed_body_starts_a_clause() -> None:
    """*He told the court Doyle had no previous convictions*: the court is told, and
    *Doyle* opens what it was told; the body noun is no role of the person after it,
    so Doyle stays a person and *the court* is not one of his mentions."""
    text = (
        "Martin Doyle, 44, of Station Road, Ashby, admitted careless driving. "
        "In mitigation, Alan Pryce said his client was deeply sorry. He told the court "
        "Doyle had no previous convictions and had tried to help at the scene.\n\n"
        "Doyle was banned from driving for two years."
    )
    doyle = _entity(claimscope.annotate(text), "Martin Doyle")
    assert doyle.type is SourceType.PERSON
    assert "the court" not in [m.text for m in doyle.mentions]


def _source(text: str) -> claimscope.Source:
    claims = [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]
    assert claims, f"no attributed claim in {text!r}"
    return claims[0].source


@pytest.mark.parametrize(
    "text",
    [
        "The Cherokee Nation said it would appeal the ruling.",
        "In a statement, the Tsleil-Waututh Nation said the pipeline crossed its land.",
        "Lakota Nation officials were not consulted, the Oglala Sioux Nation said.",
    ],
)
def test_a_peoples_nation_is_an_organization(text: str) -> None:
    """*The Cherokee Nation said*: a people's government, named for the nation it
    governs, speaks as a body; *Nation* ends its name as *Authority* does."""
    assert _source(text).type is SourceType.ORGANIZATION


def test_the_nation_alone_is_still_an_outlet() -> None:
    """*the Nation* with no other name word is a newspaper's title."""
    assert _source("The Nation reported that the talks had stalled.").type is SourceType.MEDIA


def test_a_nations_president_is_a_person() -> None:
    """*Navajo Nation President Jon Tsosie said*: the body's name before a title
    names the office; the speaker is the person, not the body."""
    source = _source("Navajo Nation President Jon Tsosie said the tribe was ready.")
    assert source.text is not None and source.text.endswith("Jon Tsosie")
    assert source.type is SourceType.PERSON


def test_the_nation_as_a_named_outlet_stays_media() -> None:
    """*the magazine The Nation* and later *The Nation said*: a head word such as
    *Nation* marks a body only after a name word; *The* is none."""
    doc = claimscope.annotate(
        "The forum was hosted by the magazine The Nation. The Nation said the "
        "candidates had all been invited."
    )
    assert _entity(doc, "The Nation").type is SourceType.MEDIA


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sungai Tebrau district police chief Supt Harun Salleh said the crowd had "
            "dispersed by noon. He said no arrests had been made.",
            "Sungai Tebrau",
        ),
        (
            "Kampung Baru police chief Harun Salleh said the crowd had dispersed by noon. "
            "He said no arrests had been made.",
            "Kampung Baru",
        ),
        (
            "Officials in the Ban Khlong province said the river had burst its banks. "
            "Nattapong Srisuk, who farms nearby, said he had lost his rice crop. "
            "He said no one had warned the village.",
            "Ban Khlong",
        ),
    ],
)
def test_a_name_before_an_area_noun_is_a_place(text: str, place: str) -> None:
    """*Sungai Tebrau district police chief Supt Harun Salleh said … He said*: a name
    in an unfamiliar language standing before *district*, *province* or *police* names
    a place, which no *he* refers to and which is no person; the *he* is the chief."""
    doc = claimscope.annotate(text)
    assert _entity(doc, place).type is not SourceType.PERSON
    last = doc.claims[-1]
    assert last.source.type is SourceType.PERSON
    assert last.source.text is not None and place not in last.source.text


@pytest.mark.parametrize(
    "phrase",
    [
        "the model",
        "the climate model",
        "Our models",
        "the algorithm",
        "the latest projections",
        "the forecast",
        "the simulation",
        "the dataset",
        "a chart",
    ],
)
def test_a_tool_that_gives_figures_is_a_document(phrase: str) -> None:
    """*The climate model suggests*, *the latest projections show*: a model,
    algorithm, forecast or dataset is an artefact that gives figures (SPEC
    ``document``), not a person by the shape of a definite description, nor
    unnamed people by the shape of a plural."""
    from claimscope.sources import classify

    assert classify(phrase)[0] is SourceType.DOCUMENT


def test_a_model_in_a_sentence_is_a_document() -> None:
    """The Met Office's forecast model speaks as a document."""
    text = "The Met Office model suggests temperatures could rise by two degrees by 2050."
    assert _source(text).type is SourceType.DOCUMENT


def test_a_model_who_speaks_is_a_person() -> None:
    """*The model, who walked for two fashion houses last season, said*: a relative
    *who* means a person, whatever else the noun names."""
    text = (
        "The model, who walked for two fashion houses last season, said she had been "
        "treated badly by the agency."
    )
    assert _source(text).type is SourceType.PERSON


@pytest.mark.parametrize(
    "body",
    [
        "The Gaming Standards Bureau said",
        "SFC investigators said",
        "The state Senate said",
        "Lawmakers in the Riverland Legislature said",
    ],
)
def test_the_company_is_no_public_body(body: str) -> None:
    """*The company said it would appeal* after a bureau, a legislature or an acronym
    whose investigators spoke: a public body is no company, by the last word of its
    name or by the public staff it has (*SFC investigators*), so *the company* is
    the firm named before."""
    text = (
        f"Northfield Gaming Group was fined $2 million on Monday. {body} the breaches were "
        "serious. The company said it would appeal."
    )
    last = claimscope.annotate(text).claims[-1]
    assert last.source.text == "Northfield Gaming Group"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Minister of State for Petroleum Resources", SourceType.PERSON),
        ("the Secretary of State", SourceType.PERSON),
        ("Director of Public Prosecutions", SourceType.PERSON),
        ("the Governor of the Reserve Bank", SourceType.PERSON),
        ("the Bank of England", SourceType.ORGANIZATION),
        ("the Department of Water Resources", SourceType.ORGANIZATION),
        ("the Court of Appeal", SourceType.ORGANIZATION),
    ],
)
def test_a_title_with_its_office_is_a_person(phrase: str, kind: SourceType) -> None:
    """*Minister of State for Petroleum Resources*: a title or role noun opening a name
    before *of* or *for* names an office, which one person holds, though a word of
    the portfolio (*Resources*) ends bodies' names; *the Bank of England* opens with
    no title and stays a body."""
    from claimscope.sources import classify

    assert classify(phrase)[0] is kind


def test_an_office_in_a_sentence_is_a_person() -> None:
    """The office holder speaks as a person in the entity model too."""
    text = (
        "Minister of State for Petroleum Resources, Senator Hauwa Bello, told "
        "journalists in Abuja that the country would respect its quota."
    )
    assert _source(text).type is SourceType.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Survivors said the alarm never sounded.",
        "Landlords warned that rents would rise again next year.",
        "Pensioners say they cannot keep up with the new tariffs.",
        "Volunteers from the village said the water had risen overnight.",
        "Protesters said the police had blocked the bridge.",
    ],
)
def test_a_capitalised_plural_of_people_is_an_unnamed_group(text: str) -> None:
    """*Survivors said*, *Pensioners say*: a plural noun of people capitalised only by
    its place at a sentence's start is an unnamed group, not a person's name."""
    assert _source(text).type is SourceType.ANONYMOUS


def test_a_person_described_by_a_people_noun_takes_she() -> None:
    """*retiree Tan Siew Lan, 67, … "…," she said*: a people noun before a name in a
    language the name lists do not know makes the name a person, whom the *she*
    means (not the titled chief named before)."""
    text = (
        "Police chief Datuk Harun Salleh, 52, said the march had been peaceful. Among "
        "the marchers was retiree Tan Siew Lan, 67, who came from Klang with her "
        'grandchildren. "My bill went up last year," she said.'
    )
    last = claimscope.annotate(text).claims[-1]
    assert last.source.text == "Tan Siew Lan"


def test_civil_defence_is_a_body_and_a_controller_a_person() -> None:
    """*Civil Defence said C. Group controller Tama Ngata said D. "…," he said*:
    *Defence* ends a body's name (*Civil Defence*, *Department of Defence*), which no
    *he* refers to; *controller* is a role, so the *he* is the controller."""
    text = (
        "Civil Defence said about 300 residents had left overnight.\n\n"
        "Group controller Tama Ngata said the river was expected to peak this "
        'afternoon. "If you have been told to go, please go now," he said.'
    )
    doc = claimscope.annotate(text)
    assert doc.claims[0].source.type is SourceType.ORGANIZATION
    assert doc.claims[-1].source.text == "Tama Ngata"


@pytest.mark.parametrize(
    "place",
    ["Kereru Rd", "the Tutaekuri River", "the Pettigrew Green Arena", "State Highway"],
)
def test_a_name_ending_in_a_place_word_is_a_place(place: str) -> None:
    """*Kereru Rd*, *the Tutaekuri River*, *the Pettigrew Green Arena*: a name ending
    in a street's, river's or venue's word is a place, in whatever language its
    other words are; it is no person and takes no *he*."""
    text = (
        f"Floodwaters reached {place} on Monday morning. Tama Ngata, who farms "
        "nearby, said the water rose within an hour. He said his stock was safe."
    )
    doc = claimscope.annotate(text)
    entity = _entity(doc, place)
    assert entity.type is not SourceType.PERSON
    assert [m.text for m in entity.mentions] == [place]


def test_a_person_whose_surname_is_a_place_word_stays_a_person() -> None:
    """*Kevin Bridge*, *Anna Beach*: after a given name the place word is a surname."""
    from claimscope.sources import classify

    assert classify("Kevin Bridge")[0] is SourceType.PERSON
    assert classify("Anna Beach")[0] is SourceType.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Stallholders said the rent rise would force them out. One stallholder, who "
        "sells fruit, said trade had halved since the spring.",
        "The honey harvest is down a third.\n\nBeekeepers said the spring had been the "
        "worst in years. One beekeeper near Ashby said half his hives had died.",
    ],
)
def test_a_plural_the_text_also_writes_in_lower_case_is_a_group(text: str) -> None:
    """*Stallholders said … One stallholder*: a one-word plural capitalised only where
    a sentence starts, and written in lower case elsewhere in the text, is a common
    noun for unnamed people, though no lexicon knows it."""
    assert _source(text).type is SourceType.ANONYMOUS
