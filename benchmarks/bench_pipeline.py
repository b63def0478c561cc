"""The summarize pipeline per article: model calls, tokens and wall time, with and without repair;
and the extractive engine's time per 1,000 words.

    python benchmarks/bench_pipeline.py [--runs N] [--latency SECONDS] [--real DIR]

Model path. The endpoint is the scripted OpenAI-compatible server (tests/scripted_server.py),
started in this process on a free 127.0.0.1 port, so the figures are reproducible offline. Three
scenarios on the bundled example (examples/ramstein.html):

* *clean draft*: the model's first draft is faithful; nothing is flagged, nothing repaired;
* *wrong figure, repair on* (the default, one round): the first draft misreads Germany's
  $2.3 billion as $2.5 billion; the checker flags it and one repair call fixes it;
* *wrong figure, --no-repair*: the same draft, kept as it is (flagged in the result).

And one long article: a generated 30,000-word article (tests/long_article.py) through
``asummarize`` with the default context budget, so it is drafted in chunks (concurrently) and
merged; the scripted server answers each chunk with a draft of that chunk's own sentences.

For each: model calls, prompt and completion tokens (as the scripted server reports them: its
estimate of four characters a token; a real endpoint's tokenizer gives somewhat different counts),
and the median wall time of ``summarize()`` over ``--runs`` runs. With the server answering at
once, that time is factcheck's own cost (loading, checking, prompt rendering, validation, local
HTTP); ``--latency S`` makes every model reply take S seconds, to see a run as a user would.

Extractive path: the median time of ``extractive_draft()`` per 1,000 words on the example and on
a generated 30,000-word article (tests/long_article.py), and of a whole offline ``summarize()``
of the example (load + extractive draft + checking every figure).

Real articles (``--real ../shared/data/extraction-dev``, optional): every human-annotated article
body of that benchmark summarized offline; the share of the extractive summaries' figures the
checker supports (the engine quotes verbatim, so anything below 100% is a checker false alarm or
a sentence the engine broke), runs that raised, and the time per 1,000 words.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scripted server and the long article live there

from long_article import TITLE as LONG_TITLE  # noqa: E402
from long_article import long_article_text  # noqa: E402
from scripted_server import RAMSTEIN_DRAFT, ScriptedServer, latency, reply  # noqa: E402

from factcheck.article import load_article  # noqa: E402
from factcheck.extractive import extractive_draft  # noqa: E402
from factcheck.models import Article, Result, Verdict  # noqa: E402
from factcheck.pipeline import asummarize, summarize  # noqa: E402
from factcheck.settings import resolve_settings  # noqa: E402

EXAMPLE = ROOT / "examples" / "ramstein.html"


def wrong_money_draft() -> dict[str, Any]:
    """The faithful draft with $2.3 billion misread as $2.5 billion (quotes stay verbatim)."""
    draft = json.loads(json.dumps(RAMSTEIN_DRAFT))

    def swap(text: str) -> str:
        return text.replace("$2.3 billion", "$2.5 billion")

    draft["summary"] = swap(draft["summary"])
    draft["key_points"] = [swap(p) for p in draft["key_points"]]
    for claim in draft["claims"]:
        claim["text"], claim["figure"] = swap(claim["text"]), swap(claim["figure"])
    return draft


def median_seconds(run: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, last = [], None
    for _ in range(runs):
        started = time.perf_counter()
        last = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), last


def model_scenarios(runs: int, delay: float) -> list[tuple[str, Result, float]]:
    rows = []
    with ScriptedServer() as server:
        settings = resolve_settings(
            api_key="sk-bench-not-a-key", base_url=server.base_url, max_retries=0, environ={}
        )
        scenarios = [
            ("clean draft", [reply(RAMSTEIN_DRAFT)], 1),
            ("wrong figure, repair on", [reply(wrong_money_draft()), reply(RAMSTEIN_DRAFT)], 1),
            ("wrong figure, --no-repair", [reply(wrong_money_draft())], 0),
        ]
        for name, steps, rounds in scenarios:
            if delay:
                steps = [latency(delay, step) for step in steps]

            def run(steps: list[dict[str, Any]] = steps, rounds: int = rounds) -> Result:
                server.script(steps)
                return summarize(EXAMPLE, settings=settings, repair_rounds=rounds)

            seconds, result = median_seconds(run, runs)
            rows.append((name, result, seconds))

        # Map-reduce: every chunk draft and the merge answered as a model would (the server's
        # extractive reply), after the same latency each.
        long = Article(text=long_article_text(30_000), title=LONG_TITLE)

        def run_long() -> Result:
            server.script([latency(delay)] * 40 if delay else [])
            return asyncio.run(asummarize(long, settings=settings, repair_rounds=0))

        seconds, result = median_seconds(run_long, max(1, runs // 2))
        rows.append(("30,000 words, map-reduce", result, seconds))
    return rows


def extractive_rows(runs: int) -> list[tuple[str, int, float]]:
    example = load_article(EXAMPLE)
    long = Article(text=long_article_text(30_000))
    rows = []
    for name, article, repeat in (("example article", example, 20), ("30,000 words", long, 1)):
        seconds, _ = median_seconds(lambda a=article: extractive_draft(a), runs * repeat)
        rows.append((name, article.word_count, seconds))
    return rows


def real_articles(folder: Path) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    figures = supported = failed = words = 0
    started = time.perf_counter()
    for page in truth.values():
        try:
            result = summarize(Article(text=page["articleBody"]), offline=True)
        except Exception as exc:  # a benchmark reports failures rather than stopping at one
            failed += 1
            print(f"  failed: {type(exc).__name__}: {exc}")
            continue
        words += result.article.word_count
        figures += len(result.claims)
        supported += sum(1 for c in result.claims if c.verdict is Verdict.SUPPORTED)
    seconds = time.perf_counter() - started
    share = supported / figures if figures else 0.0
    print(
        f"\nReal articles ({folder.name}, {len(truth)} pages, {words:,} words), offline: "
        f"{supported}/{figures} figures supported ({share:.1%}), {failed} failed, "
        f"{seconds * 1000 / max(words, 1) * 1000:.1f} ms per 1,000 words (whole summarize)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median reported)")
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds each scripted model reply takes"
    )
    parser.add_argument(
        "--real", type=Path, help="a folder with ground-truth.json (the extraction benchmark)"
    )
    args = parser.parse_args(argv)

    words = load_article(EXAMPLE).word_count
    print(f"Model path: examples/ramstein.html ({words} words), scripted server", end="")
    print(f", {args.latency:g} s per reply" if args.latency else ", replies at once", end="")
    print(f"; median of {args.runs} runs\n")
    header = f"{'scenario':<28}{'calls':>6}{'prompt tok':>12}{'compl. tok':>12}{'wall s':>9}"
    print(header + "   final verdicts")
    print("-" * (len(header) + 18))
    for name, result, seconds in model_scenarios(args.runs, args.latency):
        usage = result.usage
        flagged = sum(1 for c in result.claims if c.verdict is not Verdict.SUPPORTED)
        verdicts = f"{len(result.claims) - flagged} supported, {flagged} flagged"
        print(
            f"{name:<28}{usage.calls:>6}{usage.prompt_tokens:>12}{usage.completion_tokens:>12}"
            f"{seconds:>9.3f}   {verdicts}"
        )
    print(
        "\n(tokens: the scripted server's estimate, four characters a token; "
        "wall: the whole summarize() call)\n"
    )

    print(f"Extractive engine: median of {args.runs} runs")
    print(f"{'article':<20}{'words':>8}{'ms / draft':>12}{'ms / 1,000 words':>18}")
    for name, count, seconds in extractive_rows(args.runs):
        print(f"{name:<20}{count:>8}{seconds * 1000:>12.2f}{seconds * 1000 / count * 1000:>18.2f}")
    seconds, result = median_seconds(lambda: summarize(EXAMPLE, offline=True), args.runs)
    supported = sum(1 for c in result.claims if c.verdict is Verdict.SUPPORTED)
    print(
        f"\nsummarize(example, offline=True): {seconds * 1000:.1f} ms, 0 model calls, "
        f"{supported}/{len(result.claims)} figures supported"
    )
    if args.real:
        real_articles(args.real)
    return 0


if __name__ == "__main__":
    sys.exit(main())
