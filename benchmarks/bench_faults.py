"""Faults: what a hostile endpoint, a trickling article server and a fault storm do to factcheck.

    python benchmarks/bench_faults.py [--trials N] [--storms N] [--sources N] [--stress-runs N]

1. **By fault kind.** Every fault the scripted OpenAI-compatible server (tests/scripted_server.py,
   in this process on 127.0.0.1) can inject, ``--trials`` times each, through the CLI
   (``factcheck.cli.main`` in this process, one source, ``FACTCHECK_MAX_RETRIES=1``,
   ``FACTCHECK_MAX_ATTEMPTS=2``, ``FACTCHECK_TIMEOUT=2``, ``FACTCHECK_MAX_SECONDS=4``). A run is a
   *clean error* when it exits with a documented code (2-15, 70) and stderr holds exactly one
   ``factcheck: error:`` line; a *traceback* when an exception escapes ``main`` or stderr holds a
   Python traceback. ``seconds`` is the mean wall time of a run. Two article-server faults
   (headers or body trickled one byte every 0.2 s) go through ``load_article(timeout=1)``, whose
   whole-fetch deadline is 3 s.
2. **The storm.** ``--storms`` batches of ``--sources`` sources (the dev set's articles) at
   ``--concurrency 4`` where a fixed-seed 40% of the model's replies are faults of every kind
   (drips included), written as JSON Lines to a file: *kept* counts the sources with a line
   (a result or an error), *lost* those without one; *results* those summarized. The same batch
   without faults, in the same run, is the baseline for the time ratio.
3. **Parallel extraction.** ``--stress-runs`` batches of the 12 benchmark pages plus the example
   page at concurrency 8 against a zero-latency endpoint, in a child process each so that a
   segfault or an abort counts as a crash instead of ending the benchmark.

Always exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scripted and article servers live with the tests

from article_server import serve  # noqa: E402
from scripted_server import FAULTS, ScriptedServer, Step, drip, model, trickle_headers  # noqa: E402

from factcheck.article import load_article  # noqa: E402
from factcheck.cli import main  # noqa: E402
from factcheck.errors import FactcheckError  # noqa: E402

ARTICLE = str(ROOT / "examples" / "ramstein.txt")
DEVSET = sorted(str(p) for p in (ROOT / "benchmarks" / "devset" / "articles").glob("*.txt"))
DOCUMENTED = set(range(2, 16)) | {70}
ENV = {
    "FACTCHECK_MAX_RETRIES": "1",
    "FACTCHECK_MAX_ATTEMPTS": "2",
    "FACTCHECK_TIMEOUT": "2",
    "FACTCHECK_MAX_SECONDS": "4",
}
SLOW: dict[str, Callable[[], Step]] = {
    "drip (1 byte / 0.5 s)": lambda: drip(0.5),
    "trickled headers (1 byte / 0.5 s)": lambda: trickle_headers(0.5),
}


def _cli(argv: list[str]) -> tuple[int | None, str, bool]:
    """Exit code, stderr, and whether a traceback escaped."""
    err = io.StringIO()
    out = io.StringIO()
    escaped = False
    code: int | None
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as exit_info:
            code = int(exit_info.code or 0)
        except BaseException:
            code, escaped = None, True
    text = err.getvalue()
    return code, text, escaped or "Traceback (most recent call last)" in text


def _row(name: str, tried: int, clean: int, tracebacks: int, seconds: float, codes: set) -> str:
    shown = ",".join(str(c) for c in sorted(codes, key=str))
    return f"{name:36} {tried:>5} {clean:>6} {tracebacks:>9} {seconds:>8.2f}  {shown}"


def by_fault_kind(server: ScriptedServer, trials: int) -> None:
    print("1. By fault kind (through the CLI; article faults through load_article)")
    print(f"{'fault':36} {'tried':>5} {'clean':>6} {'traceback':>9} {'seconds':>8}  exit codes")
    kinds: dict[str, Callable[[], Step]] = {**FAULTS, **SLOW}
    totals = [0, 0, 0]
    for name, make in kinds.items():
        clean = tracebacks = 0
        codes: set[int | None] = set()
        started = time.monotonic()
        for _ in range(trials):
            server.script([make() for _ in range(8)])
            code, err, escaped = _cli(["summarize", ARTICLE, "--format", "json", "-q"])
            codes.add(code)
            one_line = sum(1 for line in err.splitlines() if line.startswith("factcheck: error:"))
            clean += int(code in DOCUMENTED and one_line == 1 and not escaped)
            tracebacks += int(escaped)
        seconds = (time.monotonic() - started) / trials
        print(_row(name, trials, clean, tracebacks, seconds, codes))
        totals = [totals[0] + trials, totals[1] + clean, totals[2] + tracebacks]
    with serve() as (base, _state):
        for route in ("/trickle-headers", "/trickle-body"):
            clean = tracebacks = 0
            started = time.monotonic()
            for _ in range(trials):
                try:
                    load_article(base + route, allow_private_hosts=True, timeout=1)
                except FactcheckError:
                    clean += 1
                except BaseException:
                    tracebacks += 1
            seconds = (time.monotonic() - started) / trials
            name = f"article {route[1:].replace('-', ' ')}"
            print(_row(name, trials, clean, tracebacks, seconds, {4}))
            totals = [totals[0] + trials, totals[1] + clean, totals[2] + tracebacks]
    print(f"{'all':36} {totals[0]:>5} {totals[1]:>6} {totals[2]:>9}")
    print()


def _storm_steps(seed: int, steps: int, share: float) -> list[Step]:
    pick = random.Random(seed)
    kinds = [*FAULTS.values(), lambda: drip(0.05)]
    return [pick.choice(kinds)() if pick.random() < share else model() for _ in range(steps)]


def _batch(server: ScriptedServer, sources: list[str], steps: list[Step]) -> tuple[int, int, float]:
    server.script(steps)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "storm.jsonl"
        started = time.monotonic()
        _cli(["summarize", *sources, "--format", "json", "-o", str(target), "-q"])
        seconds = time.monotonic() - started
        lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    kept = len({line["index"] for line in lines})
    results = sum(1 for line in lines if "result" in line)
    return kept, results, seconds


def storm(server: ScriptedServer, storms: int, count: int) -> None:
    sources = [DEVSET[i % len(DEVSET)] for i in range(count)]
    print(f"2. The storm: {storms} batch(es) of {count} sources, 40% of replies faulty")
    print(f"{'batch':12} {'sources':>7} {'kept':>5} {'lost':>5} {'results':>7} {'seconds':>8}")
    _, _, baseline = _batch(server, sources, [])
    print(f"{'no faults':12} {count:>7} {'':>5} {'':>5} {'':>7} {baseline:>8.1f}")
    kept_all = lost_all = seconds_all = 0.0
    for seed in range(storms):
        kept, results, seconds = _batch(server, sources, _storm_steps(seed, 4 * count, 0.4))
        print(
            f"{'seed ' + str(seed):12} {count:>7} {kept:>5} {count - kept:>5} {results:>7} "
            f"{seconds:>8.1f}"
        )
        kept_all, lost_all, seconds_all = (
            kept_all + kept,
            lost_all + count - kept,
            seconds_all + seconds,
        )
    print(
        f"{'all':12} {storms * count:>7} {kept_all:>5.0f} {lost_all:>5.0f} {'':>7} "
        f"{seconds_all:>8.1f}   time per storm / no-fault batch: "
        f"{seconds_all / max(storms, 1) / baseline:.2f}x"
    )
    print()


STRESS = """
import sys
sys.path.insert(0, {tests!r})
from scripted_server import ScriptedServer
from factcheck import summarize_many
from factcheck.settings import resolve_settings
pages = {pages!r}
with ScriptedServer() as server:
    settings = resolve_settings(base_url=server.base_url, environ={{}}, max_retries=0)
    items = list(summarize_many(pages, concurrency=8, settings=settings, repair_rounds=0))
    assert sorted(item.index for item in items) == list(range(len(pages)))
"""


def parallel(runs: int) -> None:
    pages = [str(p) for p in sorted((ROOT / "benchmarks" / "pages" / "html").glob("*.html"))]
    pages.append(str(ROOT / "examples" / "ramstein.html"))
    code = STRESS.format(tests=str(ROOT / "tests"), pages=pages)
    crashes = failures = 0
    started = time.monotonic()
    last = ""
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ
        )
        crashes += int(done.returncode < 0)
        failures += int(done.returncode > 0)
        if done.returncode:
            last = (done.stderr.strip().splitlines() or [""])[-1]
    seconds = time.monotonic() - started
    print(f"3. Parallel extraction: {runs} batch run(s) of {len(pages)} pages at concurrency 8")
    print(
        f"   crashes (signal): {crashes}   other failures: {failures}   "
        f"seconds per run: {seconds / max(runs, 1):.1f}"
    )
    if last:
        print(f"   last failure: {last}")


def main_bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=3, help="runs per fault kind (3)")
    parser.add_argument("--storms", type=int, default=6, help="storm batches (6)")
    parser.add_argument("--sources", type=int, default=40, help="sources per storm (40)")
    parser.add_argument("--stress-runs", type=int, default=20, help="parallel batch runs (20)")
    parser.add_argument("--parts", default="123", help="which parts to run (default: 123)")
    args = parser.parse_args()
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "FACTCHECK_")):
            del os.environ[name]
    with ScriptedServer() as server:
        os.environ.update(ENV, OPENAI_BASE_URL=server.base_url)
        if "1" in args.parts:
            by_fault_kind(server, args.trials)
        if "2" in args.parts:
            storm(server, args.storms, args.sources)
    if "3" in args.parts:
        parallel(args.stress_runs)


if __name__ == "__main__":
    main_bench()
