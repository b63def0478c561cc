"""The HTTP plumbing of ``factcheck serve``: problem details, the body cap, the worker pool with
its concurrency cap and deadline, and the bearer token. Nothing here knows about articles or
verdicts; :mod:`factcheck.serve` wires it to the library.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from factcheck.errors import (
    BlockedHostError,
    ConfigError,
    ExtractionError,
    FactcheckError,
    FetchError,
    HTTPStatusError,
    InputError,
    LLMError,
    PromptError,
    TooLargeError,
    UnsupportedContentError,
)
from factcheck.settings import ServeSettings

log = logging.getLogger("factcheck.serve")
T = TypeVar("T")
PROBLEM_JSON = "application/problem+json"

# Each error branch's HTTP status: the client's input (422), what a remote page or the model
# did (502), or the server's own setup (500). Looked up along the exception's class hierarchy.
STATUS: dict[type[FactcheckError], int] = {
    InputError: 422,
    ConfigError: 500,
    FetchError: 502,
    BlockedHostError: 422,
    HTTPStatusError: 502,
    TooLargeError: 422,
    UnsupportedContentError: 422,
    ExtractionError: 422,
    PromptError: 500,
    LLMError: 502,
}


class Problem(BaseModel):
    """An RFC 9457 problem detail, as every error response carries it."""

    type: str = Field(description="a URN naming the kind of problem")
    title: str
    status: int
    detail: str
    error: str | None = Field(default=None, description="the FactcheckError class, if any")
    exit_code: int | None = Field(default=None, description="what the CLI would have exited with")
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="422 on a malformed body: each field and what is wrong"
    )


class ServeProblem(Exception):
    """An error response the server itself decides (auth, limits, deadline)."""

    def __init__(
        self, status: int, slug: str, title: str, detail: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status, self.slug, self.title, self.detail = status, slug, title, detail
        self.headers = headers or {}


_WORD_START = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _slug(name: str) -> str:
    """``BlockedHostError`` -> ``blocked-host``; ``LLMRefusalError`` -> ``llm-refusal``."""
    return _WORD_START.sub("-", name.removesuffix("Error") or name).lower()


def status_of(exc: FactcheckError) -> int:
    """The HTTP status for a library error: its nearest class in :data:`STATUS`."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]  # type: ignore[index]
    return 500


def problem_of(exc: Exception) -> Problem:
    """The problem detail for any exception; an unexpected one says nothing of its insides."""
    if isinstance(exc, ServeProblem):
        return Problem(
            type=f"urn:factcheck:problem:{exc.slug}",
            title=exc.title,
            status=exc.status,
            detail=exc.detail,
        )
    if isinstance(exc, FactcheckError):
        doc = (type(exc).__doc__ or type(exc).__name__).strip().splitlines()[0]
        return Problem(
            type=f"urn:factcheck:problem:{_slug(type(exc).__name__)}",
            title=doc.rstrip("."),
            status=status_of(exc),
            detail=str(exc),
            error=type(exc).__name__,
            exit_code=exc.exit_code,
        )
    return Problem(
        type="urn:factcheck:problem:internal",
        title="Internal server error",
        status=500,
        detail="the server failed on this request; its log has the details",
    )


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def _field_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where and what, per error; the offending input (maybe a whole article) is never echoed.

    ``field`` is the dotted name a client knows (``text``, ``source_url``); a body that is not
    JSON at all is ``body`` (pydantic puts the character position in ``loc``).
    """
    errors = []
    for error in exc.errors():
        loc = [str(part) for part in error.get("loc", ())]
        if error.get("type") == "json_invalid":
            field, message = "body", f"not valid JSON ({error.get('ctx', {}).get('error', '')})"
        else:
            field = ".".join(part for part in loc[1:]) or loc[0] if loc else "body"
            message = str(error.get("msg", ""))
        errors.append({"field": field, "loc": loc, "msg": message})
    return errors


def install_error_handlers(app: FastAPI) -> None:
    async def on_factcheck(request: Request, exc: Exception) -> Response:
        return problem_response(problem_of(exc))

    async def on_serve(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ServeProblem)
        return problem_response(problem_of(exc), exc.headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = _field_errors(exc)
        first = errors[0] if errors else {"field": "body", "msg": "invalid request"}
        problem = Problem(
            type="urn:factcheck:problem:invalid-request",
            title="The request is malformed",
            status=422,
            detail=f"{first['field']}: {first['msg']}",
            errors=errors,
        )
        return problem_response(problem)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        problem = Problem(
            type="about:blank",
            title=str(exc.detail),
            status=exc.status_code,
            detail=f"{request.method} {request.url.path}: {exc.detail}",
        )
        return problem_response(problem, dict(exc.headers or {}))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return problem_response(problem_of(exc))

    app.add_exception_handler(FactcheckError, on_factcheck)
    app.add_exception_handler(ServeProblem, on_serve)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_unexpected)


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes gets a 413 before any route runs.

    The body is read here (bounded) and replayed to the app, so a chunked upload without a
    ``Content-Length`` is held to the same cap as one that declares its size.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        problem = problem_of(
            ServeProblem(
                413,
                "body-too-large",
                "The request body is too large",
                f"the request body is over the {self.limit:,}-byte limit "
                "(FACTCHECK_SERVE_MAX_BODY_BYTES)",
            )
        )
        body = json.dumps(problem.model_dump(exclude_none=True)).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", PROBLEM_JSON.encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class Worker:
    """Runs library calls in a bounded thread pool, at most ``limit`` at once, each with a
    deadline. Excess requests are refused at once (503): queueing CPU work behind a full pool
    only makes every client wait longer."""

    def __init__(self, limit: int, deadline: float) -> None:
        self.limit, self.deadline = limit, deadline
        self.in_flight = 0
        self.pool = ThreadPoolExecutor(max_workers=limit, thread_name_prefix="factcheck-serve")

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        if self.in_flight >= self.limit:
            raise ServeProblem(
                503,
                "busy",
                "The server is busy",
                f"{self.limit} requests are being worked on already "
                "(FACTCHECK_SERVE_MAX_CONCURRENT); try again shortly",
                {"Retry-After": "1"},
            )
        self.in_flight += 1
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.pool, partial(function, *args))
        # The slot is freed when the thread is done, not when the client stops waiting.
        future.add_done_callback(self._done)
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.deadline)
        except asyncio.TimeoutError:
            raise ServeProblem(
                504,
                "deadline",
                "The request took too long",
                f"no answer within {self.deadline:g} seconds (FACTCHECK_SERVE_DEADLINE)",
            ) from None

    def _done(self, future: asyncio.Future[Any]) -> None:
        self.in_flight -= 1
        if not future.cancelled():
            future.exception()  # retrieved: a late failure after a 504 is not logged as lost

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


class Authorizer:
    """Compares a presented token with ``FACTCHECK_SERVE_TOKEN`` in constant time."""

    def __init__(self, settings: ServeSettings) -> None:
        self.token = None if settings.token is None else settings.token.get_secret_value()

    @property
    def required(self) -> bool:
        return self.token is not None

    def check(self, presented: str | None) -> None:
        if self.token is None:
            return
        if not presented:
            raise ServeProblem(
                401,
                "unauthorized",
                "A token is required",
                "send Authorization: Bearer <token> (the server's FACTCHECK_SERVE_TOKEN)",
                {"WWW-Authenticate": 'Bearer realm="factcheck"'},
            )
        if not hmac.compare_digest(presented.encode(), self.token.encode()):
            raise ServeProblem(
                403, "forbidden", "The token is not valid", "the token given is not valid"
            )


def is_loopback_host(host: str) -> bool:
    """``localhost`` or a loopback address: reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
