"""The HTML and text views: structure, escaping, overlapping spans."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from claim_docs import find, news_document, sentences_of

from claimscope import Claim, Confidence, Cue, CueKind, Document, QuoteKind, Source, SourceType
from claimscope.render import html_page, render_html, render_text

VOID = {"meta", "br", "hr"}


class _Nesting(HTMLParser):
    """Checks that every element is closed in the order it was opened."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.titles: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.stack.append(tag)
        for name, value in attrs:
            if name == "title" and value is not None:
                self.titles.append(value)
            if name.startswith("on"):
                self.errors.append(f"event handler attribute {name}")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] != "style":
            self.text.append(data)


def parse(markup: str) -> _Nesting:
    """Parse ``markup`` and return the checker."""
    checker = _Nesting()
    checker.feed(markup)
    checker.close()
    return checker


def text_div(markup: str) -> str:
    """The visible text of the ``cs-text`` block."""
    inner = markup.split('<div class="cs-text">', 1)[1].split("</div><ol", 1)[0]
    inner = inner.split("</div><p", 1)[0]
    return html.unescape(re.sub(r"<[^>]*>", "", inner))


def test_html_fragment_is_well_nested_and_keeps_the_text() -> None:
    """The fragment nests properly and its text block reproduces the document text."""
    doc = news_document()
    markup = doc.to_html()
    checker = parse(markup)
    assert checker.errors == []
    assert checker.stack == []
    assert text_div(markup) == doc.text


def test_html_marks_claims_sources_and_cues_with_reasons() -> None:
    """Claims carry their confidence class, sources their type, and tooltips the reasons."""
    markup = news_document().to_html()
    for conf in ("reported", "hedged", "denied", "asserted"):
        assert f"cs-conf-{conf}" in markup
    for kind in ("person", "anonymous", "document", "organization"):
        assert f'class="cs-src cs-src-{kind}"' in markup
    assert "cs-cue-hedge" in markup
    titles = "\n".join(parse(markup).titles)
    assert "claim 2: hedged, indirect quote" in titles
    assert "source: Jane Doe (person)" in titles
    assert "could (hedge)" in titles
    assert "rule: X said C" in titles
    assert "confidence:" in markup and "source type:" in markup  # the legend


def test_standalone_page_is_a_complete_document() -> None:
    """standalone=True gives a full page with a charset and the styles."""
    page = news_document().to_html(standalone=True)
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert page.rstrip().endswith("</html>")
    assert parse(page).errors == []


def test_repr_html_is_the_fragment() -> None:
    """Jupyter's _repr_html_ returns the embeddable fragment."""
    doc = news_document()
    assert doc._repr_html_() == doc.to_html()
    assert "<html" not in doc._repr_html_()


HOSTILE = (
    'The mayor said "<script>alert(1)</script>" was posted. '
    'Aides said the page read "onmouseover=alert(2) x" & more.'
)


def hostile_document() -> Document:
    """A document whose text, source and cue spans hold markup and quote characters."""
    t = HOSTILE
    ss = sentences_of(t)
    script = find(t, "<script>alert(1)</script>")
    attr = find(t, '"onmouseover=alert(2) x"')
    said = find(t, "said")
    return Document(
        t,
        ss,
        (
            Claim(
                script.start, script.end, script.text, 0, QuoteKind.DIRECT,
                Confidence.REPORTED, Source(SourceType.PERSON, "The mayor", 0, 9),
                cue=Cue(said.text, said.start, said.end, CueKind.REPORTING),
                rule='"C," said X',  # quote marks inside an attribute value
            ),
            Claim(
                attr.start, attr.end, attr.text, 1, QuoteKind.DIRECT, Confidence.ALLEGED,
                Source(SourceType.ANONYMOUS, '"onmouseover=alert(2) x"', attr.start, attr.end),
            ),
        ),
    )  # fmt: skip


def test_markup_in_the_text_is_always_escaped() -> None:
    """Text, attribute values and rules holding markup never appear unescaped."""
    for markup in (hostile_document().to_html(), hostile_document().to_html(standalone=True)):
        assert "<script>" not in markup
        assert '"onmouseover=' not in markup
        assert "<b onclick" not in markup
        checker = parse(markup)
        assert checker.errors == []
        assert "&lt;script&gt;" in markup
        # the attribute value survives escaping intact
        assert any('source: "onmouseover=alert(2) x" (anonymous)' in t for t in checker.titles)


def test_hostile_labels_in_plain_data_cannot_reach_class_names() -> None:
    """A dict with invented labels renders them as 'other', never as raw class text."""
    data = news_document().to_dict()
    data["claims"][0]["confidence"] = '"><img src=x onerror=alert(1)>'
    data["claims"][0]["source"]["type"] = "person onclick=x"
    markup = render_html(data)
    assert "<img" not in markup
    assert "cs-conf-other" in markup
    assert parse(markup).errors == []


def test_overlapping_and_crossing_spans_render_well_nested() -> None:
    """Claims that cross each other and cues that straddle a claim edge still nest."""
    t = "Officials said the mayor may resign soon, aides added on Friday."
    ss = sentences_of(t)
    a = find(t, "the mayor may resign")
    b = find(t, "may resign soon, aides")
    may = find(t, "may")
    straddle = find(t, "said the")
    src = find(t, "Officials")
    claims = (
        Claim(a.start, a.end, a.text, 0, QuoteKind.INDIRECT, Confidence.HEDGED,
              Source(SourceType.ANONYMOUS, src.text, src.start, src.end),
              cue=Cue(straddle.text, straddle.start, straddle.end, CueKind.REPORTING),
              cues=(Cue(may.text, may.start, may.end, CueKind.HEDGE),)),
        Claim(b.start, b.end, b.text, 0, QuoteKind.INDIRECT, Confidence.REPORTED,
              Source(SourceType.ANONYMOUS, "aides", t.index("aides"), t.index("aides") + 5)),
    )  # fmt: skip
    markup = Document(t, ss, claims).to_html()
    checker = parse(markup)
    assert checker.errors == []
    assert text_div(markup) == t
    assert 'data-claims="0 1"' in markup  # the shared words belong to both claims
    assert "cs-overlap" in markup


def test_document_without_claims_renders_its_text() -> None:
    """An empty document and one without claims both render cleanly."""
    for text in ("", "Rain is expected on Monday. Roads may flood."):
        doc = Document(text, sentences_of(text), ())
        markup = doc.to_html()
        assert parse(markup).errors == []
        assert "No claims found" in markup
        assert text_div(markup) == text


def test_render_rejects_a_document_object() -> None:
    """render_html wants plain data and says how to get it."""
    with pytest.raises(TypeError, match="to_dict"):
        render_html(news_document())  # type: ignore[arg-type]


def test_render_is_linear_on_a_long_document() -> None:
    """Thousands of claims render without quadratic blow-up in output size."""
    sentence = "The minister said talks would resume. "
    t = sentence * 2000
    ss = sentences_of(t)
    claims = []
    for i, s in enumerate(ss):
        c = find(t, "talks would resume", s.start)
        said = find(t, "said", s.start)
        claims.append(
            Claim(c.start, c.end, c.text, i, QuoteKind.INDIRECT, Confidence.REPORTED,
                  Source(SourceType.PERSON, "The minister", s.start, s.start + 12),
                  cue=Cue(said.text, said.start, said.end, CueKind.REPORTING))
        )  # fmt: skip
    markup = render_html(Document(t, ss, tuple(claims)).to_dict())
    assert len(markup) < 400 * len(t)
    assert markup.count("cs-conf-reported") == 2 * len(ss) + 2  # text, list, legend, style


def test_html_page_joins_fragments() -> None:
    """html_page wraps several fragments in one page with one style block."""
    frag = news_document().to_html()
    page = html_page([frag, frag], title="Two <copies>")
    assert page.count("<style>") == 1
    assert page.count('<div class="claimscope">') == 2
    assert "<title>Two &lt;copies&gt;</title>" in page


def test_text_view_lists_claims_with_source_type_and_confidence() -> None:
    """The text view shows each claim's number, confidence, quote kind, source and cues."""
    out = render_text(news_document().to_dict())
    assert out.startswith("6 claim(s) in 6 sentence(s)\n")
    assert "[2] hedged · indirect · person: Jane Doe (as She)" in out
    assert "could (hedge)" in out
    assert "[6] asserted · none · author" in out


def test_text_view_neutralises_terminal_control_characters() -> None:
    """Escape sequences in the text cannot reach the terminal."""
    t = "The mayor said \x1b[2Jthe plan\u202e was sound."
    c = find(t, "\x1b[2Jthe plan\u202e was sound")
    doc = Document(
        t,
        sentences_of(t),
        (Claim(c.start, c.end, c.text, 0, QuoteKind.INDIRECT, Confidence.REPORTED,
               Source(SourceType.PERSON, "The mayor", 0, 9)),),
    )  # fmt: skip
    out = render_text(doc.to_dict())
    assert "\x1b" not in out and "\u202e" not in out
    assert "\ufffd[2Jthe plan\ufffd was sound" in out
