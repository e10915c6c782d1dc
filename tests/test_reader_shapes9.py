"""Attribution and confidence shapes a reader meets in news (round 9's list): a
market's *could see* as a hedge, and the others fixed in that round.

Composed news sentences.
"""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope
from claimscope import Confidence

# -- a market "could see" is a hedge -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            '"If the talks collapse, we could see copper test $11,000 a tonne by March," '
            "said Rhea Baptiste, a metals strategist at Harwell Capital.",
            "copper test",
        ),
        (
            "Retailers could see sales fall 4% this quarter, the trade body warned.",
            "sales fall",
        ),
        (
            "Commuters could see higher fares from January, the transport authority said.",
            "higher fares",
        ),
    ],
)
def test_a_could_see_outcome_is_a_hedge(text: str, words: str) -> None:
    """'we could see Brent test $90', 'could see sales fall 4%': *see* here is
    undergoing an outcome, not seeing it, so *could* is a possibility and the claim
    is hedged (a figure, a change word or an *if* clause before shows it)."""
    claim = only_claim(text, words)
    assert claim.confidence is Confidence.HEDGED


@pytest.mark.parametrize(
    "text",
    [
        "From the balcony, residents said they could see the flames spreading.",
        "Neighbours said they could hear shouting from the flat for hours.",
    ],
)
def test_perception_could_see_is_no_hedge(text: str) -> None:
    """'they could see the flames': seeing and hearing a thing is ability, no doubt
    about the claim, so the claim stays reported."""
    doc = claimscope.annotate(text)
    assert [c.confidence for c in doc.claims] == [Confidence.REPORTED]


# -- "who says" after a place the person works at ----------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "head"),
    [
        (
            "The files were leaked to the paper by a former safety inspector at the "
            "company’s Swindon factory, who says she was sidelined after raising concerns.",
            "she was sidelined",
            "inspector",
        ),
        (
            "The complaint was made by a warehouse supervisor at the firm’s Leeds depot, "
            "who says he was sacked for speaking out.",
            "he was sacked",
            "supervisor",
        ),
    ],
)
def test_who_says_after_a_workplace_is_the_person(text: str, words: str, head: str) -> None:
    """'a former engineer at the company's Telford plant, who says C': *who* names a
    person, so its antecedent is the role noun before *at*, not the plant the person
    works at."""
    claim = only_claim(text, words)
    assert claim.source.text is not None and head in claim.source.text
    assert claim.source.type is claimscope.SourceType.ANONYMOUS


def test_who_says_after_a_named_person_keeps_the_person() -> None:
    """'the lawyer for Jane Doe, who says C': a name after the preposition is a
    person, and the nearer antecedent stands."""
    claim = only_claim(
        "The letter was sent by a lawyer for Maria Okafor, who says she was never paid.",
        "never paid",
    )
    assert claim.source.text == "Maria Okafor"


# -- "the airline" is no airport ---------------------------------------------------------


def test_the_airline_is_not_the_airport_named_before() -> None:
    """'the airline has confirmed' after a caption naming an airport: a body whose
    name ends in a facility noun (*Airport*, *Hospital*) is an airport or a hospital,
    so another kind of noun (*the airline*) does not refer back to it."""
    text = (
        "Passengers wait at Larnaca International Airport on Sunday.\n\n"
        "A London-bound flight was diverted to Larnaca after a cabin pressure warning, "
        "the airline has confirmed.\n\n"
        "Flight SK402, operated by the low-cost carrier Skyline Jet, landed safely."
    )
    claim = only_claim(text, "diverted to Larnaca")
    assert claim.source.text is not None and "Airport" not in claim.source.text


def test_the_hospital_still_refers_to_the_hospital() -> None:
    """'the hospital said' after 'St Mary's Hospital': the same noun still refers back
    to the named facility."""
    text = (
        "Two workers were taken to Riverside General Hospital after the blast.\n\n"
        "Both were in a stable condition, the hospital said on Monday."
    )
    claim = only_claim(text, "stable condition")
    assert claim.source.text == "Riverside General Hospital"


def test_a_maker_named_only_before_a_model_number_is_no_referent() -> None:
    """'The Airbus A350 at the gate' names a model, not a body that speaks; 'the
    carrier said' does not refer to the maker."""
    text = (
        "The Boeing 777 parked at the gate on Sunday.\n\n"
        "The flight was cancelled after a bird strike, the carrier said."
    )
    claim = only_claim(text, "bird strike")
    assert claim.source.text is not None and "Boeing" not in claim.source.text


# -- "the company" is not an analyst's employer -------------------------------------------


def test_the_company_is_not_an_analysts_employer() -> None:
    """'X, an analyst at the security firm Y, said …' then 'the company said': Y is
    only named as where a commentator works; the company of the story is the one the
    article is about."""
    text = (
        "Ashdown Logistics said on Tuesday that hackers had stolen customer records "
        "from its booking system.\n\n"
        "The breach forced Ashdown to take its website offline for two days.\n\n"
        "Marta Kowal, a researcher at the cybersecurity firm Greyline Labs, said the "
        "attack bore the hallmarks of a known ransomware gang.\n\n"
        "Customers can reset their passwords through the app, the company said."
    )
    claim = only_claim(text, "reset their passwords")
    assert claim.source.text == "Ashdown Logistics"


def test_the_company_can_still_be_a_spokespersons_employer() -> None:
    """'John Reed of Harwell Foods said …' then 'the company said': with no other
    company in reach, the employer is still the company."""
    text = (
        "A product recall was announced on Friday.\n\n"
        "Jonathan Reed, a spokesman for Harwell Foods, said the jars had been "
        "withdrawn as a precaution.\n\n"
        "Refunds will be offered in all stores, the company said."
    )
    claim = only_claim(text, "Refunds will be offered")
    assert claim.source.text == "Harwell Foods"


# -- "…," he said in Tamil: the person just introduced --------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Meteorologist Dr. Ravi Menon said the rains had failed across the district. "
            '"The next fortnight is critical," he said.\n\n'
            "Near Madurai, 48-year-old Senthilvel Murugan walked across his cracked paddy "
            'field. "I borrowed money for the seeds. Now there is nothing to sell," he '
            "said in Tamil.",
            "borrowed money",
            "Senthilvel Murugan",
        ),
        (
            "Police chief Inspector David Lawson said the march had been peaceful. "
            '"There were no arrests," he said.\n\n'
            "Among the marchers was retired nurse Oyelaran Adebisi, 70, who came by bus "
            'with her sister. "My rent doubled this year. I cannot keep up," she said.',
            "rent doubled",
            "Oyelaran Adebisi",
        ),
    ],
)
def test_a_speech_tag_pronoun_means_the_person_just_introduced(
    text: str, words: str, name: str
) -> None:
    """'"…," he said in Marathi' after a paragraph introducing a person with a given
    name the lexicon does not know: the speech tag's pronoun is that person, the
    subject just named, not a speaker of an earlier paragraph whose gender is
    known."""
    claim = only_claim(text, words)
    assert claim.source.text == name


# -- "X is also a point that experts highlight" -----------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "The cost of the new stadium is also a concern that residents mention.",
            "cost of the new stadium",
            "residents",
        ),
        (
            "Slowing wage growth remains a risk that economists highlight.",
            "Slowing wage growth",
            "economists",
        ),
    ],
)
def test_a_copular_summary_relative_attributes_the_subject(
    text: str, words: str, source: str
) -> None:
    """'The valuation of the market is also a point that experts highlight': the
    relative clause's subject raises what the sentence's subject names, as in 'C, a
    point that experts highlight'."""
    claim = only_claim(text, words)
    assert claim.source.text == source
    assert claim.source.type is claimscope.SourceType.ANONYMOUS


# -- videos "showing" a scene ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Several fans posted videos on social media showing what appeared to be flares "
        "on the pitch.",
        "A clip showing protesters clashing with police outside the ministry was shared "
        "thousands of times.",
    ],
)
def test_pictures_showing_a_scene_are_the_writers_description(text: str) -> None:
    """'videos on social media showing what appeared to be haze': a picture showing a
    scene; no one is quoted, and the sentence is the writer's (hedged by *appeared*
    where it says so)."""
    doc = claimscope.annotate(text)
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


def test_a_video_showing_that_keeps_its_claim() -> None:
    """'The footage shows that C': a *that*-clause is what the footage is taken to
    establish, still an attribution to the document."""
    claim = only_claim(
        "Police said the footage shows that the driver ran a red light.", "ran a red light"
    )
    assert claim.source.type is not claimscope.SourceType.AUTHOR


# -- "he asked about X, called Y a Z and said, “Q,” the office said" ---------------------


def test_coordinated_actions_before_a_relayed_quote_are_the_tags_claim() -> None:
    """'During the call, he asked about X, called Y a “Z” and said, “Q,” the
    prosecutor's office said': the office reports all of it; the quote is his,
    relayed by the office, and what he did before it is the office's account."""
    text = (
        "During the hearing, he shouted at the clerk, called the judge a “coward” and "
        "said, “someone should burn this courthouse down,” the district attorney’s "
        "office said."
    )
    doc = claimscope.annotate(text)
    account = only_claim(text, "shouted at the clerk")
    assert account.source.text == "the district attorney’s office"
    assert "coward" in account.text
    quote = only_claim(text, "burn this courthouse")
    assert quote.source.text == "he"
    assert [link.text for link in quote.chain] == ["the district attorney’s office"]
    assert len(doc.claims) == 2


def test_a_single_relayed_quote_makes_no_account_claim() -> None:
    """'During the call, he said, “Q,” police said': nothing but the quote is
    reported, so there is one claim, his, relayed by police."""
    text = "During the call, he said, “the money is buried in the garden,” police said."
    doc = claimscope.annotate(text)
    assert [c.text for c in doc.claims] == ["“the money is buried in the garden,”"]


# -- "Friday's jobs report" is a noun ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Investors will look to Friday's jobs report for more clues on the Fed's path.",
        "Traders are waiting for the government's inflation report for signs of cooling.",
    ],
)
def test_a_data_release_report_is_a_noun(text: str) -> None:
    """'Friday's jobs report', 'the inflation report': a data release named by its
    subject is a noun, no speech verb, so the sentence is the writer's."""
    doc = claimscope.annotate(text)
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


# -- "according to the FedWatch tool" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Traders now see a 60% chance of a cut in March, according to CME Group's "
            "FedWatch tool.",
            "FedWatch",
        ),
        (
            "Home prices fell 3% in October, according to the latest survey by the Halden "
            "Property Institute.",
            "survey",
        ),
    ],
)
def test_according_to_stays_out_of_the_source(text: str, source: str) -> None:
    """'C, according to the FedWatch tool': *according to* is the cue; the source is
    the tool or survey alone."""
    (claim,) = claimscope.annotate(text).claims
    assert claim.source.text is not None and source in claim.source.text
    assert "according" not in claim.source.text.casefold()
    assert claim.cue is not None and claim.cue.text == "according to"
