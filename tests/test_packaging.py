"""What the distribution promises: shipped resources, metadata, and the private nltk
names the segmenter builds on."""

from __future__ import annotations

import configparser
import doctest
import inspect
import json
from pathlib import Path

import pytest

import claimscope
import claimscope.resources

ROOT = Path(__file__).resolve().parent.parent


def test_resources_doctests_pass() -> None:
    """The examples in claimscope.resources run."""
    result = doctest.testmod(claimscope.resources)
    assert result.attempted > 0 and result.failed == 0


def test_the_shipped_schema_is_the_documented_one() -> None:
    """The schema in the package equals docs/schema/ (when the docs are there)."""
    docs_copy = ROOT / "docs" / "schema" / "claimscope-1.schema.json"
    if not docs_copy.exists():
        pytest.skip("no docs/ beside the tests")
    assert claimscope.resources.schema_text() == docs_copy.read_text(encoding="utf-8"), (
        "the two copies of the schema differ: edit docs/schema/claimscope-1.schema.json "
        "and copy it to claimscope/schema/"
    )
    assert claimscope.load_schema() == json.loads(docs_copy.read_text(encoding="utf-8"))


def test_the_shipped_schema_validates_output() -> None:
    """load_schema() gives a schema that accepts annotate()'s output."""
    jsonschema = pytest.importorskip("jsonschema")
    doc = claimscope.annotate(claimscope.example_text())
    jsonschema.Draft202012Validator(claimscope.load_schema()).validate(doc.to_dict(profile=True))


def test_the_example_text_is_examples_article() -> None:
    """example_text() is examples/article.txt, character for character."""
    article = ROOT / "examples" / "article.txt"
    if not article.exists():
        pytest.skip("no examples/ beside the tests")
    with open(article, encoding="utf-8", newline="") as f:
        assert claimscope.example_text() == f.read()


def _setup_cfg() -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    parser.read(ROOT / "setup.cfg", encoding="utf-8")
    return parser


def test_citation_names_this_version_and_license() -> None:
    """CITATION.cff carries setup.cfg's version and license."""
    citation = ROOT / "CITATION.cff"
    if not citation.exists():
        pytest.skip("no CITATION.cff beside the tests")
    text = citation.read_text(encoding="utf-8")
    metadata = _setup_cfg()["metadata"]
    assert f'version: "{metadata["version"]}"' in text
    assert f"license: {metadata['license']}" in text
    assert "cff-version: 1.2.0" in text and "claimscope developers" in text


def test_package_data_lists_every_shipped_file() -> None:
    """Each data folder of the package is named in setup.cfg's package_data."""
    package_data = _setup_cfg()["options.package_data"]["claimscope"]
    for pattern in ("py.typed", "lexicons/*.txt", "schema/*.json", "data/*.txt"):
        assert pattern in package_data


# -- the nltk internals claimscope.segment relies on -------------------------------------


def _parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


def test_nltk_punkt_private_names_are_there() -> None:
    """segment.py subclasses Punkt and overrides or calls these private names; an nltk
    release that renames one must fail here, not mis-split sentences."""
    from nltk.tokenize import punkt

    tokenizer = punkt.PunktSentenceTokenizer
    methods = {
        "__init__": ["self", "train_text", "verbose", "lang_vars", "token_cls"],
        "span_tokenize": ["self", "text", "realign_boundaries"],
        "_slices_from_text": ["self", "text"],
        "_realign_boundaries": ["self", "text", "slices"],
        "text_contains_sentbreak": ["self", "text"],
        "_first_pass_annotation": ["self", "aug_tok"],
        "_second_pass_annotation": ["self", "aug_tok1", "aug_tok2"],
        "_match_potential_end_contexts": ["self", "text"],
    }
    for name, parameters in methods.items():
        assert _parameters(getattr(tokenizer, name)) == parameters, name
    instance = tokenizer()
    assert instance._Token is punkt.PunktToken
    assert isinstance(instance._lang_vars, punkt.PunktLanguageVars)

    lang_vars = punkt.PunktLanguageVars
    assert _parameters(lang_vars.period_context_re) == ["self"]
    assert _parameters(lang_vars._word_tokenizer_re) == ["self"]
    assert _parameters(lang_vars.word_tokenize) == ["self", "s"]
    assert isinstance(lang_vars._re_word_start, str)
    assert isinstance(inspect.getattr_static(lang_vars, "_re_non_word_chars"), property)
    assert hasattr(lang_vars, "re_boundary_realignment") and "." in lang_vars.sent_end_chars

    token = punkt.PunktToken
    for name in ("_RE_NUMERIC", "_RE_ELLIPSIS", "_RE_INITIAL", "_RE_ALPHA"):
        assert hasattr(token, name), name
    assert {"tok", "type", "period_final", "sentbreak", "abbr", "ellipsis"} <= set(token.__slots__)
    word = token("J.")
    for name in ("is_initial", "type_no_period", "period_final", "abbr", "ellipsis"):
        getattr(word, name)

    params = punkt.PunktParameters()
    for name in ("abbrev_types", "collocations", "sent_starters", "ortho_context"):
        assert hasattr(params, name), name
    assert (punkt._ORTHO_BEG_UC, punkt._ORTHO_MID_LC) == (1 << 1, 1 << 5)


def test_nltk_is_bounded_to_the_tested_releases() -> None:
    """setup.cfg caps nltk below the next minor release, and the installed one fits."""
    from importlib.metadata import version

    requires = _setup_cfg()["options"]["install_requires"]
    line = next(r.strip() for r in requires.splitlines() if r.strip().startswith("nltk"))
    assert line == "nltk>=3.9,<3.11"
    major, minor = (int(p) for p in version("nltk").split(".")[:2])
    assert (3, 9) <= (major, minor) < (3, 11)


def test_ci_installs_the_extras_its_integration_tests_need() -> None:
    """.ci/run installs the spacy and pandas extras before the README's test command,
    so the spaCy component and the typed tables are tested there, not skipped."""
    script = ROOT / ".ci" / "run"
    if not script.exists():
        pytest.skip("no .ci/run beside the tests")
    lines = script.read_text(encoding="utf-8").splitlines()
    extras = next(i for i, line in enumerate(lines) if ".[test,spacy,pandas]" in line)
    readme_command = max(i for i, line in enumerate(lines) if "-m pytest" in line)
    assert extras < readme_command
