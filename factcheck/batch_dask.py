"""A batch run on a Dask cluster: each source's work (fetch, extract, model calls, check) on a
worker, the results streamed back to the caller as they finish.

``summarize_many(sources, dask=...)`` comes here. ``dask`` is a ``distributed.Client`` (used as
it is, left open), the address of a scheduler (``"tcp://host:8786"``: a client is opened for the
run and closed after it), or ``"local"``: a ``LocalCluster`` on this machine with one worker
*process* per core, one thread each (trafilatura/lxml is not safe in parallel threads), started
for the run and shut down after it.

The contract is a plain batch's: one :class:`~factcheck.batch.BatchItem` per source in completion
order, a source's failure (a ``FactcheckError``, a bug, a worker that died running it) is that
item's ``error`` and never stops the others, ``skip`` leaves out sources already done (resume).
Sources go to the cluster in a bounded window (``window``, by default twice the cluster's worker
threads, at least ``concurrency``): the next one is submitted as each finishes, so the futures
and results held stay few whatever the length of the list.

What the workers are given: the options of the run, with the endpoint's settings resolved once
here (model, base URL, key, the response cache's folder). A worker builds one openai client per
process and keeps it for every source it runs. The response cache is shared through its folder
when the workers see the same disk (``FACTCHECK_CACHE_DIR``, or the same home folder, as on
``"local"``); otherwise each worker has its own. Files are sent as absolute paths, so a worker
reads them where the caller does: a remote cluster needs them on a shared disk, or use URLs.
Workers need factcheck (the same version) installed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError, InputError, redact_userinfo

__all__ = ["LOCAL", "local_cores", "open_client", "summarize_on_dask"]

LOCAL = "local"
"""The ``dask`` value that starts a ``LocalCluster`` for the run."""

# Seconds to wait for a scheduler to answer before saying it cannot be reached.
CONNECT_TIMEOUT_SECONDS = 10

_worker_clients: dict[str, Any] = {}
_worker_lock = threading.Lock()


def _distributed() -> Any:
    """The ``distributed`` module, or a ``ConfigError`` naming the extra to install."""
    try:
        import distributed
    except ImportError as exc:
        raise ConfigError(
            f"--dask needs the dask extra ({exc.name or exc} is missing): "
            "pip install 'factcheck[dask]'"
        ) from exc
    return distributed


def local_cores() -> int:
    """The cores this process may use (its CPU affinity), hence ``"local"``'s worker processes."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def open_client(dask: Any) -> tuple[Any, Callable[[], None]]:
    """A ``distributed.Client`` for ``dask`` (a client, an address or ``"local"``) and what to
    call to release what was opened for the run (nothing, for a client given)."""
    distributed = _distributed()
    if isinstance(dask, distributed.Client):
        return dask, lambda: None
    if not isinstance(dask, str) or not dask.strip():
        raise ConfigError(f"dask must be a distributed.Client, an address or 'local', got {dask!r}")
    address = dask.strip()
    if address == LOCAL:
        from dask import config as dask_config

        # The workers' statistical profiler samples every thread every 10 ms: CPU taken from
        # the work, for a dashboard this cluster does not serve.
        with dask_config.set({"distributed.worker.profile.enabled": False}):
            cluster = distributed.LocalCluster(
                n_workers=local_cores(),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
        client = distributed.Client(cluster)

        def close() -> None:
            client.close()
            cluster.close()

        return client, close
    try:
        client = distributed.Client(address, timeout=CONNECT_TIMEOUT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(
            f"cannot reach the Dask scheduler at {redact_userinfo(address)}: {exc}"
        ) from exc
    return client, client.close


def summarize_on_dask(
    work: list[tuple[int, str]],
    dask: Any,
    *,
    concurrency: int,
    window: int | None = None,
    on_start: Callable[[int, str], None] | None = None,
    **options: Any,
) -> Generator[Any, None, None]:
    """Run ``work`` (input position, source) on the cluster ``dask``; yield each ``BatchItem`` as
    it finishes. ``options`` are :func:`factcheck.summarize`'s, already resolved by the caller
    (``settings`` in them, no ``client``). ``on_start(index, source)`` is called as each source
    is handed to the cluster. Leaving early cancels the sources submitted and not finished."""
    from factcheck.batch import BatchError, BatchItem

    if any(source == "-" for _, source in work):
        raise InputError("standard input (-) cannot be sent to a Dask cluster: save it to a file")
    if options.get("client") is not None:
        raise ConfigError("a Dask batch builds its clients on the workers: pass no client")
    if options.get("progress") is not None:
        raise ConfigError("a Dask batch reports no per-stage progress: pass no progress")
    distributed = _distributed()
    client, release = open_client(dask)
    futures: dict[Any, tuple[int, str]] = {}
    try:
        threads = sum(client.nthreads().values())
        size = window if window is not None else max(concurrency, 2 * threads)
        pending: Iterator[tuple[int, str]] = iter(work)
        running = distributed.as_completed()

        def submit_next() -> None:
            for index, source in pending:
                if on_start is not None:
                    on_start(index, redact_userinfo(source))
                future = client.submit(
                    _run_on_worker, index, _portable(source), options, pure=False
                )
                futures[future] = (index, source)
                running.add(future)
                return

        for _ in range(max(1, size)):
            submit_next()
        for future in running:
            index, source = futures.pop(future)
            try:
                item = future.result()
            except Exception as exc:  # a worker died on it, or the cluster lost it
                item = BatchItem(
                    index=index,
                    source=redact_userinfo(source),
                    error=BatchError.from_exception(exc),
                )
            else:
                # The worker saw the absolute path; the item names the source as given.
                item = item.model_copy(update={"source": redact_userinfo(source)})
            future.release()
            submit_next()
            yield item
    finally:
        if futures:
            client.cancel(list(futures), force=True)
        release()


def _portable(source: str) -> str:
    """A file as an absolute path (the workers' working folder is not the caller's); a URL as
    it is."""
    if "://" in source:
        return source
    path = Path(source)
    return str(path.resolve()) if path.exists() else source


def _run_on_worker(index: int, source: str, options: dict[str, Any]) -> Any:
    """On a worker: summarize one source, its failure kept in the item. The openai client is
    built once per worker process and settings, and kept for every source it runs."""
    from factcheck.batch import _outcome
    from factcheck.pipeline import summarize

    def run() -> Any:
        settings = options.get("settings")
        if settings is not None and settings.has_endpoint and not options.get("offline"):
            return summarize(source, **options, client=_worker_client(settings))
        return summarize(source, **options)

    return _outcome(index, source, run)


def _worker_client(settings: Any) -> Any:
    from factcheck.llm import build_client

    key = settings.model_dump_json()
    with _worker_lock:
        client = _worker_clients.get(key)
        if client is None:
            client = _worker_clients[key] = build_client(settings)
    return client
