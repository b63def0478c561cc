"""The terminal view: headline, summary, then a table of the checked sentences (rich).

One row per checked sentence, flagged rows first, each figure followed by its own verdict's
mark; a result's table says where each sentence comes from (headline, summary, key point,
claim); a figure the checker computed shows its computation; a supported row always says why.

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
    Row,
    claim_segments,
    clean,
    computations,
    describe_reasons,
    engine_line,
    mixed,
    one_line,
    sources_besides_claim,
    support_note,
    table_rows,
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
    """The evidence: each computation, then each source sentence with its figures marked.
    Never empty on a supported row; "—" only where the article has nothing to show."""
    lines = [Text(f"computed: {one_line(words)}") for words in computations(check)]
    others, verbatim = sources_besides_claim(check)
    if verbatim:  # an extractive sentence: repeating it would say nothing new
        lines.append(Text("the same sentence, word for word", style="dim"))
    lines += [_emphasised(pieces, color, mixed(check)) for pieces in others]
    if not lines:
        if check.verdict is Verdict.SUPPORTED:
            return Text(support_note(check), style="dim")
        return Text("—", style="dim")
    return Text("\n").join(lines)


def _checks_table(rows: Sequence[Row], color: bool, *, origins: bool) -> Table:
    """One row per checked sentence, every figure in it marked with its own verdict; with
    ``origins``, a column saying where in the output the sentence comes from."""
    table = Table(box=box.ROUNDED, show_lines=True, expand=True, header_style="bold")
    table.add_column("verdict", no_wrap=True)
    if origins:
        table.add_column("from", no_wrap=True)
    table.add_column("sentence", ratio=5, overflow="fold")
    table.add_column("why", ratio=3, overflow="fold")
    table.add_column("the article says", ratio=6, overflow="fold")
    for row in rows:
        check = row.check
        cells = [_verdict_text(check.verdict)]
        if origins:
            cells.append(Text("\n".join(row.origins), style="dim"))
        cells += [
            _emphasised(claim_segments(check), color, symbols=True),
            Text(describe_reasons(check)),
            _source_text(check, color),
        ]
        table.add_row(*cells)
    return table


def _shown_line(rows: Sequence[Row], checks: Sequence[ClaimCheck]) -> Text | None:
    """With --only-flagged, say what the table leaves out."""
    supported = sum(1 for check in checks if check.verdict is Verdict.SUPPORTED)
    if not supported:
        return None
    return Text(
        f"Showing only the flagged sentences: {supported} supported not shown.", style="dim"
    )


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


def terminal_result(
    result: Result, color: bool, width: int | None, *, only_flagged: bool = False
) -> str:
    """A summarize result for the terminal, ``width`` columns wide, coloured if asked; with
    ``only_flagged``, the table shows only the sentences not supported."""
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
    rows = table_rows(result.claims, only_flagged=only_flagged, draft=result.summary)
    if rows:
        parts.append(_checks_table(rows, color, origins=True))
    shown = _shown_line(rows, result.claims) if only_flagged else None
    if shown is not None:
        parts.append(shown)
    parts.append(Text(totals_line(result.claims), style="bold"))
    repair = _repair_table(result)
    if repair:
        parts.append(Text(""))
        parts.extend(repair)
    console.print(Group(*parts))
    return _trimmed(out.getvalue())


def terminal_report(
    report: CheckReport, color: bool, width: int | None, *, only_flagged: bool = False
) -> str:
    """A check report for the terminal: the table of checked sentences and the totals."""
    console, out = _console(color, width)
    rows = table_rows(report.checks, only_flagged=only_flagged)
    if rows:
        console.print(_checks_table(rows, color, origins=False))
    shown = _shown_line(rows, report.checks) if only_flagged else None
    if shown is not None:
        console.print(shown)
    console.print(Text(totals_line(report.checks), style="bold"))
    return _trimmed(out.getvalue())
