"""The ``factcheck`` command: a thin shell over the library.

Only this module parses arguments, prints, and maps errors to exit codes.

Exit codes: 0 every claim supported; 1 some claim contradicted or unsupported; 2 bad input;
3-13 the other ``FactcheckError`` branches (see ``factcheck.errors``); 130 interrupted;
141 the reader of stdout went away.
A batch (``summarize`` over several sources) exits with the highest of its sources' codes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

from factcheck import __version__
from factcheck.batch import DEFAULT_CONCURRENCY
from factcheck.errors import FactcheckError, InputError
from factcheck.models import Verdict

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"factcheck: error: {message} (see --help)\n")


def _cmd_check(args: argparse.Namespace) -> int:
    from factcheck.article import load_article, read_text
    from factcheck.checker import check_text
    from factcheck.render import render_report

    if args.source == "-" and args.text == "-":
        raise InputError("the source and the text cannot both be read from standard input")
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

    sources = list(args.source)
    if not sources and args.from_file is None:
        raise InputError("give a SOURCE or --from-file FILE")
    if args.output is not None and args.output_dir is not None:
        raise InputError("--output and --output-dir cannot be used together")
    if args.from_file is not None:
        from factcheck.batch import read_source_list

        sources += read_source_list(args.from_file)
    if len(sources) != 1 or args.from_file is not None or args.output_dir is not None:
        return _summarize_batch(args, sources)

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"factcheck: {message}", file=sys.stderr, flush=True)

    result = summarize(
        sources[0],
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


def _summarize_batch(args: argparse.Namespace, sources: list[str]) -> int:
    """Several sources: each one's output as soon as it finishes; a failure costs only itself.

    Exit code: the highest of the sources' own codes (0 succeeded and nothing fails --fail-on,
    1 something does, 2-13 the source's error), so any failure outranks any flagged figure.
    """
    import contextlib
    from pathlib import Path

    from factcheck.batch import json_line, output_name, summarize_many
    from factcheck.render import md_escape, render_result

    if not sources:
        raise InputError(f"{args.from_file}: lists no sources")
    if args.format == "html" and args.output_dir is None:
        raise InputError("--format html with several sources needs --output-dir DIR")
    if "-" in sources and args.from_file == "-":
        raise InputError("standard input holds the list of sources; it cannot be a source too")
    folder = None if args.output_dir is None else Path(args.output_dir)
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create {folder} ({exc.strerror or exc})") from exc
    failing = FAIL_ON[args.fail_on]
    total = len(sources)

    def say(message: str) -> None:
        if not args.quiet:
            # One write per line: sources start in worker threads, and print() writes the
            # newline separately, which interleaves lines.
            sys.stderr.write(f"factcheck: {message}\n")
            sys.stderr.flush()

    def started(index: int, source: str) -> None:
        if not args.quiet:
            sys.stderr.write(f"[{index + 1}/{total}] summarizing {source}\n")
            sys.stderr.flush()

    with contextlib.ExitStack() as stack:
        out = sys.stdout
        if args.output is not None:
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8"))
            except OSError as exc:
                raise InputError(f"cannot write {args.output} ({exc.strerror or exc})") from exc
        items = stack.enter_context(
            contextlib.closing(
                summarize_many(
                    sources,
                    concurrency=args.concurrency,
                    on_start=started,
                    offline=args.offline,
                    model=args.model,
                    base_url=args.base_url,
                    prompts_dir=args.prompts_dir,
                    repair_rounds=args.repair_rounds,
                    allow_private_hosts=args.allow_private_hosts,
                )
            )
        )
        status = EXIT_OK
        for item in items:
            if item.error is not None:
                message = item.error.message
                # Most messages already start with the file or URL; name it once.
                if message.startswith(item.source):
                    message = message[len(item.source) :].lstrip(" :") or message
                sys.stderr.write(f"factcheck: error: {item.source}: {message}\n")
                status = max(status, item.error.exit_code)
                if args.format == "json" and folder is None:
                    out.write(json_line(item))
                    out.flush()
                continue
            assert item.result is not None
            flagged = sum(1 for check in item.result.claims if check.verdict in failing)
            if flagged:
                say(f"{item.source}: {flagged} figure(s) fail --fail-on {args.fail_on}")
                status = max(status, EXIT_FLAGGED)
            if folder is not None:
                path = folder / output_name(item.index, item.source, args.format)
                rendered = render_result(item.result, args.format)
                try:
                    path.write_text(rendered, encoding="utf-8")
                except OSError as exc:
                    # Nothing is lost: the result the run paid for goes to stdout instead.
                    print(
                        f"factcheck: error: {item.source}: cannot write {path} "
                        f"({exc.strerror or exc}); the result follows on standard output",
                        file=sys.stderr,
                    )
                    sys.stdout.write(rendered)
                    status = max(status, InputError.exit_code)
                else:
                    say(f"wrote {item.source} to {path}")
            elif args.format == "json":
                out.write(json_line(item))
            else:
                options = _terminal_options() if args.output is None else {}
                if args.format == "markdown":
                    out.write(f"# {md_escape(item.source)}\n\n")
                else:
                    out.write(f"==> {item.source} <==\n\n")
                out.write(render_result(item.result, args.format, **options) + "\n")
            out.flush()
    return status


def _whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number of at least ``minimum``."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, got {number}")
        return number

    return parse


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
            "3-13 on configuration, fetching and model failures. With several sources (or "
            "--from-file, or --output-dir) each is summarized on its own and written as soon as "
            "it finishes: --format json writes JSON Lines, one object per source with its "
            "result or its error; a failed source does not stop the others; the exit code is "
            "the highest of the sources' own codes."
        ),
    )
    summarize.add_argument(
        "source",
        metavar="SOURCE",
        nargs="*",
        help="the article: a URL, an .html/.txt/.md file, or -; several run as a batch",
    )
    summarize.add_argument(
        "--from-file",
        metavar="FILE",
        help="also summarize the sources listed in FILE, one a line (# comments; - for stdin)",
    )
    summarize.add_argument(
        "--output-dir",
        metavar="DIR",
        help="batch: write each source's output to its own file in DIR (needed for html)",
    )
    summarize.add_argument(
        "--concurrency",
        type=_whole_number(1),
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"batch: sources summarized at once (default: {DEFAULT_CONCURRENCY})",
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
        type=_whole_number(0),
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


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        from factcheck.serve import run
    except ImportError as exc:
        from factcheck.errors import ConfigError

        raise ConfigError(
            f"factcheck serve needs the serve extra ({exc.name or exc} is missing): "
            "pip install 'factcheck[serve]'"
        ) from exc
    from factcheck.settings import resolve_serve_settings

    limits = resolve_serve_settings(
        max_body_bytes=args.max_body_bytes,
        max_concurrent=args.max_concurrent,
        deadline=args.deadline,
    )
    run(args.host, args.port, limits, allow_private_hosts=args.allow_private_hosts)
    return EXIT_OK


def _add_serve(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = commands.add_parser(
        "serve",
        help="run the HTTP API and the page (needs the serve extra)",
        description=(
            "Serve the HTTP API (POST /v1/check, POST /v1/summarize, GET /v1/schema, "
            "/openapi.json, /healthz) and a page at / for editors. With FACTCHECK_SERVE_TOKEN "
            "set, every /v1/ request needs 'Authorization: Bearer TOKEN'; without it, only a "
            "loopback --host is allowed. Stop it with Ctrl-C."
        ),
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument(
        "--port", type=_whole_number(0), default=8000, help="port to listen on (8000)"
    )
    serve.add_argument(
        "--max-concurrent",
        type=_whole_number(1),
        metavar="N",
        help="requests worked on at once; more get 503 (FACTCHECK_SERVE_MAX_CONCURRENT, 8)",
    )
    serve.add_argument(
        "--deadline",
        type=float,
        metavar="SECONDS",
        help="a request still running after this gets 504 (FACTCHECK_SERVE_DEADLINE, 120)",
    )
    serve.add_argument(
        "--max-body-bytes",
        type=_whole_number(1024),
        metavar="N",
        help="largest request body; more gets 413 (FACTCHECK_SERVE_MAX_BODY_BYTES, 6000000)",
    )
    serve.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="let source_url reach this machine or a private network (refused by default)",
    )
    serve.set_defaults(handler=_cmd_serve)


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
    _add_serve(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    # argparse fills a nargs="*" positional once, so in `summarize a.html --format json b.html`
    # the sources after an option come back unparsed: they are more sources.
    if extras and args.command == "summarize" and all(e == "-" or e[:1] != "-" for e in extras):
        args.source += extras
    elif extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    try:
        return int(args.handler(args))
    except FactcheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`factcheck ... | head`): stop quietly, as Unix tools do. Point
        # stdout at /dev/null so the interpreter's final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
