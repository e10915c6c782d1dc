"""Shapes met in whistleblower, oil-price, sentencing, protest, retraction and
public-inquiry stories (the composed articles of round 7, news7c), each once read wrong.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope import SourceType


def _attributed(text: str) -> list[claimscope.Claim]:
    """The claims of ``text`` that are not in the author's voice."""
    return [c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR]


# -- contents ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Outside, Mairead Kelly, whose son died in the crash, said families had waited "
        "too long for answers.",
        "Later, Tomos Jenkins, 52, said families had waited too long for answers.",
        "On Monday, Tomos Jenkins, the council leader, said families had waited too "
        "long for answers.",
        "However, Tomos Jenkins, a local councillor, said families had waited too long "
        "for answers.",
    ],
)
def test_a_fronted_adjunct_before_a_speaker_with_an_appositive_is_no_content(text: str) -> None:
    """'Outside, Mairead Kelly, whose son died, said C': the word before the first
    comma is an adjunct, not a quoted content; the content is what follows 'said'."""
    (claim,) = _attributed(text)
    assert claim.text == "families had waited too long for answers"
    assert claim.source.type is SourceType.PERSON


# -- source types ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The notice said the authors had been unable to supply the raw images.",
            SourceType.DOCUMENT,
        ),
        (
            "According to the agency's database, 212 vehicles were recalled last year.",
            SourceType.DOCUMENT,
        ),
        (
            "The journal said an investigation had found problems with three figures.",
            SourceType.MEDIA,
        ),
    ],
)
def test_notices_databases_and_journals_are_no_people(text: str, kind: SourceType) -> None:
    """A retraction 'notice' and a 'database' are written artefacts; a journal
    speaking for itself is a publication. None of them is a person."""
    (claim,) = _attributed(text)
    assert claim.source.type is kind, claim.source.reason


# -- page structure ----------------------------------------------------------------------


def test_a_dateline_with_a_colon_is_no_speaker_label() -> None:
    """'PETALING JAYA: Hundreds of traders …' opens a Malaysian (or Indian, Pakistani)
    story with where it was filed, not a transcript speaker: the sentence is the
    author's, and the one attribution in the story is still found."""
    text = (
        "Traders rally against new levy\n\nBy SITI AMINAH\n\n"
        "PETALING JAYA: Hundreds of traders gathered outside the council offices on "
        "Monday to protest against a new licence levy.\n\n"
        "The council said the levy would fund drainage works."
    )
    claims = claimscope.annotate(text).claims
    opening = next(c for c in claims if "Hundreds of traders" in c.text)
    assert opening.source.type is SourceType.AUTHOR
    assert [c.source.text for c in _attributed(text)] == ["The council"]


def test_transcript_labels_are_still_speakers() -> None:
    """A transcript labels many lines with its speakers: each line stays theirs."""
    text = (
        "Interview transcript\n\n"
        "HOST: The minister said the levy would fund drainage works.\n\n"
        "GUEST: That is not what the accounts show."
    )
    assert [c.source.text for c in _attributed(text)] == ["HOST", "GUEST"]


# -- reporting verbs used for an act ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The company recalled 212,000 heaters in September after a string of fires.",
        "The government recalled its ambassador from the capital on Friday.",
        "The march was organised by a coalition calling itself Clean Water Now.",
        "Protesters walked to the square, chanting slogans and waving blue banners.",
    ],
)
def test_a_recall_a_name_taken_and_slogans_chanted_report_nothing(text: str) -> None:
    """'recalled 212,000 heaters' takes products back, 'calling itself' gives a name,
    'chanting slogans' gives no words: none of them reports what anyone said."""
    assert _attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She recalled that the road had flooded twice that winter.",
        "Protesters chanted “No more cuts” outside the council offices.",
    ],
)
def test_a_memory_and_chanted_words_still_report(text: str) -> None:
    """'recalled that C' tells a memory and 'chanted “C”' gives the words: both
    report."""
    assert len(_attributed(text)) == 1


# -- the author's main clause before a joined attribution ---------------------------------


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "Brent crude rose above $84 a barrel on Thursday, after OPEC+ ministers "
            "signalled that the group could deepen its cuts.",
            "Brent crude rose above $84 a barrel on Thursday",
        ),
        (
            "The refinery raised its ex-depot price by N15 per litre last week, a move "
            "that marketers said would be passed on to motorists.",
            "The refinery raised its ex-depot price by N15 per litre last week",
        ),
        (
            "The emails were passed to the newspaper by a former engineer at the plant, "
            "who says she was pushed out after raising the alarm.",
            "The emails were passed to the newspaper by a former engineer at the plant",
        ),
    ],
)
def test_a_main_clause_before_a_joined_attribution_is_the_authors(text: str, main: str) -> None:
    """'Brent rose …, after ministers signalled that C': the ministers' claim is C,
    and the clause before the comma is the writer's own, a claim of its own."""
    claims = claimscope.annotate(text).claims
    assert [c.text for c in claims if c.source.type is SourceType.AUTHOR] == [main]
    assert len(_attributed(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The decision came just three days after the council said it would act.",
        "After the vote, the minister said the bill would pass.",
        "Voters who said the economy mattered most backed the challenger.",
        "Former senator Jane Doe, who endorsed the mayor on Tuesday, said she was pleased.",
    ],
)
def test_no_main_clause_is_cut_out_of_an_attribution_without_one(text: str) -> None:
    """'three days after X said' (no comma), a fronted adjunct, a restrictive relative
    clause and a relative clause inside the subject leave no author claim behind."""
    claims = claimscope.annotate(text).claims
    assert not [c for c in claims if c.source.type is SourceType.AUTHOR]


# -- a role before the name it describes --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Counsel to the inquiry, Aoife Brennan SC, put it to him that the council "
            "could have closed the building.",
            "Aoife Brennan",
            SourceType.PERSON,
        ),
        (
            "The chair of the inquiry, retired High Court judge Mr Justice Peter Clancy, "
            "said he would rule on the request next week.",
            "Peter Clancy",
            SourceType.PERSON,
        ),
        (
            "The builder, Harbourline Construction, has previously said the block met "
            "the regulations in force at the time.",
            "Harbourline Construction",
            SourceType.ORGANIZATION,
        ),
    ],
)
def test_a_role_takes_the_name_in_apposition_to_it(text: str, name: str, kind: SourceType) -> None:
    """'Counsel to the inquiry, Aoife Brennan SC, …', 'The chair …, retired High Court
    judge Mr Justice Peter Clancy, …', 'The builder, Harbourline Construction, …':
    the source is the one the appositive names, typed by that name."""
    (claim,) = _attributed(text)
    assert name in (claim.source.text or ""), claim.source
    assert claim.source.type is kind


# -- confidence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The regulator said it was aware of the allegations and was reviewing the case.",
        "Police said they were investigating the allegations.",
    ],
)
def test_allegations_named_again_distance_nothing(text: str) -> None:
    """'aware of the allegations', 'investigating the allegations': the noun names
    claims the story has told; what the regulator or police say is reported."""
    (claim,) = _attributed(text)
    assert claim.confidence is claimscope.Confidence.REPORTED


def test_allegations_that_open_a_content_still_distance_it() -> None:
    """'the allegations of fraud were being examined': the noun opens what is
    alleged, and the claim holding it is alleged."""
    (claim,) = _attributed("The minister said the allegations of fraud were being examined.")
    assert claim.confidence is claimscope.Confidence.ALLEGED


@pytest.mark.parametrize(
    "text",
    [
        "His daughter said he was the kindest man you could ever meet.",
        "The manager said it was the best start we could have asked for.",
    ],
)
def test_a_modal_praising_a_superlative_is_no_hedge(text: str) -> None:
    """'the kindest man you could meet', 'the best start we could have asked for':
    the modal sits in a relative clause of praise; nothing is in doubt."""
    (claim,) = _attributed(text)
    assert claim.confidence is claimscope.Confidence.REPORTED


def test_a_modal_in_the_claim_itself_still_hedges() -> None:
    """'the company could close the plant' is a possibility: hedged."""
    (claim,) = _attributed("The union said the company could close the biggest plant it owns.")
    assert claim.confidence is claimscope.Confidence.HEDGED


@pytest.mark.parametrize(
    "second",
    [
        "One said the explanation did not match what they had tested.",
        "One, who worked in the compliance team, said the explanation did not match "
        "what they had tested.",
    ],
)
def test_one_of_a_group_just_named_is_an_unnamed_source(second: str) -> None:
    """'Two former employees disputed that account. One said C': 'One' opening the
    sentence stands for one of them, an unnamed source."""
    text = "Two former employees disputed that account. " + second
    (claim,) = _attributed(text)
    assert claim.source.text == "One"
    assert claim.source.type is SourceType.ANONYMOUS
    assert claim.text.startswith("the explanation did not match")


# -- passives nobody is named for ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry was told the firm's former directors had declined to give evidence.",
        "The court was told that the defendant had left the country in May.",
    ],
)
def test_was_told_with_nobody_named_is_unspecified(text: str) -> None:
    """'The inquiry was told C': somebody the text does not name said C to the
    inquiry; the claim is attributed (unspecified, reported), not the author's."""
    (claim,) = claimscope.annotate(text).claims
    assert claim.source.type is SourceType.UNSPECIFIED
    assert claim.confidence is claimscope.Confidence.REPORTED


@pytest.mark.parametrize(
    "text",
    [
        "Residents were told to boil their water until further notice.",
        "Parents were told on Friday.",
    ],
)
def test_an_instruction_or_a_bare_was_told_stays_the_authors(text: str) -> None:
    """'were told to boil their water' is an instruction and 'were told on Friday'
    tells nothing: both stay in the author's voice."""
    (claim,) = claimscope.annotate(text).claims
    assert claim.source.type is SourceType.AUTHOR


def test_a_clause_between_a_leading_adjunct_and_the_speaker_is_the_content() -> None:
    """'At the parallel market in Lagos, the naira traded at N1,540 on Thursday,
    dealers said, little changed from Wednesday': the clause before 'dealers said'
    is what they said; the leading 'At …' adjunct does not reach the speaker, and
    the verbless tail is no content."""
    (claim,) = _attributed(
        "At the parallel market in Lagos, the naira traded at N1,540 to the dollar on "
        "Thursday, dealers said, little changed from Wednesday."
    )
    assert claim.source.text == "dealers"
    assert "the naira traded at N1,540" in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "During his years in office, the president said, taxes had fallen.",
        "On the final night of “The Late Show,” the host said the series would return.",
    ],
)
def test_a_leading_adjunct_that_reaches_the_speaker_still_leaves_the_content_after(
    text: str,
) -> None:
    """'During his years in office, the president said, C': the adjunct runs up to
    the speaker (a title in quotes may close it), and C follows the cue."""
    (claim,) = _attributed(text)
    assert claim.text.startswith(("taxes had fallen", "the series would return"))
