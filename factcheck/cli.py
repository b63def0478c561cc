"""The ``factcheck`` command: a thin shell over the library.

Only this module parses arguments, prints, and maps errors to exit codes.

Exit codes: 0 every claim supported; 1 some claim contradicted or unsupported; 2 bad input;
3-13 the other ``FactcheckError`` branches (see ``factcheck.errors``); 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from factcheck import __version__
from factcheck.errors import FactcheckError

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"factcheck: error: {message} (see --help)\n")


def _cmd_check(args: argparse.Namespace) -> int:
    from factcheck.article import load_article, read_text
    from factcheck.checker import check_text
    from factcheck.render import render_report

    source = load_article(args.source)
    text = read_text(args.text)
    report = check_text(source.text, text)
    sys.stdout.write(render_report(report, args.format))
    return EXIT_OK if report.all_supported else EXIT_FLAGGED


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Summarize news articles and check every number against the source.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    check = commands.add_parser(
        "check",
        help="check every number in a text against a source article",
        description=(
            "Check every quantity-bearing sentence of TEXT_FILE against the source article. "
            "Exit 0 when all are supported, 1 when any is contradicted or unsupported, "
            "2 on bad input."
        ),
    )
    check.add_argument(
        "--source", required=True, metavar="SOURCE", help="the article: a file, a URL, or -"
    )
    check.add_argument("text", metavar="TEXT_FILE", help="the text to check: a file, or - for stdin")
    check.add_argument(
        "--format", choices=["table", "json"], default="table", help="output format"
    )
    check.set_defaults(handler=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except FactcheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
