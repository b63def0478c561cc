"""The response cache: the same model call is never paid for twice.

Against the scripted server on 127.0.0.1, whose request log counts what the endpoint saw. Every
test has a cache folder of its own (tests/conftest.py points the user cache folder at a temp dir).
"""

from __future__ import annotations

import json
import multiprocessing
import threading
from pathlib import Path
from typing import Any

import pytest
from scripted_server import RAMSTEIN_DRAFT, server_error

from factcheck import summarize
from factcheck.cache import CachedReply, ResponseCache, request_key
from factcheck.cli import main
from factcheck.settings import resolve_cache_path, resolve_settings


def _settings(server: Any, **overrides: Any) -> Any:
    return resolve_settings(base_url=server.base_url, environ={}, max_retries=0, **overrides)


def _verdicts(result: Any) -> list[tuple[str, str]]:
    return [(check.claim, str(check.verdict)) for check in result.claims]


def test_a_second_summary_of_the_same_article_makes_no_request(scripted_server, examples_dir):
    article = examples_dir / "ramstein.txt"
    first = summarize(article, settings=_settings(scripted_server), repair_rounds=0)
    paid = len(scripted_server.requests)
    assert paid == 1 and first.usage.calls == 1 and first.usage.cached == 0
    assert first.usage.prompt_tokens > 0

    second = summarize(article, settings=_settings(scripted_server), repair_rounds=0)
    assert len(scripted_server.requests) == paid  # nothing sent
    assert second.summary == first.summary and _verdicts(second) == _verdicts(first)
    # The usage says the call came from the cache, and that no reply nor token was paid for.
    assert (second.usage.calls, second.usage.cached, second.usage.attempts) == (1, 1, 0)
    assert second.usage.prompt_tokens == second.usage.completion_tokens == 0


def test_no_cache_and_any_other_parameter_ask_the_model_again(scripted_server, examples_dir):
    article = examples_dir / "ramstein.txt"
    summarize(article, settings=_settings(scripted_server), repair_rounds=0)
    summarize(article, settings=_settings(scripted_server), repair_rounds=0, cache=False)
    assert len(scripted_server.requests) == 2
    for changed in ({"model": "other-model"}, {"temperature": 0.7}, {"max_output_tokens": 900}):
        summarize(article, settings=_settings(scripted_server, **changed), repair_rounds=0)
    assert len(scripted_server.requests) == 5
    # ...and each of those is now cached in turn.
    summarize(article, settings=_settings(scripted_server, temperature=0.7), repair_rounds=0)
    assert len(scripted_server.requests) == 5


def test_failures_are_never_cached(scripted_server, examples_dir, sleeps):
    from factcheck.errors import RetriesExhaustedError

    article = examples_dir / "ramstein.txt"
    scripted_server.script([server_error(503)])
    with pytest.raises(RetriesExhaustedError):
        summarize(article, settings=_settings(scripted_server), repair_rounds=0)
    result = summarize(article, settings=_settings(scripted_server), repair_rounds=0)
    assert len(scripted_server.requests) == 2 and result.usage.cached == 0


def test_a_cached_reply_that_no_longer_validates_is_asked_again(scripted_server, examples_dir):
    from factcheck.article import load_article
    from factcheck.llm import draft_summary

    article = load_article(examples_dir / "ramstein.txt")
    settings = _settings(scripted_server)
    draft_summary(article, settings=settings)
    cache = ResponseCache(settings.cache_path)
    (key,) = _keys(cache)
    # A reply stored by an older version whose quote is not in the article any more.
    broken = json.loads(json.dumps(RAMSTEIN_DRAFT))
    broken["claims"][0]["quote"] = "A sentence the article never had, with 99 drones."
    cache.put(key, settings.model, CachedReply(json.dumps(broken), 1, 1))
    outcome = draft_summary(article, settings=settings)
    assert len(scripted_server.requests) == 2 and outcome.usage.cached == 0
    assert outcome.draft.model_dump() == RAMSTEIN_DRAFT  # the fresh reply, valid
    assert _keys(cache) == [key] and cache.get(key).content == outcome.raw  # and stored anew


def _keys(cache: ResponseCache) -> list[str]:
    import sqlite3

    with sqlite3.connect(cache.path) as connection:
        return [row[0] for row in connection.execute("SELECT key FROM responses")]


def test_the_key_covers_endpoint_and_every_parameter() -> None:
    request = {"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": 0}
    key = request_key("http://a/v1", request)
    assert key == request_key("http://a/v1/", dict(reversed(list(request.items()))))
    assert key != request_key("http://b/v1", request)
    assert key != request_key("http://a/v1", {**request, "temperature": 0.1})
    assert key != request_key("http://a/v1", {**request, "max_tokens": 10})
    other = {**request, "messages": [{"role": "user", "content": "y"}]}
    assert key != request_key("http://a/v1", other)


def test_cache_dir_setting_and_environment_place_the_file(tmp_path, monkeypatch) -> None:
    target = tmp_path / "elsewhere"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(target))
    assert resolve_cache_path() == target / "responses.sqlite3"
    assert resolve_settings().cache_path == target / "responses.sqlite3"
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert resolve_cache_path() == tmp_path / "xdg" / "factcheck" / "responses.sqlite3"


def _hammer(path: str, worker: int) -> None:
    cache = ResponseCache(path)
    for number in range(40):
        key = f"{worker}-{number}"
        assert cache.put(key, "m", CachedReply(f"reply {key}", 1, 2))
        assert cache.get(key) == CachedReply(f"reply {key}", 1, 2)


def test_processes_and_threads_share_one_cache_safely(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "shared" / "responses.sqlite3"
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_hammer, args=(str(path), n)) for n in range(3)]
    threads = [threading.Thread(target=_hammer, args=(str(path), 10 + n)) for n in range(3)]
    for runner in [*processes, *threads]:
        runner.start()
    for runner in [*processes, *threads]:
        runner.join(timeout=120)
    assert [p.exitcode for p in processes] == [0, 0, 0]
    assert ResponseCache(path).info().entries == 6 * 40


def test_an_unusable_cache_never_fails_a_run(scripted_server, examples_dir, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    settings = _settings(scripted_server, cache_dir=str(blocker))
    for _ in range(2):
        summarize(examples_dir / "ramstein.txt", settings=settings, repair_rounds=0)
    assert len(scripted_server.requests) == 2  # no cache, but no failure either


# --- the command line ------------------------------------------------------------------------


def test_a_second_batch_run_pays_nothing_and_gives_the_same_results(
    scripted_server, examples_dir, tmp_path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.base_url)
    sources = [str(examples_dir / "ramstein.html"), str(examples_dir / "ramstein.txt")]

    def run(*extra: str) -> list[dict[str, Any]]:
        code = main(["summarize", *sources, "--format", "json", "--no-repair", "-q", *extra])
        out, _ = capsys.readouterr()
        assert code in (0, 1)
        return sorted((json.loads(line) for line in out.splitlines()), key=lambda r: r["index"])

    first = run()
    paid = len(scripted_server.requests)
    assert paid == 2
    second = run()
    assert len(scripted_server.requests) == paid
    for before, after in zip(first, second, strict=True):
        assert before["result"]["summary"] == after["result"]["summary"]
        assert before["result"]["claims"] == after["result"]["claims"]
        assert after["result"]["usage"]["cached"] == after["result"]["usage"]["calls"] == 1
    run("--no-cache")
    assert len(scripted_server.requests) == paid + 2


def test_cache_info_and_clear(scripted_server, examples_dir, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    assert main(["cache", "info"]) == 0
    out, _ = capsys.readouterr()
    assert f"path: {folder / 'responses.sqlite3'}" in out and "replies: 0" in out
    summarize(examples_dir / "ramstein.txt", base_url=scripted_server.base_url, repair_rounds=0)
    assert main(["cache", "info"]) == 0
    assert "replies: 1\n" in capsys.readouterr().out
    assert main(["cache", "clear"]) == 0
    assert (
        capsys.readouterr().out == f"removed 1 cached reply from {folder / 'responses.sqlite3'}\n"
    )
    assert main(["cache", "info"]) == 0
    assert "replies: 0\n" in capsys.readouterr().out
    summarize(examples_dir / "ramstein.txt", base_url=scripted_server.base_url, repair_rounds=0)
    assert len(scripted_server.requests) == 2  # cleared: asked again


# --- one client per run ----------------------------------------------------------------------


def test_a_batch_builds_one_client_for_all_its_sources(
    scripted_server, examples_dir, monkeypatch, sleeps
) -> None:
    import asyncio

    import factcheck.llm
    from factcheck import asummarize_many, summarize_many

    built: list[str] = []
    for name in ("build_client", "build_async_client"):
        real = getattr(factcheck.llm, name)
        monkeypatch.setattr(
            factcheck.llm,
            name,
            lambda settings, real=real, name=name: built.append(name) or real(settings),
        )
    sources = [str(examples_dir / "ramstein.html"), str(examples_dir / "ramstein.txt")] * 2
    options = {"base_url": scripted_server.base_url, "repair_rounds": 0, "cache": False}
    scripted_server.script([server_error(503)])
    items = list(summarize_many(sources, concurrency=2, **options))
    assert built == ["build_client"] and all(item.ok for item in items)
    assert len(scripted_server.requests) == 5  # one each, and the retry of the 503
    # The shared client is observed like one built per call: retries keep their reasons.
    reasons = [r.reason for item in items for r in item.result.usage.retries]
    assert reasons == ["transport: HTTP 503, retried by the client"]

    async def collect() -> list:
        return [item async for item in asummarize_many(sources, concurrency=3, **options)]

    built.clear()
    assert all(item.ok for item in asyncio.run(collect()))
    assert built == ["build_async_client"]
    # Offline, no client at all.
    built.clear()
    assert all(item.ok for item in summarize_many(sources, offline=True, **options))
    assert built == []


def test_writers_that_meet_on_a_new_cache_all_store(tmp_path: Path) -> None:
    # Two sources of one batch finishing together on a cache that does not exist yet: the one
    # that switches it to WAL holds it for a moment; the other must wait, not drop its reply.
    def put_all(cache: ResponseCache) -> list[bool]:
        stored: list[bool] = []

        def put(n: int) -> None:
            stored.append(cache.put(f"k{n}", "m", CachedReply("x", 1, 1)))

        threads = [threading.Thread(target=put, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return stored

    for trial in range(20):
        cache = ResponseCache(tmp_path / str(trial) / "responses.sqlite3")
        assert put_all(cache) == [True] * 6
        assert all(cache.get(f"k{n}") is not None for n in range(6))
