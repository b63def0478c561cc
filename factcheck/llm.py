"""One structured call to any OpenAI-compatible endpoint: prompt -> JSON -> validated ``Draft``.

Public API: :func:`build_client` / :func:`build_async_client`, :func:`draft_summary`,
:func:`repair_summary`, :func:`merge_drafts` and their async twins, each returning an
:class:`LLMOutcome` (the draft, what it cost, the prompts used, the last raw reply).

Two kinds of retry, each bounded and never multiplied:

* **Transport faults** (429, 5xx, timeouts, dropped connections) are retried by the ``openai``
  client itself, ``max_retries`` times per request (``FACTCHECK_MAX_RETRIES``): exponential
  backoff with jitter, honouring ``Retry-After`` up to two minutes. factcheck adds no transport
  retry of its own; the client's retries are read back from the response (``retries_taken``)
  and recorded in ``Usage.retries`` with reasons starting ``transport:`` (with the status and
  ``Retry-After`` seen, for clients built here: they log failed responses through an httpx2
  event hook; an injected client's retries are counted without reasons). When the client gives
  up, the fault becomes ``RetriesExhaustedError`` (retryable statuses, connection failures) or
  ``LLMError`` / ``ConfigError`` (a request the endpoint rejects: 400, 401, 403, 404).
* **Invalid replies** (not JSON, a schema violation, a failed validator such as a quote that is
  not in the article) are re-asked by a tenacity loop, up to ``max_attempts`` model replies per
  call and ``max_seconds`` in all. Each re-ask builds a fresh message list: the original
  messages, the failed reply, and ``feedback.jinja`` listing the validation errors — never the
  whole history, never the caller's list. A reply cut off at the token limit
  (``finish_reason == "length"``) is re-asked once with twice the output budget. A refusal or a
  content-filter stop is never retried: it raises ``LLMRefusalError``.

Worst case, one call sends ``max_attempts * (max_retries + 1)`` HTTP requests: the two loops
nest, but neither re-runs the other's budget.

The reply's shape is requested according to ``Settings.json_mode``: ``schema`` sends the draft's
strict JSON schema as ``response_format``; ``json_object`` asks for JSON mode and puts the schema
in the prompt; ``text`` sends neither and takes the JSON object out of the reply text. The output
budget is sent as ``max_tokens``, the parameter every OpenAI-compatible server accepts.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import httpx2
import openai
from pydantic import BaseModel, Field, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryError,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    stop_after_delay,
    wait_none,
)

from factcheck.errors import ConfigError, LLMError, LLMRefusalError, RetriesExhaustedError
from factcheck.models import Article, ClaimCheck, Draft, PromptRef, RetryRecord, Usage
from factcheck.prompts import render_messages
from factcheck.settings import Settings

__all__ = [
    "LLMOutcome",
    "adraft_summary",
    "amerge_drafts",
    "arepair_summary",
    "build_async_client",
    "build_client",
    "draft_json_schema",
    "draft_summary",
    "merge_drafts",
    "repair_summary",
]

# Validation errors sent back to the model; more than this only repeats the same mistake.
MAX_FEEDBACK_ERRORS = 8
# Statuses the openai client retries itself; when they persist, retries are exhausted.
_RETRYABLE_STATUSES = {408, 409, 429}


class LLMOutcome(BaseModel):
    """What one structured call produced: the validated draft and how it was obtained."""

    draft: Draft
    usage: Usage = Field(default_factory=Usage)
    prompts: list[PromptRef] = Field(default_factory=list)
    model: str
    raw: str = Field(description="the last raw reply content, as the model sent it")


# Failed responses seen during the current call, so transport retries get their reasons. A
# ContextVar: each thread and each asyncio task drafting a chunk keeps its own list.
_failed_responses: ContextVar[list[str] | None] = ContextVar("_failed_responses", default=None)


def _note_failure(response: httpx2.Response) -> None:
    seen = _failed_responses.get()
    if seen is not None and response.status_code >= 400:
        retry_after = response.headers.get("retry-after")
        wait = f" (Retry-After {retry_after})" if retry_after else ""
        seen.append(f"HTTP {response.status_code}{wait}")


async def _anote_failure(response: httpx2.Response) -> None:
    _note_failure(response)


def build_client(settings: Settings) -> openai.OpenAI:
    """An ``openai.OpenAI`` client for the configured endpoint, with transport retries set.

    Raises ``ConfigError`` when a remote endpoint has no key.
    """
    return openai.OpenAI(
        api_key=settings.effective_api_key(),
        base_url=settings.effective_base_url(),
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        http_client=openai.DefaultHttpxClient(event_hooks={"response": [_note_failure]}),
    )


def build_async_client(settings: Settings) -> openai.AsyncOpenAI:
    """The async twin of :func:`build_client`."""
    return openai.AsyncOpenAI(
        api_key=settings.effective_api_key(),
        base_url=settings.effective_base_url(),
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        http_client=openai.DefaultAsyncHttpxClient(event_hooks={"response": [_anote_failure]}),
    )


def draft_json_schema() -> dict[str, Any]:
    """The ``Draft`` JSON schema in the strict form structured outputs require.

    Strict mode wants every property listed in ``required``, ``additionalProperties: false`` on
    every object and no ``default``; pydantic's schema has defaults for the list fields. The
    per-field descriptions stay: they tell the model what each field holds.
    """

    def strict(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: strict(v) for k, v in node.items() if k not in ("default", "title")}
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
                # A model's docstring is for developers; the field descriptions guide the model.
                node.pop("description", None)
            return node
        if isinstance(node, list):
            return [strict(item) for item in node]
        return node

    return strict(Draft.model_json_schema())


# --- the call, shared by the sync and async twins ---------------------------------------------


class _InvalidReply(Exception):
    """A reply the model should be asked to fix; carries the feedback for the re-ask."""

    def __init__(self, reason: str, errors: list[str], raw: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.errors = errors
        self.raw = raw


class _Truncated(_InvalidReply):
    """The reply stopped at the output token limit."""


class _Call:
    """The state of one structured call: messages, budgets, usage. No I/O here."""

    def __init__(
        self,
        task: str,
        settings: Settings,
        *,
        article: Article,
        variables: dict[str, Any],
        prompts_dir: str | Path | None,
    ) -> None:
        self.task = task
        self.settings = settings
        self.prompts_dir = prompts_dir if prompts_dir is not None else settings.prompts_dir
        schema_in_prompt = settings.json_mode != "schema"
        schema = json.dumps(draft_json_schema()) if schema_in_prompt else ""
        rendered = render_messages(
            task,
            prompts_dir=self.prompts_dir,
            max_claims=settings.max_claims,
            schema=schema,
            **variables,
        )
        self.base_messages = rendered.messages
        self.refs = list(rendered.refs)
        self.context = {"article_text": article.text, "max_claims": settings.max_claims}
        self.max_tokens = settings.max_output_tokens
        self.truncated_once = False
        self.feedback: _InvalidReply | None = None
        self.usage = Usage(calls=1)
        self.last_raw = ""
        self.started = time.monotonic()

    # Tenacity owns the loop; these two methods are what each attempt does before and after I/O.
    def request(self) -> dict[str, Any]:
        """The keyword arguments of the next ``chat.completions.create`` call."""
        messages = [dict(message) for message in self.base_messages]
        if self.feedback is not None:
            rendered = render_messages(
                "feedback", prompts_dir=self.prompts_dir, errors=self.feedback.errors
            )
            for ref in rendered.refs:
                if ref not in self.refs:
                    self.refs.append(ref)
            messages.append({"role": "assistant", "content": self.feedback.raw})
            messages.extend(rendered.messages)
        kwargs: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "temperature": self.settings.temperature,
            "max_tokens": self.max_tokens,
        }
        if self.settings.json_mode == "schema":
            kwargs["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "draft", "strict": True, "schema": draft_json_schema()},
            }
        elif self.settings.json_mode == "json_object":
            kwargs["response_format"] = {"type": "json_object"}
        return kwargs

    def accept(self, completion: Any, retries_taken: int, failures: list[str] | None) -> Draft:
        """Account for a reply and validate it; raise ``_InvalidReply`` to have it re-asked.

        ``failures`` are the failed responses the client retried past, or None when the client
        was injected and its responses were not observed.
        """
        self.usage.attempts += 1
        attempt = self.usage.attempts
        for retry in range(retries_taken):
            if failures is None:
                reason = "transport: retried by the client"
            elif retry < len(failures):
                reason = f"transport: {failures[retry]}, retried by the client"
            else:
                # Observed, yet no failed response: the connection failed or timed out.
                reason = "transport: connection failed or timed out, retried by the client"
            self.usage.retries.append(RetryRecord(attempt=attempt, reason=reason))
        usage = getattr(completion, "usage", None)
        if usage is not None:
            self.usage.prompt_tokens += usage.prompt_tokens or 0
            self.usage.completion_tokens += usage.completion_tokens or 0
        choices = getattr(completion, "choices", None)
        if not choices:
            raise LLMError("the endpoint's reply holds no choices; is it a chat completions API?")
        choice = choices[0]
        message = choice.message
        raw = message.content or ""
        self.last_raw = raw
        refusal = getattr(message, "refusal", None)
        if refusal:
            raise LLMRefusalError(f"the model refused: {refusal}", attempts=attempt)
        if choice.finish_reason == "content_filter":
            raise LLMRefusalError(
                "the endpoint's content filter stopped the reply", attempts=attempt
            )
        if choice.finish_reason == "length":
            if self.truncated_once:
                raise RetriesExhaustedError(
                    f"the reply was cut off at {self.max_tokens} output tokens twice; "
                    "raise FACTCHECK_MAX_OUTPUT_TOKENS",
                    attempts=attempt,
                    last_reply=raw,
                )
            self.truncated_once = True
            budget = self.max_tokens
            self.max_tokens *= 2
            raise _Truncated(
                f"truncated: finish_reason length at {budget} tokens; "
                f"re-asking with {self.max_tokens}",
                ["the reply was cut off before the JSON object was complete; keep it shorter"],
                raw,
            )
        return self._validate(raw)

    def _validate(self, raw: str) -> Draft:
        if not raw.strip():
            raise _InvalidReply("invalid: empty reply", ["the reply was empty"], raw)
        text = _json_text(raw)
        if text is None:
            raise _InvalidReply(
                "invalid: no JSON object in the reply",
                ["the reply holds no JSON object; reply with the JSON object only"],
                raw,
            )
        try:
            return Draft.model_validate_json(text, context=self.context)
        except ValidationError as exc:
            errors = _feedback_errors(exc)
            kind = "not valid JSON" if _is_json_error(exc) else "failed validation"
            raise _InvalidReply(f"invalid: {kind}: {errors[0]}", errors, raw) from exc

    def record_retry(self, error: BaseException | None) -> None:
        """Note why the next attempt is made and keep the failed reply for its feedback."""
        if isinstance(error, _InvalidReply):
            self.feedback = error
            self.usage.retries.append(
                RetryRecord(attempt=self.usage.attempts + 1, reason=error.reason)
            )

    def exhausted(self, error: BaseException | None) -> RetriesExhaustedError:
        reasons = error.errors if isinstance(error, _InvalidReply) else []
        detail = f": {reasons[0]}" if reasons else ""
        return RetriesExhaustedError(
            f"the model gave no valid reply in {self.usage.attempts} attempt(s){detail}",
            attempts=self.usage.attempts,
            last_reply=self.last_raw,
            errors=reasons,
        )

    def outcome(self, draft: Draft) -> LLMOutcome:
        self.usage.seconds = round(time.monotonic() - self.started, 3)
        return LLMOutcome(
            draft=draft,
            usage=self.usage,
            prompts=self.refs,
            model=self.settings.model,
            raw=self.last_raw,
        )

    def retrying_kwargs(self) -> dict[str, Any]:
        return {
            "stop": stop_after_attempt(self.settings.max_attempts)
            | stop_after_delay(self.settings.max_seconds),
            # Re-ask at once: the reply was wrong, the server is not overloaded.
            "wait": wait_none(),
            "retry": retry_if_exception_type(_InvalidReply),
            "before_sleep": lambda state: self.record_retry(state.outcome.exception()),
        }


def _no_wait(seconds: float) -> None:
    """Re-asks never wait, so tenacity's zero-second sleep is skipped."""


async def _ano_wait(seconds: float) -> None:
    """The async twin of :func:`_no_wait`."""


_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


def _json_text(raw: str) -> str | None:
    """The JSON object in a reply: code fences and any prose around the outermost ``{...}``
    removed. Needed in ``text`` mode; in the JSON modes it saves a re-ask when a server still
    wraps its JSON in a fence."""
    fenced = _FENCE.match(raw)
    text = fenced.group(1) if fenced else raw
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return None
    return text[start : end + 1]


def _is_json_error(exc: ValidationError) -> bool:
    return any(error["type"] == "json_invalid" for error in exc.errors())


def _feedback_errors(exc: ValidationError) -> list[str]:
    """One line per validation error, phrased for the model ("claims.2.quote: ...")."""
    lines = []
    for error in exc.errors()[:MAX_FEEDBACK_ERRORS]:
        where = ".".join(str(part) for part in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "json_invalid":
            message = "the reply is not valid JSON: " + message.removeprefix("Invalid JSON: ")
        lines.append(f"{where}: {message}" if where else message)
    return lines


def _translate(exc: openai.OpenAIError, settings: Settings, attempts: int) -> Exception:
    """Map an openai exception to factcheck's tree, once, at this boundary."""
    endpoint = settings.effective_base_url()
    tries = settings.max_retries + 1
    if isinstance(exc, openai.AuthenticationError):
        return ConfigError(
            f"the endpoint {endpoint} rejected the API key (HTTP 401): check OPENAI_API_KEY"
        )
    if isinstance(exc, openai.PermissionDeniedError):
        return ConfigError(
            f"the endpoint {endpoint} refused access to model {settings.model!r} (HTTP 403)"
        )
    if isinstance(exc, openai.NotFoundError):
        return ConfigError(
            f"the endpoint {endpoint} has no model {settings.model!r} or no chat completions "
            "API (HTTP 404): check OPENAI_BASE_URL and FACTCHECK_MODEL"
        )
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        body = _body_text(exc)
        if status in _RETRYABLE_STATUSES or status >= 500:
            return RetriesExhaustedError(
                f"the endpoint {endpoint} kept failing with HTTP {status} after {tries} "
                "request(s)",
                attempts=tries,
                last_reply=body,
                status=status,
                model_attempts=attempts,
            )
        hint = ""
        if status in (400, 422) and settings.json_mode == "schema":
            hint = "; if the server lacks JSON schema support, set FACTCHECK_JSON_MODE=json_object"
        return LLMError(
            f"the endpoint {endpoint} rejected the request (HTTP {status}): "
            f"{_one_line(body, 200)}{hint}",
            status=status,
        )
    if isinstance(exc, openai.APITimeoutError):
        return RetriesExhaustedError(
            f"the endpoint {endpoint} timed out after {settings.timeout:g}s, {tries} time(s)",
            attempts=tries,
        )
    if isinstance(exc, openai.APIConnectionError):
        return RetriesExhaustedError(
            f"could not reach the endpoint {endpoint} ({tries} request(s))", attempts=tries
        )
    return LLMError(f"the endpoint {endpoint} failed: {_one_line(str(exc), 200)}")


def _body_text(exc: openai.APIStatusError) -> str:
    try:
        return exc.response.text
    except Exception:  # a streamed or closed body: the message is all there is
        return str(exc.message)


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _run(call: _Call, create: Callable[..., Any], observed: bool) -> LLMOutcome:
    try:
        for attempt in Retrying(sleep=_no_wait, **call.retrying_kwargs()):
            with attempt:
                failures: list[str] = []
                token = _failed_responses.set(failures)
                try:
                    response = create(**call.request())
                    completion = response.parse()
                except openai.OpenAIError as exc:
                    raise _translate(exc, call.settings, call.usage.attempts) from exc
                finally:
                    _failed_responses.reset(token)
                seen = failures if observed else None
                draft = call.accept(completion, response.retries_taken, seen)
    except RetryError as exc:
        raise call.exhausted(exc.last_attempt.exception()) from None
    return call.outcome(draft)


async def _arun(call: _Call, create: Callable[..., Any], observed: bool) -> LLMOutcome:
    try:
        async for attempt in AsyncRetrying(sleep=_ano_wait, **call.retrying_kwargs()):
            with attempt:
                failures: list[str] = []
                token = _failed_responses.set(failures)
                try:
                    response = await create(**call.request())
                    completion = response.parse()
                except openai.OpenAIError as exc:
                    raise _translate(exc, call.settings, call.usage.attempts) from exc
                finally:
                    _failed_responses.reset(token)
                seen = failures if observed else None
                draft = call.accept(completion, response.retries_taken, seen)
    except RetryError as exc:
        raise call.exhausted(exc.last_attempt.exception()) from None
    return call.outcome(draft)


def _call_sync(call: _Call, client: openai.OpenAI | None) -> LLMOutcome:
    if client is not None:
        return _run(call, client.chat.completions.with_raw_response.create, observed=False)
    with build_client(call.settings) as own:
        return _run(call, own.chat.completions.with_raw_response.create, observed=True)


async def _call_async(call: _Call, client: openai.AsyncOpenAI | None) -> LLMOutcome:
    if client is not None:
        create = client.chat.completions.with_raw_response.create
        return await _arun(call, create, observed=False)
    async with build_async_client(call.settings) as own:
        return await _arun(call, own.chat.completions.with_raw_response.create, observed=True)


# --- what each task sends ----------------------------------------------------------------------

_FENCE_TAG = re.compile(r"<(/?)(article|part|draft)\b", re.IGNORECASE)


def _fenced(text: str) -> str:
    # An article that contains "</article>" must not close the fence around it.
    return _FENCE_TAG.sub(lambda m: f"&lt;{m.group(1)}{m.group(2)}", text)


def _article_variables(article: Article) -> dict[str, Any]:
    return {
        "article": _fenced(article.text),
        "title": _fenced(article.title or ""),
        "published": article.published or "",
    }


def _draft_call(article: Article, settings: Settings, prompts_dir: str | Path | None) -> _Call:
    return _Call(
        "draft",
        settings,
        article=article,
        variables=_article_variables(article),
        prompts_dir=prompts_dir,
    )


def _repair_call(
    article: Article,
    draft: Draft,
    findings: list[ClaimCheck],
    settings: Settings,
    prompts_dir: str | Path | None,
) -> _Call:
    rows = [
        {
            "claim": check.claim,
            "verdict": str(check.verdict),
            "reasons": list(check.reasons),
            "source_sentence": check.evidence[0].sentence if check.evidence else None,
        }
        for check in findings
    ]
    return _Call(
        "repair",
        settings,
        article=article,
        variables={
            **_article_variables(article),
            "draft": _fenced(draft.model_dump_json()),
            "findings": rows,
        },
        prompts_dir=prompts_dir,
    )


def _merge_call(
    article: Article, drafts: list[Draft], settings: Settings, prompts_dir: str | Path | None
) -> _Call:
    if not drafts:
        raise LLMError("merge_drafts needs at least one draft")
    return _Call(
        "merge",
        settings,
        article=article,
        variables={
            "title": _fenced(article.title or ""),
            "drafts": [_fenced(draft.model_dump_json()) for draft in drafts],
        },
        prompts_dir=prompts_dir,
    )


def draft_summary(
    article: Article,
    *,
    settings: Settings,
    client: openai.OpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """Ask the model for a draft of ``article``: one request when the first reply is valid.

    ``client`` is used as given (its own retry settings apply); otherwise one is built from
    ``settings`` and closed afterwards. ``prompts_dir`` overrides ``settings.prompts_dir``.
    Raises ``LLMRefusalError``, ``RetriesExhaustedError``, ``LLMError``, ``ConfigError`` or
    ``PromptError``.
    """
    return _call_sync(_draft_call(article, settings, prompts_dir), client)


def repair_summary(
    article: Article,
    draft: Draft,
    findings: list[ClaimCheck],
    *,
    settings: Settings,
    client: openai.OpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """Send the checker's ``findings`` on ``draft`` back to the model for a corrected draft."""
    return _call_sync(_repair_call(article, draft, findings, settings, prompts_dir), client)


def merge_drafts(
    article: Article,
    drafts: list[Draft],
    *,
    settings: Settings,
    client: openai.OpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """Merge the drafts of an article's chunks into one (the reduce step of map-reduce).

    ``article`` is the whole article: the merged draft's quotes are validated against all of it.
    """
    return _call_sync(_merge_call(article, drafts, settings, prompts_dir), client)


async def adraft_summary(
    article: Article,
    *,
    settings: Settings,
    client: openai.AsyncOpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """The async twin of :func:`draft_summary`."""
    return await _call_async(_draft_call(article, settings, prompts_dir), client)


async def arepair_summary(
    article: Article,
    draft: Draft,
    findings: list[ClaimCheck],
    *,
    settings: Settings,
    client: openai.AsyncOpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """The async twin of :func:`repair_summary`."""
    return await _call_async(_repair_call(article, draft, findings, settings, prompts_dir), client)


async def amerge_drafts(
    article: Article,
    drafts: list[Draft],
    *,
    settings: Settings,
    client: openai.AsyncOpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """The async twin of :func:`merge_drafts`."""
    return await _call_async(_merge_call(article, drafts, settings, prompts_dir), client)
