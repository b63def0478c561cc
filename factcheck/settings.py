"""Configuration, resolved once at the edge: argument, then environment, then a named default.

This is the only module that reads ``os.environ``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from pydantic import BaseModel, SecretStr

DEFAULT_MODEL = "gpt-4o-mini"


class Settings(BaseModel):
    """Everything configurable about a run. Build it with :func:`resolve_settings`."""

    api_key: SecretStr | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL

    @property
    def has_endpoint(self) -> bool:
        """True when a key or a base URL says a model endpoint is meant to be used."""
        return self.api_key is not None or self.base_url is not None


def resolve_settings(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Arguments win over the environment; the environment wins over the defaults."""
    env = os.environ if environ is None else environ
    key = api_key or env.get("OPENAI_API_KEY") or None
    return Settings(
        api_key=SecretStr(key) if key else None,
        base_url=base_url or env.get("OPENAI_BASE_URL") or None,
        model=model or env.get("FACTCHECK_MODEL") or DEFAULT_MODEL,
    )


def color_enabled(isatty: bool, environ: Mapping[str, str] | None = None) -> bool:
    """Whether terminal output may be coloured: only on a terminal, and never when ``NO_COLOR``
    is set to a non-empty value (https://no-color.org)."""
    env = os.environ if environ is None else environ
    return isatty and not env.get("NO_COLOR")
