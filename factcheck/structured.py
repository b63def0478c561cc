"""One structured call: messages -> chat completion -> JSON -> a ``Draft`` validated with context.

The machinery behind :mod:`factcheck.llm`, whose docstring tells the retry story: the openai
client's own transport retries (counted here from ``retries_taken``, with the failed statuses an
httpx2 event hook saw), a tenacity loop that re-asks on invalid replies with a fresh message list
each time, one larger-budget re-ask after ``finish_reason == "length"``, no retry of refusals,
and the translation of openai exceptions into factcheck's error tree, once, here.

:class:`StructuredCall` holds one call's state and does no I/O; :func:`call_sync` and
:func:`call_async` run it against a client.
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
from factcheck.models import Article, Draft, PromptRef, RetryRecord, Usage
from factcheck.prompts import render_messages
from factcheck.settings import Settings

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


class StructuredCall:
    """The state of one structured call: messages, budgets, usage. No I/O here.

    ``task`` is a prompt template set ("draft", "repair", "merge"); ``variables`` fill it;
    ``article`` is what the reply's quotes must come from.
    """

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


def _run(call: StructuredCall, create: Callable[..., Any], observed: bool) -> LLMOutcome:
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


async def _arun(call: StructuredCall, create: Callable[..., Any], observed: bool) -> LLMOutcome:
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


def call_sync(call: StructuredCall, client: openai.OpenAI | None) -> LLMOutcome:
    """Run ``call`` on ``client``, or on a client built from its settings and closed after."""
    if client is not None:
        return _run(call, client.chat.completions.with_raw_response.create, observed=False)
    with build_client(call.settings) as own:
        return _run(call, own.chat.completions.with_raw_response.create, observed=True)


async def call_async(call: StructuredCall, client: openai.AsyncOpenAI | None) -> LLMOutcome:
    """The async twin of :func:`call_sync`."""
    if client is not None:
        create = client.chat.completions.with_raw_response.create
        return await _arun(call, create, observed=False)
    async with build_async_client(call.settings) as own:
        return await _arun(call, own.chat.completions.with_raw_response.create, observed=True)
