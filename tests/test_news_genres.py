"""Sources, types, confidence and furniture in genres news-dev lacks (wire, tabloid,
match report, earnings, science press, council, court, foreign affairs, opinion, live
blog): one test per general error seen in the composed articles of
``tests/golden/news_composed``, each on sentences composed here."""

from __future__ import annotations

from claim_docs import only_claim

import claimscope
from claimscope import Confidence, CueKind, SourceType
from claimscope.cues import find_cues


def _cue_texts(text: str, kind: CueKind = CueKind.REPORTING) -> list[str]:
    """The surfaces of the cues of ``kind`` in ``text``."""
    return [c.text for c in find_cues(text) if c.kind is kind]


# -- nouns that look like reporting verbs ---------------------------------------------------


def test_a_profit_forecast_and_a_weather_warning_are_nouns() -> None:
    """*cut its full-year profit forecast*, *extended its amber wind warning*, *a
    yellow warning means*: after the noun they name, *forecast* and *warning* are
    nouns, so no claim has a source such as *its amber wind*."""
    text = (
        "The Met Office has extended its amber wind warning for the west coast until "
        "midnight. A yellow warning means heavy rain is likely. Harwell Foods cut its "
        "full-year profit forecast on Monday."
    )
    assert _cue_texts(text) == []
    for claim in claimscope.annotate(text).claims:
        assert claim.source.type is SourceType.AUTHOR, claim.text


def test_a_forecast_verb_after_its_subject_still_reports() -> None:
    """*Economists forecast that …*: the verb reading is kept when no noun before it
    makes it a noun."""
    claim = only_claim(
        "Economists forecast that inflation will fall to 3% by the summer.", "inflation"
    )
    assert claim.source.text == "Economists"


def test_a_cue_word_inside_an_institution_name_is_no_cue() -> None:
    """*The Local Democracy Reporting Service is funded by …*: *Reporting* between a
    capitalised word and an institution word (*Service*, *Centre*) is part of the name."""
    text = (
        "The Local Democracy Reporting Service is funded by the BBC and local newspapers. "
        "The National Flood Warning Centre opened in 2019."
    )
    assert _cue_texts(text) == []
    assert all(c.source.type is SourceType.AUTHOR for c in claimscope.annotate(text).claims)


def test_a_market_figure_shares_no_participle() -> None:
    """*Shares in Acme fell 9% after the firm cut its forecast, blaming costs*: the
    shares blame nothing; the sentence is the author's report of the market."""
    for text in (
        "Shares in Harwell Foods fell 9% after the biscuit maker cut its outlook, "
        "blaming higher sugar costs.",
        "Harwell Foods Inc shares fell 9% in early trading, extending losses after the "
        "biscuit maker's warning, citing weak demand.",
    ):
        claims = claimscope.annotate(text).claims
        assert [c.source.type for c in claims] == [SourceType.AUTHOR], text
        assert claims[0].confidence is Confidence.ASSERTED


def test_a_company_subject_still_shares_its_participle() -> None:
    """*Harwell Foods cut its outlook, blaming higher sugar costs*: the company blames."""
    claim = only_claim(
        "Harwell Foods cut its outlook on Monday, blaming higher sugar costs.", "sugar costs"
    )
    assert claim.source.text == "Harwell Foods"


# -- source phrases ---------------------------------------------------------------------


def test_a_thousands_comma_does_not_cut_a_source_phrase() -> None:
    """*according to a study of more than 78,000 adults*: the comma inside a number
    separates no phrase, so the source is the whole noun phrase."""
    claim = only_claim(
        "Walking may cut the risk of dementia, according to a study of more than 78,000 adults.",
        "Walking",
    )
    assert claim.source.text == "a study of more than 78,000 adults"
    assert claim.source.type is SourceType.DOCUMENT


# -- courts and foreign affairs -----------------------------------------------------------


def test_a_court_ruling_reports_what_it_ruled() -> None:
    """*The appeals court ruled that the ban was unlawful*: *ruled that* reports the
    court's finding (but *ruled the country for a decade* reports nothing)."""
    claim = only_claim(
        "The appeals court ruled that the ban on street protests was unlawful.", "the ban"
    )
    assert claim.source.text == "The appeals court"
    assert claim.confidence is Confidence.REPORTED
    text = "The general ruled the country for a decade before fleeing to Portugal."
    assert [c.source.type for c in claimscope.annotate(text).claims] == [SourceType.AUTHOR]


def test_a_territorial_claim_is_no_distancing() -> None:
    """*China's claims to most of the sea*, *claims over the islands*: a claim to a thing
    is a title, not a proposition the writer keeps at a distance; *his claims to have
    seen the letter* still distances."""
    text = (
        "Vietnam and Malaysia contest China's claims to most of the South China Sea. "
        "Argentina has never dropped its claims over the islands."
    )
    assert _cue_texts(text, CueKind.DISTANCING) == []
    assert _cue_texts("He repeated his claims to have seen the letter.", CueKind.DISTANCING) == [
        "claims"
    ]


def test_a_tribunal_and_a_smaller_country_speak_as_institutions() -> None:
    """*an international tribunal ruled*, *Peru reported*: a tribunal is a body like a
    court, and a country speaks for its government."""
    claim = only_claim(
        "An international tribunal ruled that the seizure of the tanker was illegal.",
        "the seizure",
    )
    assert claim.source.type is SourceType.ORGANIZATION
    claim = only_claim("Peru said the mine would reopen in June.", "the mine")
    assert claim.source.type is SourceType.ORGANIZATION


# -- page furniture -----------------------------------------------------------------------


def _claim_texts(text: str) -> list[str]:
    return [c.text for c in claimscope.annotate(text).claims]


def test_a_wire_contributor_line_is_no_claim() -> None:
    """*Associated Press writers … contributed to this report.* credits the reporters."""
    text = (
        "The ferry sank in calm water, the coast guard said.\n\n"
        "Associated Press writers Jane Lim in Manila and Tom Reyes in Cebu contributed "
        "to this report."
    )
    assert all("contributed" not in t for t in _claim_texts(text))


def test_a_match_report_box_and_a_tabloid_appeal_are_no_claims() -> None:
    """*Referee: … Attendance: …* closes a match report; *Do you have a story for us?
    Email …* and *Have your say in the comments below.* ask the reader to act."""
    text = (
        "Harlow won 2-1, the club said.\n\n"
        "Referee: Andrew Kitchin. Attendance: 8,214.\n\n"
        "Do you have a story for The Sun? Email us at exclusive@example.com or call "
        "0207 782 4104.\n\n"
        "Have your say in the comments below."
    )
    assert _claim_texts(text) == ["Harlow won 2-1"]


def test_a_headline_of_two_sentences_is_no_claim() -> None:
    """An opinion headline of two sentences, the second without a full stop, near the
    top of the page, is a headline; the same words in the body ending like prose are
    claims."""
    headline = (
        "OPINION\n\nThe four-day week is not a perk. It is a productivity policy, and "
        "Britain should treat it as one\n\nMarion Keane\n\n"
    )
    body = "I have run a small design agency in Leeds for twelve years."
    assert _claim_texts(headline + body) == [body]
    prose = "The four-day week is not a perk. It is a productivity policy."
    assert len(_claim_texts("Opinion\n\n" + prose + "\n\n" + body)) == 3


def test_a_common_addressee_is_no_part_of_the_content() -> None:
    """*told jurors the case would last*, *told the inquest the crash was*, *told police
    he had been*: the addressee stands between the cue and the content."""
    for text, content in (
        ("Judge Elaine Frost told jurors the case would last three weeks.", "the case"),
        ("The coroner told the inquest the crash was an accident.", "the crash"),
        ("Dean Rojas told police he had been at home all evening.", "he had"),
    ):
        claim = only_claim(text, content)
        assert claim.text.startswith(content), claim.text


def test_a_wire_dateline_is_no_part_of_the_content() -> None:
    """*SANTIAGO, March 4 (Reuters) - C, the agency said*, *BEIJING/MANILA, Aug 12
    (AP) — C, officials said*: the dateline says where the story was filed."""
    for text, content in (
        (
            "SANTIAGO, March 4 (Reuters) - Chile's copper output fell 6% in January, the "
            "statistics agency said on Tuesday.",
            "Chile's copper output",
        ),
        (
            "BEIJING/MANILA, Aug 12 (AP) — The ferry will sail on Friday, officials said.",
            "The ferry",
        ),
    ):
        claim = only_claim(text, content)
        assert claim.text.startswith(content), claim.text


def test_a_spaced_hyphen_without_an_agency_is_no_dateline() -> None:
    """*NATO - the alliance's own figures show - C*: only an agency in brackets lets a
    single hyphen close a dateline."""
    claim = only_claim(
        "NATO - which has 32 members - will meet in June, officials said.", "will meet"
    )
    assert claim.text.startswith("NATO"), claim.text


# -- who: role nouns of courts and sport ----------------------------------------------------


def test_a_barrister_named_in_apposition_is_the_source() -> None:
    """*Her barrister, Catherine Holt KC, told the jury*: *barrister* is a role noun, so
    the name in apposition is the source's most informative mention."""
    claim = only_claim(
        "Her barrister, Catherine Holt KC, told the jury that her client had made mistakes "
        "with paperwork.",
        "her client",
    )
    assert claim.source.text == "Catherine Holt KC"
    assert claim.source.type is SourceType.PERSON


def test_an_aged_role_after_a_quote_means_the_player_just_named() -> None:
    """*"The lads are buzzing," the 24-year-old striker said.* after a sentence whose
    subject is Okafor: the age and the role describe him (match and court reports)."""
    text = (
        "Harlow won after Samuel Okafor scored twice.\n\n"
        "Okafor, who has scored six goals this season, said he was happy.\n\n"
        '"The lads are buzzing," the 24-year-old striker said.'
    )
    claim = only_claim(text, "The lads")
    assert claim.source.text == "Samuel Okafor"
    assert claim.source.mention is not None
    assert claim.source.mention.text == "the 24-year-old striker"


def test_finding_fame_or_oneself_reports_nothing() -> None:
    """*first found fame on a baking show*, *found herself in court*: things found,
    not findings; *The inquiry found the council had ignored warnings* still reports."""
    for text in (
        "Kerry Lane first found fame on The Big Bake Off in 2016.",
        "The minister found herself in court last year.",
    ):
        assert [c.source.type for c in claimscope.annotate(text).claims] == [SourceType.AUTHOR]
    claim = only_claim("The inquiry found the council had ignored warnings.", "the council")
    assert claim.source.text == "The inquiry"


def test_a_noun_in_ing_inside_a_source_does_not_cut_it() -> None:
    """*A report by council planning officers said*: *planning*, *housing*, *training*
    modify a noun here; the subject runs back to *A report*."""
    claim = only_claim(
        "A report by council planning officers said the junction would cope.", "the junction"
    )
    assert claim.source.text == "A report by council planning officers"
    assert claim.source.type is SourceType.DOCUMENT


def test_a_confederation_of_words_is_one_body() -> None:
    """*The Confederation of British Industry has warned*: *Confederation* marks an
    institution, so the name runs through *of* and the source is a body."""
    claim = only_claim(
        "The Confederation of British Industry has warned that the plan could raise costs.",
        "the plan",
    )
    assert claim.source.text == "The Confederation of British Industry"
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_participle_appositive_after_a_trailing_source() -> None:
    """*C, the study, published in the journal Brain Health, found.* and *C, the agency,
    based in Geneva, said.*: a participle opens the appositive after the source."""
    claim = only_claim(
        "Walkers were half as likely to develop dementia, the study, published in the "
        "journal Brain Health, found.",
        "Walkers",
    )
    assert claim.source.text == "the study"
    assert claim.source.type is SourceType.DOCUMENT
    claim = only_claim(
        "Cases rose by a third in March, the agency, based in Geneva, said.", "Cases rose"
    )
    assert claim.source.text == "the agency"


def test_a_post_nominal_does_not_hide_the_surname() -> None:
    """*Catherine Holt KC* … *Ms Holt said*: *KC* (like *QC*, *MP*, *OBE*) follows the
    surname, so *Ms Holt* names her again."""
    text = (
        'The defence was led by Catherine Holt KC. "Sloppy record-keeping is not theft," '
        "Ms Holt said."
    )
    claim = only_claim(text, "Sloppy")
    assert claim.source.text == "Catherine Holt KC"
    assert claim.source.mention is not None and claim.source.mention.text == "Ms Holt"


def test_the_company_means_the_company_named_not_a_data_label() -> None:
    """*The Chicago-based company said …* names Northwind again; *according to LSEG
    data* only labels data, so a later *The company said* still means Northwind."""
    text = (
        "Northwind Foods Inc cut its forecast on Thursday.\n\n"
        "The Chicago-based company said it now expects lower earnings. Analysts had "
        "expected more, according to LSEG data.\n\n"
        "The company also said it would close a plant in Dayton."
    )
    for anchor in ("it now expects", "it would close"):
        claim = only_claim(text, anchor)
        assert claim.source.text == "Northwind Foods Inc", anchor


def test_a_tabloid_lede_quote_then_thats_what_x_told() -> None:
    """*“She's devastated.”* then *That's what a source close to the star told The Sun
    last night*: the quotation is the source's claim; after a sentence of prose,
    *That's what media bosses want* is no such lede."""
    text = (
        "\u201cSHE\u2019S absolutely devastated and just wants to be left alone.\u201d\n\n"
        "That\u2019s what a source close to Kerry Lane told The Sun last night, as her "
        "marriage came to an end."
    )
    claim = only_claim(text, "absolutely devastated")
    assert claim.source.text == "a source close to Kerry Lane"
    assert claim.source.type is SourceType.ANONYMOUS
    assert claim.confidence is Confidence.REPORTED
    prose = "The union wants the data exempted. That\u2019s what the bosses said, too."
    first = claimscope.annotate(prose).claims[0]
    assert first.source.text != "the bosses", first


def test_a_long_adjunct_before_that_is_no_part_of_the_content() -> None:
    """*said in a filing with the Securities and Exchange Commission that C*: the
    adjunct runs past eight words; a clause before *that* (*said on Friday he met
    Trump and that …*) still starts the content."""
    claim = only_claim(
        "The company also said in a filing with the Securities and Exchange Commission "
        "that it would close a plant in Dayton.",
        "would close",
    )
    assert claim.text == "it would close a plant in Dayton"
    claim = only_claim(
        "Sheldon Adelson said on Friday he met the candidate earlier this week and that "
        "the two men discussed Israel.",
        "he met",
    )
    assert "he met" in claim.text  # not only "the two men discussed Israel"


def test_a_parenthetical_citing_leaves_the_claim_to_the_verb() -> None:
    """*Xinhua, citing unnamed coast guard officials, said C*: *citing …* says where the
    agency got it; the claim is *C*, the agency's, by *said*."""
    claim = only_claim(
        "State news agency Xinhua, citing unnamed coast guard officials, said the boats had "
        "been carrying building materials.",
        "the boats",
    )
    assert claim.text == "the boats had been carrying building materials"
    assert claim.source.text == "Xinhua"
    assert claim.source.type is SourceType.MEDIA


def test_a_second_speaker_after_hours_after_has_a_claim_of_its_own() -> None:
    """*China accused Manila of provoking a clash, hours after Philippine officials said
    a ship had fired a water cannon*: the officials' claim is theirs, not China's."""
    text = (
        "China accused the Philippines on Monday of provoking a confrontation near the "
        "shoal, hours after Philippine officials said a Chinese ship had fired a water "
        "cannon at a supply boat."
    )
    claim = only_claim(text, "a Chinese ship")
    assert claim.source.text == "Philippine officials"
    assert claim.source.type is SourceType.ANONYMOUS
    assert claim.confidence is Confidence.REPORTED
    assert "hours after" not in only_claim(text, "provoking").text


def test_a_court_that_heard_reports_what_it_was_told() -> None:
    """*C, a court has heard.* and *the jury heard*: a court hearing a case reports what
    was said there; *residents heard gunshots* reports nothing."""
    claim = only_claim(
        "A former care home manager used residents' bank cards to fund holidays, a court "
        "has heard.",
        "bank cards",
    )
    assert claim.source.text == "a court"
    assert claim.source.type is SourceType.ORGANIZATION
    text = "Residents heard gunshots shortly after midnight."
    assert [c.source.type for c in claimscope.annotate(text).claims] == [SourceType.AUTHOR]


def test_a_participle_after_a_study_ends_its_head() -> None:
    """*a study involving 500 hospitals found*, *a review led by two universities*: the
    head is the study, not the hospitals it involved."""
    claim = only_claim(
        "A study involving 500 hospitals found that waiting times had doubled.", "waiting"
    )
    assert claim.source.type is SourceType.DOCUMENT
    claim = only_claim(
        "A trial involving 61 firms found that output held steady.",
        "output",
    )
    assert claim.source.type is SourceType.DOCUMENT
