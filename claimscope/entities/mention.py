"""The record of one mention found in the text (see :mod:`.mentions`)."""

from __future__ import annotations

from typing import Any


class Mention:
    """A phrase-shaped mention found in the text, before clustering.

    ``kind`` is ``name`` (a capitalised name or acronym), ``desc`` (a description
    headed by a source noun) or ``pron`` (a third-person pronoun). ``head`` is the
    description's head noun (lower case) or the pronoun; ``words`` a name's words
    without titles; ``title`` its first title or honorific (lower case); ``roles``
    role nouns given by its title or a lower-case prefix (*police spokesman* …).

    A record with slots and its four flags in one small int, not a named tuple nor
    an attrs record: a long text holds a mention every forty characters or so, kept
    until every source is decided, and this form takes 104 bytes where a named
    tuple took 152 (and an attrs record more), and is built faster. Its end is kept
    as its length, a small int all mentions share, not an int object of its own.
    Treat it as immutable: change one with :meth:`_replace`. Equal mentions compare
    and hash equal.
    """

    __slots__ = (
        "_flags",
        "_length",
        "head",
        "kind",
        "roles",
        "sentence",
        "start",
        "title",
        "words",
    )

    start: int
    _length: int
    sentence: int
    kind: str
    head: str
    words: tuple[str, ...]
    title: str
    roles: tuple[str, ...]
    _flags: int

    def __init__(
        self,
        start: int,
        end: int,
        sentence: int,
        kind: str,
        head: str = "",
        words: tuple[str, ...] = (),
        title: str = "",
        roles: tuple[str, ...] = (),
        definite: bool = False,
        plural: bool = False,
        subject: bool = False,
        possessive: bool = False,
    ) -> None:
        self.start = start
        self._length = end - start  # a cached small int: ``end`` is worked out
        self.sentence = sentence
        self.kind = kind
        self.head = head
        self.words = words
        self.title = title
        self.roles = roles
        self._flags = (
            (_DEFINITE if definite else 0)
            | (_PLURAL if plural else 0)
            | (_SUBJECT if subject else 0)
            | (_POSSESSIVE if possessive else 0)
        )

    @property
    def end(self) -> int:
        """Where the mention ends: kept as its length, a small int every mention
        shares, rather than a 32-byte int object of its own per mention."""
        return self.start + self._length

    @property
    def definite(self) -> bool:
        """Whether a description is definite (*the president*)."""
        return self._flags & _DEFINITE != 0

    @property
    def plural(self) -> bool:
        """Whether the mention is plural (*officials*, *they*)."""
        return self._flags & _PLURAL != 0

    @property
    def subject(self) -> bool:
        """Whether the mention opens its sentence (its likely subject)."""
        return self._flags & _SUBJECT != 0

    @property
    def possessive(self) -> bool:
        """Whether the mention owns what follows (*Lopez's* cut to *Lopez*)."""
        return self._flags & _POSSESSIVE != 0

    def _fields(self) -> tuple[Any, ...]:
        return (
            self.start, self.end, self.sentence, self.kind, self.head, self.words,
            self.title, self.roles, self.definite, self.plural, self.subject, self.possessive,
        )  # fmt: skip

    def _replace(self, **changes: Any) -> Mention:
        """A copy with the fields named in ``changes`` set to their values."""
        fields = dict(zip(_FIELDS, self._fields(), strict=True))
        unknown = changes.keys() - fields.keys()
        if unknown:
            raise TypeError(f"Mention has no field {sorted(unknown)[0]!r}; fields: {_FIELDS}")
        fields.update(changes)
        return Mention(**fields)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in zip(_FIELDS, self._fields(), strict=True))
        return f"Mention({shown})"


_FIELDS = (
    *("start", "end", "sentence", "kind", "head", "words", "title", "roles"),
    *("definite", "plural", "subject", "possessive"),
)

_DEFINITE, _PLURAL, _SUBJECT, _POSSESSIVE = 1, 2, 4, 8
