"""Driving a batch: every source on one event loop, its model calls bounded for the whole run,
its CPU work in worker processes.

:func:`run_batch` takes the sources one at a time with a bounded number of tasks (lanes): at
most ``concurrency`` **model requests** are in flight for the run (one semaphore around every
model call, so a long article's chunk calls count inside it, never multiplied by it), and with
workers as many sources again are in progress, being loaded or checked, so no core waits for a
reply and a call that ends is followed at once by the next, already loaded:

- **loading** (a file read and trafilatura's extraction; for a URL the fetch stays on the event
  loop and only the extraction goes out) and **checking** (each ``pipeline.Check`` the steps
  yield) run on the source's worker (:class:`factcheck.batch_workers.Workers`); a source that
  calls no model (the extractive engine) runs there whole;
- without workers (one core, a small batch, ``workers=0``) the same work runs here, in threads.

:func:`run_batch_in_thread` runs it for a synchronous caller (``summarize_many``, the CLI).
Whatever goes wrong with one source is that source's ``BatchItem.error``; the others go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import AsyncGenerator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

from factcheck.batch_workers import Workers
from factcheck.errors import redact_userinfo
from factcheck.pipeline import Check, asummarize, summarize_steps

if TYPE_CHECKING:
    from factcheck.batch import BatchItem

__all__ = ["run_batch", "run_batch_in_thread"]

# Sources in progress beyond the model calls in flight, with workers: as many again as the
# calls (loaded and waiting, so a call that ends is followed by the next at once instead of
# by a load), and at least this many per worker, so a worker always has the next job.
SOURCES_AHEAD_PER_WORKER = 2

OnStart = Callable[[int, str], None]


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

    # Sources in progress: the model calls in flight, and with workers as many again ahead,
    # loaded or being checked meanwhile. Bounded, so memory stays flat however long the list.
    ahead = 0 if pool is None else max(concurrency, SOURCES_AHEAD_PER_WORKER * pool.count)
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
            return await self.workers.check(slot, ask)
        if not ask.calls_model:  # a merge group of one: passed through
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
            return await self.workers.extract(slot, await self._fetch(source))
        return await self.workers.load(slot, source, DEFAULT_MAX_BYTES)

    async def _whole(self, slot: int | None, source: str, options: dict[str, Any]) -> Any:
        from factcheck.fetch import is_url

        if slot is None or self.workers is None or source == "-":
            return await asummarize(source, allow_private_hosts=self.allow_private_hosts, **options)
        page: Any = await self._fetch(source) if is_url(source) else source
        return await self.workers.summarize(slot, page, options)

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


def run_batch_in_thread(
    work: list[tuple[int, str]],
    *,
    concurrency: int,
    workers: Workers,
    on_start: OnStart | None,
    options: dict[str, Any],
    sync_client: bool,
    own_client: Any,
) -> Generator[BatchItem, None, None]:
    """:func:`run_batch` on an event loop in a daemon thread, for a caller without one
    (``summarize_many``): its items are handed to the calling thread as they finish (at most
    ``concurrency`` waiting). ``options`` are resolved; ``sync_client`` says their ``client``
    is an ``openai.OpenAI`` (called from threads); ``own_client`` is the run's own client,
    closed on the loop at the end. ``workers`` are the run's worker processes, started by the
    caller before any thread (see Workers: fork when nothing else runs); the run shuts them
    down."""
    pool = workers
    handed: queue.Queue[tuple[BatchItem | None, BaseException | None]] = queue.Queue()
    loop = asyncio.new_event_loop()
    credits = asyncio.Semaphore(concurrency)

    async def feed() -> None:
        try:
            items = run_batch(
                work,
                concurrency=concurrency,
                workers=pool,
                on_start=on_start,
                sync_client=sync_client,
                options=options,
            )
            try:
                async for item in items:
                    await credits.acquire()  # bounded: a slow reader holds the run back
                    handed.put((item, None))
            finally:
                await items.aclose()
        except BaseException as exc:  # handed to the caller's thread, re-raised there
            handed.put((None, exc))
        finally:
            if own_client is not None:
                await own_client.close()

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(main)
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
            loop.close()

    main = loop.create_task(feed())
    thread = threading.Thread(target=run, name="factcheck-batch-loop", daemon=True)
    thread.start()
    finished = False
    try:
        for _ in work:
            item, exc = handed.get()
            if exc is not None:
                raise exc
            assert item is not None
            # After the last item the run may have ended and its loop closed already.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(credits.release)
            yield item
        finished = True
    finally:
        if not finished:  # stopped early: the sources still running are cancelled
            with contextlib.suppress(RuntimeError):  # the loop may have closed meanwhile
                loop.call_soon_threadsafe(main.cancel)
        # The run shuts its workers down before the loop ends: wait for that.
        thread.join(timeout=30)
