"""Test support for the LLM layer: cassette configuration, the endpoint tests talk to, sleeps.

How cassette tests reach an endpoint (``llm_endpoint`` fixture, see ``cassettes/README.md``):

* replay (``--record-mode=none``, CI): no server runs; requests go to the fixed cassette
  endpoint ``http://127.0.0.1:8765/v1`` and VCR answers them from ``cassettes/``;
* recording (``--record-mode=once|rewrite``): the scripted server runs on that fixed port and
  answers from the test's script, so the recorded host and port match the replay;
* recording against a real endpoint: with ``FACTCHECK_RECORD_BASE_URL`` and ``OPENAI_API_KEY``
  set, requests go there instead; their URLs are recorded as the fixed local endpoint so replay
  still matches. Tests marked ``scripted_only`` (fault injection, which only the scripted
  server can do) are skipped then, before their cassette is touched.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from scripted_server import ScriptedServer, Step

from factcheck.settings import Settings, resolve_settings

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
CASSETTE_PORT = 8765
CASSETTE_BASE_URL = f"http://127.0.0.1:{CASSETTE_PORT}/v1"
# Looks like a real key on purpose: the credential scan must catch it if scrubbing ever fails.
FAKE_KEY = "sk-test-factcheck-0000000000000000"

# Read at import, before the autouse fixture clears OPENAI_*/FACTCHECK_* for every test.
RECORD_BASE_URL = os.environ.get("FACTCHECK_RECORD_BASE_URL") or None
RECORD_API_KEY = os.environ.get("OPENAI_API_KEY") if RECORD_BASE_URL else None

# Request headers kept in cassettes: an allow-list, so no credential header can slip through.
_KEPT_REQUEST_HEADERS = {"content-type", "accept"}
# Response headers that identify an account.
_SCRUBBED_RESPONSE_HEADERS = {"set-cookie", "openai-organization", "openai-project"}


def canonical_request(request: Any) -> Any:
    """Drop request headers but a few; record a real endpoint's URL as the fixed local one."""
    request = copy.deepcopy(request)
    for name in list(request.headers):
        if name.lower() not in _KEPT_REQUEST_HEADERS:
            del request.headers[name]
    if RECORD_BASE_URL and request.uri.startswith(RECORD_BASE_URL.rstrip("/")):
        request.uri = CASSETTE_BASE_URL + request.uri[len(RECORD_BASE_URL.rstrip("/")) :]
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in _SCRUBBED_RESPONSE_HEADERS:
            del headers[name]
    return response


def vcr_config() -> dict[str, Any]:
    """The VCR settings for every cassette. No ``record_mode``: it would override the flag."""
    return {
        # Belt and braces with the allow-list in canonical_request.
        "filter_headers": ["authorization", "api-key", "openai-organization", "openai-project"],
        "before_record_request": canonical_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        # The body too: a changed prompt must miss the cassette, not replay a stale answer.
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
    }


class LLMEndpoint:
    """Where a cassette test sends its requests, and how it scripts the replies."""

    def __init__(self, mode: str, server: ScriptedServer | None = None) -> None:
        self.mode = mode  # "replay", "scripted" or "real"
        self.server = server

    @property
    def base_url(self) -> str:
        return RECORD_BASE_URL if self.mode == "real" else CASSETTE_BASE_URL  # type: ignore[return-value]

    def script(self, steps: Iterable[Step]) -> LLMEndpoint:
        """The replies to record; ignored in replay (the cassette holds them)."""
        if self.server is not None:
            self.server.script(steps)
        return self

    def settings(self, **overrides: Any) -> Settings:
        """Settings for this endpoint; transport retries off unless a test turns them on."""
        options: dict[str, Any] = {"max_retries": 0, **overrides}
        key = RECORD_API_KEY if self.mode == "real" else FAKE_KEY
        return resolve_settings(api_key=key, base_url=self.base_url, environ={}, **options)


_KEY_LIKE = re.compile(r"\bsk-[a-z0-9_-]{8,}")


def credential_findings(folder: Path = CASSETTES) -> list[str]:
    """Every place in ``folder``'s cassettes that holds something credential-like."""
    needles = ["authorization", "api-key", "bearer ", FAKE_KEY.lower()]
    if RECORD_API_KEY:
        needles.append(RECORD_API_KEY.lower())
    findings = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in (".yaml", ".yml", ".json"):
            text = path.read_text(encoding="utf-8").lower()
            findings += [f"{path.name}: {needle!r}" for needle in needles if needle in text]
            findings += [f"{path.name}: {m.group(0)!r}" for m in _KEY_LIKE.finditer(text)]
    return findings
