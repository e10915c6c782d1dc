"""Loading and checking lexicon files.

Lexicons are UTF-8 text files shipped in ``claimscope/lexicons/``. Each starts with a
comment header (lines beginning with ``#``) saying what belongs in it, then holds one
entry per line, sorted, without duplicates. An entry may carry extra fields after
``|`` separators (``claim | distancing``). Files are read once and cached; the
returned objects are immutable.

User lexicons change some of these lists at run time, per
:class:`~claimscope.Annotator`: a :class:`Lexicons` value (entries to add and to
remove, from Python or from a folder of files) is made active for the length of one
``annotate`` call through a context variable, so :func:`load`, :func:`words`,
:func:`fields` and :func:`alternation` see the changed lists in that call only (other
threads and other annotators keep theirs), and the stages' memos made with
:func:`cached` keep their entries apart per active :class:`Lexicons`. The default
path (no user lexicons) reads the same caches as before.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from importlib import resources
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import attrs
import regex

from claimscope.errors import LexiconError

__all__ = [
    "OVERRIDABLE",
    "REPORTING_STANCES",
    "Entry",
    "Lexicons",
    "alternation",
    "cached",
    "fields",
    "load",
    "parse",
    "shipped",
    "shipped_names",
    "using",
    "words",
]

_P = ParamSpec("_P")
_R = TypeVar("_R")


@attrs.frozen
class Entry:
    """One lexicon line: the entry and its ``|``-separated fields."""

    text: str
    fields: tuple[str, ...] = ()
    line: int = 0


def parse(content: str, *, name: str = "<string>", check_sorted: bool = False) -> tuple[Entry, ...]:
    """Parse lexicon text, raising :class:`LexiconError` naming ``name`` and the line.

    Blank lines and ``#`` comments are skipped. With ``check_sorted`` the entries must
    be in case-insensitive sorted order and unique, as the shipped files are.
    """
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    previous = ""
    for number, raw in enumerate(content.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        text = parts[0]
        if not text:
            raise LexiconError(f"{name}, line {number}: empty entry before '|'")
        if any(not part for part in parts[1:]):
            raise LexiconError(f"{name}, line {number}: empty field in {line!r}")
        key = text.casefold()
        if key in seen:
            raise LexiconError(
                f"{name}, line {number}: duplicate entry {text!r} (first on line {seen[key]})"
            )
        if check_sorted and key < previous:
            raise LexiconError(
                f"{name}, line {number}: {text!r} is out of order; keep entries sorted"
            )
        seen[key] = number
        previous = key
        entries.append(Entry(text, tuple(parts[1:]), number))
    return tuple(entries)


def shipped_names() -> tuple[str, ...]:
    """Return the names (without ``.txt``) of the lexicon files the package ships."""
    folder = resources.files("claimscope") / "lexicons"
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))


def load(name: str) -> tuple[Entry, ...]:
    """Return the entries of the lexicon ``name`` (e.g. ``"abbreviations"``): the
    shipped file, changed by the active :class:`Lexicons` if it touches ``name``."""
    overlay = _ACTIVE.get()
    if overlay is not None and name in overlay.names:
        return _merged(name, overlay)
    return _shipped(name)


def shipped(name: str) -> tuple[Entry, ...]:
    """The entries of the shipped lexicon ``name``, whatever user lexicons are active
    (for memos that must not depend on them)."""
    return _shipped(name)


@functools.cache
def _shipped(name: str) -> tuple[Entry, ...]:
    resource = resources.files("claimscope") / "lexicons" / f"{name}.txt"
    try:
        content = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(
            f"no shipped lexicon named {name!r}; available: {', '.join(shipped_names())}"
        ) from None
    return parse(content, name=f"lexicons/{name}.txt", check_sorted=True)


def words(name: str) -> frozenset[str]:
    """The entries of the lexicon ``name`` (see :func:`load`), case-folded, as a set.

    >>> "spokesman" in words("roles")
    True
    """
    overlay = _ACTIVE.get()
    if overlay is None or name not in overlay.names:
        found = _SHIPPED_WORDS.get(name)  # a dict: asked tens of thousands of times a text
        if found is None:
            found = _SHIPPED_WORDS[name] = _words(name, None)
        return found
    return _words(name, overlay)


_SHIPPED_WORDS: dict[str, frozenset[str]] = {}
""":func:`words` of the shipped lexicons, by name (no user lexicon touches them)."""


@functools.lru_cache(maxsize=256)
def _words(name: str, overlay: Lexicons | None) -> frozenset[str]:
    return frozenset(entry.text.casefold() for entry in load(name))


def fields(name: str) -> dict[str, str]:
    """The case-folded entries of the lexicon ``name`` (see :func:`load`) that carry a
    field, mapped to their first field (``"mrs | f"`` → ``{"mrs": "f"}``)."""
    overlay = _ACTIVE.get()
    return _fields(name, overlay if overlay is not None and name in overlay.names else None)


@functools.lru_cache(maxsize=256)
def _fields(name: str, overlay: Lexicons | None) -> dict[str, str]:
    return {entry.text.casefold(): entry.fields[0] for entry in load(name) if entry.fields}


def alternation(name: str) -> str:
    """The entries of the lexicon ``name`` (see :func:`load`) as a regular-expression
    alternation, longest first and escaped, their case kept (wrap it in a group).

    >>> alternation("channel_participles").split("|")[:2]
    ['interviewed', 'contacted']
    """
    entries = sorted((entry.text for entry in load(name)), key=len, reverse=True)
    return "|".join(regex.escape(text) for text in entries)


def load_path(path: str | Path) -> tuple[Entry, ...]:
    """Read a user lexicon file (same format; order is not enforced)."""
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(f"cannot read lexicon file {str(p)!r}: {e}") from e
    return parse(content, name=str(p))


# -- user lexicons --------------------------------------------------------------------

OVERRIDABLE = frozenset(
    {
        "boosters",
        "capitals",
        "countries",
        "denial",
        "distancing",
        "hedges",
        "outlets",
        "reporting",
        "roles",
        "sources_anonymous",
        "sources_document",
        "sources_media",
        "sources_organization",
    }
)
"""The lexicons a :class:`Lexicons` may change: the ones the stages read while they
annotate (source typing and cue finding). The others are compiled into patterns when
their module is imported; change them in a source checkout."""

REPORTING_STANCES = ("neutral", "endorsing", "distancing", "hedging", "denial")
"""The stances a reporting cue can carry (the second field of ``reporting.txt``)."""

_CUE_LEXICONS = frozenset({"boosters", "denial", "distancing", "hedges", "reporting"})
"""Lexicons whose entries (or, for reporting, surface forms) become cue patterns: each
must start with a letter and end with a letter or digit."""


def _check_entry(name: str, entry: Entry, where: str) -> None:
    """Raise :class:`LexiconError` (starting with ``where``) when ``entry`` does not
    fit the lexicon ``name``."""
    if name == "reporting":
        if len(entry.fields) != 2 or entry.fields[0] not in REPORTING_STANCES:
            raise LexiconError(
                f"{where}: expected 'lemma | stance | forms' with a stance in "
                f"{', '.join(REPORTING_STANCES)}, got {entry.text!r} with fields {entry.fields}"
            )
        forms = [form.strip() for form in entry.fields[1].split(",")]
    else:
        if entry.fields:
            raise LexiconError(
                f"{where}: entries of {name} take no '|' fields, got {' | '.join(entry.fields)!r}"
            )
        forms = [entry.text]
    if name in _CUE_LEXICONS:
        for form in forms:
            if not form or not form[0].isalpha() or not form[-1].isalnum():
                raise LexiconError(
                    f"{where}: cue form {form!r} must start with a letter and end with a "
                    "letter or digit"
                )


def _check_name(name: object, where: str) -> str:
    if not isinstance(name, str) or name not in OVERRIDABLE:
        shipped = name in shipped_names() if isinstance(name, str) else False
        why = "cannot be changed at run time" if shipped else "is no lexicon"
        raise LexiconError(
            f"{where}: {name!r} {why}; the lexicons that can: {', '.join(sorted(OVERRIDABLE))}"
        )
    return name


def _as_entries(name: str, items: Iterable[str | Entry], where: str) -> tuple[Entry, ...]:
    """``items`` (lexicon lines or :class:`Entry` values) as checked entries."""
    if isinstance(items, str):
        raise LexiconError(f"{where}: expected a list of entries, not the string {items!r}")
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        here = f"{where}, entry {number}"
        if isinstance(item, Entry):
            entry = item
        elif isinstance(item, str):
            parsed = parse(item, name=here)
            if len(parsed) != 1:
                raise LexiconError(f"{here}: expected one lexicon line, got {item!r}")
            entry = parsed[0]
        else:
            raise LexiconError(f"{here}: expected a str, not {type(item).__name__}")
        _check_entry(name, entry, here)
        key = entry.text.casefold()
        if key in seen:
            raise LexiconError(f"{here}: duplicate entry {entry.text!r}")
        seen.add(key)
        entries.append(attrs.evolve(entry, line=0))  # equal by content, wherever read
    return tuple(entries)


def _convert_add(value: object) -> tuple[tuple[str, tuple[Entry, ...]], ...]:
    if isinstance(value, tuple) and all(isinstance(v, tuple) for v in value):
        value = dict(value)
    if not isinstance(value, Mapping):
        raise LexiconError(f"Lexicons(add=...) takes a mapping of lexicon name to entries, "
                           f"not {type(value).__name__}")  # fmt: skip
    return tuple(
        sorted(
            (_check_name(name, "Lexicons add"), _as_entries(name, items, f"add[{name!r}]"))
            for name, items in value.items()
            if items
        )
    )


def _convert_remove(value: object) -> tuple[tuple[str, frozenset[str]], ...]:
    if isinstance(value, tuple) and all(isinstance(v, tuple) for v in value):
        value = dict(value)
    if not isinstance(value, Mapping):
        raise LexiconError(f"Lexicons(remove=...) takes a mapping of lexicon name to entries, "
                           f"not {type(value).__name__}")  # fmt: skip
    out = []
    for name, items in value.items():
        _check_name(name, "Lexicons remove")
        if isinstance(items, str):
            raise LexiconError(f"remove[{name!r}]: expected a list of entries, not {items!r}")
        shipped = {e.text.casefold() for e in _shipped(name)}
        keys = set()
        for number, item in enumerate(items, start=1):
            text = item.text if isinstance(item, Entry) else item
            if not isinstance(text, str):
                raise LexiconError(
                    f"remove[{name!r}], entry {number}: expected a str, not {type(text).__name__}"
                )
            key = text.split("|")[0].strip().casefold()
            if key not in shipped:
                raise LexiconError(
                    f"remove[{name!r}], entry {number}: {text!r} is not in lexicons/{name}.txt"
                )
            keys.add(key)
        if keys:
            out.append((name, frozenset(keys)))
    return tuple(sorted(out, key=lambda pair: pair[0]))


@attrs.frozen(cache_hash=True)
class Lexicons:
    """Changes to the shipped lexicons, for one :class:`~claimscope.Annotator`.

    An immutable value, like the annotator that holds it: build it with keywords
    (``add`` and ``remove``, each a mapping from a lexicon name in
    :data:`OVERRIDABLE` to its entries, written as lines of that lexicon's file) or
    read it from a folder with :meth:`from_dir`; derive a changed copy with
    :func:`attrs.evolve`. An added entry replaces a shipped one with the same text (so
    a reporting verb can change its stance); a removed entry must be shipped.
    Problems raise :class:`~claimscope.LexiconError` saying where (the lexicon and
    entry number, or the file and line) and what is expected.

    >>> from claimscope import Annotator
    >>> text = "The Harbour Lantern reported that the bridge would close."
    >>> Annotator().annotate(text).claims[0].source.type.value
    'person'
    >>> lantern = Lexicons(add={"outlets": ["Harbour Lantern"]})
    >>> Annotator(lexicons=lantern).annotate(text).claims[0].source.type.value
    'media'
    """

    add: tuple[tuple[str, tuple[Entry, ...]], ...] = attrs.field(default=(), converter=_convert_add)
    """Entries to add, per lexicon (stored sorted by name, as tuples)."""

    remove: tuple[tuple[str, frozenset[str]], ...] = attrs.field(
        default=(), converter=_convert_remove
    )
    """Case-folded entries to remove, per lexicon."""

    names: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The lexicons this value changes."""

    @names.default
    def _names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.add) | frozenset(n for n, _ in self.remove)

    def __bool__(self) -> bool:
        """False when nothing is changed (the default annotator's lexicons)."""
        return bool(self.names)

    @classmethod
    def from_dir(cls, path: str | Path) -> Lexicons:
        """Read a folder of user lexicon files.

        ``NAME.txt`` adds its entries to the lexicon ``NAME``; ``NAME.remove.txt``
        removes its entries from it. Both use the shipped files' format (``#``
        comments, one entry per line, ``|`` fields), in any order. Other files are
        an error, so a misspelt name is not silently ignored.
        """
        folder = Path(path)
        if not folder.is_dir():
            raise LexiconError(f"lexicon folder {str(folder)!r} is not a directory")
        add: dict[str, tuple[Entry, ...]] = {}
        remove: dict[str, tuple[Entry, ...]] = {}
        for file in sorted(folder.iterdir()):
            if file.name.startswith("."):
                continue
            stem, removing = file.name, False
            if stem.endswith(".remove.txt"):
                stem, removing = stem[: -len(".remove.txt")], True
            elif stem.endswith(".txt"):
                stem = stem[: -len(".txt")]
            else:
                raise LexiconError(
                    f"{file}: expected NAME.txt or NAME.remove.txt in a lexicon folder"
                )
            _check_name(stem, str(file))
            entries = load_path(file)
            if removing:
                remove[stem] = entries
                shipped = {e.text.casefold() for e in _shipped(stem)}
                for e in entries:
                    if e.text.casefold() not in shipped:
                        raise LexiconError(
                            f"{file}, line {e.line}: {e.text!r} is not in lexicons/{stem}.txt"
                        )
            else:
                for e in entries:
                    _check_entry(stem, e, f"{file}, line {e.line}")
                add[stem] = entries
        return cls(add=add, remove=remove)

    def added(self, name: str) -> tuple[Entry, ...]:
        """The entries this value adds to the lexicon ``name``."""
        return next((entries for n, entries in self.add if n == name), ())

    def removed(self, name: str) -> frozenset[str]:
        """The case-folded entries this value removes from the lexicon ``name``."""
        return next((keys for n, keys in self.remove if n == name), frozenset())


_ACTIVE: ContextVar[Lexicons | None] = ContextVar("claimscope_lexicons", default=None)
"""The user lexicons of the annotation running in this thread (or task), if any."""


@contextlib.contextmanager
def using(lexicons: Lexicons | None) -> Iterator[None]:
    """Make ``lexicons`` active in this context (thread) for the ``with`` block."""
    token = _ACTIVE.set(lexicons or None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


@functools.lru_cache(maxsize=256)
def _merged(name: str, overlay: Lexicons) -> tuple[Entry, ...]:
    """The shipped lexicon ``name`` with ``overlay``'s changes."""
    added = overlay.added(name)
    gone = overlay.removed(name) | {e.text.casefold() for e in added}
    return tuple(e for e in _shipped(name) if e.text.casefold() not in gone) + added


def cached(maxsize: int | None = None) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Like :func:`functools.lru_cache`, for a function whose result depends on the
    lexicons: its entries are kept apart per active :class:`Lexicons`. The wrapper
    keeps ``cache_clear`` and ``cache_parameters``."""

    def decorate(function: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.lru_cache(maxsize)
        def keyed(overlay: Lexicons | None, *args: Any, **kwargs: Any) -> _R:
            return function(*args, **kwargs)

        active = _ACTIVE.get  # bound once: the wrapper runs thousands of times a text

        @functools.wraps(function)
        def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            return keyed(active(), *args, **kwargs)  # type: ignore[arg-type]

        wrapper.cache_clear = keyed.cache_clear  # type: ignore[attr-defined]
        wrapper.cache_parameters = keyed.cache_parameters  # type: ignore[attr-defined]
        return wrapper

    return decorate
