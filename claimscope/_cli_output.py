"""Where the ``claimscope annotate`` command writes: output files made atomically
(``OUT.partial`` renamed to ``OUT``), ``--resume`` and the per-format writer."""

from __future__ import annotations

import contextlib
import html
import json
import os
import sys
from typing import IO, TYPE_CHECKING, Any

from claimscope._cli_json import _StreamedJson
from claimscope.io import write_csv

if TYPE_CHECKING:
    from claimscope._cli_annotate import _Input


def _partial(name: str) -> str:
    """The file an output is written to until the run ends: ``OUT.partial``, in the
    same folder, so that the final rename is atomic."""
    return name + ".partial"


def _open_output(name: str | None, *, append: bool = False, bom: bool = False) -> IO[str]:
    """Stdout, or ``OUT.partial`` (see :func:`_partial`) to be renamed by
    :func:`_commit_output` when the run ends."""
    encoding = "utf-8-sig" if bom and not append else "utf-8"
    if name is None:
        stream = sys.stdout
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding=encoding)
        return stream
    if os.path.isdir(name):
        raise IsADirectoryError(name)
    return open(_partial(name), "a" if append else "w", encoding=encoding, newline="")


def _commit_output(out: IO[str], name: str | None) -> None:
    """Close ``OUT.partial`` and rename it over ``OUT`` (an atomic replace)."""
    if name is None:
        return
    out.flush()
    with contextlib.suppress(OSError):
        os.fsync(out.fileno())
    out.close()
    os.replace(_partial(name), name)


def _abandon_output(out: IO[str], name: str | None, *, keep: bool) -> None:
    """After a failed run: close ``OUT.partial``, keeping it when it can be resumed
    (JSONL) and removing it otherwise; ``OUT`` itself is left as it was."""
    if name is None:
        return
    with contextlib.suppress(OSError, ValueError):
        out.close()
    if not keep:
        with contextlib.suppress(OSError):
            os.remove(_partial(name))


def _id_token(key: Any) -> str | None:
    """A canonical form of a record id, to compare ids across runs; None for no id."""
    if key is None:
        return None
    try:
        return json.dumps(key, sort_keys=True)
    except (TypeError, ValueError, RecursionError):
        return None


def _prepare_resume(name: str, id_key: str) -> set[str]:
    """Set up ``OUT.partial`` to continue a killed run; return the ids already done.

    The progress is ``OUT.partial`` if a run left it, else ``OUT``. Its lines that
    hold a document under a non-null id are kept; error records, records without an
    id and a torn last line are dropped, so those inputs are annotated again.
    """
    partial = _partial(name)
    progress = partial if os.path.exists(partial) else name if os.path.exists(name) else None
    done: set[str] = set()
    if progress is None:
        open(partial, "w", encoding="utf-8").close()
        return done
    fresh = partial + ".tmp"
    with open(progress, "rb") as old, open(fresh, "wb") as new:
        for raw in old:
            if not raw.endswith(b"\n"):
                continue  # torn by the kill
            try:
                record = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            if not isinstance(record, dict) or "document" not in record:
                continue
            token = _id_token(record.get(id_key))
            if token is None or token in done:
                continue
            done.add(token)
            new.write(raw)
    os.replace(fresh, partial)
    return done


class _Writer:
    """Writes each result in the chosen format as it arrives (streaming)."""

    def __init__(
        self,
        out: IO[str],
        fmt: str,
        id_key: str,
        one: bool,
        *,
        escape_formulas: bool = True,
        file_names: bool = False,
    ) -> None:
        self.one = one  # a single input: text view without a heading
        self.out = out
        self.fmt = fmt
        self.id_key = id_key
        self.file_names = file_names  # the ids are paths: html headings show the name only
        self.escape_formulas = escape_formulas
        self.count = 0
        self.html: list[str] = []

    def begin(self) -> None:
        if self.fmt == "csv":
            write_csv((), self.out, extra_columns=(self.id_key,))
        elif self.fmt == "json":
            self.out.write("[")

    def _record(self, head: str, payload: str | _StreamedJson = "", tail: str = "") -> None:
        if self.fmt == "jsonl":
            self._write(head, payload, tail + "\n")
            # Flushed per record: a killed run leaves whole lines.
            self.out.flush()
        else:
            self._write(("\n" if self.count == 0 else ",\n") + head, payload, tail)
        self.count += 1

    def _write(self, head: str, payload: str | _StreamedJson, tail: str) -> None:
        if isinstance(payload, str):
            self.out.write(head + payload + tail)  # one write: whole lines
            return
        self.out.write(head)
        for chunk in payload.chunks():
            self.out.write(chunk)
        self.out.write(tail)

    def _key(self, item: _Input) -> str:
        try:
            return json.dumps(item.key)
        except (TypeError, ValueError, RecursionError):  # pragma: no cover - read from JSON
            return "null"

    def error(self, item: _Input, reason: str) -> None:
        if self.fmt in ("json", "jsonl"):
            line = "" if item.line is None else f', "line": {item.line}'
            key = json.dumps(self.id_key)
            self._record(f'{{{key}: {self._key(item)}{line}, "error": {json.dumps(reason)}}}')

    def result(self, item: _Input, payload: Any) -> None:
        if self.fmt in ("json", "jsonl"):
            key = json.dumps(self.id_key)
            self._record(f'{{{key}: {self._key(item)}, "document": ', payload, "}")
        elif self.fmt == "csv":
            rows = [{self.id_key: item.key, **row} for row in payload]
            write_csv(
                rows,
                self.out,
                extra_columns=(self.id_key,),
                header=False,
                escape_formulas=self.escape_formulas,
            )
        elif self.fmt == "html":
            title = os.path.basename(item.key) if self.file_names else str(item.key)
            self.html.append(_titled(payload, title))
        elif self.one:
            self.out.write(payload)
        else:
            self.out.write(f"== {item.key} ==\n{payload}\n")

    def end(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "html":
            from claimscope.render import html_page

            self.out.write(html_page(self.html, title="claimscope"))
        self.out.flush()


def _titled(fragment: str, title: str) -> str:
    body = fragment.split("</style>", 1)[1] if fragment.startswith("<style>") else fragment
    return f"<section><h2>{html.escape(title)}</h2>{body}</section>"
