"""A batch on a Dask cluster (``--dask``, ``summarize_many(dask=...)``): the same items, verdicts
and per-source errors as a plain batch, streamed back as they finish, resumable.

Offline: the extractive engine over example pages, on a ``LocalCluster`` of two worker processes
on 127.0.0.1 (one for the module, so the suite pays for starting workers once; one more for the
test of ``--dask local`` itself).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import distributed
import pytest

import factcheck.batch_dask
from factcheck import summarize_many
from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    str(ROOT / "examples" / "ramstein.html"),
    str(ROOT / "examples" / "ramstein.txt"),
    *sorted(str(p) for p in (ROOT / "benchmarks" / "devset" / "articles").glob("*.txt"))[:3],
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["summarize", "--offline", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _verdicts(lines: list[dict[str, Any]]) -> dict[int, Any]:
    """Per input position: the verdict of every claim, or the error's type and exit code."""
    found: dict[int, Any] = {}
    for line in lines:
        if "result" in line:
            found[line["index"]] = [
                (claim["claim"], claim["verdict"]) for claim in line["result"]["claims"]
            ]
        else:
            found[line["index"]] = (line["error"]["type"], line["error"]["exit_code"])
    return found


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_dask_local_gives_the_verdicts_and_errors_of_a_plain_run(capsys, tmp_path, monkeypatch):
    missing = str(tmp_path / "missing.html")
    sources = [*PAGES, missing]
    plain_code, plain_out, _ = _run(capsys, *sources, "--format", "json")
    # Two worker processes, whatever the cores of the machine running the tests.
    monkeypatch.setattr(factcheck.batch_dask, "local_cores", lambda: 2)
    code, out, err = _run(capsys, *sources, "--format", "json", "--dask", "local")

    assert code == plain_code == 2  # the missing file's exit code, as in a plain run
    lines = _jsonl(out)
    assert sorted(line["index"] for line in lines) == list(range(len(sources)))
    assert [line["source"] for line in sorted(lines, key=lambda x: x["index"])] == sources
    assert _verdicts(lines) == _verdicts(_jsonl(plain_out))
    assert _verdicts(lines)[len(sources) - 1] == ("SourceNotFoundError", 2)
    assert all(_verdicts(lines)[i] for i in range(len(PAGES)))  # every page has claims
    assert f"{len(PAGES)} supported, 0 flagged, 1 failed" in err.replace("\n", " ")
    assert "Traceback" not in err


def test_a_cluster_address_resumes_only_what_is_missing(capsys, tmp_path, cluster):
    out = tmp_path / "out.jsonl"
    broken = tmp_path / "broken.txt"
    broken.write_text("", encoding="utf-8")  # an empty file: an error line, retried on resume
    sources = [PAGES[0], str(broken), PAGES[1]]
    address = cluster.scheduler_address

    code, _, _ = _run(capsys, sources[0], str(broken), "--format", "json", "-o", str(out))
    assert code == 2
    first = out.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = next(line for line in first if '"result"' in line)

    broken.write_text(Path(PAGES[1]).read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = _run(
        capsys, *sources, "--format", "json", "-o", str(out), "--resume", "--dask", address
    )
    assert code == 0
    assert "resuming: 1 of 3 source(s) already done" in err
    text = out.read_text(encoding="utf-8")
    assert text.startswith(kept)  # the finished source was not run again, its line untouched
    lines = _jsonl(text)
    assert sorted(line["index"] for line in lines) == [0, 1, 2]
    assert all("result" in line for line in lines)


def test_output_dir_and_its_index_from_a_cluster(capsys, tmp_path, cluster):
    folder = tmp_path / "digests"
    missing = str(tmp_path / "missing.html")
    address = cluster.scheduler_address
    code, _, err = _run(
        capsys,
        PAGES[0],
        missing,
        PAGES[2],
        "--output-dir",
        str(folder),
        "--format",
        "markdown",
        "--dask",
        address,
    )
    assert code == 2
    index = [json.loads(line) for line in (folder / "index.jsonl").read_text().splitlines()]
    assert [entry["index"] for entry in sorted(index, key=lambda e: e["index"])] == [0, 1, 2]
    names = sorted(p.name for p in folder.glob("*.md"))
    assert names == ["001-ramstein.md", f"003-{Path(PAGES[2]).stem}.md"]
    assert "missing.html: no such file" in err


def test_the_library_takes_a_client_and_keeps_the_window_bounded(cluster):
    started: list[int] = []
    in_flight: list[int] = []
    sources = [PAGES[1]] * 12
    with distributed.Client(cluster) as client:
        items = []
        for item in summarize_many(
            sources,
            dask=client,
            concurrency=1,
            offline=True,
            on_start=lambda index, source: started.append(index),
        ):
            in_flight.append(len(started) - len(items))
            items.append(item)
        # The client given is the caller's: still usable after the batch.
        assert client.submit(sum, [1, 2]).result() == 3
    assert sorted(item.index for item in items) == list(range(12))
    assert all(item.ok for item in items)
    assert {item.source for item in items} == {PAGES[1]}
    # Two worker threads: twice that many sources on the cluster at once (the next one is handed
    # over as each comes back), plus the one in the caller's hands; not the whole list.
    assert max(in_flight) == 4 + 1


def test_standard_input_cannot_go_to_a_cluster(capsys, cluster):
    code, _, err = _run(capsys, "-", PAGES[0], "--dask", cluster.scheduler_address)
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        "factcheck: error: standard input (-) cannot be sent to a Dask cluster: save it to a file"
    )


def test_without_the_dask_extra_one_line_and_exit_3(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    code, out, err = _run(capsys, *PAGES[:2], "--dask", "local")
    assert code == 3
    assert out == ""
    assert err.strip().splitlines()[-1] == (
        "factcheck: error: --dask needs the dask extra (distributed is missing): "
        "pip install 'factcheck[dask]'"
    )


def test_the_model_path_on_a_cluster_shares_the_response_cache(cluster, tmp_path, monkeypatch):
    """Workers call the endpoint with the settings resolved by the caller, and the response
    cache's folder (FACTCHECK_CACHE_DIR) is theirs too: a second run asks the model nothing."""
    from scripted_server import ScriptedServer

    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    sources = PAGES[:3]
    with ScriptedServer() as server:
        options = {"base_url": server.base_url, "model": "scripted", "repair_rounds": 0}
        plain = {item.index: item for item in summarize_many(sources, cache=False, **options)}
        asked = len(server.requests)
        assert asked >= len(sources)
        first = list(summarize_many(sources, dask=cluster.scheduler_address, **options))
        assert len(server.requests) == 2 * asked  # the workers asked the model, once a source
        again = list(summarize_many(sources, dask=cluster.scheduler_address, **options))
        assert len(server.requests) == 2 * asked  # ... and never again: all from the cache
    for run in (first, again):
        assert sorted(item.index for item in run) == [0, 1, 2]
        for item in run:
            assert item.result is not None and item.result.engine == "llm"
            assert [c.verdict for c in item.result.claims] == [
                c.verdict
                for c in plain[item.index].result.claims  # type: ignore[union-attr]
            ]


def test_dask_and_the_batch_api_are_refused_together(capsys, tmp_path):
    output = str(tmp_path / "o")
    argv = ["--via", "batch-api", "--dask", "local", PAGES[0], "-o", output]
    code = main(["summarize", *argv, "--base-url", "http://127.0.0.1:9/v1"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err.strip() == "factcheck: error: --via batch-api and --dask cannot be used together"
    assert not (tmp_path / "o").exists()
