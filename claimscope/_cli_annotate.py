"""The ``claimscope annotate`` command: reading the inputs, annotating them (in this
process or in workers), progress on stderr, and the run that ties them to a writer."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from typing import IO, Any

import attrs

from claimscope._cli_json import _StreamedJson
from claimscope._cli_output import (
    _abandon_output,
    _commit_output,
    _id_token,
    _open_output,
    _prepare_resume,
    _Writer,
)
from claimscope._progress import Sink, reporting
from claimscope.errors import LexiconError, WorkerError
from claimscope.io import parse_jsonl_line
from claimscope.lexicon import Lexicons
from claimscope.model import Document
from claimscope.pipeline import Annotator

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

FORMATS = ("json", "jsonl", "csv", "html", "text")

FORMAT_OF_EXTENSION = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}
"""The format ``-o OUT`` (or ``--resume OUT``) implies when ``--format`` is absent."""

BOM = "\ufeff"

# -- work (runs in worker processes: module level and picklable) ----------------------


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A code point UTF-8 cannot encode (found without encoding a copy of the text)."""


@attrs.frozen
class _Job:
    """Annotate one input and render it; never raises.

    With ``stream`` (the work runs in this process) json and jsonl documents come
    back as :class:`_StreamedJson`, written piece by piece; otherwise (worker
    processes) as one string, which pickles compactly.
    """

    annotator: Annotator
    format: str
    profile: bool
    stream: bool = False
    progress: Sink | None = None
    """Where the annotation reports how far it has got (in this process only)."""

    def __call__(self, task: tuple[str | None, str | None]) -> tuple[bool, Any]:
        with reporting(self.progress):
            return self._run(task)

    def _run(self, task: tuple[str | None, str | None]) -> tuple[bool, Any]:
        text, error = task
        if text is None:
            return False, error or "no text"
        bad = _SURROGATE.search(text)
        if bad is not None:
            return False, f"the text holds {bad.group()!r} at {bad.start()}, not valid in UTF-8"
        try:
            doc = _annotate_text(self.annotator, text)
            if self.format in ("json", "jsonl"):
                indent = 2 if self.format == "json" else None
                if self.stream:
                    return True, _StreamedJson(doc, self.profile, indent)
                data = doc.to_dict(profile=self.profile)
                return True, json.dumps(data, ensure_ascii=False, indent=indent)
            if self.format == "csv":
                return True, doc.claims_table()
            if self.format == "html":
                from claimscope.render import render_html

                return True, render_html(doc.to_dict())
            from claimscope.render import render_text

            view = render_text(doc.to_dict())
            return True, view + _profile_text(doc) if self.profile else view
        except Exception as e:  # a failure of one input must not stop the stream
            return False, f"{type(e).__name__}: {e}"


def _annotate_text(annotator: Annotator, text: str) -> Document:
    """Annotate ``text``; a leading byte order mark (U+FEFF, left by editors that save
    "UTF-8 with BOM") is kept in the document's text but out of every span: the rest is
    annotated and its offsets shifted past it, so they still index the text as read."""
    if not text.startswith(BOM):
        return annotator.annotate(text)
    doc = annotator.annotate(text[1:])
    data = _shifted(doc.to_dict(), 1)
    data["text"] = text
    return Document.from_dict(data)


def _shifted(data: Any, by: int) -> Any:
    """A copy of claimscope/1 ``data`` with every ``start`` and ``end`` offset moved by ``by``."""
    if isinstance(data, dict):
        return {
            k: v + by if k in ("start", "end") and isinstance(v, int) else _shifted(v, by)
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [_shifted(v, by) for v in data]
    return data


def _profile_text(doc: Document) -> str:
    """The ``--profile`` block of the text view: sources, then the shares of each source
    type and confidence label found in the document."""
    profile = doc.profile().to_dict(doc)
    lines = [f"profile: {len(profile['sources'])} source(s), {profile['claims']} claim(s)"]
    for key in ("source_type", "confidence"):
        shares = [
            f"{label} {v['count']} ({v['share']:.0%})"
            for label, v in profile[key].items()
            if v["count"]
        ]
        lines.append(f"    {key.replace('_', ' ')}: {', '.join(shares) or '-'}")
    return "\n".join(lines) + "\n"


# -- reading --------------------------------------------------------------------------


@attrs.frozen
class _Input:
    key: Any
    line: int | None
    text: str | None
    error: str | None


def _describe(e: Exception) -> str:
    if isinstance(e, UnicodeDecodeError):
        return f"not valid UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start})"
    if isinstance(e, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, OSError):
        return e.strerror or str(e)
    return str(e)


def _display(name: str) -> str:
    return "<stdin>" if name == "-" else name


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    if os.path.isdir(name):
        raise IsADirectoryError(name)
    with open(name, "rb") as f:
        return f.read()


def _files(names: Sequence[str]) -> Iterator[_Input]:
    for name in names:
        try:
            text = _read_bytes(name).decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            yield _Input(_display(name), None, None, _describe(e))
            continue
        yield _Input(_display(name), None, text, None)


def _records(names: Sequence[str], field: str, id_field: str) -> Iterator[_Input]:
    """Each record of each JSONL input; a bad line (not UTF-8, not JSON, no text
    field) becomes an input carrying its error, and reading goes on."""
    for name in names:
        shown = _display(name)
        prefix = f"{shown}: " if len(names) > 1 else ""
        try:
            if name != "-" and os.path.isdir(name):
                raise IsADirectoryError(name)
            raw = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as e:
            yield _Input(None, None, None, f"{shown}: {_describe(e)}")
            continue
        number = 0
        try:
            for number, data in enumerate(raw, start=1):
                try:
                    line = data.decode("utf-8")
                except UnicodeDecodeError as e:
                    yield _Input(None, number, None, prefix + _describe(e))
                    continue
                record = parse_jsonl_line(line, number, text_field=field, id_field=id_field)
                if record is not None:
                    error = None if record.error is None else prefix + record.error
                    yield _Input(record.id, number, record.text, error)
        except OSError as e:  # the file became unreadable half way (an I/O error)
            yield _Input(None, number + 1, None, f"{shown}: reading stopped: {_describe(e)}")
        finally:
            if raw is not sys.stdin.buffer:
                raw.close()


# -- progress -------------------------------------------------------------------------


class _Progress:
    """A one-line progress counter on stderr, only for long jobs on a terminal: the
    inputs done, and for a text that takes more than a second, how far its
    annotation has got in characters (see :meth:`text`)."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0
        self.current: object = None  # the input whose annotation is reported
        self.current_started = 0.0

    def text(self, item: _Input, stage: str, share: float) -> None:
        """Show how far the annotation of ``item`` has got: ``share`` of its
        characters, in ``stage`` (a report of :mod:`claimscope._progress`)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if item is not self.current:
            self.current, self.current_started = item, now
        if now - self.current_started < 1.0 or now - self.shown < 0.2:
            return
        self.shown = now
        length = len(item.text or "")
        size = f"{share * length / 1e6:.1f} of {length / 1e6:.1f}M"
        if length < 1_000_000:
            size = f"{share * length / 1e3:.0f} of {length / 1e3:.0f}k"
        sys.stderr.write(
            f"\r\x1b[Kclaimscope: {item.key}: {share:.0%}, {size} characters ({stage}) "
        )
        sys.stderr.flush()

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.started < 1.0 or now - self.shown < 0.2:
            return
        self.shown = now
        rate = self.done / (now - self.started)
        if self.total:
            msg = f"{self.done}/{self.total} ({100 * self.done // self.total}%)"
        else:
            msg = f"{self.done}"
        sys.stderr.write(f"\r\x1b[Kclaimscope: {msg} inputs, {rate:.1f}/s ")
        sys.stderr.flush()

    def clear(self) -> None:
        """Erase the progress line (before printing a message)."""
        if self.enabled and self.shown:
            sys.stderr.write("\r\x1b[K")

    def finish(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _warn(message: str) -> None:
    """Print ``message`` on stderr, and nothing at all when stderr is closed (a closed
    descriptor 2 makes ``sys.stderr`` None, and ``print(file=None)`` would write to
    stdout instead)."""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        print(message, file=stream)


def _stderr_is_tty() -> bool:
    stream = sys.stderr
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


def _worker_died(task: tuple[str | None, str | None], error: WorkerError) -> tuple[bool, Any]:
    """The CLI's result for an input whose worker died twice: an error record."""
    return False, f"not annotated: {error.cause} while annotating it, also when retried alone"


@attrs.frozen
class _Settings:
    """What the options of one ``annotate`` run come to, once checked."""

    fmt: str
    output: str | None
    id_key: str
    records: bool
    annotator: Annotator


def _settings(args: argparse.Namespace) -> _Settings | str:
    """The run's settings, or a message saying which options do not go together."""
    target = args.resume or args.output
    fmt = (
        args.format
        or (target and FORMAT_OF_EXTENSION.get(os.path.splitext(target)[1].lower()))
        or ("jsonl" if args.jsonl_field or args.resume else "json")
    )
    if args.profile and fmt not in ("json", "jsonl", "text"):
        return (
            f"--profile applies to json, jsonl and text, not {fmt} "
            "(a profile is per document; use --format jsonl --profile)"
        )
    if args.id_field is not None and not args.jsonl_field:
        return "--id-field needs --jsonl-field"
    output = args.output
    if args.resume is not None:
        if fmt != "jsonl":
            return f"--resume needs --format jsonl, not {fmt}"
        if output is not None and os.path.abspath(output) != os.path.abspath(args.resume):
            return "--resume OUT writes to OUT; leave out -o or give the same file"
        output = args.resume
    if (args.csv_raw or args.excel) and fmt != "csv":
        return f"--csv-raw and --excel apply to --format csv, not {fmt}"
    annotator = Annotator()
    if args.lexicon_dir is not None:
        try:
            annotator = Annotator(lexicons=Lexicons.from_dir(args.lexicon_dir))
        except LexiconError as e:
            return f"--lexicon-dir: {e}"
    return _Settings(fmt, output, args.id_field or "id", bool(args.jsonl_field), annotator)


def _annotate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if isinstance(settings, str):
        _warn(f"claimscope: {settings}")
        return EXIT_USAGE
    done: set[str] = set()
    try:
        if args.resume is not None:
            done = _prepare_resume(args.resume, settings.id_key)
        out = _open_output(settings.output, append=args.resume is not None, bom=args.excel)
    except OSError as e:
        _warn(f"claimscope: cannot write {settings.output}: {_describe(e)}")
        return EXIT_USAGE
    if done and not args.quiet:
        _warn(f"claimscope: resuming {args.resume}: {len(done)} documents already there")
    return _run(args, settings, out, done)


def _failure_label(item: _Input, records: bool, writer: _Writer) -> str:
    """How a failed input is named on stderr: its file, or its JSONL line and id."""
    if not records:
        return f"{item.key}: "
    where = "" if item.line is None else f"line {item.line}"
    if item.key is not None:
        where += f" (id {writer._key(item)})"
    return f"{where}: " if where else ""


def _run(args: argparse.Namespace, settings: _Settings, out: IO[str], done: set[str]) -> int:
    """Annotate every input, writing each result to ``out`` as it arrives."""
    from claimscope._pool import ordered_map

    fmt, output, records = settings.fmt, settings.output, settings.records
    if records:
        inputs = _records(args.files, args.jsonl_field, settings.id_key)
        total = None
    else:
        inputs = _files(args.files)
        total = len(args.files)
    one = not records and total == 1
    writer = _Writer(
        out,
        fmt,
        settings.id_key,
        one=one,
        escape_formulas=not args.csv_raw,
        file_names=not records,
    )
    in_flight: deque[_Input] = deque()

    def tasks() -> Iterator[tuple[str | None, str | None]]:
        for item in inputs:
            if done and _id_token(item.key) in done:
                continue
            in_flight.append(item)
            yield item.text, item.error

    progress = _Progress(total, _stderr_is_tty() and not args.quiet)
    in_process = args.jobs == 1
    sink: Sink | None = None
    if in_process and progress.enabled:
        sink = lambda stage, share: progress.text(in_flight[-1], stage, share)  # noqa: E731
    results = ordered_map(
        _Job(settings.annotator, fmt, args.profile, stream=in_process, progress=sink),
        tasks(),
        n_process=args.jobs,
        batch_size=args.batch_size,
        on_worker_death=_worker_died,
        on_retry=lambda cause: _warn(f"claimscope: {cause}; retrying its records one at a time"),
    )
    status = EXIT_OK
    committed = out is sys.stdout
    try:
        writer.begin()
        for ok, payload in results:
            item = in_flight.popleft()
            progress.step()
            if ok:
                writer.result(item, payload)
                continue
            status = EXIT_SOME_FAILED
            progress.clear()
            _warn(f"claimscope: {_failure_label(item, records, writer)}{payload}")
            writer.error(item, payload)
        writer.end()
        if not committed:
            _commit_output(out, output)
            committed = True
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_SOME_FAILED
    except OSError as e:  # the output could not be written (disk full, ...)
        _warn(f"claimscope: cannot write {output or '<stdout>'}: {_describe(e)}")
        return EXIT_SOME_FAILED
    finally:
        results.close()  # type: ignore[attr-defined]
        progress.finish()
        if not committed:
            _abandon_output(out, output, keep=fmt == "jsonl")
    return status


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush
    does not print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a descriptor
        pass
