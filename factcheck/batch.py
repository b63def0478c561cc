"""Summarize several articles in one run, keeping every finished result.

``summarize_many`` (sync, threads) and ``asummarize_many`` (async, a semaphore over
``asummarize``) run :func:`factcheck.summarize` over a list of sources with bounded concurrency
and yield one :class:`BatchItem` per source **in completion order**, as soon as it finishes:
a caller that writes each item out at once keeps everything finished even if the run is cut
short later. ``BatchItem.index`` is the source's position in the input, for callers that want
input order back (with ``concurrency=1`` completion order *is* input order).

Whatever goes wrong with one source becomes that item's ``error`` and the others carry on: a
``FactcheckError`` (a missing file, an unreachable URL, a model that keeps failing) as itself,
any other exception as an ``InternalError`` (exit code 70, "a bug, please report it"), so one
bad source never costs the rest of the run. Only ``KeyboardInterrupt`` (and the like) stops the
batch; sources not yet started are then never started.

Resuming: ``skip`` names the input positions already done, which are neither run nor yielded;
:func:`resume_lines` reads what an earlier run wrote in JSON Lines and says which those are.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import queue
import re
import threading
from collections.abc import AsyncGenerator, Callable, Collection, Generator, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from factcheck.batch_workers import choose_workers
from factcheck.errors import (
    ConfigError,
    FactcheckError,
    InputError,
    InternalError,
    redact_userinfo,
)
from factcheck.models import Result
from factcheck.pipeline import summarize
from factcheck.settings import resolve_settings

__all__ = [
    "BatchError",
    "BatchItem",
    "asummarize_many",
    "json_line",
    "output_name",
    "read_source_list",
    "resume_lines",
    "summarize_many",
]

# Sources summarized at once by default: enough to overlap fetches and model calls, few enough
# that a batch does not trip an endpoint's per-minute rate limit in one burst.
DEFAULT_CONCURRENCY = 4

Source = str | Path
OnStart = Callable[[int, str], None]

_URL = re.compile(r"^https?://", re.IGNORECASE)
# A comment after a source needs whitespace before the "#", so a URL's #fragment stays.
_INLINE_COMMENT = re.compile(r"\s+#.*$")


class BatchError(BaseModel):
    """Why one source of a batch failed: the one-line message, the error class, its exit code."""

    model_config = ConfigDict(frozen=True)

    message: str
    type: str
    exit_code: int

    @classmethod
    def from_exception(cls, exc: BaseException) -> BatchError:
        """The error of a ``FactcheckError``; any other exception is an ``InternalError``."""
        if not isinstance(exc, FactcheckError):
            exc = InternalError.from_exception(exc)
        return cls(message=str(exc), type=type(exc).__name__, exit_code=exc.exit_code)


class BatchItem(BaseModel):
    """One source of a batch: its ``result`` when it succeeded, else its ``error``."""

    model_config = ConfigDict(frozen=True)

    index: int
    """The source's position in the input list, from 0."""
    source: str
    """The source as given, less any ``user:password@`` in a URL."""
    result: Result | None = None
    error: BatchError | None = None

    @property
    def ok(self) -> bool:
        """True when the source was summarized (its figures may still be flagged)."""
        return self.error is None


def _outcome(index: int, source: str, run: Callable[[], Result]) -> BatchItem:
    shown = redact_userinfo(source)
    try:
        result = run()
    except Exception as exc:  # one source's failure, expected or a bug, is that source's alone
        return BatchItem(index=index, source=shown, error=BatchError.from_exception(exc))
    return BatchItem(index=index, source=shown, result=result)


def summarize_many(
    sources: Iterable[Source],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_start: OnStart | None = None,
    skip: Collection[int] = (),
    dask: Any = None,
    workers: int | None = None,
    **options: Any,
) -> Generator[BatchItem, None, None]:
    """Summarize every source; yield a ``BatchItem`` for each as soon as it finishes.

    ``options`` go to :func:`factcheck.summarize` for every source (``engine``, ``offline``,
    ``model``, ``client``, ``settings``, ``cache``, ``allow_private_hosts``, ...); a shared
    ``client`` must be safe to use from several threads, as ``openai.OpenAI`` is. Without one,
    a batch that calls a model builds one client (one connection pool) for the whole run and
    closes it at the end. Items come in completion order; ``item.index`` is the input position.

    ``workers`` worker processes do the CPU work (extraction, checking) while the model calls
    wait (:mod:`factcheck.batch_workers`); the default is one per core, or none on one core or
    for a batch of fewer than 4 sources per core; ``0`` keeps everything in this process. With
    workers, at most ``concurrency`` model requests are in flight (a long article's chunk calls
    counted among them) and as many sources again are in progress, loading or being checked.
    Without, up to ``concurrency`` sources run at once in worker threads (``1`` runs them one
    after another in the calling thread), each making one model call at a time.
    ``on_start(index, source)`` is called as each source begins (from another thread unless
    ``concurrency`` is 1 and there are no workers). Sources whose index is in ``skip`` are not
    run (a resumed batch).
    Raises ``ConfigError`` for a concurrency below 1 and ``InputError`` when standard input
    (``"-"``) is listed more than once, before anything runs.

    ``dask`` runs every source on a Dask cluster instead (:mod:`factcheck.batch_dask`): a
    ``distributed.Client``, a scheduler's address, or ``"local"`` for a cluster of one worker
    process per core on this machine; same items, same contract.
    """
    work = _prepare(sources, concurrency, skip)
    if dask is not None:
        from factcheck.batch_dask import summarize_on_dask

        options = _shared_settings(options)
        yield from summarize_on_dask(
            work, dask, concurrency=concurrency, on_start=on_start, **options
        )
        return
    count = 0 if options.get("progress") is not None else choose_workers(workers, len(work))
    if count:
        from factcheck.batch_run import run_batch_in_thread
        from factcheck.batch_workers import Workers

        # Started first: they warm up (trafilatura's import) while this process imports openai.
        pool = Workers(count)
        # A client the caller gave is an openai.OpenAI, called from threads; the run's own is
        # an openai.AsyncOpenAI.
        sync_client = options.get("client") is not None
        try:
            options, client = _shared_client(options, use_async=not sync_client)
        except BaseException:
            pool.close()
            raise
        with _heap_set_aside():
            yield from run_batch_in_thread(
                work,
                concurrency=concurrency,
                workers=pool,
                on_start=on_start,
                options=options,
                sync_client=sync_client,
                own_client=client,
            )
        return
    options, client = _shared_client(options, use_async=False)
    with _heap_set_aside():
        yield from _in_process(work, concurrency, on_start, options, client)


def _in_process(
    work: list[tuple[int, str]],
    concurrency: int,
    on_start: OnStart | None,
    options: dict[str, Any],
    client: Any,
) -> Generator[BatchItem, None, None]:
    def one(index: int, source: str) -> BatchItem:
        if on_start is not None:
            on_start(index, redact_userinfo(source))
        return _outcome(index, source, lambda: summarize(source, **options))

    try:
        if concurrency == 1:
            for index, source in work:
                yield one(index, source)
            return
        yield from _threaded(work, one, concurrency)
    finally:
        if client is not None:
            client.close()


@contextlib.contextmanager
def _heap_set_aside() -> Iterator[None]:
    """While a batch runs here, what was alive when it began (modules, the caller's objects) is
    left out of the collector's full passes (``gc.freeze``), given back when it ends: a full
    pass over a process that imported openai and trafilatura walks 100,000 objects that outlive
    the batch anyway. Left alone when the caller froze objects of its own."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _shared_client(options: dict[str, Any], *, use_async: bool) -> tuple[dict[str, Any], Any]:
    """The batch's options with one openai client (and one connection pool) for every source,
    and that client, which the batch closes; or the options unchanged and None.

    A client is built only when the batch will call a model and the caller gave none: a new
    client per article costs a TLS context and a connection each (about a third of an
    article's CPU). Settings are resolved once here and passed on; when they do not resolve
    (a remote endpoint without a key...), nothing is built and every source reports the error
    itself, as before.
    """
    if options.get("client") is not None:
        return options, None
    shared = _shared_settings(options)
    settings = shared.get("settings")
    if settings is None or not settings.has_endpoint:
        return shared, None
    from factcheck.llm import build_async_client, build_client  # loads openai: LLM runs only

    try:
        client = build_async_client(settings) if use_async else build_client(settings)
    except FactcheckError:
        return options, None
    shared["client"] = client
    return shared, client


def _shared_settings(options: dict[str, Any]) -> dict[str, Any]:
    """The batch's options with the endpoint's settings resolved once (``settings``), when the
    batch may call a model; or the options unchanged (offline, extractive, or settings that do
    not resolve: then every source reports the error itself)."""
    if options.get("offline") or options.get("engine") == "extractive":
        return options
    if options.get("settings") is not None:
        return options
    shared = dict(options)
    endpoint = {name: shared.pop(name, None) for name in ("api_key", "base_url", "model")}
    try:
        shared["settings"] = resolve_settings(**endpoint, cache=shared.pop("cache", None))
    except FactcheckError:
        return options
    return shared


def _threaded(
    work: list[tuple[int, str]], one: Callable[[int, str], BatchItem], concurrency: int
) -> Generator[BatchItem, None, None]:
    """Run ``one`` over ``work`` in ``concurrency`` daemon threads; yield items as they finish.

    Daemon threads rather than a ``ThreadPoolExecutor``: the executor's workers are joined at
    interpreter exit, so Ctrl-C in the CLI would wait for every running summary (a model call
    can take a minute) before the process could exit. When the caller stops early (an
    exception, an interrupt, ``close()``), workers start no further source; the ones running
    finish in the background and their items are dropped.
    """
    todo: queue.SimpleQueue[tuple[int, str]] = queue.SimpleQueue()
    for entry in work:
        todo.put(entry)
    # queue.Queue, not SimpleQueue: its blocking get() is interrupted by Ctrl-C at once.
    finished: queue.Queue[tuple[BatchItem | None, BaseException | None]] = queue.Queue()
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            try:
                index, source = todo.get_nowait()
            except queue.Empty:
                return
            try:
                finished.put((one(index, source), None))
            except BaseException as exc:  # handed to the caller's thread, re-raised there
                finished.put((None, exc))

    for number in range(min(concurrency, len(work))):
        threading.Thread(target=worker, name=f"factcheck-batch-{number}", daemon=True).start()
    try:
        for _ in work:
            item, exc = finished.get()
            if exc is not None:
                raise exc
            assert item is not None
            yield item
    finally:
        stop.set()


async def asummarize_many(
    sources: Iterable[Source],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_start: OnStart | None = None,
    skip: Collection[int] = (),
    workers: int | None = None,
    **options: Any,
) -> AsyncGenerator[BatchItem, None]:
    """The async twin of :func:`summarize_many`: an async iterator of ``BatchItem``.

    At most ``concurrency`` model requests are in flight for the whole run (a long article's
    chunk calls counted among them); with workers, as many sources again are in progress,
    loading or being checked. Sources are taken from the list one at a time, so the tasks and
    results held stay bounded however long the list (the first result comes as soon as the
    first source is done). ``workers`` as in
    :func:`summarize_many` (without workers, the CPU work runs in threads of this process).
    ``options`` go to :func:`factcheck.asummarize` (``client``, when given, is an
    ``openai.AsyncOpenAI``; without one, a batch that calls a model builds one for the whole
    run). Items come in completion order. Leaving the loop early, or an exception, cancels the
    sources still running.
    """
    from factcheck.batch_run import run_batch
    from factcheck.batch_workers import Workers

    work = _prepare(sources, concurrency, skip)
    count = 0 if options.get("progress") is not None else choose_workers(workers, len(work))
    # Before the run starts any thread of its own (see Workers: fork when it can), and before
    # openai's import, which this process does while they warm up.
    pool = Workers(count) if count else None
    client = None
    try:
        options, client = _shared_client(options, use_async=True)
        items = run_batch(
            work,
            concurrency=concurrency,
            workers=pool,
            on_start=on_start,
            sync_client=False,
            options=options,
        )
        try:
            with _heap_set_aside():
                async for item in items:
                    yield item
        finally:
            await items.aclose()  # shuts the workers down
    finally:
        if pool is not None:
            await asyncio.to_thread(pool.close)  # at once if the run did; else it never started
        if client is not None:
            await client.close()


def _prepare(
    sources: Iterable[Source], concurrency: int, skip: Collection[int]
) -> list[tuple[int, str]]:
    """Number the sources, leave out those in ``skip`` and reject what would fail every one of
    them alike."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigError(f"concurrency must be a whole number of 1 or more, got {concurrency!r}")
    done = set(skip)
    work = [(index, str(source)) for index, source in enumerate(sources) if index not in done]
    if sum(1 for _, source in work if source == "-") > 1:
        raise InputError("standard input (-) can be read only once in a batch")
    return work


def resume_lines(text: str, sources: list[str]) -> tuple[list[str], set[int]]:
    """What to keep of an earlier run's JSON Lines ``text`` over the same ``sources``.

    Returns the lines to keep (each whole, newline included) and the input positions they
    finish. A line is kept when it is complete, parses, and holds a ``result`` for the source
    at its ``index``; error lines are dropped (those sources are tried again), and so is a last
    line cut short by a crash. Lines about another list's sources are dropped too.
    """
    keep: list[str] = []
    done: set[int] = set()
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # the run was killed mid-line
        try:
            record = json.loads(line)
            index, source = record["index"], record["source"]
        except (ValueError, TypeError, KeyError):
            continue
        if (
            isinstance(index, int)
            and 0 <= index < len(sources)
            and index not in done
            and source == redact_userinfo(sources[index])
            and isinstance(record.get("result"), dict)
        ):
            keep.append(line)
            done.add(index)
    return keep, done


def read_source_list(path: str | Path, stdin: Any = None) -> list[str]:
    """The sources listed in a file, one a line; ``"-"`` reads the list from standard input.

    Blank lines and lines starting with ``#`` are skipped, and so is a ``#`` comment after a
    source (preceded by whitespace, so a URL's ``#fragment`` stays). Raises
    ``SourceNotFoundError`` for a missing file and ``InputError`` for an unreadable one.
    """
    import sys

    from factcheck.errors import SourceNotFoundError

    if str(path) == "-":
        text = (stdin or sys.stdin).read()
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise SourceNotFoundError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory, not a list of sources") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a UTF-8 text list of sources") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    sources = []
    for line in text.splitlines():
        line = _INLINE_COMMENT.sub("", line).strip()
        if line and not line.startswith("#"):
            sources.append(line)
    return sources


def json_line(item: BatchItem) -> str:
    """One JSON Lines record for a batch item, newline included.

    ``{"index": i, "source": s, "result": {...}}`` for a success, with the result exactly as
    ``--format json`` writes it for one article, or ``{"index": i, "source": s, "error":
    {"message": ..., "type": ..., "exit_code": ...}}`` for a failure.
    """
    head = f'{{"index": {item.index}, "source": {json.dumps(item.source, ensure_ascii=False)}, '
    if item.result is not None:
        return f'{head}"result": {item.result.model_dump_json()}}}\n'
    assert item.error is not None  # an item holds a result or an error, never neither
    return f'{head}"error": {item.error.model_dump_json()}}}\n'


EXTENSIONS = {"json": "json", "markdown": "md", "table": "txt", "html": "html"}


def output_name(index: int, source: str, fmt: str) -> str:
    """The file name of one source's output in a batch's output folder.

    The 1-based input position comes first, so two sources of one run never share a name (the
    same URL listed twice included) and a listing sorts in input order; then a slug of the
    URL's host and path or the file's name, cut to a readable length.
    """
    if source == "-":
        stem = "stdin"
    elif _URL.match(source):
        parts = urlsplit(source)
        stem = f"{parts.hostname or ''}{parts.path}"
        stem = stem.rsplit(".", 1)[0] if re.search(r"\.[a-z]{2,5}$", parts.path) else stem
    else:
        stem = Path(source).stem
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:60].rstrip("-") or "source"
    return f"{index + 1:03d}-{slug}.{EXTENSIONS[fmt]}"
