"""Batch summarizing: CPU per article, wall time against the physical limit, the cache's rerun.

    python benchmarks/bench_batch.py --data ../shared/data/extraction-dev \\
        [--articles 64] [--latency 0.5] [--concurrency 1 4 16 64] [--wall-articles 64 256] \\
        [--wall-only] [--skip-wall] [--dask-articles 256] [--dask-only]

The endpoint is the scripted OpenAI-compatible server (tests/scripted_server.py), run in a
**separate process** so that its own work is not counted as factcheck's CPU; every model reply
waits ``--latency`` seconds (0.5: a fast hosted model). One model call per article
(``--no-repair``); the response cache is off (``--no-cache``) except where it is measured.

1. **CPU per article** at zero latency, one source at a time: ``summarize`` called per article
   (a new openai client per call, the oldest path), ``summarize_many`` and ``asummarize_many``
   in one process (``workers=0``: before), and ``summarize_many`` with one worker process per
   core (now): this process's CPU (``time.process_time()``) and the workers' (their rusage once
   the run has shut them down), with the workers ready before the first source and their
   start-up (measured apart, once per run) left out.
2. **Wall time against the physical limit** at ``--latency``, for each ``--concurrency`` and
   each batch size of ``--wall-articles`` (default 64; 256 repeats the articles and takes a few
   minutes more): the CLI (``factcheck summarize --from-file ... --format json --output ...``
   in a subprocess, its start-up included) and ``asummarize_many`` in this process, both with
   their default workers. The limit is max(N x latency / concurrency, N x CPU per article /
   cores), with the CPU per article (this process and the workers) from part 1 of the same
   run; the ratio wall / limit is printed (1.0 is the limit itself). ``calls`` counts the model
   requests made (one per article when every reply validates, as the scripted server's do).
   On a shared machine other work takes cores too: ``others`` is how many cores it took on
   average during each row (CLI/async; from ``/proc/stat``, the machine's busy time less
   factcheck's own CPU and the scripted server's), ``/left-limit`` is CLI and async wall time
   over the limit set again on the cores left (cores - others), and ``CPU ms`` is the CPU per
   article factcheck used in the row (CLI/async: its main process and workers; contention and
   start-up make it higher than part 1's).
3. **A second run's model calls**: the same batch through the CLI twice with the cache on (a
   temporary cache folder); the endpoint's request count for each run, and whether the second
   run's results equal the first's.
4. **Offline** (extractive engine, no model): articles per second in one process and with the
   default worker processes; how soon the first result of a ``--first-of``-source list comes
   (100,000: the list repeats the articles); RSS before, after the first pass over the articles
   and after ``--rss-articles`` (2,000).
5. **Offline on a Dask ``LocalCluster``** (``--dask local``: one worker process per core,
   one thread each): articles per second over ``--dask-articles`` sources (the articles
   repeated) against one process (``summarize_many``, concurrency 1) in the same run, and the
   ratio; the cluster's start-up and warm-up time (paid once per run, not in the rate); whether
   every source's verdicts are the same both ways. ``--dask-only`` runs this part alone.

Articles: the first ``--articles`` pages of the extraction benchmark (``html/*.html.gz``,
decompressed to a temporary folder), or without ``--data`` the bundled examples repeated.
Always exits 0. Not measured here: ``--via batch-api``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import io
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent import futures
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scripted server lives with the tests

from scripted_server import ScriptedServer  # noqa: E402

from factcheck import batch_workers, summarize  # noqa: E402
from factcheck.batch import BatchItem, asummarize_many, summarize_many  # noqa: E402


def _articles(count: int, data: Path | None, folder: Path) -> list[str]:
    if data is None:
        examples = [ROOT / "examples" / "ramstein.html", ROOT / "examples" / "ramstein.txt"]
        return [str(examples[i % 2]) for i in range(count)]
    sources = []
    for page in sorted((data / "html").glob("*.html.gz"))[:count]:
        target = folder / page.name.removesuffix(".gz")
        target.write_bytes(gzip.decompress(page.read_bytes()))
        sources.append(str(target))
    return sources


_SERVER_PIDS: list[int] = []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _server_process(latency: float) -> Iterator[str]:
    """The scripted server in its own process; yields its base URL (its process id is in
    ``_SERVER_PIDS`` meanwhile, so its CPU can be told apart from factcheck's)."""
    port = _free_port()
    server = [sys.executable, str(ROOT / "tests" / "scripted_server.py")]
    process = subprocess.Popen(
        [*server, "--port", str(port), "--latency", str(latency)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        process.stderr.readline()  # "scripted OpenAI-compatible server on ..."
        _SERVER_PIDS.append(process.pid)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        _SERVER_PIDS.remove(process.pid)
        process.terminate()
        process.wait(timeout=10)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _cpu(run: Callable[[], Any], count: int) -> tuple[float, float]:
    """(CPU ms per article, wall seconds) of ``run``."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return (time.process_time() - cpu) * 1000 / count, time.perf_counter() - wall


def _collect_async(sources: list[str], concurrency: int, **options: Any) -> list[BatchItem]:
    async def collect() -> list[BatchItem]:
        return [i async for i in asummarize_many(sources, concurrency=concurrency, **options)]

    return asyncio.run(collect())


def _failed(items: list[BatchItem]) -> int:
    return sum(1 for item in items if item.error is not None)


def _children_cpu() -> float:
    """CPU seconds of this process's children that have ended (worker processes once their
    run has shut them down; not the server, which is still running)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _worker_start_cpu(count: int) -> float:
    """CPU seconds that starting ``count`` worker processes costs (imports, warm-up), paid once
    per run and left out of the per-article figure."""
    before = _children_cpu()
    workers = batch_workers.Workers(count)
    futures.wait(workers.warming)
    workers.close()
    return _children_cpu() - before


@contextlib.contextmanager
def _workers_ready_first() -> Iterator[None]:
    """Runs whose workers are ready before the first source (the steady state of a long run:
    otherwise the first sources are done here while they start)."""
    start = batch_workers.Workers.__init__

    def ready_first(self: Any, count: int) -> None:
        start(self, count)
        futures.wait(self.warming)
        while not all(self._ready):
            time.sleep(0.01)

    batch_workers.Workers.__init__ = ready_first  # type: ignore[method-assign]
    try:
        yield
    finally:
        batch_workers.Workers.__init__ = start  # type: ignore[method-assign]


@dataclass
class CpuFigures:
    """CPU ms per article: in one process, and with workers (this process, the workers)."""

    in_process: float
    main: float
    workers: float
    start_seconds: float

    @property
    def with_workers(self) -> float:
        return self.main + self.workers


def part_cpu(sources: list[str]) -> CpuFigures:
    count, cores = len(sources), _cores()
    print(f"1. CPU per article, latency 0, one source at a time ({count} articles)")
    options: dict[str, Any] = {"repair_rounds": 0, "cache": False}
    with _server_process(0.0) as base_url:
        options["base_url"] = base_url

        def per_article() -> None:
            for source in sources:
                with contextlib.suppress(Exception):
                    summarize(source, **options)

        rows: list[tuple[str, float, float]] = []
        # A warm-up, so imports and the first parse are not counted against the first row.
        list(summarize_many(sources[:2], concurrency=1, workers=0, **options))
        rows.append(("summarize per article (a client each)", *_cpu(per_article, count)))
        rows.append(
            (
                "summarize_many, one process (before)",
                *_cpu(
                    lambda: list(summarize_many(sources, concurrency=1, workers=0, **options)),
                    count,
                ),
            )
        )
        rows.append(
            (
                "asummarize_many, one process",
                *_cpu(lambda: _collect_async(sources, 1, workers=0, **options), count),
            )
        )
        start = _worker_start_cpu(cores)
        children = _children_cpu()
        with _workers_ready_first():
            main_ms, wall = _cpu(
                lambda: list(summarize_many(sources, concurrency=1, workers=cores, **options)),
                count,
            )
        spent = _children_cpu() - children - start
        workers_ms = max(spent, 0.0) * 1000 / count
    base = rows[0][1]
    for label, ms, took in rows:
        print(f"  {label:<40} {ms:6.1f} ms/article  x{base / ms:4.2f}  ({took:5.1f} s wall)")
    figures = CpuFigures(rows[1][1], main_ms, workers_ms, start)
    print(
        f"  summarize_many, {cores} worker processes (now) {figures.with_workers:6.1f} ms/article: "
        f"{main_ms:.1f} in this process (x{rows[1][1] / main_ms:4.2f} less than before), "
        f"{workers_ms:.1f} in the workers ({wall:.1f} s wall; their start, "
        f"{start:.1f} s of CPU once per run, not counted)"
    )
    return figures


def _busy_seconds() -> float | None:
    """CPU seconds every core of the machine has been busy since boot (Linux ``/proc/stat``;
    None elsewhere)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()[1:]
    except OSError:
        return None
    # user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
    ticks = [int(value) for value in fields[:8]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def _process_seconds(pid: int) -> float:
    """CPU seconds process ``pid`` has used so far (0 where /proc is missing)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_seconds() -> float:
    """CPU seconds of this process and of its children that have ended (a CLI run and its
    workers, once waited for; this run's worker processes once shut down)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@dataclass
class Row:
    """One timed run of part 2: its wall time, the CPU factcheck used, and how many cores other
    work took meanwhile (from /proc/stat: the machine's busy time less factcheck's and the
    scripted server's), so the limit can be set again on the cores that were left."""

    wall: float = 0.0
    own: float = 0.0
    others: float | None = None  # cores other work took, on average over the row

    @classmethod
    @contextlib.contextmanager
    def timed(cls) -> Iterator[Row]:
        row = cls()
        busy, own = _busy_seconds(), _own_seconds()
        server = sum(_process_seconds(pid) for pid in _SERVER_PIDS)
        started = time.perf_counter()
        yield row
        row.wall = time.perf_counter() - started
        row.own = _own_seconds() - own
        server = sum(_process_seconds(pid) for pid in _SERVER_PIDS) - server
        after = _busy_seconds()
        if busy is not None and after is not None:
            row.others = max(after - busy - row.own - server, 0.0) / row.wall


def _left(row: Row, ideal: float, work: float, cores: int) -> str:
    """Wall time over the limit set again on the cores other work left during the row."""
    if row.others is None:
        return "  n/a"
    return f"{row.wall / max(ideal, work / max(cores - row.others, 0.1)):5.2f}"


def _calls(items: list[BatchItem]) -> int:
    """Model requests a batch made: each result's attempts, and 3 for a source that failed
    (a reply that never validated, asked three times)."""
    return sum(3 if item.result is None else item.result.usage.attempts for item in items)


def part_wall(
    sources: list[str], latency: float, concurrencies: list[int], cpu: CpuFigures, folder: Path
) -> None:
    count, cores = len(sources), _cores()
    cpu_ms = cpu.with_workers
    print(
        f"2. wall time, {count} articles, latency {latency:g} s, {cores} core(s), "
        f"CPU {cpu_ms:.1f} ms/article with workers (part 1)"
    )
    listing = folder / f"sources-{count}.txt"
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
    print(
        f"  {'concurrency':>11} {'N*lat/c':>8} {'N*cpu/cores':>11} {'limit':>7} "
        f"{'CLI':>8} {'/limit':>6} {'async':>8} {'/limit':>6} {'calls':>6} "
        f"{'others':>6} {'/left-limit':>11} {'CPU ms':>13}"
    )
    with _server_process(latency) as base_url:
        env = {**os.environ, "OPENAI_BASE_URL": base_url, "FACTCHECK_CACHE": "false"}
        for concurrency in concurrencies:
            ideal = count * latency / concurrency
            work = count * cpu_ms / 1000  # CPU seconds the batch needs (part 1's figure)
            bound = work / cores
            limit = max(ideal, bound)
            out = folder / f"cli-{concurrency}.jsonl"
            command = [sys.executable, "-m", "factcheck", "summarize", "--from-file", str(listing)]
            options = ["--format", "json", "--output", str(out), "--overwrite", "--no-repair"]
            with Row.timed() as cli:
                subprocess.run(
                    [*command, *options, "-q", "--concurrency", str(concurrency)],
                    env=env,
                    check=False,
                    stderr=subprocess.DEVNULL,  # the sources the scripted replies fail are counted
                )
            with Row.timed() as in_process:
                items = _collect_async(
                    sources, concurrency, base_url=base_url, repair_rounds=0, cache=False
                )

            others = "/".join(
                "n/a" if row.others is None else f"{row.others:.1f}" for row in (cli, in_process)
            )
            # The model calls the run really made (retries of replies that fail validation, a
            # long article's chunk calls): the latency bound of the work actually asked for.
            by_calls = max(_calls(items) * latency / concurrency, bound)
            print(
                f"  {concurrency:>11} {ideal:7.1f}s {bound:10.1f}s {limit:6.1f}s "
                f"{cli.wall:7.1f}s {cli.wall / limit:6.2f} {in_process.wall:7.1f}s "
                f"{in_process.wall / limit:6.2f} {_calls(items):>6} {others:>7} "
                f"{_left(cli, ideal, work, cores)} {_left(in_process, ideal, work, cores)} "
                f"{cli.own * 1000 / count:6.1f}/{in_process.own * 1000 / count:.1f}"
                f"  calls x lat / c: {by_calls:.1f}s, {cli.wall / by_calls:.2f}/"
                f"{in_process.wall / by_calls:.2f}"
                + (f"  [{_failed(items)} failed]" if _failed(items) else "")
            )


def part_cache(sources: list[str], folder: Path) -> None:
    from factcheck.cli import main

    print("3. the response cache: the same batch run twice through the CLI")
    cache = folder / "cache"
    os.environ["FACTCHECK_CACHE_DIR"] = str(cache)
    listing = folder / "cached-sources.txt"
    listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
    outputs: list[dict[int, Any]] = []
    with ScriptedServer() as server:
        os.environ["OPENAI_BASE_URL"] = server.base_url
        for run in (1, 2):
            before = len(server.requests)
            out = folder / f"cached-{run}.jsonl"
            argv = ["summarize", "--from-file", str(listing), "--format", "json", "--output"]
            with contextlib.redirect_stderr(io.StringIO()):
                main([*argv, str(out), "--no-repair", "-q", "--concurrency", "8"])
            lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            outputs.append(
                {line["index"]: (line.get("result") or {}).get("claims") for line in lines}
            )
            failed = sum(1 for claims in outputs[-1].values() if claims is None)
            why = f" ({failed} source(s) failed; failures are never cached)" if failed else ""
            print(f"  run {run}: {len(server.requests) - before} model call(s){why}")
    del os.environ["OPENAI_BASE_URL"], os.environ["FACTCHECK_CACHE_DIR"]
    same = outputs[0] == outputs[1]
    print(f"  second run's results {'equal the first' if same else 'DIFFER from the first'}")


def _rss_mb() -> float:
    """This process's resident set size now, in MB (Linux; 0 where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def part_offline(sources: list[str], rss_articles: int, first_of: int) -> None:
    print("4. offline (extractive engine, no model)")
    count = len(sources)
    started = time.perf_counter()
    list(summarize_many(sources, concurrency=1, workers=0, offline=True))
    wall = time.perf_counter() - started
    print(f"  {count / wall:6.1f} articles/s ({count} articles, {wall:.1f} s)")
    started = time.perf_counter()
    list(summarize_many(sources, concurrency=4, offline=True))
    wall = time.perf_counter() - started
    print(
        f"  {count / wall:6.1f} articles/s with worker processes (the default; {count} articles, "
        f"{wall:.1f} s, their start-up included)"
    )

    async def first_item(listing: list[str]) -> float:
        begun = time.perf_counter()
        async for _item in asummarize_many(listing, concurrency=16, offline=True):
            return time.perf_counter() - begun
        return float("nan")

    if first_of:
        listing = [sources[i % count] for i in range(first_of)]
        began = time.perf_counter()
        for _item in summarize_many(listing, concurrency=16, offline=True):
            sync_first = time.perf_counter() - began
            break
        print(
            f"  first result of a {first_of:,}-source list: summarize_many {sync_first:.2f} s, "
            f"asummarize_many {asyncio.run(first_item(listing)):.2f} s"
        )
    if rss_articles:
        listing = [sources[i % count] for i in range(rss_articles)]
        before = _rss_mb()
        for done, _item in enumerate(summarize_many(listing, concurrency=4, offline=True), 1):
            if done == count:
                after_first = _rss_mb()
        after = _rss_mb()
        print(
            f"  RSS over {rss_articles:,} articles: {before:.0f} MB before, {after_first:.0f} MB "
            f"after {count}, {after:.0f} MB after all: +{after - before:.0f} MB"
        )


def _workers_cpu(client: Any) -> float:
    """The CPU seconds the cluster's worker processes have used so far, summed."""
    return float(sum(client.run(time.process_time).values()))


def part_dask(sources: list[str], count: int) -> None:
    try:
        import distributed  # noqa: F401  (the dask extra)
    except ImportError:
        print("5. --dask local: skipped (pip install 'factcheck[dask]')")
        return
    from factcheck.batch_dask import local_cores, open_client

    listing = [sources[i % len(sources)] for i in range(count)]
    cores = local_cores()
    print(f"5. offline (extractive engine), {count} articles: one process vs --dask local")
    # Both warmed up first (imports, extractor set-up): the rates are steady-state ones.
    list(summarize_many(sources[:1], concurrency=1, workers=0, offline=True))
    began, cpu = time.perf_counter(), time.process_time()
    plain = {
        item.index: item
        for item in summarize_many(listing, concurrency=1, workers=0, offline=True)
    }
    one, one_cpu = time.perf_counter() - began, time.process_time() - cpu
    began = time.perf_counter()
    client, release = open_client("local")
    try:
        workers = len(client.scheduler_info()["workers"])
        list(summarize_many(sources[: 2 * workers], dask=client, offline=True))
        startup = time.perf_counter() - began
        began, cpu = time.perf_counter(), _workers_cpu(client)
        spread = {item.index: item for item in summarize_many(listing, dask=client, offline=True)}
        wall, spread_cpu = time.perf_counter() - began, _workers_cpu(client) - cpu
    finally:
        release()

    def verdicts(item: BatchItem) -> Any:
        return item.error or [check.verdict for check in item.result.claims]  # type: ignore[union-attr]

    same = sum(1 for i in plain if i in spread and verdicts(plain[i]) == verdicts(spread[i]))
    print(f"  one process          {count / one:6.1f} articles/s ({one:.1f} s)")
    print(
        f"  --dask local         {count / wall:6.1f} articles/s ({wall:.1f} s; {workers} worker "
        f"processes on {cores} cores; cluster start and warm-up {startup:.1f} s, not counted)"
    )
    print(f"  ratio                x{one / wall:4.2f} (ideal x{cores})")
    print(
        f"  CPU per article      {one_cpu * 1000 / count:.1f} ms in one process, "
        f"{spread_cpu * 1000 / count:.1f} ms in the workers; load average now "
        f"{os.getloadavg()[0]:.1f} on {cores} cores (other work there slows the cluster first)"
    )
    print(f"  same verdicts        {same}/{count} sources; {_failed(list(spread.values()))} failed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16, 64])
    parser.add_argument("--data", type=Path, help="the extraction-dev folder (html/*.html.gz)")
    parser.add_argument("--skip-wall", action="store_true", help="leave out part 2 (minutes)")
    parser.add_argument(
        "--wall-articles",
        type=int,
        nargs="+",
        default=[64],
        help="batch sizes of part 2 (256: the articles repeated; about 4 minutes each on 2 cores)",
    )
    parser.add_argument("--wall-only", action="store_true", help="run parts 1 and 2 alone")
    parser.add_argument(
        "--rss-articles", type=int, default=2000, help="articles of the RSS run (0: none)"
    )
    parser.add_argument(
        "--first-of", type=int, default=100_000, help="list length of the first-result run"
    )
    parser.add_argument(
        "--dask-articles", type=int, default=256, help="sources of the --dask local run (0: none)"
    )
    parser.add_argument("--dask-only", action="store_true", help="run part 5 (--dask local) alone")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        # Never the user's own cache: part 3 gets a fresh folder, the others run without one.
        os.environ["FACTCHECK_CACHE_DIR"] = str(folder / "unused-cache")
        sources = _articles(args.articles, args.data, folder)
        if args.dask_only:
            part_dask(sources, args.dask_articles)
            return 0
        cpu = part_cpu(sources)
        if not args.skip_wall:
            for count in args.wall_articles:
                listing = [sources[i % len(sources)] for i in range(count)]
                part_wall(listing, args.latency, args.concurrency, cpu, folder)
        if args.wall_only:
            return 0
        part_cache(sources, folder)
        part_offline(sources, args.rss_articles, args.first_of)
        if args.dask_articles:
            part_dask(sources, args.dask_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
