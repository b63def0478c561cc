"""Worker processes for a batch's CPU work: extraction, indexing and checking.

:class:`Workers` is one run's set of worker processes (one per core by default, see
:func:`choose_workers`); :mod:`factcheck.batch_run` hands them each source's CPU work while
the model calls wait on its event loop:

- **sticky**: every job of one source goes to the worker that loaded it, which keeps the
  source's index of figures (a small LRU), so an article is indexed once whatever the number
  of repair rounds. Each worker is its own single-process ``ProcessPoolExecutor``: a worker
  that dies (a crash in lxml) fails only the jobs it held, one line each, and a fresh one
  replaces it;
- **started with fork** when this process runs no other thread (the CLI, a script: no lock can
  be copied held), so the workers are ready at once, share the modules already imported, and
  re-run nothing; otherwise with **spawn**, each ready after about a second of imports, and
  until then :meth:`Workers.pick` answers None, "work here", so the first results never wait;
- trafilatura and lxml, which are not safe in parallel threads, run one at a time per process.

Jobs run the same functions on the same inputs as in one process, so results are the same (a
test holds this). An error in a worker comes back as the same error class and one-line message
(a non-factcheck exception as the ``InternalError`` the parent would have made of it). Workers
ignore Ctrl-C (the parent stops the run and shuts them down) and end when the parent does.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from factcheck import errors
from factcheck.errors import FactcheckError, InternalError
from factcheck.pipeline import Check

__all__ = ["Workers", "available_cores", "choose_workers"]

log = logging.getLogger(__name__)

# Fewer sources than this per worker and a batch stays in one process: a worker's start-up
# (about a second of imports) would cost more than it spares.
MIN_SOURCES_PER_WORKER = 4
# Indexes a worker keeps (its sources in progress need theirs; a run rarely has more than a
# few dozen per worker in progress at once).
INDEXES_KEPT = 64
# How often a worker looks whether its parent is still there.
PARENT_CHECK_SECONDS = 0.25


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
    import trafilatura  # noqa: F401  (factcheck.extract imports it on first use)

    import factcheck.extract  # noqa: F401

    _index("Warm-up: 3 figures in 2 lines.", None)
    # What is here now (modules, and with fork the parent's objects) lives as long as the
    # worker: the collector need not walk it again at every full collection (about a
    # millisecond an article, and it would copy the pages a fork shares).
    gc.freeze()
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
        log.info("batch: %d worker process(es), started with %s", count, method)
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

    async def load(self, slot: int, source: str, max_bytes: int) -> Any:
        """A file's ``Article``, loaded (and its figures indexed) on worker ``slot``."""
        return await self.run(slot, _load, source, max_bytes)

    async def extract(self, slot: int, fetched: Any) -> Any:
        """A fetched page's ``Article`` (``fetch.Fetched``), extracted and indexed there."""
        return await self.run(slot, _extract, fetched)

    async def check(self, slot: int, check: Check) -> Any:
        """A ``pipeline.Check``'s outcome (the draft's checks), against the index kept there."""
        return await self.run(slot, _check, check.source.text, check.source.published, check.draft)

    async def summarize(self, slot: int, source: Any, options: dict[str, Any]) -> Any:
        """A whole ``summarize`` of a source (or a ``Fetched`` page) that calls no model."""
        return await self.run(slot, _summarize, source, options)

    def close(self) -> None:
        """Shut the workers down once their current jobs end (jobs not started are dropped)."""
        for pool in self._pools:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
