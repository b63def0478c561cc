"""Shared fixtures: every test starts from an environment with no factcheck or OpenAI settings."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's key, endpoint or model."""
    import os

    for name in list(os.environ):
        if name.startswith(("OPENAI_", "FACTCHECK_")):
            monkeypatch.delenv(name, raising=False)


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES
