"""``factcheck serve`` against a live uvicorn on 127.0.0.1, spoken to with httpx2 as a CMS would:
the same verdicts as the CLI, problem JSON for every failure, the token, and the limits."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from article_server import COOKIE_WALL, serve
from serve_support import live_server

import factcheck.errors
import factcheck.serve
from factcheck.cli import main
from factcheck.errors import ConfigError
from factcheck.models import Article
from factcheck.serve import create_app
from factcheck.serve_http import STATUS, problem_of, status_of
from factcheck.settings import (
    SERVE_ENV_VARS,
    ServeSettings,
    resolve_serve_settings,
    resolve_settings,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOURCE = (EXAMPLES / "ramstein.txt").read_text(encoding="utf-8")
DRAFT = (EXAMPLES / "draft-with-errors.txt").read_text(encoding="utf-8")
TOKEN = "test-token-0123456789abcdef"


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        os.chdir(cwd)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server() as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=base_url, timeout=30) as http:
        yield http


def assert_problem(response: httpx2.Response, status: int, kind: str) -> dict[str, Any]:
    """An RFC 9457 problem detail of the given status and type, with no stack trace."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status and problem["type"].endswith(kind), problem
    assert problem["title"] and problem["detail"]
    assert "Traceback" not in response.text and 'File "' not in response.text
    return problem


# --------------------------------------------------------------------------- same as the CLI


def test_check_answers_exactly_what_the_cli_prints(client: httpx2.Client) -> None:
    code, printed, _ = cli(
        "check", "--source", "examples/ramstein.txt", "examples/draft-with-errors.txt",
        "--format", "json",
    )  # fmt: skip
    assert code == 1
    response = client.post("/v1/check", json={"source_text": SOURCE, "text": DRAFT})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.text == printed
    document = response.json()
    verdicts = [check["verdict"] for check in document["checks"]]
    assert verdicts.count("contradicted") == 5 and verdicts.count("supported") == 1
    assert document["schema_version"] == "1.0"
    assert document["totals"] == {"checked": 6, "supported": 1, "contradicted": 5, "unsupported": 0}


def test_check_from_html_has_the_cli_verdicts(client: httpx2.Client) -> None:
    html = (EXAMPLES / "ramstein.html").read_text(encoding="utf-8")
    _, printed, _ = cli(
        "check", "--source", "examples/ramstein.html", "examples/draft-faithful.txt",
        "--format", "json",
    )  # fmt: skip
    text = (EXAMPLES / "draft-faithful.txt").read_text(encoding="utf-8")
    response = client.post("/v1/check", json={"source_html": html, "text": text})
    assert response.status_code == 200
    assert response.json() == json.loads(printed)


def test_check_renders_html_and_markdown_on_request(client: httpx2.Client) -> None:
    body = {"source_text": SOURCE, "text": DRAFT, "published": "2025-10-15"}
    page = client.post("/v1/check", params={"format": "html"}, json=body)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.count('<li class="claim contradicted"') == 5
    assert "2025-10-15" in page.text  # the publication date given is shown
    markdown = client.post("/v1/check", params={"format": "markdown"}, json=body)
    assert markdown.headers["content-type"].startswith("text/markdown")
    _, printed, _ = cli(
        "check", "--source", "examples/ramstein.txt", "examples/draft-with-errors.txt",
        "--format", "markdown",
    )  # fmt: skip
    assert markdown.text == printed
    assert_problem(client.post("/v1/check", params={"format": "pdf"}, json=body), 422, "request")


def test_summarize_answers_the_cli_result(client: httpx2.Client) -> None:
    code, printed, _ = cli("summarize", "examples/ramstein.txt", "--format", "json", "--quiet")
    assert code == 0
    response = client.post("/v1/summarize", json={"source_text": SOURCE, "offline": True})
    assert response.status_code == 200
    served, expected = response.json(), json.loads(printed)
    for key in ("summary", "claims", "engine", "schema_version"):
        assert served[key] == expected[key], key
    assert served["article"]["text"] == expected["article"]["text"]


def test_summarize_through_a_model_and_its_failures(scripted_server: Any, sleeps: Any) -> None:
    from scripted_server import refusal

    from factcheck import summarize

    # The same request twice, answered differently: no response cache.
    settings = resolve_settings(base_url=scripted_server.base_url, cache=False)
    app = create_app(ServeSettings(), settings=settings)
    body = {"source_text": SOURCE, "model": "newsroom-model", "repair_rounds": 0}
    with live_server(app) as url, httpx2.Client(base_url=url, timeout=60) as http:
        answer = http.post("/v1/summarize", json=body)
        assert answer.status_code == 200, answer.text
        served = answer.json()
        assert (served["engine"], served["model"]) == ("llm", "newsroom-model")
        assert scripted_server.requests[-1]["model"] == "newsroom-model"
        expected = summarize(
            Article(text=served["article"]["text"]),
            settings=settings.model_copy(update={"model": "newsroom-model"}),
            repair_rounds=0,
        )
        assert served["claims"] == expected.model_dump(mode="json")["claims"]
        scripted_server.script([refusal()])
        refused = http.post("/v1/summarize", json=body)
        problem = assert_problem(refused, 502, "llm-refusal")
        assert (problem["error"], problem["exit_code"]) == ("LLMRefusalError", 12)


def test_schema_and_openapi_describe_the_real_models(client: httpx2.Client) -> None:
    _, printed, _ = cli("schema")
    schema = client.get("/v1/schema")
    assert schema.status_code == 200 and schema.text == printed
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/summarize", "/v1/schema", "/healthz"} <= set(spec["paths"])
    request = spec["components"]["schemas"]["CheckRequest"]
    assert {"source_text", "source_url", "source_html", "text", "published"} <= set(
        request["properties"]
    )
    assert "Result" in spec["components"]["schemas"]
    # /v1/check is documented as the envelope check --format json prints, schema and all.
    ok = spec["paths"]["/v1/check"]["post"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"]["$ref"].endswith("/CheckOutput")
    assert {"schema_version", "source", "totals", "checks"} <= set(
        spec["components"]["schemas"]["CheckOutput"]["properties"]
    )
    _, printed_check, _ = cli("schema", "check")
    check_schema = client.get("/v1/schema", params={"document": "check"})
    assert check_schema.status_code == 200 and check_schema.text == printed_check
    errors = spec["paths"]["/v1/check"]["post"]["responses"]
    assert "application/problem+json" in errors["422"]["content"]
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["max_concurrent"] == 8


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"source_text": SOURCE}, "text"),
        ({"text": DRAFT}, "exactly one of source_text, source_url, source_html"),
        ({"source_text": SOURCE, "source_url": "https://example.com/", "text": DRAFT}, "got"),
        ({"source_text": SOURCE, "text": DRAFT, "source": "x"}, "source"),
        ({"source_text": SOURCE, "text": 12}, "text"),
        ({"source_text": SOURCE, "text": DRAFT, "published": "last Tuesday"}, "published"),
        ({"source_text": "", "text": DRAFT}, "source_text"),
    ],
)
def test_a_malformed_body_is_a_422_naming_the_field(
    client: httpx2.Client, body: dict[str, Any], field: str
) -> None:
    problem = assert_problem(client.post("/v1/check", json=body), 422, "invalid-request")
    assert field in problem["detail"]
    assert all("field" in error and "msg" in error for error in problem["errors"])


def test_malformed_json_and_echo_free_errors(client: httpx2.Client) -> None:
    broken = client.post(
        "/v1/check", content=b'{"text": ', headers={"content-type": "application/json"}
    )
    assert "not valid JSON" in assert_problem(broken, 422, "invalid-request")["detail"]
    # The offending value (here a would-be secret in the wrong place) is never echoed back.
    secret = "sk-live-never-echo-0123456789"
    echoed = client.post("/v1/check", json={"source_text": SOURCE, "text": {"key": secret}})
    assert_problem(echoed, 422, "invalid-request")
    assert secret not in echoed.text


@pytest.mark.parametrize(
    ("body", "kind", "error", "exit_code"),
    [
        ({"source_url": "/etc/passwd", "text": DRAFT}, "input", "InputError", 2),
        ({"source_url": "file:///etc/passwd", "text": DRAFT}, "input", "InputError", 2),
        ({"source_url": "http://127.0.0.1:9/", "text": DRAFT}, "host", "BlockedHostError", 5),
        ({"source_url": "http://[::1]/", "text": DRAFT}, "host", "BlockedHostError", 5),
        ({"source_text": SOURCE, "text": " \n "}, "input", "InputError", 2),
        ({"source_html": COOKIE_WALL, "text": DRAFT}, "extraction", "ExtractionError", 9),
    ],
)  # fmt: skip
def test_library_errors_are_problems_with_their_exit_code(
    client: httpx2.Client, body: dict[str, Any], kind: str, error: str, exit_code: int
) -> None:
    response = client.post("/v1/check", json=body)
    problem = assert_problem(response, 422, kind)
    assert (problem["error"], problem["exit_code"]) == (error, exit_code)
    assert "root:" not in response.text  # a local file is never read


def test_every_library_error_maps_to_an_http_error() -> None:
    classes = [
        cls
        for cls in vars(factcheck.errors).values()
        if isinstance(cls, type) and issubclass(cls, factcheck.errors.FactcheckError)
    ]
    for cls in classes:
        error = cls("x", url="u", status=500, attempts=1) if cls.__init__ is not (
            factcheck.errors.FactcheckError.__init__
        ) else cls("x")  # fmt: skip
        status = status_of(error)
        assert 400 <= status < 600, cls
        problem = problem_of(error)
        assert problem.exit_code == cls.exit_code and problem.error == cls.__name__
    # Failures of the server's own setup are 500s; what a remote page or model did, 502s.
    assert STATUS[factcheck.errors.ConfigError] == 500
    assert status_of(factcheck.errors.RetriesExhaustedError("x", attempts=3)) == 502


def test_unknown_routes_and_methods_are_problems(client: httpx2.Client) -> None:
    assert_problem(client.get("/v2/check"), 404, "about:blank")
    assert_problem(client.get("/v1/check"), 405, "about:blank")


def test_an_unexpected_failure_says_nothing_of_its_insides(
    client: httpx2.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("internal secret /srv/factcheck/config.toml")

    monkeypatch.setattr(factcheck.serve, "check_text", broken)
    response = client.post("/v1/check", json={"source_text": SOURCE, "text": DRAFT})
    problem = assert_problem(response, 500, "internal")
    assert "secret" not in response.text and "RuntimeError" not in response.text
    assert problem["detail"].startswith("the server failed")


# --------------------------------------------------------------------------- the token


def test_the_token_guards_every_v1_route() -> None:
    with live_server(token=TOKEN) as url, httpx2.Client(base_url=url, timeout=30) as http:
        body = {"source_text": SOURCE, "text": DRAFT}
        missing = http.post("/v1/check", json=body)
        assert_problem(missing, 401, "unauthorized")
        assert missing.headers["www-authenticate"].startswith("Bearer")
        wrong = http.post("/v1/check", json=body, headers={"Authorization": "Bearer nope"})
        assert_problem(wrong, 403, "forbidden")
        basic = http.post("/v1/check", json=body, headers={"Authorization": f"Basic {TOKEN}"})
        assert_problem(basic, 401, "unauthorized")
        assert_problem(http.get("/v1/schema"), 401, "unauthorized")
        good = {"Authorization": f"Bearer {TOKEN}"}
        assert http.post("/v1/check", json=body, headers=good).status_code == 200
        assert http.get("/v1/schema", headers=good).status_code == 200
        # Health checks and the spec stay open; the page asks for the token in its form.
        assert http.get("/healthz").status_code == 200
        assert http.get("/openapi.json").status_code == 200
        page = http.get("/")
        assert 'name="token"' in page.text and TOKEN not in page.text
        refused = http.post("/", data={"source": SOURCE, "draft": DRAFT, "token": "nope"})
        assert refused.status_code == 403 and 'role="alert"' in refused.text
        allowed = http.post("/", data={"source": SOURCE, "draft": DRAFT, "token": TOKEN})
        assert allowed.status_code == 200 and "srcdoc=" in allowed.text


def test_serving_beyond_loopback_needs_a_token() -> None:
    code, out, err = cli("serve", "--host", "0.0.0.0", "--port", "0")
    assert code == 3 and not out
    assert err.strip().count("\n") == 0 and "FACTCHECK_SERVE_TOKEN" in err
    assert "refusing to listen on 0.0.0.0" in err


def test_a_short_token_is_refused_without_being_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_SERVE_TOKEN", "hunter2")
    code, _, err = cli("serve", "--port", "0")
    assert code == 3 and "FACTCHECK_SERVE_TOKEN" in err and "hunter2" not in err


# --------------------------------------------------------------------------- limits


def test_a_body_over_the_limit_is_a_413() -> None:
    body = {"source_text": SOURCE * 4, "text": DRAFT}
    assert len(json.dumps(body)) > 8192
    with live_server(max_body_bytes=8192) as url, httpx2.Client(base_url=url) as http:
        assert_problem(http.post("/v1/check", json=body), 413, "body-too-large")

        def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
            yield json.dumps(body).encode()

        chunked = http.post(
            "/v1/check", content=chunks(), headers={"content-type": "application/json"}
        )
        assert_problem(chunked, 413, "body-too-large")
    with live_server(max_body_bytes=100_000) as url, httpx2.Client(base_url=url) as http:
        assert http.post("/v1/check", json=body).status_code == 200


def _wait_for_in_flight(http: httpx2.Client, count: int) -> None:
    deadline = time.monotonic() + 10
    while http.get("/healthz").json()["in_flight"] != count:
        assert time.monotonic() < deadline, f"never {count} request(s) in flight"
        time.sleep(0.02)


def test_requests_over_the_concurrency_limit_get_503_at_once() -> None:
    app = create_app(ServeSettings(max_concurrent=1), allow_private_hosts=True)
    with (
        serve() as (articles, state),
        live_server(app) as url,
        httpx2.Client(base_url=url, timeout=30) as http,
    ):
        stalled: list[httpx2.Response] = []
        slow = {"source_url": f"{articles}/slow", "text": DRAFT}
        first = threading.Thread(target=lambda: stalled.append(http.post("/v1/check", json=slow)))
        first.start()
        _wait_for_in_flight(http, 1)
        started = time.monotonic()
        busy = http.post("/v1/check", json={"source_text": SOURCE, "text": DRAFT})
        assert time.monotonic() - started < 5  # refused at once, not queued
        assert_problem(busy, 503, "busy")
        assert busy.headers["retry-after"] == "1"
        state.stop.set()  # the stalled page gives up: its request ends, its slot frees
        first.join(timeout=30)
        assert_problem(stalled[0], 502, "fetch")
        _wait_for_in_flight(http, 0)
        again = http.post("/v1/check", json={"source_text": SOURCE, "text": DRAFT})
        assert again.status_code == 200


def test_a_request_past_its_deadline_gets_504_and_keeps_its_slot_until_done() -> None:
    app = create_app(ServeSettings(deadline=0.5), allow_private_hosts=True)
    with (
        serve() as (articles, state),
        live_server(app) as url,
        httpx2.Client(base_url=url, timeout=30) as http,
    ):
        slow = {"source_url": f"{articles}/slow", "text": DRAFT}
        late = http.post("/v1/check", json=slow)
        assert "0.5 seconds" in assert_problem(late, 504, "deadline")["detail"]
        # The thread still waits on the page: the slot stays taken, so the cap holds.
        assert http.get("/healthz").json()["in_flight"] == 1
        state.stop.set()
        _wait_for_in_flight(http, 0)


def test_a_private_article_url_is_refused_by_default() -> None:
    with serve() as (articles, _), live_server() as url, httpx2.Client(base_url=url) as http:
        refused = http.post("/v1/check", json={"source_url": f"{articles}/article", "text": DRAFT})
        assert assert_problem(refused, 422, "blocked-host")["exit_code"] == 5
    # Allowed (factcheck serve --allow-private-hosts): what the CLI prints for the same URL.
    app = create_app(ServeSettings(), allow_private_hosts=True)
    with serve() as (articles, _), live_server(app) as url, httpx2.Client(base_url=url) as http:
        fetched = http.post("/v1/check", json={"source_url": f"{articles}/article", "text": DRAFT})
        _, printed, _ = cli(
            "check", "--source", f"{articles}/article", "examples/draft-with-errors.txt",
            "--format", "json", "--allow-private-hosts",
        )  # fmt: skip
    assert fetched.status_code == 200 and fetched.text == printed
    assert len(fetched.json()["checks"]) == 6


def test_server_settings_come_from_arguments_then_the_environment() -> None:
    env = {
        "FACTCHECK_SERVE_TOKEN": TOKEN,
        "FACTCHECK_SERVE_MAX_BODY_BYTES": "50000",
        "FACTCHECK_SERVE_MAX_CONCURRENT": "3",
        "FACTCHECK_SERVE_DEADLINE": "7.5",
    }
    assert set(env) == set(SERVE_ENV_VARS.values())
    limits = resolve_serve_settings(environ=env, max_concurrent=5)
    assert limits.token is not None and limits.token.get_secret_value() == TOKEN
    assert (limits.max_body_bytes, limits.max_concurrent, limits.deadline) == (50000, 5, 7.5)
    assert TOKEN not in repr(limits)
    defaults = resolve_serve_settings(environ={})
    assert defaults.token is None and defaults.max_concurrent == 8
    with pytest.raises(ConfigError, match="environment variable FACTCHECK_SERVE_DEADLINE"):
        resolve_serve_settings(environ={"FACTCHECK_SERVE_DEADLINE": "soon"})
    with pytest.raises(ConfigError, match="argument max_concurrent"):
        resolve_serve_settings(environ={}, max_concurrent=0)


# --------------------------------------------------------------------------- the page (no JS)


def test_the_page_works_as_a_plain_form_post(client: httpx2.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "form-action 'self'" in policy
    for name in ("source", "draft"):
        assert re.search(rf'<label for="{name}">', page.text)
        assert f'id="{name}" name="{name}"' in page.text
    checked = client.post("/", data={"source": SOURCE, "draft": DRAFT})
    assert checked.status_code == 200 and checked.headers["cache-control"] == "no-store"
    tally = dict(re.findall(r'data-verdict="(\w+)" data-count="(\d+)"', checked.text))
    assert tally == {"contradicted": "5", "unsupported": "0", "supported": "1"}
    assert 'sandbox="allow-scripts" srcdoc="' in checked.text
    assert "&lt;li class=&#34;claim contradicted&#34;" in checked.text  # the report, escaped
    assert DRAFT.splitlines()[0] in checked.text  # the form keeps what was sent
    summary = client.post("/", data={"source": SOURCE, "draft": ""})
    assert summary.status_code == 200 and "The summary, checked" in summary.text


def test_the_page_reports_problems_in_place_and_escapes_input(client: httpx2.Client) -> None:
    empty = client.post("/", data={"source": "  ", "draft": DRAFT})
    assert empty.status_code == 422 and 'role="alert"' in empty.text
    endless = client.post("/", data={"source": "https://example.com/" + "a" * 5000, "draft": ""})
    assert endless.status_code == 422 and "source_url: String should have at most" in endless.text
    hostile = "<script>alert(1)</script> 40 tanks"
    refused = client.post("/", data={"source": "http://127.0.0.1:9/x", "draft": hostile})
    assert refused.status_code == 422 and "private or reserved address" in refused.text
    assert "<script>alert(1)" not in refused.text and "&lt;script&gt;alert(1)" in refused.text
    assets = [client.get("/serve.css"), client.get("/serve.js")]
    assert [a.status_code for a in assets] == [200, 200]
    assert assets[1].headers["content-type"].startswith("text/javascript")


# --------------------------------------------------------------------------- the command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_factcheck_serve_runs_and_stops_on_ctrl_c() -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FACTCHECK_"))}
    server = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "serve", "--port", str(port), "--max-concurrent", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, server.communicate()[1]
            try:
                health = httpx2.get(f"{url}/healthz").json()
                break
            except httpx2.TransportError:
                assert time.monotonic() < deadline, "factcheck serve did not start"
                time.sleep(0.1)
        assert health["max_concurrent"] == 2
        answer = httpx2.post(f"{url}/v1/check", json={"source_text": SOURCE, "text": DRAFT})
        assert answer.status_code == 200 and len(answer.json()["checks"]) == 6
    finally:
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=30)
    assert server.returncode == 0, err
    assert "Traceback" not in err


def test_serve_without_the_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "factcheck.serve", None)  # as if fastapi were missing
    code, out, err = cli("serve")
    assert code == 3 and not out
    assert err.startswith("factcheck: error: factcheck serve needs the serve extra")
    assert "pip install 'factcheck[serve]'" in err and "Traceback" not in err
