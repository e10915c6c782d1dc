"""The documentation site runs: its examples, its generated pages and its JSON Schema.

- every ``pycon`` block on a page is a doctest; a page's blocks share one namespace and
  run in order, so the page cannot drift from the code;
- every ``console`` block runs its ``$`` commands (``claimscope`` is this interpreter's
  ``python -m claimscope``) in the repository folder and must print what the page shows;
- every ``python`` block (the Dask and Spark recipes need clusters) must compile;
- ``docs/cli.md`` is what ``docs/cli_reference.py`` generates from the parser today;
- ``docs/schema/claimscope-1.schema.json`` accepts the output of every golden document
  and example article, and rejects documents that break the format.
"""

from __future__ import annotations

import copy
import doctest
import importlib.util
import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

import claimscope

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SCHEMA_PATH = DOCS / "schema" / "claimscope-1.schema.json"
PAGES = sorted(p for p in DOCS.glob("*.md"))

_FENCE = regex.compile(
    r"^(?P<fence>`{3,})(?P<lang>[^\n`]*)\n(?P<body>.*?)^(?P=fence)[ \t]*$", regex.M | regex.S
)
"""A fenced block: the opening fence, its language, and the body up to the same fence."""

_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _blocks(page: Path, lang: str) -> list[tuple[int, str]]:
    """Return ``(line number, body)`` of every block of ``page`` fenced as ``lang``."""
    content = page.read_text(encoding="utf-8")
    found = []
    for m in _FENCE.finditer(content):
        if m.group("lang").strip() == lang:
            found.append((content.count("\n", 0, m.start()) + 1, m.group("body")))
    return found


def _pages_with(lang: str) -> list[Path]:
    return [p for p in PAGES if _blocks(p, lang)]


def _load_cli_reference() -> Any:
    spec = importlib.util.spec_from_file_location("cli_reference", DOCS / "cli_reference.py")
    if spec is None or spec.loader is None:
        raise ImportError("cannot load docs/cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- examples ------------------------------------------------------------------------


def test_the_pages_that_explain_behaviour_have_runnable_examples() -> None:
    """The user guide pages each carry doctested examples (a lost fence would hide them)."""
    with_examples = {p.name for p in _pages_with("pycon")}
    for name in (
        "index.md",
        "getting-started.md",
        "concepts.md",
        "decisions.md",
        "customising.md",
        "json-format.md",
        "integrations.md",
    ):
        assert name in with_examples, f"{name} has no ```pycon example"


@pytest.mark.parametrize("page", _pages_with("pycon"), ids=lambda p: p.name)
def test_pycon_examples_run(page: Path) -> None:
    """Every ``pycon`` example on the page gives the output the page shows."""
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    globs: dict[str, Any] = {"__name__": f"docs_{page.stem}"}
    for line, body in _blocks(page, "pycon"):
        test = parser.get_doctest(body, globs, f"{page.name}:{line}", str(page), line)
        assert test.examples, f"{page.name}:{line}: a pycon block without >>> examples"
        runner.run(test, clear_globs=False)
        globs = test.globs  # DocTest copies its globals: carry them to the next block
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) on {page.name} failed (see above)"


@pytest.mark.parametrize("page", _pages_with("console"), ids=lambda p: p.name)
def test_console_examples_print_what_the_page_shows(page: Path) -> None:
    """Each ``$ claimscope …`` command on the page prints the output shown under it."""
    claimscope_cmd = f"{shlex.quote(sys.executable)} -m claimscope"
    for line, body in _blocks(page, "console"):
        commands: list[tuple[str, list[str]]] = []
        for row in body.splitlines():
            if row.startswith("$ "):
                commands.append((row[2:], []))
            elif commands:
                commands[-1][1].append(row)
        assert commands, f"{page.name}:{line}: a console block without $ commands"
        for command, expected in commands:
            shell = regex.sub(r"(?<![\w/.-])claimscope(?= )", claimscope_cmd, command)
            done = subprocess.run(
                shell, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120
            )
            assert done.returncode == 0, f"{page.name}:{line}: {command!r} failed: {done.stderr}"
            assert done.stdout.rstrip("\n").splitlines() == expected, (
                f"{page.name}:{line}: {command!r} printed:\n{done.stdout}"
            )


@pytest.mark.parametrize("page", _pages_with("python"), ids=lambda p: p.name)
def test_python_recipes_compile(page: Path) -> None:
    """``python`` recipes (they need files or clusters to run) are at least valid Python."""
    for line, body in _blocks(page, "python"):
        compile(body, f"{page.name}:{line}", "exec")


# -- the site's structure ------------------------------------------------------------


def test_every_page_is_in_a_toctree() -> None:
    """No page is orphaned: index.md's toctrees list every other page of docs/."""
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    listed: set[str] = set()
    for m in _FENCE.finditer(index):
        if m.group("lang").strip() == "{toctree}":
            listed.update(
                row.strip()
                for row in m.group("body").splitlines()
                if row.strip() and not row.startswith(":")
            )
    pages = {p.stem for p in PAGES} - {"index"}
    assert pages - listed == set(), f"pages missing from the toctree: {sorted(pages - listed)}"


def test_cli_reference_is_current() -> None:
    """docs/cli.md equals what the parser generates; run ``python docs/cli_reference.py``."""
    generated = _load_cli_reference().render()
    committed = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert committed == generated, "docs/cli.md is stale: run python docs/cli_reference.py"


def test_cli_reference_lists_every_option() -> None:
    """Each visible option of every subcommand appears in the generated reference."""
    import argparse

    from claimscope.cli import build_parser

    page = _load_cli_reference().render()
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert f"## claimscope {name}" in page
        for action in command._actions:
            if action.help == argparse.SUPPRESS:
                assert not any(f"`{flag}" in page for flag in action.option_strings)
            for flag in action.option_strings:
                if action.help != argparse.SUPPRESS:
                    assert f"`{flag}" in page, f"{flag} of {name} is missing"


# -- the JSON Schema -----------------------------------------------------------------


def _golden_texts() -> list[tuple[str, str]]:
    cases = json.loads((ROOT / "tests" / "golden" / "attribution.json").read_text("utf-8"))
    texts = [(f"golden:{case['id']}", case["text"]) for case in cases]
    texts += [
        (f"examples/{p.name}", p.read_text("utf-8"))
        for p in sorted((ROOT / "examples").glob("*.txt"))
    ]
    return texts


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_golden_corpus_is_not_empty() -> None:
    """The schema test below has golden documents and example articles to validate."""
    names = [name for name, _ in _golden_texts()]
    assert len(names) >= 5
    assert any(name.startswith("examples/") for name in names)


@pytest.mark.parametrize("name,text", _golden_texts(), ids=lambda v: v if len(v) < 60 else "")
def test_schema_accepts_golden_output(validator: Any, name: str, text: str) -> None:
    """The output of a golden document, with and without the profile, is valid."""
    doc = claimscope.annotate(text)
    errors = list(validator.iter_errors(json.loads(doc.to_json())))
    assert errors == [], f"{name}: {errors[0].message} at {list(errors[0].path)}"
    errors = list(validator.iter_errors(doc.to_dict(profile=True)))
    assert errors == [], f"{name} (profile): {errors[0].message} at {list(errors[0].path)}"


def _sample() -> dict[str, Any]:
    text = (
        'Jane Doe said the bridge may close. "We cannot wait," she added. '
        "Sources cited by the Daily Planet said the mayor had resigned. The bridge opened in 1990."
    )
    return claimscope.annotate(text).to_dict(profile=True)


def _break(path: tuple[Any, ...], value: Any = None, *, delete: bool = False) -> dict[str, Any]:
    d = copy.deepcopy(_sample())
    target = d
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return d


@pytest.mark.parametrize(
    "broken",
    [
        _break(("schema",), "claimscope/2"),
        _break(("claims", 0, "confidence"), "certain"),
        _break(("claims", 0, "source", "type"), "robot"),
        _break(("claims", 0, "rule"), delete=True),
        _break(("claims", 0, "cue", "negated"), "no"),
        _break(("claims", 0, "start"), -1),
        _break(("claims", 0, "surprise"), 1),
        _break(("claims", 1, "source", "text"), None),
        _break(("claims", 2, "chain", 0, "mention"), None),
        _break(("profile", "confidence", "certain"), {"count": 1, "share": 0.5}),
    ],
    ids=[
        "schema-version",
        "confidence",
        "source-type",
        "no-rule",
        "negated-type",
        "negative-offset",
        "extra-key",
        "half-null-source",
        "chain-mention",
        "profile-label",
    ],
)
def test_schema_rejects_broken_documents(validator: Any, broken: dict[str, Any]) -> None:
    """Documents that break claimscope/1 in one field fail validation."""
    assert validator.is_valid(_sample())
    assert not validator.is_valid(broken)
