"""Lint every shipped lexicon file and check the cue lexicons' fields."""

from __future__ import annotations

from importlib import resources

import pytest

from claimscope import lexicon
from claimscope.cues import REPORTING_STANCES
from claimscope.errors import LexiconError

NAMES = lexicon.shipped_names()
CUE_FILES = ("boosters", "denial", "distancing", "hedges", "naming")


def _raw(name: str) -> str:
    path = resources.files("claimscope") / "lexicons" / f"{name}.txt"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_file_has_header_and_loads_sorted_and_unique(name: str) -> None:
    """Each shipped file starts with a comment header and loads (sorted, no duplicates)."""
    lines = _raw(name).splitlines()
    assert lines and lines[0].startswith("# "), f"{name}.txt needs a comment header"
    entries = lexicon.load(name)
    assert entries, f"{name}.txt is empty"
    assert all(e.text == e.text.strip() for e in entries)


def test_required_lexicons_are_shipped() -> None:
    """The names the attribution stage loads all exist."""
    required = {
        "reporting", "hedges", "distancing", "denial", "sources_anonymous", "sources_media",
        "outlets", "sources_document", "sources_organization", "capitals",
    }  # fmt: skip
    assert required <= set(NAMES)


def test_reporting_fields_are_valid() -> None:
    """reporting.txt and reporting_in_context.txt: 'lemma | stance | forms', a known
    stance, lower-case forms unique across both files."""
    seen: dict[str, str] = {}
    for e in lexicon.load("reporting") + lexicon.load("reporting_in_context"):
        assert len(e.fields) == 2, f"line {e.line}: {e.text!r} needs stance and forms"
        stance, forms = e.fields
        assert stance in REPORTING_STANCES, f"line {e.line}: unknown stance {stance!r}"
        for form in (f.strip() for f in forms.split(",")):
            assert form and form == form.lower(), f"line {e.line}: bad form {form!r}"
            assert form not in seen, f"form {form!r} in both {seen.get(form)} and {e.text}"
            seen[form] = e.text


def test_frequent_polnear_cues_are_covered() -> None:
    """The most frequent reporting words of US political news are in reporting.txt."""
    forms = {f.strip() for e in lexicon.load("reporting") for f in e.fields[1].split(",")}
    frequent = "said says told added wrote asked noted argued believes called denied claimed"
    for word in [*frequent.split(), "according to", "tweeted"]:
        assert word in forms


@pytest.mark.parametrize("name", CUE_FILES)
def test_cue_phrases_have_no_fields(name: str) -> None:
    """Hedge, distancing, denial, booster and naming entries are plain phrases."""
    for e in lexicon.load(name):
        assert e.fields == (), f"{name}.txt line {e.line}: unexpected fields {e.fields}"


def test_noun_contexts_name_known_forms() -> None:
    """noun_contexts.txt lists words that can be cues, each with context words."""
    for e in lexicon.load("noun_contexts"):
        assert len(e.fields) == 1 and e.fields[0].split()


def test_media_patterns_kinds() -> None:
    """media_patterns.txt gives each word a kind of prefix, suffix, alone and/or
    numbered."""
    for e in lexicon.load("media_patterns"):
        assert set(e.fields[0].split()) <= {"alone", "numbered", "prefix", "suffix"}


def test_bad_user_lexicon_names_file_and_line(tmp_path: object) -> None:
    """A malformed user lexicon raises LexiconError naming the file and line."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "mine.txt"
    path.write_text("# header\nsay | neutral\nsay | neutral\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"mine\.txt, line 3: duplicate"):
        lexicon.load_path(path)


def test_a_bad_reporting_entry_names_its_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """A malformed entry of reporting_in_context.txt is reported against that file, not
    against reporting.txt."""
    from claimscope import cues

    real = lexicon.load

    def load(name: str) -> tuple[lexicon.Entry, ...]:
        if name == "reporting_in_context":
            return (lexicon.Entry("state", ("loud", "states"), 7),)
        return real(name)

    monkeypatch.setattr(cues.lexicon, "load", load)
    cues._table.cache_clear()  # type: ignore[attr-defined]
    try:
        with pytest.raises(LexiconError, match=r"reporting_in_context\.txt, line 7"):
            cues._table()
    finally:
        monkeypatch.undo()
        cues._table.cache_clear()  # type: ignore[attr-defined]
