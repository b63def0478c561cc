"""trafilatura/lxml is not safe in parallel threads: extraction runs one at a time per process.

Without the lock, batches at --concurrency 4 over real pages died with a segfault or "double
free or corruption". The instrumented test proves no two extractions ever overlap; the stress
test runs real-looking pages through parallel batches in a child process, where a crash shows
as a signal instead of killing the test run. The full 20-run stress is in
benchmarks/bench_faults.py.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from factcheck.extract import html_to_article

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "benchmarks" / "pages" / "html").glob("*.html"))


def test_no_two_extractions_ever_run_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    real = trafilatura.bare_extraction
    running = peak = 0
    guard = threading.Lock()

    def watched(*args: object, **kwargs: object) -> object:
        nonlocal running, peak
        with guard:
            running += 1
            peak = max(peak, running)
        time.sleep(0.005)  # widen the window an overlap would need
        try:
            return real(*args, **kwargs)
        finally:
            with guard:
                running -= 1

    monkeypatch.setattr(trafilatura, "bare_extraction", watched)
    html = (ROOT / "examples" / "ramstein.html").read_text(encoding="utf-8")
    threads = [threading.Thread(target=html_to_article, args=(html,)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == 1


STRESS = """
import sys
sys.path.insert(0, {tests!r})
from scripted_server import ScriptedServer
from factcheck import summarize_many
from factcheck.settings import resolve_settings

pages = {pages!r}
with ScriptedServer() as server:
    settings = resolve_settings(base_url=server.base_url, environ={{}}, max_retries=0)
    for run in range({runs}):
        items = list(summarize_many(pages, concurrency=8, settings=settings, repair_rounds=0))
        assert sorted(item.index for item in items) == list(range(len(pages)))
print("ok")
"""


def test_parallel_batches_over_real_pages_do_not_crash(tmp_path: Path) -> None:
    pages = [str(p) for p in PAGES] + [str(ROOT / "examples" / "ramstein.html")]
    code = STRESS.format(tests=str(ROOT / "tests"), pages=pages, runs=2)
    done = subprocess.run(
        # From a folder of its own, so the installed package is imported, not the checkout.
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    # A segfault or an abort ("double free or corruption") is a negative return code.
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"
