"""One exception tree for everything factcheck can fail at.

::

    FactcheckError                    exit_code  stage
    ├── InputError                    2          bad input a user gave (empty, binary, undecodable)
    │   └── SourceNotFoundError       2          a file that does not exist
    ├── ConfigError                   3          settings: missing key, bad model name, bad option,
    │   │                                        an unreadable or invalid config file
    │   └── NoEndpointError           2          a model asked for by name with no endpoint to
    │                                            reach it (a usage error, like a bad flag)
    ├── FetchError                    4          getting a URL (carries ``url``)
    │   ├── BlockedHostError          5          destination resolves to a private/loopback address
    │   ├── HTTPStatusError           6          4xx/5xx reply (carries ``status``)
    │   ├── TooLargeError             7          body over the byte cap
    │   └── UnsupportedContentError   8          PDF, image or other non-text content
    ├── ExtractionError               9          a page with no extractable article
    ├── PromptError                   10         a template that fails to load or render
    ├── LLMError                      11         the model endpoint
    │   ├── LLMRefusalError           12         refusal or content-filter stop (never retried)
    │   ├── RetriesExhaustedError     13         every attempt failed (``attempts``, ``last_reply``)
    │   └── LLMReplyError             14         no readable chat completion: a truncated, non-JSON
    │                                            or non-UTF-8 body, no usable ``choices``, a reply
    │                                            over the size cap (``attempts``)
    ├── OutputError                   15         writing the output failed: disk full, I/O error
    │                                            (``path``); what was written before stays whole
    └── InternalError                 70         a bug in factcheck (an unexpected exception);
                                                 the message says so and asks for a report

Exit code 2 also covers refusing to overwrite an existing ``--output`` (``InputError``).

Foreign exceptions (httpx2, openai, jinja2, pydantic) are translated once, at the stage
boundary, with ``raise ... from exc``. Every message is a single line fit for the CLI, and
:func:`safe_text` is applied to it: a URL's ``user:password@`` is removed and Unicode bidi
controls are shown as visible escapes, whatever the message was built from.
"""

from __future__ import annotations

import re
from typing import Any

# "scheme://user:password@host": the credentials part of any URL in a message.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s]*@")
# Bidi embedding, override and isolate controls and the directional marks: shown, not obeyed,
# so "\u202eevil" cannot display as "live" in a terminal or a report.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def show_bidi(text: str) -> str:
    """``text`` with every bidi control character replaced by a visible ``<U+202E>`` escape."""
    return BIDI_CONTROLS.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", text)


def redact_userinfo(text: str) -> str:
    """``text`` with the ``user:password@`` part of every URL in it removed."""
    return _USERINFO.sub(r"\1", text)


def safe_text(text: str) -> str:
    """Fit to print: no URL credentials, bidi controls visible."""
    return show_bidi(redact_userinfo(text))


class FactcheckError(Exception):
    """Root of every error factcheck raises on purpose."""

    exit_code = 2

    def __init__(self, message: str, **context: Any) -> None:
        # One line, always: the CLI prints str(error) as the whole diagnosis.
        message = safe_text(" ".join(str(message).split()))
        super().__init__(message)
        self.message = message
        self.context = context

    def __str__(self) -> str:
        return self.message


class InputError(FactcheckError):
    """Input the user gave cannot be used: empty, binary or undecodable."""

    exit_code = 2


class SourceNotFoundError(InputError):
    """A path that does not exist or is not a readable file."""

    exit_code = 2


class ConfigError(FactcheckError):
    """Settings are missing or contradictory (e.g. no API key for a remote endpoint)."""

    exit_code = 3


class NoEndpointError(ConfigError):
    """A model was asked for (``--model``, ``FACTCHECK_MODEL``, the config file) but neither a
    key nor a base URL says where to reach it: an error, never a silent extractive run."""

    exit_code = 2


class FetchError(FactcheckError):
    """A URL could not be fetched: DNS, refused connection, timeout, redirects."""

    exit_code = 4

    def __init__(self, message: str, *, url: str | None = None, **context: Any) -> None:
        super().__init__(message, url=url, **context)
        self.url = url


class BlockedHostError(FetchError):
    """The destination resolves to a loopback, private, link-local or reserved address."""

    exit_code = 5


class HTTPStatusError(FetchError):
    """The server answered with a 4xx or 5xx status."""

    exit_code = 6

    def __init__(self, message: str, *, url: str | None = None, status: int, **context: Any):
        super().__init__(message, url=url, status=status, **context)
        self.status = status


class TooLargeError(FetchError):
    """The body exceeded the byte cap while streaming."""

    exit_code = 7


class UnsupportedContentError(FetchError):
    """The content is not HTML or text (PDF, image, other binary)."""

    exit_code = 8


class ExtractionError(FactcheckError):
    """The page holds no extractable article text."""

    exit_code = 9


class PromptError(FactcheckError):
    """A prompt template is missing or fails to render."""

    exit_code = 10


class LLMError(FactcheckError):
    """The model endpoint failed in a way retries could not or should not fix."""

    exit_code = 11


class LLMRefusalError(LLMError):
    """The model refused or its output was stopped by a content filter."""

    exit_code = 12


class RetriesExhaustedError(LLMError):
    """Every attempt failed; carries the attempts made and the last raw reply."""

    exit_code = 13

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        last_reply: str | None = None,
        errors: list[str] | None = None,
        **context: Any,
    ) -> None:
        super().__init__(message, attempts=attempts, last_reply=last_reply, **context)
        self.attempts = attempts
        self.last_reply = last_reply
        self.errors = errors or []


class LLMReplyError(LLMError):
    """The endpoint's reply is not a readable chat completion: a truncated or non-JSON body,
    bytes that are not UTF-8, an envelope without usable ``choices``, or a reply over the size
    cap. Re-asked within ``max_attempts`` first, since a fresh reply may be whole."""

    exit_code = 14

    def __init__(self, message: str, *, attempts: int = 1, **context: Any) -> None:
        super().__init__(message, attempts=attempts, **context)
        self.attempts = attempts


class OutputError(FactcheckError):
    """Writing the output failed (disk full, an I/O error); everything written before is whole."""

    exit_code = 15

    def __init__(self, message: str, *, path: str | None = None, **context: Any) -> None:
        super().__init__(message, path=path, **context)
        self.path = path


class InternalError(FactcheckError):
    """An unexpected exception: a bug in factcheck, reported as one line instead of a crash."""

    exit_code = 70

    @classmethod
    def from_exception(cls, exc: BaseException) -> InternalError:
        detail = " ".join(str(exc).split())[:200]
        return cls(
            f"internal error ({type(exc).__name__}{': ' + detail if detail else ''}); "
            "this is a bug in factcheck, please report it with the command you ran",
            exception=type(exc).__name__,
        )
