"""The ``claimscope`` command line (also ``python -m claimscope``).

Exit status: 0 on success, 1 when some input could not be processed (the others still
are, and each failure is reported on stderr with its name), 2 on a usage error. No
user error prints a traceback, and a closed stdout (``claimscope ... | head``) ends the
run quietly.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from claimscope._cli_annotate import EXIT_SOME_FAILED, FORMATS, _annotate, _silence_stdout

__all__ = ["build_parser", "main"]


_EPILOG = """\
examples:
  claimscope annotate article.txt --format text
  claimscope annotate a.txt b.txt --format jsonl -o claims.jsonl
  cat article.txt | claimscope annotate - --format html -o view.html
  claimscope annotate news.jsonl --jsonl-field text --id-field id -j 4 > out.jsonl
  claimscope annotate *.txt -j 2 -o claims.csv

formats (--format; without it, -o OUT's extension decides: .json .jsonl .csv
.html/.htm .txt (text); otherwise json, or jsonl with --jsonl-field or --resume):
  json   an array of {"id", "document"} objects, one per input, also for a
         single input; failures as {"id", "line", "error"}
  jsonl  one {"id", "document"} object a line; failures as {"id", "line", "error"}
  csv    one row per claim: an id column, then the stable claim columns
  html   one standalone page, claims highlighted (open it in a browser); each
         file's heading is its name, without the folder
  text   a readable terminal view: each claim with source, type and confidence
  --profile adds a source profile to json, jsonl and text; csv and html refuse it.

byte order mark:
  a text starting with U+FEFF (a UTF-8 BOM) keeps it in the document's text, but
  no sentence, claim or source span includes it: offsets index the text as read.

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
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_annotate_parser(commands)
    try:
        from claimscope.evaluation import add_evaluate_parser
    except ImportError:  # the evaluate command is optional
        pass
    else:
        add_evaluate_parser(commands)
    return parser


def _add_annotate_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
        help="output format (default: from -o's extension, else json, or jsonl with --jsonl-field)",
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
    _add_run_options(annotate)
    annotate.set_defaults(handler=_annotate)


def _add_run_options(annotate: argparse.ArgumentParser) -> None:
    """The options of ``annotate`` that shape the run and its output."""
    annotate.add_argument(
        "-j",
        "--jobs",
        "--processes",
        dest="jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="annotate with N worker processes; output stays in input order "
        "(--processes is the old name)",
    )
    annotate.add_argument(
        "--batch-size", type=_positive, default=16, metavar="N", help=argparse.SUPPRESS
    )
    annotate.add_argument(
        "--profile",
        action="store_true",
        help="add a source profile (shares by source type and confidence) to json, "
        "jsonl and text output (refused by csv and html)",
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
    annotate.add_argument(
        "--lexicon-dir",
        metavar="DIR",
        help="user lexicons: DIR/NAME.txt adds entries to the lexicon NAME (outlets, "
        "roles, reporting, hedges...), DIR/NAME.remove.txt removes shipped ones; same "
        "format as the shipped files (see docs/customising.md)",
    )
    annotate.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress line on stderr (shown only on a terminal: the inputs done, and "
        "for a text that takes over a second, its characters done; with -j 1 only)",
    )


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
