"""Finding phrase-shaped mentions: names, acronyms, descriptions and pronouns."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from claimscope.entities.words import (
    _ACRONYM,
    _AUXILIARIES,
    _CONNECTORS,
    _DETERMINERS,
    _INDEFINITE,
    _PREPOSITIONS,
    _PRONOUNS,
    _RELATIVES,
    _STOP,
    Tok,
    _bare,
    _capitals,
    _given_names,
    _is_cap,
    _is_plural,
    _not_names,
    _nouns,
    _org_lexicon,
    _org_words,
    _outlets,
    _possessive,
    _singular,
    _starters,
    _titles,
    _tokens,
    _verbs,
)


@attrs.frozen
class Mention:
    """A phrase-shaped mention found in the text, before clustering.

    ``kind`` is ``name`` (a capitalised name or acronym), ``desc`` (a description
    headed by a source noun) or ``pron`` (a third-person pronoun). ``head`` is the
    description's head noun (lower case) or the pronoun; ``words`` a name's words
    without titles; ``title`` its first title or honorific (lower case); ``roles``
    role nouns given by its title or a lower-case prefix (*police spokesman* …).
    """

    start: int
    end: int
    sentence: int
    kind: str
    head: str = ""
    words: tuple[str, ...] = ()
    title: str = ""
    roles: tuple[str, ...] = ()
    definite: bool = False
    plural: bool = False
    subject: bool = False
    possessive: bool = False


_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’])\p{Ll}+")
"""Lower-case words: a capitalised word opening a sentence is a name only when the
text never writes it in lower case (*During*, *There*, *Responding*)."""


def find_mentions(
    text: str, sentences: Sequence[tuple[int, int]], speakers: Iterable[int] = ()
) -> list[Mention]:
    """Return the mentions of ``text`` in text order (see the package docstring).

    ``speakers`` holds the start offsets of source phrases the attribution stage
    found: a capitalised word opening a sentence there is a name (*Nomura said …*)
    even when the text never capitalises it elsewhere.
    """
    lowered = frozenset(m.group() for m in _LOWER_WORD.finditer(text))
    tokenised = [_tokens(text, s0, s1) for s0, s1 in sentences]
    inner: set[str] = set()  # words written capitalised inside a sentence
    for tokens in tokenised:
        first = _first_word(tokens)
        for k in range(first + 1, len(tokens)):
            w = tokens[k][2]
            if w[:1].isupper() and not _after_opening(tokens, k):
                inner.add(_bare(_possessive(w) or w))
    known = _Known(lowered, frozenset(inner), frozenset(speakers))
    out: list[Mention] = []
    for s_index, tokens in enumerate(tokenised):
        out.extend(_sentence_mentions(tokens, s_index, known))
    return out


@attrs.frozen
class _Known:
    """What the whole text says about its words: those it writes in lower case, and
    those it capitalises inside a sentence (where only names are capitalised)."""

    lowered: frozenset[str]
    inner: frozenset[str]
    speakers: frozenset[int] = frozenset()


def _first_word(tokens: list[Tok]) -> int:
    k = 0
    while k < len(tokens) and not tokens[k][2][:1].isalnum():
        k += 1
    return k


_VERB_OBJECTS = _DETERMINERS | _PRONOUNS.keys() | {"that", "how", "what", "why"}
"""Words after which a noun that is also a verb is a verb (*polls show the race …*)."""


def _title_case(tokens: list[Tok]) -> bool:
    """A headline in title case (*Wealthy Voters Abandon Republican Party*), whose
    capitals say nothing about names."""
    words = [t[2] for t in tokens if t[2][:1].isalpha()]
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return (
        caps * 10 >= len(words) * 8
        and not any(t[2] in ".,;" for t in tokens)
        and tokens[-1][2] not in ("?", "!")
    )


def _sentence_mentions(tokens: list[Tok], s_index: int, known: _Known) -> list[Mention]:
    found: list[Mention] = []
    if _title_case(tokens):
        return found
    n = len(tokens)
    nouns = _nouns()
    i = 0
    first_word = _first_word(tokens)
    while i < n:
        a, b, w = tokens[i]
        folded = w.casefold()
        opening = i == first_word or _after_opening(tokens, i)
        cut = regex.match(r"(\p{L}+)['’](?:s|re|ll|d|ve)\Z", w)
        if cut is not None and cut.group(1).casefold() in _PRONOUNS:
            # "He’s", "they're": the pronoun without its contraction
            b = a + len(cut.group(1))
            w = folded = cut.group(1).casefold()
            found.append(Mention(a, b, s_index, "pron", head=folded, subject=i == first_word))
            i += 1
            continue
        if folded in _PRONOUNS and (w == folded or (opening and w[1:].islower())):
            found.append(Mention(a, b, s_index, "pron", head=folded, subject=i == first_word))
            i += 1
            continue
        if (
            opening
            and folded in nouns
            and w[1:].islower()
            and w not in known.inner
            and not (i + 1 < n and _is_cap(tokens[i + 1][2]))
        ):
            w = folded  # "Officials said …": a description opening the sentence
        if _is_cap(w) and folded not in _PRONOUNS and w not in ("I", "I'm", "I’m"):
            j = _name_run(tokens, i)
            if j > i:
                mention = _name_mention(tokens, i, j, s_index, first_word, known)
                if mention is not None:
                    found.append(mention)
                i = j
                continue
        owner = _possessive(w)
        if owner is not None and w.islower() and owner in nouns:
            # "the president's face": a description that owns something
            mention = _description(tokens, i, i + 1, s_index, owner, first_word)
            if mention is not None:
                found.append(attrs.evolve(mention, end=b - (len(w) - len(owner)), possessive=True))
            i += 1
            continue
        if folded in nouns and w.islower():
            j = i + 1
            while (
                j < n
                and tokens[j][2] in nouns
                and tokens[j][2].islower()
                and not (
                    tokens[j][2] in _verbs()
                    and (
                        tokens[j][2].endswith(("s", "ed"))
                        or (j + 1 < n and tokens[j + 1][2].casefold() in _VERB_OBJECTS)
                    )
                )
            ):
                j += 1  # compound heads: "news agency", "court filings", not "poll shows"
            head = tokens[j - 1][2]
            nxt = tokens[j][2] if j < n else ""
            if (
                nxt.isalpha()
                and nxt.islower()
                and nxt not in _STOP
                and nxt not in _verbs()
                and not nxt.endswith(("ly", "ed"))
                and nxt not in _RELATIVES
            ):
                i = j  # "the first general election": the noun is a modifier here
                continue
            mention = _description(tokens, i, j, s_index, head, first_word)
            if mention is not None:
                found.append(mention)
            i = j
            continue
        i += 1
    return _link_prefixes(found, tokens)


def _after_opening(tokens: list[Tok], i: int) -> bool:
    return i > 0 and tokens[i - 1][2] in ('"', "“", "‘", "'", "(", "—", "–")


def _name_run(tokens: list[Tok], i: int) -> int:
    """The end (exclusive) of the capitalised run starting at ``i``; ``i`` if none."""
    n = len(tokens)
    j = i
    has_org = False
    while j < n:
        w = tokens[j][2]
        if _is_cap(w):
            if j > i and tokens[j][0] > tokens[j - 1][1] + 1:
                break  # a line break or double space ends a name
            if _bare(w) in _org_words():
                has_org = True
            j += 1
            if _possessive(w) is not None:
                break
            continue
        if (
            w in _CONNECTORS
            and j > i
            and j + 1 < n
            and _is_cap(tokens[j + 1][2])
            and (has_org or w in _PARTICLES or _org_word_ahead(tokens, j + 1))
        ):
            j += 1
            continue
        break
    return j


_PARTICLES = frozenset("de da del der van von al bin la le".split())
"""Lower-case particles inside personal names (*Ursula von der Leyen*)."""


def _org_word_ahead(tokens: list[Tok], k: int) -> bool:
    """True when an organisation word ends the capitalised words from ``k`` (*United
    States Citizenship and Immigration Services*)."""
    for t in tokens[k : k + 4]:
        if not _is_cap(t[2]):
            return False
        if _bare(t[2]) in _org_words():
            return True
    return False


def _name_mention(
    tokens: list[Tok], i: int, j: int, s_index: int, first_word: int, known: _Known
) -> Mention | None:
    titles = _titles()
    words = [tokens[k][2] for k in range(i, j)]
    start_k = i
    # drop sentence openers and words that are never names from the front
    while start_k < j:
        w = tokens[start_k][2]
        folded = _bare(w).casefold()
        if _bare(w) in _not_names():
            start_k += 1
            continue
        at_start = start_k == first_word or _after_opening(tokens, start_k)
        if at_start and folded not in titles:
            # a capitalised word opening a sentence is a name only if the text also
            # capitalises it inside a sentence, or it is a given name, an acronym, a
            # known body; otherwise "During", "There", "Responding", "Children"
            head = folded.split("'")[0].split("’")[0]
            plain = _bare(_possessive(w) or w)
            if head in _starters() or head in _DETERMINERS:
                start_k += 1
                continue
            if not (
                plain in known.inner
                or tokens[start_k][0] in known.speakers
                or folded in _given_names()
                or _ACRONYM.match(plain)
                or (j - start_k > 1 and folded not in known.lowered)
                or folded in _outlets()
                or folded in _capitals()
                or folded in _org_lexicon()
            ):
                start_k += 1
                continue
        break
    if start_k >= j:
        return None
    end_k = j
    # trailing connectors never end a name
    while end_k > start_k and tokens[end_k - 1][2] in _CONNECTORS:
        end_k -= 1
    if end_k <= start_k:
        return None
    words = [tokens[k][2] for k in range(start_k, end_k)]
    possessive = False
    last = words[-1]
    end = tokens[end_k - 1][1]
    cut = _possessive(last)
    if cut is not None:
        possessive = True
        words[-1] = cut
        end -= len(last) - len(cut)
    # "Senate Minority Leader Harry Reid", "Wells Fargo CEO John Stumpf": the name
    # is what follows the last role word; what comes before it is an affiliation
    roles: list[str] = []
    for r in range(len(words) - 2, 0, -1):
        role = _bare(words[r]).casefold()
        if _nouns().get(role) == "role" and role not in titles:
            roles.append(role)
            start_k += r + 1
            words = words[r + 1 :]
            break
    title = ""
    name_words: list[str] = []
    for w in words:
        folded = _bare(w).casefold()
        if not name_words and folded in titles and (len(words) > 1):
            title = title or folded
            if titles[folded] == "-":
                roles.append(folded)
            continue
        name_words.append(_bare(w))
    if not name_words or all(w.casefold() in _DETERMINERS for w in name_words):
        return None
    function = _PREPOSITIONS | _AUXILIARIES | _STOP
    if name_words[0].casefold() in function or name_words[-1].casefold() in function | _DETERMINERS:
        return None  # "TO", "AND" in capitals are no names
    begin = tokens[start_k][0]
    if (
        start_k > 0
        and tokens[start_k - 1][2] in ("the", "The")
        and not title
        and _given_names().get(name_words[0].casefold()) is None
    ):
        begin = tokens[start_k - 1][0]  # "the White House", "The Daily Planet"
    return Mention(
        begin,
        end,
        s_index,
        "name",
        words=tuple(name_words),
        title=title,
        roles=tuple(roles),
        subject=start_k <= first_word + 1,
        possessive=possessive,
    )


def _description(
    tokens: list[Tok], i: int, j: int, s_index: int, head: str, first_word: int
) -> Mention | None:
    """A description ending with the head noun ``tokens[j-1]``, extended left over
    determiners, modifiers and possessors."""
    k = i
    definite = False
    while k > 0 and i - k < 6:
        w = tokens[k - 1][2]
        folded = w.casefold()
        if not w[:1].isalnum() and w not in ("-", "/"):
            break
        if (
            folded in _STOP
            or folded in _verbs()
            or (folded in _PRONOUNS and folded not in ("his", "her", "its", "their"))
        ):
            break
        if folded in _DETERMINERS:
            k -= 1
            definite = folded not in _INDEFINITE
            break
        if folded.endswith("ed") and folded not in ("retired", "unnamed", "unidentified"):
            break
        k -= 1
        if _possessive(w) is not None:
            definite = True
    start_word = tokens[k][2].casefold()
    if start_word in _PREPOSITIONS or start_word in _AUXILIARIES or start_word in ("-", "/"):
        return None
    before = tokens[j - 2][2] if j - 2 >= k else ""
    if head in _verbs() and before.casefold() in _nouns():
        return None  # "a poll shows"
    if head in _verbs() and (
        _is_cap(before) or not (definite or any(t[2].islower() for t in tokens[k : j - 1]))
    ):
        return None  # "Bloomberg reports", "The Post reports", "Video shows": a verb
    head = head.casefold()
    plural = _is_plural(head) and head not in ("news",)
    return Mention(
        tokens[k][0],
        tokens[j - 1][1],
        s_index,
        "desc",
        head=_singular(head) if plural else head,
        definite=definite,
        plural=plural,
        subject=k <= first_word + 1,
    )


def _link_prefixes(found: list[Mention], tokens: list[Tok]) -> list[Mention]:
    """A lower-case role description straight before a name gives the name its role
    (*police spokesman Audley Peters*, *senior author Dr. Silvia Martins*)."""
    out: list[Mention] = []
    for m in found:
        if (
            m.kind == "name"
            and out
            and out[-1].kind == "desc"
            and not out[-1].plural
            and _gap_is_space(tokens, out[-1].end, m.start)
        ):
            prefix = out[-1]
            out[-1] = attrs.evolve(prefix, roles=(prefix.head,), words=("→",))
            m = attrs.evolve(m, roles=(*m.roles, prefix.head), subject=m.subject or prefix.subject)
        out.append(m)
    return out


def _gap_is_space(tokens: list[Tok], a: int, b: int) -> bool:
    return 0 <= b - a <= 1


# -- clustering -----------------------------------------------------------------------
