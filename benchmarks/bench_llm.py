"""Prompt overhead: the prompt tokens factcheck adds around an article (issue 4: <= 700).

    python benchmarks/bench_llm.py [ARTICLE.txt]
    python benchmarks/bench_llm.py --base-url URL      # measure with a real endpoint's tokenizer

Overhead = prompt tokens of the first request's messages minus the article's own tokens, for each
``json_mode``. Two figures per mode:

* *estimate*: both counts from ``factcheck.prompts.estimate_message_tokens`` (four characters a
  token plus OpenAI's three tokens of framing per message); no tokenizer is downloaded. In
  ``schema`` mode the strict JSON schema travels in ``response_format`` rather than in the
  messages, and OpenAI bills it as prompt tokens too, so it is added and shown separately.
* *endpoint*: ``usage.prompt_tokens`` as the endpoint reports it. The article's share is
  measured the same way, as the difference between a request carrying the article twice and one
  carrying it once, so the endpoint's own tokenizer decides both numbers. By default the endpoint
  is the scripted server (tests/scripted_server.py, started in this process), whose usage uses
  the same estimator; ``--base-url`` (with ``OPENAI_API_KEY``) sends two real requests per mode.

It exits 1 when any overhead is above the 700-token budget.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the scripted server lives with the tests

from factcheck.llm import draft_json_schema, draft_summary  # noqa: E402
from factcheck.models import Article  # noqa: E402
from factcheck.prompts import estimate_message_tokens, estimate_tokens, render_messages  # noqa: E402
from factcheck.settings import is_local_url, resolve_settings  # noqa: E402

BUDGET = 700
MODES = ("schema", "json_object", "text")


def rendered_tokens(article: Article, mode: str, max_claims: int) -> int:
    schema = json.dumps(draft_json_schema()) if mode != "schema" else ""
    messages = render_messages(
        "draft",
        article=article.text,
        title=article.title or "",
        published=article.published or "",
        max_claims=max_claims,
        schema=schema,
    ).messages
    return estimate_message_tokens(messages)


def endpoint_prompt_tokens(article: Article, mode: str, base_url: str) -> int:
    """``usage.prompt_tokens`` of one draft request, as the endpoint reports it."""
    options = {"json_mode": mode, "max_attempts": 1, "max_retries": 2}
    if is_local_url(base_url):
        settings = resolve_settings(base_url=base_url, environ={}, **options)
    else:
        settings = resolve_settings(base_url=base_url, **options)  # the key from OPENAI_API_KEY
    return draft_summary(article, settings=settings).usage.prompt_tokens


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "examples" / "ramstein.txt"))
    parser.add_argument("--base-url", help="a real OpenAI-compatible endpoint (needs a key)")
    args = parser.parse_args(argv)

    text = Path(args.article).read_text(encoding="utf-8")
    article = Article(text=text, obtained_via="text_file")
    doubled = Article(text=text + "\n\n" + text, obtained_via="text_file")
    max_claims = resolve_settings(environ={}).max_claims
    schema_tokens = estimate_tokens(json.dumps(draft_json_schema()))
    article_tokens = estimate_tokens(text)

    server = None
    if args.base_url is None:
        from scripted_server import ScriptedServer

        server = ScriptedServer().start()
    base_url = args.base_url or server.base_url
    where = args.base_url or "the scripted server"
    print(f"prompt overhead for {Path(args.article).name}: {len(text)} characters, "
          f"~{article_tokens} tokens (estimate); budget {BUDGET} tokens")
    print(f"{'json_mode':<12} {'estimate':>9} {'endpoint':>9}   endpoint = {where}")
    worst = 0
    try:
        for mode in MODES:
            estimate = rendered_tokens(article, mode, max_claims) - article_tokens
            note = ""
            if mode == "schema":
                estimate += schema_tokens
                note = f"   (includes ~{schema_tokens} tokens of response_format schema)"
            single = endpoint_prompt_tokens(article, mode, base_url)
            twice = endpoint_prompt_tokens(doubled, mode, base_url)
            measured = single - (twice - single)
            if mode == "schema" and args.base_url is None:
                measured += schema_tokens  # the scripted server counts messages only
            worst = max(worst, estimate, measured)
            print(f"{mode:<12} {estimate:>9} {measured:>9}{note}")
    finally:
        if server is not None:
            server.stop()
    verdict = "within" if worst <= BUDGET else "OVER"
    print(f"worst overhead: {worst} tokens, {verdict} the {BUDGET}-token budget "
          f"({worst / BUDGET:.2f} of it)")
    return 0 if worst <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
