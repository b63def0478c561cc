"""Output formats: terminal table (rich), JSON. (Markdown and HTML land with the output issue.)"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from factcheck.models import CheckReport, Verdict

_SYMBOL = {Verdict.SUPPORTED: "✓", Verdict.CONTRADICTED: "✗", Verdict.UNSUPPORTED: "?"}
_STYLE = {Verdict.SUPPORTED: "green", Verdict.CONTRADICTED: "bold red", Verdict.UNSUPPORTED: "yellow"}


def render_report(report: CheckReport, fmt: str = "table", *, color: bool = False) -> str:
    """Render a ``CheckReport`` as ``table`` or ``json``."""
    if fmt == "json":
        return report.model_dump_json(indent=2) + "\n"
    table = Table(show_lines=True)
    table.add_column("verdict")
    table.add_column("claim")
    table.add_column("reasons")
    table.add_column("source sentence")
    for check in report.checks:
        evidence = check.evidence[0].sentence if check.evidence else ""
        table.add_row(
            f"[{_STYLE[check.verdict]}]{_SYMBOL[check.verdict]} {check.verdict}[/]",
            check.claim,
            ", ".join(check.reasons),
            evidence,
        )
    out = io.StringIO()
    Console(file=out, width=120, no_color=not color, force_terminal=color).print(table)
    return out.getvalue()
