"""The standalone HTML report: claims beside the article with every checked figure marked.

Every article-derived segment is escaped with markupsafe before it is joined into markup; the
page is rendered by jinja2 with autoescape on; a Content-Security-Policy allows only the
report's own inline style and script, by hash, and no external load at all.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from factcheck.models import Article, CheckReport, ClaimCheck, Result, Verdict
from factcheck.render.common import (
    NO_FIGURES,
    SEVERITY,
    SYMBOL,
    Pieces,
    claim_segments,
    clean,
    describe_reasons,
    engine_line,
    evidence_verdict,
    figure_of,
    figure_verdicts,
    mixed,
    one_line,
    safe_url,
    sources_besides_claim,
    span_in_article,
    verdict_counts,
)

# Text/background pairs for the report, each at least WCAG AA (4.5:1) for normal text; the
# test suite recomputes the ratios. Marks keep dark text on a light tint; badges are inverse.
PALETTE: dict[str, dict[str, str]] = {
    "supported": {"mark_fg": "#0a3d1c", "mark_bg": "#cdeed6", "badge_fg": "#ffffff",
                  "badge_bg": "#1a7238"},
    "contradicted": {"mark_fg": "#6e0d0d", "mark_bg": "#fbd3d0", "badge_fg": "#ffffff",
                     "badge_bg": "#b3261e"},
    "unsupported": {"mark_fg": "#4d3800", "mark_bg": "#fce8a6", "badge_fg": "#ffffff",
                    "badge_bg": "#805b00"},
}  # fmt: skip


_LONE_NEWLINE = re.compile(r"(?<!\n)\n(?!\n)")


@dataclass(eq=False)  # identity semantics: claims are dict keys while marking
class _HtmlClaim:
    number: int
    check: ClaimCheck
    marks: list[str] = field(default_factory=list)
    located: bool = False


def _html_emphasised(pieces: Pieces, fallback: Verdict) -> Markup:
    """Each highlighted piece in a ``<mark>`` classed by its own figure's verdict."""
    return Markup("").join(
        Markup('<mark class="figure {}">{}</mark>').format(
            (mark if isinstance(mark, Verdict) else fallback).value, piece
        )
        if mark
        else escape(piece)
        for piece, mark in pieces
    )


def _figures_line(check: ClaimCheck) -> str:
    """The claim's figures for its heading; each with its own symbol when they disagree."""
    if not mixed(check):
        return figure_of(check)
    return ", ".join(
        f"{one_line(check.claim[start:end])} {SYMBOL[verdict]}"
        for start, end, verdict in figure_verdicts(check)
    )


def _by_severity(verdicts: set[Verdict]) -> list[Verdict]:
    return sorted(verdicts, key=SEVERITY.__getitem__, reverse=True)


def _highlight_article(text: str, claims: list[_HtmlClaim]) -> Markup:
    """The article as escaped HTML with every located evidence span wrapped in a <mark>.

    Spans may overlap (two claims citing one figure, a figure inside a cited sentence): the
    text is cut at every span boundary and each piece is marked with every claim covering it,
    coloured by the most severe verdict among them.
    """
    # (start, end, claim, "figure"|"sentence", the verdict of the claim's figure it stands for)
    covering: list[tuple[int, int, _HtmlClaim, str, Verdict]] = []
    for claim in claims:
        for evidence in claim.check.evidence:
            located = span_in_article(text, evidence)
            if located is not None:
                verdict = evidence_verdict(claim.check, evidence)
                covering.append((located[0], located[1], claim, located[2], verdict))
                claim.located = True
    cuts = sorted({0, len(text)} | {c[0] for c in covering} | {c[1] for c in covering})
    pieces: list[Markup] = []
    for start, end in itertools.pairwise(cuts):
        here = [(c, kind, v) for s, e, c, kind, v in covering if s <= start and end <= e]
        if not here:
            # A lone newline is a paragraph break in extracted text: give it visible space
            # with an empty element, so the report's text stays exactly the article's.
            pieces.append(
                Markup('\n<span class="gap"></span>').join(
                    escape(clean(part)) for part in _LONE_NEWLINE.split(text[start:end])
                )
            )
            continue
        mark_id = f"m{len(pieces)}"
        owners = list(dict.fromkeys(c for c, _, _ in here))
        # Each claim's stake in this piece: the worst verdict of its figures found here.
        stake: dict[_HtmlClaim, Verdict] = {}
        for claim, _, verdict in here:
            if claim not in stake or SEVERITY[verdict] > SEVERITY[stake[claim]]:
                stake[claim] = verdict
        worst = max(stake.values(), key=SEVERITY.__getitem__)
        kind = "figure" if any(k == "figure" for _, k, _ in here) else "sentence"
        for owner in owners:
            owner.marks.append(mark_id)
        title = "; ".join(
            f"claim {c.number}: {SYMBOL[stake[c]]} {stake[c].value}" for c in owners
        )
        pieces.append(
            Markup(
                '<mark id="{}" class="{} {}" data-claims="{}" data-verdict="{}" '
                'data-symbols="{}" title="{}">{}</mark>'
            ).format(
                mark_id,
                worst.value,
                kind,
                " ".join(f"c{c.number}" for c in owners),
                worst.value,
                # Evidence for claims with different verdicts shows every verdict's symbol.
                "".join(SYMBOL[v] for v in _by_severity(set(stake.values()))),
                title,
                clean(text[start:end]),
            )
        )
    return Markup("").join(pieces)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("factcheck", "templates"),
        autoescape=select_autoescape(["html", "j2", "jinja"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _asset(name: str) -> str:
    """A packaged asset (CSS, JS) as text: inlined, and hashed for the CSP."""
    env = _environment()
    assert env.loader is not None  # built with a PackageLoader above
    source, _, _ = env.loader.get_source(env, name)
    return source.strip()


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _palette_css() -> str:
    rules = []
    for verdict, colours in PALETTE.items():
        rules.append(
            f"mark.{verdict}{{color:{colours['mark_fg']};background:{colours['mark_bg']}}}"
            f".badge.{verdict}{{color:{colours['badge_fg']};background:{colours['badge_bg']}}}"
            f".claim.{verdict}{{border-left-color:{colours['badge_bg']}}}"
        )
    return "\n".join(rules)


def _html_page(
    *,
    article: Article,
    checks: Sequence[ClaimCheck],
    headline: str,
    summary: str,
    key_points: Sequence[str],
    kicker: str,
    about: str,
    claims_heading: str,
    rounds: list[dict[str, Any]],
    version: str,
) -> str:
    """The standalone report: the text's claims beside the article with its figures marked."""
    claims = [_HtmlClaim(n, check) for n, check in enumerate(checks, start=1)]
    article_html = _highlight_article(article.text, claims)
    css = _asset("report.css") + "\n" + _palette_css()
    script = _asset("report.js")
    csp = (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    views = []
    for claim in claims:
        check = claim.check
        others, verbatim = sources_besides_claim(check)
        views.append(
            {
                "id": f"c{claim.number}",
                "number": claim.number,
                "verdict": check.verdict.value,
                "symbol": SYMBOL[check.verdict],
                "origin": check.origin,
                "figure": _figures_line(check),
                "claim": _html_emphasised(claim_segments(check), check.verdict),
                "why": describe_reasons(check),
                "sources": [_html_emphasised(pieces, check.verdict) for pieces in others],
                "verbatim": verbatim,
                "marks": claim.marks,
                "located": claim.located,
            }
        )
    counts = verdict_counts(checks)
    template = _environment().get_template("report.html.j2")
    return template.render(
        csp=csp,
        css=Markup(css),  # packaged asset, never article data
        script=Markup(script),  # packaged asset, never article data
        headline=one_line(headline),
        summary=one_line(summary),
        key_points=[one_line(p) for p in key_points],
        kicker=kicker,
        about=about,
        claims_heading=claims_heading,
        # The meta line shows these as they are: cleaned (bidi controls visible) like the rest.
        article=article.model_copy(
            update={
                key: one_line(value)
                for key in ("title", "url", "byline", "site_name", "published")
                if isinstance(value := getattr(article, key, None), str)
            }
        ),
        article_url=safe_url(article.url),
        article_html=article_html,
        # Flagged figures first: they are what an editor has to look at.
        groups=[
            {"title": "Needs a look", "claims": [v for v in views if v["verdict"] != "supported"]},
            {"title": "Supported", "claims": [v for v in views if v["verdict"] == "supported"]},
        ],
        counts=[{"verdict": v.value, "symbol": SYMBOL[v], "count": counts[v]} for v in Verdict],
        total=len(checks),
        no_figures=NO_FIGURES,
        rounds=rounds,
        version=version,
    )


def html_result(result: Result) -> str:
    """A summarize result as a standalone HTML page (with what the repair rounds caught)."""
    rounds = []
    for number, round_ in enumerate(result.rounds[:-1], start=1):
        flagged = [c for c in round_.checks if c.verdict is not Verdict.SUPPORTED]
        if flagged:
            rounds.append(
                {
                    "number": number,
                    "total": len(round_.checks),
                    "flagged": [
                        {
                            "verdict": c.verdict.value,
                            "symbol": SYMBOL[c.verdict],
                            "claim": one_line(c.claim),
                            "why": describe_reasons(c),
                        }
                        for c in flagged
                    ],
                }
            )
    return _html_page(
        article=result.article,
        checks=result.claims,
        headline=result.summary.headline,
        summary=result.summary.summary,
        key_points=result.summary.key_points,
        kicker=(
            "factcheck report · extractive summary"
            if result.engine == "extractive"
            else f"factcheck report · summary by {result.model or 'a model'}"
        ),
        about=engine_line(result),
        claims_heading="Figures in the summary",
        rounds=rounds,
        version=result.provenance.factcheck_version,
    )


def html_report(report: CheckReport, source: Article, text: str | None) -> str:
    """A check report as a standalone HTML page: the checked text on top, the source marked."""
    from factcheck import __version__

    title = source.title or source.url
    return _html_page(
        article=source,
        checks=report.checks,
        headline=f"Figures checked against “{one_line(title)}”"
        if title
        else ("Figures checked against the source article"),
        summary=text or "",
        key_points=[],
        kicker="factcheck report · a text checked against its source",
        about="Every figure in the text checked against the article by factcheck; no model used.",
        claims_heading="Figures in the text",
        rounds=[],
        version=__version__,
    )
