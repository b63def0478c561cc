"""A hostile model endpoint: every fault kind ends in one line and its exit code, never a
traceback; a batch under a storm of faults keeps every source; deadlines hold.

All against the scripted server (tests/scripted_server.py) on 127.0.0.1, no cassette: the
faults are what is under test, not a recorded conversation.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from pathlib import Path
from typing import Any

import pytest
from scripted_server import (
    FAULTS,
    ScriptedServer,
    Step,
    drip,
    model,
    rate_limited,
    trickle_headers,
)

from factcheck import asummarize_many, summarize_many
from factcheck.article import load_article
from factcheck.cli import main
from factcheck.errors import FactcheckError, LLMReplyError, RetriesExhaustedError
from factcheck.llm import adraft_summary, draft_summary
from factcheck.settings import resolve_settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = str(ROOT / "examples" / "ramstein.txt")

# The exit code each fault ends in once retries and re-asks are spent.
EXPECTED = {
    "truncated body": 14,
    "non-UTF-8 body": 14,
    "choices not a list": 14,
    "empty choices": 14,
    "choice without message": 14,
    "content not a string": 14,
    "JSON not an object": 14,
    "empty body": 14,
    "HTML with 200": 14,
    "oversized reply": 14,
    "invalid JSON content": 13,
    "schema violation": 13,
    "refusal": 12,
    "HTTP 500": 13,
    "HTTP 429": 13,
    "dropped connection": 13,
}
SLOW = {"drip": lambda: drip(0.3), "trickled headers": lambda: trickle_headers(0.3)}


def test_every_fault_kind_has_an_expected_exit_code() -> None:
    assert set(EXPECTED) == set(FAULTS)


def _endpoint_env(monkeypatch: pytest.MonkeyPatch, server: ScriptedServer, **extra: str) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    for name, value in {
        "FACTCHECK_MAX_RETRIES": "0",
        "FACTCHECK_MAX_ATTEMPTS": "2",
        "FACTCHECK_TIMEOUT": "1",
        "FACTCHECK_MAX_SECONDS": "3",
        **extra,
    }.items():
        monkeypatch.setenv(name, value)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_info:  # argparse
        code = int(exit_info.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _one_clean_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("factcheck: error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "File \"" not in err, err
    return lines[0]


@pytest.mark.parametrize("fault", sorted(EXPECTED))
def test_each_fault_through_the_cli_is_one_line_and_its_exit_code(
    scripted_server, monkeypatch, capsys, fault
) -> None:
    _endpoint_env(monkeypatch, scripted_server)
    scripted_server.script([FAULTS[fault]() for _ in range(4)])
    code, out, err = _cli(capsys, "summarize", ARTICLE, "--format", "json", "--quiet")
    line = _one_clean_line(err)
    assert code == EXPECTED[fault], line
    assert out == ""


@pytest.mark.parametrize("fault", sorted(SLOW))
def test_a_dripping_or_trickling_endpoint_ends_within_the_deadline(
    scripted_server, monkeypatch, capsys, fault
) -> None:
    _endpoint_env(
        monkeypatch, scripted_server, FACTCHECK_MAX_RETRIES="2", FACTCHECK_MAX_SECONDS="1.5"
    )
    scripted_server.script([SLOW[fault]() for _ in range(6)])
    started = time.monotonic()
    code, _, err = _cli(capsys, "summarize", ARTICLE, "--quiet")
    elapsed = time.monotonic() - started
    line = _one_clean_line(err)
    # FACTCHECK_MAX_SECONDS bounds the whole call, retries and backoff included.
    assert code == 13 and elapsed < 3.5, (elapsed, line)
    assert "FACTCHECK_MAX_SECONDS" in line or "FACTCHECK_TIMEOUT" in line


def test_each_request_is_bounded_by_the_timeout_even_when_the_body_drips(
    scripted_server,
) -> None:
    settings = resolve_settings(
        base_url=scripted_server.base_url, environ={}, max_retries=0, timeout=0.5
    )
    scripted_server.script([drip(0.1)])
    started = time.monotonic()
    with pytest.raises(RetriesExhaustedError, match=r"timed out after 0\.5s.*1 request\(s\)"):
        draft_summary(load_article(ARTICLE), settings=settings)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("seconds", [120, 99999])
def test_a_long_retry_after_is_not_waited_for_and_the_count_is_honest(
    scripted_server, sleeps, seconds
) -> None:
    settings = resolve_settings(base_url=scripted_server.base_url, environ={}, max_retries=2)
    scripted_server.script([rate_limited(seconds)] * 3)
    with pytest.raises(RetriesExhaustedError) as caught:
        draft_summary(load_article(ARTICLE), settings=settings)
    message = str(caught.value)
    assert "after 1 request(s)" in message and "over the 60s cap" in message
    assert len(scripted_server.requests) == 1 and sleeps == []


def test_a_short_retry_after_is_obeyed_and_counted(scripted_server, sleeps) -> None:
    settings = resolve_settings(base_url=scripted_server.base_url, environ={}, max_retries=2)
    scripted_server.script([rate_limited(2)] * 3)
    with pytest.raises(RetriesExhaustedError, match=r"HTTP 429 after 3 request\(s\)"):
        draft_summary(load_article(ARTICLE), settings=settings)
    assert sleeps == [2, 2]


def test_an_unreadable_reply_is_re_asked_and_a_good_one_accepted(scripted_server) -> None:
    settings = resolve_settings(base_url=scripted_server.base_url, environ={}, max_retries=0)
    scripted_server.script([FAULTS["truncated body"](), FAULTS["non-UTF-8 body"](), model()])
    outcome = draft_summary(load_article(ARTICLE), settings=settings)
    assert outcome.usage.attempts == 3
    assert [r.reason.split(":")[0] for r in outcome.usage.retries] == ["unreadable"] * 2
    # No feedback was sent for a reply the model never wrote: the re-asks are the first ask.
    first, second, third = scripted_server.requests
    assert first["messages"] == second["messages"] == third["messages"]


def test_the_async_twin_translates_malformed_replies_too(scripted_server) -> None:
    settings = resolve_settings(
        base_url=scripted_server.base_url, environ={}, max_retries=0, max_attempts=1
    )
    scripted_server.script([FAULTS["choices not a list"]()])
    with pytest.raises(LLMReplyError, match="no list of choices") as caught:
        asyncio.run(adraft_summary(load_article(ARTICLE), settings=settings))
    assert caught.value.exit_code == 14


# --- the storm -----------------------------------------------------------------------------------

STORM_SOURCES = 30
STORM_FAULT_SHARE = 0.4


def _storm_script(seed: int, steps: int) -> list[Step]:
    """``steps`` replies, a fixed-seed 40% of them faults of every kind (drips included)."""
    pick = random.Random(seed)
    kinds = [*FAULTS.values(), lambda: drip(0.05)]
    return [
        pick.choice(kinds)() if pick.random() < STORM_FAULT_SHARE else model()
        for _ in range(steps)
    ]


def _storm_sources() -> list[str]:
    articles = sorted((ROOT / "benchmarks" / "devset" / "articles").glob("*.txt"))
    pool = [str(path) for path in articles] + [ARTICLE, str(ROOT / "examples" / "ramstein.html")]
    return [pool[index % len(pool)] for index in range(STORM_SOURCES)]


def test_a_storm_of_faults_keeps_every_source_one_line_each(
    scripted_server, monkeypatch, capsys, tmp_path
) -> None:
    _endpoint_env(monkeypatch, scripted_server, FACTCHECK_TIMEOUT="2", FACTCHECK_MAX_SECONDS="5")
    scripted_server.script(_storm_script(seed=10, steps=4 * STORM_SOURCES))
    target = tmp_path / "storm.jsonl"
    sources = _storm_sources()
    started = time.monotonic()
    code, out, err = _cli(
        capsys, "summarize", *sources, "--format", "json", "-o", str(target), "--quiet"
    )
    elapsed = time.monotonic() - started
    assert "Traceback" not in err and out == ""
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["index"] for line in lines) == list(range(STORM_SOURCES))
    failed = [line for line in lines if "error" in line]
    assert failed and len(failed) < STORM_SOURCES  # the storm hit some, not all
    assert all(line["error"]["exit_code"] in {12, 13, 14} for line in failed)
    assert code == max(line["error"]["exit_code"] for line in failed)
    assert len(err.splitlines()) == len(failed)  # one line per failed source
    assert elapsed < 60


def test_the_library_batch_functions_yield_every_source_in_a_storm(scripted_server) -> None:
    settings = resolve_settings(
        base_url=scripted_server.base_url, environ={}, max_retries=0, max_attempts=2, timeout=2
    )
    sources = _storm_sources()[:12]
    options: dict[str, Any] = {"settings": settings}
    scripted_server.script(_storm_script(seed=3, steps=60))
    items = list(summarize_many(sources, concurrency=4, **options))

    async def collect() -> list[Any]:
        return [item async for item in asummarize_many(sources, concurrency=4, **options)]

    scripted_server.script(_storm_script(seed=4, steps=60))
    async_items = asyncio.run(collect())
    for batch in (items, async_items):
        assert sorted(item.index for item in batch) == list(range(len(sources)))
        for item in batch:
            assert item.ok or (item.error is not None and item.error.exit_code in {12, 13, 14})


def test_any_failure_of_a_faulty_reply_is_a_factcheck_error(scripted_server) -> None:
    # The library contract under every fault: a FactcheckError subclass, nothing else.
    settings = resolve_settings(
        base_url=scripted_server.base_url, environ={}, max_retries=0, max_attempts=1
    )
    article = load_article(ARTICLE)
    for fault in FAULTS.values():
        scripted_server.script([fault()])
        with pytest.raises(FactcheckError):
            draft_summary(article, settings=settings)


def test_json_served_with_another_content_type_is_still_read(scripted_server) -> None:
    # Some servers label their JSON text/plain; openai reads it anyway, and so must we.
    settings = resolve_settings(base_url=scripted_server.base_url, environ={}, max_retries=0)
    scripted_server.script([{"kind": "model", "content_type": "text/plain"}])
    outcome = draft_summary(load_article(ARTICLE), settings=settings)
    assert outcome.usage.attempts == 1
