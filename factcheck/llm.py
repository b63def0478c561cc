"""The LLM stage: drafts, repairs and merges from any OpenAI-compatible endpoint.

Public API: :func:`build_client` / :func:`build_async_client`, :func:`draft_summary`,
:func:`repair_summary`, :func:`merge_drafts` and their async twins, each returning an
:class:`LLMOutcome` (the draft, what it cost, the prompts used, the last raw reply).

Two kinds of retry, each bounded and never multiplied:

* **Transport faults** (429, 5xx, timeouts, dropped connections) are retried by the ``openai``
  client itself, ``max_retries`` times per request (``FACTCHECK_MAX_RETRIES``): exponential
  backoff with jitter, honouring ``Retry-After`` up to ``MAX_RETRY_AFTER_SECONDS`` (60 s; a
  longer wait, or one past the call's deadline, fails the call at once). factcheck adds no
  transport retry of its own; the client's retries are read back from the response
  (``retries_taken``) and recorded in ``Usage.retries`` with reasons starting ``transport:``
  (with the status and ``Retry-After`` seen, for clients built here: they log failed responses
  through an httpx2 event hook; an injected client's retries are counted without reasons).
  When the client gives up, the fault becomes ``RetriesExhaustedError`` (retryable statuses,
  connection failures) or ``LLMError`` / ``ConfigError`` (a request the endpoint rejects: 400,
  401, 403, 404).
* **Invalid replies** (not JSON, a schema violation, a failed validator such as a quote that is
  not in the article) are re-asked by a tenacity loop, up to ``max_attempts`` model replies per
  call and ``max_seconds`` in all. Each re-ask builds a fresh message list: the original
  messages, the failed reply, and ``feedback.jinja`` listing the validation errors — never the
  whole history, never the caller's list. A reply cut off at the token limit
  (``finish_reason == "length"``) is re-asked once with twice the output budget. A refusal or a
  content-filter stop is never retried: it raises ``LLMRefusalError``. A reply that is no
  readable chat completion (a cut-off or non-UTF-8 body, broken ``choices``) is re-asked the
  same way without feedback, and raises ``LLMReplyError`` when the attempts run out.

Worst case, one call sends ``max_attempts * (max_retries + 1)`` HTTP requests: the two loops
nest, but neither re-runs the other's budget.

The reply's shape is requested according to ``Settings.json_mode``: ``schema`` sends the draft's
strict JSON schema as ``response_format``; ``json_object`` asks for JSON mode and puts the schema
in the prompt; ``text`` sends neither and takes the JSON object out of the reply text. The output
budget is sent as ``max_tokens``, the parameter every OpenAI-compatible server accepts.

This module says what each task sends; :mod:`factcheck.structured` runs the call itself.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openai

from factcheck.errors import LLMError
from factcheck.models import Article, ClaimCheck, Draft
from factcheck.settings import Settings
from factcheck.structured import (
    LLMOutcome,
    StructuredCall,
    build_async_client,
    build_client,
    call_async,
    call_sync,
    draft_json_schema,
)

__all__ = [
    "LLMOutcome",
    "adraft_summary",
    "amerge_drafts",
    "arepair_summary",
    "build_async_client",
    "build_call",
    "build_client",
    "draft_json_schema",
    "draft_summary",
    "merge_drafts",
    "repair_summary",
]

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


def _draft_call(
    article: Article, settings: Settings, prompts_dir: str | Path | None
) -> StructuredCall:
    return StructuredCall(
        "draft",
        settings,
        article=article,
        variables=_article_variables(article),
        prompts_dir=prompts_dir,
    )


def _bearing_sentence(check: ClaimCheck) -> str | None:
    """The source sentence that states or contradicts the figure, if any.

    Evidence marked ``nearest`` (shown for an unsupported figure) is left out: offered as "the
    source sentence", it would tempt the model to swap in a figure about something else.
    """
    for evidence in check.evidence:
        if evidence.role != "nearest":
            return evidence.sentence
    return None


def _repair_call(
    article: Article,
    draft: Draft,
    findings: list[ClaimCheck],
    settings: Settings,
    prompts_dir: str | Path | None,
) -> StructuredCall:
    rows = [
        {
            "claim": check.claim,
            "verdict": str(check.verdict),
            "reasons": list(check.reasons),
            "source_sentence": _bearing_sentence(check),
        }
        for check in findings
    ]
    return StructuredCall(
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
) -> StructuredCall:
    if not drafts:
        raise LLMError("merge_drafts needs at least one draft")
    return StructuredCall(
        "merge",
        settings,
        article=article,
        variables={
            "title": _fenced(article.title or ""),
            "drafts": [_fenced(draft.model_dump_json()) for draft in drafts],
        },
        prompts_dir=prompts_dir,
    )


def build_call(
    kind: str, *args: Any, settings: Settings, prompts_dir: str | Path | None = None
) -> StructuredCall:
    """The unsent call of a task (``draft``, ``repair`` or ``merge``) with its arguments, as the
    functions below make it: for a driver that sends the request itself (the Batch API)."""
    makers: dict[str, Any] = {"draft": _draft_call, "repair": _repair_call, "merge": _merge_call}
    return makers[kind](*args, settings, prompts_dir)  # type: ignore[no-any-return]


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
    return call_sync(_draft_call(article, settings, prompts_dir), client)


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
    return call_sync(_repair_call(article, draft, findings, settings, prompts_dir), client)


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
    return call_sync(_merge_call(article, drafts, settings, prompts_dir), client)


async def adraft_summary(
    article: Article,
    *,
    settings: Settings,
    client: openai.AsyncOpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """The async twin of :func:`draft_summary`."""
    return await call_async(_draft_call(article, settings, prompts_dir), client)


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
    return await call_async(_repair_call(article, draft, findings, settings, prompts_dir), client)


async def amerge_drafts(
    article: Article,
    drafts: list[Draft],
    *,
    settings: Settings,
    client: openai.AsyncOpenAI | None = None,
    prompts_dir: str | Path | None = None,
) -> LLMOutcome:
    """The async twin of :func:`merge_drafts`."""
    return await call_async(_merge_call(article, drafts, settings, prompts_dir), client)
