"""Mention reading's shortcuts agree with the plain definitions they replace.

:mod:`claimscope.entities.candidates` answers *is this word written in lower case
somewhere in the text* by looking the word up when asked, and mentions.py tests for
a *the* before a capitalised run without a regular expression; both must give what
the regular expressions they stand for give, on any text.
"""

from __future__ import annotations

import re
import time
import tracemalloc

from hypothesis import example, given
from hypothesis import strategies as st
from strategies import hostile_texts, news_texts

import claimscope.entities.candidates as candidates
import claimscope.entities.mentions as mentions_module
from claimscope.entities import find_mentions
from claimscope.entities.candidates import LOWER_WORD, Known
from claimscope.entities.mentions import Mention, _the_before
from claimscope.entities.words import _NAME_SUFFIXES, _TOKEN, _titles, _tokens
from claimscope.segment import sentence_spans

_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\u00a0]+\Z")
"""The regular expression :func:`_the_before` stands for."""

_WORDS = st.sampled_from(
    ["the", "during", "there", "ab", "x", "über", "naïve", "don", "t", "s", "officials", "Ab"]
)


def _words_of(text: str) -> set[str]:
    """Every run of letters in ``text``, lower-cased, and some of their pieces."""
    found = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    return found | {w[1:] for w in found} | {w[:-1] for w in found if len(w) > 1}


@given(text=hostile_texts(), extra=st.lists(_WORDS, max_size=4))
def test_lowered_agrees_with_the_word_list(text: str, extra: list[str]) -> None:
    """Known.lowered answers, for every word asked, whether the text's list of
    lower-case words holds it."""
    listed = frozenset(LOWER_WORD.findall(text))
    known = Known(text, frozenset(), frozenset())
    for word in sorted(_words_of(text) | set(extra)):
        assert known.lowered(word) == (word in listed), word


@given(
    text=st.text(alphabet="ab xAB'’_1é\u00a0-", max_size=300),
    words=st.lists(st.sampled_from(["ab", "a", "b", "ba", "éa", "x"]), max_size=6),
)
def test_lowered_at_word_edges(text: str, words: list[str]) -> None:
    """Words glued to apostrophes, digits, underscores and capitals, and words at the
    very start and end of the text, are judged as the regular expression judges
    them."""
    listed = frozenset(LOWER_WORD.findall(text))
    known = Known(text, frozenset(), frozenset())
    for word in words:
        assert known.lowered(word) == (word in listed), (text, word)


def test_lowered_lists_the_words_once_its_budget_is_spent() -> None:
    """A word that occurs thousands of times only inside other words would cost a
    look at each occurrence on every question; past the budget the whole list is
    made once, and the answers stay right."""
    text = "The xab said. " * 5_000 + "Then ab went."
    known = Known(text, frozenset(), frozenset())
    assert known.lowered("ab")
    assert not known.lowered("xa")
    assert known.lowered("xab")
    assert not known.lowered("said.")
    assert known._words is not None


def test_lowered_stays_linear_on_many_questions() -> None:
    """Words the text never writes in lower case each cost a read of the whole text
    by ``str.find``; after a few such reads the list of lower-case words is made
    once, so a megabyte asked 10,000 questions answers at once (a read for each
    would take seconds)."""
    text = "Nomura Securities said the yen fell. " * 28_000
    known = Known(text, frozenset(), frozenset())
    started = time.process_time()
    digits = str.maketrans("0123456789", "abcdefghij")
    letters = [f"{k:05d}".translate(digits) for k in range(10_000)]
    answers = [known.lowered("nomura" + w) for w in letters]
    assert not any(answers)
    assert known.lowered("yen") and not known.lowered("nomura")
    assert known._words is not None
    assert time.process_time() - started < 1.0


@given(text=st.text(alphabet="ab xAB'’_1é\u00a0-\n", max_size=200), piece=st.integers(1, 8))
def test_lower_words_in_pieces_are_the_whole_list(text: str, piece: int) -> None:
    """The lower-case words listed a piece at a time (cut at spaces) are those the
    pattern finds in the whole text, whatever the pieces' length."""
    saved = candidates._PIECE
    candidates._PIECE = piece
    try:
        assert candidates._lower_words(text) == frozenset(LOWER_WORD.findall(text))
    finally:
        candidates._PIECE = saved


def test_lower_words_hold_no_list_of_every_word() -> None:
    """Listing the lower-case words of a long text holds the distinct words, not a
    string for every occurrence (issues 18 and 20: peak memory)."""
    text = "the officials said that the ministry would not comment on it. " * 20_000
    tracemalloc.start()
    try:
        words = candidates._lower_words(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "ministry" in words and "The" not in words
    assert peak < len(text)  # a list of every word would take ten times it


def test_find_mentions_holds_no_match_objects() -> None:
    """The mentions of a long text are found without holding a match object for
    every candidate word at once (issues 18 and 20: peak memory): the peak of the
    call stays within a small multiple of what the mentions it returns take."""
    text = (
        "Finance Minister Ana Costa said on Tuesday that the ministry would not "
        "comment. Officials told reporters she had met Nomura analysts. "
    ) * 3_000
    spans = sentence_spans(text)
    find_mentions(text, spans[:10])  # the word lists loaded outside the measure
    tracemalloc.start()
    try:
        found = find_mentions(text, spans)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(found) >= 5 * 3_000
    assert peak < 1.5 * held


@given(text=st.text(alphabet="the THE\t\u00a0x_.,", max_size=12), floor=st.integers(0, 12))
def test_the_before_agrees_with_its_pattern(text: str, floor: int) -> None:
    """_the_before(text, offset, floor) is the pattern ``\\b[Tt]he[ \\t\\u00a0]+\\Z``
    searched in ``text[floor:offset]`` (with the text before ``floor`` as context),
    at every offset."""
    for offset in range(len(text) + 1):
        lo = min(floor, offset)
        expected = _THE_BEFORE.search(text, lo, offset) is not None
        assert _the_before(text, offset, lo) == expected, (text, offset, lo)


def test_the_before_a_name() -> None:
    """*the White House* after *the* and a space; not after *bathe* or *the* far back."""
    text = "Aides at the White House and those who bathe Daily said the  Nile"
    assert _the_before(text, text.index("White"), 0)
    assert not _the_before(text, text.index("Daily"), 0)
    assert _the_before(text, text.index("Nile"), text.index("Nile") - 5)
    assert not _the_before(text, text.index("Nile"), text.index("Nile") - 2)


@given(text=news_texts())
def test_mentions_are_tuples_with_their_text(text: str) -> None:
    """Every mention is a Mention whose offsets lie in its sentence and hold text."""
    spans = sentence_spans(text)
    for m in find_mentions(text, spans):
        assert isinstance(m, Mention)
        s0, s1 = spans[m.sentence]
        assert s0 <= m.start < m.end <= s1
        assert text[m.start : m.end].strip()


def test_sentence_openers_read_as_before() -> None:
    """A capitalised word opening a sentence is a name when the text never writes it
    in lower case (*Nomura*), and not when it does (*During* … *during*)."""
    text = (
        "Nomura Securities said the yen would fall. During the talks, the yen rose. "
        "Prices rose during the day, Nomura Securities said."
    )
    names = [
        text[m.start : m.end] for m in find_mentions(text, sentence_spans(text)) if m.kind == "name"
    ]
    assert names.count("Nomura Securities") == 2
    assert not any(n.startswith("During") for n in names)


def _tokens_before(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """words._tokens as it was before this round: every token looked at whenever the
    window holds a period, and a new list made."""
    found = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    if text.find(".", start, end) < 0 or not any(w[-1] == "." and len(w) > 1 for _, _, w in found):
        return found
    out: list[tuple[int, int, str]] = []
    for a, b, w in found:
        if w.endswith(".") and len(w) > 1:
            core = w[:-1]
            keep = (
                len(core) == 1
                or "." in core
                or core.casefold() in _titles()
                or core.casefold() in _NAME_SUFFIXES
                or core in ("Inc", "Ltd", "Co", "Corp", "St", "Mt", "Jr", "Sr")
            )
            if not keep:
                out.append((a, b - 1, core))
                out.append((b - 1, b, "."))
                continue
        out.append((a, b, w))
    return out


@given(
    text=st.one_of(
        hostile_texts(),
        st.text(alphabet="ab A.'’x3-&_ \u00a0", max_size=60),
        st.sampled_from(
            [
                "don't.x",
                "Mr. Doe's.",
                "U.S.-based",
                "a'b'c'd.",
                "3.5. x'ab9.",
                "Gov. Inc. said. Jr.",
            ]
        ),
    ),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 60)),
)
def test_tokens_split_periods_as_before(text: str, cut: tuple[int, int]) -> None:
    """Looking only at the tokens that end at a period after a letter or digit
    splits the same periods off as looking at every token did, in any window."""
    start, end = min(cut), min(max(cut), len(text))
    start = min(start, end)
    assert _tokens(text, start, end) == _tokens_before(text, start, end)


_DESCRIPTION_WORDS = st.sampled_from(
    [
        *("the", "The", "a", "an", "his", "their", "No", "No.", "10", "3", "said", "at", "At"),
        *("report", "reports", "officials", "spokesman", "inspectors", "'", "’", "poll", "shows"),
        *("news", "agency", "court", "filings", "from", "by", "of", "Acme", "Bank’s", "Kotak"),
        *("senior", "retired", "Washington-based", "-", "/", "(", '"', ",", ".", "something"),
        *("former", "state-owned", "company", "police", "chief", "Jane", "Doe", "minister's"),
    ]
)
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\n", "\u00a0", ""])


@st.composite
def _description_texts(draw: st.DrawFn) -> str:
    """Runs of determiners, modifiers, source nouns and punctuation with odd gaps:
    descriptions whose reading reaches to either end of a near window and past it."""
    words = draw(st.lists(st.tuples(_DESCRIPTION_WORDS, _GAPS), min_size=1, max_size=40))
    return "".join(w + gap for w, gap in words)


@example(text="Talks ended.  At the Geneva summit officials from Norway and Chile met.")
@example(text="The inspectors' report from Acme Bank’s  auditors said a No. 10 spokesperson left.")
@given(text=st.one_of(_description_texts(), news_texts(), hostile_texts()))
def test_near_windows_read_as_whole_windows(text: str) -> None:
    """A source noun read in its near window (:mod:`claimscope.entities.window`) gives
    the mentions its whole window gives, on any text."""
    spans = sentence_spans(text)
    near = find_mentions(text, spans)
    whole_window = mentions_module.near_window
    try:
        mentions_module.near_window = lambda text, lo, hi, start, end: (lo, hi)
        whole = find_mentions(text, spans)
    finally:
        mentions_module.near_window = whole_window
    assert near == whole


def test_a_description_opening_its_sentence_is_its_subject() -> None:
    """A description whose left edge is read back to the sentence's second word, past
    its near window, is still the sentence's subject (*At the Geneva summit officials
    from Norway …*)."""
    text = "Talks ended on Monday.  At the Geneva summit officials from Norway and Chile met."
    found = [m for m in find_mentions(text, sentence_spans(text)) if m.kind == "desc"]
    assert [text[m.start : m.end] for m in found] == ["the Geneva summit officials"]
    assert found[0].subject


_NAME_WORDS = st.sampled_from(
    [
        *("The", "the", "In", "He", "he", "HE", "I", "It", "However", "Young", "Loved", "ones"),
        *("Trump", "Obama", "Senate", "Reuters", "Paris", "Jane", "NATO", "President", "Police"),
        *("Officials", "officials", "campaign", "Monday", "Republicans", "Doe", "Inc", "said"),
        *(",", '"', "“", "(", "—", "-", "&", "'", "’s", "U.S.", "3", "Mr.", "x.", "Acme"),
    ]
)
_NAME_GAPS = st.sampled_from([" ", " ", " ", "  ", "\n", "\u00a0", "", "\t", " " * 9])


@st.composite
def _name_texts(draw: st.DrawFn) -> str:
    """Sentences of capitalised words, openers, pronouns and punctuation with odd gaps
    (some wider than the window a capitalised run is read in): one-word candidates in
    every position a sentence gives them."""
    sentences = draw(
        st.lists(st.lists(st.tuples(_NAME_WORDS, _NAME_GAPS), min_size=1, max_size=8), max_size=6)
    )
    return " ".join("".join(w + gap for w, gap in words) + "." for words in sentences)


def _read_in_windows(text: str, spans: list[tuple[int, int]], speakers: list[int]) -> object:
    """:func:`find_mentions` with every plain shortcut off: each candidate read with
    its window."""
    decide = mentions_module.plain_candidate
    try:
        mentions_module.plain_candidate = lambda *args: (False, None)
        return find_mentions(text, spans, speakers)
    finally:
        mentions_module.plain_candidate = decide


@example(text="The mayor said         Obama won. Loved ones wept. Acme said. We met Loved.")
@example(text="“Reuters said the Senate voted,” he said. He left. HE left. I left.")
@example(text="x.The Post and\u00a0the\tSenate. Monday Trump said. (Paris) said. Jane said.")
@example(text="CATCH")  # a shouted call to action: no name on either reading
@given(text=st.one_of(_name_texts(), news_texts(), hostile_texts()))
def test_plain_words_read_as_their_windows(text: str) -> None:
    """A capitalised word decided without its window (:mod:`claimscope.entities.plain`)
    gives the mentions that reading it with its window gives, on any text."""
    spans = sentence_spans(text)
    speakers = [m.start() for m in re.finditer(r"\b[A-Z]", text)][::3]
    assert find_mentions(text, spans, speakers) == _read_in_windows(text, spans, speakers)


_RUN_WORDS = st.sampled_from(
    [
        *("Hillary", "Clinton", "Trump", "Jane", "Doe", "Smith", "Acme", "Reuters", "NATO"),
        *("Mr.", "Sen.", "Gov.", "Dr.", "J.", "Jr.", "Inc.", "Co.", "Sept.", "U.S.", "Xy."),
        *("Foreign", "Minister", "President", "CEO", "Spokesman", "Police", "Department"),
        *("Monday", "People", "The", "Of", "On", "He", "It", "I", "During", "Officials"),
        *("Wells", "Fargo", "White", "House", "Republican", "Party", "Their", "Loved", "Young"),
        *("Clinton's", "Clinton’s", "Monday’s", "It’s", "Doe.", "House.", "Trump’s.", "Obama"),
    ]
)
_RUN_BEFORE = st.sampled_from(
    ["", "", "the ", "The ", "“", "said ", "x.", "In 2016, ", "He said ", "at the ", "(", "— "]
)
_RUN_AFTER = st.sampled_from(
    [" said.", " campaign said.", " ones said.", ".", ", who left.", " reports that he won."]
)


@st.composite
def _run_texts(draw: st.DrawFn) -> str:
    """Sentences holding runs of capitalised words one space apart (the runs
    :func:`claimscope.entities.plain.plain_run` decides, and runs it leaves to the
    reading): names, titles with periods, role words, days, pronouns, possessives and
    openers, at a sentence's start, after *the* and inside."""
    sentences = []
    for _ in range(draw(st.integers(1, 5))):
        words = draw(st.lists(_RUN_WORDS, min_size=1, max_size=5))
        sentences.append(draw(_RUN_BEFORE) + " ".join(words) + draw(_RUN_AFTER))
    return " ".join(sentences)


@example(text="Mr. Trump said. He met Sen. David Perdue. Hillary Clinton’s aides left.")
@example(text="said Monday Trump said. and People Magazine said. so Monday’s said.")
@example(text="Monday Trump said. Officials at the White House. The New York Post reports.")
@example(text="He met Monday’s guests. “Jane Doe said.” The Foreign Minister Ana Costa left.")
@example(text="Talks on Wells Fargo CEO John Stumpf. Acme Inc. said. J. Smith Jr. left.")
@example(text="Of Mr. Hillary said.")  # a function word before a title, plain or windowed
@given(text=st.one_of(_run_texts(), _name_texts()))
def test_plain_runs_read_as_their_windows(text: str) -> None:
    """A run of capitalised words decided without its window
    (:func:`claimscope.entities.plain.plain_run`) gives the mentions that reading it
    with its window gives."""
    spans = sentence_spans(text)
    speakers = [m.start() for m in re.finditer(r"\b[A-Z]", text)][::4]
    assert find_mentions(text, spans, speakers) == _read_in_windows(text, spans, speakers)


def test_plain_runs_in_a_sentence() -> None:
    """Runs of plain words: a name after a title with a period, a possessive name,
    a name ending a sentence and a body after *the*, as the reading gives them."""
    text = "Sen. David Perdue met Hillary Clinton’s aides. Officials praised Donald Trump."
    text += " He visited the White House."
    found = [
        (text[m.start : m.end], m.title, m.possessive)
        for m in find_mentions(text, sentence_spans(text))
        if m.kind == "name"
    ]
    assert found == [
        ("Sen. David Perdue", "sen", False),
        ("Hillary Clinton", "", True),
        ("Donald Trump", "", False),
        ("the White House", "", False),
    ]


def test_plain_words_in_a_sentence() -> None:
    """One-word names inside a sentence, after *the* and as its second word, and the
    openers before them, come out as the reading gives them."""
    text = "The talks ended. Later Reuters said the Senate would vote, Trump added."
    found = {
        text[m.start : m.end]: m.subject
        for m in find_mentions(text, sentence_spans(text))
        if m.kind == "name"
    }
    assert found == {"Reuters": True, "the Senate": False, "Trump": False}


@example(text="The Republican said he would win. The Republican president spoke later.")
@example(text="Voters cheered Trump. 2016 Trump rallies drew crowds. -Trump said. the\nTrump won.")
@given(text=st.one_of(_name_texts(), news_texts(), hostile_texts()))
def test_a_run_read_once_reads_as_every_time(text: str) -> None:
    """The memo of capitalised runs already read (:attr:`Known.runs`) gives the
    mentions that reading every run gives: its key holds all a reading depends on."""
    spans = sentence_spans(text)
    speakers = [m.start() for m in re.finditer(r"\b[A-Z]", text)][::3]
    once = find_mentions(text, spans, speakers)
    context = mentions_module.run_context
    try:
        mentions_module.run_context = lambda *args: None
        every = find_mentions(text, spans, speakers)
    finally:
        mentions_module.run_context = context
    assert once == every


def test_a_recurring_name_reads_in_its_own_context() -> None:
    """A run that recurs is read in each context: *The Republican* said, then *The
    Republican president*, where *The* belongs to the noun the name modifies."""
    text = "The Republican said he would win. The Republican president spoke later."
    names = [
        text[m.start : m.end] for m in find_mentions(text, sentence_spans(text)) if m.kind == "name"
    ]
    assert names == ["The Republican", "Republican"]


def test_packed_kinds_are_the_pattern_groups() -> None:
    """A candidate's kind is packed as its group's number: the numbers mentions.py
    unpacks are those of the candidate pattern's groups."""
    groups = candidates.candidate_pattern().groupindex
    assert dict(groups) == {kind: k for k, kind in enumerate(mentions_module._KINDS) if kind}
    assert groups["cap"] == mentions_module._CAP


@example(text="Officials at the Acme Bank of England and Wales said he left. " * 3)
@given(text=st.one_of(_name_texts(), _description_texts(), news_texts(), hostile_texts()))
def test_packed_candidates_read_as_matched_again(text: str) -> None:
    """Candidates packed with their length give the mentions that matching each one
    again where the scan found it gives (as a run too long to pack is)."""
    spans = sentence_spans(text)
    speakers = [m.start() for m in re.finditer(r"\b[A-Z]", text)][::3]
    packed = find_mentions(text, spans, speakers)
    saved = mentions_module._LONG
    try:
        mentions_module._LONG = 1  # no length fits: every candidate is matched again
        matched = find_mentions(text, spans, speakers)
    finally:
        mentions_module._LONG = saved
    assert packed == matched


def test_a_run_too_long_to_pack_is_read_whole() -> None:
    """A run of capitalised words longer than the packing holds (tens of thousands of
    characters, as hostile input gives) is matched again and read to its end."""
    run = " ".join(["Acme"] * 20_000)  # 99,999 characters
    text = f"Officials, he said, met {run} today."
    spans = sentence_spans(text)
    found = find_mentions(text, spans)
    assert len(run) >= mentions_module._LONG
    assert [m.kind for m in found[:2]] == ["desc", "pron"]
    assert found[-1].kind == "name"
    assert found[-1].end == len("Officials, he said, met ") + len(run)
    saved = mentions_module._LONG
    try:
        mentions_module._LONG = 1
        assert find_mentions(text, spans) == found
    finally:
        mentions_module._LONG = saved
