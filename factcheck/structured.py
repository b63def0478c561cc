"""One structured call: messages -> chat completion -> JSON -> a ``Draft`` validated with context.

The machinery behind :mod:`factcheck.llm`, whose docstring tells the retry story: the openai
client's own transport retries (counted here from ``retries_taken``, with the failed statuses an
httpx2 event hook saw), a tenacity loop that re-asks on invalid replies with a fresh message list
each time, one larger-budget re-ask after ``finish_reason == "length"``, no retry of refusals,
and the translation of openai exceptions into factcheck's error tree, once, here.

Deadlines and limits (clients built here; see :mod:`factcheck._deadline`): each request must be
done within ``timeout`` seconds, connecting, headers and a body that drips included, and before
the call's own deadline, ``max_seconds`` after it started; a reply over ``MAX_REPLY_BYTES`` is
refused; a ``Retry-After`` over ``MAX_RETRY_AFTER_SECONDS``, or one that would outlast the call's
deadline, is not waited for. Messages count the requests actually sent.

A reply that is no readable chat completion (a truncated or non-JSON body, bytes that are not
UTF-8, ``choices`` missing or of the wrong shape) is re-asked like an invalid reply, without
feedback (the model did nothing wrong), and becomes ``LLMReplyError`` when attempts run out.

:class:`StructuredCall` holds one call's state and does no I/O; :func:`call_sync` and
:func:`call_async` run it against a client.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import time
import weakref
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
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

from factcheck import _deadline
from factcheck.cache import CachedReply, ResponseCache, request_key
from factcheck.errors import (
    ConfigError,
    LLMError,
    LLMRefusalError,
    LLMReplyError,
    RetriesExhaustedError,
)
from factcheck.models import Article, Draft, PromptRef, RetryRecord, Usage
from factcheck.prompts import render_messages
from factcheck.settings import MAX_REPLY_BYTES, MAX_RETRY_AFTER_SECONDS, Settings

log = logging.getLogger(__name__)

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


# The openai client's backoff between retries when no Retry-After is given: 0.5 s doubling,
# at most 8 s (openai._constants).
_FIRST_BACKOFF_SECONDS = 0.5
_MAX_BACKOFF_SECONDS = 8.0


@dataclass
class _Exchange:
    """What the event hooks see of one model reply's HTTP requests (clients built here)."""

    deadline: float
    """The whole call's deadline (``time.monotonic()``)."""
    timeout: float
    retries: int
    """The client's ``max_retries``: how many retries it may still make after the first."""
    failures: list[str] = field(default_factory=list)
    requests: int = 0
    gave_up: str | None = None
    """Why a retry the client would have made was refused (a wait over the cap...)."""


# A ContextVar: each thread and each asyncio task drafting a chunk keeps its own exchange.
_exchange: ContextVar[_Exchange | None] = ContextVar("_exchange", default=None)


def _on_request(request: httpx2.Request) -> None:
    seen = _exchange.get()
    if seen is None:
        return
    now = time.monotonic()
    if now >= seen.deadline:  # a retry the client is about to make, too late
        raise _deadline.DeadlinePassed
    seen.requests += 1
    final = now + seen.timeout >= seen.deadline
    deadline = seen.deadline if final else now + seen.timeout
    _deadline.arm(_deadline.Budget(deadline=deadline, max_bytes=MAX_REPLY_BYTES, final=final))


def _retry_after(response: httpx2.Response) -> float | None:
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = response.headers.get(name)
        if value is not None:
            try:
                return float(value) / divisor
            except ValueError:
                return None
    return None


def _on_response(response: httpx2.Response) -> None:
    seen = _exchange.get()
    if seen is None or response.status_code < 400:
        return
    wait = _retry_after(response)
    shown = f" (Retry-After {response.headers.get('retry-after')})" if wait is not None else ""
    seen.failures.append(f"HTTP {response.status_code}{shown}")
    log.info("the model endpoint answered HTTP %s%s", response.status_code, shown)
    if seen.requests > seen.retries:
        return  # the client's last request: it will not wait, whatever the header says
    # Set before the client decides: a wait over the cap or past the deadline is not made.
    if wait is not None and wait > MAX_RETRY_AFTER_SECONDS:
        seen.gave_up = f"it asked to wait {wait:g}s, over the {MAX_RETRY_AFTER_SECONDS:g}s cap"
    elif time.monotonic() + (wait or _backoff(seen.requests)) > seen.deadline:
        seen.gave_up = "waiting again would pass FACTCHECK_MAX_SECONDS"
    else:
        return
    response.headers["x-should-retry"] = "false"


def _backoff(requests: int) -> float:
    return min(_FIRST_BACKOFF_SECONDS * 2 ** (requests - 1), _MAX_BACKOFF_SECONDS)


async def _aon_request(request: httpx2.Request) -> None:
    _on_request(request)


async def _aon_response(response: httpx2.Response) -> None:
    _on_response(response)


def build_client(settings: Settings) -> openai.OpenAI:
    """An ``openai.OpenAI`` client for the configured endpoint, with transport retries set.

    Raises ``ConfigError`` when a remote endpoint has no key.
    """
    client = openai.OpenAI(
        api_key=settings.effective_api_key(),
        base_url=settings.effective_base_url(),
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        http_client=openai.DefaultHttpxClient(
            transport=_deadline.sync_transport(limits=openai.DEFAULT_CONNECTION_LIMITS),
            event_hooks={"request": [_on_request], "response": [_on_response]},
        ),
    )
    _OBSERVED_CLIENTS.add(client)
    return client


def build_async_client(settings: Settings) -> openai.AsyncOpenAI:
    """The async twin of :func:`build_client`."""
    client = openai.AsyncOpenAI(
        api_key=settings.effective_api_key(),
        base_url=settings.effective_base_url(),
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        http_client=openai.DefaultAsyncHttpxClient(
            transport=_deadline.async_transport(limits=openai.DEFAULT_CONNECTION_LIMITS),
            event_hooks={"request": [_aon_request], "response": [_aon_response]},
        ),
    )
    _OBSERVED_CLIENTS.add(client)
    return client


def draft_json_schema() -> dict[str, Any]:
    """The ``Draft`` JSON schema in the strict form structured outputs require.

    Strict mode wants every property listed in ``required``, ``additionalProperties: false`` on
    every object and no ``default``; pydantic's schema has defaults for the list fields. The
    per-field descriptions stay: they tell the model what each field holds. A fresh copy each
    time (the caller may change it) of a schema built once: every request sends it.
    """
    return json.loads(_draft_json_schema_text())


@functools.cache
def _draft_json_schema_text() -> str:
    return json.dumps(_strict_draft_schema())


def _strict_draft_schema() -> dict[str, Any]:

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


class _Unreadable(_InvalidReply):
    """No readable chat completion; re-asked without feedback, the model did nothing wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"unreadable: {reason}", [], "")
        self.detail = reason


def _completion_of(response: Any) -> Any:
    """The parsed completion of a raw response, or ``_Unreadable`` saying what is wrong."""
    http = getattr(response, "http_response", None)
    mime = ""
    if http is not None:
        mime = http.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    try:
        completion = response.parse()
    except UnicodeDecodeError:
        raise _Unreadable("the reply body is not UTF-8") from None
    except ValueError:
        raise _Unreadable("the reply body is not complete JSON (cut off or empty)") from None
    if not isinstance(completion, BaseModel):  # openai hands back a body that is not JSON as text
        raise _Unreadable(f"the reply is {mime or 'text'}, not a JSON chat completion")
    return completion


def _message_of(completion: Any) -> tuple[str, str | None, str | None]:
    """``(content, refusal, finish_reason)`` of the first choice, or ``_Unreadable``."""
    choices = getattr(completion, "choices", None)
    if not isinstance(choices, list) or not choices:
        raise _Unreadable("the reply holds no list of choices; is it a chat completions API?")
    choice = choices[0]
    message = getattr(choice, "message", None)
    if message is None or isinstance(message, (str, int, float, list)):
        raise _Unreadable("the reply's first choice holds no message")
    content = getattr(message, "content", None)
    if content is not None and not isinstance(content, str):
        raise _Unreadable("the reply's message content is not text")
    refusal = getattr(message, "refusal", None)
    finish = getattr(choice, "finish_reason", None)
    return (
        content or "",
        refusal if isinstance(refusal, str) else None,
        finish if isinstance(finish, str) else None,
    )


def _tokens(usage: Any, name: str) -> int:
    value = getattr(usage, name, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


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
        # Set when the first request starts: building a client is not the endpoint's time.
        self.deadline: float | None = None

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

    def accept(self, response: Any, failures: list[str] | None) -> Draft:
        """Account for a reply and validate it; raise ``_InvalidReply`` to have it re-asked.

        ``failures`` are the failed responses the client retried past, or None when the client
        was injected and its responses were not observed.
        """
        self.usage.attempts += 1
        attempt = self.usage.attempts
        retries_taken = getattr(response, "retries_taken", 0)
        for retry in range(retries_taken if isinstance(retries_taken, int) else 0):
            if failures is None:
                reason = "transport: retried by the client"
            elif retry < len(failures):
                reason = f"transport: {failures[retry]}, retried by the client"
            else:
                # Observed, yet no failed response: the connection failed or timed out.
                reason = "transport: connection failed or timed out, retried by the client"
            self.usage.retries.append(RetryRecord(attempt=attempt, reason=reason))
        completion = _completion_of(response)
        usage = getattr(completion, "usage", None)
        self.usage.prompt_tokens += _tokens(usage, "prompt_tokens")
        self.usage.completion_tokens += _tokens(usage, "completion_tokens")
        raw, refusal, finish_reason = _message_of(completion)
        self.last_raw = raw
        if refusal:
            raise LLMRefusalError(f"the model refused: {refusal}", attempts=attempt)
        if finish_reason == "content_filter":
            raise LLMRefusalError(
                "the endpoint's content filter stopped the reply", attempts=attempt
            )
        if finish_reason == "length":
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
            log.info("re-asking the model (attempt %d): %s", self.usage.attempts + 1, error.reason)
            if not isinstance(error, _Unreadable):
                self.feedback = error
            self.usage.retries.append(
                RetryRecord(attempt=self.usage.attempts + 1, reason=error.reason)
            )

    def exhausted(self, error: BaseException | None) -> LLMError:
        if isinstance(error, _Unreadable):
            return LLMReplyError(
                f"the endpoint {self.settings.display_base_url} sent no readable chat "
                f"completion in {self.usage.attempts} attempt(s): {error.detail}",
                attempts=self.usage.attempts,
            )
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


def _requests_made(settings: Settings, seen: _Exchange | None) -> str:
    if seen is None:  # an injected client: its requests were not observed
        return f"up to {settings.max_retries + 1} request(s)"
    return f"{seen.requests} request(s)"


def _translate(exc: openai.OpenAIError, settings: Settings, seen: _Exchange | None) -> Exception:
    """Map an openai exception to factcheck's tree, once, at this boundary."""
    endpoint = settings.display_base_url
    tries = seen.requests if seen is not None else settings.max_retries + 1
    made = _requests_made(settings, seen)
    why = f" ({seen.gave_up})" if seen is not None and seen.gave_up else ""
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
                f"the endpoint {endpoint} kept failing with HTTP {status} after {made}{why}",
                attempts=tries,
                last_reply=body,
                status=status,
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
            f"the endpoint {endpoint} timed out after {settings.timeout:g}s "
            f"(FACTCHECK_TIMEOUT), {made}",
            attempts=tries,
        )
    if isinstance(exc, openai.APIConnectionError):
        return RetriesExhaustedError(
            f"could not reach the endpoint {endpoint} ({made})", attempts=tries
        )
    return LLMError(f"the endpoint {endpoint} failed: {_one_line(str(exc), 200)}")


def _deadline_passed(call: StructuredCall, seen: _Exchange | None) -> RetriesExhaustedError:
    settings = call.settings
    return RetriesExhaustedError(
        f"no valid reply from the endpoint {settings.display_base_url} within "
        f"{settings.max_seconds:g}s (FACTCHECK_MAX_SECONDS), {_requests_made(settings, seen)}",
        attempts=call.usage.attempts,
        last_reply=call.last_raw,
    )


def _too_large(settings: Settings, attempts: int) -> LLMReplyError:
    return LLMReplyError(
        f"the endpoint {settings.display_base_url} sent a reply over the "
        f"{MAX_REPLY_BYTES:,}-byte cap",
        attempts=attempts,
    )


def _body_text(exc: openai.APIStatusError) -> str:
    try:
        return exc.response.text
    except Exception:  # a streamed or closed body: the message is all there is
        return str(exc.message)


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _exchange_for(call: StructuredCall, observed: bool) -> _Exchange | None:
    """What the event hooks will note of the next request, when the client was built here."""
    if not observed:
        return None
    if call.deadline is None:
        call.deadline = time.monotonic() + call.settings.max_seconds
    return _Exchange(
        deadline=call.deadline,
        timeout=call.settings.timeout,
        retries=call.settings.max_retries,
    )


def _failure(call: StructuredCall, exc: Exception, seen: _Exchange | None) -> Exception:
    """The factcheck error for what one request raised (openai's errors, the hooks' own)."""
    if isinstance(exc, openai.OpenAIError):
        return _translate(exc, call.settings, seen)
    if isinstance(exc, _deadline.TooMuchData):
        return _too_large(call.settings, call.usage.attempts + 1)
    return _deadline_passed(call, seen)


_REQUEST_ERRORS = (openai.OpenAIError, _deadline.TooMuchData, _deadline.DeadlinePassed)


def _run(call: StructuredCall, create: Callable[..., Any], observed: bool) -> LLMOutcome:
    try:
        for attempt in Retrying(sleep=_no_wait, **call.retrying_kwargs()):
            with attempt:
                seen = _exchange_for(call, observed)
                token = _exchange.set(seen)
                try:
                    with _deadline.budget():
                        response = create(**call.request())
                except _REQUEST_ERRORS as exc:
                    raise _failure(call, exc, seen) from exc
                finally:
                    _exchange.reset(token)
                draft = call.accept(response, seen.failures if seen is not None else None)
    except RetryError as exc:
        raise call.exhausted(exc.last_attempt.exception()) from None
    return call.outcome(draft)


async def _arun(call: StructuredCall, create: Callable[..., Any], observed: bool) -> LLMOutcome:
    try:
        async for attempt in AsyncRetrying(sleep=_ano_wait, **call.retrying_kwargs()):
            with attempt:
                seen = _exchange_for(call, observed)
                token = _exchange.set(seen)
                try:
                    with _deadline.budget():
                        response = await create(**call.request())
                except _REQUEST_ERRORS as exc:
                    raise _failure(call, exc, seen) from exc
                finally:
                    _exchange.reset(token)
                draft = call.accept(response, seen.failures if seen is not None else None)
    except RetryError as exc:
        raise call.exhausted(exc.last_attempt.exception()) from None
    return call.outcome(draft)


# --- the response cache (see factcheck.cache) --------------------------------------------------


@dataclass
class _Cached:
    """Where one call's reply is (or will be) cached."""

    cache: ResponseCache
    key: str

    def lookup(self, call: StructuredCall) -> LLMOutcome | None:
        """The outcome of a stored reply that still validates, with no request made."""
        hit = self.cache.get(self.key)
        if hit is None:
            return None
        try:
            draft = call._validate(hit.content)
        except _InvalidReply:
            return None  # stored under older rules: ask again, and store the new reply
        call.usage = Usage(calls=1, cached=1)
        call.last_raw = hit.content
        return call.outcome(draft)

    def store(self, outcome: LLMOutcome) -> LLMOutcome:
        usage = outcome.usage
        reply = CachedReply(outcome.raw, usage.prompt_tokens, usage.completion_tokens)
        self.cache.put(self.key, outcome.model, reply)
        return outcome


def _cached(call: StructuredCall, client: Any) -> _Cached | None:
    """The cache entry of ``call``, keyed by its first request, or None with the cache off."""
    if not call.settings.cache:
        return None
    endpoint = str(client.base_url) if client is not None else call.settings.effective_base_url()
    return _Cached(ResponseCache(call.settings.cache_path), request_key(endpoint, call.request()))


# Clients built here carry the event hooks that observe each request; a shared one (a batch's)
# is observed like a client built for one call.
_OBSERVED_CLIENTS: weakref.WeakSet[Any] = weakref.WeakSet()


def call_sync(call: StructuredCall, client: openai.OpenAI | None) -> LLMOutcome:
    """Run ``call`` on ``client``, or on a client built from its settings and closed after.

    A reply already in the response cache is returned with no request; a new valid reply is
    stored there.
    """
    cached = _cached(call, client)
    if cached is not None and (outcome := cached.lookup(call)) is not None:
        return outcome
    if client is not None:
        observed = client in _OBSERVED_CLIENTS
        outcome = _run(call, client.chat.completions.with_raw_response.create, observed=observed)
    else:
        with build_client(call.settings) as own:
            outcome = _run(call, own.chat.completions.with_raw_response.create, observed=True)
    return outcome if cached is None else cached.store(outcome)


async def call_async(call: StructuredCall, client: openai.AsyncOpenAI | None) -> LLMOutcome:
    """The async twin of :func:`call_sync`."""
    cached = _cached(call, client)
    if cached is not None and (outcome := cached.lookup(call)) is not None:
        return outcome
    if client is not None:
        create = client.chat.completions.with_raw_response.create
        outcome = await _arun(call, create, observed=client in _OBSERVED_CLIENTS)
    else:
        async with build_async_client(call.settings) as own:
            create = own.chat.completions.with_raw_response.create
            outcome = await _arun(call, create, observed=True)
    return outcome if cached is None else cached.store(outcome)


# --- replies that came back through the Batch API (see factcheck.batch_api) --------------------


class _BatchReply:
    """A Batch API output line's response body, shaped as the raw response ``accept`` reads."""

    retries_taken = 0
    http_response = None

    def __init__(self, body: Any) -> None:
        self.body = body

    def parse(self) -> Any:
        from openai.types.chat import ChatCompletion

        if not isinstance(self.body, dict):
            raise ValueError("not a JSON object")
        # construct, as the openai client parses a reply: lenient, shapes checked by accept.
        return ChatCompletion.construct(**self.body)


def cached_outcome(call: StructuredCall, client: Any) -> LLMOutcome | None:
    """The outcome of ``call`` from the response cache, with no request made; None on a miss
    (or with the cache off)."""
    cached = _cached(call, client)
    return None if cached is None else cached.lookup(call)


def settle_batch_reply(call: StructuredCall, body: Any, client: Any) -> LLMOutcome:
    """Validate the chat completion ``body`` the Batch API returned for ``call``'s request,
    exactly as :func:`call_sync` validates a reply (refusals, truncation, the pydantic
    validators with the article as context), and store a valid one in the response cache.

    An invalid or truncated reply is re-asked the way a plain call re-asks it, through
    :func:`call_sync` on ``client`` with the validation feedback (so such a call may take one
    model reply more than ``max_attempts``). Raises what :func:`call_sync` raises.
    """
    cached = _cached(call, client)  # keyed by the request as sent in the batch
    try:
        draft = call.accept(_BatchReply(body), [])
    except _InvalidReply as exc:
        call.record_retry(exc)
        return call_sync(call, client)
    outcome = call.outcome(draft)
    return outcome if cached is None else cached.store(outcome)
