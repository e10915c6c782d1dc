"""The cue patterns: the ordered table of one-sentence attribution rules.

:func:`from_cue` builds a :class:`Site` around one reporting cue and tries the
functions of :data:`PATTERNS` in order. Each returns a :class:`~claimscope.attribution.
context.Raw` (the claim), :data:`VETO` (the cue makes no claim: stop) or ``None``
(not mine: try the next). Adding a pattern is one function here, one
:class:`~claimscope.labels.Rule` member, one golden case and one unit test.
"""

from __future__ import annotations

import functools

import regex

from claimscope.attribution import what, who
from claimscope.attribution.context import CLOSE_QUOTES, Context, Raw, index_at, trim_content
from claimscope.labels import Rule
from claimscope.model import Cue, CueKind

MAX_ACCORDING_NP = 40
"""The longest phrase (in tokens) taken as the X of *according to X*. Real ones run
long (*early results of exit polls conducted for the Associated Press and television
networks by Edison Research*: 18 tokens in PolNeAR); past this the text is no
phrase, and the cue gets no claim."""


IMPERSONAL = regex.compile(r"\A(?:it|this|that)\b", regex.I)
"""``it was claimed``, ``it is understood``: attribution with nobody named."""


PASSIVE = regex.compile(
    r"\A(?:is|are|was|were|has been|have been|had been)\s+(?:\p{L}+ly\s+)?"
    r"(?:said|reported|believed|thought|understood|alleged|claimed|rumou?red|suggested"
    r"|expected|known|feared|estimated|considered|described)\b",
    regex.I,
)
"""``X is said to …``, ``were suggested to have …``: the subject is the content's."""


@functools.lru_cache(maxsize=1024)
def cue_shape(cue: str) -> tuple[bool, bool]:
    """Whether a cue's text is impersonal (:data:`IMPERSONAL`) and whether it is a
    passive (:data:`PASSIVE`); cue texts repeat (*said*), so this is memoised."""
    return IMPERSONAL.match(cue) is not None, PASSIVE.match(cue) is not None


PARTICIPLE_BY = regex.compile(
    r"[^\S\n]+by[^\S\n]+(?!(?:tele)?phone\b|e-?mail\b|video\b|text\b|letter\b|satellite\b"
    r"|Skype\b|Zoom\b|saying\b)"
)
"""``sources cited by the outlet``: a cue followed by *by* names a channel, not a claim
(but *said by telephone* is a manner of speaking)."""


PARTICIPLE_BY_WINDOW = 40
"""How far past a cue :data:`PARTICIPLE_BY` looks. Without an end, :mod:`regex`
searches the rest of the text for the literal *by* before matching, at every cue:
quadratic in a long sentence with no *by* in it."""


ADJUNCT_ENTRY = regex.compile(r"(?:in an? |speaking |on condition)")
"""Reporting phrases that qualify an attribution (*in a statement*, *speaking on
condition of anonymity*) rather than introduce one: never a claim's main cue."""


NAMED_THING = regex.compile(r"[^\S\n]+[\"“‘'\p{Lu}]")


def naming_use(text: str, cue: Cue) -> bool:
    """``a super PAC called Future45``: a naming verb after a noun names, not reports."""
    if cue.text.casefold() not in ("called", "dubbed", "named", "nicknamed", "titled", "labeled"):
        return False
    before = text[max(0, cue.start - 30) : cue.start].rstrip()
    last = before.rsplit(None, 1)[-1] if before.split() else ""
    return (
        bool(last) and last.islower() and last.isalpha() and bool(NAMED_THING.match(text, cue.end))
    )


def quoted_appositive(
    ctx: Context, s_index: int, cue: Cue, before: int, head: tuple[int, int]
) -> Raw | None:
    """The claim of ``"C," X, appositive, said``: the content ends at ``before`` and
    resumes with a quote right after the cue, if one follows."""
    sentence = ctx.sentences[s_index]
    content = what.content_before(ctx, sentence, before)
    if content is None:
        return None
    end = what.continuation(ctx, cue.end, sentence) or content[1]
    return Raw(
        content[0],
        end,
        s_index,
        Rule.QUOTE_APPOSITIVE_SAID,
        cue,
        head,
        clause=(head[0], cue.end),
    )


def according_to(
    ctx: Context, tokens: list[tuple[int, int, str]], k: int, sentence: tuple[int, int], cue: Cue
) -> Raw | None:
    text = ctx.text
    s_index = ctx.sentence_of(sentence[0])
    i = k + 1
    if i >= len(tokens):
        return None
    np_start = tokens[i][0]
    np_end = np_start
    while i < len(tokens) and tokens[i][2] not in (",", ";", "—", "–", "."):
        if i - k > MAX_ACCORDING_NP:
            return None  # no noun phrase runs this long: unpunctuated text, not a source
        np_end = tokens[i][1]
        i += 1
    np_start, np_end = trim_content(text, np_start, np_end)
    if np_end <= np_start:
        return None
    # the words before the cue, stripped; only their last few matter (a sentence may
    # hold thousands of these cues, and copying all of it for each would be quadratic)
    head, tail = sentence[0], cue.start
    while head < tail and text[head] in " ,\u00a0":
        head += 1
    while tail > head and text[tail - 1] in " ,\u00a0":
        tail -= 1
    before = text[max(head, tail - 64) : tail]
    leading = head == tail or before.casefold() in ("but", "and", "yet", "also", "so")
    if before.casefold().endswith(("that's", "that’s", "that is", "this is", "that was")):
        prev = s_index - 1
        if prev < 0:
            return None
        ps, pe = trim_content(text, *ctx.sentences[prev])
        return Raw(ps, pe, prev, Rule.THATS_ACCORDING_TO, cue, (np_start, np_end))
    if leading:
        c = trim_content(text, np_end, sentence[1])
        c = (c[0] + (1 if text[c[0] : c[0] + 1] == "," else 0), c[1])
        c = trim_content(text, *c)
        if c[1] <= c[0]:
            return None
        return Raw(
            c[0],
            c[1],
            s_index,
            Rule.ACCORDING_TO_LEADING,
            cue,
            (np_start, np_end),
            clause=(cue.start, np_end),
        )
    content = what.content_before(ctx, sentence, cue.start)
    if content is None:
        return None
    return Raw(
        content[0],
        content[1],
        s_index,
        Rule.ACCORDING_TO_TRAILING,
        cue,
        (np_start, np_end),
        clause=(cue.start, np_end),
    )


def from_cue(ctx: Context, s_index: int, cue: Cue, previous: Raw | None = None) -> Raw | None:
    """Apply the one-sentence patterns around the reporting cue ``cue``.

    ``previous`` is the attribution found before it in the same sentence, whose
    source a participle (*…,” he said, citing…*) shares."""
    text = ctx.text
    sentence = ctx.sentences[s_index]
    tokens = ctx.tokens_of(s_index)
    k = index_at(tokens, cue.start)
    # the cue may be several tokens long: k_end is its last token
    k_end = k
    while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
        k_end += 1
    if k >= len(tokens):
        return None
    folded = cue.text.casefold()
    if folded.startswith("according to"):
        return according_to(ctx, tokens, k_end, sentence, cue)
    impersonal, passive = cue_shape(cue.text)
    if impersonal:
        content = what.content_after(ctx, tokens, k_end, sentence, cue)
        if content is None:
            content = what.content_before(ctx, sentence, cue.start)
            if content is None:
                return None
        return Raw(content[0], content[1], s_index, Rule.IMPERSONAL, cue, None, unspecified=True)
    if passive:
        c = trim_content(text, *sentence)
        return Raw(c[0], c[1], s_index, Rule.IS_SAID_TO, cue, None, unspecified=True)
    if k_end == k and who.is_passive(tokens, k):
        return None
    left = who.left_source(tokens, k)
    skipped = who.skip_before(tokens, k - 1)
    before_cue = tokens[skipped][2] if skipped >= 0 else ""
    # "…, Vermont Sen. Bernie Sanders, also praised": the comma before the adverb
    k_before = skipped + 1 if skipped >= 0 and before_cue in (",", "—", "–") else k
    if left is None and who.shares_subject(tokens, k, cue):
        # "Clinton celebrated …, declaring C" / "… and said C": the sentence's subject
        shared: tuple[int, int] | None = None
        if previous is not None and previous.source is not None:
            shared = previous.source
        else:
            opener = who.sentence_subject(tokens, k)
            if opener is not None:
                shared = (tokens[opener[0]][0], tokens[opener[1] - 1][1])
        content = what.content_after(ctx, tokens, k_end, sentence, cue) if shared else None
        if shared is not None and content is not None:
            return Raw(
                content[0],
                content[1],
                s_index,
                Rule.SHARED_SUBJECT,
                cue,
                shared,
                clause=(cue.start, cue.end),
            )
    if left is None:
        if k == 0 or not (before_cue in (",", "—", "–") or before_cue in CLOSE_QUOTES):
            return None
        rest = what.words_after(tokens, k_end + 1, what.ADJUNCT_MAX + 1)
        long_rest = len(rest) > what.ADJUNCT_MAX or any(
            t[2].casefold() == "that" or t[2] == ":" for t in rest[:3]
        )
        comma = k_before - 1
        closing = before_cue
        if before_cue in CLOSE_QUOTES and skipped >= 1 and tokens[skipped - 1][2] == ",":
            # 'Lehel, the hacker known as “Guccifer,” stated that …'
            comma, closing = skipped - 1, ","
        appositive = who.appositive_source(tokens, comma) if closing in (",", "—", "–") else None
        if appositive is not None and (long_rest or appositive[0] == 0):
            # Jane Doe, a former officer who worked in Europe, said C
            content = what.content_after(ctx, tokens, k_end, sentence, cue)
            if content is not None:
                head = (tokens[appositive[0]][0], tokens[appositive[1] - 1][1])
                return Raw(
                    content[0],
                    content[1],
                    s_index,
                    Rule.APPOSITIVE_SAID,
                    cue,
                    head,
                    clause=(head[0], cue.end),
                )
        if appositive is not None and appositive[0] >= 2:
            # "C," the economist Jared Bernstein, a former adviser, wrote on his blog.
            opening = tokens[appositive[0] - 1]
            if opening[2] == "," or opening[2] in CLOSE_QUOTES:
                head = (tokens[appositive[0]][0], tokens[appositive[1] - 1][1])
                before = opening[1] if opening[2] != "," else opening[0]
                found = quoted_appositive(ctx, s_index, cue, before, head)
                if found is not None:
                    return found
        # "C," Mr. Daniloff, now 81 and retired, said by telephone.
        quoted = who.quote_then_appositive(tokens, skipped) if before_cue == "," else None
        if quoted is not None:
            found = quoted_appositive(ctx, s_index, cue, tokens[quoted[0]][1], quoted[1])
            if found is not None:
                return found
        # "C," said X  /  C, said X
        src = who.right_source(text, tokens, k_end, sentence[1])
        if src is None:
            return None
        mark = tokens[skipped]
        boundary_end = mark[1] if before_cue in CLOSE_QUOTES else mark[0]
        content = what.content_before(ctx, sentence, boundary_end)
        if content is None:
            return None
        end = content[1]
        more = what.continuation(ctx, src[1], sentence)
        if more is not None:
            end = more
        return Raw(
            content[0], end, s_index, Rule.QUOTE_SAID_X, cue, src, clause=(cue.start, src[1])
        )
    np_start, np_end, j = left
    src = (tokens[np_start][0], tokens[np_end - 1][1])
    carrier = who.published_by(tokens, np_start, np_end, j)
    if carrier is not None:
        # "Jessica Mackler issued a statement saying C": Mackler, through the statement
        publisher, chain_link = carrier
        content = what.content_after(ctx, tokens, k_end, sentence, cue)
        if content is not None:
            return Raw(
                content[0],
                content[1],
                s_index,
                Rule.ISSUED_STATEMENT,
                cue,
                publisher,
                chain=(chain_link,),
                clause=(publisher[0], cue.end),
            )
    # inversion: "C, X said [adjuncts]."
    boundary = tokens[j][2] if j >= 0 else ""
    before_comma = what.words_before_comma(tokens, k_end + 1)
    resumes = what.continuation(ctx, cue.end, sentence)
    short_rest = what.adjunct_only(before_comma, cue)
    # "C," McCain said, citing …  — a participle clause after the cue is no content
    trailing_clause = k_end + 1 < len(tokens) and tokens[k_end + 1][2] == ","
    if (
        j >= 1
        and (boundary in (",", "—", "–") or boundary in CLOSE_QUOTES)
        and (
            short_rest
            or resumes is not None
            or trailing_clause
            or (
                boundary in CLOSE_QUOTES
                # (a comma first leaves before_comma empty: neither "that" nor ":")
                and not (before_comma and before_comma[0][2].casefold() in ("that", ":"))
            )
        )
    ):
        content = what.content_before(
            ctx, sentence, tokens[j][1] if boundary in CLOSE_QUOTES else tokens[j][0]
        )
        if content is not None and (resumes is None or content[1] < src[0]):
            end = resumes if resumes is not None else content[1]
            return Raw(content[0], end, s_index, Rule.INVERTED, cue, src, clause=(src[0], cue.end))
    if j < 0 and np_start == 0 and short_rest and s_index > 0:
        # '"… going on?’” Renteria told reporters.' — the segmenter ended the
        # sentence at the closing quote; the quote before is the content.
        q = ctx.quote_ending_at(ctx.sentences[s_index - 1][1])
        if q is not None and ctx.paragraph_of(q.start) == ctx.paragraph_of(sentence[0]):
            return Raw(
                q.start, q.end, s_index - 1, Rule.INVERTED, cue, src, clause=(src[0], cue.end)
            )
    content = what.content_after(ctx, tokens, k_end, sentence, cue)
    if content is None:
        return None
    relative = None
    if skipped >= 0 and tokens[skipped][2] in ("who", "which"):
        # "Barkley, who said he votes Democratic, said …": the relative clause ends
        # at its comma
        relative = (tokens[skipped][0], tokens[skipped][1])
        for t in tokens[k_end + 1 :]:
            if t[2] == "," and content[0] < t[0] < content[1]:
                content = (content[0], t[0])
                break
    return Raw(
        content[0],
        content[1],
        s_index,
        Rule.SAID,
        cue,
        src,
        clause=(src[0], cue.end),
        relative=relative,
    )


def inverted_first(ctx: Context, s_index: int, cues: list[Cue]) -> list[Cue]:
    """Put inverted cues first: in *The mayor rejected the treaty, aides said.* (or
    *…, a Chinese official said, adding …*) the attribution is the one after the
    comma, and *rejected* is part of its content."""
    reporting = [c for c in cues if c.kind is CueKind.REPORTING]
    if len(reporting) < 2:
        return cues
    tokens = ctx.tokens_of(s_index)
    first: list[Cue] = []
    for cue in reporting[1:]:
        k = index_at(tokens, cue.start)
        k_end = k
        while k_end + 1 < len(tokens) and tokens[k_end + 1][0] < cue.end:
            k_end += 1
        left = who.left_source(tokens, k)
        if left is None or left[2] < 1 or tokens[left[2]][2] != ",":
            continue
        if what.adjunct_only(what.words_before_comma(tokens, k_end + 1), cue):
            first.append(cue)
    if not first:
        return cues
    moved = {id(c) for c in first}  # not ``c not in first``: quadratic in long sentences
    return [*first, *[c for c in cues if id(c) not in moved]]
