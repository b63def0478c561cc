"""Batch summarizing: wall time of ``summarize_many`` / ``asummarize_many`` by concurrency.

    python benchmarks/bench_batch.py [--articles N] [--latency SECONDS] [--data DIR]

Model path. The endpoint is the scripted OpenAI-compatible server (tests/scripted_server.py),
started in this process on a free 127.0.0.1 port, every reply delayed by ``--latency`` seconds
(default 0.5: a fast hosted model) to stand in for a real endpoint. One model call per article
(``repair_rounds=0``), so the ideal time at concurrency 1 is about ``articles x latency``. For
each concurrency: the wall time, articles per second, and the speed-up over concurrency 1 in the
same run; and whether every article got the same summary as at concurrency 1.

Offline path. The same articles through the extractive engine (no model): CPU work, so threads
share one interpreter lock; the figures show what concurrency costs or gains there.

Articles: the bundled examples (ramstein.html and ramstein.txt, repeated to ``--articles``), or,
with ``--data ../shared/data/extraction-dev``, the first ``--articles`` pages of that benchmark
(``html/*.html.gz``, decompressed to a temporary folder). Always exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scripted server lives with the tests

from scripted_server import ScriptedServer, latency  # noqa: E402

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


def _timed(run: Callable[[], list[BatchItem]]) -> tuple[float, dict[int, BatchItem]]:
    started = time.perf_counter()
    items = run()
    return time.perf_counter() - started, {item.index: item for item in items}


def _same(items: dict[int, BatchItem], baseline: dict[int, BatchItem]) -> bool:
    def key(item: BatchItem) -> Any:
        if item.result is None:
            return item.error
        return (item.result.summary, [check.verdict for check in item.result.claims])

    return items.keys() == baseline.keys() and all(key(items[i]) == key(baseline[i]) for i in items)


def _row(label: str, seconds: float, count: int, base: float, same: bool) -> None:
    print(
        f"  {label:<28} {seconds:7.2f} s  {count / seconds:6.1f} articles/s  "
        f"x{base / seconds:5.2f}  {'same results' if same else 'RESULTS DIFFER'}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--data", type=Path, help="the extraction-dev folder (html/*.html.gz)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        sources = _articles(args.articles, args.data, Path(scratch))
        count = len(sources)
        print(f"{count} articles, model latency {args.latency:g} s per call")

        def with_model(concurrency: int, use_async: bool = False) -> list[BatchItem]:
            with ScriptedServer() as server:
                # Every call this run can make is delayed; more steps than calls is harmless.
                server.script([latency(args.latency)] * (count * 4))
                options = {"base_url": server.base_url, "api_key": "bench", "repair_rounds": 0}
                if use_async:

                    async def collect() -> list[BatchItem]:
                        return [
                            item
                            async for item in asummarize_many(
                                sources, concurrency=concurrency, **options
                            )
                        ]

                    return asyncio.run(collect())
                return list(summarize_many(sources, concurrency=concurrency, **options))

        print("model path (scripted endpoint):")
        base, baseline = _timed(lambda: with_model(1))
        failed = sum(1 for item in baseline.values() if item.error is not None)
        _row("summarize_many, 1", base, count, base, True)
        for concurrency in (4, 8):
            seconds, items = _timed(lambda c=concurrency: with_model(c))
            _row(f"summarize_many, {concurrency}", seconds, count, base, _same(items, baseline))
        for concurrency in (4, 8):
            seconds, items = _timed(lambda c=concurrency: with_model(c, True))
            _row(f"asummarize_many, {concurrency}", seconds, count, base, _same(items, baseline))
        print(f"  ({failed} of {count} articles failed at concurrency 1)")

        print("offline path (extractive engine, CPU-bound):")
        base, baseline = _timed(lambda: list(summarize_many(sources, concurrency=1, offline=True)))
        _row("summarize_many, 1", base, count, base, True)
        for concurrency in (2, 4):
            seconds, items = _timed(
                lambda c=concurrency: list(summarize_many(sources, concurrency=c, offline=True))
            )
            _row(f"summarize_many, {concurrency}", seconds, count, base, _same(items, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
