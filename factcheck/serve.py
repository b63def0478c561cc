"""``factcheck serve``: the HTTP API a newsroom's tools call, and a page an editor uses.

A second front door over the library, like ``cli.py``: every route loads the article with
:mod:`factcheck.article`, checks with :func:`factcheck.check_text` or summarizes with
:func:`factcheck.summarize`, and renders with :mod:`factcheck.render`; nothing here decides a
verdict, so what changes in the checker reaches the server unchanged.

Routes
    * ``POST /v1/check`` -- ``{"source_text" | "source_url" | "source_html", "text",
      "published"?}`` -> what ``factcheck check --format json`` prints, a ``CheckOutput``
      (``schema_version``, ``source``, ``totals``, ``checks``; ``?format=html`` or ``markdown``
      for the other renderings);
    * ``POST /v1/summarize`` -- a source plus ``model``, ``repair_rounds``, ``offline`` -> the
      ``Result`` JSON of ``factcheck summarize --format json``;
    * ``GET /v1/schema`` (the Result's JSON Schema; ``?document=check``, the CheckOutput's),
      ``GET /openapi.json``, ``GET /healthz``;
    * ``GET /`` and ``POST /`` -- the page (:mod:`factcheck.serve_page`).

Errors are RFC 9457 problem details (``application/problem+json``): every ``FactcheckError``
becomes a 4xx/5xx carrying its class and exit code; a malformed body is a 422 naming the field;
no response ever holds a stack trace.

Access and limits come from :class:`~factcheck.settings.ServeSettings`: a bearer token for
``/v1/`` (and the page's form) when ``FACTCHECK_SERVE_TOKEN`` is set, a cap on the request body,
on the requests worked on at once (the rest get 503 with ``Retry-After``), and a per-request
deadline (504). A request past its deadline keeps its worker slot until its thread finishes, so
the cap bounds the work actually running. URLs are fetched with the CLI's refusal of private and
loopback addresses.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from factcheck import __version__
from factcheck.article import DEFAULT_TIMEOUT, clean_text, html_to_article, load_article
from factcheck.checker import check_text
from factcheck.errors import ConfigError, FactcheckError, InputError
from factcheck.extract import sniff_html
from factcheck.fetch import is_url
from factcheck.models import Article, CheckOutput, ClaimCheck, Result
from factcheck.pipeline import summarize
from factcheck.render import check_schema, render_report, render_result, result_schema
from factcheck.serve_http import (
    PROBLEM_JSON,
    Authorizer,
    BodyLimit,
    Problem,
    ServeProblem,
    Worker,
    install_error_handlers,
    is_loopback_host,
    problem_of,
)
from factcheck.serve_page import Outcome, PageForm, asset, page_policy, render_page
from factcheck.settings import ServeSettings, Settings, resolve_serve_settings, resolve_settings

__all__ = [
    "CheckRequest",
    "Problem",
    "SummarizeRequest",
    "check_binding",
    "create_app",
    "run",
]

Format = Literal["json", "html", "markdown"]
FormatQuery = Annotated[Format, Query(description="json (the default), html or markdown")]
MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
}
BEARER = HTTPBearer(auto_error=False, description="FACTCHECK_SERVE_TOKEN, when it is set")
# A library call bound to its request, run in a worker thread: (rendering, checks).
Job = Callable[[], tuple[str, list[ClaimCheck]]]

# --------------------------------------------------------------------------- request models


class _Source(BaseModel):
    """Exactly one of the three ways to give the article."""

    model_config = ConfigDict(extra="forbid")

    source_text: str | None = Field(
        default=None, min_length=1, description="the article as plain text"
    )
    source_url: str | None = Field(
        default=None,
        min_length=1,
        max_length=4096,
        description="an http(s) URL to fetch; private and loopback addresses are refused",
    )
    source_html: str | None = Field(
        default=None, min_length=1, description="the article's HTML page, extracted as a fetch is"
    )

    @model_validator(mode="after")
    def _exactly_one_source(self) -> _Source:
        given = [n for n in ("source_text", "source_url", "source_html") if getattr(self, n)]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of source_text, source_url, source_html"
                + (f" (got {', '.join(given)})" if given else "")
            )
        return self


class CheckRequest(_Source):
    """``POST /v1/check``: check every figure in ``text`` against the article."""

    text: str = Field(min_length=1, description="the draft whose figures are checked")
    published: date | None = Field(
        default=None, description="the article's publication date, shown in the report"
    )


class SummarizeRequest(_Source):
    """``POST /v1/summarize``: summarize the article and check every figure of the summary."""

    model: str | None = Field(
        default=None, min_length=1, max_length=200, description="model name (FACTCHECK_MODEL)"
    )
    repair_rounds: int = Field(default=1, ge=0, le=5, description="rounds of repair (default 1)")
    offline: bool = Field(default=False, description="use the extractive engine, no model")


# --------------------------------------------------------------------------- the library calls


def load_source(request: _Source, *, allow_private_hosts: bool = False) -> Article:
    """The article a request gives, through the library's loaders; never a local file."""
    if request.source_url is not None:
        if not is_url(request.source_url):
            raise InputError(f"source_url must be an http(s) URL, got {request.source_url[:80]!r}")
        return load_article(
            request.source_url, allow_private_hosts=allow_private_hosts, timeout=DEFAULT_TIMEOUT
        )
    if request.source_html is not None:
        return html_to_article(request.source_html, name="source_html")
    text = clean_text(request.source_text or "")
    if not text:
        raise InputError("source_text holds no text once scrape artefacts are removed")
    return Article(text=text)


def run_check(
    request: CheckRequest, fmt: Format, *, allow_private_hosts: bool = False
) -> tuple[str, list[ClaimCheck]]:
    """Load, check, render: exactly ``factcheck check``. Returns the rendering and the checks."""
    article = load_source(request, allow_private_hosts=allow_private_hosts)
    if request.published is not None:
        article = article.model_copy(update={"published": request.published.isoformat()})
    if not request.text.strip():
        raise InputError("text is empty")
    report = check_text(article.text, request.text)
    return render_report(report, fmt, source=article, text=request.text), report.checks


def run_summarize(
    request: SummarizeRequest,
    fmt: Format,
    *,
    settings: Settings,
    allow_private_hosts: bool = False,
) -> tuple[str, list[ClaimCheck]]:
    """Load and summarize: exactly ``factcheck summarize``. Returns the rendering and checks."""
    article = load_source(request, allow_private_hosts=allow_private_hosts)
    if request.model is not None:
        settings = settings.model_copy(update={"model": request.model})
    result = summarize(
        article,
        offline=request.offline,
        repair_rounds=request.repair_rounds,
        settings=settings,
    )
    return render_result(result, fmt), result.claims


# --------------------------------------------------------------------------- the app


@dataclass(frozen=True)
class _Server:
    """What the routes share: the worker pool, the token check and the library's options."""

    worker: Worker
    auth: Authorizer
    settings: Settings
    allow_private_hosts: bool

    def check_job(self, request: CheckRequest, fmt: Format) -> Job:
        return partial(run_check, request, fmt, allow_private_hosts=self.allow_private_hosts)

    def summarize_job(self, request: SummarizeRequest, fmt: Format) -> Job:
        return partial(
            run_summarize,
            request,
            fmt,
            settings=self.settings,
            allow_private_hosts=self.allow_private_hosts,
        )


def create_app(
    serve_settings: ServeSettings | None = None,
    *,
    settings: Settings | None = None,
    allow_private_hosts: bool = False,
) -> FastAPI:
    """The ASGI app. ``serve_settings`` defaults to the environment's; ``settings`` (the model
    endpoint) too, resolved once here so a misconfigured endpoint fails at start, not per call.
    ``allow_private_hosts`` lets ``source_url`` reach private addresses (off: SSRF guard)."""
    limits = serve_settings or resolve_serve_settings()
    server = _Server(
        Worker(limits.max_concurrent, limits.deadline),
        Authorizer(limits),
        settings or resolve_settings(),
        allow_private_hosts,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        server.worker.close()

    app = FastAPI(
        title="factcheck",
        version=__version__,
        summary="Check every figure in a text against its source article.",
        docs_url=None,  # the Swagger and ReDoc pages load scripts from a CDN; the spec is enough
        redoc_url=None,
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, limit=limits.max_body_bytes)
    install_error_handlers(app)
    _add_api(app, server)
    _add_page(app, server)
    return app


def _add_api(app: FastAPI, server: _Server) -> None:
    """``/v1/check``, ``/v1/summarize``, ``/v1/schema`` (behind the token) and ``/healthz``."""

    def authorize(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
    ) -> None:
        server.auth.check(credentials.credentials if credentials else None)

    errors: dict[int | str, dict[str, Any]] = {
        status: {"model": Problem, "content": {PROBLEM_JSON: {}}}
        for status in (401, 403, 413, 422, 500, 502, 503, 504)
    }
    rendered: dict[str, Any] = {"content": {MEDIA_TYPES["html"]: {}, MEDIA_TYPES["markdown"]: {}}}

    async def respond(job: Job, fmt: Format) -> Response:
        body, _ = await server.worker.run(job)
        return Response(body, media_type=MEDIA_TYPES[fmt])

    @app.post(
        "/v1/check",
        dependencies=[Depends(authorize)],
        responses={200: {"model": CheckOutput, **rendered}, **errors},
        summary="Check every figure in a text against an article",
        response_class=Response,
    )
    async def check(request: CheckRequest, format: FormatQuery = "json") -> Response:
        """What ``factcheck check --format json`` prints for the same source and text: the
        versioned ``CheckOutput`` (``schema_version``, the source's ``title`` and ``url``,
        ``totals`` by verdict, ``checks``), whose JSON Schema ``factcheck schema check`` prints."""
        return await respond(server.check_job(request, format), format)

    @app.post(
        "/v1/summarize",
        dependencies=[Depends(authorize)],
        responses={200: {"model": Result, **rendered}, **errors},
        summary="Summarize an article and check every figure in the summary",
        response_class=Response,
    )
    async def summarize_route(request: SummarizeRequest, format: FormatQuery = "json") -> Response:
        """The ``Result`` that ``factcheck summarize --format json`` prints."""
        return await respond(server.summarize_job(request, format), format)

    @app.get("/v1/schema", dependencies=[Depends(authorize)], responses=errors)
    async def schema(document: Literal["result", "check"] = "result") -> Response:
        """The JSON Schema of the ``Result`` (what ``factcheck schema`` prints), or with
        ``?document=check`` of the ``CheckOutput`` (what ``factcheck schema check`` prints)."""
        text = check_schema() if document == "check" else result_schema()
        return Response(text, media_type="application/schema+json")

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        """Liveness, and how busy the server is."""
        return {
            "status": "ok",
            "version": __version__,
            "in_flight": server.worker.in_flight,
            "max_concurrent": server.worker.limit,
        }


def _add_page(app: FastAPI, server: _Server) -> None:
    """The page at ``/`` (form and outcome) and the two files it links."""
    token_required = server.auth.required

    @app.get("/", include_in_schema=False)
    async def page() -> Response:
        return _page_response(PageForm(), None, token_required=token_required)

    @app.post("/", include_in_schema=False)
    async def submit(request: Request) -> Response:
        form = PageForm.parse(await request.body())
        try:
            server.auth.check(form.token or None)
            body, checks = await server.worker.run(page_job(form, server))
        except (ServeProblem, FactcheckError) as exc:
            problem = problem_of(exc)
            outcome = Outcome(
                checking=form.checking,
                problem_title=problem.title,
                problem_detail=problem.detail,
            )
            return _page_response(
                form, outcome, token_required=token_required, status=problem.status
            )
        outcome = Outcome(report=body, checks=checks, checking=form.checking)
        return _page_response(form, outcome, token_required=token_required)

    for name, media_type in (("serve.css", "text/css"), ("serve.js", "text/javascript")):
        app.add_api_route(
            f"/{name}",
            partial(_asset_response, name, media_type),
            methods=["GET"],
            include_in_schema=False,
        )


def page_job(form: PageForm, server: _Server) -> Job:
    """The library call a page form asks for: check the draft, or summarize the article.

    The one article field takes a URL (fetched), an HTML page (extracted) or text; never a
    file name.
    """
    source = form.source.strip()
    if not source:
        raise InputError("give the article: its web address, or its text")
    if is_url(source) and not any(c.isspace() for c in source):
        given = {"source_url": source}
    elif sniff_html(source.encode("utf-8", errors="replace")):
        given = {"source_html": source}
    else:
        given = {"source_text": source}
    try:
        if form.checking:
            return server.check_job(
                CheckRequest.model_validate({**given, "text": form.draft}), "html"
            )
        return server.summarize_job(SummarizeRequest.model_validate(given), "html")
    except ValidationError as exc:  # e.g. a web address longer than any real one
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the form"
        raise InputError(f"{where}: {first['msg']}") from None


# Headers of every page response: the page's own policy; nothing cached (a form may carry
# the token); no referrer leaks an article URL typed into the form.
def _page_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": page_policy(),
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
    }


def _page_response(
    form: PageForm, outcome: Outcome | None, *, token_required: bool, status: int = 200
) -> Response:
    return HTMLResponse(
        render_page(form, outcome, token_required=token_required),
        status_code=status,
        headers=_page_headers(),
    )


async def _asset_response(name: str, media_type: str) -> Response:
    return Response(
        asset(name),
        media_type=f"{media_type}; charset=utf-8",
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )


def check_binding(host: str, serve_settings: ServeSettings) -> None:
    """Refuse to listen beyond this machine without a token: anyone on the network could
    otherwise spend the server's model budget and make it fetch URLs for them."""
    if serve_settings.token is None and not is_loopback_host(host):
        raise ConfigError(
            f"refusing to listen on {host} without a token: set FACTCHECK_SERVE_TOKEN, "
            "or listen on 127.0.0.1 only"
        )


def run(
    host: str, port: int, serve_settings: ServeSettings, *, allow_private_hosts: bool = False
) -> None:
    """Serve until interrupted (``factcheck serve``)."""
    import uvicorn

    check_binding(host, serve_settings)
    app = create_app(serve_settings, allow_private_hosts=allow_private_hosts)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
