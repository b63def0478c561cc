"""Configuration, resolved once at the edge: argument, then environment, then a named default.

This is the only module that reads ``os.environ``. Every setting has one environment variable:

=================================  ===============================  ===========================
setting                            environment variable             default
=================================  ===============================  ===========================
``api_key`` (a ``SecretStr``)      ``OPENAI_API_KEY``               none
``base_url``                       ``OPENAI_BASE_URL``              none (https://api.openai.com/v1)
``model``                          ``FACTCHECK_MODEL``              ``DEFAULT_MODEL``
``json_mode``                      ``FACTCHECK_JSON_MODE``          ``schema``
``max_attempts``                   ``FACTCHECK_MAX_ATTEMPTS``       3 (model replies per call)
``max_seconds``                    ``FACTCHECK_MAX_SECONDS``        120 (re-asks stop after this)
``max_retries``                    ``FACTCHECK_MAX_RETRIES``        2 (transport retries/request)
``timeout``                        ``FACTCHECK_TIMEOUT``            60 (seconds per HTTP request)
``max_output_tokens``              ``FACTCHECK_MAX_OUTPUT_TOKENS``  1500
``temperature``                    ``FACTCHECK_TEMPERATURE``        0.0
``max_claims``                     ``FACTCHECK_MAX_CLAIMS``         12
``context_budget_tokens``          ``FACTCHECK_CONTEXT_BUDGET_TOKENS``  6000
``prompts_dir``                    ``FACTCHECK_PROMPTS_DIR``        none (the packaged prompts)
``cache``                          ``FACTCHECK_CACHE``              true (the response cache)
``cache_dir``                      ``FACTCHECK_CACHE_DIR``          the user cache folder
=================================  ===============================  ===========================

The response cache (:mod:`factcheck.cache`) keeps every validated model reply in
``cache_path``: :data:`CACHE_FILE` in ``cache_dir``, by default :func:`user_cache_dir`
(``$XDG_CACHE_HOME/factcheck``, else ``~/Library/Caches/factcheck`` on macOS,
``%LOCALAPPDATA%\\factcheck\\Cache`` on Windows, ``~/.cache/factcheck`` elsewhere).

``json_mode`` picks how the reply's shape is requested: ``schema`` sends the draft's strict JSON
schema as ``response_format`` (OpenAI, recent vLLM and llama.cpp), ``json_object`` asks for any
JSON object and puts the schema in the prompt (older servers, Ollama), ``text`` sends no
``response_format`` and extracts the JSON object from the reply text (the last resort).

Limits that are not settings, each a named constant here: a model reply over
:data:`MAX_REPLY_BYTES` is refused (an ``LLMReplyError``), and a ``Retry-After`` over
:data:`MAX_RETRY_AFTER_SECONDS` is not waited for (the call fails at once, saying so).
``timeout`` bounds each request whole (connecting, headers and a body that drips), and
``max_seconds`` the whole call: requests, re-asks and the waits between them.

A base URL on this machine or a private network (``http://127.0.0.1:8080/v1``) may run without a
key; factcheck then sends :data:`LOCAL_PLACEHOLDER_KEY`. A remote base URL without a key is a
:class:`~factcheck.errors.ConfigError` naming ``OPENAI_API_KEY``. The key is a ``SecretStr``: it
never appears in a repr, an error message or a log line.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from factcheck.errors import ConfigError

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
# Sent to local servers that ignore authentication; the openai client refuses to run keyless.
LOCAL_PLACEHOLDER_KEY = "local-endpoint-no-key"

# A draft is a few kilobytes; megabytes are a misbehaving server or a proxy's error page.
MAX_REPLY_BYTES = 4_000_000
# Longer waits asked by a server are not honoured: the call fails at once and says why.
MAX_RETRY_AFTER_SECONDS = 60.0

JsonMode = Literal["schema", "json_object", "text"]

# setting name -> environment variable; the single table both the docs above and the code follow.
ENV_VARS: dict[str, str] = {
    "api_key": "OPENAI_API_KEY",
    "base_url": "OPENAI_BASE_URL",
    "model": "FACTCHECK_MODEL",
    "json_mode": "FACTCHECK_JSON_MODE",
    "max_attempts": "FACTCHECK_MAX_ATTEMPTS",
    "max_seconds": "FACTCHECK_MAX_SECONDS",
    "max_retries": "FACTCHECK_MAX_RETRIES",
    "timeout": "FACTCHECK_TIMEOUT",
    "max_output_tokens": "FACTCHECK_MAX_OUTPUT_TOKENS",
    "temperature": "FACTCHECK_TEMPERATURE",
    "max_claims": "FACTCHECK_MAX_CLAIMS",
    "context_budget_tokens": "FACTCHECK_CONTEXT_BUDGET_TOKENS",
    "prompts_dir": "FACTCHECK_PROMPTS_DIR",
    "cache": "FACTCHECK_CACHE",
    "cache_dir": "FACTCHECK_CACHE_DIR",
}

CACHE_FILE = "responses.sqlite3"


class Settings(BaseModel):
    """Everything configurable about a run. Build it with :func:`resolve_settings`."""

    model_config = ConfigDict(frozen=True)

    api_key: SecretStr | None = None
    base_url: str | None = None
    model: str = Field(default=DEFAULT_MODEL, min_length=1)
    json_mode: JsonMode = "schema"
    # Model replies per structured call (the first one plus re-asks on invalid replies).
    max_attempts: int = Field(default=3, ge=1, le=20)
    # Wall-clock bound on one model call (requests, retries, re-asks and the waits between them);
    # a slow endpoint cannot keep a batch waiting forever.
    max_seconds: float = Field(default=120.0, gt=0)
    # Transport retries (429, 5xx, timeouts, dropped connections) done by the openai client.
    max_retries: int = Field(default=2, ge=0, le=10)
    timeout: float = Field(default=60.0, gt=0)
    max_output_tokens: int = Field(default=1500, ge=64)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_claims: int = Field(default=12, ge=1, le=100)
    context_budget_tokens: int = Field(default=6000, ge=500)
    prompts_dir: Path | None = None
    # Replies already paid for are answered from the response cache, never asked again.
    cache: bool = True
    cache_dir: Path | None = None

    @property
    def cache_path(self) -> Path:
        """The response cache's file: in ``cache_dir``, or in the user cache folder."""
        return (self.cache_dir or user_cache_dir()) / CACHE_FILE

    @property
    def has_endpoint(self) -> bool:
        """True when a key or a base URL says a model endpoint is meant to be used."""
        return self.api_key is not None or self.base_url is not None

    @property
    def is_local_endpoint(self) -> bool:
        """True when the base URL points at this machine or a private network address."""
        return self.base_url is not None and is_local_url(self.base_url)

    def effective_base_url(self) -> str:
        """The base URL requests go to: the configured one, or OpenAI's."""
        return self.base_url or DEFAULT_BASE_URL

    @property
    def display_base_url(self) -> str:
        """The base URL fit for a message: no ``user:password@``, no query (a key may be in
        either), no fragment."""
        parts = urlsplit(self.effective_base_url())
        host = parts.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        try:
            port = f":{parts.port}" if parts.port is not None else ""
        except ValueError:
            port = ""
        return f"{parts.scheme}://{host}{port}{parts.path}"

    def effective_api_key(self) -> str:
        """The key to send: the configured one, or a placeholder for a local server."""
        if self.api_key is not None:
            return self.api_key.get_secret_value()
        if self.is_local_endpoint:
            return LOCAL_PLACEHOLDER_KEY
        raise ConfigError(
            f"no API key for the endpoint {self.display_base_url}: set OPENAI_API_KEY "
            "(or point OPENAI_BASE_URL at a local server)"
        )


def user_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """factcheck's folder in the user cache folder of this platform (``XDG_CACHE_HOME`` first)."""
    import sys

    env = os.environ if environ is None else environ
    if env.get("XDG_CACHE_HOME", "").strip():
        return Path(env["XDG_CACHE_HOME"]) / "factcheck"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "factcheck"
    if sys.platform == "win32" and env.get("LOCALAPPDATA", "").strip():
        return Path(env["LOCALAPPDATA"]) / "factcheck" / "Cache"
    return Path.home() / ".cache" / "factcheck"


def resolve_cache_path(
    cache_dir: str | Path | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The response cache's file: ``cache_dir``, else ``FACTCHECK_CACHE_DIR``, else the user
    cache folder (what ``factcheck cache`` works on, without resolving an endpoint)."""
    env = os.environ if environ is None else environ
    folder = cache_dir or _from_env(env, "cache_dir")
    return (Path(folder) if folder else user_cache_dir(env)) / CACHE_FILE


def is_local_url(url: str) -> bool:
    """Loopback names and loopback/private/link-local IP literals count as local endpoints."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def _from_env(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(ENV_VARS[name])
    if value is None or not value.strip():
        return None
    return value.strip()


def resolve_settings(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    environ: Mapping[str, str] | None = None,
    **options: Any,
) -> Settings:
    """Build :class:`Settings`: arguments win over the environment, which wins over defaults.

    ``options`` takes any other setting by name (``json_mode="text"``, ``max_attempts=2``...);
    ``None`` means "not given". A value that does not parse raises ``ConfigError`` naming the
    argument or the environment variable it came from; so does a remote ``base_url`` with no key.
    """
    unknown = sorted(set(options) - set(ENV_VARS))
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    env = os.environ if environ is None else environ
    given: dict[str, Any] = {"api_key": api_key, "base_url": base_url, "model": model, **options}

    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for name, variable in ENV_VARS.items():
        value = given.get(name)
        if isinstance(value, str) and not value.strip():
            value = None
        if value is not None:
            values[name], origin[name] = value, f"argument {name}"
            continue
        env_value = _from_env(env, name)
        if env_value is not None:
            values[name], origin[name] = env_value, f"environment variable {variable}"

    if isinstance(values.get("base_url"), str):
        values["base_url"] = values["base_url"].rstrip("/")
    try:
        settings = Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "settings"
        where = origin.get(name, name)
        # Never echo the input: a misplaced key must not land in an error message.
        raise ConfigError(f"invalid value for {where}: {first['msg']}") from None

    if settings.base_url is not None:
        _check_url(settings.base_url, origin.get("base_url", "base_url"))
        if settings.api_key is None and not settings.is_local_endpoint:
            raise ConfigError(
                f"the endpoint {settings.display_base_url} is remote and no API key is set: "
                "set OPENAI_API_KEY"
            )
    return settings


def _check_url(url: str, where: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        # Never echo the value: a key pasted into the URL must not land in the message.
        raise ConfigError(f"invalid value for {where}: expected an http(s) URL")


def color_enabled(isatty: bool, environ: Mapping[str, str] | None = None) -> bool:
    """Whether terminal output may be coloured: only on a terminal, and never when ``NO_COLOR``
    is set to a non-empty value (https://no-color.org)."""
    env = os.environ if environ is None else environ
    return isatty and not env.get("NO_COLOR")


# --------------------------------------------------------------------------- factcheck serve

# setting name -> environment variable for the HTTP server (``factcheck serve``).
SERVE_ENV_VARS: dict[str, str] = {
    "token": "FACTCHECK_SERVE_TOKEN",
    "max_body_bytes": "FACTCHECK_SERVE_MAX_BODY_BYTES",
    "max_concurrent": "FACTCHECK_SERVE_MAX_CONCURRENT",
    "deadline": "FACTCHECK_SERVE_DEADLINE",
}


class ServeSettings(BaseModel):
    """The HTTP server's limits and access. Build it with :func:`resolve_serve_settings`.

    =====================  ===================================  ================================
    setting                environment variable                 default
    =====================  ===================================  ================================
    ``token``              ``FACTCHECK_SERVE_TOKEN``            none: no token asked for
    ``max_body_bytes``     ``FACTCHECK_SERVE_MAX_BODY_BYTES``   6,000,000 (a request's body)
    ``max_concurrent``     ``FACTCHECK_SERVE_MAX_CONCURRENT``   8 (requests worked on at once)
    ``deadline``           ``FACTCHECK_SERVE_DEADLINE``         120 (seconds per request)
    =====================  ===================================  ================================
    """

    model_config = ConfigDict(frozen=True)

    # Long enough not to be guessed in any number of tries a server would survive.
    token: SecretStr | None = Field(default=None, min_length=16)
    # A pasted page of the 5,000,000 bytes a fetch accepts, plus its JSON escaping, fits.
    max_body_bytes: int = Field(default=6_000_000, ge=1024)
    # Checking is CPU work: more at once only queues inside the process, so excess is refused.
    max_concurrent: int = Field(default=8, ge=1, le=1024)
    # A summary through a slow model can take a minute; past this the client gets a 504.
    deadline: float = Field(default=120.0, gt=0)


def resolve_serve_settings(
    *, environ: Mapping[str, str] | None = None, **given: Any
) -> ServeSettings:
    """Build :class:`ServeSettings`: arguments (``None`` = not given), then the environment.

    A value that does not parse raises ``ConfigError`` naming where it came from; the token is
    never echoed.
    """
    unknown = sorted(set(given) - set(SERVE_ENV_VARS))
    if unknown:
        raise ConfigError(f"unknown server setting(s): {', '.join(unknown)}")
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for name, variable in SERVE_ENV_VARS.items():
        value = given.get(name)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            values[name], origin[name] = value, f"argument {name}"
        elif env.get(variable, "").strip():
            values[name], origin[name] = env[variable].strip(), f"environment variable {variable}"
    try:
        return ServeSettings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "settings"
        raise ConfigError(f"invalid value for {origin.get(name, name)}: {first['msg']}") from None
