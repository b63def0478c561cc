"""`--via batch-api`: the model calls of a batch go through OpenAI's Batch API.

Run against the scripted server's live `/v1/files` and `/v1/batches` (no cassette: see
cassettes/README.md, "The Batch API"). The test that matters: the same inputs against the same
scripted replies give the same verdicts through the Batch API as through plain requests.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from scripted_server import RAMSTEIN_DRAFT, model, reply, server_error

from factcheck.batch_api import summarize_via_batch_api
from factcheck.cli import main
from factcheck.settings import Settings


def _wrong_money(draft: dict[str, Any]) -> dict[str, Any]:
    """RAMSTEIN_DRAFT with Germany's $2.3 billion misread as $2.5 billion (claim and prose)."""
    wrong = json.loads(json.dumps(draft))

    def swap(text: str) -> str:
        return text.replace("$2.3 billion", "$2.5 billion")

    wrong["summary"] = swap(wrong["summary"])
    wrong["key_points"] = [swap(point) for point in wrong["key_points"]]
    for claim in wrong["claims"]:
        claim["text"], claim["figure"] = swap(claim["text"]), swap(claim["figure"])
    return wrong


@pytest.fixture
def sources(tmp_path: Path, examples_dir: Path) -> list[str]:
    """Three articles: the example, and two short ones the server drafts extractively."""
    shutil.copy(examples_dir / "ramstein.txt", tmp_path / "ramstein.txt")
    (tmp_path / "budget.txt").write_text(
        "The council approved a budget of $4.2 million on Monday. It will hire 35 new teachers "
        "and repair 12 schools. Spending rises 8% from last year.\n",
        encoding="utf-8",
    )
    (tmp_path / "port.txt").write_text(
        "The port handled 1.3 million containers in 2024. Traffic fell 6% in the last quarter, "
        "the authority said. About 400 workers were laid off.\n",
        encoding="utf-8",
    )
    return [str(tmp_path / name) for name in ("ramstein.txt", "budget.txt", "port.txt")]


def _summarize(server: Any, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    return main(["summarize", "--format", "json", "--no-cache", "--quiet", *argv])


def _verdicts(path: Path) -> dict[int, Any]:
    """Per source: its verdicts in order with the claims they judge, or its error type."""
    found: dict[int, Any] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "error" in record:
            found[record["index"]] = record["error"]["type"]
        else:
            result = record["result"]
            found[record["index"]] = (
                result["summary"],
                [(c["claim"], c["verdict"], c["reasons"]) for c in result["claims"]],
                len(result["rounds"]),
            )
    return found


def test_batch_api_gives_the_same_verdicts_as_a_plain_run(
    scripted_server, monkeypatch, sources, tmp_path
) -> None:
    # The example's first draft misreads a figure: flagged, so it is repaired (the server then
    # answers as a good model would). Same script both ways.
    scripted_server.script([reply(_wrong_money(RAMSTEIN_DRAFT))])
    plain = tmp_path / "plain.jsonl"
    plain_code = _summarize(
        scripted_server, monkeypatch, *sources, "--concurrency", "1", "--output", str(plain)
    )
    direct_requests = len(scripted_server.requests)
    assert scripted_server.batch_calls == []

    scripted_server.script([reply(_wrong_money(RAMSTEIN_DRAFT))])
    via = tmp_path / "via.jsonl"
    via_code = _summarize(
        scripted_server, monkeypatch, *sources, "--via", "batch-api", "--output", str(via)
    )
    assert via_code == plain_code
    assert _verdicts(via) == _verdicts(plain)
    example = _verdicts(via)[0]
    assert example[2] == 2  # drafted, flagged, repaired
    assert all(verdict == "supported" for _, verdict, _ in example[1])
    # Two batches (the drafts, then the one repair), each uploaded, created, polled, read.
    posts = [call for call in scripted_server.batch_calls if call.startswith("POST")]
    assert posts == ["POST /v1/files", "POST /v1/batches"] * 2
    assert len(scripted_server.requests) == 2 * direct_requests  # batch lines, no direct call
    assert not Path(f"{via}.batch-state.json").exists()  # the run is over: nothing to pick up


def test_output_dir_gets_the_same_files_and_index(
    scripted_server, monkeypatch, sources, tmp_path
) -> None:
    plain, via = tmp_path / "plain", tmp_path / "via"
    assert _summarize(scripted_server, monkeypatch, *sources, "--output-dir", str(plain)) == 0
    code = _summarize(
        scripted_server, monkeypatch, *sources, "--via", "batch-api", "--output-dir", str(via)
    )
    assert code == 0
    assert sorted(p.name for p in via.iterdir()) == sorted(p.name for p in plain.iterdir())
    for path in plain.glob("0*.json"):
        mine, theirs = json.loads((via / path.name).read_text()), json.loads(path.read_text())
        assert [c["verdict"] for c in mine["claims"]] == [c["verdict"] for c in theirs["claims"]]
        assert mine["summary"] == theirs["summary"]
    index = (via / "index.jsonl").read_text()
    assert index == (plain / "index.jsonl").read_text()
    assert len(index.splitlines()) == 3


def test_an_expired_batch_keeps_its_replies_and_retries_the_rest_directly(
    scripted_server, monkeypatch, sources, tmp_path, capsys
) -> None:
    plain = tmp_path / "plain.jsonl"
    _summarize(scripted_server, monkeypatch, *sources, "--output", str(plain))
    scripted_server.batch_plan(["validating", "in_progress", "expired"], answered=1)
    via = tmp_path / "via.jsonl"
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.base_url)
    before = len(scripted_server.requests)
    argv = ["summarize", "--format", "json", "--no-cache", *sources, "--via", "batch-api"]
    code = main([*argv, "--output", str(via)])
    err = capsys.readouterr().err
    assert code == 0
    assert _verdicts(via) == _verdicts(plain)
    assert "expired with 1 of 3 replies" in err
    assert err.count("asking through the normal path") == 2
    # One line answered in the batch, the two others asked directly.
    assert len(scripted_server.requests) - before == 3


def test_a_failed_item_is_retried_directly_and_its_failure_is_the_sources_error_line(
    scripted_server, monkeypatch, sources, tmp_path
) -> None:
    # In the batch, the second line fails (500); asked directly it keeps failing (three 500s,
    # the client's two retries included): that source, and only it, gets an error line.
    steps = [reply(RAMSTEIN_DRAFT), server_error(500), model()] + [server_error(500)] * 3
    scripted_server.script(steps)
    via = tmp_path / "via.jsonl"
    code = _summarize(
        scripted_server,
        monkeypatch,
        *sources,
        "--via",
        "batch-api",
        "--no-repair",
        "--output",
        str(via),
    )
    found = _verdicts(via)
    assert found[1] == "RetriesExhaustedError"
    assert isinstance(found[0], tuple) and isinstance(found[2], tuple)
    assert code == 13


def test_a_stopped_run_picks_its_batch_up_by_id(scripted_server, sources, tmp_path) -> None:
    state = tmp_path / "out.jsonl.batch-state.json"
    settings = Settings(base_url=scripted_server.base_url, cache=False)

    class Stop(Exception):
        pass

    def stop_when_sent(line: str) -> None:
        if "sent batch" in line:
            raise Stop

    scripted_server.batch_plan(["validating", "in_progress", "in_progress", "completed"])
    with pytest.raises(Stop):
        list(
            summarize_via_batch_api(
                sources, state_path=state, settings=settings, progress=stop_when_sent
            )
        )
    (batch_id,) = json.loads(state.read_text())["batches"].values()
    lines: list[str] = []
    items = list(
        summarize_via_batch_api(sources, state_path=state, settings=settings, progress=lines.append)
    )
    assert any(f"picked up batch {batch_id}" in line for line in lines)
    assert scripted_server.batch_calls.count("POST /v1/batches") == 1  # never paid twice
    assert sorted(item.index for item in items) == [0, 1, 2]
    assert all(item.ok for item in items)
    assert any("in_progress" in line and "next look in" in line for line in lines)
    assert not state.exists()


def test_batch_api_needs_an_output_to_resume_from(scripted_server, monkeypatch, sources, capsys):
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.base_url)
    code = main(["summarize", *sources, "--via", "batch-api"])
    assert code == 2
    assert "--via batch-api needs --output FILE or --output-dir DIR" in capsys.readouterr().err


def test_an_endpoint_without_the_batch_api_is_one_line_and_exit_11(
    scripted_server, monkeypatch, sources, tmp_path, capsys
) -> None:
    # Every path under /elsewhere/v1 is a 404, /files and /batches included.
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{scripted_server.port}/elsewhere/v1")
    code = main(["summarize", *sources, "--via", "batch-api", "-o", str(tmp_path / "out.jsonl")])
    err = capsys.readouterr().err
    assert code == 11
    assert "HTTP 404 (does it serve the Batch API?)" in err
    assert "Traceback" not in err
    assert scripted_server.requests == []  # nothing asked, nothing paid for


def test_a_long_article_is_drafted_in_chunks_then_merged_through_batches(
    scripted_server, monkeypatch, tmp_path
) -> None:
    from long_article import long_article_text

    article = tmp_path / "long.txt"
    article.write_text(long_article_text(3_000), encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONTEXT_BUDGET_TOKENS", "1000")
    plain, via = tmp_path / "plain.jsonl", tmp_path / "via.jsonl"
    listing = tmp_path / "list.txt"
    listing.write_text(f"{article}\n", encoding="utf-8")
    _summarize(
        scripted_server, monkeypatch, "--from-file", str(listing), "--no-repair", "-o", str(plain)
    )
    chunks_and_merges = len(scripted_server.requests)
    assert chunks_and_merges > 3
    _summarize(
        scripted_server,
        monkeypatch,
        str(article),
        "--no-repair",
        "--via",
        "batch-api",
        "-o",
        str(via),
    )
    assert _verdicts(via) == _verdicts(plain)
    # The chunk drafts in one batch, then the merges (one more round per level of the tree).
    assert scripted_server.batch_calls.count("POST /v1/batches") >= 2
    assert len(scripted_server.requests) == 2 * chunks_and_merges


def test_ctrl_c_while_waiting_then_resume_picks_the_batch_up(
    scripted_server, monkeypatch, sources, tmp_path, capsys
) -> None:
    import factcheck.batch_api as batch_api

    plain = tmp_path / "plain.jsonl"
    _summarize(scripted_server, monkeypatch, *sources, "-o", str(plain))
    out = tmp_path / "out.jsonl"

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    real_sleep = batch_api.time.sleep
    monkeypatch.setattr(batch_api.time, "sleep", interrupt)
    argv = ["summarize", *sources, "--via", "batch-api", "--format", "json", "-o", str(out)]
    assert main(argv) == 130  # Ctrl-C while waiting for the batch
    monkeypatch.setattr(batch_api.time, "sleep", real_sleep)
    state = Path(f"{out}.batch-state.json")
    assert state.exists()
    assert "run again with --resume" in capsys.readouterr().err
    code = _summarize(
        scripted_server, monkeypatch, *sources, "--via", "batch-api", "-o", str(out), "--resume"
    )
    assert code == 0
    assert _verdicts(out) == _verdicts(plain)
    assert scripted_server.batch_calls.count("POST /v1/batches") == 1
    assert not state.exists()


def test_a_round_over_the_batch_limit_goes_as_several_batches(
    scripted_server, monkeypatch, sources, tmp_path
) -> None:
    import factcheck.batch_api as batch_api

    plain, via = tmp_path / "plain.jsonl", tmp_path / "via.jsonl"
    _summarize(scripted_server, monkeypatch, *sources, "-o", str(plain))
    monkeypatch.setattr(batch_api, "MAX_BATCH_REQUESTS", 2)
    _summarize(scripted_server, monkeypatch, *sources, "--via", "batch-api", "-o", str(via))
    assert _verdicts(via) == _verdicts(plain)
    assert scripted_server.batch_calls.count("POST /v1/batches") == 2  # 2 + 1 drafts
