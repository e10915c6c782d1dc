"""Shapes met in held-out-style news (housing, outbreak, ransomware, summit, transfer
rumour, musician profile; tests/golden/news_composed): each test composes its own
sentences for one general reading the first run got wrong.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import Confidence, SourceType


def _only(text: str) -> claimscope.Claim:
    (claim,) = claimscope.annotate(text).claims
    return claim


@pytest.mark.parametrize(
    "text",
    [
        "He is understood to be the manager's first choice for the role.",
        "The striker is understood to have agreed personal terms with the club.",
        "Both airlines were understood to be close to a deal on Sunday night.",
    ],
)
def test_x_is_understood_to_names_nobody(text: str) -> None:
    """'X is understood to …' is the raised form of 'it is understood that': an
    unnamed attribution that distances (SPEC: unspecified, alleged), like 'is said to'."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.confidence is Confidence.ALLEGED
    assert claim.text == text.rstrip(".") or claim.text == text


@pytest.mark.parametrize(
    "text",
    [
        "A long-running dispute over grazing rights remained unresolved after the talks.",
        "The bitter pay dispute at the port has now lasted six weeks.",
        "Her debut made her one of the most talked-about voices in Kenyan jazz.",
        "Dissenting voices in the party were kept off the stage.",
        "The think tank published its annual report on Monday.",
        "The regulator logged 212 complaints last year in its quarterly report.",
    ],
)
def test_cue_words_used_as_nouns_make_no_claim(text: str) -> None:
    """'dispute', 'voices' and 'report' after a word that only a noun follows (an
    adjective such as long-running, bitter, talked-about, annual) are nouns: no
    speaker, no denial; the sentence stays in the author's voice."""
    claim = _only(text)
    assert claim.source.type is SourceType.AUTHOR
    assert claim.confidence is Confidence.ASSERTED


def test_according_to_a_latest_report_names_the_report() -> None:
    """'according to its latest surveillance report': the source is the whole noun
    phrase (a document), not 'according to its latest surveillance' as a person."""
    claim = _only(
        "The ministry recorded 3,100 dengue cases in 2025, according to its latest "
        "surveillance report."
    )
    assert claim.source.type is SourceType.DOCUMENT
    assert claim.source.text == "its latest surveillance report"


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the gang added the hospital group to its data leak site.",
        "The economy added 41,000 jobs in February, more than forecast.",
        "Late goals from both sides only added to the drama at Ewood Park.",
        "The newspaper could not independently verify the footage.",
    ],
)
def test_adding_and_verifying_things_report_no_speech(text: str) -> None:
    """'added X to Y', 'added 41,000 jobs', 'added to the drama' and 'could not verify
    the footage' are acts on things: no source speaks, the sentence is the author's."""
    claim = _only(text)
    assert claim.source.type is SourceType.AUTHOR


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She added that the depot would reopen in May.", "the depot would reopen in May"),
        (
            "He added it was too early to say how the attackers got in.",
            "it was too early to say how the attackers got in",
        ),
        ("The mayor did not respond to a request for comment.", "to a request for comment"),
    ],
)
def test_added_clauses_and_unanswered_requests_stay_reports(text: str, content: str) -> None:
    """'added (that) C' still reports C, also when a 'to' comes after the clause's own
    verb; 'did not respond to a request for comment' keeps its silent source, as in
    PolNeAR and the composed set."""
    claim = _only(text)
    assert claim.source.type is not SourceType.AUTHOR
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The study's lead author, epidemiologist Grace Achieng, said the effect was small.",
            "Grace Achieng",
        ),
        ("The singer's agent, Tomasz Wrona, said the tour would go ahead.", "Tomasz Wrona"),
        ("The team's captain, defender Luis Okafor, said the squad was ready.", "Luis Okafor"),
    ],
)
def test_role_then_apposed_name_names_the_source(text: str, name: str) -> None:
    """'The report's author, economist Daniel Kwan, said': the name in apposition
    (after a lower-case role noun such as economist or defender) is the source's most
    informative mention, and an agent is a person's role."""
    claim = _only(text)
    assert claim.source.type is SourceType.PERSON
    assert claim.source.text == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister for Housing Cathal Dunne said the scheme would be extended.", "Cathal Dunne"),
        (
            "Director of Public Prosecutions Ruth Mallory said the case would go ahead.",
            "Ruth Mallory",
        ),
        ("Commissioner of Police Anand Rao said the roads would close.", "Anand Rao"),
    ],
)
def test_portfolio_between_title_and_name_is_not_part_of_the_name(text: str, name: str) -> None:
    """'Minister for Housing Cathal Dunne': the portfolio after 'for'/'of' is no part of
    the person's name ('Housing Cathal Dunne' was one name): the person's name ends
    with the last two words (the title and its portfolio may stay in front, as in
    'Foreign Minister Ana Costa') and the source phrase holds that name."""
    doc = claimscope.annotate(text)
    (claim,) = doc.claims
    assert any(e.name.text.endswith(name) for e in doc.entities)
    assert not any(e.name.text.split(" ", 1)[-1] == name for e in doc.entities)
    assert claim.source.text is not None and claim.source.text.endswith(name)


def test_a_body_after_of_keeps_its_name() -> None:
    """'members of the Congressional Black Caucus': an organisation's name after 'of'
    is no portfolio before a person, and stays whole."""
    doc = claimscope.annotate(
        "Members of the Congressional Black Caucus said the remarks were offensive."
    )
    assert any("Congressional Black Caucus" in e.name.text for e in doc.entities)


def test_caption_ending_in_photographer_and_agency_is_furniture() -> None:
    """A caption whose paragraph ends with the photographer and agency after its last
    sentence ('… on Tuesday. Fred Lum/The Globe and Mail') is no claim."""
    text = (
        "Rents rise again in Halifax\n\n"
        "A for-rent sign on a house in Dartmouth on Monday. Darren Pittman/The Coast\n\n"
        "Average rents rose 6 per cent last year, the housing agency said.\n"
    )
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["Average rents rose 6 per cent last year"]


def test_newsletter_consent_lines_are_furniture() -> None:
    """A sign-up box's consent text ('By providing an email address. I agree to the
    Terms of Use …', 'By signing up, you agree …') is no claim by the writer."""
    text = (
        "Ferry fares to rise in April\n\n"
        "Fares on the island route will rise by 8 per cent, the operator said.\n\n"
        "By providing an email address. I agree to the Terms of Use and acknowledge that "
        "I have read the Privacy Policy.\n\n"
        "By signing up, you agree to our privacy notice.\n"
    )
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims] == ["Fares on the island route will rise by 8 per cent"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'The chorus is, as she puts it, "a hymn you can dance to".',
            '"a hymn you can dance to"',
        ),
        (
            'As Mr. Osei put it in a statement, the plan is "dead in the water".',
            'in a statement, the plan is "dead in the water"',
        ),
    ],
)
def test_as_x_puts_it_attributes_the_quotation(text: str, content: str) -> None:
    """'as she puts it, "C"' attributes C to her, in the present as in the past tense,
    also when an abbreviated title stands between 'as' and 'put it'."""
    claim = _only(text)
    assert claim.source.type is SourceType.PERSON
    assert claim.text == content


@pytest.mark.parametrize(
    "text",
    ["He puts it down to luck and a good pair of boots.", "She put it on the table and left."],
)
def test_putting_a_thing_somewhere_reports_nothing(text: str) -> None:
    """'put it down to luck', 'put it on the table': no way of saying, so no claim by
    the subject; the sentence is the author's."""
    claim = _only(text)
    assert claim.source.type is SourceType.AUTHOR


def test_city_state_based_company_refers_back_to_the_named_company() -> None:
    """'the Denver, Colorado-based company said': the description reads on over the
    comma of 'City, State-based' to its article, and refers back to the company the
    article named, so the claim's source is that company."""
    doc = claimscope.annotate(
        "Pinecrest Logistics Inc. has confirmed a data breach.\n\n"
        "In a letter to customers, the Denver, Colorado-based company said it had "
        "reset every password.\n"
    )
    claim = doc.claims[-1]
    assert claim.text == "it had reset every password"
    assert claim.source.type is SourceType.ORGANIZATION
    assert claim.source.text == "Pinecrest Logistics Inc."


@pytest.mark.parametrize(
    "text",
    [
        "The winger is close to a move to Lisbon, according to reports in Portugal.",
        "According to reports in the Italian press, the coach will leave in June.",
    ],
)
def test_reports_in_a_place_name_nobody(text: str) -> None:
    """'according to reports in Portugal': where unowned reports appeared names no
    owner, so the attribution is unspecified like 'according to media reports'."""
    claim = _only(text)
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.source.text is None


def test_screenshots_that_show_are_a_document_source() -> None:
    """'Screenshots posted by the gang appear to show C': recorded artefacts that show
    something are a document source (like 'court filings show'), and 'appear' hedges."""
    claim = _only("Screenshots posted by the gang appear to show scanned passports.")
    assert claim.source.type is SourceType.DOCUMENT
    assert claim.confidence is Confidence.HEDGED
