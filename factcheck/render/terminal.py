"""The terminal view: headline, summary, then a table of claims (rich).

Built from rich ``Text`` objects, never markup strings, with control characters dropped, so
article text is printed as it is and cannot drive the terminal.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from factcheck.models import CheckReport, ClaimCheck, Result, Verdict
from factcheck.render.common import (
    SYMBOL,
    Pieces,
    claim_segments,
    clean,
    describe_reasons,
    engine_line,
    evidence_sentences,
    figure_of,
    figure_verdicts,
    mixed,
    one_line,
    totals_line,
)

DEFAULT_WIDTH = 100
_TERM_STYLE = {
    Verdict.SUPPORTED: "bold green",
    Verdict.CONTRADICTED: "bold red",
    Verdict.UNSUPPORTED: "bold yellow",
}


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


_FIGURE_COLOUR = {
    Verdict.SUPPORTED: "green",
    Verdict.CONTRADICTED: "red",
    Verdict.UNSUPPORTED: "yellow",
}


def _emphasised(pieces: Pieces, color: bool, symbols: bool = False) -> Text:
    """Highlighted pieces bold+underlined in their verdict's colour, or wrapped in ** ** when
    there is no styling. With ``symbols`` each figure is followed by its verdict's symbol: a
    claim whose figures disagree must say which one is wrong without colour too."""
    out = Text()
    for piece, mark in pieces:
        if not mark:
            out.append(clean(piece))
            continue
        verdict = mark if isinstance(mark, Verdict) else None
        if color:
            style = "bold underline" + (f" {_FIGURE_COLOUR[verdict]}" if verdict else "")
            out.append(clean(piece), style=style)
        else:
            out.append(f"**{clean(piece)}**")
        if symbols and verdict is not None:
            out.append(f" {SYMBOL[verdict]}", style=_TERM_STYLE[verdict] if color else "")
    return out


def _verdict_text(verdict: Verdict) -> Text:
    return Text(f"{SYMBOL[verdict]} {verdict.value}", style=_TERM_STYLE[verdict])


def _source_text(check: ClaimCheck, color: bool) -> Text:
    sentences = evidence_sentences(check)
    if not sentences:
        return Text("—", style="dim")
    return Text("\n").join(_emphasised(pieces, color, mixed(check)) for pieces in sentences)


def _figures_text(check: ClaimCheck, color: bool) -> Text:
    """The figures a claim states, each in its own verdict's colour (and symbol if mixed)."""
    located = figure_verdicts(check)
    if not located:
        return Text(one_line(figure_of(check)) or one_line(check.claim), style="bold")
    out = Text(style="bold")
    for number, (start, end, verdict) in enumerate(located):
        if number:
            out.append(", ")
        figure = one_line(check.claim[start:end])
        out.append(figure, style=_FIGURE_COLOUR[verdict] if color else "")
        if mixed(check):
            out.append(f" {SYMBOL[verdict]}", style=_TERM_STYLE[verdict] if color else "")
    return out


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
            _emphasised(claim_segments(check), color, mixed(check))
            if claims
            else _figures_text(check, color)
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
            line = Text(one_line(check.claim))
            line.append(f" ({describe_reasons(check)})", style="dim")
            grid.add_row(_verdict_text(check.verdict), line)
        parts.append(grid)
    return parts


def terminal_result(result: Result, color: bool, width: int | None) -> str:
    """A summarize result for the terminal, ``width`` columns wide, coloured if asked."""
    console, out = _console(color, width)
    draft = result.summary
    parts: list[Text | Table] = [Text(one_line(draft.headline), style="bold"), Text("")]
    parts.append(Text(one_line(draft.summary)))
    if draft.key_points:
        parts.append(Text(""))
        points = Table.grid(padding=(0, 1))
        points.add_column(no_wrap=True)
        points.add_column(overflow="fold")
        for point in draft.key_points:
            points.add_row("•", Text(one_line(point)))
        parts.append(points)  # a grid, so a wrapped point hangs under its own text
    parts.append(Text(""))
    article = result.article
    source = " — ".join(one_line(p) for p in (article.title, article.site_name, article.url) if p)
    if source:
        parts.append(Text(f"Source: {source}", style="dim"))
    parts.append(Text(engine_line(result), style="dim"))
    if result.claims:
        parts.append(_checks_table(result.claims, color, claims=False))
    parts.append(Text(totals_line(result.claims), style="bold"))
    repair = _repair_table(result)
    if repair:
        parts.append(Text(""))
        parts.extend(repair)
    console.print(Group(*parts))
    return _trimmed(out.getvalue())


def terminal_report(report: CheckReport, color: bool, width: int | None) -> str:
    """A check report for the terminal: the claims table and the totals."""
    console, out = _console(color, width)
    if report.checks:
        console.print(_checks_table(report.checks, color, claims=True))
    console.print(Text(totals_line(report.checks), style="bold"))
    return _trimmed(out.getvalue())
