"""Loading and checking lexicon files.

Lexicons are UTF-8 text files shipped in ``claimscope/lexicons/``. Each starts with a
comment header (lines beginning with ``#``) saying what belongs in it, then holds one
entry per line, sorted, without duplicates. An entry may carry extra fields after
``|`` separators (``claim | distancing``). Files are read once and cached; the
returned objects are immutable.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import attrs
import regex

from claimscope.errors import LexiconError

__all__ = ["Entry", "alternation", "fields", "load", "parse", "shipped_names", "words"]


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


@functools.cache
def load(name: str) -> tuple[Entry, ...]:
    """Return the entries of the shipped lexicon ``name`` (e.g. ``"abbreviations"``)."""
    resource = resources.files("claimscope") / "lexicons" / f"{name}.txt"
    try:
        content = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(
            f"no shipped lexicon named {name!r}; available: {', '.join(shipped_names())}"
        ) from None
    return parse(content, name=f"lexicons/{name}.txt", check_sorted=True)


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of the shipped lexicon ``name``, case-folded, as a set.

    >>> "spokesman" in words("roles")
    True
    """
    return frozenset(entry.text.casefold() for entry in load(name))


@functools.cache
def fields(name: str) -> dict[str, str]:
    """The case-folded entries of the shipped lexicon ``name`` that carry a field,
    mapped to their first field (``"mrs | f"`` → ``{"mrs": "f"}``)."""
    return {entry.text.casefold(): entry.fields[0] for entry in load(name) if entry.fields}


def alternation(name: str) -> str:
    """The entries of the shipped lexicon ``name`` as a regular-expression
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
