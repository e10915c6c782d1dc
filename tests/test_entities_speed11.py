"""Speed-ups of the entity stage (round 11) decide exactly as before: the pronoun
pass reads quotations held packed as it reads a list, and a title-case headline is
told once per sentence with the same answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimscope
from claimscope._held import HeldSpans
from claimscope.entities.cluster import build_entities
from claimscope.entities.mentions import find_mentions
from claimscope.quotes import find_quotes
from claimscope.segment import sentence_spans

ARTICLE = (
    "Mayor Lena Ortiz met harbour workers on Monday. "
    '"We will keep the port open," she said. '
    "Dock foreman Raj Patel, who has worked there for 20 years, was not convinced. "
    '"They have promised that before," he said, "and nothing changed." '
    "Ortiz said her office would publish the figures. "
    "Patel said he would wait for them."
)

HEADLINE = "Harbour Workers Doubt Mayor Ortiz On Port Plan\n\n" + ARTICLE


def _entities(text: str, packed: bool) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    sentences = sentence_spans(text)
    quotes = [(q.start, q.end) for q in find_quotes(text)]
    model = build_entities(text, sentences, (), HeldSpans(quotes) if packed else quotes)
    return [(e.name.kind, tuple((m.start, m.end) for m in e.mentions)) for e in model.entities]


def test_the_pronoun_pass_reads_packed_quotations_as_a_list() -> None:
    """Quotations held packed (as the pipeline holds them) link the pronouns of an
    article with speech tags inside and after quotes to the same entities as a
    plain list of spans."""
    assert _entities(ARTICLE, packed=True) == _entities(ARTICLE, packed=False)


def test_speech_tag_pronouns_still_find_their_speakers() -> None:
    """*she said* after the mayor's quote is the mayor; *he said* inside the
    foreman's quote is the foreman."""
    doc = claimscope.annotate(ARTICLE)
    sources = {c.text.strip(' ",.'): c.source.text for c in doc.claims if c.source}
    assert sources["We will keep the port open"] == "Mayor Lena Ortiz"
    assert sources["They have promised that before"] == "Raj Patel"


def test_a_headline_in_title_case_gives_no_names_and_the_body_keeps_its_own() -> None:
    """The headline's capitalised words (*Harbour Workers Doubt*) give no name, while
    the body's names are found as in the article alone, moved by the headline."""
    shift = len(HEADLINE) - len(ARTICLE)
    alone = [
        (m.start + shift, m.end + shift, m.kind)
        for m in find_mentions(ARTICLE, sentence_spans(ARTICLE))
    ]
    spans = sentence_spans(HEADLINE)
    found = [(m.start, m.end, m.kind) for m in find_mentions(HEADLINE, spans)]
    assert [m for m in found if m[0] >= shift] == alone
    assert not [m for m in found if m[0] < shift and m[2] == "name"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(ARTICLE.split(". ")), min_size=1, max_size=8))
def test_packed_and_listed_quotations_agree_on_any_order(picked: list[str]) -> None:
    """Whatever the order of the sentences, the packed quotations and the list give
    the same entities."""
    text = ". ".join(picked)
    assert _entities(text, packed=True) == _entities(text, packed=False)
