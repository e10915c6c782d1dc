"""Surname labels in transcripts are checked against one pass over the text.

*Okonkwo: The pumps failed.* is a speaker's line when the story named someone
*… Okonkwo* with a first name; the names a label may stand for are gathered once per
text (:func:`claimscope.attribution._surname_labels._named_surnames`), so an edited
transcript of many labelled answers costs no more than its length.
"""

from __future__ import annotations

import claimscope
from claimscope.attribution._surname_labels import _named_surnames, surname_label


def test_names_after_a_first_name_and_their_hyphenated_parts() -> None:
    text = "Commissioner Adaeze Okonkwo and Ann Smith-Jones spoke. Our Baker stayed away."
    names = _named_surnames(text)
    assert {"Okonkwo", "Smith", "Smith-Jones"} <= names
    assert "Baker" not in names  # "Our" is no first name


def test_a_label_is_a_speaker_only_when_the_story_names_her() -> None:
    text = (
        "The water commissioner, Adaeze Okonkwo, took questions on Tuesday.\n\n"
        "Okonkwo: The pumps failed because the backup generator was never serviced.\n\n"
        "Verdict: The council will decide the contract next month after the audit."
    )
    lo = text.index("Okonkwo:")
    assert surname_label(text, lo, text.index("\n\n", lo)) is not None
    lo = text.index("Verdict:")
    assert surname_label(text, lo, len(text)) is None
    doc = claimscope.annotate(text)
    assert any(c.source.text == "Adaeze Okonkwo" and "pumps failed" in c.text for c in doc.claims)


def test_many_labelled_lines_read_the_names_once() -> None:
    """Two hundred labelled answers: every label is answered from one set of names."""
    lines = "\n\n".join(
        f"Okonkwo: Answer {k} says the pumps will be repaired soon." for k in range(200)
    )
    text = f"Commissioner Adaeze Okonkwo spoke.\n\n{lines}"
    _named_surnames.cache_clear()
    doc = claimscope.annotate(text)
    assert sum("Adaeze Okonkwo" in (c.source.text or "") for c in doc.claims) == 200
    assert _named_surnames.cache_info().misses == 1
