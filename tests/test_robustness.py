"""Robustness: no input makes the pipeline blow up in time, and fuzzed inputs that
once broke a target stay fixed.

The growth checks are catastrophic-backtracking guards with generous bounds, not
timing figures; ``benchmarks/pathological.py`` measures the real ratios.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import strategies
from hypothesis import assume, given
from hypothesis import strategies as st

import claimscope
from claimscope import SourceType, Span, testing
from claimscope.furniture import ends_like_prose
from claimscope.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

import targets  # noqa: E402

REGRESSIONS = Path(__file__).parent / "golden" / "fuzz_regressions.json"

NEWS = (
    "“The cables are older than anyone expected,” said Jane Doe, the council's chief "
    "engineer. Officials said the Harbour Bridge may close for six months. The mayor "
    "denied claims that the repairs had been delayed.\n\n"
)


def cpu_seconds(func: Callable[[str], object], text: str, repeats: int = 1) -> float:
    """Best CPU time of ``repeats`` runs of ``func(text)``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        func(text)
        best = min(best, time.process_time() - start)
    return best


def fill(unit: str, size: int) -> str:
    """``unit`` repeated and cut to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


WORST: dict[str, Callable[[int], str]] = {
    "one character a line": lambda n: fill("\n".join(NEWS) + "\n", n),
    "quote marks": lambda n: fill('"“”\'‘’«»""“', n),
    "said said said": lambda n: fill("said ", n),
    "U.S. U.S. U.S.": lambda n: fill("U.S. ", n),
    # one sentence of quotations and inverted cues: each cue once looked at every
    # word after it, and regex searched the rest of the text for "by" at each one
    "one long sentence of cues": lambda n: (
        "The " + fill("“We will win” said Jane Doe and the council ", n - 6) + ". "
    ),
    # one sentence of inverted attributions: each content once ran back to the
    # sentence start, and each cue copied all the text before it
    "according to, according to": lambda n: "The " + fill("according to officials, ", n - 6) + ". ",
    # issue 20's worst shapes: dense initials, pronouns, NEL line ends, one sentence
    # of quoted "said", bidirectional controls after every character
    "spaced initials": lambda n: fill("J. R. Smith said. Dr. A. B. Jones of the U. S. said. ", n),
    "pronouns": lambda n: fill("He said he would. She told him they agreed. ", n),
    "NEL line ends": lambda n: fill("Jane Doe said\x85", n),
    "quoted said": lambda n: "The " + fill('"said" ', n - 6) + ". ",
    "bidi soup": lambda n: "".join(
        c + "\u202e\u2066\u200f"[i % 3] for i, c in enumerate(fill(NEWS, n // 2))
    ),
    "news": lambda n: fill(NEWS, n),
}
"""The inputs that were slowest per character in ``benchmarks/pathological.py``."""


@pytest.mark.parametrize("name", sorted(WORST))
def test_annotate_grows_linearly_on_the_worst_inputs(name: str) -> None:
    """Ten times the input never takes 30 times as long (a quadratic step would take
    about 100 times)."""
    small, large = WORST[name](20_000), WORST[name](200_000)
    claimscope.annotate(small)  # warm the lexicons
    ratio = cpu_seconds(claimscope.annotate, large) / max(
        cpu_seconds(claimscope.annotate, small, repeats=3), 1e-3
    )
    assert ratio < 30, f"{name}: 10x the input took {ratio:.1f}x the time"


def test_according_to_takes_no_unpunctuated_run_for_its_source() -> None:
    """*according to X*: X ends at punctuation, and a run of words with none is no
    noun phrase (it once became a 200,000-character source); a long real one stays."""
    run = " ".join(["officials", "and", "residents", "of", "the", "harbour"] * 20)
    doc = claimscope.annotate(f"The bridge will close, according to {run} today.")
    assert all(len((c.source.text or "").split()) <= 40 for c in doc.claims)
    real = (
        "Turnout was high, according to early results of exit polls conducted for the "
        "Associated Press and television networks by Edison Research."
    )
    (claim,) = [c for c in claimscope.annotate(real).claims if c.rule == "C, according to X"]
    assert claim.source.text is not None and claim.source.text.endswith("Edison Research")


def test_quote_paragraphs_are_linear_with_one_character_a_line() -> None:
    """The quotation finder's paragraph split once sliced the whole prefix at every
    newline; one character a line made it quadratic."""
    small = fill("a\nb\n", 50_000)
    large = fill("a\nb\n", 500_000)
    find_quotes(small)
    ratio = cpu_seconds(find_quotes, large) / max(cpu_seconds(find_quotes, small, 3), 1e-3)
    assert ratio < 30, f"10x the input took {ratio:.1f}x the time"


def load_regressions() -> list[dict[str, Any]]:
    """The saved fuzz cases."""
    cases: list[dict[str, Any]] = json.loads(REGRESSIONS.read_text(encoding="utf-8"))["cases"]
    return cases


def case_bytes(case: dict[str, Any]) -> bytes:
    """The raw input of a saved case."""
    if "hex" in case:
        return bytes.fromhex(case["hex"])
    data: bytes = case["text"].encode("utf-8", "surrogatepass")
    return data


def test_regression_file_is_well_formed() -> None:
    """Every saved fuzz case names a known target, its origin and what went wrong."""
    for case in load_regressions():
        assert case["target"] in targets.TARGETS
        assert case["found"] and case["problem"]
        assert ("text" in case) != ("hex" in case)


def regression_params() -> list[Any]:
    """The saved cases as pytest params; a case with ``known_failure`` (a bug in a
    module this suite does not own, reported to its owner) is a strict xfail."""
    params = []
    for case in load_regressions():
        marks = []
        if "known_failure" in case:
            marks.append(pytest.mark.xfail(strict=True, reason=case["known_failure"]))
        params.append(pytest.param(case, marks=marks, id=f"{case['target']}-{case['found']}"))
    return params


@pytest.mark.parametrize("case", regression_params())
def test_fuzz_regressions_stay_fixed(case: dict[str, Any]) -> None:
    """Each input that once broke a fuzz target now passes it."""
    targets.TARGETS[case["target"]](case_bytes(case))


@pytest.mark.parametrize(
    "text",
    [
        "“The cables are older than anyone expected,” said Jane Doe.",
        "Officials said <script>alert(1)</script> the bridge may reopen.",
        "",
        "\ud800 is a lone surrogate, officials said.",
    ],
)
@pytest.mark.parametrize("name", sorted(targets.TARGETS))
def test_fuzz_targets_accept_realistic_input(name: str, text: str) -> None:
    """The fuzz targets themselves run cleanly on ordinary and tricky inputs."""
    targets.TARGETS[name](text.encode("utf-8", "surrogatepass"))


def test_fuzz_target_check_catches_a_broken_document() -> None:
    """The invariant check used by the fuzzer fails on a document that drops text."""
    doc = claimscope.annotate("The bridge opened in 1990. It was rebuilt.")
    with pytest.raises(targets.FuzzFinding):
        targets.check_document(doc, doc.text + " Extra words.")


def test_html_check_catches_injected_markup() -> None:
    """The HTML check used by the fuzzer flags a tag the renderer never writes."""
    with pytest.raises(targets.FuzzFinding):
        targets.check_html("<div><script>alert(1)</script></div>")


# -- properties across the whole pipeline --------------------------------------------
# Examples per property come from the Hypothesis profile (tests/conftest.py): ``default``
# locally, ``ci`` (1,000 examples) with HYPOTHESIS_PROFILE=ci.

ANY_TEXT = st.one_of(
    testing.news_texts(),
    strategies.news_texts(),
    strategies.hostile_texts(),
    st.text(),
)
"""Composed news in every pattern, hostile fragments, hostile characters, any text."""


@given(text=ANY_TEXT)
def test_every_spec_invariant_holds_for_any_text(text: str) -> None:
    """annotate() keeps the contract: spans equal their slices, sentences ordered,
    disjoint and covering every non-space character, claims ordered and inside their
    sentences, dict and JSON round trips."""
    testing.check_document(claimscope.annotate(text), text)


def shifted(value: Any, by: int, sentences: int) -> Any:
    """A claim dict with every offset moved by ``by`` and the sentence index by
    ``sentences``."""
    if isinstance(value, list):
        return [shifted(v, by, sentences) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        if key in ("start", "end") and isinstance(v, int):
            out[key] = v + by
        elif key == "sentence":
            out[key] = v + sentences
        else:
            out[key] = shifted(v, by, sentences)
    return out


def prefix_diff(
    prefix: str, text: str, *, named_in_prefix: bool = True
) -> tuple[list[Any], list[Any]]:
    """annotate(prefix + text)'s claims after the prefix, and annotate(text)'s shifted.

    Entity ids number the whole document's entities, so they are left out. With
    ``named_in_prefix=False``, a claim whose source (or chain) entity the prefix
    names is compared without its source and chain: SPEC lets such a source resolve
    to the prefix's entity (*Invariants*)."""
    alone = claimscope.annotate(text)
    head = claimscope.annotate(prefix)
    both = claimscope.annotate(prefix + text)
    named = {e.id for e in both.entities if any(m.start < len(prefix) for m in e.mentions)}
    expected = [shifted(c.to_dict(), len(prefix), len(head.sentences)) for c in alone.claims]
    mine = [c for c in both.claims if c.start >= len(prefix)]
    tail = [c.to_dict() for c in mine]
    for k, claim in enumerate(mine):
        drop = not named_in_prefix and bool(
            {s.entity for s in (claim.source, *claim.chain)} & named
        )
        tail[k] = _without_entities(tail[k], drop)
        if k < len(expected):
            expected[k] = _without_entities(expected[k], drop)
    expected[len(mine) :] = [_without_entities(d, False) for d in expected[len(mine) :]]
    return tail, expected


def _without_entities(claim: dict[str, Any], drop_source: bool) -> dict[str, Any]:
    """A claim dict without entity ids (and without its source and chain when
    ``drop_source``)."""
    claim = dict(claim)
    if drop_source:
        claim.pop("source")
        claim.pop("chain")
        return claim
    claim["source"] = {k: v for k, v in claim["source"].items() if k != "entity"}
    claim["chain"] = [{k: v for k, v in link.items() if k != "entity"} for link in claim["chain"]]
    return claim


QUOTE_MARKS = frozenset("\"'“”„‟«»‹›‘’‚")


def one_line_heading(text: str) -> bool:
    """A text of one line that does not end like prose: SPEC's one-line rule makes it
    a sentence alone, which the same line after a paragraph is not."""
    return len(text.strip().splitlines()) <= 1 and not ends_like_prose(text.strip())


def unpunctuated_paragraph(text: str) -> bool:
    """Whether a paragraph of ``text`` does not end like prose (*…without a vote.x*):
    where it stands decides whether it is page furniture (a headline, a standfirst)."""
    return any(p.strip() and not ends_like_prose(p.strip()) for p in _PARAGRAPH.split(text))


_PARAGRAPH = re.compile(r"\n[^\S\n]*\r?\n")


def plain_prefix(prefix: str) -> bool:
    """A prefix with no quote mark and only author-voiced claims: nothing a later
    paragraph could be attributed back to (quote continuation across paragraphs is a
    news convention SPEC's invariant excepts; see the two tests below)."""
    if QUOTE_MARKS & set(prefix):
        return False
    return all(c.source.type is SourceType.AUTHOR for c in claimscope.annotate(prefix).claims)


@given(prefix=strategies.paragraph_prefixes().filter(plain_prefix), text=testing.news_texts())
def test_a_paragraph_prefix_only_shifts_the_claims(prefix: str, text: str) -> None:
    """A text after a finished paragraph gets the same claims, offsets moved by the
    prefix's length. The prefixes hold no quote marks and no attributed claims: a
    prefix with those may reach into later claims as SPEC allows (tests below), and so
    may an entity the prefix names. A text of one line without final punctuation is
    left out: alone it is read as a sentence (SPEC), after a paragraph as the heading
    it looks like; so is any paragraph that does not end like prose, which near the top
    of a document may be read as a headline or standfirst. A prefix whose entity is
    mentioned again in the text (*AA* then *The agency*) is left out too: that later
    mention may change how the text's own sources are typed, as SPEC lets a source
    resolve to the prefix's entity."""
    assume(not one_line_heading(text) and not unpunctuated_paragraph(text))
    both = claimscope.annotate(prefix + text)
    assume(not any(_spans_boundary(e.mentions, len(prefix)) for e in both.entities))
    tail, expected = prefix_diff(prefix, text, named_in_prefix=False)
    assert tail == expected


def _spans_boundary(mentions: Sequence[Span], boundary: int) -> bool:
    """Whether ``mentions`` fall both before and after ``boundary``."""
    return any(m.start < boundary for m in mentions) and any(m.start >= boundary for m in mentions)


def test_a_prefix_paragraph_does_not_change_a_later_source() -> None:
    """ "the administration" in the second paragraph keeps its own source; it is not
    merged with "the council" from the paragraph before."""
    prefix = "The Harbour Bridge will close for six months, the council said on Tuesday.\n\n"
    text = "The bridge will close for six months, according to the administration."
    tail, expected = prefix_diff(prefix, text)
    assert tail == expected


def test_a_prefix_paragraph_does_not_take_over_an_unclosed_quote() -> None:
    """The unclosed quote credited to Aaron Doe gets the same claim with or without the
    council's paragraph before it (once a lead bug)."""
    prefix = "The Harbour Bridge will close for six months, the council said on Tuesday. \n\n"
    text = "“The bridge will close for six months, Aaron Doe said."
    tail, expected = prefix_diff(prefix, text)
    assert tail == expected


@given(text=ANY_TEXT)
def test_json_round_trip_or_clear_error(text: str) -> None:
    """to_json() is valid UTF-8 JSON that reads back to the same document; only text
    UTF-8 cannot carry is refused, with a SchemaError naming the offset."""
    doc = claimscope.annotate(text)
    try:
        payload = doc.to_json()
    except claimscope.SchemaError as e:
        with pytest.raises(UnicodeEncodeError):
            text.encode("utf-8")
        assert "offset" in str(e)
    else:
        payload.encode("utf-8")
        assert claimscope.Document.from_json(payload) == doc
    assert claimscope.Document.from_json(doc.to_json(ensure_ascii=True)) == doc


@given(text=st.one_of(ANY_TEXT, st.text(alphabet="<>&\"'/=ascriptimg x", max_size=60)))
def test_html_escapes_any_text(text: str) -> None:
    """No text, however hostile, becomes markup in to_html()."""
    doc = claimscope.annotate(text + " Officials said <b>it</b> & <script>x()</script> may fail.")
    page = doc.to_html(standalone=True)
    targets.check_html(page)
    assert "<script" not in page and "<b>it" not in page


def test_a_prefix_speaker_may_take_over_a_bare_quotation() -> None:
    """SPEC's prefix invariant lets a quote-continuation paragraph reach back across
    the break: the bare quotation keeps its content span, and takes the speaker of the
    paragraph before it, as a reader would."""
    prefix = "The council said on Tuesday that the bridge would close for six months.\n\n"
    text = "“The cables are simply too old.”"
    tail, expected = prefix_diff(prefix, text)
    assert [(c["start"], c["end"]) for c in tail] == [(c["start"], c["end"]) for c in expected]
    assert expected[0]["source"]["type"] == "author"
    assert tail[0]["source"]["text"] == "The council"
    assert tail[0]["rule"] == "quote continuation"


def test_a_quote_left_open_in_the_prefix_may_continue() -> None:
    """A quotation the prefix leaves open may continue into the next paragraph (SPEC's
    exception for multi-paragraph quotes); the sentences still only shift."""
    prefix = "‘It is over,’ he said, “for now.\n\n"
    text = "“The bridge will close,” Aaron Doe said. “It is old.\n\n“Very old.”"
    alone = claimscope.annotate(text)
    both = claimscope.annotate(prefix + text)
    n = len(prefix)
    assert [(s.start + n, s.end + n) for s in alone.sentences] == [
        (s.start, s.end) for s in both.sentences if s.start >= n
    ]
    assert all(c.source.text == "Aaron Doe" for c in both.claims if c.start >= n)


def test_a_paragraph_of_quote_marks_holds_no_quotations() -> None:
    """A long paragraph that is mostly quotation marks is not prose: no quotations are
    paired in it (which kept 10^5 marks at over 3x the cost of news), while the quote
    in the next paragraph is still found."""
    noise = fill('"“”\'‘’«»""“', 5_000)
    speech = "“The bridge will close for six months,” said Jane Doe."
    quotes = find_quotes(noise + "\n\n" + speech)
    assert [(q.start, q.end) for q in quotes] == [(5_002, 5_002 + 39)]
    assert [(q.start, q.end) for q in find_quotes(speech)] == [(0, 39)]


def test_save_regression_keeps_a_split_surrogate_pair_as_hex(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash holding a high and a low surrogate side by side is stored as hex: as
    text, JSON would read the pair back as one character and the case would replay a
    different input."""
    import save_regression

    store = tmp_path / "regressions.json"
    store.write_text(json.dumps({"about": "test", "cases": []}), encoding="utf-8")
    monkeypatch.setattr(save_regression, "REGRESSIONS", store)
    crash = tmp_path / "crash-1"
    data = "He said \ud83d\ude00.".encode("utf-8", "surrogatepass")
    crash.write_bytes(b"\x00" + data)
    save_regression.main([str(crash), "--target", "json", "--problem", "split pair"])
    (case,) = json.loads(store.read_text(encoding="utf-8"))["cases"]
    assert case["target"] == "json" and bytes.fromhex(case["hex"]) == data
