"""Page furniture: the sentences that are not claims.

Headlines, section headings, bylines, datelines on their own, photo captions and
credits, navigation and call-to-action lines, appeals for information, disclaimers,
author bios and questions are not claims (SPEC). Two functions decide it:

* :func:`furniture_reason` looks at one sentence: its length, case, final punctuation
  and the navigation lexicon;
* :func:`page_furniture` looks at the whole page: a paragraph that opens like a
  caption or a disclaimer, ends with a photo credit, describes a graphic, calls the
  reader to act, reads like the writer's bio or credits a wire story's contributors is
  furniture in every sentence; a line without final punctuation is a heading unless it
  is an item of a list that a colon introduced (a short line of two sentences near the
  top, too: *The four-day week is not a perk. It is a policy*); and a text of one
  line is always read as a sentence (``annotate("Officials deny the report")`` has a
  claim).

Each decision keeps its reason (``"caption"``, ``"headline"`` …): ``page_furniture``
returns it, so a caller can see why a line was left out.
"""

from __future__ import annotations

import functools
import itertools

import regex

from claimscope import lexicon
from claimscope._bio_lines import is_bio_paragraph
from claimscope._disclosures import is_disclosure
from claimscope._sign_offs import is_sign_off

__all__ = ["ends_like_prose", "furniture_reason", "is_question", "page_furniture"]

_BYLINE_OPENERS = ("by", "written by", "reporting by", "additional reporting by", "edited by")
"""How a writer's credit opens (any case)."""

_BYLINE = regex.compile(r"\A(?i:" + "|".join(_BYLINE_OPENERS) + r")\s+(\p{Lu}[\p{L}'’]*)")
"""``By Maria Lopez``, ``Reporting by …``: the writer's credit, not a claim. Only the
opener ignores case: ``By nightfall it had burned …`` opens prose, not a credit."""

_BYLINE_STARTS = frozenset(opener[:2] for opener in _BYLINE_OPENERS)
"""The first two letters (lower case) of every :data:`_BYLINE` match: a cheap test."""

_CAPTION = regex.compile(
    r"©|\((?:AP|Reuters|AFP|Getty)[^)\n]{0,80}\)\s*\Z|\b(?:photo|image|picture|video)s?\s*"
    r"(?:credit)?\s*:|\bGetty Images\b|\bphoto by\b|\bfile photo\b",
    regex.I,
)
"""Photo captions and credits: ``© Photo: …``, ``(AP Photo/Jane Doe)``."""


def _caption_hint(folded: str) -> bool:
    """Whether the case-folded sentence holds a substring :data:`_CAPTION` needs: a
    cheap test that must pass before the regex is tried (spelled out, not a loop over
    a tuple, because it runs on every sentence)."""
    return (
        "(" in folded
        or "©" in folded
        or "photo" in folded
        or "image" in folded
        or "picture" in folded
        or "video" in folded
        or "getty" in folded
    )


_LONGEST_CALL_TO_ACTION = 60
"""No navigation line in ``furniture.txt`` is longer than this."""

_CLOSERS = "'\"’”»)]"
_TERMINALS = (".", "!", "?", "…", ":", ";")
"""A sentence ending like this (before closing quotes and brackets) is prose."""

_DASH_CREDIT = regex.compile(r"['\"’”»][^\S\n]*(?:—|–|―|--|-)[^\S\n]*\p{Lu}")
"""``"C" — Jane Doe``: a quotation credited after a dash is speech, not a headline."""


@functools.cache
def _call_to_action() -> frozenset[str]:
    return frozenset(entry.text.casefold() for entry in lexicon.load("furniture"))


_TITLE_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into is nor of on or over per the to up via vs with".split()
)
"""Words a headline leaves in lower case (*Bridge to Close for Repairs*)."""


def _is_title_case(sentence: str) -> bool:
    """A short paragraph whose every major word is capitalised: a headline.

    ``Harbour Bridge to Close for Repairs.`` — some archives add a final period.
    """
    if '"' in sentence[1:-2] or "“" in sentence[1:-2]:
        return False
    # word by word, so prose gives up at its first lower-case major word
    count = 0
    major = False
    for match in _TITLE_WORD.finditer(sentence):
        count += 1
        if count > 25:
            return False
        word = match.group()
        if word.casefold() not in _MINOR_WORDS:
            if not (word[:1].isupper() or word[:1].isdigit()):
                return False
            major = True
    return count >= 3 and major


@functools.cache
def _not_names() -> frozenset[str]:
    return frozenset(entry.text for entry in lexicon.load("entity_not_names"))


def _is_byline(stripped: str) -> bool:
    """Whether the sentence opens like a writer's credit: ``By Maria Lopez``, not
    ``By Monday the river had risen …`` (a day or month never names the writer)."""
    match = _BYLINE.match(stripped)
    return match is not None and match.group(1) not in _not_names()


_DATELINE_ALONE = regex.compile(r"\p{Lu}[\p{L}.'’-]*+(?:[ \t]\p{Lu}[\p{L}.'’-]*+){0,2}[ \t]*+[:—–]")
"""A place alone on its line before the story (``Chandigarh:``, ``NEW DELHI:``,
``Cape Town —``): a dateline, no claim."""


def is_question(sentence: str) -> bool:
    """True when the sentence (not just a quotation inside it) is a question, also one
    closing with *?!* (*You believe it?!*)."""
    return sentence.rstrip().rstrip(_CLOSERS).rstrip("!").endswith("?")


def furniture_reason(sentence: str, *, whole_paragraph: bool) -> str | None:
    """Return why ``sentence`` is page furniture (``"headline"``, ``"byline"`` …).

    ``whole_paragraph`` tells whether the sentence is a paragraph by itself; a
    headline or heading is a paragraph that does not end like prose.
    """
    stripped = sentence.strip()
    if not stripped:
        return "empty"
    if len(stripped) < 120 and stripped[:2].lower() in _BYLINE_STARTS and _is_byline(stripped):
        return "byline"
    if _caption_hint(stripped.casefold()) and _CAPTION.search(stripped):
        return "caption"
    if len(stripped) <= _LONGEST_CALL_TO_ACTION:
        folded = stripped.casefold().rstrip(".!:>»› ")
        if folded in _call_to_action() or is_sign_off(stripped):
            return "navigation"
    if not any(map(str.isalnum, stripped)):
        return "no words"
    if len(stripped) <= 80 and stripped[:1] in "PpUuLl" and _time_stamp(stripped):
        return "time stamp"
    if whole_paragraph and _DATELINE_ALONE.fullmatch(stripped):
        return "dateline"
    if whole_paragraph and _COPYRIGHT.match(stripped):
        return "disclaimer"
    if (
        whole_paragraph
        and not stripped.rstrip(_CLOSERS).endswith(_TERMINALS)
        and not _DASH_CREDIT.search(stripped)
    ):
        return "headline"
    if whole_paragraph and _is_title_case(stripped):
        return "headline"
    if is_question(stripped):
        return "question"
    return None


_COPYRIGHT = regex.compile(
    r"(?i:copyright\b|©)[ \t]*+(?:©[ \t]*+)?(?:\d{4}[ \t]*+)?"
    r"\p{Lu}[\p{L}\p{N}&'’.-]*+(?:[ \t]++[\p{L}\p{N}&'’.-]++){0,5}+\Z"
)
"""A paragraph that is only a copyright line: *Copyright PUNCH.*, *© 2025 Reuters*,
*Copyright 2024 The Associated Press.* (a few words after the mark; a sentence about
copyright goes on: *Copyright law protects …* is prose)."""


# -- the page: paragraphs, lines and their neighbours -----------------------------------

_CREDIT_END = regex.compile(
    r"(?:\A|(?<=[.!?…)\s]))(?i:source|photos?|pictures?|images?|videos?|credits?"
    r"|illustrations?|graphics?|photographs?)\s*:\s*\p{Lu}[^\n.!?:;\"“”]{0,80}\Z"
    r"|\((?i:photos?|pictures?|images?|videos?|footage|handout|supplied|submitted)\b"
    r"[^()\n]{0,80}\)\s*\Z"
    r"|(?<=[.!?][\"'’”]?[ \t])\p{Lu}[\p{L}'’.-]*+(?:[ \t]\p{Lu}[\p{L}'’.-]*+){0,3}[ \t]?/[ \t]?"
    r"\p{Lu}[^\n.!?/]{0,50}\Z"
    r"|(?<=[.!?][\"'’”]?[ \t])\((?!(?i:laughter|applause|crosstalk|inaudible|cheers|booing)\))"
    r"\p{Lu}[\p{L}'’.&-]*+(?:[ \t]\p{Lu}[\p{L}'’.&-]*+){0,3}"
    r"(?:[ \t]?/[ \t]?\p{Lu}[^\n()/]{0,50})?\)\s*\Z"
    r"|(?<=[.!?][\"'’”]?[ \t])\(\p{Lu}[\p{L}'’.&-]*+(?:[ \t]\p{Lu}[\p{L}'’.&-]*+){0,3}:[ \t]"
    r"\p{Lu}[\p{L}'’.-]*+(?:[ \t]\p{Lu}[\p{L}'’.-]*+){0,3}\)\s*\Z"
    r"|(?<=[.!?][\"'’”]?[ \t])(?i:photos?|pictures?|images?|videos?|photographs?)[ \t]+"
    r"(?i:by|from|courtesy[ \t]+of)[ \t]+\p{Lu}[^\n.!?]{0,60}\Z"
)
"""A credit closing a paragraph (``… for two years. Source: Supplied``, ``Photos: Jane
Doe/Staff``, ``(Video by Jane Doe)``, ``(Handout/Université Laval)``, ``(Submitted by
Jane Doe)``, or a photographer and agency after the caption's last sentence: ``… on
Tuesday. Fred Lum/The Globe and Mail``, or a short credit in brackets after it: ``… last
month. (U.S. Navy)``, ``… on Feb. 7. (AA Photo)``, ``… on Monday. (Dana Ruiz/The Valley
Herald)``, or the outlet and photographer in brackets: ``… near Robinvale. (ABC News:
Jane Doe)``, or ``… California. Photo by Jane Doe / The Circuit`` (or *Photo from Senate
PRIB*, *Photo courtesy of …*); a transcript's
``(Laughter)`` is no credit): the whole paragraph is a caption."""

_CREDIT_MARKS = (":", ")", "/", " by ", " from ", " of ")
"""What a paragraph's tail holds when :data:`_CREDIT_END` may match there."""

_COPYRIGHT_YEAR = regex.compile(r"(?i:copyright)[^\S\n]++(?:(?:©|\(c\))[^\S\n]*+)?(?:19|20)\d\d\b")
"""A station's or paper's footer opening with its copyright year (*Copyright 2026 KXRT.
All rights reserved.*); *Copyright lawyers said …* is prose."""

_UPDATE_NOTE = regex.compile(
    r"(?i)\b(?:will\s+(?:continue\s+to\s+)?update\s+this\s+(?:story|article|page|report|post)"
    r"|this\s+is\s+a\s+(?:developing|breaking)\s+(?:news\s+)?story"
    r"|check\s+back\s+(?:later\s+)?for\s+updates)\b"
)
"""A short note that the story will change (*2 NEWS will continue to update this story
as more information becomes available*, *This is a developing story*)."""

_LONGEST_UPDATE_NOTE = 30


def _update_note(paragraph: str) -> bool:
    """Whether ``paragraph`` is a short note of :data:`_UPDATE_NOTE`."""
    if len(paragraph.split(None, _LONGEST_UPDATE_NOTE)) > _LONGEST_UPDATE_NOTE:
        return False
    return _UPDATE_NOTE.search(paragraph) is not None


_CREDIT_WINDOW = 120
"""How far back from a paragraph's end :data:`_CREDIT_END` looks (its longest match)."""

_GRAPHIC = regex.compile(
    r"\A(?:(?i:this|these|above|below|pictured)\s+(?:[\p{L}\-]+\s+){0,2}?"
    r"(?i:graphics?|charts?|maps?|photos?|photographs?|images?|pictures?|videos?"
    r"|infographics?|illustrations?|tables?)"
    r"|(?i:the)\s+(?i:graphic|chart|infographic|map|table)\s+(?i:above|below))\b"
)
"""How a caption describing a visual opens (``This graphic, provided by …, shows``);
the paragraph must also say what it ``shows``."""

_SHOWS = regex.compile(r"\b(?i:shows?|showing|depicts?|illustrates?)\b")

_SIDE_BY_SIDE = regex.compile(
    r"\A(?:(?i:an?|the)\s+)?(?i:screenshots?|screengrabs?|photos?|photographs?|images?"
    r"|pictures?|stills?)\b[^\n]{0,120}?\((?i:left|right|top|bottom|above|below)\)"
)
"""A caption placing visuals side by side (*Screenshots of the viral post (left) and
the original video (right)*), as fact-checks carry: a visual noun opening the
paragraph and a position in brackets. The window is bounded, so the match is linear."""

_BIO = regex.compile(
    r"\A(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}\p{Lu}[\p{L}'’.\-]*\s+(?:is|was)\s+(?:a|an|the)\s"
)
_BIO_ROLE = regex.compile(
    r"\b(?i:editor|correspondent|reporter|columnist|writer|contributor|journalist"
    r"|producer|anchor|presenter|host|author of)s?\b"
)
"""The writer's bio closing an article: ``Jane Doe is a political correspondent for
…`` (one sentence, among the last paragraphs)."""

_BIO_REACH = 3
"""How many paragraphs from the end a bio may stand."""

_LONGEST_CALL = 25
"""A call to action (``Use the comment form below …``) is a short paragraph."""

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")


@functools.cache
def _openers() -> dict[str, tuple[tuple[str, str], ...]]:
    """``(opener, reason)`` from ``furniture_openers.txt``, longest first, filed under
    the opener's first character: a paragraph is compared with the few openers that
    start like it, not with all of them (this runs for every paragraph)."""
    entries = lexicon.load("furniture_openers")
    pairs = [(e.text.casefold(), e.fields[0] if e.fields else "furniture") for e in entries]
    by_first: dict[str, list[tuple[str, str]]] = {}
    for pair in sorted(pairs, key=lambda pair: -len(pair[0])):
        by_first.setdefault(pair[0][:1], []).append(pair)
    return {first: tuple(group) for first, group in by_first.items()}


@functools.cache
def _calls() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The imperatives, page words, social imperatives and platforms of
    ``calls_to_action.txt``."""
    entries = [(e.text.casefold(), e.fields[0].split()) for e in lexicon.load("calls_to_action")]
    verbs = frozenset(word for word, roles in entries if "imperative" in roles)
    places = frozenset(word for word, roles in entries if "page" in roles)
    social = frozenset(word for word, roles in entries if "social" in roles)
    platforms = frozenset(word for word, roles in entries if "platform" in roles)
    return verbs, places, social, platforms


def _opener_reason(paragraph: str) -> str | None:
    folded = paragraph[:40].casefold()
    for opener, reason in _openers().get(folded[:1], ()):
        if folded.startswith(opener):
            rest = folded[len(opener) : len(opener) + 1]
            if opener.endswith(":") or not rest or rest in " :?.,\t\u00a0\n-—–":
                return reason
    return None


def _is_call_to_action(paragraph: str) -> bool:
    """An imperative first word and a page word (or an email address: *Email us at
    news@…*; a handle: *follow @…*; a web address) after it, in at most
    :data:`_LONGEST_CALL` words. A social imperative (*Like us on Facebook*) needs a
    platform and a named object (*Like many parents, …* is prose). Only the first word
    is read unless it is an imperative, and no more words than the bound."""
    verbs, places, social, platforms = _calls()
    lead = _FOR_MORE.match(paragraph) or _READER_LEAD.match(paragraph)
    found = _WORD.finditer(paragraph, lead.end() if lead else 0, 400)
    first = next(found, None)
    if first is not None and first.group().casefold() == "please":
        first = next(found, None)  # "For reprints, please contact …"
    verb = "" if first is None else first.group().casefold()
    if verb not in verbs and verb not in social:
        return False
    words = [m.group() for m in itertools.islice(found, _LONGEST_CALL)]
    if len(words) >= _LONGEST_CALL:  # more than _LONGEST_CALL words in all
        return False
    rest = [w.casefold() for w in words]
    if verb in social:  # "Like us on …", "Like Metro Sport on …", not "Like his father"
        named = bool(words) and (rest[0] == "us" or words[0][:1].isupper())
        return named and any(w in platforms for w in rest)
    after = paragraph[first.end() : 400] if first is not None else ""
    if verb == "contact" and rest[:1] == ["us"]:
        return True  # "Contact us at …", "For feedback, contact us."
    return any(w in places for w in rest) or "@" in after or _WEB.search(after) is not None


_READER_LEAD = regex.compile(
    r"(?i:if\s+you\b[^,.\n]{0,80},\s*)?(?i:you\s+can\s+(?:also\s+)?)"
    r"|[^:.\n]{1,60}:\s+(?=\p{Lu})"
    r"|[^?.!\n]{1,40}\?\s+(?=\p{Lu})"
    r"|(?i:to\s+(?:receive|get|read|see|hear)\b)[^,.\n]{1,80},\s*"
)
"""What stands before the imperative of a call addressed to the reader: *If you have
an allergy, you can* (*sign up …*), *You can also* (*check …*), a short label and a
colon (*Evacuation orders and warnings:* *Check the map at …*), a short question
(*Have a tip?* *Contact our reporters securely.*) or a purpose (*To receive our weekly
report,* *sign up here*)."""

_WEB = regex.compile(r"[\p{L}\p{N}-]\.(?:com|gov|org|net|edu|info|io|ca|uk|au|nz|in)\b")
"""A web address (*westvale.gov/alerts*): the page a call sends the reader to."""


_FOR_MORE = regex.compile(
    r"for\s+(?:(?:more|further)\s+(?:information|details|help)\b[^,\n]{0,80},"
    r"|[^,\n]{1,80},\s*(?=please\b)"
    r"|(?:feedback|comments|complaints|corrections|tips|questions|(?:en|in)quiries)\b"
    r"[^.\n]{0,60}?,\s*(?=(?:contact|email|call|write)\b)"
    r"|the\s+latest\s+(?:news|updates|headlines|stories)\b[^,\n]{0,60}?,?\s+"
    r"(?=(?:download|follow|sign|subscribe|visit|join|get)\b))",
    regex.I,
)
"""*For more information on the vaccine,* (or any *For …,* before *please*: *For a
reprint of this article, please contact …*; *For the latest news from the Post
download our app*; *For feedback, complaints, or inquiries,* before *contact*) before
the imperative of a call to action."""


_APPEAL = regex.compile(
    r"(?:anyone|anybody|those|members\s+of\s+the\s+public|witnesses)\b[^.?!\n]{0,160}?"
    r"\b(?:(?:is|are)\s+(?:being\s+)?(?:asked|urged|encouraged|requested|invited)\s+to"
    r"|should|can|may|is\s+(?:welcome|invited)\s+to)\s+"
    r"(?:call|contact|phone|ring|e-?mail|text|message|get\s+in\s+touch|come\s+forward)\b",
    regex.I,
)
"""An appeal for information that closes a police or court story (*Anyone with
information is asked to call police at …*, *Witnesses should contact …*): it asks the
reader to act and states nothing, so it is no claim. The window before the verb is
bounded, so the match is linear."""

_APPEAL_OPENERS = ("anyone", "anybody", "those", "members", "witnesses")

_LONGEST_APPEAL = 45
"""The most words an appeal paragraph has; longer ones carry news of their own."""


def _is_appeal(paragraph: str, sentences: int) -> bool:
    """Whether ``paragraph`` is an appeal for information (:data:`_APPEAL`)."""
    if sentences > 2 or not paragraph[:10].casefold().startswith(_APPEAL_OPENERS):
        return False
    if len(paragraph.split(None, _LONGEST_APPEAL)) > _LONGEST_APPEAL:
        return False
    return _APPEAL.match(paragraph) is not None


_CONTRIBUTED = regex.compile(
    r"\b(?:contributed|also\s+contributed)\s+(?:reporting\s+)?to\s+this\s+"
    r"(?:report|story|article)[.!]?\s*\Z",
    regex.I,
)
"""The contributor line closing a wire story (*Associated Press writers Jane Doe in
Manila and John Roe in Beijing contributed to this report.*)."""

_LONGEST_CREDIT = 40
"""The most words a contributor line has."""

_LAST_SENTENCE = regex.compile(r"(?<=[.!?][\"'’”]?)\s+")
"""Where a sentence of a short line ends (the line's last sentence is what follows)."""

_OPENING_MARKS = "\"“”‘’'«»„"
"""Marks that open a quotation: a line opening with one is quoted speech (with its
credit, *“C” ― Maria Lopez*), not a headline, unless it is the page's first line (a
quoted headline: *'People think heat pumps are noisy. They're quieter than your
fridge'*)."""

_HEADLINE_REACH = 4
"""How many paragraphs from the top a headline of several sentences may stand."""

_LONGEST_HEADLINE = 30
"""The most words such a headline has."""


def _credit_or_headline(paragraph: str, *, from_start: int, sentences: int) -> str | None:
    """A contributor line (:data:`_CONTRIBUTED`), or a headline of two sentences near
    the top (*The four-day week is not a perk. It is a policy*): a short line of
    several sentences whose last does not end like prose."""
    if (
        "contributed" in paragraph
        and _CONTRIBUTED.search(paragraph[-120:])
        and len(paragraph.split(None, _LONGEST_CREDIT)) <= _LONGEST_CREDIT
    ):
        return "credit"
    if (
        sentences >= 2
        and from_start < _HEADLINE_REACH
        and "\n" not in paragraph
        and not ends_like_prose(paragraph)
        and len(paragraph.split(None, _LONGEST_HEADLINE)) <= _LONGEST_HEADLINE
        and not _is_title_case(_LAST_SENTENCE.split(paragraph)[-1])
        and (paragraph[:1] not in _OPENING_MARKS or from_start == 0)
        and not _DASH_CREDIT.search(paragraph)
    ):
        # a Title Case last sentence is a heading run on after prose, which the
        # sentence rules find by itself ("The fire started on Friday. Bridge to Close")
        return "headline"
    return None


_STAMP = regex.compile(r"(?i)(?:last\s+)?(?:posted|published|updated)\b:?")
"""The opener of a time stamp standing alone (see :func:`_time_stamp`)."""

_STAMP_WORDS = frozenset(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april
    june july august september october november december mon tue wed thu fri sat sun
    monday tuesday wednesday thursday friday saturday sunday am pm a.m p.m at on gmt utc
    bst et est edt pt ist sgt hkt kst jst cet""".split()
)
"""Words a time stamp holds besides numbers: months, days, *a.m.*, *at*, time zones."""


def _time_stamp(paragraph: str) -> bool:
    """Whether ``paragraph`` is a time stamp standing alone (*Posted Nov 20, 2026, 4:15
    p.m.*, *Updated: 12 May 2026 10:02*; a closing *p.m.* makes it look like prose):
    the opener, then at most eight words, each a number or a date or time word, one of
    them a number."""
    opener = _STAMP.match(paragraph)
    if opener is None:
        return False
    words = paragraph[opener.end() :].split()
    if not words or len(words) > 8:
        return False
    bare = [w.strip(".,:;|()").casefold() for w in words]
    return any(w[:1].isdigit() for w in bare) and all(
        not w or w[:1].isdigit() or w in _STAMP_WORDS for w in bare
    )


_CREDIT_LINE = 60
"""The longest last line that :func:`_credit_line_last` reads as a credit."""


def _credit_line_last(tail: str) -> bool:
    """Whether the paragraph's last line is a short photo credit of its own
    (``… on Sunday.\nGetty Images``, ``\n(AP Photo/Jane Doe)``): the lines above it
    are the caption."""
    line = tail.rfind("\n")
    return (
        line >= 0
        and len(tail) - line <= _CREDIT_LINE
        and _caption_hint(tail[line:].casefold())
        and _CAPTION.search(tail, line) is not None
    )


def _paragraph_reason(
    paragraph: str, *, from_start: int, from_end: int, sentences: int
) -> str | None:
    """Why a whole paragraph is furniture, or None (see :func:`page_furniture`)."""
    reason = _opener_reason(paragraph)
    if reason is None and "\n" in paragraph[:40]:  # "SUMMARY\nThis is AI generated …"
        reason = _opener_reason(paragraph[paragraph.index("\n") + 1 :])
    if reason is not None:
        return reason
    if _COPYRIGHT_YEAR.match(paragraph) or _update_note(paragraph):
        return "disclaimer"
    tail = paragraph[-_CREDIT_WINDOW:]
    # a credit holds a colon or ends with a parenthesis: test for those first
    if any(mark in tail for mark in _CREDIT_MARKS) and _CREDIT_END.search(tail):
        return "caption"
    if _credit_line_last(tail):
        return "caption"
    graphic = _GRAPHIC.match(paragraph)
    if graphic is not None and _SHOWS.search(paragraph, graphic.end(), graphic.end() + 200):
        return "caption"
    if _SIDE_BY_SIDE.match(paragraph) is not None:
        return "caption"
    if _is_call_to_action(paragraph) or is_disclosure(paragraph):
        return "navigation"
    if _is_appeal(paragraph, sentences):
        return "appeal"
    if from_end < _BIO_REACH and (
        (sentences == 1 and _BIO.match(paragraph) and _BIO_ROLE.search(paragraph, 0, 200))
        or is_bio_paragraph(paragraph)  # "Jane Doe covers labor. Ann Roe is a reporter."
    ):
        return "author bio"
    return _credit_or_headline(paragraph, from_start=from_start, sentences=sentences)


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a line of its own: only spaces stand between it
    and the line ends around it (a walk over those spaces, never over the line)."""
    i = start
    while i > 0 and text[i - 1].isspace() and text[i - 1] != "\n":
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False
    j = end
    while j < len(text) and text[j].isspace() and text[j] != "\n":
        j += 1
    return j == len(text) or text[j] == "\n"


def ends_like_prose(piece: str) -> bool:
    """Whether ``piece`` ends with sentence-final punctuation (before closers)."""
    return piece.rstrip().rstrip(_CLOSERS).endswith(_TERMINALS)


_BULLETS = ("-", "•", "*", "–", "·")
"""Marks that open an item of a bulleted list."""


_HEADING_WORDS = max(len(h.split()) for h in lexicon.words("list_headings"))
"""The most words a list heading has (``list_headings`` is no user lexicon)."""


def _list_opened(sentence: str) -> str:
    """How ``sentence`` opens a list: ``":"`` when it ends with a colon (*She also
    said:*; any line after it may be an item), ``"-"`` when it is a list heading
    (``lexicons/list_headings.txt``: *Key points*) without a colon, or a kicker in
    capitals that is not one (*WHAT TO WATCH:*; bulleted lines after either are items,
    bare lines are headlines), else ``""``."""
    stripped = sentence.rstrip()
    # a heading has a few words: a longer sentence is not folded to be looked up (its
    # key has at most one word fewer, a last word of marks that rstrip takes away)
    if len(stripped.split(None, _HEADING_WORDS + 1)) <= _HEADING_WORDS + 1:
        key = " ".join(stripped.rstrip(".!:").casefold().split())
        if key in lexicon.words("list_headings"):
            return ":" if stripped.endswith(":") else "-"
    if stripped.endswith(":"):
        # a kicker in capitals (WHAT TO WATCH:) heads a box of headlines
        return "-" if not any(map(str.islower, stripped)) else ":"
    return ""


def _list_item(sentence: str, in_list: str) -> bool:
    """Whether ``sentence`` (without final punctuation) is an item of the list
    ``in_list`` opened (see :func:`_list_opened`), not a heading."""
    return in_list == ":" or (in_list == "-" and sentence.lstrip().startswith(_BULLETS))


def page_furniture(
    text: str,
    sentences: list[tuple[int, int]],
    paragraphs: list[tuple[int, int]],
) -> dict[int, str]:
    """Map the index of every furniture sentence to the reason it is furniture.

    ``sentences`` and ``paragraphs`` are the spans :func:`claimscope.segment.segment`
    returns for ``text``. A text of one line is read as a sentence: only its words
    (a byline, a navigation line, a question) can make it furniture, never its shape.

    >>> text = "Bridge to Close\\n\\nThe bridge will close, the council said."
    >>> page_furniture(text, [(0, 15), (17, 58)], [(0, 15), (17, 58)])
    {0: 'headline'}
    >>> page_furniture("Police say the suspect fled", [(0, 27)], [(0, 27)])
    {}
    """
    out: dict[int, str] = {}
    one_line = len(paragraphs) <= 1 and not any(text[a:b].count("\n") for a, b in paragraphs)
    in_list = ""
    i = 0
    for k, (p_start, p_end) in enumerate(paragraphs):
        first = i
        while i < len(sentences) and sentences[i][0] < p_end:
            i += 1
        paragraph = text[p_start:p_end]
        reason = None
        if one_line and len(paragraph.split()) < 2:
            reason = "fragment"  # "Breaking" alone: no claim, however short the text
        elif not one_line:
            reason = _paragraph_reason(
                paragraph, from_start=k, from_end=len(paragraphs) - 1 - k, sentences=i - first
            )
            if (
                reason is None
                and i - first == 2
                and _is_call_to_action(text[slice(*sentences[i - 1])])
            ):
                # the outlet's promotion ends with the call it makes: "Now you can read
                # the ePaper anywhere. Click here to subscribe."
                reason = "navigation"
        for s_index in range(first, i):
            s_start, s_end = sentences[s_index]
            sentence = text[s_start:s_end]
            if reason is not None:
                out[s_index] = reason
                continue
            # a list introduced by a colon ("She also said:") holds items, not headings
            prose = ends_like_prose(sentence)
            if not prose and _list_item(sentence, in_list):
                shaped = False
            else:
                in_list = _list_opened(sentence)
                shaped = not one_line and (
                    (s_start, s_end) == (p_start, p_end) or _whole_line(text, s_start, s_end)
                )
            why = furniture_reason(sentence, whole_paragraph=shaped)
            if why is not None:
                out[s_index] = why
    return out
