"""Names, sources and cues a reader meets in news from Singapore, Hong Kong, Korea,
Peru, the shipping press and US local papers (round 9c's list): portfolios before a
minister's name, family names written first, and the cues and page lines those
genres carry.

Composed news sentences.
"""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope


def _names(text: str) -> set[str]:
    return {e.name.text for e in claimscope.annotate(text).entities}


# -- a portfolio of two fields before a minister's name ----------------------------------


@pytest.mark.parametrize(
    ("text", "name", "garbled"),
    [
        (
            "Rents have risen, said Minister of State for Sustainability and the "
            "Environment Lim Wei Ming on Monday.",
            "Lim Wei Ming",
            "the Environment Lim Wei Ming",
        ),
        (
            "Secretary of State for Health and Social Care Mark Fenwick said the plan "
            "would cut waiting lists.",
            "Mark Fenwick",
            "Social Care Mark Fenwick",
        ),
        (
            "Secretary for Labour and Welfare Law Kin-wah said the scheme would be reviewed.",
            "Law Kin-wah",
            "Welfare Law Kin-wah",
        ),
    ],
)
def test_a_portfolio_after_and_is_no_part_of_the_name(text: str, name: str, garbled: str) -> None:
    """'Minister of State for Sustainability and the Environment Lim Wei Ming': the
    field after *and* closes the portfolio; the person is *Lim Wei Ming*, whose family
    name no given-name list knows, not *the Environment Lim Wei Ming*."""
    names = _names(text)
    assert name in names
    assert garbled not in names


# -- a family name written first, or the first of two family names -----------------------


def _source_name(text: str, anchor: str) -> str | None:
    doc = claimscope.annotate(text)
    at = text.index(anchor)
    found = [c for c in doc.claims if c.start <= at < c.end]
    assert len(found) == 1, [(c.text, c.source.text) for c in doc.claims]
    return found[0].source.text


@pytest.mark.parametrize(
    ("text", "anchor", "name"),
    [
        (
            "Transport Minister Goh Mei Lin said fares would be frozen. Ms Goh said the "
            "operators had agreed to absorb the cost.",
            "the operators had agreed",
            "Goh Mei Lin",
        ),
        (
            "Deputy Minister Kim Seo-yeon told reporters the talks would resume. Ms Kim "
            "said the ministry was ready to compromise.",
            "the ministry was ready",
            "Kim Seo-yeon",
        ),
        (
            "Labour Minister Daniel Ortega Salas said inspectors had been sent to the mine. "
            '"There will be sanctions," Ortega said.',
            "There will be sanctions",
            "Daniel Ortega Salas",
        ),
    ],
)
def test_a_family_name_written_first_names_the_person(text: str, anchor: str, name: str) -> None:
    """'Goh Mei Lin ... Ms Goh said': in Chinese, Korean and Vietnamese order the
    family name comes first, and *Ms Goh* is the minister; in Spanish order *Ortega*
    is the first of *Daniel Ortega Salas*'s two family names."""
    source = _source_name(text, anchor)
    assert source is not None and name in source


def test_a_word_inside_a_place_name_is_no_family_name() -> None:
    """'China said' after *the South China Sea*: a country, not the sea."""
    doc = claimscope.annotate(
        "Ships have clashed in the South China Sea. China said the patrols would go on."
    )
    names = {e.name.text for e in doc.entities}
    assert "China" in names


# -- source types of titles and bodies ---------------------------------------------------


def _source(text: str, anchor: str) -> claimscope.Source:
    doc = claimscope.annotate(text)
    at = text.index(anchor)
    found = [c for c in doc.claims if c.start <= at < c.end]
    assert len(found) == 1, [(c.text, c.source.text) for c in doc.claims]
    return found[0].source


def test_a_prosecutor_named_after_the_title_is_a_person() -> None:
    """'Prosecutor Natalie Wong said C': the title before a name names one person, not
    an institution (the plural *Prosecutors said* may still speak for the office)."""
    source = _source(
        "Prosecutor Natalie Wong said the defendant threw coins at the driver.",
        "threw coins",
    )
    assert source.type is claimscope.SourceType.PERSON
    assert source.text is not None and "Natalie Wong" in source.text


@pytest.mark.parametrize(
    ("text", "anchor", "kind"),
    [
        (
            "According to a criminal complaint, the man was seen on a security camera "
            "crawling under several cars.",
            "crawling under several cars",
            claimscope.SourceType.DOCUMENT,
        ),
        (
            "Officers found nine converters and a jack in his garage, the complaint says.",
            "found nine converters",
            claimscope.SourceType.DOCUMENT,
        ),
        (
            "The naval force said a frigate was escorting the ship. In a post on X, the "
            "mission said it condemned the attack.",
            "it condemned the attack",
            claimscope.SourceType.ORGANIZATION,
        ),
    ],
)
def test_a_complaint_is_a_document_and_a_mission_a_body(
    text: str, anchor: str, kind: claimscope.SourceType
) -> None:
    """'according to a criminal complaint' cites a court document, not unnamed people;
    'the mission said' is a naval or diplomatic mission speaking as a body."""
    assert _source(text, anchor).type is kind


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "Piraeus-based manager Kalistos Maritime confirmed the incident, saying the "
            "ship had sustained limited damage.",
            "sustained limited damage",
        ),
        (
            "Minera Cerro Azul S.A.C., which operates the mine, said 11 workers were "
            "underground at the time.",
            "11 workers were underground",
        ),
        ("Andes Copper S.A. said output fell 4% in the quarter.", "output fell"),
        ("Harbourline Pte said the ferry would resume on Monday.", "the ferry would resume"),
    ],
)
def test_a_company_suffix_or_maritime_makes_a_body(text: str, anchor: str) -> None:
    """'Kalistos Maritime' after the trade word *manager*, and names ending in a
    Spanish, Singaporean or German company form (*S.A.C.*, *S.A.*, *Pte*, *GmbH*),
    are companies speaking, not people."""
    assert _source(text, anchor).type is claimscope.SourceType.ORGANIZATION


# -- senses of reporting words -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No group had claimed responsibility for the attack by Thursday evening.",
        "The landslide claimed the lives of 12 villagers on Monday.",
    ],
)
def test_a_thing_claimed_is_no_claim_made(text: str) -> None:
    """'claimed responsibility', 'claimed the lives of': a group takes an act as its
    own, a disaster takes lives; no proposition is put forward with doubt, and the
    sentence stays in the writer's voice."""
    doc = claimscope.annotate(text)
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]
    assert doc.claims[0].confidence is claimscope.Confidence.ASSERTED


def test_a_claim_that_something_was_so_still_distances() -> None:
    """'The group claimed the attack was revenge': a claim made, alleged."""
    claim = only_claim("The group claimed the attack was revenge.", "revenge")
    assert claim.confidence is claimscope.Confidence.ALLEGED


@pytest.mark.parametrize(
    ("text", "source_type", "confidence"),
    [
        (
            "Darren Cole, 34, was arrested Tuesday and charged with 14 counts of theft, "
            "according to municipal court records.",
            claimscope.SourceType.DOCUMENT,
            claimscope.Confidence.ALLEGED,
        ),
        (
            "The fan was later charged with assault.",
            claimscope.SourceType.AUTHOR,
            claimscope.Confidence.ALLEGED,
        ),
        (
            "Police arrested a 19-year-old man and charged him with burglary.",
            claimscope.SourceType.AUTHOR,
            claimscope.Confidence.ASSERTED,
        ),
    ],
)
def test_the_one_charged_is_no_speaker(
    text: str, source_type: claimscope.SourceType, confidence: claimscope.Confidence
) -> None:
    """'X was arrested and charged with theft': X is accused, not a speaker; the
    charge marks the offence as alleged and the records cited give the source.
    'charged him with burglary' lays a charge: no proposition follows."""
    doc = claimscope.annotate(text)
    assert len(doc.claims) == 1, [(c.text, c.source.text) for c in doc.claims]
    assert doc.claims[0].source.type is source_type
    assert doc.claims[0].confidence is confidence


@pytest.mark.parametrize(
    ("text", "anchor", "name"),
    [
        (
            "Magistrate Kelvin Lau rejected the request. The magistrate said he had taken "
            "the guilty plea into account.",
            "taken the guilty plea",
            "Kelvin Lau",
        ),
        (
            "Coroner Anne Price recorded a conclusion of accidental death. The coroner said "
            "the crossing should be reviewed.",
            "the crossing should be reviewed",
            "Anne Price",
        ),
    ],
)
def test_the_magistrate_is_the_magistrate_named(text: str, anchor: str, name: str) -> None:
    """'Magistrate Kelvin Lau ... The magistrate said': the title before the name
    makes the role noun refer back to him, as *Judge* and *Sheriff* do."""
    source = _source(text, anchor)
    assert source.text is not None and name in source.text


@pytest.mark.parametrize(
    "text",
    [
        "In a written reply to a question from an MP, the ministry said 22 stalls had been "
        "returned this year.",
        "In a written reply, the ministry said 22 stalls had been returned this year.",
    ],
)
def test_a_written_reply_is_a_noun(text: str) -> None:
    """'In a written reply ..., the ministry said C': *reply* after *a written* is the
    noun, not a verb whose subject is *a written*; the ministry says C."""
    source = _source(text, "22 stalls")
    assert source.text == "the ministry"


# -- page furniture ----------------------------------------------------------------------

_STORY = "The council said on Monday that the bridge would reopen in May.\n\n"


@pytest.mark.parametrize(
    "furniture",
    [
        "More from the Harbour Times:\nFerry fares to rise by up to 8 per cent from January",
        "[Copyright © The Harbour Times. All rights reserved.]",
        "© Harbour Times Ltd. All rights reserved.",
    ],
)
def test_related_links_and_copyright_lines_are_no_claims(furniture: str) -> None:
    """'More from X:' and the related headlines under it, and a copyright line split
    at its inner period, are page furniture."""
    text = _STORY + furniture + "\n"
    doc = claimscope.annotate(text)
    assert [c.text for c in doc.claims if c.start >= len(_STORY)] == []


def test_the_latest_news_download_our_app_is_a_call_to_action() -> None:
    """'For the latest news from the Harbour Times download our mobile app.': a
    promotion before the imperative, then the page word *app*."""
    text = _STORY + "For the latest news from the Harbour Times download our mobile app.\n"
    doc = claimscope.annotate(text)
    assert [c.text for c in doc.claims if c.start >= len(_STORY)] == []


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Posted Nov 20, 2026, 4:15 p.m.", True),
        ("Updated Nov. 3, 2026 at 5:01 a.m.", True),
        ("Posted 3 videos online, the group said the clips were genuine.", False),
    ],
)
def test_a_time_stamp_ending_in_pm_is_no_claim(line: str, furniture: bool) -> None:
    """'Posted Nov 20, 2026, 4:15 p.m.' ends with a period like prose but holds only
    an opener, dates and times; a sentence that goes on in words stays a claim."""
    text = "Man charged over thefts\n\n" + line + "\nBy Dana Kowal\n\n" + _STORY
    doc = claimscope.annotate(text)
    at = text.index(line)
    inside = [c for c in doc.claims if c.start < at + len(line) and c.end > at]
    assert (inside == []) is furniture


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The security firm assessed that the threat to shipping in the region remained high.",
            1,
        ),
        ("The damage was assessed by engineers on Monday.", 0),
        ("Officials are assessing the damage to the bridge.", 0),
    ],
)
def test_assessed_that_reports_an_assessment(text: str, claims: int) -> None:
    """'The firm assessed that C': a security firm's or an agency's assessment is a
    claim it makes; assessing damage reports nothing."""
    doc = claimscope.annotate(text)
    attributed = [c for c in doc.claims if c.source.type is not claimscope.SourceType.AUTHOR]
    assert len(attributed) == claims, [(c.text, c.source.text) for c in doc.claims]


@pytest.mark.parametrize(
    "text",
    [
        "The victim suffered a fractured cheekbone, the court was told.",
        "The fire started in a kitchen, the inquiry has been told.",
    ],
)
def test_the_court_was_told_after_the_clause_names_nobody(text: str) -> None:
    """'C, the court was told.': speech reported to the court by someone the text does
    not name, as 'The court was told that C' is (unspecified, reported)."""
    doc = claimscope.annotate(text)
    assert [(c.source.type, c.confidence) for c in doc.claims] == [
        (claimscope.SourceType.UNSPECIFIED, claimscope.Confidence.REPORTED)
    ]


def test_told_at_the_end_of_a_clause_of_time_is_no_attribution() -> None:
    """'He refused to leave when he was told.': no comma sets off a speech tag."""
    doc = claimscope.annotate("He refused to leave when he was told.")
    assert [c.source.type for c in doc.claims] == [claimscope.SourceType.AUTHOR]


def test_a_letter_written_is_no_nested_attribution() -> None:
    """'Tsang said Chan had written a letter of apology ...': the defence lawyer says
    it; *written a letter* is an act of his client, not a source inside the claim, and
    the next *He* is still the lawyer."""
    text = (
        "Defence counsel Alvin Tsang said Chan had written a letter of apology to the "
        "driver and was willing to pay compensation. He also told the court his client "
        "had no previous convictions."
    )
    assert _source(text, "a letter of apology").text == "Alvin Tsang"
    assert _source(text, "no previous convictions").text == "Alvin Tsang"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Four miners were killed on Monday, the Ministry of Labour and Employment "
            "Promotion said.",
            "the Ministry of Labour and Employment Promotion",
        ),
        (
            "Exports fell 4% in March, the Ministry of Trade and Industry said on Friday.",
            "the Ministry of Trade and Industry",
        ),
    ],
)
def test_a_ministry_named_with_and_closes_an_inverted_tag(text: str, name: str) -> None:
    """'C, the Ministry of Trade and Industry said.': the *and* joins two fields of one
    ministry's name, so the tag after the content is read and the ministry speaks."""
    source = _source(text, text.split(",")[0][-12:])
    assert source.text == name
    assert source.type is claimscope.SourceType.ORGANIZATION


def test_according_to_an_estimate_is_a_document() -> None:
    """'C, according to an estimate by the Korea Development Institute': an estimate
    is a written artefact (SPEC: document), not a person, and the source is not a
    name inside the content (*the US*)."""
    text = (
        "Korea's EV exports to the US could fall by 15 percent next year, according to "
        "an estimate by the Korea Development Institute."
    )
    source = _source(text, "could fall")
    assert source.type is claimscope.SourceType.DOCUMENT
    assert source.text is not None and "estimate" in source.text
