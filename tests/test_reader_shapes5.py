"""Shapes a reader meets in many articles, each once got wrong (round 5's known
bugs): company names typed as people, institutional descriptions, relative clauses
and participles on the subject, bare reported clauses, document subjects, pronouns.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- two-word company names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northern Powergrid said engineers were working through the night.", "Northern Powergrid"),
        ("Stena Line said the crossing would leave two hours late.", "Stena Line"),
        ("Anglian Water said the hosepipe ban would stay in place.", "Anglian Water"),
        ("Caledonian Ferries said two sailings had been cancelled.", "Caledonian Ferries"),
        ("Scottish Power said about 3,000 homes were still cut off.", "Scottish Power"),
        ("Harbour Energy said output had fallen by a fifth.", "Harbour Energy"),
    ],
)
def test_a_company_head_word_makes_a_name_an_organization(text: str, name: str) -> None:
    """'Northern Powergrid said C': a name ending in a word only companies carry
    (Powergrid, Line, Water, Energy, Ferries, Power) is an organisation, not a person
    introduced without a title."""
    (claim,) = _attributed(text)
    assert claim.source.text == name
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_name_its_text_calls_it_is_an_organization() -> None:
    """'Severn Trent said its engineers …': a name the text refers to as 'its' (and
    never as he or she) speaks as a body."""
    (claim,) = _attributed("Severn Trent said its engineers had repaired the burst main.")
    assert claim.source.text == "Severn Trent"
    assert claim.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "Samantha Power said the council had failed the people of Aleppo.",
        "Margaret Court said she would not attend the ceremony.",
        "Bill de Blasio said the city would hire 500 more teachers. De Blasio said he "
        "was confident the money would be found.",
        "Tom Fielding said the bakery had lost half its trade since the bridge closed.",
    ],
)
def test_people_whose_surname_is_a_company_word_stay_people(text: str) -> None:
    """'Samantha Power said', 'Margaret Court said': a given name before a surname
    that is also a company word (Power, Court) names a person; 'De Blasio … he'
    stays a person, and 'its' about a bakery does not make its owner a company."""
    claims = _attributed(text)
    assert claims
    assert {c.source.type for c in claims} == {SourceType.PERSON}


@pytest.mark.parametrize(
    "text",
    [
        "The insurer said claims from the floods would top £40m.",
        "The retailer said sales had risen 4% over Christmas.",
        "The lender said it would cut its mortgage rates from Monday.",
    ],
)
def test_an_institutional_role_noun_is_an_organization(text: str) -> None:
    """'The developer said C': a developer, insurer, retailer or lender speaking as a
    body is an organisation, not one person."""
    (claim,) = _attributed(text)
    assert claim.source.type is SourceType.ORGANIZATION


# -- institutional descriptions -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Met Office has issued a yellow warning for rain across Wales. Up to 60mm "
            "could fall on high ground, the forecaster said.",
            "Met Office",
        ),
        (
            "Ofgem announced a new price cap on Friday. Suppliers must pass on the savings "
            "within a month, the regulator said.",
            "Ofgem",
        ),
        (
            "Members of the planning committee approved the scheme by Calloway Homes on "
            "Tuesday. The developer says the homes will help meet a shortfall in housing.",
            "Calloway Homes",
        ),
        (
            "Avanti West Coast has cancelled all trains north of Preston. The operator said "
            "services would resume on Monday.",
            "Avanti West Coast",
        ),
    ],
)
def test_an_institutional_description_is_the_body_named_before(text: str, name: str) -> None:
    """'The Met Office … the forecaster said C': a definite description of a body by
    what it does refers back to the latest organisation named before it and takes
    its name."""
    claims = _attributed(text)
    assert claims[-1].source.text is not None and name in claims[-1].source.text
    assert claims[-1].source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain is expected across Wales on Sunday, the forecaster said.",
        "The developer said the scheme would deliver 300 affordable homes.",
        "The regulator said suppliers must pass on the savings within a month.",
    ],
)
def test_an_institutional_description_alone_is_an_organization(text: str) -> None:
    """'the forecaster said C' with no body named before: the speaker is still an
    organisation, not one person."""
    (claim,) = _attributed(text)
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_developer_beside_a_personal_name_is_a_person() -> None:
    """'Tim Hess, a real estate developer, said C': beside a personal name the noun
    is the person's occupation; the rule for 'the developer' alone leaves it be."""
    (claim,) = _attributed(
        '"Nobody builds here any more," said Tim Hess, a real estate developer in Leeds.'
    )
    assert claim.source.text == "Tim Hess"
    assert claim.source.type is SourceType.PERSON


# -- a road is no company --------------------------------------------------------------


@pytest.mark.parametrize("road", ["the A591", "the M6", "the B4391"])
def test_the_company_is_not_a_road_named_before(road: str) -> None:
    """'Officers urged drivers to avoid the A591 … Passengers will be transferred, the
    company said': a road number is no organisation for 'the company' to mean; the
    operator named earlier is the source."""
    claims = _attributed(
        "Stena Line has cancelled its afternoon sailings to Belfast.\n\n"
        f"Officers urged drivers to avoid {road} while the road is cleared.\n\n"
        "Passengers with bookings will be transferred to Sunday's crossings, the company said."
    )
    assert claims[-1].source.text == "Stena Line"
    assert claims[-1].source.type is SourceType.ORGANIZATION


def test_the_company_with_only_a_road_named_before_is_unnamed() -> None:
    """With no operator named, 'the company' stays itself rather than taking a road
    number's name."""
    claims = _attributed(
        "Officers urged drivers to avoid the A591 while the road is cleared. Passengers "
        "with bookings will be transferred to later crossings, the company said."
    )
    assert claims[-1].source.text is not None and "A591" not in claims[-1].source.text
    assert claims[-1].source.type is SourceType.ORGANIZATION


# -- a cue inside a relative clause on the subject -------------------------------------


@pytest.mark.parametrize(
    ("text", "head", "content"),
    [
        (
            "The man who found the body said he had called police immediately.",
            "man",
            "he had called police immediately",
        ),
        (
            "The researchers who found the link said more work was needed.",
            "researchers",
            "more work was needed",
        ),
        (
            "The officer who revealed the leak told reporters the inquiry was over.",
            "officer",
            "the inquiry was over",
        ),
        (
            "A nurse who discovered the error said the ward had been short of staff for weeks.",
            "nurse",
            "the ward had been short of staff for weeks",
        ),
    ],
)
def test_a_cue_in_a_relative_clause_on_the_subject_is_no_cue(
    text: str, head: str, content: str
) -> None:
    """'The man who found the body said C': *found* belongs to a relative clause on
    the subject of *said*; it reports nothing ('the body said …'), and the claim is
    C, said by the man."""
    (claim,) = _attributed(text)
    assert claim.text == content
    assert claim.source.text is not None and head in claim.source.text
    assert claim.cue is not None and claim.cue.text in ("said", "told")


def test_a_relative_clause_that_reports_keeps_its_claim() -> None:
    """'The man who said he saw the attack told police C': a relative clause whose
    verb takes a clause (not a noun phrase) reports a claim of its own, which the
    rule for *who found the body* leaves alone."""
    claims = _attributed(
        "The man who said he saw the attack told police the gunman had fled on foot."
    )
    assert claims[0].cue is not None and claims[0].cue.text == "said"
    assert claims[0].text.startswith("he saw the attack")


# -- participles after the subject's noun ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A group of Americans living abroad said they had been unable to vote.",
            "A group of Americans living abroad",
        ),
        (
            "Families living near the site said the smell had been unbearable for weeks.",
            "Families living near the site",
        ),
        (
            "Engineers working on the project said the tunnel would open a year late.",
            "Engineers working on the project",
        ),
        ("Parents living abroad say the fees are unfair.", "Parents living abroad"),
    ],
)
def test_a_participle_after_the_subject_noun_belongs_to_the_subject(text: str, source: str) -> None:
    """'A group of Americans living abroad said C': *living abroad* modifies the
    noun before it; the source is the whole phrase (never 'abroad'), an unnamed
    group."""
    (claim,) = _attributed(text)
    assert claim.source.text == source
    assert claim.source.type is SourceType.ANONYMOUS


def test_an_ing_verb_after_an_auxiliary_still_ends_the_subject() -> None:
    """'The council is facing calls to resign, residents said': after an auxiliary the
    *-ing* word is a verb, and the source is the residents, not the council."""
    claims = _attributed("The council is facing calls to resign, residents said.")
    assert claims[-1].source.text == "residents"


# -- an outlet reports a bare clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Bloomberg News reports regulators will act within weeks.",
            "Bloomberg News",
            "regulators will act within weeks",
        ),
        (
            "Sky News reports the minister has offered to resign.",
            "Sky News",
            "the minister has offered to resign",
        ),
        (
            "The Guardian reports ministers are considering a U-turn on the tax.",
            "The Guardian",
            "ministers are considering a U-turn on the tax",
        ),
    ],
)
def test_an_outlet_reporting_a_bare_clause_is_an_attribution(
    text: str, source: str, content: str
) -> None:
    """'Bloomberg News reports regulators will act': after an outlet's name *reports*
    is the verb, not the noun of *news reports*, and takes a clause without *that*;
    the source is the outlet alone, not 'Bloomberg News reports regulators'."""
    (claim,) = _attributed(text)
    assert claim.source.text == source
    assert claim.source.type is SourceType.MEDIA
    assert claim.text == content


def test_news_reports_at_the_start_stay_a_noun() -> None:
    """'News reports say C': at the start of a sentence *news reports* is still the
    subject noun phrase, and *say* the verb."""
    (claim,) = _attributed("News reports say the minister has offered to resign.")
    assert claim.cue is not None and claim.cue.text == "say"


# -- a document's verb after a plural --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The returns show that the party spent more than it raised.", "The returns"),
        ("The records show that the inspector visited the home only twice.", "The records"),
        ("The minutes show that the board was warned in March.", "The minutes"),
    ],
)
def test_a_plural_document_subject_does_not_swallow_its_verb(text: str, source: str) -> None:
    """'The returns show that C': *show* agrees with the plural before it as its verb
    (it is not the noun of *a TV show*); the source is the document, 'The returns'."""
    (claim,) = _attributed(text)
    assert claim.source.text == source
    assert claim.source.type is SourceType.DOCUMENT
    assert claim.cue is not None and claim.cue.text == "show"


def test_a_show_is_still_a_programme() -> None:
    """'The chat show said C': after a noun context *show* is the programme, the
    source, typed media."""
    (claim,) = _attributed("The chat show said the interview had been cut for time.")
    assert claim.source.text is not None and claim.source.text.endswith("show")
    assert claim.source.type is SourceType.MEDIA


# -- pronouns --------------------------------------------------------------------------


def test_singular_they_can_mean_an_unnamed_insider() -> None:
    """'An insider at Costa's club claimed C. “…,” they said.': a speaking 'they' right
    after an unnamed source spoke is that source (singular 'they'), not the club
    the source belongs to."""
    claims = _attributed(
        "But an insider at Costa's club claimed the split had been on the cards for "
        "months.\n\n“Everyone at the training ground knew,” they said."
    )
    assert claims[-1].source.text == "an insider at Costa's club"
    assert claims[-1].source.type is SourceType.ANONYMOUS


def test_a_plural_they_still_means_a_plural_before() -> None:
    """'Residents … an official said C. They said C2': a plural group that spoke stays
    the antecedent of a later 'they said' when it is nearer."""
    claims = _attributed(
        "An official said the bridge would stay shut.\n\n"
        "Residents said the closure had cut them off. They said the ferry was too slow."
    )
    assert claims[-1].source.text == "Residents"


@pytest.mark.parametrize(
    "text",
    [
        "The Environmental Protection Agency drew up the plan, with each state assigned "
        "its own emission reduction target.",
        "The council set the rules, and every school must publish its own timetable.",
    ],
)
def test_its_after_each_noun_is_that_nouns(text: str) -> None:
    """'each state assigned its own target': the possessive belongs to the quantified
    noun, which names no entity; it is not the agency named before."""
    doc = claimscope.annotate(text)
    its = text.index(" its ") + 1
    for entity in doc.entities:
        assert all(m.start != its for m in entity.mentions), entity.name.text


def test_its_elsewhere_still_finds_its_body() -> None:
    """Away from *each*/*every*, 'its' still means the body named before."""
    doc = claimscope.annotate(
        "The Environmental Protection Agency said each state must file a plan by June. "
        "The agency said its rules were lawful."
    )
    its = doc.text.index(" its ") + 1
    owners = [e for e in doc.entities if any(m.start == its for m in e.mentions)]
    assert [e.name.text for e in owners] == ["The Environmental Protection Agency"]


# -- review leftovers ------------------------------------------------------------------


def test_one_list_of_generational_suffixes() -> None:
    """The entity stage's generations and the grammar's name suffixes are one list,
    with *IV*: 'John Smith IV' has the surname Smith everywhere."""
    from claimscope import _grammar
    from claimscope.entities import words

    assert words._GENERATIONS == _grammar.NAME_SUFFIXES
    assert "iv" in _grammar.NAME_SUFFIXES


def test_clause_verbs_are_the_grammars_finite_auxiliaries_and_modals() -> None:
    """The verbs that mark a clause after a cue are the grammar's auxiliaries and
    modals (so *shall* counts), less the non-finite *being*, which stands in adjuncts."""
    from claimscope import _grammar
    from claimscope.attribution import what

    finite = (_grammar.AUXILIARIES | _grammar.EPISTEMIC_MODALS) - {"being"}
    assert finite == what.CLAUSE_VERBS


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        ("A passenger stuck at the terminal told us she had been waiting since 7am.", "passenger"),
        ("A motorist caught in the queue said she had been there for three hours.", "motorist"),
        ("A shopper in the high street said he had never seen it so quiet.", "shopper"),
    ],
)
def test_he_or_she_after_an_unnamed_person_who_spoke_is_that_person(
    opening: str, noun: str
) -> None:
    """'A passenger … told us she had been waiting. “Nobody is telling us anything,”
    she said.': the speaking 'she' is the passenger who just spoke, an unnamed
    individual, not left unresolved."""
    pronoun = "she" if " she " in opening else "he"
    claims = _attributed(f"{opening}\n\n“Nobody is telling us anything,” {pronoun} said.")
    assert claims[-1].source.text is not None and noun in claims[-1].source.text
    assert claims[-1].source.type in (SourceType.ANONYMOUS, SourceType.PERSON)
