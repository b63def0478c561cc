"""Configuration, resolved once at the edge: argument (a CLI flag), then the environment, then the
config file, then a named default.

This is the only module that reads ``os.environ`` and the config file. Every setting has one
environment variable:

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

The config file is TOML, at ``FACTCHECK_CONFIG`` when set (then it must exist), otherwise
``config.toml`` in the user's config folder (``$XDG_CONFIG_HOME/factcheck`` or
``~/.config/factcheck``; ``%APPDATA%\\factcheck`` on Windows; ``~/Library/Application
Support/factcheck`` on macOS). It holds a newsroom's defaults, and nothing else (keys stay in
the environment)::

    model = "gpt-4o-mini"              # FACTCHECK_MODEL
    base_url = "http://127.0.0.1:8080/v1"  # OPENAI_BASE_URL
    format = "json"                    # FACTCHECK_FORMAT: table, json, markdown or html
    fail_on = "contradicted"           # FACTCHECK_FAIL_ON: contradicted, unsupported or never
    concurrency = 8                    # FACTCHECK_CONCURRENCY: model requests in flight

A model asked for by name (argument, ``FACTCHECK_MODEL`` or the config file) with neither a key
nor a base URL to reach it is a :class:`~factcheck.errors.NoEndpointError` (see
:func:`require_endpoint`), never a silent run of the extractive engine.

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
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, SecretStr, ValidationError

from factcheck.errors import ConfigError, NoEndpointError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport
    import tomli as tomllib

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

    # Where the model name came from when it was asked for ("argument model", "environment
    # variable FACTCHECK_MODEL", "config file ..."); None when it is the default.
    _model_from: str | None = PrivateAttr(default=None)

    @property
    def model_from(self) -> str | None:
        """Where the model was asked for, or None when it is :data:`DEFAULT_MODEL` by default."""
        return self._model_from

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


def require_endpoint(settings: Settings) -> None:
    """Raise :class:`~factcheck.errors.NoEndpointError` when a model was asked for by name and
    neither a key nor a base URL says where to reach it."""
    if settings.model_from is not None and not settings.has_endpoint:
        where = "--model" if settings.model_from == "argument model" else settings.model_from
        raise NoEndpointError(
            f"the model {settings.model!r} ({where}) has no endpoint to reach it: "
            "set OPENAI_API_KEY, give --base-url (OPENAI_BASE_URL) for a local server, or pass "
            "--offline for the extractive engine"
        )


# --------------------------------------------------------------------------- the config file

CONFIG_ENV = "FACTCHECK_CONFIG"
# config key -> (type, environment variable); model and base_url are Settings, the others are
# the CLI's defaults (see resolve_cli_defaults).
CONFIG_KEYS: dict[str, tuple[type, str]] = {
    "model": (str, "FACTCHECK_MODEL"),
    "base_url": (str, "OPENAI_BASE_URL"),
    "format": (str, "FACTCHECK_FORMAT"),
    "fail_on": (str, "FACTCHECK_FAIL_ON"),
    "concurrency": (int, "FACTCHECK_CONCURRENCY"),
}
FORMATS = ("table", "json", "markdown", "html")
FAIL_ON = ("contradicted", "unsupported", "never")


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the config file is: ``FACTCHECK_CONFIG``, else ``config.toml`` in the user's
    config folder for factcheck."""
    env = os.environ if environ is None else environ
    if env.get(CONFIG_ENV, "").strip():
        return Path(env[CONFIG_ENV].strip()).expanduser()
    home = Path(env.get("HOME") or Path.home())
    if sys.platform == "win32":
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return base / "factcheck" / "config.toml"


def load_config(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The config file's settings (empty when there is none). A file named by
    ``FACTCHECK_CONFIG`` must exist; an unreadable file, invalid TOML, an unknown key or a value
    of the wrong type is a ``ConfigError`` naming the file."""
    env = os.environ if environ is None else environ
    path = config_path(env)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if env.get(CONFIG_ENV, "").strip():
            raise ConfigError(f"{path}: no such config file ({CONFIG_ENV})") from None
        return {}
    except OSError as exc:
        raise ConfigError(f"cannot read the config file {path} ({exc.strerror or exc})") from exc
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid TOML file ({exc})") from None
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(unknown)} (known: {', '.join(CONFIG_KEYS)}; "
            "keys belong in OPENAI_API_KEY, never in a file)"
        )
    for key, value in table.items():
        kind = CONFIG_KEYS[key][0]
        if not isinstance(value, kind) or isinstance(value, bool):
            what = "a string" if kind is str else "a whole number"
            raise ConfigError(f"{path}: {key} must be {what}")
    return table


def _choice(value: Any, choices: tuple[str, ...], where: str) -> str:
    if value not in choices:
        raise ConfigError(f"invalid value for {where}: choose one of {', '.join(choices)}")
    return str(value)


def resolve_cli_defaults(
    defaults: Mapping[str, Any],
    *,
    environ: Mapping[str, str] | None = None,
    config: Mapping[str, Any] | None = None,
    **given: Any,
) -> dict[str, tuple[Any, str]]:
    """The CLI's own defaults (``format``, ``fail_on``, ``concurrency``): each value given
    (``None`` = not given), else its environment variable, else the config file, else
    ``defaults``; with where it came from. A bad value is a ``ConfigError`` naming its origin."""
    env = os.environ if environ is None else environ
    table = load_config(env) if config is None else config
    out: dict[str, tuple[Any, str]] = {}
    for name, default in defaults.items():
        variable = CONFIG_KEYS[name][1]
        if given.get(name) is not None:
            value, where = given[name], "flag"
        elif env.get(variable, "").strip():
            value, where = env[variable].strip(), f"environment variable {variable}"
        elif name in table:
            value, where = table[name], f"config file {config_path(env)}"
        else:
            value, where = default, "default"
        if name == "format":
            value = _choice(value, FORMATS, where)
        elif name == "fail_on":
            value = _choice(value, FAIL_ON, where)
        elif name == "concurrency":
            try:
                value = int(value)
            except ValueError:
                value = 0
            if value < 1:
                raise ConfigError(f"invalid value for {where}: concurrency must be 1 or more")
        out[name] = (value, where)
    return out


def describe_settings(
    defaults: Mapping[str, Any], environ: Mapping[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """What ``factcheck config`` shows: (setting, value, where it comes from) rows, the config
    file first. The key is shown as set or not, never its value."""
    env = os.environ if environ is None else environ
    table = load_config(env)
    path = config_path(env)
    in_file = f"config file {path}"
    settings = resolve_settings(environ=env, config=table)
    if _from_env(env, "base_url") is not None:
        base_from = f"environment variable {ENV_VARS['base_url']}"
    else:
        base_from = in_file if table.get("base_url") else "default"
    rows = [
        ("config file", str(path), "found" if path.is_file() else "not found (optional)"),
        ("model", settings.model, settings.model_from or "default"),
        ("base_url", settings.effective_base_url(), base_from),
        (
            "api_key",
            "set" if settings.api_key is not None else "not set",
            f"environment variable {ENV_VARS['api_key']}",
        ),
    ]
    for name, (value, where) in resolve_cli_defaults(defaults, environ=env, config=table).items():
        rows.append((name, str(value), where))
    return rows


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
    config: Mapping[str, Any] | None = None,
    **options: Any,
) -> Settings:
    """Build :class:`Settings`: arguments win over the environment, which wins over the config
    file (``config``: its table, read with :func:`load_config` when None), then defaults.

    ``options`` takes any other setting by name (``json_mode="text"``, ``max_attempts=2``...);
    ``None`` means "not given". A value that does not parse raises ``ConfigError`` naming the
    argument or the environment variable it came from; so does a remote ``base_url`` with no key.
    """
    unknown = sorted(set(options) - set(ENV_VARS))
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
    env = os.environ if environ is None else environ
    table = load_config(env) if config is None else config
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
        elif name in ("model", "base_url") and table.get(name):
            values[name], origin[name] = table[name], f"{name} in config file {config_path(env)}"

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
    settings._model_from = origin.get("model")

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
