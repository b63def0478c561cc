"""The ``factcheck`` command: a thin shell over the library.

Only this module parses arguments, prints, and maps errors to exit codes.

Exit codes: 0 every claim supported; 1 some claim contradicted or unsupported; 2 bad input;
3-15 and 70 the other ``FactcheckError`` branches (see ``factcheck.errors``; 70 is a bug,
reported as one line with the traceback saved to a file); 130 interrupted; 141 the reader of
stdout went away. A batch (``summarize`` over several sources) exits with the highest of its
sources' codes.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import json
import logging
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from factcheck import __version__
from factcheck.batch import DEFAULT_CONCURRENCY
from factcheck.errors import FactcheckError, InputError, InternalError, OutputError, safe_text
from factcheck.models import Verdict

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2, with a "did you mean"
    for a mistyped subcommand or choice."""

    def error(self, message: str) -> None:  # type: ignore[override]
        invalid = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if invalid:
            choices = re.findall(r"'([^']*)'", invalid.group(2))
            message += _did_you_mean(invalid.group(1), choices)
        self.exit(2, f"factcheck: error: {message} (see --help)\n")


def _did_you_mean(word: str, known: Sequence[str]) -> str:
    """ "; did you mean 'x'?" when ``word`` is close to one of ``known``, else ""."""
    name = word.split("=", 1)[0]
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _unknown_options(
    parser: argparse.ArgumentParser, args: argparse.Namespace, extras: list[str]
) -> str:
    """The "unrecognized arguments" message, with a suggestion for the first mistyped flag."""
    message = f"unrecognized arguments: {' '.join(extras)}"
    command = getattr(args, "command", None)
    known = [o for a in parser._actions for o in a.option_strings]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            known += [o for a in action.choices[command]._actions for o in a.option_strings]
    for word in extras:
        if word.startswith("-"):
            hint = _did_you_mean(word, known)
            if hint:
                return message + hint
    return message


def _cmd_check(args: argparse.Namespace) -> int:
    from factcheck.article import load_article, read_text
    from factcheck.checker import check_text
    from factcheck.render import render_report

    if args.source == "-" and args.text == "-":
        raise InputError("the source and the text cannot both be read from standard input")
    if _keeps_existing(args):
        return EXIT_OK
    import time

    started = time.perf_counter()
    source = load_article(args.source, allow_private_hosts=args.allow_private_hosts)
    text = read_text(args.text)
    report = check_text(source.text, text)
    log.info(
        "checked %d sentence(s) of %s against %s in %.2f s",
        len(report.checks),
        args.text,
        source.url or args.source,
        time.perf_counter() - started,
    )
    options = _terminal_options() if args.output is None else {}
    rendered = render_report(
        report, args.format, source=source, text=text, only_flagged=args.only_flagged, **options
    )
    return _deliver(args, rendered, report.checks)


def _say_for(args: argparse.Namespace) -> Callable[[str], None]:
    def say(message: str) -> None:
        if not args.quiet:
            _err(f"factcheck: {message}")

    return say


def _keeps_existing(args: argparse.Namespace) -> bool:
    """Before one source is worked on: refuse to replace what ``--output`` already holds unless
    ``--overwrite``; with ``--resume``, keep it (True: there is nothing to do)."""
    from factcheck.output import holds_output

    if args.output is not None and holds_output(args.output) and not args.overwrite:
        if not args.resume:
            raise InputError(
                f"{args.output} already holds a result: pass --resume to keep it, or --overwrite "
                "to replace it"
            )
        _say_for(args)(f"kept {args.output}: it already holds a result (--resume)")
        return True
    if args.resume and args.output is None:
        where = " or --output-dir DIR" if hasattr(args, "output_dir") else ""
        raise InputError(f"--resume needs --output FILE{where} to resume from")
    return False


def _deliver(args: argparse.Namespace, rendered: str, checks: Sequence[Any]) -> int:
    """Write one rendering to ``--output`` (whole or not at all) or stdout; the exit status
    from ``--fail-on``. A file that cannot be written costs nothing: the rendering goes to
    stdout instead and the exit code is OutputError's."""
    from factcheck.output import StreamSink, write_atomic

    say = _say_for(args)
    status = EXIT_OK
    if args.output is None:
        StreamSink(sys.stdout).write(rendered)
    else:
        try:
            write_atomic(args.output, rendered)
        except OutputError as exc:
            # Nothing is lost: the result the run paid for goes to stdout instead.
            _err(f"factcheck: error: {exc}; the result follows on standard output")
            StreamSink(sys.stdout).write(rendered)
            status = OutputError.exit_code
        else:
            say(f"wrote {args.format} to {args.output}")
    failing = FAIL_ON[args.fail_on]
    flagged = sum(1 for check in checks if check.verdict in failing)
    if flagged:
        say(f"{flagged} figure(s) {' or '.join(sorted(map(str, failing)))} (--fail-on)")
    return status or (EXIT_FLAGGED if flagged else EXIT_OK)


def _terminal_options() -> dict[str, Any]:
    """Colour and width for the table view: colour only on a terminal without NO_COLOR."""
    from factcheck.settings import color_enabled

    isatty = sys.stdout is not None and sys.stdout.isatty()
    return {
        "color": color_enabled(isatty),
        "width": shutil.get_terminal_size().columns if isatty else None,
    }


def _cmd_schema(args: argparse.Namespace) -> int:
    from factcheck.output import StreamSink
    from factcheck.render import check_schema, result_schema

    StreamSink(sys.stdout).write(check_schema() if args.document == "check" else result_schema())
    return EXIT_OK


def _cmd_config(args: argparse.Namespace) -> int:
    from factcheck.output import StreamSink
    from factcheck.settings import config_path, describe_settings

    if args.path:
        StreamSink(sys.stdout).write(f"{config_path()}\n")
        return EXIT_OK
    rows = describe_settings(CLI_DEFAULTS)
    width = max(len(name) for name, _, _ in rows)
    value_width = max(len(value) for _, value, _ in rows)
    lines = [
        f"{name:<{width}}  {value:<{value_width}}  {origin}".rstrip()
        for name, value, origin in rows
    ]
    StreamSink(sys.stdout).write("\n".join(safe_text(line) for line in lines) + "\n")
    return EXIT_OK


FAIL_ON = {
    "contradicted": {Verdict.CONTRADICTED},
    "unsupported": {Verdict.CONTRADICTED, Verdict.UNSUPPORTED},
    "never": set(),
}
# The defaults a flag, its environment variable or the config file can change (settings.py).
CLI_DEFAULTS: dict[str, Any] = {
    "format": "table",
    "fail_on": "unsupported",
    "concurrency": DEFAULT_CONCURRENCY,
}
FORMATS = ["table", "json", "markdown", "html"]


def _err(line: str) -> None:
    """One line on stderr, credentials and bidi controls neutralised; one write, so lines from
    worker threads never interleave. A stderr that cannot be written is not worth a crash."""
    try:
        sys.stderr.write(safe_text(line) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _cmd_summarize(args: argparse.Namespace) -> int:
    from factcheck.pipeline import summarize
    from factcheck.render import render_result

    sources = list(args.source)
    if not sources and args.from_file is None:
        raise InputError("give a SOURCE or --from-file FILE")
    if not args.offline:
        from factcheck.settings import require_endpoint, resolve_settings

        # Once, before any source runs: a model asked for with no endpoint is a usage error.
        require_endpoint(resolve_settings(model=args.model, base_url=args.base_url))
    if args.output is not None and args.output_dir is not None:
        raise InputError("--output and --output-dir cannot be used together")
    if args.from_file is not None:
        from factcheck.batch import read_source_list

        sources += read_source_list(args.from_file)
    if (
        len(sources) != 1
        or args.from_file is not None
        or args.output_dir is not None
        or args.via == "batch-api"
        or args.dask
    ):
        return _summarize_batch(args, sources)

    if _keeps_existing(args):
        return EXIT_OK
    result = summarize(
        sources[0],
        offline=args.offline,
        model=args.model,
        base_url=args.base_url,
        prompts_dir=args.prompts_dir,
        repair_rounds=args.repair_rounds,
        allow_private_hosts=args.allow_private_hosts,
        progress=_say_for(args),
        cache=args.cache,
    )
    options = _terminal_options() if args.output is None else {}
    rendered = render_result(result, args.format, only_flagged=args.only_flagged, **options)
    return _deliver(args, rendered, result.claims)


def _summarize_batch(args: argparse.Namespace, sources: list[str]) -> int:
    """Several sources: each one's output as soon as it finishes; a failure costs only itself.

    Exit code: the highest of the sources' own codes (0 succeeded and nothing fails --fail-on,
    1 something does, 2-14 and 70 the source's error), so any failure outranks any flagged
    figure; 15 when the output cannot be written (the run stops, what was written stays whole).
    With --resume, the sources an earlier run finished count as they did then. Progress (a bar
    on a terminal, plain lines otherwise) and a closing tally go to stderr, unless --quiet.
    """
    from factcheck._cli_progress import BatchProgress, choose_mode
    from factcheck.batch import summarize_many
    from factcheck.batch_output import InputOrder, index_line
    from factcheck.output import LineSink, StreamSink

    _check_batch(args, sources)
    failing = FAIL_ON[args.fail_on]
    total = len(sources)
    if args.output_dir is not None:
        done, status, mode = _resume_folder(args, sources), EXIT_OK, "w"
    else:
        done, status, mode = _resume_file(args, sources, failing)
    if done:
        _say(args, f"resuming: {len(done)} of {total} source(s) already done, skipped")
    if len(done) == total:
        _say(args, "nothing left to do")
        return status
    todo = [index for index in range(total) if index not in done]
    # A digest reads in the list's order; JSON Lines carry their index, and files their name.
    order = InputOrder(todo) if args.format in ("table", "markdown") else None
    if args.output_dir is not None:
        order = None
    progress = BatchProgress(total, len(done), choose_mode(args.quiet), _err)
    with contextlib.ExitStack() as stack:
        stack.enter_context(progress)
        sink: LineSink | StreamSink = StreamSink(sys.stdout)
        if args.output is not None:
            sink = stack.enter_context(LineSink(args.output, mode))
        index = None if args.output_dir is None else stack.enter_context(_open_index(args, done))
        run_many: Any = summarize_many
        if args.via == "batch-api":
            run_many = _via_batch_api(args, progress.say)
        items = stack.enter_context(
            contextlib.closing(
                run_many(
                    sources,
                    concurrency=args.concurrency,
                    skip=done,
                    dask=args.dask,
                    workers=args.workers,
                    offline=args.offline,
                    model=args.model,
                    base_url=args.base_url,
                    prompts_dir=args.prompts_dir,
                    repair_rounds=args.repair_rounds,
                    allow_private_hosts=args.allow_private_hosts,
                    cache=args.cache,
                )
            )
        )
        for item in items:
            progress.finished(_batch_outcome(item, failing))
            for ready in [item] if order is None else order.push(item):
                code, written = _write_item(args, ready, sink, failing, progress.say)
                status = max(status, code)
                if index is not None:
                    index.write(index_line(ready, written, failing))
    _finish_index(args)
    if not args.quiet:
        _err(progress.closing_line(status))
    return status


def _via_batch_api(args: argparse.Namespace, say: Callable[[str], None]) -> Any:
    """``summarize_many``'s stand-in for --via batch-api, its state file beside the output."""

    from factcheck.batch_api import summarize_via_batch_api

    if args.offline:
        raise InputError("--via batch-api sends the model calls as a batch: drop --offline")
    if args.output is None and args.output_dir is None:
        raise InputError("--via batch-api needs --output FILE or --output-dir DIR (to resume)")
    state = f"{args.output}.batch-state.json" if args.output else None
    if state is None:
        from pathlib import Path

        state = str(Path(args.output_dir) / "batch-state.json")

    def progress(line: str) -> None:
        if not args.quiet:
            say(f"factcheck: {line}")

    def run(
        sources: list[str],
        *,
        concurrency: int,
        offline: bool,
        dask: None,
        workers: int | None,
        **options: Any,
    ) -> Any:
        return summarize_via_batch_api(sources, state_path=state, progress=progress, **options)

    return run


def _batch_outcome(item: Any, failing: set[Verdict]) -> Any:
    if item.error is not None:
        return "failed"
    flagged = any(check.verdict in failing for check in item.result.claims)
    return "flagged" if flagged else "supported"


def _open_index(args: argparse.Namespace, done: set[int]) -> Any:
    """The output folder's index.jsonl, open for appending; a resumed run keeps the lines of the
    sources it skips and drops the rest (they are run again)."""
    from pathlib import Path

    from factcheck.batch_output import INDEX_FILE, kept_index_lines
    from factcheck.output import LineSink, write_atomic

    path = Path(args.output_dir) / INDEX_FILE
    kept: list[str] = []
    if done and path.is_file():
        try:
            kept = kept_index_lines(path.read_text(encoding="utf-8"), done)
        except (OSError, UnicodeDecodeError):
            kept = []
    write_atomic(path, "".join(kept))
    return LineSink(path, "a")


def _finish_index(args: argparse.Namespace) -> None:
    """Put the finished index in input order (written in finish order, line by line)."""
    if args.output_dir is None:
        return
    from pathlib import Path

    from factcheck.batch_output import INDEX_FILE, sorted_index
    from factcheck.output import write_atomic

    path = Path(args.output_dir) / INDEX_FILE
    with contextlib.suppress(OSError, UnicodeDecodeError, OutputError):
        write_atomic(path, sorted_index(path.read_text(encoding="utf-8")))


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        _err(f"factcheck: {message}")


def _check_batch(args: argparse.Namespace, sources: list[str]) -> None:
    """Refuse, before anything runs, a batch whose options cannot work together."""
    if not sources:
        raise InputError(f"{args.from_file}: lists no sources")
    if args.format == "html" and args.output_dir is None:
        raise InputError("--format html with several sources needs --output-dir DIR")
    if "-" in sources and args.from_file == "-":
        raise InputError("standard input holds the list of sources; it cannot be a source too")
    if args.dask is not None and args.via == "batch-api":
        raise InputError("--via batch-api and --dask cannot be used together")
    if args.resume and args.output_dir is None:
        if args.output is None:
            raise InputError("--resume needs --output FILE or --output-dir DIR to resume from")
        if args.format != "json":
            raise InputError(
                "--resume reads JSON Lines: use it with --format json --output FILE, "
                "or with --output-dir DIR"
            )


def _resume_folder(args: argparse.Namespace, sources: list[str]) -> set[int]:
    """Create the output folder; the indexes whose file an earlier run wrote (--resume)."""
    from factcheck.batch import output_name
    from factcheck.errors import redact_userinfo
    from factcheck.output import prepare_folder

    names = {
        index: output_name(index, redact_userinfo(source), args.format)
        for index, source in enumerate(sources)
    }
    return prepare_folder(args.output_dir, names, resume=args.resume, overwrite=args.overwrite)


def _resume_file(
    args: argparse.Namespace, sources: list[str], failing: set[Verdict]
) -> tuple[set[int], int, str]:
    """For --output: the indexes already done, the exit status they carry, the open mode."""
    from factcheck.output import prepare_lines

    if args.output is None:
        return set(), EXIT_OK, "w"
    done, kept = prepare_lines(args.output, sources, resume=args.resume, overwrite=args.overwrite)
    status = EXIT_OK
    verdicts = {str(verdict) for verdict in failing}
    for line in kept:
        claims = json.loads(line)["result"].get("claims") or []
        if any(claim.get("verdict") in verdicts for claim in claims):
            status = EXIT_FLAGGED
    return done, status, "a" if done else "w"


def _write_item(
    args: argparse.Namespace,
    item: Any,
    sink: Any,
    failing: set[Verdict],
    say: Callable[[str], None],
) -> tuple[int, str | None]:
    """Write one finished source where it goes: its exit status, and the name of the file
    written in --output-dir (None otherwise, or when nothing was written there)."""
    from factcheck.batch import json_line, output_name
    from factcheck.output import StreamSink, write_atomic
    from factcheck.render import md_escape, render_result

    if item.error is not None:
        message = item.error.message
        # Most messages already start with the file or URL; name it once.
        if message.startswith(item.source):
            message = message[len(item.source) :].lstrip(" :") or message
        say(safe_text(f"factcheck: error: {item.source}: {message}"))
        if args.format == "json" and args.output_dir is None:
            sink.write(json_line(item))
        return int(item.error.exit_code), None
    assert item.result is not None
    status = EXIT_OK
    flagged = sum(1 for check in item.result.claims if check.verdict in failing)
    if flagged:
        if not args.quiet:
            say(
                safe_text(
                    f"factcheck: {item.source}: {flagged} figure(s) fail --fail-on {args.fail_on}"
                )
            )
        status = EXIT_FLAGGED
    if args.output_dir is not None:
        from pathlib import Path

        name = output_name(item.index, item.source, args.format)
        path = Path(args.output_dir) / name
        rendered = render_result(item.result, args.format, only_flagged=args.only_flagged)
        try:
            write_atomic(path, rendered)
        except OutputError as exc:
            # Nothing is lost: the result the run paid for goes to stdout instead.
            say(
                safe_text(
                    f"factcheck: error: {item.source}: {exc}; the result follows on standard "
                    "output"
                )
            )
            StreamSink(sys.stdout).write(rendered)
            return max(status, OutputError.exit_code), None
        if not args.quiet:
            say(safe_text(f"factcheck: wrote {item.source} to {path}"))
        return status, name
    if args.format == "json":
        sink.write(json_line(item))
    else:
        options = _terminal_options() if args.output is None else {}
        if args.format == "markdown":
            head = f"# {md_escape(item.source)}\n\n"
        else:
            head = f"==> {safe_text(item.source)} <==\n\n"
        rendered = render_result(
            item.result, args.format, only_flagged=args.only_flagged, **options
        )
        sink.write(head + rendered + "\n")
    return status, None


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


def _add_summarize(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    logging_flags: argparse.ArgumentParser,
) -> None:
    summarize = commands.add_parser(
        "summarize",
        parents=[logging_flags],
        help="summarize an article and check every number in the summary against it",
        description=(
            "Summarize an article (a URL, an .html/.txt/.md file, or - for stdin) and check "
            "every figure in the headline, summary, key points and claims against it. Uses the "
            "LLM at OPENAI_BASE_URL / OPENAI_API_KEY when set, otherwise (or with --offline) "
            "the extractive engine, which quotes the article's own sentences. Progress goes to "
            "stderr. Exit 0 when nothing fails --fail-on, 1 when something does, 2 on bad input, "
            "3-14 on configuration, fetching and model failures, 15 when the output cannot be "
            "written, 70 on a bug. With several sources (or --from-file, or --output-dir) each "
            "is summarized on its own and written as soon as it finishes: --format json writes "
            "JSON Lines, one object per source with its result or its error; a failed source "
            "does not stop the others; the exit code is the highest of the sources' own codes. "
            "Output that already exists is never replaced: --resume finishes what is missing, "
            "--overwrite starts again."
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
        help="batch: write each source's output to its own file in DIR, and index.jsonl "
        "(needed for html)",
    )
    summarize.add_argument(
        "--concurrency",
        type=_whole_number(1),
        metavar="N",
        help=(
            f"batch: model requests in flight at once, chunk calls included (default: "
            f"FACTCHECK_CONCURRENCY, the config file, or {DEFAULT_CONCURRENCY})"
        ),
    )
    summarize.add_argument(
        "--workers",
        type=_whole_number(0),
        metavar="N",
        help="batch: worker processes for the CPU work (extraction, checking) while model "
        "calls wait (default: one per core, none on one core or for a small batch; 0: none)",
    )
    summarize.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="batch: run each source on the Dask cluster at ADDRESS (tcp://host:8786), or on "
        "'local': one worker process per core (needs factcheck[dask])",
    )
    summarize.add_argument(
        "--via",
        choices=["requests", "batch-api"],
        default="requests",
        help="requests: one model request per call (default); batch-api: send the drafts, "
        "then the repairs, as OpenAI Batch API jobs (cheaper, up to 24 h; needs --output or "
        "--output-dir; resumable with --resume)",
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
    _add_output_options(
        summarize,
        resume=(
            "keep what --output (JSON Lines) or --output-dir already holds and summarize only "
            "the sources missing or failed there; without it or --overwrite, output that exists "
            "is never replaced"
        ),
        overwrite="replace what --output or --output-dir already holds",
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
        "--no-cache",
        dest="cache",
        action="store_const",
        const=False,
        default=None,
        help="ask the model again even for calls the response cache holds (FACTCHECK_CACHE)",
    )
    summarize.set_defaults(handler=_cmd_summarize)


def _add_output_options(
    parser: argparse.ArgumentParser, *, resume: str, overwrite: str, html: str = ""
) -> None:
    """The options ``check`` and ``summarize`` share, so they mean the same in both."""
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: FACTCHECK_FORMAT, the config file, or table)" + html,
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write the output to FILE instead of stdout"
    )
    existing = parser.add_mutually_exclusive_group()
    existing.add_argument("--resume", action="store_true", help=resume)
    existing.add_argument("--overwrite", action="store_true", help=overwrite)
    parser.add_argument(
        "--fail-on",
        choices=list(FAIL_ON),
        help=(
            "exit 1 when a figure is contradicted; or contradicted or unsupported (the "
            "default); or never (default: FACTCHECK_FAIL_ON or the config file)"
        ),
    )
    parser.add_argument(
        "--only-flagged",
        action="store_true",
        help="table and markdown: show only the rows not supported (the totals count them all)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print no progress on stderr")


def _cmd_cache(args: argparse.Namespace) -> int:
    import sqlite3

    from factcheck.cache import ResponseCache
    from factcheck.errors import ConfigError
    from factcheck.output import StreamSink
    from factcheck.settings import resolve_cache_path

    cache = ResponseCache(resolve_cache_path())
    out = StreamSink(sys.stdout)
    if args.action == "info":
        info = cache.info()
        out.write(f"path: {info.path}\nreplies: {info.entries}\nsize: {info.size_bytes:,} bytes\n")
        return EXIT_OK
    try:
        removed = cache.clear()
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(f"cannot clear the response cache {cache.path}: {exc}") from exc
    out.write(f"removed {removed} cached repl{'y' if removed == 1 else 'ies'} from {cache.path}\n")
    return EXIT_OK


def _add_cache(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    logging_flags: argparse.ArgumentParser,
) -> None:
    cache = commands.add_parser(
        "cache",
        parents=[logging_flags],
        help="show or clear the response cache of model replies",
        description=(
            "Every valid model reply is kept in a response cache (SQLite, in the user cache "
            "folder or FACTCHECK_CACHE_DIR), so the same call is never paid for twice. "
            "'info' shows where it is, how many replies it holds and its size; 'clear' empties "
            "it."
        ),
    )
    cache.add_argument("action", choices=["info", "clear"], help="info or clear")
    cache.set_defaults(handler=_cmd_cache)


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        from factcheck.serve import run
    except ImportError as exc:
        from factcheck.errors import ConfigError

        raise ConfigError(
            f"factcheck serve needs the serve extra ({exc.name or exc} is missing): "
            "pip install 'factcheck[serve]'"
        ) from exc
    from factcheck.settings import require_endpoint, resolve_serve_settings, resolve_settings

    # A model named in the environment or the config file with no endpoint: refuse to start,
    # rather than answer every summarize request with an error.
    require_endpoint(resolve_settings())
    limits = resolve_serve_settings(
        max_body_bytes=args.max_body_bytes,
        max_concurrent=args.max_concurrent,
        deadline=args.deadline,
    )
    run(args.host, args.port, limits, allow_private_hosts=args.allow_private_hosts)
    return EXIT_OK


def _add_serve(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    logging_flags: argparse.ArgumentParser,
) -> None:
    serve = commands.add_parser(
        "serve",
        parents=[logging_flags],
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


def _logging_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """-v/--verbose and --debug, accepted before or after the subcommand."""
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        default=default,
        help="log what is done (fetches, the engine, retries, timings) on stderr",
    )
    parser.add_argument(
        "--debug", action="store_true", default=default, help="log every step on stderr"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description=(
            "Summarize news articles and check every number against the source. Defaults come "
            "from flags, then the environment, then the config file (factcheck config)."
        ),
    )
    parser.add_argument("--version", "-V", action="version", version=f"factcheck {__version__}")
    _logging_options(parser, False)
    # Given after the subcommand, they must not reset what was given before it.
    logging_flags = _Parser(add_help=False)
    _logging_options(logging_flags, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    check = commands.add_parser(
        "check",
        parents=[logging_flags],
        help="check every number in a text against a source article",
        description=(
            "Check every quantity-bearing sentence of TEXT_FILE against the source article. "
            "Exit 0 when nothing fails --fail-on, 1 when something does, 2 on bad input, "
            "3-9 on configuration and fetching failures, 15 when the output cannot be written. "
            "--format json prints a versioned document (schema_version, source, totals, "
            "checks; its JSON Schema: factcheck schema check). Output that already exists is "
            "never replaced without --overwrite."
        ),
    )
    check.add_argument(
        "--source", required=True, metavar="SOURCE", help="the article: a file, a URL, or -"
    )
    check.add_argument(
        "text", metavar="TEXT_FILE", help="the text to check: a file, or - for stdin"
    )
    _add_output_options(
        check,
        resume="keep what --output already holds and do nothing",
        overwrite="replace what --output already holds",
        html="; html is a standalone report with the source's figures marked",
    )
    check.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="let a SOURCE URL resolve to a loopback or private address (refused by default)",
    )
    check.set_defaults(handler=_cmd_check)
    _add_summarize(commands, logging_flags)
    schema = commands.add_parser(
        "schema",
        parents=[logging_flags],
        help="print the JSON Schema of summarize's or check's --format json output",
        description=(
            "Print the JSON Schema (draft 2020-12) of what `factcheck summarize --format json` "
            "writes (a Result; the default), or with `check`, of what `factcheck check --format "
            "json` writes, for validating it in other tools."
        ),
    )
    schema.add_argument(
        "document",
        nargs="?",
        choices=["result", "check"],
        default="result",
        help="result (summarize's output, the default) or check (check's output)",
    )
    schema.set_defaults(handler=_cmd_schema)
    config = commands.add_parser(
        "config",
        parents=[logging_flags],
        help="show the settings in effect and where each comes from",
        description=(
            "Show the settings in effect (model, base URL, whether a key is set, format, "
            "fail-on, concurrency) and where each comes from: a flag, the environment, the "
            "config file (TOML, at FACTCHECK_CONFIG or in the user config folder) or the "
            "default. Keys are never shown."
        ),
    )
    config.add_argument(
        "--path", action="store_true", help="print only where the config file is looked for"
    )
    config.set_defaults(handler=_cmd_config)
    _add_serve(commands, logging_flags)
    _add_cache(commands, logging_flags)
    _enable_completion(parser)
    return parser


def _enable_completion(parser: argparse.ArgumentParser) -> None:
    """Shell completion through argcomplete, when the completion extra is installed (a no-op
    unless the shell is asking for completions)."""
    try:
        import argcomplete
    except ImportError:
        return
    argcomplete.autocomplete(parser)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    # argparse fills a nargs="*" positional once, so in `summarize a.html --format json b.html`
    # the sources after an option come back unparsed: they are more sources.
    if extras and args.command == "summarize" and all(e == "-" or e[:1] != "-" for e in extras):
        args.source += extras
    elif extras:
        parser.error(_unknown_options(parser, args, extras))
    _configure_logging(args)
    try:
        _resolve_defaults(args)
        return int(args.handler(args))
    except FactcheckError as exc:
        if isinstance(exc, OutputError) and exc.path is None:
            _silence_stdout()
        _err(f"factcheck: error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        _err("factcheck: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`factcheck ... | head`): stop quietly, as Unix tools do.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # a bug: one line, the traceback kept in a file for the report
        _err(f"factcheck: error: {InternalError.from_exception(exc)}{_save_traceback()}")
        return InternalError.exit_code


def _resolve_defaults(args: argparse.Namespace) -> None:
    """Fill the options left unset (format, fail-on, concurrency): environment, then the config
    file, then the default (settings.resolve_cli_defaults)."""
    from factcheck.settings import resolve_cli_defaults

    wanted = {name: value for name, value in CLI_DEFAULTS.items() if hasattr(args, name)}
    if wanted:
        given = {name: getattr(args, name) for name in wanted}
        for name, (value, _) in resolve_cli_defaults(wanted, **given).items():
            setattr(args, name, value)


_LOG_HANDLER_NAME = "factcheck-cli"


def _configure_logging(args: argparse.Namespace) -> None:
    """The library logs through ``logging``; the CLI sends it to stderr: warnings and errors
    always, INFO with -v, everything with --debug. Never to stdout, so JSON stays JSON."""
    level = logging.DEBUG if args.debug else logging.INFO if args.verbose else logging.WARNING
    logger = logging.getLogger("factcheck")
    for old in [h for h in logger.handlers if h.get_name() == _LOG_HANDLER_NAME]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(_LOG_HANDLER_NAME)
    fmt = "factcheck: %(levelname)s: %(name)s: %(message)s"
    if args.debug:
        fmt = "%(asctime)s " + fmt
    handler.setFormatter(logging.Formatter(fmt))
    logger.addHandler(handler)
    logger.setLevel(level)


def run() -> None:
    """The console entry point (``factcheck``, ``python -m factcheck``): :func:`main`, then exit.

    The process exits at once, without the interpreter's finalization, once what it wrote is
    flushed and its log handlers are closed: every file, worker process and connection of the
    run is closed by then, and the finalization (a last full collection, then every module's
    objects freed one by one) took about 0.2 s once openai and trafilatura were loaded, a
    fixed cost on every run. It also kept a daemon thread stopped inside lxml, when batch
    workers were still running (Ctrl-C, a closed pipe or a write error cut the run short), from
    crashing the process as the interpreter tore down (a segfault, about one run in 30, after
    `factcheck ... | head` had already exited 141).
    """
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()
    os._exit(code)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _save_traceback() -> str:
    import tempfile

    try:
        fd, path = tempfile.mkstemp(prefix="factcheck-crash-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(traceback.format_exc())
    except OSError:
        return ""
    return f" (details in {path})"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
