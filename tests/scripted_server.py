"""A scripted OpenAI-compatible chat completions server, for tests, cassettes and manual runs.

It implements ``POST /v1/chat/completions`` (no streaming) with the standard library only and
answers each request with the next *step* of a script:

======================  ===================================================================
step (a dict)           what the client gets
======================  ===================================================================
``reply(content)``      a chat completion with ``content`` (a str, a dict or a pydantic model)
``truncated(content)``  the same with ``finish_reason: "length"``
``refusal(text)``       ``message.refusal`` set, ``content`` null
``bad_json()``          a reply whose content is not JSON (prose around the object)
``schema_violation()``  a reply that is JSON but not a ``Draft`` (a claim without ``quote``)
``rate_limited(s)``     HTTP 429 with ``Retry-After: s``
``server_error(code)``  HTTP 500/502/503 with an OpenAI-shaped error body
``dropped()``           the connection closes without any response
``garbage_body()``      HTTP 200 whose body is HTML, not JSON
``latency(s, step)``    ``step``, after waiting ``s`` seconds
``truncated_body()``    HTTP 200 whose JSON body stops half-way (a proxy cut it)
``non_utf8()``          HTTP 200 whose body holds bytes that are not UTF-8
``broken_envelope(s)``  HTTP 200 JSON that is no chat completion: ``choices`` a string,
                        empty, without ``message``, or ``content`` not a string (``s``)
``empty_body()``        HTTP 200 with no body at all
``oversized(mb)``       a valid completion of ``mb`` megabytes
``drip(s, step)``       ``step``'s headers at once, then its body one byte every ``s`` seconds
``trickle_headers(s)``  the status line and headers one byte every ``s`` seconds
======================  ===================================================================

The Batch API is served too: ``POST /v1/files`` (an upload, multipart), ``GET
/v1/files/{id}/content``, ``POST /v1/batches`` and ``GET /v1/batches/{id}``. Each line of a
batch's input file is answered by the next step of the script, like a direct request (a fault
step becomes that line's error with status 500, or its own status). A batch moves through
the states of its plan, one state per retrieve: ``batch_plan(states, answered)`` queues a plan
(default ``validating, in_progress, completed``, every line answered); ``answered=k`` keeps only
the first ``k`` lines' replies (an ``expired`` batch that finished part of its work).

Any step may carry ``"content_type"``: the Content-Type its JSON body is served with.

When the script runs out, the server answers like a model would (``model_reply``): for the
bundled example article (examples/ramstein.txt or the text extracted from ramstein.html) a
hand-written draft that mirrors what a good model returns; for any other article an extractive
draft built from the article's own sentences, so every quote is verbatim.

Run it by hand as a fake endpoint::

    python tests/scripted_server.py --port 8765 [--script steps.json] [--latency 0.5]
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 factcheck summarize examples/ramstein.html

``steps.json`` is a JSON list of step dicts as the helpers below build them, e.g.
``[{"status": 429, "retry_after": 1}, {"status": 500}]``; after it, model replies follow.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import BaseModel

from factcheck.models import count_sentences
from factcheck.prompts import estimate_message_tokens, estimate_tokens

Step = dict[str, Any]
COMPLETIONS_PATH = "/v1/chat/completions"
# What a batch goes through, one state per retrieve, unless a plan says otherwise.
DEFAULT_BATCH_STATES = ("validating", "in_progress", "completed")

# --- step builders -----------------------------------------------------------------------------


def _content(value: str | dict[str, Any] | BaseModel) -> str:
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def reply(
    content: str | dict[str, Any] | BaseModel,
    *,
    finish_reason: str = "stop",
    usage: dict[str, int] | None = None,
) -> Step:
    """A chat completion whose message content is ``content`` (dicts and models as JSON)."""
    step: Step = {"kind": "reply", "content": _content(content), "finish_reason": finish_reason}
    if usage is not None:
        step["usage"] = usage
    return step


def truncated(content: str | dict[str, Any] | BaseModel, *, keep: float = 0.6) -> Step:
    """A reply cut off at the token limit: the first ``keep`` of the content, ``length`` stop."""
    text = _content(content)
    return reply(text[: int(len(text) * keep)], finish_reason="length")


def refusal(text: str = "I'm sorry, but I can't help with that request.") -> Step:
    """A reply carrying ``message.refusal`` and no content, as OpenAI sends refusals."""
    return {"kind": "refusal", "refusal": text}


def bad_json(draft: str | dict[str, Any] | BaseModel | None = None) -> Step:
    """Malformed JSON as models produce it: a chatty preamble and a trailing comma."""
    body = _content(draft if draft is not None else RAMSTEIN_DRAFT)
    broken = body[:-1] + ",}" if body.endswith("}") else body
    return reply("Here is the summary of the article in JSON format:\n\n" + broken)


def schema_violation() -> Step:
    """JSON that is not a Draft: key points as one string, a claim without its quote."""
    draft = json.loads(_content(RAMSTEIN_DRAFT))
    draft["key_points"] = "; ".join(draft["key_points"])
    del draft["claims"][0]["quote"]
    return reply(draft)


def rate_limited(retry_after: float = 2, *, ms: bool = False) -> Step:
    """HTTP 429 with ``Retry-After`` (seconds) or ``retry-after-ms``."""
    return {"kind": "status", "status": 429, "retry_after": retry_after, "ms": ms}


def server_error(status: int = 500) -> Step:
    """An HTTP 5xx (or any status) with an OpenAI-shaped error body."""
    return {"kind": "status", "status": status}


def dropped() -> Step:
    """Close the connection without sending a response."""
    return {"kind": "drop"}


def garbage_body() -> Step:
    """HTTP 200 with an HTML body, as a misconfigured proxy answers."""
    return {"kind": "garbage"}


def truncated_body(keep: float = 0.5) -> Step:
    """HTTP 200 whose JSON body stops after ``keep`` of its bytes (Content-Length says so)."""
    return {"kind": "truncated_body", "keep": keep}


def non_utf8() -> Step:
    """HTTP 200 whose JSON body holds Latin-1 bytes, not UTF-8."""
    return {"kind": "non_utf8"}


ENVELOPES = ("choices_string", "choices_empty", "no_message", "content_number", "not_object")


def broken_envelope(shape: str = "choices_string") -> Step:
    """HTTP 200 with JSON that is not a usable chat completion; ``shape`` is one of
    :data:`ENVELOPES`."""
    if shape not in ENVELOPES:
        raise ValueError(f"unknown envelope shape {shape!r}")
    return {"kind": "envelope", "shape": shape}


def empty_body() -> Step:
    """HTTP 200, ``application/json``, and an empty body."""
    return {"kind": "empty_body"}


def oversized(megabytes: float = 10) -> Step:
    """A valid chat completion padded to about ``megabytes`` MB."""
    return {"kind": "oversized", "megabytes": megabytes}


def drip(seconds: float = 1.0, step: Step | None = None) -> Step:
    """``step`` (default: a model reply) whose body comes one byte every ``seconds``."""
    dripping = dict(step) if step is not None else {"kind": "model"}
    dripping["drip"] = seconds
    return dripping


def trickle_headers(seconds: float = 1.0) -> Step:
    """A reply whose status line and headers come one byte every ``seconds``."""
    return {"kind": "model", "trickle_headers": seconds}


FAULTS = {
    "truncated body": truncated_body,
    "non-UTF-8 body": non_utf8,
    "choices not a list": lambda: broken_envelope("choices_string"),
    "empty choices": lambda: broken_envelope("choices_empty"),
    "choice without message": lambda: broken_envelope("no_message"),
    "content not a string": lambda: broken_envelope("content_number"),
    "JSON not an object": lambda: broken_envelope("not_object"),
    "empty body": empty_body,
    "HTML with 200": garbage_body,
    "oversized reply": oversized,
    "invalid JSON content": bad_json,
    "schema violation": schema_violation,
    "refusal": refusal,
    "HTTP 500": server_error,
    "HTTP 429": rate_limited,
    "dropped connection": dropped,
}
"""Every fault kind whose step needs no argument, by name (the fault storm and the benchmark
draw from it); drip and trickled headers take a pace and are scripted on their own."""


def latency(seconds: float, step: Step | None = None) -> Step:
    """``step`` (default: a model reply) after a delay of ``seconds``."""
    delayed = dict(step) if step is not None else {"kind": "model"}
    delayed["latency"] = seconds
    return delayed


def model() -> Step:
    """Answer like a model would (see :func:`model_reply`)."""
    return {"kind": "model"}


# --- what a good model returns for the example article ----------------------------------------

_RAMSTEIN_LEAD = (
    "Defence ministers from 50 countries gathered in Brussels on October 15 for the 31st meeting "
    "of the Ukraine Defense Contact Group, the coalition known as the Ramstein format."
)
RAMSTEIN_DRAFT: dict[str, Any] = {
    "headline": "Allies back Ukraine's drone industry and training plan at 31st Ramstein meeting",
    "summary": (
        "Defence ministers from 50 countries met in Brussels on October 15 for the 31st meeting "
        "of the Ukraine Defense Contact Group, chaired by the UK's John Healey and Germany's "
        "Boris Pistorius. Kyiv signed a defence cooperation memorandum with Berlin, and Ukrainian "
        "Defence Minister Denys Shmyhal announced a second under the Nordic-Baltic Initiative to "
        "train and equip Ukrainian brigades in Poland. Shmyhal said Ukraine could build up to 20 "
        "million drones by 2026 if partners pay for them, and Germany pledged an additional "
        "$2.3 billion in defence aid."
    ),
    "key_points": [
        "The 31st Ramstein meeting brought defence ministers from 50 countries to Brussels.",
        "Kyiv and Berlin signed a memorandum on closer defence cooperation.",
        "Nine Nordic and Baltic countries will train and equip Ukrainian brigades in Poland.",
        "Kyiv asked partners for a winter air defence package of interceptor missiles.",
        "Germany will give Ukraine an additional $2.3 billion in defence aid.",
    ],
    "claims": [
        {
            "text": "Defence ministers from 50 countries attended the meeting.",
            "quote": _RAMSTEIN_LEAD,
            "figure": "50 countries",
        },
        {
            "text": "The ministers met in Brussels on October 15.",
            "quote": _RAMSTEIN_LEAD,
            "figure": "October 15",
        },
        {
            "text": "It was the 31st meeting of the Ukraine Defense Contact Group.",
            "quote": _RAMSTEIN_LEAD,
            "figure": "31st",
        },
        {
            "text": "Nine Nordic and Baltic countries belong to the Nordic-Baltic Initiative.",
            "quote": (
                "Nine Nordic and Baltic countries belong to the initiative: Denmark, Estonia, "
                "Finland, Iceland, Latvia, Lithuania, Norway, Poland and Sweden."
            ),
            "figure": "Nine countries",
        },
        {
            "text": "By 2026 Ukraine could build up to 20 million drones if partners pay for them.",
            "quote": (
                "By 2026 the country could build up to 20 million FPV, ISR and other drones, he "
                "said, provided that partners pay for them."
            ),
            "figure": "up to 20 million drones",
        },
        {
            "text": "The United Kingdom sent Ukraine 85,000 drones this year.",
            "quote": (
                "He thanked the United Kingdom for its work with Ukraine on interceptor drones "
                "and for sending 85,000 drones this year."
            ),
            "figure": "85,000 drones",
        },
        {
            "text": "Germany will give Ukraine an additional $2.3 billion in defence aid.",
            "quote": (
                "Pistorius confirmed that Germany will give Ukraine an additional $2.3 billion "
                "in defence aid."
            ),
            "figure": "$2.3 billion",
        },
    ],
}
# A marker of the example article that survives any faithful extraction of ramstein.html.
_RAMSTEIN_MARKER = "Ukraine Defense Contact Group"

_ARTICLE = re.compile(r"<article>\s*(.*?)\s*</article>", re.DOTALL)
_PART = re.compile(r"<part number=\"\d+\">\s*(.*?)\s*</part>", re.DOTALL)
# A sentence ends at ".", "!" or "?" (closing quotes and brackets included) before a capital, a
# digit or an opening quote/bracket, except after an abbreviation ("Rep.", "U.S."); or at a
# full-width mark.
_SENTENCE = re.compile(
    r"(?:(?<=[.!?][\"'”’)\]])|(?<=[.!?]))\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=[。！？])"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Gov|Sen|Rep|Jr|Sr|No|vs|Inc|Ltd|Co|Corp"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)
_FIGURE = re.compile(
    r"[$€£]?\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|trillion|bn|m))?", re.IGNORECASE
)


def _article_text(messages: list[dict[str, Any]]) -> str | None:
    for message in messages:
        if message.get("role") == "user":
            found = _ARTICLE.search(str(message.get("content") or ""))
            if found:
                body = found.group(1)
                # Drop the "Title:"/"Published:" header lines the user template puts first.
                lines = [
                    line
                    for line in body.splitlines()
                    if not line.startswith(("Title: ", "Published: "))
                ]
                return "\n".join(lines).strip()
    return None


def _sentences(text: str) -> list[str]:
    pieces = [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]
    sentences: list[str] = []
    for piece in pieces:
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] += " " + piece  # "Rep. Ilhan Omar", "the U.S. Attorney"
        else:
            sentences.append(piece)
    return sentences


def _summary(sentences: list[str]) -> str:
    """The first sentences, as many as make a summary of 2 to 4 sentences by the count the
    validation makes (a good model keeps to the length it was asked for)."""
    for size in (3, 2, 4, 1):
        summary = " ".join(sentences[:size])
        if 2 <= count_sentences(summary) <= 4:
            return summary
    first = (sentences or ["No text."])[0]
    return first + " The article says nothing more."


def _extractive_draft(text: str) -> dict[str, Any]:
    sentences = _sentences(text)
    numeric = [s for s in sentences if re.search(r"\d", s)][:8]
    summary = _summary(sentences)
    headline = sentences[0] if sentences else "Untitled"
    return {
        "headline": headline[:100],
        "summary": summary,
        "key_points": [s for s in sentences[:3]],
        "claims": [
            {"text": s, "quote": s, "figure": match.group(0)}
            for s in numeric
            if (match := _FIGURE.search(s))
        ],
    }


def _merged_draft(parts: list[str]) -> dict[str, Any]:
    drafts = [json.loads(part) for part in parts]
    claims: list[dict[str, Any]] = []
    for draft in drafts:
        for claim in draft.get("claims", []):
            if claim not in claims:
                claims.append(claim)
    points = list(itertools.chain.from_iterable(d.get("key_points", []) for d in drafts))
    return {
        "headline": drafts[0]["headline"],
        "summary": drafts[0]["summary"],
        "key_points": points[:5],
        "claims": claims[:12],
    }


def model_reply(request: dict[str, Any]) -> str:
    """The reply content a good model would give to ``request`` (a chat completions body)."""
    messages = request.get("messages") or []
    article = _article_text(messages)
    if article is not None and _RAMSTEIN_MARKER in article:
        return json.dumps(RAMSTEIN_DRAFT, ensure_ascii=False)
    if article is not None:
        return json.dumps(_extractive_draft(article), ensure_ascii=False)
    parts = [p for m in messages for p in _PART.findall(str(m.get("content") or ""))]
    if parts:
        return json.dumps(_merged_draft(parts), ensure_ascii=False)
    return json.dumps(RAMSTEIN_DRAFT, ensure_ascii=False)


# --- the server --------------------------------------------------------------------------------


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up mid-reply (a size cap, a deadline) is the point of several faults:
    no traceback on stderr for it, which would read as factcheck's own.

    Its listen backlog is a real server's (nginx: 511), not socketserver's 5: a batch opens as
    many connections at once as its concurrency, and with 5 the kernel drops the rest of the
    handshakes, which the client sees as a reset after a second (a retry no real endpoint
    causes)."""

    request_queue_size = 511

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class ScriptedServer:
    """The server, on 127.0.0.1, in a daemon thread. Use as a context manager.

    ``script(steps)`` replaces the queue; ``requests`` holds every request body received.
    """

    def __init__(self, port: int = 0, *, host: str = "127.0.0.1", latency: float = 0.0) -> None:
        self._steps: deque[Step] = deque()
        # Once the script runs out, every model reply waits this long (a stand-in endpoint).
        self.latency = latency
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        # Headers of each request, lower-cased names, in the same order as ``requests``.
        self.headers: list[dict[str, str]] = []
        self._counter = itertools.count(1)
        # Chat completion requests being answered now, and the most there ever were at once.
        self.in_flight = 0
        self.max_in_flight = 0
        # The Batch API's state: uploaded files, batches, and the plans the next batches follow.
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.plans: deque[dict[str, Any]] = deque()
        self.batch_calls: list[str] = []
        self._httpd = _QuietServer((host, port), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, steps: Iterable[Step]) -> ScriptedServer:
        """Answer the next requests with ``steps``, in order; then model replies."""
        with self._lock:
            self._steps = deque(steps)
        return self

    @property
    def remaining(self) -> int:
        with self._lock:
            return len(self._steps)

    def next_step(self, body: dict[str, Any], headers: dict[str, str]) -> Step:
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)
            if self._steps:
                return self._steps.popleft()
            return latency(self.latency) if self.latency > 0 else model()

    @contextlib.contextmanager
    def serving(self) -> Iterator[None]:
        """Count a chat completion request while it is answered (``max_in_flight``)."""
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            yield
        finally:
            with self._lock:
                self.in_flight -= 1

    def batch_plan(
        self, states: Iterable[str] = DEFAULT_BATCH_STATES, *, answered: int | None = None
    ) -> ScriptedServer:
        """The next batch created goes through ``states`` (one per retrieve), answering only
        its first ``answered`` lines when given."""
        with self._lock:
            self.plans.append({"states": list(states), "answered": answered})
        return self

    def next_id(self) -> str:
        return f"chatcmpl-scripted-{next(self._counter)}"

    def start(self) -> ScriptedServer:
        # A short poll interval: shutdown() waits up to one interval, once per test.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _completion(server: ScriptedServer, body: dict[str, Any], step: Step) -> dict[str, Any]:
    messages = body.get("messages") or []
    if step["kind"] == "refusal":
        content, refusal_text, finish = None, step["refusal"], "stop"
    elif step["kind"] == "model":
        content, refusal_text, finish = model_reply(body), None, "stop"
    else:
        content, refusal_text, finish = step["content"], None, step["finish_reason"]
    prompt_tokens = estimate_message_tokens(messages)
    completion_tokens = estimate_tokens(content or refusal_text or "")
    usage = step.get("usage") or {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
    return {
        "id": server.next_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "scripted"),
        "system_fingerprint": "fp_scripted",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal_text},
                "logprobs": None,
                "finish_reason": finish,
            }
        ],
        "usage": usage,
    }


def _multipart_file(raw: bytes, content_type: str) -> bytes | None:
    """The ``file`` field of a multipart/form-data body (what ``files.create`` sends)."""
    found = re.search(r'boundary="?([^";]+)"?', content_type)
    if not found:
        return None
    for part in raw.split(b"--" + found.group(1).encode()):
        head, _, body = part.partition(b"\r\n\r\n")
        if b'name="file"' in head:
            return body[:-2] if body.endswith(b"\r\n") else body
    return None


def _batch_line(server: ScriptedServer, line: dict[str, Any]) -> dict[str, Any]:
    """One output line of a batch: the next step's answer to the line's request."""
    body = line.get("body") or {}
    step = server.next_step(body, {})
    record: dict[str, Any] = {"id": f"batch_req_{server.next_id()}", "custom_id": line.get(
        "custom_id"), "error": None}
    if step["kind"] in ("model", "reply", "refusal"):
        completion = _completion(server, body, step)
        record["response"] = {"status_code": 200, "request_id": "req", "body": completion}
        return record
    status = int(step.get("status") or 500)
    code, message = _ERRORS.get(status, ("server_error", f"HTTP {status}"))
    error = {"message": message, "type": code, "param": None, "code": code}
    record["response"] = {"status_code": status, "request_id": "req", "body": {"error": error}}
    return record


def _batch_object(batch: dict[str, Any]) -> dict[str, Any]:
    shown = {k: v for k, v in batch.items() if not k.startswith("_")}
    status = batch["_states"][min(batch["_looks"], len(batch["_states"]) - 1)]
    shown["status"] = status
    lines = batch["_lines"]
    done = status in ("completed", "expired", "cancelled", "failed")
    answered = [r for r in lines if r["response"]["status_code"] == 200] if done else []
    failed = [r for r in lines if r["response"]["status_code"] != 200] if done else []
    shown["request_counts"] = {
        "total": batch["_total"],
        "completed": len(answered),
        "failed": len(failed),
    }
    shown["output_file_id"] = batch.get("_output") if done else None
    shown["error_file_id"] = batch.get("_errors") if done else None
    return shown


_ERRORS = {
    429: ("rate_limit_exceeded", "Rate limit reached for requests. Please try again later."),
    500: ("server_error", "The server had an error while processing your request."),
    502: ("bad_gateway", "Bad gateway."),
    503: ("service_unavailable", "The engine is currently overloaded, please try again later."),
}


def _handler_for(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as separate writes; with Nagle's algorithm on, the body then
        # waits for the client's delayed ACK (about 40 ms a reply on Linux), which no real
        # endpoint adds: each reply would take latency + 40 ms.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read ``server.requests`` instead of a log."""

        def _send(
            self, status: int, payload: bytes, headers: dict[str, str], length: int | None = None
        ) -> None:
            step = self._step
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload) if length is None else length))
            if step.get("trickle_headers"):
                head = b"".join(self._headers_buffer)  # type: ignore[attr-defined]
                self._headers_buffer = []  # type: ignore[attr-defined]
                if not self._slowly(head + b"\r\n", step["trickle_headers"]):
                    return
            else:
                self.end_headers()
            if step.get("drip"):
                self._slowly(payload, step["drip"])
                return
            try:
                self.wfile.write(payload)
            except OSError:  # the client gave up (a size cap, a timeout): nothing to report
                self.close_connection = True

        def _slowly(self, data: bytes, seconds: float) -> bool:
            """Send ``data`` a byte at a time; False when the client went away first."""
            try:
                for index in range(len(data)):
                    self.wfile.write(data[index : index + 1])
                    self.wfile.flush()
                    threading.Event().wait(seconds)
            except OSError:
                self.close_connection = True
                return False
            return True

        def _send_fault(self, body: dict[str, Any], step: Step) -> bool:
            """Answer a malformed-reply step; False when ``step`` is not one."""
            kind = step["kind"]
            json_type = {"Content-Type": "application/json"}
            if kind == "truncated_body":
                payload = json.dumps(_completion(server, body, model())).encode()
                cut = payload[: int(len(payload) * step["keep"])]
                self._send(200, cut, json_type)
            elif kind == "non_utf8":
                completion = _completion(server, body, model())
                completion["choices"][0]["message"]["content"] = "caf\u00e9 \u00bd"
                payload = json.dumps(completion, ensure_ascii=False).encode("latin-1")
                self._send(200, payload, json_type)
            elif kind == "envelope":
                completion = _completion(server, body, model())
                shape = step["shape"]
                if shape == "choices_string":
                    completion["choices"] = "none today"
                elif shape == "choices_empty":
                    completion["choices"] = []
                elif shape == "no_message":
                    del completion["choices"][0]["message"]
                elif shape == "content_number":
                    completion["choices"][0]["message"]["content"] = 42
                else:
                    completion = ["not", "an", "object"]  # type: ignore[assignment]
                self._send_json(200, completion)
            elif kind == "empty_body":
                self._send(200, b"", json_type)
            elif kind == "oversized":
                completion = _completion(server, body, model())
                pad = " " * int(step["megabytes"] * 1_000_000)
                completion["choices"][0]["message"]["content"] += pad
                self._send_json(200, completion)
            else:
                return False
            return True

        def _send_json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
            payload = json.dumps(data, ensure_ascii=False).encode()
            mime = self._step.get("content_type", "application/json")
            self._send(status, payload, {"Content-Type": mime, **(headers or {})})

        def _batch_post(self, path: str, raw: bytes) -> None:
            server.batch_calls.append(f"POST {path}")
            if path == "/v1/files":
                data = _multipart_file(raw, self.headers.get("Content-Type", ""))
                if data is None:
                    self._send_json(400, {"error": {"message": "no file in the upload"}})
                    return
                file_id = f"file-{next(server._counter)}"
                server.files[file_id] = data
                self._send_json(200, _file_object(file_id, data, "batch"))
                return
            request = json.loads(raw or b"{}")
            data = server.files.get(request.get("input_file_id", ""))
            if data is None:
                self._send_json(404, {"error": {"message": "no such input file"}})
                return
            with server._lock:
                plan = server.plans.popleft() if server.plans else {
                    "states": list(DEFAULT_BATCH_STATES), "answered": None}
            lines = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
            keep = lines if plan["answered"] is None else lines[: plan["answered"]]
            records = [_batch_line(server, line) for line in keep]
            batch_id = f"batch_{next(server._counter)}"
            batch: dict[str, Any] = {
                "id": batch_id,
                "object": "batch",
                "endpoint": request.get("endpoint"),
                "input_file_id": request.get("input_file_id"),
                "completion_window": request.get("completion_window"),
                "created_at": int(time.time()),
                "_states": plan["states"],
                "_looks": 0,
                "_lines": records,
                "_total": len(lines),
            }
            ok = [r for r in records if r["response"]["status_code"] == 200]
            bad = [r for r in records if r["response"]["status_code"] != 200]
            for name, subset in (("_output", ok), ("_errors", bad)):
                if subset:
                    file_id = f"file-{next(server._counter)}"
                    text = "".join(json.dumps(r) + "\n" for r in subset)
                    server.files[file_id] = text.encode()
                    batch[name] = file_id
            server.batches[batch_id] = batch
            self._send_json(200, _batch_object(batch))

        def _batch_get(self, path: str) -> bool:
            found = re.fullmatch(r"/v1/files/([^/]+)/content", path)
            if found and found.group(1) in server.files:
                server.batch_calls.append(f"GET {path}")
                self._send(200, server.files[found.group(1)], {"Content-Type": "text/plain"})
                return True
            found = re.fullmatch(r"/v1/batches/([^/]+)", path)
            if found and found.group(1) in server.batches:
                server.batch_calls.append(f"GET {path}")
                batch = server.batches[found.group(1)]
                batch["_looks"] += 1
                self._send_json(200, _batch_object(batch))
                return True
            return False

        def do_POST(self) -> None:
            self._step = model()
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if self.path.split("?")[0] in ("/v1/files", "/v1/batches"):
                self._batch_post(self.path.split("?")[0], raw)
                return
            if self.path.split("?")[0] != COMPLETIONS_PATH:
                self._send_json(404, {"error": {"message": f"no route {self.path}"}})
                return
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                self._send_json(400, {"error": {"message": "request body is not JSON"}})
                return
            with server.serving():
                self._answer(body)

        def _answer(self, body: dict[str, Any]) -> None:
            step = server.next_step(body, {k.lower(): v for k, v in self.headers.items()})
            self._step = step
            if step.get("latency"):
                # Event.wait, not time.sleep: tests patch time.sleep to assert client backoff.
                threading.Event().wait(step["latency"])
            kind = step["kind"]
            if kind == "drop":
                self.close_connection = True
                return
            if self._send_fault(body, step):
                return
            if kind == "garbage":
                page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
                self._send(200, page, {"Content-Type": "text/html"})
                return
            if kind == "status":
                status = step["status"]
                code, message = _ERRORS.get(status, ("error", f"HTTP {status}"))
                headers = {}
                if step.get("retry_after") is not None:
                    if step.get("ms"):
                        headers["retry-after-ms"] = str(int(step["retry_after"] * 1000))
                    else:
                        headers["Retry-After"] = f"{step['retry_after']:g}"
                error = {"message": message, "type": code, "param": None, "code": code}
                self._send_json(status, {"error": error}, headers)
                return
            self._send_json(200, _completion(server, body, step), {"x-request-id": "req_scripted"})

        def do_GET(self) -> None:
            self._step = model()
            if self._batch_get(self.path.split("?")[0]):
                return
            if self.path.split("?")[0] == "/v1/models":
                self._send_json(200, {"object": "list", "data": [{"id": "scripted"}]})
            else:
                self._send_json(404, {"error": {"message": f"no route {self.path}"}})

    return Handler


def _file_object(file_id: str, data: bytes, purpose: str) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": len(data),
        "created_at": int(time.time()),
        "filename": f"{file_id}.jsonl",
        "purpose": purpose,
        "status": "processed",
    }


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted: ``python tests/scripted_server.py --port 8765``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--script", help="a JSON file holding a list of steps, answered first")
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds each model reply waits"
    )
    args = parser.parse_args(argv)
    server = ScriptedServer(args.port, latency=args.latency)
    if args.script:
        with open(args.script, encoding="utf-8") as handle:
            server.script(json.load(handle))
    print(f"scripted OpenAI-compatible server on {server.base_url}", file=sys.stderr, flush=True)
    server.start()
    try:
        while True:
            threading.Event().wait(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
