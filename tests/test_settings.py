"""Settings: argument > environment > default, validated at the edge, the key never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck.settings as settings_module
from factcheck.errors import ConfigError
from factcheck.settings import (
    DEFAULT_MODEL,
    ENV_VARS,
    LOCAL_PLACEHOLDER_KEY,
    Settings,
    is_local_url,
    resolve_settings,
)

KEY = "sk-test-settings-0123456789abcdef"


def test_defaults_are_named_and_sane():
    settings = resolve_settings(environ={})
    assert settings.model == DEFAULT_MODEL
    assert settings.api_key is None and settings.base_url is None and not settings.has_endpoint
    assert settings.json_mode == "schema"
    assert (settings.max_attempts, settings.max_retries, settings.max_claims) == (3, 2, 12)
    assert settings.context_budget_tokens == 6000 and settings.prompts_dir is None


def test_environment_fills_every_setting():
    env = {
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": "https://llm.example.com/v1/",
        "FACTCHECK_MODEL": "llama-3.1-8b",
        "FACTCHECK_JSON_MODE": "json_object",
        "FACTCHECK_MAX_ATTEMPTS": "5",
        "FACTCHECK_MAX_SECONDS": "30.5",
        "FACTCHECK_MAX_RETRIES": "0",
        "FACTCHECK_TIMEOUT": "12",
        "FACTCHECK_MAX_OUTPUT_TOKENS": "900",
        "FACTCHECK_TEMPERATURE": "0.3",
        "FACTCHECK_MAX_CLAIMS": "6",
        "FACTCHECK_CONTEXT_BUDGET_TOKENS": "3000",
        "FACTCHECK_PROMPTS_DIR": "/tmp/prompts",
        "FACTCHECK_CACHE": "false",
        "FACTCHECK_CACHE_DIR": "/tmp/factcheck-cache",
    }
    assert set(env) == set(ENV_VARS.values())  # the test covers every variable
    settings = resolve_settings(environ=env)
    assert settings.api_key is not None and settings.api_key.get_secret_value() == KEY
    assert settings.base_url == "https://llm.example.com/v1"  # trailing slash dropped
    assert settings.model == "llama-3.1-8b" and settings.json_mode == "json_object"
    assert (settings.max_attempts, settings.max_seconds, settings.max_retries) == (5, 30.5, 0)
    assert (settings.timeout, settings.max_output_tokens, settings.temperature) == (12, 900, 0.3)
    assert (settings.max_claims, settings.context_budget_tokens) == (6, 3000)
    assert settings.prompts_dir == Path("/tmp/prompts")
    assert settings.cache is False
    assert settings.cache_path == Path("/tmp/factcheck-cache/responses.sqlite3")


def test_arguments_win_over_the_environment():
    env = {"FACTCHECK_MODEL": "from-env", "FACTCHECK_MAX_ATTEMPTS": "5", "OPENAI_API_KEY": KEY}
    settings = resolve_settings(model="from-arg", max_attempts=2, environ=env)
    assert settings.model == "from-arg" and settings.max_attempts == 2
    # None and blank strings mean "not given": the environment still applies.
    assert resolve_settings(model=" ", max_attempts=None, environ=env).max_attempts == 5


def test_blank_environment_values_are_unset():
    settings = resolve_settings(environ={"FACTCHECK_MODEL": "  ", "OPENAI_API_KEY": ""})
    assert settings.model == DEFAULT_MODEL and settings.api_key is None


def test_os_environ_is_the_default_source(monkeypatch):
    monkeypatch.setenv("FACTCHECK_MAX_CLAIMS", "4")
    assert resolve_settings().max_claims == 4


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"FACTCHECK_MAX_ATTEMPTS": "three"}, "environment variable FACTCHECK_MAX_ATTEMPTS"),
        ({"FACTCHECK_MAX_ATTEMPTS": "0"}, "FACTCHECK_MAX_ATTEMPTS: Input should be greater"),
        ({"FACTCHECK_JSON_MODE": "yaml"}, "FACTCHECK_JSON_MODE: Input should be 'schema'"),
        ({"FACTCHECK_TEMPERATURE": "9"}, "FACTCHECK_TEMPERATURE"),
        ({"OPENAI_BASE_URL": "ftp://x/v1", "OPENAI_API_KEY": KEY}, "expected an http(s) URL"),
    ],
)
def test_bad_environment_values_name_the_variable(env, needle):
    with pytest.raises(ConfigError) as caught:
        resolve_settings(environ=env)
    assert needle in str(caught.value)


def test_bad_argument_names_the_argument():
    with pytest.raises(ConfigError, match="argument max_retries"):
        resolve_settings(max_retries=-1, environ={})
    with pytest.raises(ConfigError, match="unknown setting"):
        resolve_settings(max_tokens=5, environ={})


def test_remote_endpoint_without_key_names_the_variable():
    with pytest.raises(ConfigError, match="set OPENAI_API_KEY"):
        resolve_settings(environ={"OPENAI_BASE_URL": "https://llm.example.com/v1"})


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8080/v1", True),
        ("http://localhost:11434/v1", True),
        ("http://[::1]:8000/v1", True),
        ("http://192.168.1.20:8000/v1", True),
        ("http://10.0.0.5/v1", True),
        ("http://ollama.localhost/v1", True),
        ("https://api.openai.com/v1", False),
        ("https://8.8.8.8/v1", False),
        ("https://localhost.example.com/v1", False),
    ],
)
def test_local_endpoints(url, local):
    assert is_local_url(url) is local


def test_local_endpoint_runs_keyless():
    settings = resolve_settings(environ={"OPENAI_BASE_URL": "http://127.0.0.1:8080/v1"})
    assert settings.api_key is None and settings.has_endpoint
    assert settings.effective_api_key() == LOCAL_PLACEHOLDER_KEY


def test_no_key_no_local_url_cannot_build_a_key():
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        resolve_settings(environ={}).effective_api_key()
    assert resolve_settings(environ={}).effective_base_url() == "https://api.openai.com/v1"


def test_key_never_appears_in_repr_str_or_dump():
    settings = resolve_settings(environ={"OPENAI_API_KEY": KEY})
    for shown in (repr(settings), str(settings), settings.model_dump_json()):
        assert KEY not in shown
    assert "**********" in repr(settings)


def test_errors_never_echo_a_misplaced_key():
    with pytest.raises(ConfigError) as caught:
        resolve_settings(environ={"FACTCHECK_MAX_ATTEMPTS": KEY})
    assert KEY not in str(caught.value)


def test_settings_are_frozen():
    settings = resolve_settings(environ={})
    with pytest.raises(ValueError):
        settings.model = "other"  # type: ignore[misc]


def test_every_variable_is_documented():
    doc = settings_module.__doc__ or ""
    for variable in ENV_VARS.values():
        assert f"``{variable}``" in doc
    assert set(ENV_VARS) <= set(Settings.model_fields)
