"""Bulk work through OpenAI's Batch API: ``summarize_via_batch_api``.

The Batch API (OpenAI's; Azure OpenAI serves the same one, and vLLM's ``run-batch`` reads the
same JSONL) takes a file of chat completions requests and answers them within 24 hours at a
lower price. This driver runs the very steps of :func:`factcheck.summarize`
(:func:`factcheck.pipeline.summarize_steps`) over every source at once, and where a plain run
would make a model call, it collects the call's request (rendered and built by the same code,
so it is exactly the request a plain run sends) into one batch per round (several when a round
is over the API's limits, :data:`MAX_BATCH_REQUESTS` and :data:`MAX_BATCH_BYTES`):

1. load every source and collect the draft requests (the chunk drafts of a long article too);
2. write them as Batch JSONL (one ``{"custom_id", "method", "url", "body"}`` a line), upload it
   (``files.create(purpose="batch")``), create the batch (``batches.create``, endpoint
   ``/v1/chat/completions``, window ``24h``), poll it with capped backoff (a progress line at
   each look), download the output file;
3. validate each reply exactly as a plain call does (:func:`factcheck.structured.
   settle_batch_reply`), then check; the drafts with flagged figures send their repair requests
   as the next batch (merges of a long article's chunks too), until every source is done.

Replies already in the response cache never go into a batch; valid replies are stored there.

**Resuming.** Each batch's id is kept in a state file (``state_path``, beside the output) under
the hash of the JSONL it was created from, as soon as it is created. A run that stops (Ctrl-C, a
crash, a machine switched off) and is started again builds the same requests, finds the batch by
that hash and picks it up where it is (still running, or done) instead of paying for it again.
The state file is removed when the run is over.

**What a batch does not answer.** An expired or cancelled batch keeps the replies it finished;
an item the batch failed (an error line, a non-200 status) or never reached is **retried
through the normal path** (one request with its usual retries), and if that fails too the
source gets its error line as in a plain run (a failed repair keeps the checked draft). An
invalid reply is re-asked through the normal path with the validation feedback, as a plain run
re-asks it. An endpoint that serves no Batch API (HTTP 404 on ``/files`` or ``/batches``) is an
``LLMError`` before anything is paid for.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Collection, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.article import load_article
from factcheck.batch import BatchError, BatchItem, Source
from factcheck.errors import ConfigError, FactcheckError, LLMError, redact_userinfo
from factcheck.pipeline import summarize_steps
from factcheck.settings import Settings, resolve_settings

log = logging.getLogger(__name__)

__all__ = ["ENDPOINT", "summarize_via_batch_api"]

ENDPOINT = "/v1/chat/completions"
COMPLETION_WINDOW = "24h"
# Polling: the first look soon (a small batch can be done in seconds), then doubling up to a
# minute: a batch runs for minutes to hours, and every look is a request.
POLL_FIRST_SECONDS = 0.25
POLL_MAX_SECONDS = 60.0
_TERMINAL = {"completed", "failed", "expired", "cancelled"}
# The API's limits on one batch (OpenAI: 50,000 requests, a 200 MB input file); a round with
# more is sent as several batches, polled one after another while all of them run.
MAX_BATCH_REQUESTS = 50_000
MAX_BATCH_BYTES = 190_000_000

Say = Callable[[str], None]


@dataclass
class _Live:
    """One source whose steps are still running: what it waits for."""

    index: int
    source: str
    steps: Generator[list[Any], list[Any], Any]
    pending: list[Any]


@dataclass
class _Answers:
    """What a batch gave back: replies by ``custom_id``, and why the others have none."""

    replies: dict[str, Any] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


def summarize_via_batch_api(
    sources: Iterable[Source],
    *,
    state_path: str | Path,
    skip: Collection[int] = (),
    client: Any = None,
    settings: Settings | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    cache: bool | None = None,
    prompts_dir: str | Path | None = None,
    repair_rounds: int = 1,
    allow_private_hosts: bool = False,
    progress: Say | None = None,
    poll_first: float = POLL_FIRST_SECONDS,
    poll_max: float = POLL_MAX_SECONDS,
) -> Generator[BatchItem, None, None]:
    """Summarize every source with its model calls sent through the Batch API.

    Yields one :class:`~factcheck.batch.BatchItem` per source, as
    :func:`~factcheck.batch.summarize_many` does: a source that cannot be loaded at once, the
    others as their last round's batch comes back. ``state_path`` is the resume file (see the
    module docstring); ``skip`` the input positions already done. ``client`` is an
    ``openai.OpenAI`` (one is built from the settings otherwise, and closed at the end);
    ``progress`` gets a line at each look at a batch. The other options are
    :func:`factcheck.summarize`'s. Raises ``ConfigError`` without a model endpoint and
    ``LLMError`` when the endpoint refuses the Batch API.
    """
    if settings is None:
        settings = resolve_settings(api_key=api_key, base_url=base_url, model=model, cache=cache)
    elif cache is not None:
        settings = settings.model_copy(update={"cache": cache})
    if client is None and not settings.has_endpoint:
        raise ConfigError(
            "--via batch-api needs a model endpoint: set OPENAI_API_KEY (or OPENAI_BASE_URL)"
        )
    say = progress or (lambda line: None)
    own = None
    if client is None:
        from factcheck.llm import build_client

        client = own = build_client(settings)
    batches = _Batches(client, settings, Path(state_path), say, poll_first, poll_max)
    done = set(skip)
    options: dict[str, Any] = {
        "engine": "llm",
        "settings": settings,
        "client": client,
        "prompts_dir": prompts_dir,
        "repair_rounds": repair_rounds,
    }
    try:
        live: list[_Live] = []
        for index, source in enumerate(sources):
            if index in done:
                continue
            shown = redact_userinfo(str(source))
            try:
                article = load_article(source, allow_private_hosts=allow_private_hosts)
                steps = summarize_steps(article, **options)
                live.append(_Live(index, shown, steps, next(steps)))
            except Exception as exc:  # the source's failure alone, as in summarize_many
                yield _failed(index, shown, exc)
        number = 0
        while live:
            number += 1
            outcomes = batches.answer(live, number)
            still: list[_Live] = []
            for entry in live:
                item = _advance(entry, outcomes)
                if item is None:
                    still.append(entry)
                else:
                    yield item
            live = still
        batches.forget()
    finally:
        if own is not None:
            own.close()


def _failed(index: int, source: str, exc: BaseException) -> BatchItem:
    return BatchItem(index=index, source=source, error=BatchError.from_exception(exc))


def _advance(entry: _Live, outcomes: dict[tuple[int, int], Any]) -> BatchItem | None:
    """Hand a source its round's outcomes: its item when it is done, else None (it waits for
    the next round, ``entry.pending`` updated)."""
    try:
        values = []
        for position in range(len(entry.pending)):
            value = outcomes[(entry.index, position)]
            if isinstance(value, BaseException):
                raise value
            values.append(value)
        entry.pending = entry.steps.send(values)
    except StopIteration as stop:
        return BatchItem(index=entry.index, source=entry.source, result=stop.value)
    except Exception as exc:
        entry.steps.close()
        return _failed(entry.index, entry.source, exc)
    return None


class _Batches:
    """The batches of one run: build, send or pick up, poll, download, and the state file."""

    def __init__(
        self,
        client: Any,
        settings: Settings,
        state_path: Path,
        say: Say,
        poll_first: float,
        poll_max: float,
    ) -> None:
        self.client = client
        self.settings = settings
        self.state_path = state_path
        self.say = say
        self.poll_first = poll_first
        self.poll_max = poll_max

    def answer(self, live: list[_Live], number: int) -> dict[tuple[int, int], Any]:
        """Every pending call's outcome (or the exception it raised), by (index, position)."""
        from factcheck.structured import cached_outcome, settle_batch_reply

        outcomes: dict[tuple[int, int], Any] = {}
        to_send: list[tuple[str, tuple[int, int], Any, Any]] = []
        for entry in live:
            for position, ask in enumerate(entry.pending):
                key = (entry.index, position)
                call = ask.structured_call()
                hit = None if call is None else cached_outcome(call, self.client)
                if call is None or hit is not None:
                    outcomes[key] = hit if hit is not None else ask.call_sync()
                else:
                    to_send.append((f"{entry.index}-{position}", key, ask, call))
        if not to_send:
            return outcomes
        lines = [
            json.dumps(
                {"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": call.request()},
                ensure_ascii=False,
                sort_keys=True,
            )
            for cid, _, _, call in to_send
        ]
        answers = self.run(lines, number)
        for cid, key, ask, call in to_send:
            try:
                if cid in answers.replies:
                    body = answers.replies[cid]
                    outcomes[key] = ask.settle(
                        lambda c=call, b=body: settle_batch_reply(c, b, self.client)
                    )
                else:
                    why = answers.failures.get(cid, "no reply in the batch")
                    self.say(f"request {cid}: {why}; asking through the normal path")
                    outcomes[key] = ask.call_sync()
            except Exception as exc:
                outcomes[key] = exc
        return outcomes

    def run(self, lines: list[str], number: int) -> _Answers:
        """Send ``lines`` as batches within the API's limits (or pick up those already made from
        them), wait for them and read their files."""
        groups = _split(lines)
        try:
            started = [self._start(group, number) for group in groups]
            answers = _Answers()
            for batch, group in zip(started, groups, strict=True):
                cids = [json.loads(line)["custom_id"] for line in group]
                self._read(self._wait(batch, number), cids, answers)
            return answers
        except Exception as exc:
            raise self._translate(exc) from exc

    def _start(self, lines: list[str], number: int) -> Any:
        """The batch of ``lines``: the one the state file names for them, or a new one."""
        data = ("\n".join(lines) + "\n").encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        state = self._state()
        batch_id = state.get(digest)
        if batch_id is not None:
            batch = self.client.batches.retrieve(batch_id)
            self.say(f"round {number}: picked up batch {batch.id} ({batch.status})")
            return batch
        upload = self.client.files.create(
            file=(f"factcheck-round-{number}.jsonl", data), purpose="batch"
        )
        batch = self.client.batches.create(
            input_file_id=upload.id, endpoint=ENDPOINT, completion_window=COMPLETION_WINDOW
        )
        state[digest] = batch.id
        self._save(state)
        self.say(
            f"round {number}: sent batch {batch.id} of {len(lines)} request(s); its id "
            f"is kept in {self.state_path} (stopped, run again with --resume)"
        )
        return batch

    def _wait(self, batch: Any, number: int) -> Any:
        wait = self.poll_first
        while batch.status not in _TERMINAL:
            counts = batch.request_counts
            tally = ""
            if counts is not None:
                tally = f", {counts.completed}/{counts.total} done, {counts.failed} failed"
            self.say(
                f"round {number}: batch {batch.id} {batch.status}{tally}; next look in {wait:g}s"
            )
            time.sleep(wait)
            wait = min(wait * 2, self.poll_max)
            batch = self.client.batches.retrieve(batch.id)
        self.say(f"round {number}: batch {batch.id} {batch.status}")
        return batch

    def _read(self, batch: Any, cids: list[str], answers: _Answers) -> None:
        """Into ``answers``: the replies of ``batch``, and why each of ``cids`` has none."""
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                text = self.client.files.content(file_id).text
                for line in text.splitlines():
                    _read_line(line, answers)
        why = "no reply in the batch"
        if batch.status != "completed":
            why = f"the batch {batch.status}"
            errors = getattr(getattr(batch, "errors", None), "data", None) or []
            if errors:
                why += f": {getattr(errors[0], 'message', None) or errors[0]}"
            replied = sum(1 for cid in cids if cid in answers.replies)
            self.say(
                f"batch {batch.id} {batch.status} with {replied} of {len(cids)} "
                "replies: the rest go through the normal path"
            )
        for cid in cids:
            if cid not in answers.replies:
                answers.failures.setdefault(cid, why)

    def _translate(self, exc: Exception) -> Exception:
        import openai

        where = self.settings.display_base_url
        if isinstance(exc, FactcheckError):
            return exc
        if isinstance(exc, openai.APIStatusError):
            message = getattr(exc, "message", "") or str(exc)
            hint = " (does it serve the Batch API?)" if exc.status_code == 404 else ""
            return LLMError(f"the Batch API at {where}: HTTP {exc.status_code}{hint}: {message}")
        if isinstance(exc, openai.OpenAIError):
            return LLMError(f"the Batch API at {where}: {exc}")
        return exc

    def _state(self) -> dict[str, str]:
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        batches = data.get("batches") if isinstance(data, dict) else None
        return {k: v for k, v in (batches or {}).items() if isinstance(v, str)}

    def _save(self, state: dict[str, str]) -> None:
        temporary = self.state_path.with_name(self.state_path.name + ".tmp")
        temporary.write_text(json.dumps({"batches": state}, indent=1), encoding="utf-8")
        os.replace(temporary, self.state_path)

    def forget(self) -> None:
        """The run is over: its batches need no picking up."""
        with contextlib.suppress(OSError):
            self.state_path.unlink()


def _split(lines: list[str]) -> list[list[str]]:
    """``lines`` in groups each within :data:`MAX_BATCH_REQUESTS` and :data:`MAX_BATCH_BYTES`."""
    groups: list[list[str]] = [[]]
    size = 0
    for line in lines:
        cost = len(line.encode("utf-8")) + 1
        if groups[-1] and (len(groups[-1]) >= MAX_BATCH_REQUESTS or size + cost > MAX_BATCH_BYTES):
            groups.append([])
            size = 0
        groups[-1].append(line)
        size += cost
    return groups


def _read_line(line: str, answers: _Answers) -> None:
    """One line of a batch's output or error file into ``answers``."""
    try:
        record = json.loads(line)
        cid = str(record["custom_id"])
    except (ValueError, TypeError, KeyError):
        return
    response = record.get("response") or {}
    status = response.get("status_code")
    if status == 200 and record.get("error") is None:
        answers.replies[cid] = response.get("body")
        return
    error = record.get("error") or (response.get("body") or {}).get("error") or {}
    message = error.get("message") if isinstance(error, dict) else str(error)
    answers.failures[cid] = f"HTTP {status}: {message}" if status else str(message)
