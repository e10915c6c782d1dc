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
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from typing import IO, Any

import attrs

from claimscope.io import parse_jsonl_line, write_csv
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

exit status:
  0  every input was annotated
  1  some input failed (missing, a directory, not UTF-8, a bad JSONL record);
     each is reported on stderr and the others are still processed
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
    annotate.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
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


@attrs.frozen
class _Job:
    """Annotate one input and render it; never raises."""

    annotator: Annotator
    format: str
    profile: bool

    def __call__(self, task: tuple[str | None, str | None]) -> tuple[bool, Any]:
        text, error = task
        if text is None:
            return False, error or "no text"
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as e:
            return False, f"the text holds {text[e.start]!r} at {e.start}, not valid in UTF-8"
        try:
            doc = self.annotator.annotate(text)
            if self.format in ("json", "jsonl"):
                indent = 2 if self.format == "json" else None
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


def _open_output(name: str | None) -> IO[str]:
    if name is None:
        stream = sys.stdout
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8")
        return stream
    return open(name, "w", encoding="utf-8", newline="")


class _Writer:
    """Writes each result in the chosen format as it arrives (streaming)."""

    def __init__(self, out: IO[str], fmt: str, id_key: str, single: bool, one: bool) -> None:
        self.one = one  # a single input: text view without a heading
        self.out = out
        self.fmt = fmt
        self.id_key = id_key
        self.single = single
        self.count = 0
        self.html: list[str] = []

    def begin(self) -> None:
        if self.fmt == "csv":
            write_csv((), self.out, extra_columns=(self.id_key,))
        elif self.fmt == "json" and not self.single:
            self.out.write("[")

    def _record(self, body: str) -> None:
        if self.fmt == "jsonl":
            self.out.write(body + "\n")
        else:
            self.out.write(("\n" if self.count == 0 else ",\n") + body)
        self.count += 1

    def error(self, item: _Input, reason: str) -> None:
        if self.fmt in ("json", "jsonl") and not self.single:
            line = "" if item.line is None else f', "line": {item.line}'
            key = json.dumps(self.id_key)
            self._record(f'{{{key}: {json.dumps(item.key)}{line}, "error": {json.dumps(reason)}}}')

    def result(self, item: _Input, payload: Any) -> None:
        if self.single:
            self.out.write(payload + "\n")
        elif self.fmt in ("json", "jsonl"):
            key = json.dumps(self.id_key)
            self._record(f'{{{key}: {json.dumps(item.key)}, "document": {payload}}}')
        elif self.fmt == "csv":
            rows = [{self.id_key: item.key, **row} for row in payload]
            write_csv(rows, self.out, extra_columns=(self.id_key,), header=False)
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


def _annotate(args: argparse.Namespace) -> int:
    from claimscope._pool import ordered_map

    fmt = args.format or ("jsonl" if args.jsonl_field else "json")
    if args.id_field is not None and not args.jsonl_field:
        print("claimscope: --id-field needs --jsonl-field", file=sys.stderr)
        return EXIT_USAGE
    id_key = args.id_field or "id"
    records = bool(args.jsonl_field)
    if records:
        inputs = _records(args.files, args.jsonl_field, id_key)
        total = None
    else:
        inputs = _files(args.files)
        total = len(args.files)
    try:
        out = _open_output(args.output)
    except OSError as e:
        print(f"claimscope: cannot write {args.output}: {_describe(e)}", file=sys.stderr)
        return EXIT_USAGE
    one = not records and total == 1
    writer = _Writer(out, fmt, id_key, single=fmt == "json" and one, one=one)
    in_flight: deque[_Input] = deque()

    def tasks() -> Iterator[tuple[str | None, str | None]]:
        for item in inputs:
            in_flight.append(item)
            yield item.text, item.error

    job = _Job(Annotator(), fmt, args.profile)
    results = ordered_map(job, tasks(), n_process=args.processes, batch_size=args.batch_size)
    progress = _Progress(total, sys.stderr.isatty() and not args.quiet)
    status = EXIT_OK
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
                    where += f" (id {json.dumps(item.key)})"
                label = f"{where}: " if where else ""
            else:
                label = f"{item.key}: "
            progress.clear()
            print(f"claimscope: {label}{payload}", file=sys.stderr)
            writer.error(item, payload)
        writer.end()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_SOME_FAILED
    finally:
        results.close()  # type: ignore[attr-defined]
        progress.finish()
        if out is not sys.stdout:
            out.close()
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
