"""Accuracy on composed news from genres news-dev lacks (wire, tabloid, match report,
earnings, science press, council, court, foreign affairs, opinion, live blog, health,
tech leak, election count, obituary, police appeal, Q&A, fact-check, press release,
investigation, parliamentary debate, conflict report, celebrity, education, rail strike;
and a second match report, court report and live blog, a flood story, a space discovery
and a library-closure council story; a housing market, an outbreak, a ransomware
attack, a summit, a transfer rumour and a musician's profile; a whistleblower story, an
oil-prices story, a crown court sentencing, a protest march, a research retraction and a
public inquiry hearing; an asylum-policy leak, a drought story, an airline diversion, a
markets report, a supreme-court ruling and a film festival; a diplomatic row through
state media, a defence story on anonymous officials, a crypto-exchange collapse, an
earthquake, a royal story and a vaccination campaign; a parliament question time, a
magistrates' court case, a shipping attack, an EV tariff story, a local crime brief and a
mining accident; a wildfire live page, a wage strike, a cricket selection row, an awards
night, an admissions lawsuit and a food recall; a White House briefing, a Senate
confirmation hearing, a campaign rally, a local TV crime story, a federal indictment and
a state budget standoff; an explainer, a morning newsletter digest, a tech product
review, a press-conference transcript, an editorial with letters and a podcast-episode
write-up; a state-election results story, IMF loan talks, load-shedding, an
illegal-mining crackdown, a royal commission hearing and a wildfire evacuation;
an AI copyright lawsuit, a football pre-match press conference, a startup funding
round, a nutrition study, a preliminary air-accident report and a celebrity defamation
trial; a union vote at a car plant, a heatwave, a church safeguarding review
and a weekend box-office report; a school-board budget meeting, a body-camera video
release, a Supreme Court ruling, a hurricane-preparedness story, a coach's firing and
a hospital merger; wire stories on ceasefire talks, a military takeover, an oil-spill
lawsuit, a political-funding scandal, a cocoa-price surge and a presidential election;
a fuel-subsidy protest, a senate inquiry into a flood-control contract, a coalition
budget row, a ferry cancellation, a cyclone recovery fund and garment wage talks; a
fact-check with a rating box, a "what we know so far" explainer, a leaked-documents
investigation, an update story with corrections, a novelist's Q&A and a fertiliser
market report; a provincial health-care staffing shortage, a theatre festival funding
cut, a contested climate-model paper and a tabloid celebrity burglary), scored with the
item scorer of ``claimscope evaluate``.

The articles and their gold live in ``tests/golden/news_composed`` (see its README). The
floors are what the rule engine reaches; a change that loses items fails here, and a
change that wins some should raise them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimscope.evaluation.items import ItemReport, evaluate_items, load_items

GOLD = Path(__file__).resolve().parent / "golden" / "news_composed" / "gold.json"
ITEMS_RIGHT_FLOOR = 0.92
"""Items fully right, of all items (claims and non-claims)."""
NONES_FLOOR = 0.98
"""Non-claims (headlines, bylines, furniture, questions) left alone."""
DOCUMENT_FLOOR = 0.70
"""Items fully right in every single article: no genre may be read badly."""


@pytest.fixture(scope="module")
def report() -> ItemReport:
    """The composed articles annotated once and every item scored."""
    return evaluate_items(GOLD)


def test_the_composed_set_is_complete_and_anchors_are_unique() -> None:
    """A hundred and twenty-four articles of 300-700 words, each with claim and non-claim
    items, and every anchor occurs exactly once in its article (so an item names one place)."""
    items, texts = load_items(GOLD)
    assert len(texts) == 124
    for name, text in texts.items():
        assert 300 <= len(text.split()) <= 700, name
        own = [i for i in items if i.doc == name]
        assert any(i.none for i in own) and any(not i.none for i in own), name
        for item in own:
            assert text.count(item.anchor) == 1, (name, item.anchor)


def test_items_fully_right_reach_the_floor(report: ItemReport) -> None:
    """Most items get the right source, type and confidence; the wrong ones are listed
    by ``claimscope evaluate tests/golden/news_composed/gold.json --wrong``."""
    scores = report.scores
    assert scores.right / scores.items >= ITEMS_RIGHT_FLOOR, scores.summary()


def test_page_furniture_is_left_alone(report: ItemReport) -> None:
    """Headlines, bylines, time stamps, sign-up lines and the like are no claims."""
    scores = report.scores
    assert scores.nones_right / scores.nones >= NONES_FLOOR, scores.summary()


def test_every_genre_is_read_reasonably(report: ItemReport) -> None:
    """No single article falls far below the others."""
    for name, scores in report.by_document().items():
        assert scores.right / scores.items >= DOCUMENT_FLOOR, (name, scores.summary())
