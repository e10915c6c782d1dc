"""Readings found by composing six US articles (round 12, helper news14a: a school-board
budget meeting, a body-camera video release, a Supreme Court ruling, a hurricane
warning, a coach's firing and a hospital merger): abbreviated titles that later role
nouns refer back to, a place before a role noun that picks its holder, copies, contracts
and web pages as documents, and company names ending in *Markets* or *Ratings*.

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
    ("text", "words", "name"),
    [
        (
            "Gov. Lena Marchetti signed the emergency order on Tuesday. The governor "
            "said 600 Guard troops would be sent to the coast.",
            "600 Guard troops",
            "Lena Marchetti",
        ),
        (
            "Sen. Howard Pike voted against the package. The senator said it would "
            "add billions to the deficit.",
            "add billions to the deficit",
            "Howard Pike",
        ),
        (
            "Lt. Carmen Ibarra led the search team. The lieutenant said the hikers were "
            "found near the ridge shortly after dawn.",
            "hikers were found near the ridge",
            "Carmen Ibarra",
        ),
    ],
)
def test_a_role_noun_refers_back_to_an_abbreviated_title(text: str, words: str, name: str) -> None:
    """*Gov. Lena Marchetti … The governor said*: an abbreviated title stands for its
    role noun as the title written in full does, so *the governor* is that person."""
    source = _claim(text, words).source
    assert source is not None and name in source.text
    assert source.type is SourceType.PERSON


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The district owes the former superintendent $410,000, according to a copy "
            "of her contract obtained through a records request.",
            "owes the former superintendent",
        ),
        (
            "Deputies must wear their cameras on every call, according to a copy of the "
            "policy reviewed by the Gazette.",
            "wear their cameras on every call",
        ),
        (
            "The fundraiser had collected more than $12,000 by Friday, according to the "
            "campaign's page.",
            "collected more than $12,000",
        ),
    ],
)
def test_copies_contracts_and_pages_are_documents(text: str, words: str) -> None:
    """*according to a copy of the policy reviewed by the Gazette*: a copy, a contract
    or a web page is a written artefact, not a person named by the outlet after it."""
    source = _claim(text, words).source
    assert source is not None
    assert source.type is SourceType.DOCUMENT


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Brazos Markets said in a statement that its stores near the coast would "
            "close early on Thursday.",
            "close early on Thursday",
            "Brazos Markets",
        ),
        (
            "Corrigan Ratings said in a note that the deal was positive for the smaller "
            "lender's bondholders.",
            "positive for the smaller",
            "Corrigan Ratings",
        ),
    ],
)
def test_names_ending_in_markets_or_ratings_are_companies(text: str, words: str, name: str) -> None:
    """A grocer's or a rating agency's name ends in *Markets* or *Ratings*, as a
    company's in *Holdings*: no person's name does."""
    source = _claim(text, words).source
    assert source is not None and source.text == name
    assert source.type is SourceType.ORGANIZATION


def test_a_role_noun_with_a_place_refers_to_the_holder_from_there() -> None:
    """*the Oregon senator* after *Oregon Sen. Dana Whitlock* and *Idaho Sen. Carl
    Brandt*: the place before the role noun picks the holder named with it, not the
    senator named last."""
    text = (
        "Oregon Sen. Dana Whitlock opened the hearing on Tuesday. Idaho Sen. Carl Brandt "
        "questioned the nominee about water rights. Later, the Oregon senator said the "
        "agency had ignored tribal fishing claims for a decade."
    )
    source = _claim(text, "ignored tribal fishing claims").source
    assert source is not None and "Dana Whitlock" in source.text


def test_a_role_noun_with_an_unwritten_modifier_still_refers_back() -> None:
    """*the Republican governor* after *Gov. Lena Marchetti*: a modifier the text never
    wrote by any holder's name decides nothing, so the governor named is meant."""
    text = (
        "Gov. Lena Marchetti signed the order on Tuesday. The Republican governor said "
        "the state would pay for the shelters."
    )
    source = _claim(text, "pay for the shelters").source
    assert source is not None and "Lena Marchetti" in source.text


def test_a_claim_a_party_disputes_keeps_its_speaker() -> None:
    """*Brennan said C, a claim the family's attorney disputes*: the attorney answers
    C; C stays the union president's, not the attorney's."""
    text = (
        "Union president Gary Holm said the officer had been dragged several feet when "
        "the car lurched forward, a claim the family's attorney disputes."
    )
    source = _claim(text, "dragged several feet").source
    assert source is not None and "Gary Holm" in source.text


def test_a_relative_clause_without_that_is_no_inverted_attribution() -> None:
    """*…, well above the 5% the state recommends*: two noun phrases side by side
    before the verb are a noun and a relative clause on it, not a speaker; the
    trustee argued C."""
    text = (
        "Trustee Nora Ellison argued the district should spend down its reserve, which "
        "stood at 16% of spending, well above the 5% the state recommends."
    )
    source = _claim(text, "spend down its reserve").source
    assert source is not None and "Nora Ellison" in source.text


@pytest.mark.parametrize(
    "opening",
    ["Legal scholars", "Constitutional scholars", "Epidemiologists", "Medical ethicists"],
)
def test_scholars_and_other_experts_are_unnamed_groups(opening: str) -> None:
    """*Legal scholars said*: a plural role noun after a capitalised adjective is a
    group of unnamed people, not a person called *Legal*."""
    source = _claim(f"{opening} said the practical effect may be limited.", "effect").source
    assert source is not None and source.text == opening
    assert source.type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    "line",
    [
        "Warning: The video linked below contains graphic violence.",
        "Content warning: This story describes a fatal shooting.",
        "Support local journalism. Subscribe to the Gazette today.",
    ],
)
def test_warnings_and_support_appeals_are_furniture(line: str) -> None:
    """A viewer warning before embedded video and an appeal to support the paper are
    page furniture, no claims."""
    text = f"The council voted 5-2 to close the library, the clerk said.\n\n{line}\n"
    document = claimscope.annotate(text)
    assert not [c for c in document.claims if c.start >= text.index(line)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Community groups have called a march for Saturday from the park to City Hall.",
        "The prime minister called a snap election for March.",
        "The mediator called a halt to the talks on Friday.",
    ],
)
def test_calling_a_march_or_an_election_reports_nothing(sentence: str) -> None:
    """*called a march for Saturday*: an event convened, no words reported; the
    sentence is the author's."""
    claim = _claim(sentence, "called")
    assert claim.source is None or claim.source.type is SourceType.AUTHOR


def test_calling_a_vote_a_sham_still_reports_a_judgment() -> None:
    """*called the vote a sham*: a second noun phrase after the event names it; that is
    the senator's judgment."""
    source = _claim("Sen. Ruth Adler called the vote a sham.", "a sham").source
    assert source is not None and "Ruth Adler" in source.text


def test_perceived_as_a_verb_keeps_no_distance() -> None:
    """*the officer "perceived an imminent threat"*: the verb with its object tells what
    the officer saw, the department's report, not a distancing *perceived threat*."""
    text = (
        'The department said the deputy "perceived an imminent threat" after the '
        "driver reached toward the glove box."
    )
    claim = _claim(text, "imminent threat")
    assert claim.confidence is claimscope.Confidence.REPORTED
    doubted = _claim(
        "The perceived threat from the rules led to protests, the union said.", "rules"
    )
    assert doubted.confidence is claimscope.Confidence.ALLEGED


def test_according_to_its_statements_is_the_document() -> None:
    """*according to its audited financial statements*: the participle after *its*
    modifies the head noun; the source is the statements, a document, not the body
    *its* stands for."""
    text = (
        "Harrow Health said the clinic would close. St. Agnes lost $38 million on "
        "operations last year, according to its audited financial statements."
    )
    source = _claim(text, "lost $38 million").source
    assert source is not None and "financial statements" in source.text
    assert source.type is SourceType.DOCUMENT


def test_a_person_named_with_her_firm_is_a_person() -> None:
    """*Analyst Rebecca Stoll of CapHill Securities wrote*: a given name before *of*
    names a person; *Securities* is her firm's word."""
    text = "Analyst Priya Dalal of Norbrook Securities wrote that the deal would pass."
    source = _claim(text, "the deal would pass").source
    assert source is not None and "Priya Dalal" in source.text
    assert source.type is SourceType.PERSON
    body = _claim("Ashford University School of Law said the clinic would reopen.", "clinic")
    assert body.source is not None and body.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "words", "first"),
    [
        (
            "Superintendent Rosa Delgado told the board the district faces a deficit.",
            "faces a deficit",
            "the district",
        ),
        (
            "The chief told the council the department needs 40 more officers.",
            "40 more officers",
            "the department",
        ),
        (
            "The driver told investigators he had not seen the cyclist.",
            "seen the cyclist",
            "he had",
        ),
    ],
)
def test_the_board_or_investigators_told_are_no_content(text: str, words: str, first: str) -> None:
    """*told the board the district faces a deficit*: the body or the people told are
    the addressee, so the content starts with the clause after them."""
    claim = _claim(text, words)
    assert text[claim.start : claim.end].startswith(first)


def test_rejecting_that_characterization_on_a_day_reports_no_proposition() -> None:
    """*rejected that characterization Wednesday morning, saying C*: a demonstrative,
    its noun and a time adjunct are no proposition (as *disputed that
    characterisation.*); *saying* reports C."""
    text = (
        "A district spokeswoman rejected that characterization Wednesday morning, "
        "saying the projections had been posted online since October."
    )
    document = claimscope.annotate(text)
    rejected = claim_holding(document, "characterization")
    assert rejected.source is None or rejected.source.type is SourceType.AUTHOR
    posted = claim_holding(document, "posted online")
    assert posted.source is not None and posted.source.type is SourceType.ANONYMOUS


def test_writing_for_the_majority_is_no_content() -> None:
    """*Justice Ana Ruiz wrote for the majority, joined by …*: *for the majority* says for
    whom she wrote, not what; only a clause after it is a claim."""
    text = (
        "Justice Ana Ruiz wrote for the majority, joined by four colleagues. She wrote "
        "for the court that the statute was clear."
    )
    document = claimscope.annotate(text)
    joined = claim_holding(document, "joined by four colleagues")
    assert joined.source is None or joined.source.type is SourceType.AUTHOR
    clear = claim_holding(document, "the statute was clear")
    assert clear.source is not None and "Ana Ruiz" in clear.source.text


def test_the_two_companies_named_before_are_organisations() -> None:
    """*Acme and Borex have agreed to merge, the two companies announced*: *the two
    companies* points back at bodies the text names, so they speak as organisations,
    unlike the unnamed *two companies*."""
    text = (
        "Harlow Foods and Benton Dairy have agreed to merge, the two companies announced Tuesday."
    )
    named = _claim(text, "agreed to merge").source
    assert named is not None and named.type is SourceType.ORGANIZATION
    unnamed = _claim("Two companies said they would bid for the plant.", "would bid").source
    assert unnamed is not None and unnamed.type is SourceType.ANONYMOUS
