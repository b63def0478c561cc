"""Output formats: a terminal table (rich), JSON, Markdown and a standalone HTML report.

Every renderer returns a string; the CLI decides where it goes and whether it is coloured
(this module never prints and never reads the environment).

Article text is hostile until proven otherwise. The terminal view builds rich ``Text`` objects
(never markup strings) and drops control characters, so an article cannot emit escape
sequences; the Markdown view backslash-escapes every character that could start a link, an
image, raw HTML, emphasis or math; the HTML report escapes every article-derived segment with
markupsafe before joining, renders through a jinja2 environment with autoescape on, and carries
a Content-Security-Policy that allows only its own inline style and script (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import io
import itertools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from markupsafe import Markup, escape
from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from factcheck.errors import InputError
from factcheck.models import Article, CheckReport, ClaimCheck, Evidence, Result, Verdict

RESULT_FORMATS: tuple[str, ...] = ("table", "json", "markdown", "html")
REPORT_FORMATS: tuple[str, ...] = ("table", "json", "markdown", "html")

DEFAULT_WIDTH = 100

SYMBOL = {Verdict.SUPPORTED: "✓", Verdict.CONTRADICTED: "✗", Verdict.UNSUPPORTED: "?"}
_TERM_STYLE = {
    Verdict.SUPPORTED: "bold green",
    Verdict.CONTRADICTED: "bold red",
    Verdict.UNSUPPORTED: "bold yellow",
}
# Which verdict colours a stretch of article text that is evidence for several claims: the one
# an editor must look at first.
_SEVERITY = {Verdict.CONTRADICTED: 2, Verdict.UNSUPPORTED: 1, Verdict.SUPPORTED: 0}

# Reason codes (machine-readable, from the checker) in words an editor reads at a glance.
REASON_TEXT: dict[str, str] = {
    "value_mismatch": "the article gives a different figure",
    "scale_mismatch": "wrong scale (e.g. millions where the article says billions)",
    "currency_mismatch": "wrong currency",
    "unit_mismatch": "the figure counts something else in the article",
    "qualifier_mismatch": "the article qualifies it differently (e.g. 'up to', 'about')",
    "attribution_mismatch": "the article attributes this figure to someone else",
    "ordinal_mismatch": "the article gives a different rank or order",
    "date_mismatch": "the article gives a different date",
    "rounded": "a correct rounding of the article's figure",
    "number_in_name": "in the article this number is part of a name, not a count",
    "quote_not_in_source": "the quoted sentence is not in the article",
    "no_quantity": "no figure found in the claim",
    "not_found": "the article says nothing about this figure",
}
_DEFAULT_REASON = {
    Verdict.SUPPORTED: "the article states this figure",
    Verdict.CONTRADICTED: "the article states something different",
    Verdict.UNSUPPORTED: "the article says nothing about this figure",
}

# C0 and C1 control characters except tab and newline: an article must not be able to move
# the cursor, recolour or retitle the user's terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def describe_reasons(check: ClaimCheck) -> str:
    """The check's reason codes as one plain phrase (unknown codes are spelled out)."""
    if not check.reasons:
        return _DEFAULT_REASON[check.verdict].capitalize()
    phrases: list[str] = []
    for code in check.reasons:
        phrase = REASON_TEXT.get(code, code.replace("_", " "))
        if phrase not in phrases:
            phrases.append(phrase)
    text = "; ".join(phrases)
    return text[:1].upper() + text[1:]


def figure_of(check: ClaimCheck) -> str:
    """The figure(s) a claim states, as written in the claim."""
    return ", ".join(dict.fromkeys(q.text for q in check.quantities))


def _clean(text: str) -> str:
    return _CONTROL.sub("", text)


def _one_line(text: str) -> str:
    return " ".join(_clean(text).split())


def _counts(checks: Sequence[ClaimCheck]) -> dict[Verdict, int]:
    return {v: sum(1 for c in checks if c.verdict is v) for v in Verdict}


NO_FIGURES = "No figures to check: the text states no numbers."


def _totals_line(checks: Sequence[ClaimCheck]) -> str:
    if not checks:
        return NO_FIGURES
    counts = _counts(checks)
    # A claim is a sentence of the text; it may state more than one figure.
    noun = "claim" if len(checks) == 1 else "claims"
    parts = ", ".join(f"{counts[v]} {SYMBOL[v]} {v.value}" for v in Verdict)
    return f"{len(checks)} {noun} checked: {parts}"


def _engine_line(result: Result) -> str:
    if result.engine == "extractive":
        return (
            "Extractive summary: sentences taken verbatim from the article, no model used; "
            "every figure checked against the article."
        )
    model = f"model {result.model}" if result.model else "a model"
    return f"Written by {model}; every figure checked against the article by factcheck."


def _safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links: ``javascript:`` and friends stay text."""
    if url and re.match(r"https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


# --- locating evidence ----------------------------------------------------------------------


def _figure_in_sentence(evidence: Evidence) -> tuple[int, int] | None:
    """Where the evidence figure sits inside ``evidence.sentence`` (relative offsets)."""
    sentence = evidence.sentence
    if evidence.quantity_span and evidence.sentence_span:
        start = evidence.quantity_span[0] - evidence.sentence_span[0]
        end = evidence.quantity_span[1] - evidence.sentence_span[0]
        if 0 <= start < end <= len(sentence) and (
            evidence.quantity_text is None or sentence[start:end] == evidence.quantity_text
        ):
            return start, end
    if evidence.quantity_text:
        found = sentence.find(evidence.quantity_text)
        if found >= 0:
            return found, found + len(evidence.quantity_text)
    return None


def _segments(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, highlighted) pairs; overlapping or touching spans merge."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in merged:
        if at < start:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def _squeeze(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces with runs of whitespace collapsed and the ends trimmed, highlights kept."""
    out = [(re.sub(r"\s+", " ", _clean(piece)), lit) for piece, lit in pieces]
    if out:
        out[0] = (out[0][0].lstrip(), out[0][1])
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
    return [(piece, lit) for piece, lit in out if piece]


def _evidence_sentences(check: ClaimCheck) -> list[list[tuple[str, bool]]]:
    """Each distinct evidence sentence once, on one line, with all its figures highlighted."""
    grouped: dict[str, list[tuple[int, int]]] = {}
    for item in check.evidence:
        spans = grouped.setdefault(item.sentence, [])
        located = _figure_in_sentence(item)
        if located is not None:
            spans.append(located)
    return [_squeeze(_segments(sentence, spans)) for sentence, spans in grouped.items()]


def _plain(pieces: list[tuple[str, bool]]) -> str:
    return "".join(piece for piece, _ in pieces)


def _sources_besides_claim(check: ClaimCheck) -> tuple[list[list[tuple[str, bool]]], bool]:
    """Evidence sentences other than the claim itself, and whether the claim is one of them
    (an extractive summary quotes the article, so repeating the sentence adds nothing)."""
    claim = _plain(_claim_segments(check))
    sentences = _evidence_sentences(check)
    others = [pieces for pieces in sentences if _plain(pieces) != claim]
    return others, len(others) < len(sentences)


def _claim_segments(check: ClaimCheck) -> list[tuple[str, bool]]:
    """The claim on one line with the figures it states highlighted."""
    spans = []
    for quantity in check.quantities:
        found = check.claim.find(quantity.text)
        if found >= 0:
            spans.append((found, found + len(quantity.text)))
    return _squeeze(_segments(check.claim, spans))


def _span_in_article(text: str, evidence: Evidence) -> tuple[int, int, str] | None:
    """The evidence's figure (or, failing that, its sentence) as offsets into ``text``.

    Offsets from the checker are trusted only when they are in range and, where the evidence
    says what text they cover, cover exactly that text; otherwise the figure is looked for
    inside the evidence sentence, then the sentence itself is used.
    """
    span = evidence.quantity_span
    if (
        span
        and 0 <= span[0] < span[1] <= len(text)
        and evidence.quantity_text in (None, text[span[0] : span[1]])
    ):
        return span[0], span[1], "figure"
    sentence_at: int | None = None
    s_span = evidence.sentence_span
    if (
        s_span
        and 0 <= s_span[0] < s_span[1] <= len(text)
        and (text[s_span[0] : s_span[1]] == evidence.sentence)
    ):
        sentence_at = s_span[0]
    if sentence_at is None and evidence.sentence:
        found = text.find(evidence.sentence)
        sentence_at = found if found >= 0 else None
    if sentence_at is not None:
        rel = _figure_in_sentence(evidence)
        if rel is not None:
            return sentence_at + rel[0], sentence_at + rel[1], "figure"
        return sentence_at, sentence_at + len(evidence.sentence), "sentence"
    return None


# --- terminal ---------------------------------------------------------------------------------


def _console(color: bool | None, width: int | None) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    console = Console(
        file=out,
        width=width or DEFAULT_WIDTH,
        force_terminal=bool(color),
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
    )
    return console, out


def _trimmed(output: str) -> str:
    # rich pads every line to the console width; piped output reads better without it.
    return "\n".join(line.rstrip() for line in output.split("\n"))


def _emphasised(pieces: list[tuple[str, bool]], color: bool) -> Text:
    """Highlighted pieces bold+underlined, or wrapped in ** ** when there is no styling."""
    out = Text()
    for piece, highlighted in pieces:
        if not highlighted:
            out.append(_clean(piece))
        elif color:
            out.append(_clean(piece), style="bold underline")
        else:
            out.append(f"**{_clean(piece)}**")
    return out


def _verdict_text(verdict: Verdict) -> Text:
    return Text(f"{SYMBOL[verdict]} {verdict.value}", style=_TERM_STYLE[verdict])


def _source_text(check: ClaimCheck, color: bool) -> Text:
    sentences = _evidence_sentences(check)
    if not sentences:
        return Text("—", style="dim")
    return Text("\n").join(_emphasised(pieces, color) for pieces in sentences)


def _checks_table(checks: Sequence[ClaimCheck], color: bool, *, claims: bool) -> Table:
    """One row per check. A result's table names the figure (its summary is printed above);
    a check report's table shows the checked sentence with the figure highlighted."""
    table = Table(box=box.ROUNDED, show_lines=True, expand=True, header_style="bold")
    table.add_column("verdict", no_wrap=True)
    if claims:
        table.add_column("claim", ratio=4, overflow="fold")
    else:
        table.add_column("figure", ratio=2, overflow="fold")
    table.add_column("why", ratio=3, overflow="fold")
    table.add_column("the article says", ratio=6, overflow="fold")
    for check in checks:
        stated = (
            _emphasised(_claim_segments(check), color)
            if claims
            else Text(_one_line(figure_of(check)) or _one_line(check.claim), style="bold")
        )
        table.add_row(
            _verdict_text(check.verdict),
            stated,
            Text(describe_reasons(check)),
            _source_text(check, color),
        )
    return table


def _repair_table(result: Result) -> list[Text | Table]:
    parts: list[Text | Table] = []
    for number, round_ in enumerate(result.rounds[:-1], start=1):
        flagged = [c for c in round_.checks if c.verdict is not Verdict.SUPPORTED]
        if not flagged:
            continue
        parts.append(
            Text(
                f"Caught in round {number}: {len(flagged)} of {len(round_.checks)} claims "
                "flagged and sent back for repair",
                style="bold",
            )
        )
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for check in flagged:
            line = Text(_one_line(check.claim))
            line.append(f" ({describe_reasons(check)})", style="dim")
            grid.add_row(_verdict_text(check.verdict), line)
        parts.append(grid)
    return parts


def _terminal_result(result: Result, color: bool, width: int | None) -> str:
    console, out = _console(color, width)
    draft = result.summary
    parts: list[Text | Table] = [Text(_one_line(draft.headline), style="bold"), Text("")]
    parts.append(Text(_one_line(draft.summary)))
    if draft.key_points:
        parts.append(Text(""))
        points = Table.grid(padding=(0, 1))
        points.add_column(no_wrap=True)
        points.add_column(overflow="fold")
        for point in draft.key_points:
            points.add_row("•", Text(_one_line(point)))
        parts.append(points)  # a grid, so a wrapped point hangs under its own text
    parts.append(Text(""))
    article = result.article
    source = " — ".join(_one_line(p) for p in (article.title, article.site_name, article.url) if p)
    if source:
        parts.append(Text(f"Source: {source}", style="dim"))
    parts.append(Text(_engine_line(result), style="dim"))
    if result.claims:
        parts.append(_checks_table(result.claims, color, claims=False))
    parts.append(Text(_totals_line(result.claims), style="bold"))
    repair = _repair_table(result)
    if repair:
        parts.append(Text(""))
        parts.extend(repair)
    console.print(Group(*parts))
    return _trimmed(out.getvalue())


def _terminal_report(report: CheckReport, color: bool, width: int | None) -> str:
    console, out = _console(color, width)
    if report.checks:
        console.print(_checks_table(report.checks, color, claims=True))
    console.print(Text(_totals_line(report.checks), style="bold"))
    return _trimmed(out.getvalue())


# --- markdown ---------------------------------------------------------------------------------

# Everything that can open a link/image ([ ] ( )), raw HTML or an autolink (< >), an entity (&),
# emphasis or code (* _ ` ~), a table cell (|), math on GitHub ($) or an escape (\).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()<>|~$&!])")


def md_escape_inline(text: str) -> str:
    """Backslash-escape every Markdown-special character in ``text`` (kept on one line)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", _clean(text)))


def md_escape_start(text: str) -> str:
    """Escape what only matters at the start of a line: a heading, list, quote or rule."""
    text = re.sub(r"^(\s*)([#>+\-=])", r"\1\\\2", text)
    return re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", text)  # "1." starts a list; "1\." does not


def md_escape(text: str) -> str:
    """Escape article-derived text for Markdown: it stays text in any CommonMark/GFM renderer."""
    return md_escape_start(md_escape_inline(_one_line(text)))


def _md_emphasised(pieces: list[tuple[str, bool]]) -> str:
    out = []
    for piece, highlighted in pieces:
        if not highlighted:
            out.append(md_escape_inline(piece))
            continue
        # ** must touch the figure, so spaces at its edges move outside the emphasis.
        core = piece.strip()
        lead = " " if piece[:1].isspace() else ""
        trail = " " if piece[-1:].isspace() else ""
        out.append(f"{lead}**{md_escape_inline(core)}**{trail}")
    return md_escape_start("".join(out))


def _md_table(checks: Sequence[ClaimCheck]) -> list[str]:
    lines = [
        "| # | Verdict | Claim | Why | The article says |",
        "| ---: | --- | --- | --- | --- |",
    ]
    for number, check in enumerate(checks, start=1):
        others, verbatim = _sources_besides_claim(check)
        sources = "<br>".join(
            (["the claim's own sentence, word for word"] if verbatim else [])
            + [_md_emphasised(pieces) for pieces in others]
        )
        lines.append(
            f"| {number} | {SYMBOL[check.verdict]} {check.verdict.value} "
            f"| {_md_emphasised(_claim_segments(check))} "
            f"| {md_escape(describe_reasons(check))} | {sources or '—'} |"
        )
    return lines


def _markdown_result(result: Result) -> str:
    draft = result.summary
    article = result.article
    lines = [f"## {md_escape(draft.headline)}", "", md_escape(draft.summary), ""]
    if draft.key_points:
        lines += [f"- {md_escape(point)}" for point in draft.key_points] + [""]
    title = md_escape(article.title or article.url or "the article")
    url = _safe_url(article.url)
    # The URL goes inside <...> so parentheses or spaces in it cannot end the link early.
    source = f"[{title}](<{url.replace('>', '%3E')}>)" if url else title
    lines += [f"Source: {source}. {md_escape(_engine_line(result))}", ""]
    lines += [f"### {_totals_line(result.claims)}", ""]
    lines += _md_table(result.claims) if result.claims else []
    caught = [
        (number, [c for c in round_.checks if c.verdict is not Verdict.SUPPORTED])
        for number, round_ in enumerate(result.rounds[:-1], start=1)
    ]
    for number, flagged in caught:
        if not flagged:
            continue
        lines += ["", f"### Caught in round {number} and sent back for repair", ""]
        lines += [
            f"- {SYMBOL[c.verdict]} {c.verdict.value}: {md_escape(c.claim)} "
            f"({md_escape(describe_reasons(c))})"
            for c in flagged
        ]
    return "\n".join(lines) + "\n"


def _markdown_report(report: CheckReport) -> str:
    table = _md_table(report.checks) if report.checks else []
    lines = [f"### {_totals_line(report.checks)}", "", *table]
    return "\n".join(lines) + "\n"


# --- HTML -------------------------------------------------------------------------------------

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


def _html_emphasised(pieces: list[tuple[str, bool]], mark_class: str) -> Markup:
    return Markup("").join(
        Markup('<mark class="{}">{}</mark>').format(mark_class, piece)
        if highlighted
        else escape(piece)
        for piece, highlighted in pieces
    )


def _highlight_article(text: str, claims: list[_HtmlClaim]) -> Markup:
    """The article as escaped HTML with every located evidence span wrapped in a <mark>.

    Spans may overlap (two claims citing one figure, a figure inside a cited sentence): the
    text is cut at every span boundary and each piece is marked with every claim covering it,
    coloured by the most severe verdict among them.
    """
    covering: list[tuple[int, int, _HtmlClaim, str]] = []
    for claim in claims:
        for evidence in claim.check.evidence:
            located = _span_in_article(text, evidence)
            if located is not None:
                covering.append((located[0], located[1], claim, located[2]))
                claim.located = True
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in covering} | {e for _, e, _, _ in covering})
    pieces: list[Markup] = []
    for start, end in itertools.pairwise(cuts):
        here = [(c, kind) for s, e, c, kind in covering if s <= start and end <= e]
        if not here:
            # A lone newline is a paragraph break in extracted text: give it visible space
            # with an empty element, so the report's text stays exactly the article's.
            pieces.append(
                Markup('\n<span class="gap"></span>').join(
                    escape(_clean(part)) for part in _LONE_NEWLINE.split(text[start:end])
                )
            )
            continue
        mark_id = f"m{len(pieces)}"
        owners = list(dict.fromkeys(c for c, _ in here))
        worst = max((c.check.verdict for c in owners), key=_SEVERITY.__getitem__)
        kind = "figure" if any(k == "figure" for _, k in here) else "sentence"
        for owner in owners:
            owner.marks.append(mark_id)
        title = "; ".join(
            f"claim {c.number}: {SYMBOL[c.check.verdict]} {c.check.verdict.value}" for c in owners
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
                "".join(
                    SYMBOL[v]
                    for v in sorted({c.check.verdict for c in owners}, key=_SEVERITY.__getitem__)[
                        ::-1
                    ]
                ),
                title,
                _clean(text[start:end]),
            )
        )
    return Markup("").join(pieces)


@lru_cache(maxsize=1)
def _environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("factcheck", "templates"),
        autoescape=select_autoescape(["html", "j2", "jinja"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _asset(name: str) -> str:
    env = _environment()
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
        others, verbatim = _sources_besides_claim(check)
        views.append(
            {
                "id": f"c{claim.number}",
                "number": claim.number,
                "verdict": check.verdict.value,
                "symbol": SYMBOL[check.verdict],
                "origin": check.origin,
                "figure": figure_of(check),
                "claim": _html_emphasised(_claim_segments(check), "figure"),
                "why": describe_reasons(check),
                "sources": [
                    _html_emphasised(pieces, f"{check.verdict.value} figure") for pieces in others
                ],
                "verbatim": verbatim,
                "marks": claim.marks,
                "located": claim.located,
            }
        )
    counts = _counts(checks)
    template = _environment().get_template("report.html.j2")
    return template.render(
        csp=csp,
        css=Markup(css),  # packaged asset, never article data
        script=Markup(script),  # packaged asset, never article data
        headline=_one_line(headline),
        summary=_one_line(summary),
        key_points=[_one_line(p) for p in key_points],
        kicker=kicker,
        about=about,
        claims_heading=claims_heading,
        article=article,
        article_url=_safe_url(article.url),
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


def _html_result(result: Result) -> str:
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
                            "claim": _one_line(c.claim),
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
        about=_engine_line(result),
        claims_heading="Figures in the summary",
        rounds=rounds,
        version=result.provenance.factcheck_version,
    )


def _html_report(report: CheckReport, source: Article, text: str | None) -> str:
    from factcheck import __version__

    title = source.title or source.url
    return _html_page(
        article=source,
        checks=report.checks,
        headline=f"Figures checked against “{_one_line(title)}”"
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


# --- entry points --------------------------------------------------------------------------


def result_schema() -> str:
    """The JSON Schema of ``Result`` (what ``--format json`` writes), as indented JSON."""
    return json.dumps(Result.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def render_result(
    result: Result, fmt: str = "table", *, color: bool | None = None, width: int | None = None
) -> str:
    """Render a summarize ``Result`` as ``table``, ``json``, ``markdown`` or ``html``.

    ``color`` applies to ``table`` only; ``None`` means plain text (the CLI passes ``True``
    when stdout is a terminal and ``NO_COLOR`` is unset). ``width`` is the terminal width for
    ``table`` (default 100 columns); long cells wrap within it.
    """
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    if fmt == "table":
        return _terminal_result(result, bool(color), width)
    if fmt == "markdown":
        return _markdown_result(result)
    if fmt == "html":
        return _html_result(result)
    raise InputError(f"unknown output format {fmt!r}: choose one of {', '.join(RESULT_FORMATS)}")


def render_report(
    report: CheckReport,
    fmt: str = "table",
    *,
    color: bool | None = None,
    width: int | None = None,
    source: Article | None = None,
    text: str | None = None,
) -> str:
    """Render a ``check`` command's ``CheckReport`` as ``table``, ``json``, ``markdown`` or
    ``html``. The HTML report shows the ``source`` article with every figure marked, so it
    needs the source (``text``, the text that was checked, is shown above the claims)."""
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    if fmt == "table":
        return _terminal_report(report, bool(color), width)
    if fmt == "markdown":
        return _markdown_report(report)
    if fmt == "html":
        if source is None:
            raise InputError("the html format needs the source article (source=...)")
        return _html_report(report, source, text)
    raise InputError(f"unknown output format {fmt!r}: choose one of {', '.join(REPORT_FORMATS)}")
