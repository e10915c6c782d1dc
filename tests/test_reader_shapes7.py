"""Shapes a reader meets in many articles, each once got wrong (round 7's list):
age epithets standing for the person just named, bare roles for a named lawyer,
sign-up prompts, nested office attributions, datelines.

Composed news sentences.
"""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope
from claimscope import SourceType
from claimscope.cues import find_cues

# -- an age epithet for the person just named ------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Thandi Mokoena, who joined the club in July, scored twice on her debut. "
            '"I just wanted to enjoy it," the 22-year-old said.',
            "enjoy it",
            "Thandi Mokoena",
        ),
        (
            "Gary Dunmore was cleared of all charges on Friday. Outside court, the "
            "46-year-old told reporters he wanted to get back to work.",
            "get back to work",
            "Gary Dunmore",
        ),
        (
            "Priya Raman has won the county's young poet award. The 17-year-old said "
            "she had written the winning poem on a bus.",
            "winning poem",
            "Priya Raman",
        ),
        (
            "Police said Derek Hollis, 58, had been released on bail. The 58-year-old "
            "said through his solicitor that he denied any wrongdoing.",
            "denied any wrongdoing",
            "Derek Hollis",
        ),
        (
            "Anna Cole ran the campaign from her kitchen table.\n\nJo Pike via Getty "
            'Images.\n\n"Nobody thought Tom Reed could win," the 31-year-old said.',
            "Nobody thought",
            "Anna Cole",
        ),
    ],
)
def test_an_age_epithet_stands_for_the_person_just_named(text: str, words: str, name: str) -> None:
    """'"C," the 22-year-old said' after a sentence about a named person: the age
    epithet is an anaphor for that person, as in match and court reports, so the
    source is the person's name and its type person."""
    claim = only_claim(text, words)
    assert claim.source.text == name
    assert claim.source.type is SourceType.PERSON
    assert claim.source.mention is not None
    assert "year-old" in claim.source.mention.text


def test_an_age_epithet_with_no_one_named_stays_itself() -> None:
    """With no person named before it, 'the 34-year-old' is a person of its own."""
    claim = only_claim(
        'Flooding closed the coast road overnight. "We lost everything," the 34-year-old said.',
        "lost everything",
    )
    assert claim.source.text == "the 34-year-old"
    assert claim.source.type is SourceType.PERSON


# -- "show" the noun after a description ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fans who had bought tickets for the postponed Glasgow show reacted angrily "
        "online, with some claiming they had lost hundreds of pounds.",
        '"We were second best all night," Hale said on the broadcaster\'s post-match show.',
        "Organisers of the annual county show said the event would go ahead.",
    ],
)
def test_show_after_a_description_is_a_noun(text: str) -> None:
    """'the postponed Glasgow show', 'the broadcaster's post-match show': a bare
    'show' closing a phrase opened by a determiner or a possessive is a programme or
    a gig, not a verb reporting anything, so it makes no claim of its own."""
    cues = [c.cue.text for c in claimscope.annotate(text).claims if c.cue is not None]
    assert "show" not in cues


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The latest figures show that waiting lists grew again in May.", "waiting lists"),
        ("The company's own data show demand fell sharply in the spring.", "demand fell"),
        ("The latest polls by Gallup show the race tightening.", "race tightening"),
    ],
)
def test_show_after_a_plural_subject_still_reports(text: str, words: str) -> None:
    """'figures show that C', 'data show C': a plural subject before 'show' keeps it a
    verb reporting C."""
    claim = only_claim(text, words)
    assert claim.cue is not None
    assert claim.cue.text == "show"


def test_show_with_a_clause_after_it_reports() -> None:
    """'papers from his 2019 tax return show he paid …': a clause after 'show' makes
    it the verb of the plural subject before the prepositional phrase."""
    claim = only_claim(
        "Leaked papers from his 2019 tax return show he paid almost no income tax.",
        "paid almost no income tax",
    )
    assert claim.cue is not None
    assert claim.cue.text == "show"


@pytest.mark.parametrize(
    "text",
    [
        "Polls this week show Mayor Hart trailing her rival.",
        "Figures from the council that show rents rising were published.",
    ],
)
def test_show_after_a_time_word_or_that_reports(text: str) -> None:
    """'polls this week show C', 'figures … that show C': a time adjunct or a
    relative 'that' before 'show' does not open a noun phrase ending in it."""
    cues = [c.text for c in find_cues(text)]
    assert "show" in cues


# -- a sign-up prompt between a company and "the company" -------------------------------


@pytest.mark.parametrize(
    "prompt",
    [
        "SIGN UP to our free Money newsletter for the latest deals",
        "SUBSCRIBE NOW for unlimited access to Business Daily",
        "READ MORE: Energy bills to fall in April",
    ],
)
def test_a_capitalised_call_to_action_names_nobody(prompt: str) -> None:
    """'SIGN UP to our free newsletter' between 'Harbour Freight Lines said C' and 'In a
    statement, the company said C': the shouted imperative of a call to action is no
    organisation, so 'the company' is not resolved to it."""
    text = (
        "Shares in the ferry operator fell sharply on Monday.\n\n"
        f"{prompt}\n\n"
        "Harbour Freight Lines said all bookings would be honoured. In a statement, "
        "the company said new sailings would be announced next week."
    )
    claim = only_claim(text, "new sailings")
    assert "Harbour Freight Lines" in claim.source.text
    names = [e.name.text for e in claimscope.annotate(text).entities]
    assert not any(name.isupper() and len(name) > 3 for name in names)


# -- "counsel said" for the barrister just named -----------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Under cross-examination by Aidan Kerr SC, the manager agreed that no audit "
            "had been done. Mr Kerr told the jury his client accepted money had gone "
            'missing. "You will hear that others had the passwords," counsel said.',
            "others had the passwords",
            "Aidan Kerr",
        ),
        (
            "Helen Ward KC, prosecuting, said the defendant had planned the fraud for "
            'months. "He knew exactly what he was doing," counsel told the jury.',
            "knew exactly",
            "Helen Ward",
        ),
        (
            "Rachel Obi, for the defence, told the court her client was of good character. "
            "Defence counsel said he had no previous convictions.",
            "no previous convictions",
            "Rachel Obi",
        ),
    ],
)
def test_bare_counsel_is_the_barrister_just_named(text: str, words: str, name: str) -> None:
    """'"C," counsel said' in a court report: the bare role (no determiner, perhaps
    'defence' or 'prosecuting' before it) refers back to the barrister just named,
    so the source is that person."""
    claim = only_claim(text, words)
    assert name in claim.source.text
    assert claim.source.type is SourceType.PERSON


# -- an attribution inside another one's trailing tag -----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "source", "link"),
    [
        (
            "The driver had been drinking before the crash, a witness told police, "
            "the prosecutor said.",
            "had been drinking",
            "a witness",
            "the prosecutor",
        ),
        (
            "The van was parked outside the depot all night, a security guard said, "
            "according to court documents.",
            "parked outside the depot",
            "a security guard",
            "court documents",
        ),
    ],
)
def test_an_inverted_attribution_inside_a_trailing_tag_nests(
    text: str, words: str, source: str, link: str
) -> None:
    """'C, a witness told police, the prosecutor said': the content of the outer
    tag is itself an attribution, so C's source is the witness and the prosecutor is
    on its chain (the inner tag is not part of the content)."""
    claim = only_claim(text, words)
    assert claim.source.text == source
    assert [link_.text for link_ in claim.chain] == [link]
    assert "told" not in claim.text and " said" not in claim.text


def test_a_quote_told_to_someone_is_relayed_by_the_closing_tag() -> None:
    """'He told the clerk, "C," the prosecutor said': the quote is his, and the
    prosecutor who relays it is on the chain; the closing tag is not part of the
    content."""
    claim = only_claim(
        'He told the cashier, "I will burn this place down," the district attorney said.',
        "burn this place down",
    )
    assert claim.source.text == "He"
    assert [link.text for link in claim.chain] == ["the district attorney"]
    assert "attorney" not in claim.text


def test_a_pronoun_tag_after_a_quote_makes_no_second_claim() -> None:
    """'Jane Roe said she felt C because "Q," she said': the closing tag repeats the
    speaker, so the sentence keeps one claim and no claim overlaps another."""
    text = (
        "Jane Roe said she felt the case was worth reopening because "
        '"nobody has looked at the evidence for years," she said.'
    )
    claims = claimscope.annotate(text).claims
    assert len(claims) == 1
    assert claims[0].source.text == "Jane Roe"


@pytest.mark.parametrize(
    "text",
    [
        "During the call, he asked about the council's plans for the harbour.",
        "At the hearing on Monday, she complained about the noise from the site.",
    ],
)
def test_a_fronted_adjunct_is_no_inverted_content(text: str) -> None:
    """'During the call, he asked about C': the comma after a fronted prepositional
    phrase does not make the phrase the content of an inverted attribution."""
    opening = text.split(",", 1)[0]
    assert all(c.text != opening for c in claimscope.annotate(text).claims)


def test_a_fronted_clause_is_still_inverted_content() -> None:
    """'In the past, the firm struggled, the chief said': a clause after the adjunct
    keeps the inverted reading."""
    claim = only_claim(
        "In the past, the firm struggled to hire engineers, the chief executive said.",
        "struggled",
    )
    assert claim.source.text == "the chief executive"


# -- datelines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "BANGKOK - Thailand's finance minister said the government would cut fuel "
            "taxes next month.",
            "Thailand's finance minister",
        ),
        (
            "NAIROBI, Kenya - Teachers' unions said schools would stay closed until "
            "the grants were paid.",
            "Teachers' unions",
        ),
    ],
)
def test_a_single_hyphen_dateline_is_no_part_of_the_source(text: str, source: str) -> None:
    """'BANGKOK - X said C': a capitalised place and a spaced hyphen opening the
    paragraph are the dateline, not the start of the source phrase."""
    (claim,) = claimscope.annotate(text).claims
    assert claim.source.text == source


# -- the author's own clause before an attributed one ------------------------------------


@pytest.mark.parametrize(
    ("text", "author_words", "attributed_words"),
    [
        (
            "Westline Ferries carried a record 4.2 million passengers last year, and "
            "the port authority expects numbers to rise again this summer.",
            "carried a record 4.2 million passengers",
            "numbers to rise",
        ),
        (
            "The coast road between Ardmore and Kilbeg is closed because of flooding, "
            "and the county council said it was unlikely to reopen before Friday.",
            "is closed because of flooding",
            "unlikely to reopen",
        ),
        (
            "The regulator approved a 20 per cent rise in water bills in March, after "
            "suppliers argued that their costs had doubled.",
            "approved a 20 per cent rise",
            "costs had doubled",
        ),
    ],
)
def test_the_authors_clause_before_an_attributed_one_is_kept(
    text: str, author_words: str, attributed_words: str
) -> None:
    """'X carried N passengers, and the authority expects C': the first clause is the
    writer's own statement; it stays an author claim beside the attributed one."""
    author = only_claim(text, author_words)
    assert author.source.type is SourceType.AUTHOR
    assert attributed_words not in author.text
    attributed = only_claim(text, attributed_words)
    assert attributed.source.type is not SourceType.AUTHOR


# -- the writer's inference: "has effectively admitted as much" --------------------------


def test_effectively_admitted_as_much_is_the_writers_inference() -> None:
    """'The council has effectively admitted as much by agreeing to C': the adverb
    makes the admission the writer's reading of an act, and 'as much' points back to
    the writer's own claim; no claim reports 'as much' as the council's words."""
    text = (
        "The new timetable does nothing for rural riders. The council has effectively "
        "admitted as much by agreeing that village routes should be reviewed."
    )
    claims = claimscope.annotate(text).claims
    assert not any(c.text.startswith("as much") for c in claims)


def test_said_as_much_still_reports() -> None:
    """'Her campaign manager said as much in an interview': without an interpretive
    adverb the speech act is reported."""
    claim = only_claim("Her campaign manager said as much in an interview on Sunday.", "as much")
    assert claim.source.type is not SourceType.AUTHOR


def test_a_concessive_clause_before_an_attribution_is_the_writers() -> None:
    """'While police have not officially named the victim, neighbours say C': the
    concessive clause states the writer's own fact beside the neighbours' claim."""
    text = (
        "While police have not officially named the victim, neighbours say the man "
        "was a retired teacher."
    )
    author = only_claim(text, "officially named")
    assert author.source.type is SourceType.AUTHOR
    assert "neighbours" not in author.text
    attributed = only_claim(text, "retired teacher")
    assert attributed.source.type is SourceType.ANONYMOUS


# -- "she said" after an unnamed speaker ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            'A resident said the water rose within minutes. "We lost everything," she said.',
            "lost everything",
            "A resident",
        ),
        (
            "A local administrator, who asked not to be named, said the shelling had not "
            'stopped for three days. "There is nowhere safe left," he said.',
            "nowhere safe",
            "A local administrator",
        ),
    ],
)
def test_a_speech_tag_pronoun_after_an_unnamed_speaker_is_that_speaker(
    text: str, words: str, source: str
) -> None:
    """'A resident said C. "Q," she said.': the pronoun of the next speech tag is the
    unnamed speaker just quoted, so Q is the resident's (anonymous), not a nameless
    'she'."""
    claim = only_claim(text, words)
    assert claim.source.text == source
    assert claim.source.type is SourceType.ANONYMOUS


def test_an_apposed_name_with_a_home_town_names_the_speaker() -> None:
    """'Another commuter, Tom Bryan from Maynooth, said C': the name in apposition,
    followed by where the person is from, names the speaker."""
    claim = only_claim(
        "Another commuter, Tom Bryan from Maynooth, said he had some sympathy with the workers.",
        "some sympathy",
    )
    assert claim.source.text == "Tom Bryan"
    assert claim.source.type is SourceType.PERSON
