"""The Markdown view, fit to paste into an editorial note or a ticket.

Every character that could start a link, an image, raw HTML, an entity, emphasis, code, a
table cell or GitHub math is backslash-escaped, so article text stays text in any
CommonMark/GFM renderer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.models import CheckReport, ClaimCheck, Result, Verdict
from factcheck.render.common import (
    SYMBOL,
    Pieces,
    claim_segments,
    clean,
    describe_reasons,
    engine_line,
    mixed,
    one_line,
    safe_url,
    sources_besides_claim,
    table_rows,
    totals_line,
)

# Everything that can open a link/image ([ ] ( )), raw HTML or an autolink (< >), an entity (&),
# emphasis or code (* _ ` ~), a table cell (|), math on GitHub ($) or an escape (\).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()<>|~$&!])")


def md_escape_inline(text: str) -> str:
    """Backslash-escape every Markdown-special character in ``text`` (kept on one line)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", clean(text)))


def md_escape_start(text: str) -> str:
    """Escape what only matters at the start of a line: a heading, list, quote or rule."""
    text = re.sub(r"^(\s*)([#>+\-=])", r"\1\\\2", text)
    return re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", text)  # "1." starts a list; "1\." does not


def md_escape(text: str) -> str:
    """Escape article-derived text for Markdown: it stays text in any CommonMark/GFM renderer."""
    return md_escape_start(md_escape_inline(one_line(text)))


def _md_emphasised(pieces: Pieces, symbols: bool = False) -> str:
    """Figures in bold; with ``symbols`` (a claim whose figures disagree) each is followed by its
    own verdict's symbol, since Markdown has no colour to tell them apart."""
    out = []
    for piece, mark in pieces:
        if not mark:
            out.append(md_escape_inline(piece))
            continue
        # ** must touch the figure, so spaces at its edges move outside the emphasis.
        core = piece.strip()
        lead = " " if piece[:1].isspace() else ""
        trail = " " if piece[-1:].isspace() else ""
        symbol = f" {SYMBOL[mark]}" if symbols and isinstance(mark, Verdict) else ""
        out.append(f"{lead}**{md_escape_inline(core)}**{symbol}{trail}")
    return md_escape_start("".join(out))


def _md_table(checks: Sequence[ClaimCheck], only_flagged: bool = False) -> list[str]:
    """One row per checked sentence, flagged rows first (see ``common.table_rows``)."""
    rows = table_rows(checks, only_flagged=only_flagged)
    if not rows:
        return []
    lines = [
        "| # | Verdict | Claim | Why | The article says |",
        "| ---: | --- | --- | --- | --- |",
    ]
    for number, check in enumerate((row.check for row in rows), start=1):
        others, verbatim = sources_besides_claim(check)
        sources = "<br>".join(
            (["the claim's own sentence, word for word"] if verbatim else [])
            + [_md_emphasised(pieces, mixed(check)) for pieces in others]
        )
        lines.append(
            f"| {number} | {SYMBOL[check.verdict]} {check.verdict.value} "
            f"| {_md_emphasised(claim_segments(check), mixed(check))} "
            f"| {md_escape(describe_reasons(check))} | {sources or '—'} |"
        )
    return lines


def markdown_result(result: Result, *, only_flagged: bool = False) -> str:
    """A summarize result as Markdown: summary, a table of claims, what repair caught."""
    draft = result.summary
    article = result.article
    lines = [f"## {md_escape(draft.headline)}", "", md_escape(draft.summary), ""]
    if draft.key_points:
        lines += [f"- {md_escape(point)}" for point in draft.key_points] + [""]
    title = md_escape(article.title or article.url or "the article")
    url = safe_url(article.url)
    # The URL goes inside <...> so parentheses or spaces in it cannot end the link early.
    source = f"[{title}](<{url.replace('>', '%3E')}>)" if url else title
    lines += [f"Source: {source}. {md_escape(engine_line(result))}", ""]
    lines += [f"### {totals_line(result.claims)}", ""]
    lines += _md_table(result.claims, only_flagged)
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


def markdown_report(report: CheckReport, *, only_flagged: bool = False) -> str:
    """A check report as Markdown: the totals and a table of claims."""
    table = _md_table(report.checks, only_flagged)
    lines = [f"### {totals_line(report.checks)}", "", *table]
    return "\n".join(lines) + "\n"
