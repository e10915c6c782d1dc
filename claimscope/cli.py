"""The ``claimscope`` command line (also ``python -m claimscope``).

Exit status: 0 on success, 1 when some input could not be processed (the others still
are, and each failure is reported on stderr with its name), 2 on a usage error. No
user error prints a traceback, and a closed stdout (``claimscope ... | head``) ends the
run quietly.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import re
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import attrs

from claimscope.errors import WorkerError
from claimscope.io import parse_jsonl_line, write_csv
from claimscope.model import Document
from claimscope.pipeline import Annotator

__all__ = ["build_parser", "main"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

FORMATS = ("json", "jsonl", "csv", "html", "text")

_EPILOG = """\
examples:
  claimscope annotate article.txt --format text
  claimscope annotate a.txt b.txt --format jsonl -o claims.jsonl
  cat article.txt | claimscope annotate - --format html -o view.html
  claimscope annotate news.jsonl --jsonl-field text --id-field id --processes 4 > out.jsonl
  claimscope annotate *.txt --format csv --processes 2 > claims.csv

formats:
  json   one claimscope/1 document (an array of {"id", "document"} for several inputs)
  jsonl  one {"id", "document"} object a line; failures as {"id", "line", "error"}
  csv    one row per claim: an id column, then the stable claim columns
  html   one standalone page, claims highlighted (open it in a browser)
  text   a readable terminal view: each claim with source, type and confidence

bad input:
  every non-blank JSONL line gives exactly one output line, in input order. A line
  that cannot be read (not UTF-8, not JSON, NaN or Infinity or a number too large
  to be finite, an integer of more than 4300 digits, nesting too deep, no text
  field) gives an error record {"id", "line", "error"}; so does a record whose
  worker process died (e.g. killed by the out-of-memory killer) twice: its batch is
  retried once, one record at a time, in a fresh process. Workers exit by
  themselves within about a second when the claimscope process is killed.

output files:
  -o OUT   writes OUT.partial in the same folder and renames it to OUT when the
           run ends (also when some inputs failed), so OUT is either the old file
           or the complete new one, never half-written. A run that is killed
           leaves OUT.partial; for jsonl it holds whole lines, flushed one record
           at a time (stdout is flushed per record too).
  --resume OUT   (jsonl) continue such a run: the documents in OUT.partial (or in
           OUT, when there is no OUT.partial) are kept, inputs whose id is among
           them are skipped, the rest are appended, and OUT.partial is renamed to
           OUT at the end. Error records, records with a null id and a torn last
           line are dropped and done again, so ids should be unique.
  csv      cells a spreadsheet would run as a formula (starting with = + - @, a
           tab or a CR; ids included) get a leading ' (the OWASP advice);
           --csv-raw writes them as they are. --excel adds a UTF-8 byte order
           mark so that Excel reads accents and quotes right.

exit status:
  0  every input was annotated
  1  some input failed (missing, a directory, not UTF-8, a bad JSONL record, a
     worker that died); each is reported on stderr and the others are still
     processed
  2  usage error (bad option, unwritable output file)
"""


def _version() -> str:
    from claimscope import __version__

    return __version__


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (also used to generate the CLI reference)."""
    parser = argparse.ArgumentParser(
        prog="claimscope",
        description="Find who says what in news text, what kind of source it is, "
        "and how firmly the text stands behind it.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    annotate = commands.add_parser(
        "annotate",
        help="annotate text files or a JSONL stream (- for stdin)",
        description="Annotate text files (or - for stdin) and write the claims.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    annotate.add_argument(
        "files", nargs="*", default=["-"], metavar="FILE", help="UTF-8 text files; - is stdin"
    )
    annotate.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="output format (default: json, or jsonl with --jsonl-field)",
    )
    annotate.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of stdout; written to OUT.partial and renamed to OUT "
        "only when the run ends, so OUT is never left half-written",
    )
    annotate.add_argument(
        "--resume",
        metavar="OUT",
        help="jsonl: continue a run that was killed: keep the documents already in "
        "OUT.partial (or OUT), skip the inputs whose ids they hold, append the rest and "
        "rename to OUT (implies -o OUT)",
    )
    annotate.add_argument(
        "--jsonl-field",
        metavar="FIELD",
        help="treat the inputs as JSONL and annotate this string field of each record",
    )
    annotate.add_argument(
        "--id-field",
        metavar="FIELD",
        default=None,
        help="with --jsonl-field: the record field carried to the output as its key (default: id)",
    )
    annotate.add_argument(
        "--processes",
        type=_positive,
        default=1,
        metavar="N",
        help="annotate with N worker processes; output stays in input order",
    )
    annotate.add_argument(
        "--batch-size", type=_positive, default=16, metavar="N", help=argparse.SUPPRESS
    )
    annotate.add_argument(
        "--profile",
        action="store_true",
        help="add a source profile (shares by source type and confidence) to json, "
        "jsonl and text output",
    )
    annotate.add_argument(
        "--csv-raw",
        action="store_true",
        help="csv: write cells as they are; by default a cell that a spreadsheet would "
        "read as a formula (starting with = + - @, a tab or a CR) gets a leading '",
    )
    annotate.add_argument(
        "--excel",
        action="store_true",
        help="csv: start the file with a UTF-8 byte order mark (utf-8-sig), so that Excel "
        "reads it as UTF-8",
    )
    annotate.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr")
    annotate.set_defaults(handler=_annotate)
    try:
        from claimscope.evaluation import add_evaluate_parser
    except ImportError:  # the evaluate command is optional
        pass
    else:
        add_evaluate_parser(commands)
    return parser


# -- work (runs in worker processes: module level and picklable) ----------------------


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A code point UTF-8 cannot encode (found without encoding a copy of the text)."""

_TEXT_SLICE = 1 << 20
"""Characters of the document text escaped at a time when JSON is streamed."""


@attrs.frozen
class _StreamedJson:
    """A document to be written as ``json.dumps(doc.to_dict(profile=profile),
    ensure_ascii=False, indent=indent)``, piece by piece (see :meth:`chunks`).

    Used when the work runs in this process: the dict of a 50 MB text and its JSON
    string are each several times the text's size, while the pieces are one
    sentence or one claim at a time.
    """

    doc: Document
    profile: bool
    indent: int | None

    def chunks(self) -> Iterator[str]:
        """The JSON text in order; ``"".join`` of them equals ``json.dumps``."""
        doc = self.doc
        # The top level of to_dict() with the long lists left empty, then filled
        # lazily; tests/test_cli_safety.py checks the result against json.dumps.
        shell = attrs.evolve(doc, sentences=(), claims=()).to_dict()
        if self.profile:
            shell["profile"] = doc.profile().to_dict(doc)
        lazy: dict[str, Iterable[Any]] = {"sentences": doc.sentences, "claims": doc.claims}
        indent = self.indent
        newline = "" if indent is None else "\n"
        pad = "" if indent is None else " " * indent
        item_sep = ", " if indent is None else ",\n"
        yield "{" + newline
        for k, (key, value) in enumerate(shell.items()):
            yield (item_sep if k else "") + pad + json.dumps(key) + ": "
            if key == "text":
                yield from _json_string(value)
            elif key in lazy and value == []:
                yield from _json_list(lazy[key], indent)
            else:
                yield _nested(json.dumps(value, ensure_ascii=False, indent=indent), pad)
        yield newline + "}"


def _nested(encoded: str, pad: str) -> str:
    """``encoded`` (JSON made with the same indent) indented one level deeper: JSON
    strings never hold a raw line end, so every line end is layout."""
    return encoded.replace("\n", "\n" + pad) if pad else encoded


def _json_string(text: str) -> Iterator[str]:
    """``json.dumps(text, ensure_ascii=False)`` in pieces (escaping is per character,
    and the text holds no surrogate that a slice could split)."""
    yield '"'
    for start in range(0, len(text), _TEXT_SLICE):
        yield json.dumps(text[start : start + _TEXT_SLICE], ensure_ascii=False)[1:-1]
    yield '"'


def _json_list(items: Iterable[Any], indent: int | None) -> Iterator[str]:
    """The JSON list of ``item.to_dict()`` for each item, one nesting level deep."""
    inner = "" if indent is None else " " * (2 * indent)
    sep = ", " if indent is None else ",\n"
    opened = False
    for item in items:
        encoded = json.dumps(item.to_dict(), ensure_ascii=False, indent=indent)
        if not opened:
            yield "[" + ("" if indent is None else "\n")
            opened = True
        else:
            yield sep
        yield inner + _nested(encoded, inner)
    if not opened:
        yield "[]"
    else:
        yield ("" if indent is None else "\n" + " " * indent) + "]"


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

    def __call__(self, task: tuple[str | None, str | None]) -> tuple[bool, Any]:
        text, error = task
        if text is None:
            return False, error or "no text"
        bad = _SURROGATE.search(text)
        if bad is not None:
            return False, f"the text holds {bad.group()!r} at {bad.start()}, not valid in UTF-8"
        try:
            doc = self.annotator.annotate(text)
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

            return True, render_text(doc.to_dict(profile=self.profile))
        except Exception as e:  # a failure of one input must not stop the stream
            return False, f"{type(e).__name__}: {e}"


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
    """A one-line progress counter on stderr, only for long jobs on a terminal."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0

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
        sys.stderr.write(f"\rclaimscope: {msg} inputs, {rate:.1f}/s ")
        sys.stderr.flush()

    def clear(self) -> None:
        """Erase the progress line (before printing a message)."""
        if self.enabled and self.shown:
            sys.stderr.write("\r\x1b[K")

    def finish(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


# -- writing --------------------------------------------------------------------------


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
        single: bool,
        one: bool,
        *,
        escape_formulas: bool = True,
    ) -> None:
        self.one = one  # a single input: text view without a heading
        self.out = out
        self.fmt = fmt
        self.id_key = id_key
        self.single = single
        self.escape_formulas = escape_formulas
        self.count = 0
        self.html: list[str] = []

    def begin(self) -> None:
        if self.fmt == "csv":
            write_csv((), self.out, extra_columns=(self.id_key,))
        elif self.fmt == "json" and not self.single:
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
        if self.fmt in ("json", "jsonl") and not self.single:
            line = "" if item.line is None else f', "line": {item.line}'
            key = json.dumps(self.id_key)
            self._record(f'{{{key}: {self._key(item)}{line}, "error": {json.dumps(reason)}}}')

    def result(self, item: _Input, payload: Any) -> None:
        if self.single:
            self._write("", payload, "\n")
        elif self.fmt in ("json", "jsonl"):
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
            self.html.append(_titled(payload, str(item.key)))
        elif self.one:
            self.out.write(payload)
        else:
            self.out.write(f"== {item.key} ==\n{payload}\n")

    def end(self) -> None:
        if self.fmt == "json" and not self.single:
            self.out.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "html":
            from claimscope.render import html_page

            self.out.write(html_page(self.html, title="claimscope"))
        self.out.flush()


def _titled(fragment: str, title: str) -> str:
    body = fragment.split("</style>", 1)[1] if fragment.startswith("<style>") else fragment
    return f"<section><h2>{html.escape(title)}</h2>{body}</section>"


def _worker_died(task: tuple[str | None, str | None], error: WorkerError) -> tuple[bool, Any]:
    """The CLI's result for an input whose worker died twice: an error record."""
    return False, f"not annotated: {error.cause} while annotating it, also when retried alone"


def _annotate(args: argparse.Namespace) -> int:
    from claimscope._pool import ordered_map

    fmt = args.format or ("jsonl" if args.jsonl_field else "json")
    if args.id_field is not None and not args.jsonl_field:
        _warn("claimscope: --id-field needs --jsonl-field")
        return EXIT_USAGE
    output = args.output
    if args.resume is not None:
        if fmt != "jsonl":
            _warn(f"claimscope: --resume needs --format jsonl, not {fmt}")
            return EXIT_USAGE
        if output is not None and os.path.abspath(output) != os.path.abspath(args.resume):
            _warn("claimscope: --resume OUT writes to OUT; leave out -o or give the same file")
            return EXIT_USAGE
        output = args.resume
    if (args.csv_raw or args.excel) and fmt != "csv":
        _warn(f"claimscope: --csv-raw and --excel apply to --format csv, not {fmt}")
        return EXIT_USAGE
    id_key = args.id_field or "id"
    records = bool(args.jsonl_field)
    if records:
        inputs = _records(args.files, args.jsonl_field, id_key)
        total = None
    else:
        inputs = _files(args.files)
        total = len(args.files)
    done: set[str] = set()
    try:
        if args.resume is not None:
            done = _prepare_resume(args.resume, id_key)
        out = _open_output(output, append=args.resume is not None, bom=args.excel)
    except OSError as e:
        _warn(f"claimscope: cannot write {output}: {_describe(e)}")
        return EXIT_USAGE
    if done and not args.quiet:
        _warn(f"claimscope: resuming {args.resume}: {len(done)} documents already there")
    one = not records and total == 1
    writer = _Writer(
        out,
        fmt,
        id_key,
        single=fmt == "json" and one,
        one=one,
        escape_formulas=not args.csv_raw,
    )
    in_flight: deque[_Input] = deque()

    def tasks() -> Iterator[tuple[str | None, str | None]]:
        for item in inputs:
            if done and _id_token(item.key) in done:
                continue
            in_flight.append(item)
            yield item.text, item.error

    job = _Job(Annotator(), fmt, args.profile, stream=args.processes == 1)
    results = ordered_map(
        job,
        tasks(),
        n_process=args.processes,
        batch_size=args.batch_size,
        on_worker_death=_worker_died,
        on_retry=lambda cause: _warn(f"claimscope: {cause}; retrying its records one at a time"),
    )
    progress = _Progress(total, _stderr_is_tty() and not args.quiet)
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
            if records:
                where = "" if item.line is None else f"line {item.line}"
                if item.key is not None:
                    where += f" (id {writer._key(item)})"
                label = f"{where}: " if where else ""
            else:
                label = f"{item.key}: "
            progress.clear()
            _warn(f"claimscope: {label}{payload}")
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None and args.command == "evaluate":
        from claimscope.evaluation import run

        handler = run
    if handler is None:  # pragma: no cover - every command sets one
        parser.error(f"no handler for command {args.command!r}")
    try:
        return int(handler(args))
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        return 130
