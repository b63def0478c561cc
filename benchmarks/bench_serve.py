"""The server's overhead: ``POST /v1/check`` against the same check done in-process.

    python benchmarks/bench_serve.py [--requests N] [--clients 1,8,32] [--repeats R]

The check is the README's: ``examples/draft-with-errors.txt`` against ``examples/ramstein.txt``.

Served: ``factcheck serve`` runs as its own process on a free 127.0.0.1 port (``--max-concurrent``
set to the largest client count, so nothing is refused); ``C`` clients (asyncio tasks sharing one
httpx2 connection pool, in this process) each send requests back to back until ``N`` have been
answered; every answer must be a 200.

In-process: the same check through the library -- ``check_text`` and ``render_report(...,
"json")``, what the server computes -- by ``C`` threads sharing the ``N`` calls, as a Python
service that imports factcheck would run it.

For each ``C``: requests per second, and the p50 and p95 latency of one request (for in-process,
of one call, waiting for the interpreter lock included); each side is run ``R`` times (3),
alternating, and its fastest run is kept, which damps the noise of other work on the machine.
*overhead* is the served time per request over the in-process time per request (in-process
req/s / served req/s): 1.0x means the HTTP layer costs nothing. Issue 12 asks for under 2x at 8
clients. The machine's cores are shared by the server, the clients and anything else running:
figures move by 10-30% between runs on a busy machine. Exits 0 unless the server fails to start
or answers other than 200.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2

from factcheck import check_text
from factcheck.render import render_report

ROOT = Path(__file__).resolve().parent.parent
SOURCE = (ROOT / "examples" / "ramstein.txt").read_text(encoding="utf-8")
DRAFT = (ROOT / "examples" / "draft-with-errors.txt").read_text(encoding="utf-8")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class Run:
    """Latencies (seconds) of one concurrency level, and the wall time it took."""

    def __init__(self, latencies: list[float], wall: float) -> None:
        self.latencies, self.wall = latencies, wall

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall

    def cells(self) -> str:
        ms = [1000 * percentile(self.latencies, p) for p in (0.5, 0.95)]
        return f"{self.rate:8.1f} {ms[0]:8.1f} {ms[1]:8.1f}"


def in_process(clients: int, requests: int) -> Run:
    def one() -> float:
        started = time.perf_counter()
        render_report(check_text(SOURCE, DRAFT), "json")
        return time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=clients) as pool:
        started = time.perf_counter()
        latencies = list(pool.map(lambda _: one(), range(requests)))
        return Run(latencies, time.perf_counter() - started)


async def served(url: str, clients: int, requests: int) -> Run:
    body = {"source_text": SOURCE, "text": DRAFT}
    latencies: list[float] = []
    remaining = requests
    limits = httpx2.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx2.AsyncClient(base_url=url, timeout=120, limits=limits) as http:

        async def client() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                started = time.perf_counter()
                response = await http.post("/v1/check", json=body)
                latencies.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise SystemExit(f"bench_serve: got {response.status_code}: {response.text}")

        started = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        return Run(latencies, time.perf_counter() - started)


def start_server(max_concurrent: int) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FACTCHECK_"))}
    command = [sys.executable, "-m", "factcheck", "serve", "--port", str(port)]
    command += ["--max-concurrent", str(max_concurrent)]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}  # the access log
    server = subprocess.Popen(command, env=env, **quiet)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        if server.poll() is not None:
            raise SystemExit("bench_serve: factcheck serve exited (pip install '.[serve]')")
        try:
            httpx2.get(f"{url}/healthz")
            return server, url
        except httpx2.TransportError:
            if time.monotonic() > deadline:
                server.kill()
                raise SystemExit("bench_serve: factcheck serve did not start in 30 s") from None
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="requests per level (400)")
    parser.add_argument("--clients", default="1,8,32", help="concurrency levels (1,8,32)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per side, best kept (3)")
    args = parser.parse_args()
    levels = [int(c) for c in args.clients.split(",")]

    server, url = start_server(max(levels))
    try:
        # Warm both sides: imports, the first request's lazy set-up, connection pools.
        asyncio.run(served(url, 2, 20))
        in_process(2, 20)
        print(f"POST /v1/check, {args.requests} requests per level; latencies in ms")
        print(f"{'clients':>7} | {'served req/s':>12} {'p50':>8} {'p95':>8} | "
              f"{'in-process':>12} {'p50':>8} {'p95':>8} | overhead")  # fmt: skip
        for clients in levels:
            remotes, locals_ = [], []
            for _ in range(args.repeats):
                remotes.append(asyncio.run(served(url, clients, args.requests)))
                locals_.append(in_process(clients, args.requests))
            remote = max(remotes, key=lambda run: run.rate)
            local = max(locals_, key=lambda run: run.rate)
            ratio = local.rate / remote.rate
            print(f"{clients:>7} | {remote.cells():>30} | {local.cells():>30} | {ratio:6.2f}x")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
