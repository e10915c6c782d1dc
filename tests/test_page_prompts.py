"""Lines that ask the reader to follow, like, sign up or check a page (round 9's
social and alert boxes), and summary lists under a capitalised kicker: page
furniture, not claims (SPEC, "Claims"). Prose that opens like them keeps its claims.

Composed news sentences.
"""

from __future__ import annotations

import pytest

import claimscope

_STORY = "The club confirmed the signing on Friday, its chief executive said.\n\n"


def _texts(text: str) -> list[str]:
    return [c.text for c in claimscope.annotate(text).claims]


@pytest.mark.parametrize(
    ("prompt", "words"),
    [
        ("Like Metro Sport on Facebook, follow @MetroSport on X and Instagram.", "Like"),
        ("Like us on Facebook and follow us on TikTok for the latest scores.", "Like"),
        (
            "If you have a nut allergy, you can sign up to get recall alerts by email or text.",
            "sign up",
        ),
        ("You can also check the council's website for the latest road closures.", "check"),
        (
            "Flood warnings and alerts: Check the county's interactive map at "
            "westvale.gov/alerts or sign up for Westvale Alert.",
            "map",
        ),
    ],
)
def test_a_prompt_to_the_reader_is_furniture(prompt: str, words: str) -> None:
    """A social prompt (*Like … on Facebook, follow @…*), a *you can sign up …* box or a
    labelled *Check the map at …* line addresses the reader of the page and states
    nothing: no claim covers it, and the story before it keeps its claim."""
    texts = _texts(_STORY + prompt + "\n\nThe striker will join the squad next week.")
    assert not any(words in t for t in texts), texts
    assert any("signing" in t for t in texts)


@pytest.mark.parametrize(
    "prose",
    [
        "Like many parents, she checks the school website every morning for closures.",
        "Like his father, Mr Osei posted on Facebook that the club had let fans down.",
        "You can see the damage from the road, a resident of the estate said.",
    ],
)
def test_prose_that_opens_like_a_prompt_keeps_its_claim(prose: str) -> None:
    """*Like many parents, …* is a comparison, not the imperative *Like us on
    Facebook*; *you can see …* in a resident's words is a claim."""
    texts = _texts(_STORY + prose)
    assert any(prose[:20] in t or prose[-25:-1] in t for t in texts), texts


def test_a_kicker_list_of_headline_lines_is_furniture() -> None:
    """A capitalised kicker (*WHAT TO WATCH:*) over unpunctuated summary lines is a
    box of headlines, not a speaker's list: none of its lines is a claim, and the
    story after it keeps its claims."""
    text = (
        "Tanker hit off Yemen\n\nWHAT TO WATCH:\nStrike is the second on a tanker this month\n"
        "Owner says the ship has no links to Israel\nInsurance costs expected to rise\n\n"
        "A tanker was hit by a drone off Yemen on Monday, the navy said."
    )
    texts = _texts(text)
    assert not any("Owner" in t or "no links" in t or "Insurance" in t for t in texts), texts
    assert any("tanker was hit" in t for t in texts)


def test_a_speech_list_after_a_colon_keeps_its_items() -> None:
    """*She also said:* followed by bullet points gives one claim per line (SPEC, nested
    lists): a colon alone does not make a kicker."""
    text = (
        "The minister spoke in Leeds on Monday.\n\nShe also said:\n\n"
        "- The rail line would open in 2028\n\n- Fares would be frozen for a year\n\n"
        "The speech lasted an hour."
    )
    texts = _texts(text)
    assert any("Fares would be frozen" in t for t in texts), texts
