"""Speed work of round 11 (issue 16) that must not change what the library says."""

from __future__ import annotations

from claimscope import lexicon
from claimscope._body_names import nation_body, nations
from claimscope.lexicon import Lexicons
from claimscope.sources import classify


def test_nations_follow_user_lexicons() -> None:
    """The joined list of nations is kept, but made again when a user lexicon
    changes one of the lists it joins, and the shipped one comes back after."""
    shipped = nations()
    assert "new zealand" in shipped
    assert "freedonia" not in shipped
    with lexicon.using(Lexicons(add={"countries": ["Freedonia"]})):
        assert "freedonia" in nations()
        assert nation_body(("Sport", "Freedonia")) == "freedonia"
    assert nations() == shipped
    assert nation_body(("Sport", "Freedonia")) == ""


def test_words_shipped_and_changed() -> None:
    """``words`` answers from the shipped lists unless a user lexicon changes one."""
    assert "spokesman" in lexicon.words("roles")
    with lexicon.using(Lexicons(remove={"roles": ["spokesman"]})):
        assert "spokesman" not in lexicon.words("roles")
    assert "spokesman" in lexicon.words("roles")


def test_body_named_for_a_nation_still_typed() -> None:
    """The cheap capitalisation test now runs before the given-name test; the types
    are those of before (a body named for its nation, a person's name)."""
    assert classify("Sport England")[0].value == "organization"
    assert classify("Kevin England")[0].value == "person"
    assert classify("Fire and Emergency New Zealand")[0].value == "organization"


def test_singular_unchanged_by_its_shortcut() -> None:
    """``singular`` returns a word without a final *s* at once; plurals as before."""
    from claimscope._body_names import singular

    cases = {
        "agencies": "agency",
        "boxes": "box",
        "churches": "church",
        "officials": "official",
        "press": "press",
        "bus": "bus",
        "spokesman": "spokesman",
        "staff": "staff",
    }
    assert {w: singular(w) for w in cases} == cases


def test_held_spans_index_fast_path_and_edges() -> None:
    """Plain indexes take the short path; negative ones, slices and the out-of-range
    error behave as before."""
    import pytest

    from claimscope._held import HeldSpans

    held = HeldSpans([(0, 4), (5, 9), (10, 12)])
    assert held[0] == (0, 4) and held[2] == (10, 12)
    assert held[-1] == (10, 12)
    assert held[True] == (5, 9)
    assert held[1:] == [(5, 9), (10, 12)]
    with pytest.raises(IndexError):
        held[3]
    with pytest.raises(IndexError):
        held[-4]


def test_place_name_checks_in_any_order() -> None:
    """The place word is tested first now; the answers are those of before."""
    from claimscope._body_names import place_name

    assert place_name(("Harbour", "Rd")) == "Rd"
    assert place_name(("the", "Waimea", "River")) == "River"
    assert place_name(("Kevin", "Bridge")) == ""  # a given name opens it
    assert place_name(("Bridge",)) == ""
    assert place_name(("old", "Mill", "Road")) == ""  # a lower-case word inside


def test_interview_note_found_after_its_cheap_test() -> None:
    """An edited Q&A is still read as one: the note's first word is looked for first."""
    from claimscope import annotate
    from claimscope.attribution.interview import _EDIT_NOTE, _EDIT_WORD

    for note in (
        "This interview has been edited and condensed for clarity.",
        "CONDENSED FOR SPACE",
        "Answers were Edited for length.",
    ):
        assert _EDIT_WORD.search(note) is not None
        assert _EDIT_NOTE.search(note) is not None
    text = (
        "Mara Quinlan has guided ships into the harbour for 20 years. We spoke to "
        "Mara Quinlan about the new channel. This interview has been condensed and "
        "edited for brevity.\n\n"
        "Why did the port dredge the channel?\n\nShips kept running aground.\n\n"
        "Will it be finished this year?\n\nThe last section is due in October."
    )
    answers = [c for c in annotate(text).claims if c.rule.value == "Q&A answer"]
    assert [(c.text, c.source.text) for c in answers] == [
        ("Ships kept running aground", "Mara Quinlan"),
        ("The last section is due in October", "Mara Quinlan"),
    ]
    plain = text.replace("condensed and edited for brevity", "checked by our staff")
    assert not [c for c in annotate(plain).claims if c.rule.value == "Q&A answer"]


def test_list_headings_read_only_in_short_sentences() -> None:
    """A list heading is looked up only in a sentence of a few words; the answers
    are those of before, a final word of marks included."""
    from claimscope.furniture import _list_opened

    assert _list_opened("Key points:") == ":"
    assert _list_opened("KEY POINTS") == "-"
    assert _list_opened("What we know so far :") == ":"
    assert _list_opened("What  we know so  far !") == "-"
    assert _list_opened("She also said:") == ":"
    assert _list_opened("The council listed what we know so far about the closure:") == ":"
    assert _list_opened("The bridge will close for six months.") == ""
