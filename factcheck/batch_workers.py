"""A batch's CPU work in worker processes, while its model calls wait on one event loop.

A batch that calls a model spends most of its time waiting for replies; what it does between
them (extracting each article from its page, indexing its figures, checking each draft) is CPU
work that one Python process does on one core. :func:`run_batch` drives every source on one
event loop and hands that work to worker processes, one per core, so every core works while
the model calls wait:

- **model calls** stay in this process, at most ``concurrency`` of them in flight for the whole
  run (one semaphore: a long article's chunk calls count inside it, never multiplied by it);
- **loading** (a file read and trafilatura's extraction; for a URL, the fetch stays here and
  only the extraction goes out) and **checking** (``pipeline.Check``) run in a worker; so does
  the whole of a source that calls no model (the extractive engine);
- **sticky workers**: every job of one source goes to the worker that loaded it, which keeps
  the source's index of figures (a small LRU), so an article is indexed once whatever the
  number of repair rounds. Each worker is its own single-process pool: a worker that dies (a
  crash in lxml) fails only the sources it held, one line each, and a fresh one replaces it;
- **warm-up**: a worker starts with ``spawn`` (the parent runs threads, which ``fork`` would
  copy in a broken state) and needs about a second to import trafilatura and the checker;
  until it is ready, sources are loaded and checked here, so the first results never wait for
  it;
- trafilatura and lxml, which are not safe in parallel threads, run one at a time per process.

Results are the same as in process: the same functions run on the same inputs (a test holds
this). An error in a worker keeps the per-source contract: it comes back as the same error
class and one-line message, and the other sources carry on. Workers ignore Ctrl-C: the parent
stops the batch and shuts them down.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import AsyncGenerator, Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from factcheck import errors
from factcheck.errors import FactcheckError, InternalError, redact_userinfo
from factcheck.pipeline import Check, asummarize, summarize_steps

__all__ = ["Workers", "available_cores", "choose_workers", "run_batch"]

# Fewer sources than this per worker and a batch stays in one process: a worker's start-up
# (about a second of imports) would cost more than it spares.
MIN_SOURCES_PER_WORKER = 4
# Indexes a worker keeps (its sources in progress need theirs; a run rarely has more than a
# few dozen per worker in progress at once).
INDEXES_KEPT = 64
# Sources in progress beyond the model calls in flight, per worker: enough that a worker
# always has the next article to load or check while the others wait for their replies.
SOURCES_AHEAD_PER_WORKER = 2

# How often a worker looks whether its parent is still there.
PARENT_CHECK_SECONDS = 0.25

OnStart = Callable[[int, str], None]


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def choose_workers(workers: int | None, sources: int) -> int:
    """How many worker processes a batch of ``sources`` gets: ``workers`` when given (0: none),
    else one per core, and none on one core or for a batch too small to repay their start."""
    if workers is not None:
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 0:
            raise errors.ConfigError(
                f"workers must be a whole number of 0 or more, got {workers!r}"
            )
        return workers
    cores = available_cores()
    if cores < 2 or sources < MIN_SOURCES_PER_WORKER * cores:
        return 0
    return cores


# --------------------------------------------------------------------------- in the workers


@dataclass(frozen=True)
class _Failure:
    """An error raised in a worker, as it travels back: its class name and its one line."""

    type: str
    message: str

    def rebuild(self) -> FactcheckError:
        """The same error class with the same message (context attributes stay behind)."""
        cls = getattr(errors, self.type, None)
        if not (isinstance(cls, type) and issubclass(cls, FactcheckError)):
            cls = InternalError
        exc = cls.__new__(cls)
        FactcheckError.__init__(exc, self.message)
        return exc


def _call(job: Callable[..., Any], *args: Any) -> Any:
    """Run ``job`` in a worker; its exception comes back as a ``_Failure``: a FactcheckError as
    itself, anything else as the InternalError the parent would have made of it."""
    try:
        return job(*args)
    except Exception as exc:
        if not isinstance(exc, FactcheckError):
            exc = InternalError.from_exception(exc)
        return _Failure(type(exc).__name__, str(exc))


_indexes: OrderedDict[tuple[str, str | None], Any] = OrderedDict()


def _index(text: str, published: str | None) -> Any:
    """The worker's index of this text, built at most once while the text is in progress."""
    from factcheck.checker import index_source

    key = (text, published)
    index = _indexes.pop(key, None)
    if index is None:
        index = index_source(text, published=published)
    _indexes[key] = index
    while len(_indexes) > INDEXES_KEPT:
        _indexes.popitem(last=False)
    return index


def _warm_up() -> int:
    """Import what the jobs need (a second or so), so the first job is as fast as the rest."""
    import factcheck.extract  # noqa: F401  (trafilatura, lxml)

    _index("Warm-up: 3 figures in 2 lines.", None)
    return os.getpid()


def _load(source: str, max_bytes: int) -> Any:
    """A file's article, and its index built for the checks to come."""
    from factcheck.article import load_article

    article = load_article(source, max_bytes=max_bytes)
    _index(article.text, article.published)
    return article


def _extract(fetched: Any) -> Any:
    """A fetched page's article, and its index."""
    from factcheck.article import article_from_fetched

    article = article_from_fetched(fetched)
    _index(article.text, article.published)
    return article


def _check(text: str, published: str | None, draft: Any) -> Any:
    from factcheck.pipeline import check_draft

    return check_draft(_index(text, published), draft, published=published)


def _summarize(source: Any, options: dict[str, Any]) -> Any:
    """A whole source that calls no model (the extractive engine), here."""
    from factcheck.article import article_from_fetched
    from factcheck.fetch import Fetched
    from factcheck.pipeline import summarize

    if isinstance(source, Fetched):
        source = article_from_fetched(source)
    return summarize(source, **options)


def _start_worker() -> None:
    """A worker's set-up: Ctrl-C is the parent's, and the worker ends when the parent does."""
    # Ctrl-C reaches the whole process group: the parent handles it and shuts workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        # A parent killed outright (kill -9) never shuts its pools down: without this, its
        # workers would live on, holding its stderr open for whoever waits on it.
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()


# --------------------------------------------------------------------------- in the parent


class Workers:
    """A run's worker processes: one single-process pool each; a source's jobs stay on one.

    Started with ``fork`` when this process runs no other thread (the CLI, a script: nothing
    can hold a lock the fork would copy held), so they are ready at once and re-run nothing;
    otherwise with ``spawn``, each ready after its warm-up (until then ``pick`` says None:
    "work here"). A worker that dies is replaced by a spawned one.
    """

    def __init__(self, count: int) -> None:
        method = "spawn"
        if (
            "fork" in multiprocessing.get_all_start_methods()
            and sys.platform != "darwin"  # macOS system libraries do not survive a fork
            and threading.active_count() == 1
        ):
            method = "fork"
        self._context = multiprocessing.get_context(method)
        self._pools: list[ProcessPoolExecutor | None] = [None] * count
        self._ready = [False] * count
        self._load = [0] * count
        self.warming: list[Future[Any]] = []  # each worker's warm-up job
        with warnings.catch_warnings():
            # The only other threads by the second fork are the first pools' managers, idle
            # in a wait on their pipes: nothing the children use is locked.
            warnings.filterwarnings("ignore", ".*fork.*", DeprecationWarning)
            for slot in range(count):
                self._start(slot)
        # Later workers (replacing one that died) start clean: threads are running by then.
        self._context = multiprocessing.get_context("spawn")

    def _start(self, slot: int) -> None:
        pool = ProcessPoolExecutor(
            max_workers=1, mp_context=self._context, initializer=_start_worker
        )
        self._pools[slot] = pool
        forked = self._context.get_start_method() == "fork"
        self._ready[slot] = forked  # a forked worker has this process's modules already

        def ready(future: Future[Any]) -> None:
            if self._pools[slot] is pool and not future.cancelled() and future.exception() is None:
                self._ready[slot] = True

        warm_up = pool.submit(_call, _warm_up)
        warm_up.add_done_callback(ready)
        self.warming.append(warm_up)

    @property
    def count(self) -> int:
        return len(self._pools)

    def pick(self) -> int | None:
        """The ready worker with the fewest jobs, or None when none is ready."""
        ready = [slot for slot, ok in enumerate(self._ready) if ok]
        return min(ready, key=lambda slot: self._load[slot]) if ready else None

    async def run(self, slot: int, job: Callable[..., Any], *args: Any) -> Any:
        pool = self._pools[slot]
        assert pool is not None
        self._load[slot] += 1
        try:
            outcome = await asyncio.get_running_loop().run_in_executor(pool, _call, job, *args)
        except BrokenProcessPool:
            if self._pools[slot] is pool:
                pool.shutdown(wait=False, cancel_futures=True)
                self._start(slot)
            raise InternalError(
                "a worker process died while working on this source (a crash in the HTML "
                "parser?); the batch went on with a new one"
            ) from None
        finally:
            self._load[slot] -= 1
        if isinstance(outcome, _Failure):
            raise outcome.rebuild()
        return outcome

    def close(self) -> None:
        for pool in self._pools:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)


async def run_batch(
    work: list[tuple[int, str]],
    *,
    concurrency: int,
    workers: Workers | None,
    on_start: OnStart | None,
    sync_client: bool,
    options: dict[str, Any],
) -> AsyncGenerator[Any, None]:
    """Summarize ``work`` (input position, source); yield a ``BatchItem`` as each finishes.

    ``options`` are ``summarize``'s, resolved by the caller (``settings``, a shared ``client``
    when the batch calls a model: an ``openai.AsyncOpenAI``, or an ``openai.OpenAI`` with
    ``sync_client``). At most ``concurrency`` model calls are in flight; ``workers`` worker
    processes take the CPU work (None: it runs here, in threads); the run shuts them down at
    its end.
    """
    from factcheck.batch import BatchError, BatchItem

    pool = workers
    source_options = dict(options)
    allow_private_hosts = bool(source_options.pop("allow_private_hosts", False))
    driver = _Driver(pool, asyncio.Semaphore(concurrency), sync_client, allow_private_hosts)
    pending: Iterator[tuple[int, str]] = iter(work)
    finished: asyncio.Queue[tuple[Any, BaseException | None]] = asyncio.Queue(maxsize=concurrency)

    async def one(index: int, source: str) -> Any:
        shown = redact_userinfo(source)
        if on_start is not None:
            on_start(index, shown)
        try:
            result = await driver.summarize(source, source_options)
        except Exception as exc:  # the source's failure alone
            return BatchItem(index=index, source=shown, error=BatchError.from_exception(exc))
        return BatchItem(index=index, source=shown, result=result)

    async def worker() -> None:
        for index, source in pending:  # one shared iterator: each source taken once
            try:
                item = await one(index, source)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:  # handed to the caller, re-raised there
                await finished.put((None, exc))
                return
            await finished.put((item, None))

    # Sources in progress: the model calls in flight, and some ahead for the workers to load
    # and check meanwhile. Bounded, so memory stays flat however long the list.
    ahead = SOURCES_AHEAD_PER_WORKER * (pool.count if pool is not None else 0)
    lanes = min(concurrency + ahead, len(work))
    tasks = [asyncio.ensure_future(worker()) for _ in range(lanes)]
    try:
        for _ in work:
            item, exc = await finished.get()
            if exc is not None:
                raise exc
            yield item
    finally:
        try:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            if pool is not None:
                # Shielded: a cancelled run still shuts its workers down (in the thread).
                await asyncio.shield(asyncio.to_thread(pool.close))


class _Driver:
    """One source from its name to its ``Result``: loading, the steps' model calls under the
    run's semaphore, and their checks, each where it belongs."""

    def __init__(
        self,
        workers: Workers | None,
        limit: asyncio.Semaphore,
        sync_client: bool,
        allow_private_hosts: bool,
    ) -> None:
        self.workers = workers
        self.limit = limit
        self.sync_client = sync_client
        self.allow_private_hosts = allow_private_hosts

    async def summarize(self, source: str, options: dict[str, Any]) -> Any:
        slot = self.workers.pick() if self.workers is not None else None
        if not _calls_model(options):
            return await self._whole(slot, source, options)
        article = await self._load(slot, source)
        steps = summarize_steps(article, **options)
        outcomes: list[Any] | None = None
        while True:
            try:
                asks = next(steps) if outcomes is None else steps.send(outcomes)
            except StopIteration as stop:
                return stop.value
            outcomes = list(await asyncio.gather(*(self._do(slot, ask) for ask in asks)))

    async def _do(self, slot: int | None, ask: Any) -> Any:
        if isinstance(ask, Check):
            if slot is None or self.workers is None:
                return await ask.call_async()
            source = ask.source
            return await self.workers.run(slot, _check, source.text, source.published, ask.draft)
        if ask.structured_call() is None:  # a merge group of one: no call
            return ask.call_sync()
        async with self.limit:
            if self.sync_client:
                return await asyncio.to_thread(ask.call_sync)
            return await ask.call_async()

    async def _load(self, slot: int | None, source: str) -> Any:
        from factcheck.article import DEFAULT_MAX_BYTES, aload_article
        from factcheck.fetch import is_url

        if slot is None or self.workers is None or source == "-":
            return await aload_article(source, allow_private_hosts=self.allow_private_hosts)
        if is_url(source):
            return await self.workers.run(slot, _extract, await self._fetch(source))
        return await self.workers.run(slot, _load, source, DEFAULT_MAX_BYTES)

    async def _whole(self, slot: int | None, source: str, options: dict[str, Any]) -> Any:
        from factcheck.fetch import is_url

        if slot is None or self.workers is None or source == "-":
            return await asummarize(source, allow_private_hosts=self.allow_private_hosts, **options)
        page: Any = await self._fetch(source) if is_url(source) else source
        return await self.workers.run(slot, _summarize, page, options)

    async def _fetch(self, url: str) -> Any:
        """A page fetched here, on the event loop, with the limits ``load_article`` applies."""
        from factcheck.article import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
        from factcheck.fetch import afetch_url

        return await afetch_url(
            url,
            allow_private_hosts=self.allow_private_hosts,
            max_bytes=DEFAULT_MAX_BYTES,
            timeout=DEFAULT_TIMEOUT,
        )


def _calls_model(options: dict[str, Any]) -> bool:
    """Whether a source run with ``options`` calls a model (else it runs whole in a worker)."""
    if options.get("offline") or options.get("engine") == "extractive":
        return False
    settings = options.get("settings")
    has_endpoint = settings is not None and settings.has_endpoint
    return has_endpoint or options.get("client") is not None
