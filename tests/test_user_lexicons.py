"""User lexicons at run time (issue 18, part 3): ``Lexicons`` adds or removes
entries per ``Annotator``, from Python or a folder, with clear errors; it changes
nothing for other annotators or threads, and pickles to worker processes."""

from __future__ import annotations

import json
import pickle
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pytest

from claimscope import Annotator, LexiconError, Lexicons, annotate, lexicon
from claimscope.cli import main

OUTLET_TEXT = "The Harbour Lantern reported that the ferry service would end in June."
HEDGE_TEXT = "Officials said the ferry would apparently stop running in June."
VERB_TEXT = "The harbourmaster opined that the ferry would stop running in June."

LANTERN = Lexicons(add={"outlets": ["Harbour Lantern"]})
NO_APPARENTLY = Lexicons(remove={"hedges": ["apparently"]})
OPINE = Lexicons(add={"reporting": ["opine | hedging | opine, opined, opines, opining"]})


def _types(doc: object) -> list[str]:
    return [c.source.type.value for c in doc.claims]  # type: ignore[attr-defined]


def test_an_added_outlet_makes_its_source_media() -> None:
    """A name the shipped outlets list lacks reads as a person; added, it is media."""
    assert _types(annotate(OUTLET_TEXT)) == ["person"]
    assert _types(Annotator(lexicons=LANTERN).annotate(OUTLET_TEXT)) == ["media"]
    assert _types(annotate(OUTLET_TEXT)) == ["person"], "the default annotator changed"


def test_a_removed_hedge_no_longer_hedges() -> None:
    """Removing *apparently* from the hedges turns a hedged claim into a reported one."""
    assert [c.confidence.value for c in annotate(HEDGE_TEXT).claims] == ["hedged"]
    doc = Annotator(lexicons=NO_APPARENTLY).annotate(HEDGE_TEXT)
    assert [c.confidence.value for c in doc.claims] == ["reported"]


def test_an_added_reporting_verb_with_its_stance() -> None:
    """A new reporting verb opens an attribution, and its stance labels the claim."""
    assert [c.source.type.value for c in annotate(VERB_TEXT).claims] == ["author"]
    (claim,) = Annotator(lexicons=OPINE).annotate(VERB_TEXT).claims
    assert claim.source.text == "The harbourmaster" and claim.confidence.value == "hedged"


def test_an_added_entry_replaces_the_shipped_one() -> None:
    """Adding an entry that ships (same text, any case) replaces it: a reporting verb
    can change its stance."""
    changed = Lexicons(add={"reporting": ["say | hedging | say, said, says, saying"]})
    with lexicon.using(changed):
        (say,) = [e for e in lexicon.load("reporting") if e.text == "say"]
    assert say.fields[0] == "hedging"
    (shipped,) = [e for e in lexicon.load("reporting") if e.text == "say"]
    assert shipped.fields[0] == "neutral"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"add": {"reporting": ["opine | opine, opined"]}}, "add['reporting'], entry 1"),
        ({"add": {"reporting": ["opine | sure | opined"]}}, "stance in neutral"),
        ({"add": {"outlets": ["Harbour Lantern | daily"]}}, "take no '|' fields"),
        ({"add": {"hedges": ["perhaps so,"]}}, "must start with a letter"),
        ({"add": {"outlets": ["Lantern", "lantern"]}}, "entry 2: duplicate entry"),
        ({"add": {"titles": ["Archdeacon"]}}, "'titles' cannot be changed at run time"),
        ({"add": {"outlet": ["Lantern"]}}, "'outlet' is no lexicon"),
        ({"add": {"outlets": "Lantern"}}, "expected a list of entries"),
        ({"remove": {"hedges": ["aparently"]}}, "'aparently' is not in lexicons/hedges.txt"),
        ({"add": ["outlets"]}, "takes a mapping"),
    ],
)
def test_bad_entries_raise_a_clear_error(kwargs: dict[str, object], message: str) -> None:
    """Each mistake raises LexiconError (also a ValueError) saying where and what."""
    with pytest.raises(LexiconError, match=re.escape(message)):
        Lexicons(**kwargs)  # type: ignore[arg-type]
    assert issubclass(LexiconError, ValueError)


def test_a_folder_of_lexicon_files(tmp_path: Path) -> None:
    """NAME.txt adds, NAME.remove.txt removes; comments and blank lines are skipped."""
    (tmp_path / "outlets.txt").write_text("# our local papers\nHarbour Lantern\n", "utf-8")
    (tmp_path / "hedges.remove.txt").write_text("\napparently\n", "utf-8")
    (tmp_path / ".hidden").write_text("ignored", "utf-8")
    loaded = Lexicons.from_dir(tmp_path)
    assert loaded.names == {"outlets", "hedges"}
    assert loaded == Lexicons(
        add={"outlets": ["Harbour Lantern"]}, remove={"hedges": ["apparently"]}
    )
    annotator = Annotator(lexicons=loaded)
    assert _types(annotator.annotate(OUTLET_TEXT)) == ["media"]
    assert [c.confidence.value for c in annotator.annotate(HEDGE_TEXT).claims] == ["reported"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("reporting.txt", "# verbs\n\nopine | hedging\n", "reporting.txt, line 3: expected"),
        ("outlets.txt", "Lantern\nLantern\n", "outlets.txt, line 2: duplicate entry"),
        ("hedges.remove.txt", "apparently\nmaybe so\n", "hedges.remove.txt, line 2: 'maybe so'"),
        ("titles.txt", "Archdeacon\n", "titles.txt: 'titles' cannot be changed"),
        ("outlets.csv", "Lantern\n", "outlets.csv: expected NAME.txt or NAME.remove.txt"),
    ],
)
def test_a_bad_file_names_the_file_and_line(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    """A bad user lexicon file raises an error naming the file and, for a bad
    entry, its line."""
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=re.escape(message)):
        Lexicons.from_dir(tmp_path)


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    """A lexicon file in another encoding is named in the error."""
    (tmp_path / "outlets.txt").write_bytes("Le Canard Enchaîné\n".encode("latin-1"))
    with pytest.raises(LexiconError, match=r"outlets\.txt"):
        Lexicons.from_dir(tmp_path)


def test_lexicons_are_immutable_values() -> None:
    """Lexicons are frozen, hashable and equal by content; evolve derives a copy;
    empty ones are falsy (the default annotator has none)."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        LANTERN.add = ()  # type: ignore[misc]
    assert hash(LANTERN) == hash(Lexicons(add={"outlets": ["Harbour Lantern"]}))
    both = attrs.evolve(LANTERN, remove={"hedges": ["apparently"]})
    assert both.names == {"outlets", "hedges"} and LANTERN.names == {"outlets"}
    assert not Lexicons() and not Annotator().lexicons and LANTERN


def test_annotators_with_lexicons_pickle() -> None:
    """An annotator with user lexicons survives pickling, equal and working."""
    annotator = Annotator(lexicons=attrs.evolve(LANTERN, remove={"hedges": ["apparently"]}))
    copy = pickle.loads(pickle.dumps(annotator))
    assert copy == annotator and hash(copy.lexicons) == hash(annotator.lexicons)
    assert copy.annotate(OUTLET_TEXT) == annotator.annotate(OUTLET_TEXT)


def test_pipe_in_worker_processes_uses_the_lexicons() -> None:
    """pipe(n_process=2) sends the lexicons to the workers: the same documents as in
    this process."""
    annotator = Annotator(lexicons=LANTERN)
    texts = [OUTLET_TEXT, HEDGE_TEXT] * 3
    assert list(annotator.pipe(texts, n_process=2, batch_size=1)) == [
        annotator.annotate(t) for t in texts
    ]


def test_threads_see_only_their_own_annotators_lexicons() -> None:
    """Many threads sharing two annotators, one with user lexicons and one without,
    each get what the annotator gives alone: nothing leaks between them."""
    plain, local = Annotator(), Annotator(lexicons=LANTERN)
    expected = {False: plain.annotate(OUTLET_TEXT), True: local.annotate(OUTLET_TEXT)}

    def work(i: int) -> bool:
        use_local = i % 2 == 1
        doc = (local if use_local else plain).annotate(OUTLET_TEXT)
        return doc == expected[use_local]

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert all(pool.map(work, range(200)))
    assert _types(expected[False]) == ["person"] and _types(expected[True]) == ["media"]


def test_the_cli_reads_a_lexicon_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """annotate --lexicon-dir DIR uses the folder's lexicons."""
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / "outlets.txt").write_text("Harbour Lantern\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(OUTLET_TEXT, encoding="utf-8")
    assert main(["annotate", str(story), "--lexicon-dir", str(folder)]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert [c["source"]["type"] for c in item["document"]["claims"]] == ["media"]


def test_the_cli_refuses_a_bad_lexicon_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad lexicon file is a usage error (status 2) naming the file and line, and
    nothing is annotated."""
    (tmp_path / "reporting.txt").write_text("opine\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(OUTLET_TEXT, encoding="utf-8")
    assert main(["annotate", str(story), "--lexicon-dir", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--lexicon-dir:" in err and "reporting.txt, line 1" in err


def test_remembered_source_nouns_follow_the_active_lexicons() -> None:
    """is_source_noun keeps its answers per word and per set of user lexicons: a role
    a user adds counts inside their lexicons only, before and after."""
    from claimscope import lexicon, sources

    ombud = Lexicons(add={"roles": ["ombudsperson"]})
    assert not sources.is_source_noun("ombudsperson")
    with lexicon.using(ombud):
        assert sources.is_source_noun("ombudsperson")
        assert sources.is_source_noun("ombudspersons")
    assert not sources.is_source_noun("ombudsperson")


def _fresh(script: str) -> str:
    """What ``script`` prints in a new interpreter: caches empty, nothing run before."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return done.stdout


ROLE_TEXT = (
    "Jane Doe, the harbour ombudsperson, said the ferry would stop in June. "
    "The ombudsperson also said fares would rise. The Harbour Lantern said so too."
)
ROLES = Lexicons(add={"roles": ["ombudsperson"], "outlets": ["Harbour Lantern"]})


def test_user_lexicons_do_not_depend_on_what_ran_before() -> None:
    """The entity stage's word lists follow the active lexicons too: an annotator with
    user lexicons gives the same document whether the default annotator ran first in
    the process or not, and the default annotator is not changed by it."""
    script = (
        "from claimscope import Annotator, Lexicons\n"
        "lex = Lexicons(add={'roles': ['ombudsperson'], 'outlets': ['Harbour Lantern']})\n"
        f"print(Annotator(lexicons=lex).annotate({ROLE_TEXT!r}).to_json())\n"
    )
    default_first = annotate(ROLE_TEXT)
    users = Annotator(lexicons=ROLES).annotate(ROLE_TEXT)
    assert users.to_json() == _fresh(script).strip()
    assert annotate(ROLE_TEXT).to_json() == default_first.to_json()
    plain = f"from claimscope import annotate\nprint(annotate({ROLE_TEXT!r}).to_json())\n"
    assert default_first.to_json() == _fresh(plain).strip()
