"""The page ``factcheck serve`` shows at ``/``: a form for an article and an optional draft.

Without JavaScript the form is a plain POST and the answer is the page again, the form filled
in as it was sent and the HTML report (the same template as ``--format html``) in a sandboxed
frame below it. With JavaScript (``serve.js``) the same POST goes through ``fetch``: the page
stays, shows what it is doing and for how long, and swaps in the outcome, then moves focus to
it. Everything from the user or the article is escaped by jinja2's autoescape; the report keeps
its own Content-Security-Policy, and the page's policy (sent as a header) adds only the page's
own script and style, plus the report's, whose frame inherits the page's policy.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qs

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from factcheck import __version__
from factcheck.models import Article, CheckReport, ClaimCheck, Verdict
from factcheck.render import SYMBOL, render_report

__all__ = ["Outcome", "PageForm", "asset", "page_policy", "render_page"]


@dataclass
class PageForm:
    """What the form sent: the article (a URL, its text or its HTML), a draft, a token."""

    source: str = ""
    draft: str = ""
    token: str = ""

    @classmethod
    def parse(cls, body: bytes) -> PageForm:
        """An ``application/x-www-form-urlencoded`` body; unknown fields are ignored."""
        fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
        return cls(**{name: fields.get(name, [""])[0] for name in ("source", "draft", "token")})

    @property
    def checking(self) -> bool:
        """A draft was given: check it; otherwise summarize the article."""
        return bool(self.draft.strip())


@dataclass
class Outcome:
    """What the page shows under the form: a report with its tally, or a problem."""

    report: str | None = None
    checks: Sequence[ClaimCheck] = ()
    checking: bool = True
    problem_title: str | None = None
    problem_detail: str | None = None
    tally: list[dict[str, object]] = field(default_factory=list)

    def __post_init__(self) -> None:
        counts = Counter(check.verdict for check in self.checks)
        # Flagged first, as in the report: they are what an editor has to look at.
        order = (Verdict.CONTRADICTED, Verdict.UNSUPPORTED, Verdict.SUPPORTED)
        self.tally = [{"verdict": v.value, "symbol": SYMBOL[v], "count": counts[v]} for v in order]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("factcheck", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=4)
def asset(name: str) -> str:
    """A packaged page asset (``serve.css``, ``serve.js``) as text."""
    env = _environment()
    assert env.loader is not None  # built with a PackageLoader above
    source, _, _ = env.loader.get_source(env, name)
    return source


_POLICY = re.compile(r'http-equiv="Content-Security-Policy" content="([^"]*)"')


@lru_cache(maxsize=1)
def _report_sources() -> dict[str, str]:
    """The report's own ``script-src`` and ``style-src`` (hashes of its inline script and
    style), read from the policy of a report rendered by the renderer itself."""
    report = render_report(CheckReport(), "html", source=Article(text="."), text="")
    match = _POLICY.search(report)
    assert match is not None, "the HTML report carries no Content-Security-Policy"
    directives = {}
    for directive in html.unescape(match.group(1)).split(";"):
        name, _, sources = directive.strip().partition(" ")
        directives[name] = sources
    return {name: directives.get(name, "") for name in ("script-src", "style-src")}


def page_policy() -> str:
    """The page's Content-Security-Policy: its own files, same-origin fetch and form posts,
    and the report's inline script and style (a ``srcdoc`` frame inherits this policy)."""
    report = _report_sources()
    return (
        "default-src 'none'; "
        f"script-src 'self' {report['script-src']}; "
        f"style-src 'self' {report['style-src']}; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def render_page(form: PageForm, outcome: Outcome | None, *, token_required: bool) -> str:
    """The whole page: the form as it was sent, and the outcome under it (if any)."""
    return (
        _environment()
        .get_template("serve.html.j2")
        .render(
            form=form,
            outcome=outcome,
            token_required=token_required,
            version=__version__,
        )
    )
