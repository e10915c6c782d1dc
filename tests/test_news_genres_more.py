"""Sources, types and furniture in the second ten composed genres (health trust, tech
leak, election count, obituary, police appeal, Q&A, fact-check, press release,
investigation, parliamentary debate): one test per general error seen in the articles
of ``tests/golden/news_composed``, each on sentences composed here."""

from __future__ import annotations

import pytest
from claim_docs import only_claim

import claimscope
from claimscope import SourceType

# -- institutions whose names hold no company or government word -----------------------


@pytest.mark.parametrize(
    ("text", "anchor", "name"),
    [
        (
            "The Royal Lyceum Theatre said it was heartbroken by the news.",
            "heartbroken",
            "The Royal Lyceum Theatre",
        ),
        (
            "The Barbados Police Force said extra patrols would be sent to the parish.",
            "extra patrols",
            "The Barbados Police Force",
        ),
        (
            "The Kent Constabulary said the road would stay closed overnight.",
            "the road",
            "The Kent Constabulary",
        ),
        (
            "Flu cases have doubled since October, according to the Centers for "
            "Disease Control and Prevention.",
            "Flu cases",
            "the Centers for Disease Control and Prevention",
        ),
    ],
)
def test_theatres_forces_and_centers_speak_as_organizations(
    text: str, anchor: str, name: str
) -> None:
    """*The National Theatre said*, *The Jamaica Constabulary Force said*, *according to
    the Centers for …*: a theatre, a police force or constabulary and a plural
    *Centers* name an institution, not a person."""
    claim = only_claim(text, anchor)
    assert claim.source.text == name
    assert claim.source.type is SourceType.ORGANIZATION


def test_the_trust_refers_back_to_a_named_nhs_trust() -> None:
    """*The trust said …* after *Harbourside NHS Foundation Trust said …*: the trust is
    the organization named before, not a person."""
    text = (
        "Harbourside NHS Foundation Trust said the ward had reopened on Friday. "
        "The trust said 20 more beds would follow in the spring."
    )
    claim = only_claim(text, "20 more beds")
    assert claim.source.text == "Harbourside NHS Foundation Trust"
    assert claim.source.type is SourceType.ORGANIZATION


def test_a_fact_check_desk_is_media() -> None:
    """*The Daily Ledger Fact Check found that …*: a fact-checking desk is the outlet
    speaking, like *the newspaper reported*."""
    claim = only_claim(
        "The Daily Ledger Fact Check found that the photograph was taken in 2019.",
        "the photograph",
    )
    assert claim.source.type is SourceType.MEDIA


# -- page furniture ----------------------------------------------------------------------


def _claim_texts(text: str) -> list[str]:
    """The content of every claim of ``annotate(text)``."""
    return [c.text for c in claimscope.annotate(text).claims]


@pytest.mark.parametrize(
    "furniture",
    [
        "Key points:",
        "Print this page Email A Friend!",
        "Update, May 2nd, 4:10PM ET: Added a comment from the council.",
        "Comments are closed on this article.",
        "(Catch all the Business News and Latest News Updates on The Daily Ledger.)",
        "Have a tip about the port? Contact Jo Marsh by email or on Signal.",
        "Now you can read the Harbour Times ePaper anytime. Click here to subscribe.",
        "The Ledger is an independent newsroom. Sign up to receive our best stories.",
    ],
)
def test_promotions_updates_and_list_headings_are_no_claims(furniture: str) -> None:
    """Key-point headings, print and e-mail links, update notes, closed comments, an
    outlet's promotion that ends with its call to action: none is a claim, between
    two paragraphs of news."""
    text = (
        "The council approved the harbour plan on Tuesday.\n\n"
        f"{furniture}\n\n"
        "Work on the new quay will start in June, the council said."
    )
    start = text.index(furniture)
    for claim in claimscope.annotate(text).claims:
        assert not (claim.start < start + len(furniture) and start < claim.end), claim.text


def test_a_quoted_headline_on_the_first_line_is_no_claim() -> None:
    """*'People think heat pumps are noisy. They're quieter than your fridge'*: a
    quotation as the page's first line, without final punctuation, is the headline."""
    text = (
        "'Ferries never run on time. Nobody asks why'\n\n"
        "A skipper who has worked the crossing for 20 years answers readers' questions.\n\n"
        "Ferries on the route ran late on 41% of sailings last year."
    )
    assert all("Nobody asks why" not in t for t in _claim_texts(text))


def test_a_two_sentence_paragraph_of_news_before_a_quote_is_kept() -> None:
    """A short paragraph of two sentences whose second is no call to action keeps its
    claims: only a promotion ending with one goes."""
    text = (
        "The council approved the plan on Tuesday.\n\n"
        "The quay will open in June. Click-and-collect lockers will be added later.\n\n"
        "Work will start soon, the council said."
    )
    assert any("quay will open" in t for t in _claim_texts(text))


# -- unnamed people -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "The phone could ship in May, a person familiar with the plans said. The "
            "person, who was not authorised to speak, said the price was not settled.",
            "the price",
        ),
        (
            'Three former employees described long hours. "Nobody slept," the former '
            "employee said.",
            "Nobody slept",
        ),
        ("Staff at the depot told the Ledger that buses were leaving late.", "buses"),
        ("Users claim the photo shows the bridge in Leeds.", "the photo"),
    ],
)
def test_staff_users_and_the_person_are_unnamed(text: str, anchor: str) -> None:
    """*Staff at the hospital told …*, *Users claim …*, and *the person* or *the
    former employee* going back to an unnamed source: unidentified people
    (``anonymous``), not a person by name or unique role."""
    assert only_claim(text, anchor).source.type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "anchor", "kind"),
    [
        (
            "A Ministry of Defence source said the jets were grounded.",
            "the jets",
            SourceType.ANONYMOUS,
        ),
        (
            "A Department for Transport and Highways spokesperson said the road would reopen.",
            "the road",
            SourceType.ANONYMOUS,
        ),
        (
            "A Ministry of Justice report found that prisons were overcrowded.",
            "prisons",
            SourceType.DOCUMENT,
        ),
    ],
)
def test_the_speaker_after_a_name_with_of_or_and_is_the_source(
    text: str, anchor: str, kind: SourceType
) -> None:
    """*A Ministry of Defence source said*, *A Department of Health and Social Care
    spokesperson said*: the name of the body holds *of* or *and*, and the source is
    the unnamed speaker (or document) after it, not the body; the source phrase is
    the whole of it."""
    claim = only_claim(text, anchor)
    assert claim.source.type is kind
    assert claim.source.text is not None
    assert claim.source.text.endswith(("source", "spokesperson", "report"))


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Hale has had surgery and is recovering on a ward, her family said.",
        "The boy was a gifted footballer, his family said in a statement.",
        "The vote was not valid, the assembly said.",
    ],
)
def test_a_speaker_noun_ending_in_ly_is_no_adverb(text: str) -> None:
    """*…, her family said.*: *family* ends in *-ly* like *repeatedly* but is the
    speaker, so the sentence-final attribution gives a claim with that source."""
    claim = only_claim(text, text.split(",")[0])
    assert claim.source.text is not None
    assert claim.source.text.endswith(("family", "assembly"))
    assert claim.source.type in (SourceType.ANONYMOUS, SourceType.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "anchor", "kind"),
    [
        ("The trust's own board papers show that 12 wards were closed.", "12 wards", "document"),
        ("According to court papers, the man left the country in 2019.", "the man", "document"),
        ("The Sunday papers reported that the minister would resign.", "the minister", "media"),
    ],
)
def test_papers_of_a_board_or_court_are_documents(text: str, anchor: str, kind: str) -> None:
    """*board papers*, *court papers*: papers after an institution noun are its
    documents; *the Sunday papers* are still newspapers."""
    assert only_claim(text, anchor).source.type is SourceType(kind)


# -- Q&A interviews -----------------------------------------------------------------------

_QA = (
    "Ferries that never leave on time\n\n"
    "By Sam Hale\n\n"
    "Maria Okoye has skippered the island ferry since 2009. Maria Okoye now trains new "
    "crews for the operator. We asked her what passengers want to know. This interview "
    "has been edited for length and clarity.\n\n"
    "Why are the ferries late so often?\n\n"
    "The engines are 30 years old. We lose a day a month to repairs, probably more in "
    "winter.\n\n"
    "Will the new boats help?\n\n"
    "They will. The first one arrives in May.\n\n"
    "Sam Hale is a reporter covering transport."
)


def test_the_answers_of_an_edited_q_and_a_are_the_interviewee_s() -> None:
    """A page that says it is an edited interview and sets its questions off as
    paragraphs: each answer sentence is the interviewee's (the person the
    introduction names most), hedged where the answer hedges; the questions and the
    writer's bio are no claims."""
    doc = claimscope.annotate(_QA)
    answers = {c.text: c for c in doc.claims if c.rule.value == "Q&A answer"}
    assert set(answers) == {
        "The engines are 30 years old",
        "We lose a day a month to repairs, probably more in winter",
        "They will",
        "The first one arrives in May",
    }
    for claim in answers.values():
        assert claim.source.text == "Maria Okoye"
        assert claim.source.type is SourceType.PERSON
    assert answers["The engines are 30 years old"].confidence.value == "reported"
    assert answers[
        "We lose a day a month to repairs, probably more in winter"
    ].confidence.value == ("hedged")
    assert not any("?" in c.text for c in doc.claims)


def test_questions_in_a_column_without_an_edit_note_are_no_interview() -> None:
    """A columnist's rhetorical questions set off as paragraphs, with no note that the
    text is an edited interview: the prose after them stays in the author's voice."""
    column = _QA.replace(" This interview has been edited for length and clarity.", "")
    doc = claimscope.annotate(column)
    assert not any(c.rule.value == "Q&A answer" for c in doc.claims)
    claim = next(c for c in doc.claims if "30 years old" in c.text)
    assert claim.source.type is SourceType.AUTHOR


def test_airline_counters_are_a_noun() -> None:
    """*the airline counters visible in the background*: *counters* after the noun it
    names is no reporting verb, so the sentence stays the writer's."""
    text = (
        "Signs in the clip are in Turkish, and the airline counters in the background "
        "belong to carriers that do not fly from Mumbai."
    )
    claim = only_claim(text, "Signs in the clip")
    assert claim.source.type is SourceType.AUTHOR


def test_labour_is_a_party_not_a_person() -> None:
    """*Labour said …*: the party speaks as a body (organization), and *she* after
    *Labour MP Jane Roe said* never goes back to the party."""
    claim = only_claim("Labour said the vote was a disgrace.", "the vote")
    assert claim.source.type is SourceType.ORGANIZATION


@pytest.mark.parametrize("name", ["Siân Morgan", "Kavitha Rao", "Tanisha Brown", "Ngozi Eze"])
def test_she_finds_a_woman_with_a_welsh_indian_or_caribbean_name(name: str) -> None:
    """*Labour backbencher Siân Pritchard said …* then *she said*: given names common
    in Welsh, Indian, Caribbean and Nigerian English tell the pronoun its antecedent."""
    text = f'Labour backbencher {name} said the bill was late.\n\n"It is late," she said.'
    assert only_claim(text, "It is late").source.text == name


def test_reports_from_the_police_are_that_attributes_to_the_police() -> None:
    """*Reports from the Half Way Tree police are that …*: the Caribbean way of opening
    a police account attributes what follows to the police; *Reports are that …* to
    nobody named, like *according to reports*."""
    text = (
        "Reports from the Half Way Tree police are that about 9 pm, the man was standing "
        "at a bus stop when he was shot.\n\n"
        "Reports are that the gunman fled on a bicycle."
    )
    police = only_claim(text, "the man was standing")
    assert police.source.text == "the Half Way Tree police"
    assert police.source.type is SourceType.ORGANIZATION
    assert only_claim(text, "the gunman fled").source.type is SourceType.UNSPECIFIED


def test_a_side_by_side_caption_is_no_claim_but_screenshot_prose_is() -> None:
    """*Screenshots of the viral post (left) and the original video (right).*: a
    fact-check's caption; a sentence of news that opens with *Screenshots of* and
    places nothing in brackets keeps its claim."""
    caption = "Screenshots of the viral post (left) and the original 2021 photo (right)."
    prose = "Screenshots of the messages were shared more than 4,000 times on Sunday."
    text = f"The photo is not from Leeds.\n\n{caption}\n\n{prose}"
    contents = _claim_texts(text)
    assert not any("viral post" in t for t in contents)
    assert any("4,000 times" in t for t in contents)


def test_the_source_s_view_in_a_relative_clause_is_a_claim_of_its_own() -> None:
    """*The trust said 40 beds would open in May, which it believes will ease
    pressure*: what the trust said is reported; its belief about it is a second
    claim of the same source, hedged."""
    text = (
        "The trust said 40 extra beds would open in May, which it believes will ease "
        "pressure on the emergency department."
    )
    said = only_claim(text, "40 extra beds")
    view = only_claim(text, "ease pressure")
    assert said.end < view.start
    assert said.confidence.value == "reported"
    assert view.confidence.value == "hedged"
    assert said.source.text == view.source.text == "The trust"
