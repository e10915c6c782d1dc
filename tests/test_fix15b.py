"""Sources, entities and types (round 15b): a body named inside a relative clause on
the subject is less salient than the subject.

Composed news sentences; the names are invented.
"""

from __future__ import annotations

import pytest

import claimscope
from claimscope.testing import claim_holding


def _sources(text: str) -> list[str]:
    return [c.source.text for c in claimscope.annotate(text).claims]


@pytest.mark.parametrize(
    ("text", "subject", "other"),
    [
        (
            "Petromar, which is controlled by holding company Grupo Valverde, said on "
            "Tuesday that output rose by 4 percent. The company said it expects prices "
            "to stay firm through the winter.",
            "Petromar",
            "Grupo Valverde",
        ),
        (
            "Norvik Shipping, which was bought last year by investment firm Castellan "
            "Partners, said it would add three routes. The firm said fuel costs remained "
            "its biggest worry.",
            "Norvik Shipping",
            "Castellan Partners",
        ),
    ],
)
def test_the_company_is_the_subject_not_the_body_in_its_relative_clause(
    text: str, subject: str, other: str
) -> None:
    """*X, which is controlled by holding company Y, said … The company said …*: the
    company is X, the subject; Y is only mentioned in passing inside the clause."""
    sources = _sources(text)
    assert sources[-1] == subject, sources
    assert other not in sources


def test_the_company_named_as_subject_keeps_its_role() -> None:
    """Without a relative clause the named holder of the role is still the company."""
    text = (
        "Analysts at Brookline said shares of the holding company Grupo Valverde would "
        "rise. Grupo Valverde said on Monday that profit doubled. The company said it "
        "would pay a larger dividend."
    )
    assert _sources(text)[-1] == "Grupo Valverde"


@pytest.mark.parametrize(
    "number", ["Thirteen", "Fourteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
)
def test_a_teen_number_word_opens_a_counted_group_not_a_name(number: str) -> None:
    """*Eighteen brands said*: a number word is no name; the phrase is the counted group,
    an unnamed source, as for *Twelve brands* or *Twenty brands*."""
    text = f"{number} brands said they would stop selling the sweetened drinks by March."
    source = claimscope.annotate(text).claims[0].source
    assert source.text == f"{number} brands"
    assert source.type is claimscope.SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Channel 12 reported that the factory in Ashby had closed for good.", "Channel 12"),
        ("The factory had closed for good, Channel Nine reported.", "Channel Nine"),
        ("The factory in Ashby had closed for good, Channel 12 reported.", "Channel 12"),
        ("BBC Radio 4 reported that the ferry service would resume on Monday.", "BBC Radio 4"),
    ],
)
def test_a_broadcaster_word_and_a_number_name_a_station(text: str, name: str) -> None:
    """*Channel 12 reported*: a broadcaster's word with a station's number is an
    outlet's name (media), not a person's."""
    source = claimscope.annotate(text).claims[0].source
    assert source.text == name
    assert source.type is claimscope.SourceType.MEDIA


def test_a_person_working_for_a_numbered_station_stays_a_person() -> None:
    """*A reporter for Channel 12*: the station names where the reporter works."""
    text = "A reporter for Channel 12 said the factory in Ashby had closed for good."
    assert claimscope.annotate(text).claims[0].source.type is claimscope.SourceType.PERSON


def test_channel_without_a_number_is_no_outlet() -> None:
    """*Channel* before a word, not a number, is no station (*the Channel Tunnel*)."""
    from claimscope._body_names import is_media_name

    assert not is_media_name(("the", "Channel", "Tunnel"))
    assert is_media_name(("Channel", "12"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The COURIER reports that the mayor will not seek a second term.", "The COURIER"),
        ("The mayor will not seek a second term, the HERALD reported.", "the HERALD"),
        ("The DAILY PLANET said the mayor would not seek a second term.", "The DAILY PLANET"),
    ],
)
def test_an_outlet_name_in_capitals_is_media(text: str, name: str) -> None:
    """*The COURIER reports*: an outlet written in capitals, as its masthead is, is
    still an outlet by its name's last or first word."""
    source = claimscope.annotate(text).claims[0].source
    assert source.text == name
    assert source.type is claimscope.SourceType.MEDIA


def test_capitals_that_name_no_outlet_stay_so() -> None:
    """Capitals alone make no outlet: *POST OFFICE* ends in no outlet word."""
    from claimscope._body_names import is_media_name

    assert not is_media_name(("POST", "OFFICE"))
    assert not is_media_name(("NATO",))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Floodwater cut off two villages, according to the provincial disaster risk "
            "reduction and management office.",
            claimscope.SourceType.ORGANIZATION,
        ),
        (
            "State and local officials said the levee would be repaired before the rains.",
            claimscope.SourceType.ANONYMOUS,
        ),
    ],
)
def test_and_between_modifiers_of_one_head_makes_no_group(
    text: str, kind: claimscope.SourceType
) -> None:
    """*the disaster risk reduction and management office*: *and* joins two modifiers
    of *office*, so the phrase is one office, typed by its head noun."""
    assert claimscope.annotate(text).claims[0].source.type is kind


def test_and_between_two_sources_is_still_a_group() -> None:
    """*The mayor and council members said*: a mixed group takes its leading member's
    type (SPEC)."""
    from claimscope.sources import classify

    assert classify("The mayor and council members")[0] is claimscope.SourceType.PERSON


def test_a_force_named_after_its_noun_is_a_body() -> None:
    """*The European Union's naval force Aspides said … its frigates*: a force is a
    body, so the name after the noun is one too, not a person."""
    text = (
        "The European Union's naval force Tridens said one of its frigates had been "
        "sent to escort the damaged tanker."
    )
    source = claimscope.annotate(text).claims[0].source
    assert source.text == "Tridens"
    assert source.type is claimscope.SourceType.ORGANIZATION


def test_the_subject_check_reads_only_the_sentence_of_the_naming() -> None:
    """*the company* after *X, which is controlled by holding company Y, said* is X
    however long the text before it runs (the check reads the mentions of one
    sentence, so a long text does not make it slower per description)."""
    filler = " ".join(f"Officials met in district {k} on Monday." for k in range(300))
    text = (
        f"{filler} Petrovia, which is controlled by holding company Grupo Alcazar, "
        "said output rose. The company said prices would hold."
    )
    doc = claimscope.annotate(text)
    assert "Petrovia" in (claim_holding(doc, "prices would hold").source.text or "")
