"""``summarize`` and ``asummarize``: load -> draft -> check -> repair -> ``Result``.

This is the one module that composes the stages (see DESIGN.md, "Data flows one way"):

1. **load** the article (``factcheck.article``);
2. **draft** a summary: the LLM (``factcheck.llm``) when an endpoint is configured and the run
   is not offline, otherwise the extractive engine (``factcheck.extractive``), which needs no
   model. An article whose estimated size exceeds ``settings.context_budget_tokens`` is drafted
   in chunks cut on paragraph (then sentence) boundaries (``factcheck.chunks``), and the chunk
   drafts are merged: map, then reduce;
3. **check** every listed claim *and* every number in the headline, the summary prose and the
   key points, against one index of the *whole* article built once (``factcheck.checker``);
4. **repair**: while something is flagged and rounds remain, send the findings back to the model
   and check the corrected draft again (LLM engine only: the extractive engine quotes the
   article verbatim, so it has nothing to repair);
5. return a ``Result`` that keeps every round, so an editor sees what was caught.

The sync and async entry points share one code path: the steps are written once as a generator
that *yields* the model calls it needs and receives their outcomes; ``summarize`` makes those
calls one after another, ``asummarize`` awaits them (the chunk drafts of a long article
concurrently).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

from factcheck.article import aload_article, load_article
from factcheck.checker import SourceIndex, check_claims, check_text, index_source
from factcheck.chunks import estimate_tokens, paragraph_spans, split_into_chunks
from factcheck.errors import ConfigError, InputError, LLMError
from factcheck.extractive import extractive_draft
from factcheck.models import (
    Article,
    ClaimCheck,
    Draft,
    PromptRef,
    Provenance,
    Result,
    RetryRecord,
    Round,
    Usage,
    Verdict,
)
from factcheck.settings import Settings, require_endpoint, resolve_settings

log = logging.getLogger(__name__)

__all__ = ["Check", "SourceOnce", "asummarize", "check_draft", "summarize", "summarize_steps"]

Engine = Literal["auto", "llm", "extractive"]
Progress = Callable[[str], None]

# Chunk drafts requested at once by ``asummarize``: enough to hide latency on a long article,
# few enough not to trip an endpoint's per-minute rate limit in one burst.
MAP_CONCURRENCY = 4
# The most chunk drafts merged in one call; more are merged in rounds (a reduce tree), so the
# merge prompt stays bounded however long the article is.
MERGE_FAN_IN = 8


def summarize(
    source: str | Path | Article,
    *,
    engine: Engine = "auto",
    offline: bool = False,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: Any = None,
    prompts_dir: str | Path | None = None,
    repair_rounds: int = 1,
    allow_private_hosts: bool = False,
    settings: Settings | None = None,
    progress: Progress | None = None,
    cache: bool | None = None,
) -> Result:
    """Summarize an article and check every number in the summary against it.

    ``source`` is a URL, a path to an .html/.txt/.md file, ``"-"`` for standard input, or an
    ``Article``. ``engine="auto"`` uses the LLM when an endpoint is configured (an API key or a
    base URL, from the arguments or ``OPENAI_API_KEY``/``OPENAI_BASE_URL``, or an injected
    ``client``) and ``offline`` is false, and the extractive engine otherwise; ``"llm"`` and
    ``"extractive"`` force one. ``settings`` (from ``resolve_settings``) replaces
    ``model``/``base_url``/``api_key``, which may not be given with it; its
    ``context_budget_tokens`` bounds the article text sent in one model call (the prompt around
    it adds a few hundred tokens), and a longer article is drafted in chunks and merged.
    ``client`` is an ``openai.OpenAI`` an editorial tool manages itself.
    ``cache=False`` asks the model even when the response cache holds the reply (the default,
    ``None``, follows ``settings.cache`` / ``FACTCHECK_CACHE``: on unless turned off).
    ``repair_rounds`` bounds the repair rounds (0 disables repair). ``progress`` is called with a
    short description of each stage (the CLI prints them to stderr).

    A repair call that fails (a refusal, retries exhausted) does not lose the run: the checked
    draft is kept, flagged figures and all, and the failure is recorded in ``usage.retries``.
    The result's summary is the last round's draft unless a repair made things worse (more
    figures contradicted, or as many and more flagged): then the better earlier draft is kept.

    The returned ``Result`` carries the final summary and checks, every round's draft and
    findings, usage (model calls, attempts, tokens, and ``seconds``: the wall-clock time of the
    whole call) and provenance. Raises a ``FactcheckError`` subclass on failure.
    """
    started = time.perf_counter()
    run = _Run.create(
        engine,
        offline,
        model,
        base_url,
        api_key,
        client,
        prompts_dir,
        repair_rounds,
        settings,
        progress,
        cache,
    )
    run.say(f"loading {_describe(source)}")
    article = load_article(source, allow_private_hosts=allow_private_hosts)
    steps = run.steps(article)
    try:
        asks = next(steps)
        while True:
            asks = steps.send([ask.call_sync() for ask in asks])
    except StopIteration as stop:
        return run.result(article, stop.value, started)


async def asummarize(
    source: str | Path | Article,
    *,
    engine: Engine = "auto",
    offline: bool = False,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: Any = None,
    prompts_dir: str | Path | None = None,
    repair_rounds: int = 1,
    allow_private_hosts: bool = False,
    settings: Settings | None = None,
    progress: Progress | None = None,
    cache: bool | None = None,
) -> Result:
    """The async twin of :func:`summarize`, with the same options and result.

    ``client``, when given, is an ``openai.AsyncOpenAI``. The chunk drafts of a long article are
    requested concurrently (at most ``MAP_CONCURRENCY`` at a time). Checking runs in a worker
    thread, so ``progress`` may be called from one.
    """
    started = time.perf_counter()
    run = _Run.create(
        engine,
        offline,
        model,
        base_url,
        api_key,
        client,
        prompts_dir,
        repair_rounds,
        settings,
        progress,
        cache,
    )
    run.say(f"loading {_describe(source)}")
    article = await aload_article(source, allow_private_hosts=allow_private_hosts)
    limit = asyncio.Semaphore(MAP_CONCURRENCY)

    async def call(ask: _Pending) -> Any:
        if not ask.calls_model:
            return await ask.call_async()
        async with limit:
            return await ask.call_async()

    # The checking and the extractive engine are CPU work (about a second on a 30,000-word
    # article): they run in a worker thread so the caller's event loop keeps serving.
    steps = run.steps(article)
    done, value = await asyncio.to_thread(_advance, steps, None)
    while not done:
        outcomes = list(await asyncio.gather(*(call(ask) for ask in value)))
        done, value = await asyncio.to_thread(_advance, steps, outcomes)
    return run.result(article, value, started)


def summarize_steps(
    article: Article,
    *,
    engine: Engine = "auto",
    offline: bool = False,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: Any = None,
    prompts_dir: str | Path | None = None,
    repair_rounds: int = 1,
    settings: Settings | None = None,
    progress: Progress | None = None,
    cache: bool | None = None,
) -> Generator[list[Any], list[Any], Result]:
    """The steps of :func:`summarize` over a loaded article, for a driver that makes the calls.

    A generator: it yields the list of work it needs next and receives the outcomes in the
    same order; it returns the ``Result``. Each piece has ``calls_model``: model calls (with
    ``kind``, ``structured_call()``, ``settle(produce)``, ``call_sync()``, ``call_async()``)
    and pieces that call no model, whose ``structured_call()`` is None: a merge group of one,
    and a :class:`Check` of a draft against the article (CPU work a driver may run elsewhere).
    The Batch API driver (:mod:`factcheck.batch_api`) sends the calls of many articles in one
    batch; a batch run (:mod:`factcheck.batch_run`) sends the checks to worker processes.
    Same options as :func:`summarize`.
    """
    started = time.perf_counter()
    run = _Run.create(
        engine,
        offline,
        model,
        base_url,
        api_key,
        client,
        prompts_dir,
        repair_rounds,
        settings,
        progress,
        cache,
    )
    value = yield from run.steps(article)
    return run.result(article, value, started)


def _advance(
    steps: Generator[list[_Pending], list[Any], _Steps], outcomes: list[Any] | None
) -> tuple[bool, Any]:
    """Run the steps to their next model calls: (False, asks), or (True, the steps' result).

    StopIteration cannot cross a thread's future, so the end of the steps becomes a flag.
    """
    try:
        return False, next(steps) if outcomes is None else steps.send(outcomes)
    except StopIteration as stop:
        return True, stop.value


def check_draft(
    index: SourceIndex, draft: Draft, *, published: str | None = None
) -> list[ClaimCheck]:
    """Check a draft's listed claims, then every number in its headline, summary, key points.

    ``published`` is the article's publication date: figures derived from it ("41 years after
    1973") are checked against it.

    A sentence already checked (a claim whose text is also a summary sentence, a key point that
    repeats the summary) is reported once, under the first place it appears.
    """
    checks = list(check_claims(index, draft.claims, origin="claim", published=published).checks)
    seen = {_normalise(check.claim) for check in checks}

    def checked(sentence: str) -> bool:
        return _normalise(sentence) in seen  # would be dropped below: not checked at all

    prose: list[tuple[Any, str]] = [("headline", draft.headline), ("summary", draft.summary)]
    prose += [("key_point", point) for point in draft.key_points]
    for origin, text in prose:
        if not text.strip() or _normalise(text) in seen:
            continue  # nothing, or a sentence already checked word for word: not checked twice
        report = check_text(index, text, origin=origin, published=published, skip=checked)
        for check in report.checks:
            key = _normalise(check.claim)
            if key not in seen:
                seen.add(key)
                checks.append(check)
    return checks


class SourceOnce:
    """An article's text and date, indexed on first use: its every check shares one index."""

    def __init__(self, text: str, published: str | None) -> None:
        self.text = text
        self.published = published
        self._index: SourceIndex | None = None

    def index(self) -> SourceIndex:
        if self._index is None:
            self._index = index_source(self.text, published=self.published)
        return self._index


@dataclass
class Check:
    """A draft to check against its article: CPU work the steps hand to their driver.

    The steps yield it among their model calls and receive its outcome (the draft's checks)
    the same way, so a driver can run it where it likes: ``call_sync()`` here, against the
    article's one index; a batch, in a worker process (``batch_workers.Workers.check``).
    """

    source: SourceOnce
    draft: Draft
    kind: Literal["check"] = "check"
    calls_model: ClassVar[bool] = False

    def call_sync(self) -> list[ClaimCheck]:
        return check_draft(self.source.index(), self.draft, published=self.source.published)

    def structured_call(self) -> None:
        return None  # no model call

    async def call_async(self) -> list[ClaimCheck]:
        # About a second on a 30,000-word article: off the event loop.
        return await asyncio.to_thread(self.call_sync)


def _normalise(text: str) -> str:
    return " ".join(text.split()).rstrip(".").casefold()


def _describe(source: str | Path | Article) -> str:
    if isinstance(source, Article):
        return "the article"
    return "standard input" if str(source) == "-" else str(source)


@dataclass
class _Ask:
    """One model call the steps need; the sync or async driver makes it."""

    kind: Literal["draft", "merge", "repair"]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    calls_model: ClassVar[bool] = True

    def call_sync(self) -> Any:
        from factcheck import llm  # imported here: the extractive path never loads openai

        functions: dict[str, Callable[..., Any]] = {
            "draft": llm.draft_summary,
            "merge": llm.merge_drafts,
            "repair": llm.repair_summary,
        }
        function = functions[self.kind]
        return self.settle(lambda: function(*self.args, **self.kwargs))

    def structured_call(self) -> Any:
        """The ``StructuredCall`` this ask makes (its request, its validation), unsent."""
        from factcheck import llm

        return llm.build_call(
            self.kind,
            *self.args,
            settings=self.kwargs["settings"],
            prompts_dir=self.kwargs["prompts_dir"],
        )

    def settle(self, produce: Callable[[], Any]) -> Any:
        """``produce()``'s outcome; a failed repair is kept as a failure, not raised."""
        try:
            return produce()
        except LLMError as exc:
            if self.kind != "repair":
                raise
            return _Failed(exc)

    async def call_async(self) -> Any:
        from factcheck import llm

        functions: dict[str, Callable[..., Any]] = {
            "draft": llm.adraft_summary,
            "merge": llm.amerge_drafts,
            "repair": llm.arepair_summary,
        }
        function = functions[self.kind]
        try:
            return await function(*self.args, **self.kwargs)
        except LLMError as exc:
            if self.kind != "repair":
                raise
            return _Failed(exc)


@dataclass
class _Failed:
    """A repair call the model layer gave up on (refusal, retries exhausted)."""

    error: LLMError


@dataclass
class _Steps:
    """What the steps hand back to the driver: the rounds and every model call's outcome."""

    engine: Literal["llm", "extractive"]
    rounds: list[Round]
    outcomes: list[Any] = field(default_factory=list)
    failures: list[RetryRecord] = field(default_factory=list)
    final: int = -1  # the round whose draft is the result


@dataclass
class _Run:
    """The options of one summarize call, resolved once."""

    engine: Literal["llm", "extractive"]
    why: str  # the engine choice, in words, for the progress line
    settings: Settings
    client: Any
    prompts_dir: str | Path | None
    repair_rounds: int
    progress: Progress | None

    @classmethod
    def create(
        cls,
        engine: str,
        offline: bool,
        model: str | None,
        base_url: str | None,
        api_key: str | None,
        client: Any,
        prompts_dir: str | Path | None,
        repair_rounds: int,
        settings: Settings | None,
        progress: Progress | None,
        cache: bool | None = None,
    ) -> _Run:
        if settings is not None and any(o is not None for o in (api_key, base_url, model)):
            # Two sources of truth would make one of them silently ignored.
            raise ConfigError("pass either settings= or model/base_url/api_key, not both")
        if settings is None and (offline or engine == "extractive"):
            # No model will be called: an endpoint's settings (a remote URL without its key,
            # say) must not stop a run that never uses them.
            settings = Settings()
        elif settings is None:
            settings = resolve_settings(
                api_key=api_key, base_url=base_url, model=model, cache=cache
            )
        elif cache is not None:
            settings = settings.model_copy(update={"cache": cache})
        if (
            isinstance(repair_rounds, bool)
            or not isinstance(repair_rounds, int)
            or (repair_rounds < 0)
        ):
            raise ConfigError(f"repair_rounds must be a whole number >= 0, not {repair_rounds!r}")
        chosen = _choose_engine(engine, offline, settings, client)
        if chosen == "llm":
            why = f"model {settings.model}"
        elif offline:
            why = "offline, no model"
        elif engine == "extractive":
            why = "extractive engine requested, no model"
        else:
            why = "no model endpoint configured (OPENAI_API_KEY / OPENAI_BASE_URL unset)"
        if chosen == "llm":
            log.info("engine: llm, %s at %s", why, settings.display_base_url)
        else:
            log.info("engine: extractive (%s)", why)
        return cls(
            engine=chosen,
            why=why,
            settings=settings,
            client=client,
            prompts_dir=prompts_dir,
            repair_rounds=repair_rounds,
            progress=progress,
        )

    def say(self, message: str) -> None:
        log.debug("%s", message)
        if self.progress is not None:
            self.progress(message)

    def steps(self, article: Article) -> Generator[list[_Pending], list[Any], _Steps]:
        """Draft, check and repair; yields the model calls needed, receives their outcomes."""
        if not article.text.strip():
            raise InputError("the article has no text to summarize")
        self.say("indexing the article's figures")
        if self.engine == "extractive":
            index = index_source(article.text, published=article.published)
            self.say(f"{self.why}: the extractive engine chooses the article's own sentences")
            draft = extractive_draft(article, max_claims=self.settings.max_claims)
            self.say("checking every figure against the article")
            checks = check_draft(index, draft, published=article.published)
            return _Steps("extractive", [Round(draft=draft, checks=checks)])

        source = SourceOnce(article.text, article.published)
        outcomes: list[Any] = []
        failures: list[RetryRecord] = []
        draft = yield from self._draft(article, outcomes)
        self.say("checking every figure against the article")
        (checks,) = yield [Check(source, draft)]
        rounds = [Round(draft=draft, checks=checks)]
        for number in range(1, self.repair_rounds + 1):
            flagged = [check for check in checks if check.verdict is not Verdict.SUPPORTED]
            if not flagged:
                break
            self.say(f"repair round {number}: sending {len(flagged)} flagged figure(s) back")
            context = _repair_context(article, draft, flagged, self._budget)
            (outcome,) = yield [self._ask("repair", context, draft, flagged)]
            if isinstance(outcome, _Failed):
                # The checked draft is already paid for and honest about what is flagged:
                # keep it rather than lose the whole run to a failed repair.
                self.say(
                    f"repair round {number} failed, keeping the checked draft: {outcome.error}"
                )
                failures.append(
                    RetryRecord(attempt=number, reason=f"repair failed: {outcome.error}")
                )
                break
            outcomes.append(outcome)
            draft = outcome.draft
            self.say("checking the repaired draft")
            (checks,) = yield [Check(source, draft)]
            rounds.append(Round(draft=draft, checks=checks))
        best = min(range(len(rounds)), key=lambda n: (*_badness(rounds[n].checks), -n))
        if best != len(rounds) - 1:
            # A repair that makes things worse must not replace a better draft.
            self.say(f"the repaired draft is no better: keeping the draft of round {best + 1}")
        return _Steps("llm", rounds, outcomes, failures, final=best)

    @property
    def _budget(self) -> int:
        return int(self.settings.context_budget_tokens)

    def _draft(
        self, article: Article, outcomes: list[Any]
    ) -> Generator[list[_Pending], list[Any], Draft]:
        tokens = estimate_tokens(article.text)
        chunks = split_into_chunks(article.text, self._budget)
        if len(chunks) == 1:
            self.say(f"asking {self.settings.model} for a draft (~{tokens} article tokens)")
            (outcome,) = yield [self._ask("draft", article)]
            outcomes.append(outcome)
            return outcome.draft
        self.say(
            f"article is ~{tokens} tokens, over the {self._budget}-token budget: "
            f"drafting {len(chunks)} chunks, then merging"
        )
        parts = yield [
            self._ask("draft", article.model_copy(update={"text": chunk})) for chunk in chunks
        ]
        outcomes.extend(parts)
        drafts = [part.draft for part in parts]
        while len(drafts) > 1:
            groups = [drafts[i : i + MERGE_FAN_IN] for i in range(0, len(drafts), MERGE_FAN_IN)]
            self.say(f"merging {len(drafts)} chunk drafts")
            merged = yield [
                self._ask("merge", article, group) if len(group) > 1 else _Done(group[0])
                for group in groups
            ]
            outcomes.extend(m for m in merged if not isinstance(m, _Done))
            drafts = [m.draft for m in merged]
        return drafts[0]

    def _ask(self, kind: Literal["draft", "merge", "repair"], *args: Any) -> _Ask:
        return _Ask(
            kind,
            args,
            {"settings": self.settings, "client": self.client, "prompts_dir": self.prompts_dir},
        )

    def result(self, article: Article, steps: _Steps, started: float) -> Result:
        # Imported here, not at the top: factcheck/__init__ imports this module before it sets
        # __version__.
        from factcheck import __version__

        usage = Usage()
        prompts: dict[tuple[str, str], PromptRef] = {}
        model = None
        for outcome in steps.outcomes:
            usage = _add_usage(usage, outcome.usage)
            for ref in outcome.prompts:
                prompts.setdefault((ref.name, ref.sha256), ref)
            model = outcome.model or model
        usage.retries.extend(steps.failures)
        usage.seconds = round(time.perf_counter() - started, 6)
        final = steps.rounds[steps.final]
        log.info(
            "summarized %s in %.2f s: %d model call(s), %d attempt(s), %d+%d tokens, "
            "%d round(s), %d figure(s) checked",
            article.url or article.title or "the article",
            usage.seconds,
            usage.calls,
            usage.attempts,
            usage.prompt_tokens,
            usage.completion_tokens,
            len(steps.rounds),
            len(final.checks),
        )
        return Result(
            article=article,
            summary=final.draft,
            claims=final.checks,
            engine=steps.engine,
            model=(model or self.settings.model) if steps.engine == "llm" else None,
            usage=usage,
            provenance=Provenance(factcheck_version=__version__, prompts=list(prompts.values())),
            rounds=steps.rounds,
        )


@dataclass
class _Done:
    """A merge group of one draft: passed through as it is, with no call."""

    draft: Draft
    calls_model: ClassVar[bool] = False

    def call_sync(self) -> _Done:
        return self

    def structured_call(self) -> None:
        return None  # no call to make

    async def call_async(self) -> _Done:
        return self


# What the steps yield: model calls to make, merge groups of one that need none, and checks.
_Pending = _Ask | _Done | Check


def _choose_engine(
    engine: str, offline: bool, settings: Settings, client: Any
) -> Literal["llm", "extractive"]:
    if engine not in ("auto", "llm", "extractive"):
        raise ConfigError(f"unknown engine {engine!r}: use auto, llm or extractive")
    if engine == "llm" and offline:
        raise ConfigError("the LLM engine cannot run offline: drop --offline or use extractive")
    if engine == "extractive" or offline:
        return "extractive"
    has_endpoint = settings.has_endpoint or client is not None
    if not has_endpoint:
        require_endpoint(settings)  # a model asked for by name is never silently not used
    if engine == "llm" and not has_endpoint:
        raise ConfigError(
            "the LLM engine needs an endpoint: set OPENAI_API_KEY, or OPENAI_BASE_URL for a "
            "local OpenAI-compatible server"
        )
    return "llm" if has_endpoint else "extractive"


def _repair_context(
    article: Article, draft: Draft, flagged: Iterable[ClaimCheck], budget: int
) -> Article:
    """The article as the repair call sees it: whole when it fits, else the paragraphs that matter.

    A long article cannot be sent whole, so the repair call gets the paragraphs holding the
    evidence for each flagged figure and the draft's quotes, in article order, up to the budget.
    """
    if estimate_tokens(article.text) <= budget:
        return article
    paragraphs = [article.text[start:end] for start, end in paragraph_spans(article.text)]
    wanted: list[str] = [e.sentence for c in flagged for e in c.evidence]
    wanted += [claim.quote for claim in draft.claims]
    keep: list[int] = []
    used = 0
    for needle in wanted:
        for number, paragraph in enumerate(paragraphs):
            if number not in keep and needle and needle in paragraph:
                cost = estimate_tokens(paragraph)
                if used + cost <= budget:
                    keep.append(number)
                    used += cost
                break
    text = "\n\n".join(paragraphs[n] for n in sorted(keep))
    return article.model_copy(update={"text": text or article.text[: budget * 4]})


def _badness(checks: list[ClaimCheck]) -> tuple[int, int]:
    """How bad a round is: contradicted figures first, then all flagged ones."""
    contradicted = sum(1 for check in checks if check.verdict is Verdict.CONTRADICTED)
    flagged = sum(1 for check in checks if check.verdict is not Verdict.SUPPORTED)
    return contradicted, flagged


def _add_usage(total: Usage, extra: Usage) -> Usage:
    return Usage(
        calls=total.calls + extra.calls,
        cached=total.cached + extra.cached,
        attempts=total.attempts + extra.attempts,
        prompt_tokens=total.prompt_tokens + extra.prompt_tokens,
        completion_tokens=total.completion_tokens + extra.completion_tokens,
        seconds=total.seconds + extra.seconds,
        retries=[*total.retries, *extra.retries],
    )
