"""The ``factcheck`` command: a thin shell over the library.

Only this module parses arguments, prints, and maps errors to exit codes.

Exit codes: 0 every claim supported; 1 some claim contradicted or unsupported; 2 bad input;
3-13 the other ``FactcheckError`` branches (see ``factcheck.errors``); 130 interrupted.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from typing import Any

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError
from factcheck.models import Verdict

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

    source = load_article(args.source, allow_private_hosts=args.allow_private_hosts)
    text = read_text(args.text)
    report = check_text(source.text, text)
    sys.stdout.write(
        render_report(report, args.format, source=source, text=text, **_terminal_options())
    )
    return EXIT_OK if report.all_supported else EXIT_FLAGGED


def _terminal_options() -> dict[str, Any]:
    """Colour and width for the table view: colour only on a terminal without NO_COLOR."""
    from factcheck.settings import color_enabled

    isatty = sys.stdout.isatty()
    return {
        "color": color_enabled(isatty),
        "width": shutil.get_terminal_size().columns if isatty else None,
    }


def _cmd_schema(args: argparse.Namespace) -> int:
    from factcheck.render import result_schema

    sys.stdout.write(result_schema())
    return EXIT_OK


FAIL_ON = {
    "contradicted": {Verdict.CONTRADICTED},
    "unsupported": {Verdict.CONTRADICTED, Verdict.UNSUPPORTED},
    "never": set(),
}


def _cmd_summarize(args: argparse.Namespace) -> int:
    from factcheck.pipeline import summarize
    from factcheck.render import render_result

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"factcheck: {message}", file=sys.stderr, flush=True)

    result = summarize(
        args.source,
        offline=args.offline,
        model=args.model,
        base_url=args.base_url,
        prompts_dir=args.prompts_dir,
        repair_rounds=args.repair_rounds,
        allow_private_hosts=args.allow_private_hosts,
        progress=progress,
    )
    rendered = render_result(
        result, args.format, **(_terminal_options() if args.output is None else {})
    )
    status = EXIT_OK
    if args.output is None:
        sys.stdout.write(rendered)
    else:
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(rendered)
        except OSError as exc:
            # Nothing is lost: the result the run paid for goes to stdout instead.
            print(
                f"factcheck: error: cannot write {args.output} ({exc.strerror or exc}); "
                "the result follows on standard output",
                file=sys.stderr,
            )
            sys.stdout.write(rendered)
            status = InputError.exit_code
        else:
            progress(f"wrote {args.format} to {args.output}")
    failing = FAIL_ON[args.fail_on]
    flagged = sum(1 for check in result.claims if check.verdict in failing)
    if flagged:
        progress(f"{flagged} figure(s) {' or '.join(sorted(map(str, failing)))} (--fail-on)")
    return status or (EXIT_FLAGGED if flagged else EXIT_OK)


def _repair_rounds(value: str) -> int:
    try:
        rounds = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if rounds < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {rounds}")
    return rounds


def _add_summarize(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    summarize = commands.add_parser(
        "summarize",
        help="summarize an article and check every number in the summary against it",
        description=(
            "Summarize an article (a URL, an .html/.txt/.md file, or - for stdin) and check "
            "every figure in the headline, summary, key points and claims against it. Uses the "
            "LLM at OPENAI_BASE_URL / OPENAI_API_KEY when set, otherwise (or with --offline) "
            "the extractive engine, which quotes the article's own sentences. Progress goes to "
            "stderr. Exit 0 when nothing fails --fail-on, 1 when something does, 2 on bad input, "
            "3-13 on configuration, fetching and model failures."
        ),
    )
    summarize.add_argument(
        "source", metavar="SOURCE", help="the article: a URL, an .html/.txt/.md file, or -"
    )
    summarize.add_argument("--model", metavar="M", help="model name (default: FACTCHECK_MODEL)")
    summarize.add_argument(
        "--base-url", metavar="U", help="OpenAI-compatible endpoint (default: OPENAI_BASE_URL)"
    )
    summarize.add_argument(
        "--offline",
        action="store_true",
        help="use no model: the extractive engine, even when an endpoint is configured",
    )
    repair = summarize.add_mutually_exclusive_group()
    repair.add_argument(
        "--repair-rounds",
        type=_repair_rounds,
        default=1,
        metavar="N",
        help="rounds of sending flagged figures back to the model (default: 1)",
    )
    repair.add_argument(
        "--no-repair",
        dest="repair_rounds",
        action="store_const",
        const=0,
        help="keep the first draft as it is (same as --repair-rounds 0)",
    )
    summarize.add_argument(
        "--format",
        choices=["table", "json", "markdown", "html"],
        default="table",
        help="output format (default: table)",
    )
    summarize.add_argument(
        "--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout"
    )
    summarize.add_argument(
        "--fail-on",
        choices=list(FAIL_ON),
        default="unsupported",
        help=(
            "exit 1 when a figure is contradicted; or contradicted or unsupported (the "
            "default); or never"
        ),
    )
    summarize.add_argument(
        "--prompts-dir",
        metavar="DIR",
        help="a folder of prompt templates overriding the packaged ones",
    )
    summarize.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="allow fetching URLs on this machine or a private network (off: SSRF guard)",
    )
    summarize.add_argument(
        "--quiet", "-q", action="store_true", help="print no progress on stderr"
    )
    summarize.set_defaults(handler=_cmd_summarize)


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
    check.add_argument(
        "text", metavar="TEXT_FILE", help="the text to check: a file, or - for stdin"
    )
    check.add_argument(
        "--format",
        choices=["table", "json", "markdown", "html"],
        default="table",
        help="output format (default: table); html is a standalone report with the source's "
        "figures marked",
    )
    check.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="let a SOURCE URL resolve to a loopback or private address (refused by default)",
    )
    check.set_defaults(handler=_cmd_check)
    _add_summarize(commands)
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of summarize's --format json output",
        description=(
            "Print the JSON Schema (draft 2020-12) of the Result that `factcheck summarize "
            "--format json` writes, for validating it in other tools."
        ),
    )
    schema.set_defaults(handler=_cmd_schema)
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
