"""A batch's CPU work in worker processes: the same results, the same per-source errors, and
``concurrency`` as the bound on model requests in flight, chunk calls included.

Against the scripted OpenAI-compatible server on 127.0.0.1 (tests/scripted_server.py); the
worker processes are real (spawned), and the tests wait for them to be ready, so every source
runs there rather than here while they start.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from long_article import long_article_text
from scripted_server import ScriptedServer

from factcheck import BatchItem, asummarize_many, batch_workers, summarize_many
from factcheck.cli import main
from factcheck.errors import InternalError
from factcheck.settings import resolve_settings

ROOT = Path(__file__).resolve().parent.parent
DEVSET = sorted(str(path) for path in (ROOT / "benchmarks" / "devset" / "articles").glob("*.txt"))


@pytest.fixture
def jobs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The jobs sent to worker processes, by name; workers are ready before any source runs."""
    sent: list[str] = []
    start, run = batch_workers.Workers.__init__, batch_workers.Workers.run

    def ready_at_once(self: Any, count: int) -> None:
        start(self, count)
        deadline = time.monotonic() + 120
        while not all(self._ready) and time.monotonic() < deadline:
            time.sleep(0.02)

    async def counted(self: Any, slot: int, job: Any, *args: Any) -> Any:
        sent.append(job.__name__)
        return await run(self, slot, job, *args)

    monkeypatch.setattr(batch_workers.Workers, "__init__", ready_at_once)
    monkeypatch.setattr(batch_workers.Workers, "run", counted)
    return sent


@pytest.fixture
def sources(tmp_path: Path, examples_dir: Path) -> list[str]:
    """Good articles of every kind (HTML, text, one long enough to be drafted in chunks) and
    three that fail in different ways."""
    long = tmp_path / "long.txt"
    long.write_text(long_article_text(4_000), encoding="utf-8")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    shell = tmp_path / "shell.html"
    shell.write_text("<html><body><p>Loading...</p></body></html>", encoding="utf-8")
    return [
        str(examples_dir / "ramstein.html"),
        str(tmp_path / "missing.html"),
        str(long),
        *DEVSET[:4],
        str(binary),
        str(examples_dir / "ramstein.txt"),
        str(shell),
        *DEVSET[4:],
    ]


def _settings(server: ScriptedServer) -> Any:
    # No cache: each run asks the server itself. A small budget: the long article is chunked.
    return resolve_settings(base_url=server.base_url, cache=False, context_budget_tokens=1_500)


def _comparable(item: BatchItem) -> Any:
    """What a user reads of an item: everything but timings."""
    if item.result is None:
        return item.index, item.source, item.error
    result = item.result.model_dump(mode="json", exclude={"usage": {"seconds"}})
    return item.index, item.source, result


def _sorted(items: list[BatchItem]) -> list[Any]:
    return [_comparable(item) for item in sorted(items, key=lambda item: item.index)]


def test_worker_processes_give_the_same_results_and_errors_as_one_process(
    sources: list[str], jobs: list[str]
) -> None:
    with ScriptedServer() as server:
        settings = _settings(server)
        here = _sorted(list(summarize_many(sources, concurrency=4, workers=0, settings=settings)))
        assert not jobs
        there = _sorted(list(summarize_many(sources, concurrency=4, workers=2, settings=settings)))
    assert there == here
    # The work really went to the workers: every source loaded there, every draft checked there.
    assert jobs.count("_load") == len(sources)
    assert jobs.count("_check") >= len(sources) - 3
    errors = {item[1]: item[2] for item in here if not isinstance(item[2], dict)}
    assert {name.rsplit("/", 1)[-1]: e.type for name, e in errors.items()} == {
        "missing.html": "SourceNotFoundError",
        "image.html": "InputError",
        "shell.html": "ExtractionError",
    }
    assert all("\n" not in e.message and "Traceback" not in e.message for e in errors.values())


def test_the_async_batch_with_workers_gives_the_same_results(
    sources: list[str], jobs: list[str]
) -> None:
    async def collect(settings: Any, workers: int) -> list[BatchItem]:
        batch = asummarize_many(sources, concurrency=4, workers=workers, settings=settings)
        return [item async for item in batch]

    with ScriptedServer() as server:
        settings = _settings(server)
        here = _sorted(asyncio.run(collect(settings, 0)))
        there = _sorted(asyncio.run(collect(settings, 2)))
    assert there == here and "_check" in jobs


def test_offline_sources_run_whole_in_the_workers_with_the_same_results(
    sources: list[str], jobs: list[str]
) -> None:
    here = _sorted(list(summarize_many(sources, concurrency=2, workers=0, offline=True)))
    there = _sorted(list(summarize_many(sources, concurrency=2, workers=2, offline=True)))
    assert there == here
    assert jobs.count("_summarize") == len(sources)


def test_the_last_item_comes_even_when_the_run_has_ended_before_it_is_taken(
    monkeypatch: pytest.MonkeyPatch, jobs: list[str]
) -> None:
    """The run's loop may end and close as soon as it hands over its last item: the caller
    taking that item must not fail on the closed loop (it lost the last digest, exit 70)."""
    import queue
    import types

    from factcheck import batch_run

    class Slow(queue.Queue):  # type: ignore[type-arg]
        def get(self, *args: Any, **kwargs: Any) -> Any:
            item = super().get(*args, **kwargs)
            time.sleep(0.3)  # meanwhile the run's loop, done, closes
            return item

    monkeypatch.setattr(batch_run, "queue", types.SimpleNamespace(Queue=Slow))
    items = list(summarize_many(DEVSET[:2], concurrency=1, workers=1, offline=True))
    assert sorted(item.index for item in items) == [0, 1]
    assert all(item.ok for item in items)


def test_a_worker_that_dies_fails_its_source_alone_and_is_replaced() -> None:
    workers = batch_workers.Workers(1)

    async def go() -> tuple[BaseException | None, Any]:
        died = None
        try:
            await workers.run(0, os._exit, 3)  # the worker process ends on the spot
        except InternalError as exc:
            died = exc
        return died, await workers.run(0, os.getpid)

    try:
        died, pid = asyncio.run(go())
    finally:
        workers.close()
    assert died is not None and "a worker process died" in str(died)
    assert isinstance(pid, int) and pid != os.getpid()  # a fresh worker took the next job


@pytest.mark.parametrize(
    ("name", "workers"), [("summarize_many", 0), ("summarize_many", 2), ("asummarize_many", 0)]
)
def test_concurrency_bounds_the_model_requests_in_flight_chunk_calls_included(
    sources: list[str], jobs: list[str], name: str, workers: int
) -> None:
    # The long article is drafted in 4+ chunk calls at once: counted inside the 3, not per source.
    long = [source for source in sources if source.endswith("long.txt")]
    listing = long * 2 + DEVSET[:6]
    with ScriptedServer(latency=0.2) as server:
        options: dict[str, Any] = {"concurrency": 3, "workers": workers}
        options["settings"] = _settings(server)
        if name == "summarize_many":
            items = list(summarize_many(listing, **options))
        else:

            async def collect() -> list[BatchItem]:
                return [item async for item in asummarize_many(listing, **options)]

            items = asyncio.run(collect())
        assert all(item.ok for item in items)
        assert len(server.requests) > len(listing) + 4  # the chunk calls and their merges
        assert server.max_in_flight == 3


def test_the_cli_takes_workers_and_writes_the_same_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, jobs: list[str]
) -> None:
    listing = tmp_path / "wire.txt"
    listing.write_text("\n".join(DEVSET) + "\n", encoding="utf-8")
    outputs = []
    with ScriptedServer() as server:
        for workers in ("0", "2"):
            target = tmp_path / f"out-{workers}.jsonl"
            argv = ["summarize", "--from-file", str(listing), "--format", "json", "-o"]
            argv += [str(target), "--base-url", server.base_url, "--no-cache", "-q"]
            code = main([*argv, "--workers", workers, "--concurrency", "3"])
            assert code in (0, 1), capsys.readouterr().err
            lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
            for line in lines:
                line["result"]["usage"].pop("seconds")
            outputs.append(sorted(lines, key=lambda line: line["index"]))
    assert outputs[0] == outputs[1] and len(outputs[0]) == len(DEVSET)
    assert jobs.count("_load") == len(DEVSET)


def test_the_cli_forks_its_workers_when_it_runs_no_thread_and_gives_the_same_lines(
    tmp_path: Path,
) -> None:
    # A CLI process runs nothing but the batch: its workers are forked (ready at once, nothing
    # imported again). In this test process the server's thread rules that out, hence a
    # subprocess.
    listing = tmp_path / "wire.txt"
    listing.write_text("\n".join(DEVSET) + "\n", encoding="utf-8")
    outputs, logs = [], []
    with ScriptedServer() as server:
        for workers in ("2", "0"):
            target = tmp_path / f"out-{workers}.jsonl"
            command = [sys.executable, "-m", "factcheck", "summarize", "--from-file", str(listing)]
            command += ["--format", "json", "-o", str(target), "--base-url", server.base_url]
            command += ["--no-cache", "-q", "-v", "--workers", workers, "--concurrency", "3"]
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=120, cwd=tmp_path
            )
            assert done.returncode in (0, 1), done.stderr
            logs.append(done.stderr)
            lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
            for line in lines:
                line["result"]["usage"].pop("seconds")
            outputs.append(sorted(lines, key=lambda line: line["index"]))
    assert "2 worker process(es), started with fork" in logs[0]
    assert "worker process" not in logs[1] and "Traceback" not in "".join(logs)
    assert outputs[0] == outputs[1] and len(outputs[0]) == len(DEVSET)
