"""Shared fixtures: every test starts from an environment with no factcheck or OpenAI settings."""

from __future__ import annotations

from pathlib import Path

import llm_support  # imported now: it reads FACTCHECK_RECORD_BASE_URL before tests clear it
import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _clean_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test sees the developer's key, endpoint, model or config file, nor their response
    cache: each test gets a cache folder of its own (the user cache folder points into a fresh
    temp dir), so no reply cached by one test answers another."""
    import os

    for name in list(os.environ):
        if name.startswith(("OPENAI_", "FACTCHECK_")):
            monkeypatch.delenv(name, raising=False)
    cache_home = tmp_path_factory.mktemp("cache-home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    monkeypatch.setenv("LOCALAPPDATA", str(cache_home))
    # The user config folder is an empty one: a developer's config.toml changes no test.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "no-config"))
    monkeypatch.setenv("APPDATA", str(tmp_path_factory.getbasetemp() / "no-config"))


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


# --- LLM layer: cassettes, the endpoint cassette tests use, the scripted server, sleeps ---------
# Details in tests/llm_support.py and cassettes/README.md.


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes live in the top-level cassettes/ folder, one subfolder per test module."""
    return str(llm_support.CASSETTES / request.node.path.stem)


@pytest.fixture
def vcr_config() -> dict:
    return llm_support.vcr_config()


@pytest.fixture
def llm_endpoint(request: pytest.FixtureRequest):
    """The endpoint of a cassette test: replayed, the scripted server on the fixed port, or a
    real endpoint (FACTCHECK_RECORD_BASE_URL) when recording."""
    from scripted_server import ScriptedServer

    record_mode = request.getfixturevalue("record_mode")
    if record_mode == "none":
        yield llm_support.LLMEndpoint("replay")
    elif llm_support.RECORD_BASE_URL:
        yield llm_support.LLMEndpoint("real")
    else:
        with ScriptedServer(llm_support.CASSETTE_PORT) as server:
            yield llm_support.LLMEndpoint("scripted", server)


@pytest.fixture
def scripted_server():
    """A live scripted OpenAI-compatible server on a free 127.0.0.1 port (no cassette)."""
    from scripted_server import ScriptedServer

    with ScriptedServer() as server:
        yield server


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record, instead of spending, the waits of the openai client's retries (sync and async)."""
    import openai._base_client as base_client

    waits: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(base_client.time, "sleep", waits.append)
    monkeypatch.setattr(base_client.anyio, "sleep", fake_async_sleep)
    return waits


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "scripted_only: a cassette test that needs the scripted server's fault injection; "
        "skipped when recording against a real endpoint (FACTCHECK_RECORD_BASE_URL)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """When recording against a real endpoint, skip fault-injection tests before any fixture
    runs: pytest-recording's rewrite mode deletes a cassette as its fixture starts."""
    if not llm_support.RECORD_BASE_URL or config.getoption("--record-mode") in (None, "none"):
        return
    skip = pytest.mark.skip(reason="fault injection needs the scripted server, not a real endpoint")
    for item in items:
        if item.get_closest_marker("scripted_only"):
            item.add_marker(skip)
