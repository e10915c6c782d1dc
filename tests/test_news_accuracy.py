"""Sources, source types and confidence on news-like sentences composed for each bug
seen in real articles from many outlets: who says it, what kind of source it is, and
that phrases which are no noun phrase never become a source."""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope
from claimscope import Document, SourceType


def _assert_no_attribution(text: str) -> None:
    """Every claim of ``text`` is in the author's voice."""
    for claim in claimscope.annotate(text).claims:
        assert claim.source.type is SourceType.AUTHOR, (claim.text, claim.source.text)


def _claims_holding(doc: Document, anchor: str) -> list[claimscope.Claim]:
    at = doc.text.index(anchor)
    return [c for c in doc.claims if c.start <= at < c.end]


def _entity_of(doc: Document, mention: str) -> claimscope.Entity | None:
    """The entity with a mention whose text is ``mention`` (the first such)."""
    for e in doc.entities:
        if any(m.text == mention for m in e.mentions):
            return e
    return None


# -- pronouns and relative clauses without "that" -----------------------------------------


def test_a_pronoun_opening_a_relative_clause_does_not_mean_its_head() -> None:
    """*the stake in Helix Bank it bought*: the pronoun is the subject of a clause
    on *Helix Bank* and cannot mean it, however often the bank is named before."""
    text = (
        "Talks with Helix Bank collapsed on Friday, Helix Bank said. Helix Bank said it "
        "would try again. The Norrland Pension Fund later sold the stake in Helix Bank it "
        "bought in 2020."
    )
    doc = claimscope.annotate(text)
    last_it = text.rindex(" it ") + 1
    for e in doc.entities:
        if any(m.start == last_it for m in e.mentions):
            assert e.name.text != "Helix Bank"


def test_a_pronoun_after_an_addressee_may_mean_it() -> None:
    """*warned the minister she could lose her seat*: after a verb taking an
    addressee and a clause the pronoun opens the clause and may mean the addressee."""
    text = (
        "Rachel Imrie has been health minister since May. Union leaders warned the "
        "health minister she could lose her seat."
    )
    doc = claimscope.annotate(text)
    she = _entity_of(doc, "she")
    assert she is not None and she.name.text == "Rachel Imrie"


def test_a_pronoun_before_the_cue_is_the_whole_source_phrase() -> None:
    """*criticism of the Online Safety Bill it wants passed*: the source is *it* (the
    Government), never the bill before it."""
    text = (
        "The Government has been rattled by criticism of the Online Safety Bill it wants "
        "passed before the winter recess."
    )
    for claim in claimscope.annotate(text).claims:
        assert claim.source.text != "Online Safety Bill"
        if claim.source.mention is not None:
            assert claim.source.mention.text == "it"


def test_a_pronoun_inside_the_subject_keeps_the_subject_whole() -> None:
    """*All the experts I interviewed said*: a pronoun inside the subject does not cut
    it; only a pronoun right before the cue is the whole source."""
    text = "All the experts I interviewed said the dam was sound."
    claim = only_claim(text, "the dam was sound")
    assert claim.source.text == "All the experts I interviewed"


# -- laws, documents and names with "to" ----------------------------------------------------


@pytest.mark.parametrize(
    "text,anchor,source",
    [
        (
            "The Online Safety Bill says platforms must remove illegal content within a day.",
            "platforms must remove",
            "The Online Safety Bill",
        ),
        (
            "The Clean Rivers Act requires water companies to report every spill.",
            "water companies to report",
            "The Clean Rivers Act",
        ),
    ],
)
def test_a_law_named_by_its_title_is_a_document(text: str, anchor: str, source: str) -> None:
    """A capitalised name ending in *Bill*, *Act* or *Treaty* is a law's title
    (SPEC: a written artefact), not a person called Bill."""
    claims = _claims_holding(claimscope.annotate(text), anchor)
    for claim in claims:
        if claim.source.text == source:
            assert claim.source.type is SourceType.DOCUMENT


def test_a_given_name_bill_after_a_title_stays_a_person() -> None:
    """*Opposition Leader Bill Shorten*, *Mr Bill*: the title makes it a given name."""
    text = "Opposition Leader Bill Morrow said the budget was a fraud on voters."
    claim = only_claim(text, "the budget was a fraud")
    assert claim.source.text is not None and claim.source.text.endswith("Bill Morrow")
    assert claim.source.type is SourceType.PERSON


@pytest.mark.parametrize(
    "text,anchor",
    [
        (
            "There would be a code including — according to the explanatory notes of the "
            "Housing Bill — protection for tenants who complain.",
            "protection for tenants",
        ),
        ("The minutes of the meeting show the board approved the loan in March.", "the loan"),
        ("The text of the agreement says both sides will withdraw by June.", "both sides"),
    ],
)
def test_a_document_noun_with_a_postmodifier_is_a_document(text: str, anchor: str) -> None:
    """*the explanatory notes of the bill*, *the text of the agreement*: the head noun
    names a document, though a capitalised name closes the phrase."""
    claim = only_claim(text, anchor)
    assert claim.source.type is SourceType.DOCUMENT


def test_notes_after_a_name_is_still_a_verb() -> None:
    """*Ms Hale notes that …* reports; only a determiner or adjective makes *notes* a
    document noun."""
    text = "Ms Hale notes that the river flooded twice last year."
    claim = only_claim(text, "the river flooded")
    assert claim.source.text == "Ms Hale" and claim.cue is not None
    assert claim.cue.text == "notes"


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "The Alliance to Reclaim Our Schools said the cuts would hurt pupils.",
            "The Alliance to Reclaim Our Schools",
        ),
        (
            "The Committee to Protect Journalists said the reporter was detained on Monday.",
            "The Committee to Protect Journalists",
        ),
        (
            "The Campaign to End Loneliness said one in four adults felt cut off.",
            "The Campaign to End Loneliness",
        ),
    ],
)
def test_an_organisation_name_runs_over_to_and_a_verb(text: str, name: str) -> None:
    """*Alliance to Reclaim Our Schools*: a campaign's name goes on with *to* and a
    verb, and the whole name is the source."""
    (claim,) = claimscope.annotate(text).claims
    assert claim.source.text == name
    assert claim.source.type is SourceType.ORGANIZATION


def test_to_before_a_place_or_body_ends_the_name() -> None:
    """*the report of the Committee to Parliament*: *to* before a body or a place
    is a preposition, and both names stay apart."""
    text = "Ministers sent the report of the Committee to Parliament on Monday, the BBC said."
    doc = claimscope.annotate(text)
    names = {e.name.text for e in doc.entities}
    assert "Parliament" in names
    assert not any("to Parliament" in n for n in names)


# -- actions, not claims -------------------------------------------------------------------


@pytest.mark.parametrize("noun", ["attempt", "bid", "effort", "efforts"])
def test_an_attempt_to_act_is_no_claim(noun: str) -> None:
    """*Senator Dalton's attempt to abolish the levy* is something he did, not
    something he said: no claim is his."""
    text = f"Voters still remember Senator Ray Dalton's {noun} to abolish the harbour levy."
    _assert_no_attribution(text)


def test_a_promise_to_act_is_still_a_claim() -> None:
    """*his promise to abolish the levy* is a commitment he stated: his claim."""
    text = "Voters still remember Senator Ray Dalton's promise to abolish the harbour levy."
    claim = only_claim(text, "abolish")
    assert claim.source.text == "Senator Ray Dalton"


# -- phrases that are no noun phrase --------------------------------------------------------


def test_a_time_adverbial_is_no_source() -> None:
    """*My uncle died two years ago of heart failure, which confirmed …*: *ago* ends
    an adverbial; no phrase through it is a source."""
    text = "My uncle died two years ago of heart failure, which confirmed what we feared."
    for claim in claimscope.annotate(text).claims:
        assert claim.source.text is None or "ago" not in claim.source.text


def test_a_time_adverbial_before_the_subject_is_cut() -> None:
    """*Two years ago police said …*: the source is *police*."""
    text = "Two years ago police said the case was closed."
    claim = only_claim(text, "the case was closed")
    assert claim.source.text == "police"


def test_a_command_is_no_source() -> None:
    """*Check out the council website, and you will find papers, laying out …*: an
    imperative opens the sentence, and no source comes from it."""
    text = (
        "Check out the council website, and you will find a set of detailed papers, "
        "laying out plans for new cycle lanes."
    )
    for claim in claimscope.annotate(text).claims:
        assert claim.source.text is None or not claim.source.text.startswith("Check")


def test_a_predeterminer_is_no_command() -> None:
    """*All the officials said*: a predeterminer before *the* opens a noun phrase."""
    text = "All the officials said the vote was fair."
    claim = only_claim(text, "the vote was fair")
    assert claim.source.text == "All the officials"


# -- no proposition: answers withheld, anonymity formulas ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A company spokesperson would not say how much the delay would cost.",
        "The coach declined to say whether the striker would play on Saturday.",
        "Lawmakers have not said when they would vote on the bill.",
    ],
)
def test_a_withheld_answer_is_no_claim(text: str) -> None:
    """*would not say how much*, *declined to say whether*: the source reports no
    proposition, so the sentence stays in the author's voice."""
    _assert_no_attribution(text)


def test_a_question_reported_as_said_stays_a_claim() -> None:
    """*She said how the money was spent was a scandal*: no withholding word before
    the cue, so the clause is her claim."""
    text = "The auditor said how the money was spent was a scandal."
    claim = only_claim(text, "was a scandal")
    assert claim.source.text == "The auditor"


@pytest.mark.parametrize(
    "text,anchor",
    [
        (
            "A senior official, who asked not to be named because the talks are private, "
            "said the deal could be signed next week.",
            "the deal could be signed",
        ),
        (
            "A shop worker, who did not want to give her name, said she heard shouting and "
            "saw two men running towards the car park.",
            "she heard shouting",
        ),
        (
            "One player, who asked not to be identified, said the dressing room had been "
            "flat for weeks.",
            "the dressing room",
        ),
    ],
)
def test_the_anonymity_formula_is_no_claim(text: str, anchor: str) -> None:
    """*who asked not to be named*: the request for anonymity is no claim; the claim
    is what the unnamed source said."""
    doc = claimscope.annotate(text)
    assert not any("not to be" in c.text or "give her name" in c.text for c in doc.claims)
    (claim,) = _claims_holding(doc, anchor)
    assert claim.source.type is SourceType.ANONYMOUS


@pytest.mark.parametrize("word", ["Another", "Some", "Several"])
def test_a_quantifier_standing_alone_is_an_unnamed_source(word: str) -> None:
    """*One senior MP said … Another said …*: the quantifier stands for people (SPEC:
    anonymous), and the past form after it is a verb."""
    text = f"One senior MP said the minister should go. {word} said the story would blow over."
    claim = only_claim(text, "the story would blow over")
    assert claim.source.text == word
    assert claim.source.type is SourceType.ANONYMOUS


def test_that_said_is_no_source() -> None:
    """*That said, …* is a discourse marker: no claim is attributed."""
    for claim in claimscope.annotate("That said, the plan has merit.").claims:
        assert claim.source.type is SourceType.AUTHOR


@pytest.mark.parametrize(
    "text,anchor",
    [
        (
            "An internal review obtained by the newspaper Le Monde concluded that the agency "
            "had underestimated the cost.",
            "the agency had underestimated",
        ),
        (
            "The messages, seen by the Daily Planet, suggest that the minister promised to "
            "help the developer.",
            "the minister promised",
        ),
        (
            "According to the ministerial code, ministers must avoid any conflict of interest.",
            "ministers must avoid",
        ),
    ],
)
def test_reviews_messages_and_codes_are_documents(text: str, anchor: str) -> None:
    """A review, a set of messages, a code of conduct: written artefacts (SPEC
    document), though an outlet's or person's name closes the phrase (*obtained by
    the newspaper Le Monde*)."""
    claim = only_claim(text, anchor)
    assert claim.source.type is SourceType.DOCUMENT


def test_a_letter_sent_with_its_recipient_is_its_senders() -> None:
    """*The residents sent a letter to the council urging it to act*: the letter is
    the carrier, the residents the source (as *issued a statement saying*)."""
    text = (
        "Last month, the Harbour Residents Association sent a letter to the council urging "
        "it to close the road."
    )
    claim = only_claim(text, "to close the road")
    assert claim.source.text is not None
    assert claim.source.text.endswith("Harbour Residents Association")
    assert [link.text for link in claim.chain] == ["a letter"]


# -- groups, bodies and what a clause opens with -------------------------------------------


@pytest.mark.parametrize("word", ["Traders", "Investors", "Dealers"])
def test_market_people_are_unnamed_groups(word: str) -> None:
    """*Traders said …*: people in a market, unnamed (SPEC anonymous), not a name."""
    text = f"{word} said state-run banks were selling dollars to slow the fall."
    claim = only_claim(text, "state-run banks")
    assert claim.source.type is SourceType.ANONYMOUS


def test_a_port_speaking_is_an_organisation() -> None:
    """*The port said it had overhauled its rules*: the port authority speaking."""
    text = "The port said it had overhauled its procurement rules."
    claim = only_claim(text, "overhauled")
    assert claim.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text,kind",
    [
        ("NHS England said it would send reminder letters.", SourceType.ORGANIZATION),
        ("BBC Scotland reported that the ferry was late again.", SourceType.MEDIA),
    ],
)
def test_an_acronym_and_a_nation_is_a_body(text: str, kind: SourceType) -> None:
    """*NHS England*, *BBC Scotland*: an acronym then a nation names a body or an
    outlet, not a person."""
    (claim,) = claimscope.annotate(text).claims
    assert claim.source.type is kind


def test_arrested_on_suspicion_is_no_hedge() -> None:
    """*arrested on suspicion of wounding*: the legal formula does not make the
    arrest uncertain."""
    text = "Two men were arrested on suspicion of wounding with intent, police said."
    claim = only_claim(text, "Two men were arrested")
    assert claim.confidence is claimscope.Confidence.REPORTED


def test_a_parenthetical_adverb_is_not_in_the_content() -> None:
    """*She cautioned, however, that C*: the content starts at C."""
    text = "Dr Ingrid Solberg cautioned, however, that the study was observational."
    claim = only_claim(text, "the study was")
    assert claim.text == "the study was observational"


def test_a_verb_in_ing_before_a_noun_cue_is_no_source() -> None:
    """*is facing calls to resign*: *calls* is a noun there, and *facing* names
    nobody."""
    text = (
        "Sir Edward Haines, the housing minister, is facing calls to resign over the text messages."
    )
    for claim in claimscope.annotate(text).claims:
        assert claim.source.text != "facing"


def test_a_bare_plural_subject_is_the_they_after_it() -> None:
    """*Researchers … analysed records of adults in Norway and Sweden. They found …*:
    the bare plural subject, not the countries, is *they*."""
    text = (
        "Researchers at the University of Tromsø analysed the health records of 380,000 "
        "adults in Norway and Sweden over eleven years. They found that coffee drinkers "
        "were less likely to develop liver disease."
    )
    claim = only_claim(text, "coffee drinkers")
    assert claim.source.text is not None and claim.source.text.startswith("Researchers")
    assert claim.source.type is SourceType.ANONYMOUS


def test_an_adverb_between_relative_pronoun_and_cue_is_skipped() -> None:
    """*Greaves, who has always denied wrongdoing, showed no emotion*: *always* sits
    between the source and its cue; the denial is Greaves's, and *showed no emotion*
    reports nothing."""
    text = (
        "Martin Greaves was convicted in March. Greaves, who has always denied "
        "wrongdoing, showed no emotion as the sentence was read out."
    )
    doc = claimscope.annotate(text)
    assert all(c.source.text != "always" for c in doc.claims)
    assert not any("no emotion" in c.text for c in doc.claims if c.cue is not None)


def test_polls_showing_a_race_still_report() -> None:
    """*Polls show a tight race*: a document showing something reports it."""
    (claim,) = claimscope.annotate("Polls show a tight race in the state.").claims
    assert claim.source.type is SourceType.DOCUMENT


def test_a_demonstrative_before_one_noun_is_no_clause() -> None:
    """*ESA has disputed that characterisation, saying C*: *that characterisation* is
    a noun phrase, no claim; the claim is what the participle says."""
    text = (
        "An internal review concluded that the agency had underestimated the rover. The "
        "agency has disputed that characterisation, saying the review reflected an early "
        "stage of the project."
    )
    doc = claimscope.annotate(text)
    assert not any(c.text == "characterisation" for c in doc.claims)
    (claim,) = _claims_holding(doc, "the review reflected")
    assert claim.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "Officers found the boy lying near the bus station with injuries to his back.",
        "Paramedics found the driver suffering from serious head injuries.",
    ],
)
def test_finding_someone_in_a_state_is_no_claim(text: str) -> None:
    """*Officers found the boy lying near the station*: what they found, no clause
    they report."""
    _assert_no_attribution(text)


def test_finding_that_something_happened_still_reports() -> None:
    """*Investigators found the money had been moved*: a clause, so a claim."""
    text = "Investigators found the money had been moved to Cyprus."
    claim = only_claim(text, "the money had been moved")
    assert claim.source.text == "Investigators"


def test_an_update_note_is_no_claim() -> None:
    """*This article was updated at 3 p.m. with comments from Orbis.*: an editor's
    note, page furniture."""
    text = "The launch slipped to 2027.\n\nThis article was updated at 3 p.m. with new comments."
    assert not any("updated" in c.text for c in claimscope.annotate(text).claims)


def test_for_more_information_then_visit_is_a_call_to_action() -> None:
    """*For more information on the vaccine, visit the NHS website.*: it addresses the
    reader of the page and states nothing."""
    text = (
        "The agency said cases were rising.\n\nFor more information on the MMR vaccine, "
        "visit the NHS website."
    )
    assert not any("For more information" in c.text for c in claimscope.annotate(text).claims)


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "A group of parents said the cuts to the bus service were unfair.",
            "A group of parents",
            SourceType.ANONYMOUS,
        ),
        (
            "A handful of Republican senators said the bill was dead.",
            "A handful of Republican senators",
            SourceType.ANONYMOUS,
        ),
        (
            "A group of companies said the rules were too strict.",
            "A group of companies",
            SourceType.ORGANIZATION,
        ),
        ("The group said the report was flawed.", "The group", SourceType.ORGANIZATION),
    ],
)
def test_a_quantity_noun_is_typed_by_what_it_counts(
    text: str, source: str, kind: SourceType
) -> None:
    """*A group of parents* is an unnamed group of people, not an organisation; *a
    group of companies* is organisations; *the group* alone stays an organisation."""
    (claim,) = [
        c for c in claimscope.annotate(text).claims if c.source.type is not SourceType.AUTHOR
    ]
    assert (claim.source.text, claim.source.type) == (source, kind)


def test_a_watchdog_named_watch_is_an_organization() -> None:
    """*Human Rights Watch* is an organisation by its name, and *the group* after it
    refers to it."""
    text = (
        "Human Rights Watch said the trial was unfair. The group said it would ask the "
        "court to review the verdict."
    )
    sources = [c.source for c in claimscope.annotate(text).claims]
    assert [s.type for s in sources] == [SourceType.ORGANIZATION] * 2
    assert sources[1].text == "Human Rights Watch"


@pytest.mark.parametrize(
    "text",
    [
        "Exporters posted better-than-expected results in the third quarter.",
        "The bank posted a record profit of $4 billion on Thursday.",
        "The airline reported a loss for the quarter as fuel costs rose.",
        "Most of the retailers reported in-line or better than expected results.",
    ],
)
def test_posting_business_figures_is_no_claim(text: str) -> None:
    """*The bank posted a record profit of $4 billion*: figures a company publishes, an
    event the author reports, not a proposition the bank asserts."""
    _assert_no_attribution(text)


def test_reporting_that_figures_moved_is_still_a_claim() -> None:
    """*The company reported profits fell sharply*: a clause after the verb, so the
    company's claim."""
    text = "The company reported profits fell sharply in March."
    claim = only_claim(text, "profits fell")
    assert claim.source.text == "The company"


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Anne Long chaired the meeting. Long said the budget would not balance.",
        "The budget will not balance, Long said after the meeting.",
    ],
)
def test_a_surname_spelt_like_an_adverb_is_the_speaker(text: str) -> None:
    """*Long said C*: a capitalised *Long* before the cue is a surname, not the adverb
    of *has long said*, so the claim has a source."""
    claim = only_claim(text, "budget")
    assert claim.source.text is not None and "Long" in claim.source.text
    assert claim.source.type is SourceType.PERSON


@pytest.mark.parametrize("decisions", ["rules", "learned"])
def test_best_known_for_is_no_attribution_with_an_adverb_source(decisions: str) -> None:
    """*X is best known for being a maker of satellites*: neither path reads *best* as
    the source of a claim."""
    text = "Halden Orbital is best known for being a maker of small satellites."
    doc = claimscope.Annotator(decisions=decisions).annotate(text)
    assert all(c.source.text not in ("best", "well") for c in doc.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition Leader Jane Marsh said in a letter to the premier last month: "
        "“The inquiry must be reopened before the vote.”",
        "Jane Marsh said in a statement on Friday, “The inquiry must be reopened before the vote.”",
    ],
)
def test_a_channel_adjunct_before_a_quotation_is_not_content(text: str) -> None:
    """*X said in a letter to Y last month: “C”*: the adjunct names where it was said;
    the content is the quotation alone, a direct quote."""
    claim = only_claim(text, "inquiry")
    assert claim.text.startswith("“The inquiry")
    assert claim.quote.value == "direct"
    assert claim.source.text is not None and claim.source.text.endswith("Jane Marsh")


def test_a_cue_inside_the_adjunct_keeps_its_clause() -> None:
    """*Voters hope in 2017 the country says, “C”*: *says* inside what follows the cue
    makes it a clause, the content of *hope*, not an adjunct to step over."""
    text = "Voters hope in 2017 the country says, “Thank you for your service.”"
    (claim,) = [c for c in claimscope.annotate(text).claims if c.cue and c.cue.text == "hope"]
    assert claim.text.startswith("in 2017 the country says")


def test_photos_shared_online_are_no_speech() -> None:
    """*A clerk recognised him from photos shared on social media, according to the
    sheriff's office*: *shared* modifies *photos*; the claim is the office's."""
    text = (
        "A clerk recognised him from photos shared on social media and called 911, "
        "according to the sheriff's office."
    )
    claim = only_claim(text, "clerk")
    assert claim.source.text == "the sheriff's office"
    assert claim.cue is not None and claim.cue.text == "according to"


def test_a_video_posted_online_is_what_shows() -> None:
    """*A video posted online shows C*: the video, not *online*, is the source; a
    minister who *shared on Facebook that C* still speaks."""
    claim = only_claim("A video posted online shows the moment the bridge gave way.", "bridge")
    assert claim.source.text == "A video"
    assert claim.source.type is SourceType.DOCUMENT
    claim = only_claim("The minister shared on Facebook that the road would reopen.", "road")
    assert claim.source.text == "The minister"


@pytest.mark.parametrize(
    "text",
    [
        "BANGKOK (Reuters) - Myanmar's military said on Tuesday it had retaken the town.",
        "BANGKOK, March 3 (Reuters) - Myanmar's military said on Tuesday it had retaken the town.",
        "Summary line.\n\nBANGKOK — Myanmar's military said on Tuesday it had retaken the town.",
    ],
)
def test_a_dateline_is_no_part_of_the_subject(text: str) -> None:
    """*BANGKOK (Reuters) - Myanmar's military said C*: where and by whom the story was
    filed is no word of the speaker's name."""
    claim = only_claim(text, "retaken")
    assert claim.source.text == "Myanmar's military"


def test_a_dateline_with_a_comma_is_no_inverted_content() -> None:
    """*LAGOS, Nigeria (AP) — The central bank said C*: the comma of the dateline does
    not make *LAGOS* the content of an inverted *said*."""
    text = "LAGOS, Nigeria (AP) — The central bank said on Monday it would hold rates."
    claim = only_claim(text, "hold rates")
    assert claim.source.text == "The central bank"
    assert claim.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "The minister met reporters, saying the talks had stalled.",
        "The senator rallied supporters, saying that the party had to be ready.",
        "The striker thanked the fans, saying the win was for them.",
    ],
)
def test_a_participle_after_an_object_shares_the_subject(text: str) -> None:
    """*The minister met reporters, saying C*: the object before the comma is no
    introductory phrase and no speaker; the sentence's subject says C."""
    (claim,) = [c for c in claimscope.annotate(text).claims if c.cue and c.cue.text == "saying"]
    assert claim.source.text is not None
    assert claim.source.text.split()[:2] == text.split()[:2]
