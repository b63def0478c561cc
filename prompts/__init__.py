"""Chat messages rendered from the jinja2 templates shipped beside this module.

This package is the top-level ``prompts/`` folder, installed as ``factcheck.prompts`` (see the
package-dir mapping in pyproject.toml): the renderer lives in ``prompts/__init__.py`` next to its
``*.jinja`` templates. It cannot be a ``factcheck/prompts.py`` module: that name would clash with
the template package, and an editable install and a wheel would each pick a different one.

Templates are files, rendered strictly (``StrictUndefined``: a missing variable is an error, not an
empty string). A user folder given as ``prompts_dir`` overrides the packaged templates file by
file: put only ``user.jinja`` there and the packaged ``system.jinja`` is still used.

A *template set* is the list of templates that make one request's messages:

============  =====================================  =============================================
set           templates (role)                       used for
============  =====================================  =============================================
``draft``     system.jinja (system), user.jinja      the first summary of an article or chunk
``repair``    system.jinja (system), repair.jinja    a corrected draft from the checker's findings
``merge``     system.jinja (system), merge.jinja     one draft from several chunk drafts
``feedback``  feedback.jinja (user)                  the follow-up after a reply failed validation
============  =====================================  =============================================

Every template not named ``system.jinja`` renders a ``user`` message. The article enters only as a
variable and is fenced in ``<article>`` tags that the system prompt declares to be data.

Provenance: each :class:`~factcheck.models.PromptRef` carries the template's file name and the
SHA-256 of the template *source* (after any user override), not of the rendered message. The
source hash names the prompt version — it is the same for every article, so two results can be
compared — while the rendered text is reproducible from that template and the article.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel, Field

from factcheck.errors import PromptError
from factcheck.models import PromptRef

TEMPLATE_SETS: dict[str, tuple[str, ...]] = {
    "draft": ("system.jinja", "user.jinja"),
    "repair": ("system.jinja", "repair.jinja"),
    "merge": ("system.jinja", "merge.jinja"),
    "feedback": ("feedback.jinja",),
}
SYSTEM_TEMPLATE = "system.jinja"

# Chat formats wrap every message in a few tokens of framing (role, separators); OpenAI's own
# counting guide uses 3 per message plus 3 to prime the reply.
TOKENS_PER_MESSAGE = 3
TOKENS_PER_REPLY = 3


class RenderedPrompt(BaseModel):
    """The chat messages of one request and the templates they came from."""

    messages: list[dict[str, str]]
    refs: list[PromptRef] = Field(default_factory=list)


def packaged_prompts_dir() -> Path:
    """The folder of templates installed with factcheck (this package's own folder)."""
    return Path(__file__).resolve().parent


@lru_cache(maxsize=16)
def _environment(prompts_dir: str | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if prompts_dir is not None:
        folder = Path(prompts_dir)
        if not folder.is_dir():
            raise PromptError(f"prompts folder not found: {folder}")
        loaders.append(jinja2.FileSystemLoader(str(folder)))
    loaders.append(jinja2.FileSystemLoader(str(packaged_prompts_dir())))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        # Prompts are plain text, never HTML: escaping would corrupt quotes the model must copy.
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def _load(env: jinja2.Environment, name: str) -> tuple[jinja2.Template, str]:
    try:
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        template = env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise PromptError(f"prompt template not found: {name}") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(
            f"prompt template {name} has a syntax error at line {exc.lineno}: {exc.message}"
        ) from exc
    return template, source


def render_messages(
    template_set: str, *, prompts_dir: str | Path | None = None, **variables: Any
) -> RenderedPrompt:
    """Render the messages of ``template_set`` ("draft", "repair", "merge" or "feedback").

    ``prompts_dir`` is a folder whose templates override the packaged ones file by file.
    Raises :class:`~factcheck.errors.PromptError` for an unknown set, a missing or broken
    template, or a variable the template needs that was not given.
    """
    try:
        names = TEMPLATE_SETS[template_set]
    except KeyError:
        known = ", ".join(sorted(TEMPLATE_SETS))
        raise PromptError(f"unknown prompt set {template_set!r} (known: {known})") from None
    env = _environment(None if prompts_dir is None else str(prompts_dir))
    messages: list[dict[str, str]] = []
    refs: list[PromptRef] = []
    for name in names:
        template, source = _load(env, name)
        try:
            content = template.render(**variables).strip()
        except jinja2.UndefinedError as exc:
            raise PromptError(f"prompt template {name} needs a variable: {exc.message}") from exc
        except jinja2.TemplateError as exc:
            raise PromptError(f"prompt template {name} failed to render: {exc}") from exc
        if not content:
            raise PromptError(f"prompt template {name} rendered an empty message")
        role = "system" if name == SYSTEM_TEMPLATE else "user"
        messages.append({"role": role, "content": content})
        refs.append(PromptRef(name=name, sha256=hashlib.sha256(source.encode()).hexdigest()))
    return RenderedPrompt(messages=messages, refs=refs)


def estimate_tokens(text: str) -> int:
    """Estimate the tokens of ``text`` without a tokenizer: one token per four characters.

    Four characters per token is OpenAI's published rule of thumb for English; it is within
    about 10-20% for news prose and is only used for budgets and the overhead benchmark.
    """
    return math.ceil(len(text) / 4)


def estimate_message_tokens(messages: Sequence[dict[str, str]]) -> int:
    """Estimate the prompt tokens of a chat request: contents plus per-message framing."""
    return TOKENS_PER_REPLY + sum(
        TOKENS_PER_MESSAGE + estimate_tokens(message.get("content") or "") for message in messages
    )
