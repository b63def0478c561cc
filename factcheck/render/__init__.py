"""Output formats: a terminal table (rich), JSON, Markdown and a standalone HTML report.

Every renderer returns a string; the CLI decides where it goes and whether it is coloured
(this package never prints and never reads the environment).

Article text is hostile until proven otherwise; each format guards against it in its own
module (``terminal``, ``markdown``, ``html_report``), on top of what they share (``common``).
"""

from __future__ import annotations

import json

from factcheck.errors import InputError
from factcheck.models import Article, CheckOutput, CheckReport, Result
from factcheck.render.common import REASON_TEXT, SYMBOL, describe_reasons, figure_of
from factcheck.render.html_report import PALETTE, html_report, html_result
from factcheck.render.markdown import markdown_report, markdown_result, md_escape
from factcheck.render.terminal import terminal_report, terminal_result

RESULT_FORMATS: tuple[str, ...] = ("table", "json", "markdown", "html")
REPORT_FORMATS: tuple[str, ...] = ("table", "json", "markdown", "html")

__all__ = [
    "PALETTE",
    "REASON_TEXT",
    "REPORT_FORMATS",
    "RESULT_FORMATS",
    "SYMBOL",
    "check_schema",
    "describe_reasons",
    "figure_of",
    "md_escape",
    "render_report",
    "render_result",
    "result_schema",
]


def result_schema() -> str:
    """The JSON Schema of ``Result`` (what ``--format json`` writes), as indented JSON."""
    return json.dumps(Result.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def check_schema() -> str:
    """The JSON Schema of ``CheckOutput`` (what ``check --format json`` writes), indented."""
    return json.dumps(CheckOutput.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def render_result(
    result: Result,
    fmt: str = "table",
    *,
    color: bool | None = None,
    width: int | None = None,
    only_flagged: bool = False,
) -> str:
    """Render a summarize ``Result`` as ``table``, ``json``, ``markdown`` or ``html``.

    ``color`` applies to ``table`` only; ``None`` means plain text (the CLI passes ``True``
    when stdout is a terminal and ``NO_COLOR`` is unset). ``width`` is the terminal width for
    ``table`` (default 100 columns); long cells wrap within it. ``only_flagged`` keeps only
    the sentences not supported in the ``table`` and ``markdown`` tables (JSON and HTML are
    always whole).
    """
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    if fmt == "table":
        return terminal_result(result, bool(color), width, only_flagged=only_flagged)
    if fmt == "markdown":
        return markdown_result(result, only_flagged=only_flagged)
    if fmt == "html":
        return html_result(result)
    raise InputError(f"unknown output format {fmt!r}: choose one of {', '.join(RESULT_FORMATS)}")


def render_report(
    report: CheckReport,
    fmt: str = "table",
    *,
    color: bool | None = None,
    width: int | None = None,
    source: Article | None = None,
    text: str | None = None,
    only_flagged: bool = False,
) -> str:
    """Render a ``check`` command's ``CheckReport`` as ``table``, ``json``, ``markdown`` or
    ``html``. The HTML report shows the ``source`` article with every figure marked, so it
    needs the source (``text``, the text that was checked, is shown above the claims). The JSON
    is a :class:`~factcheck.models.CheckOutput`: versioned, naming the source, with totals."""
    if fmt == "json":
        return CheckOutput.of(report, source).model_dump_json(indent=2) + "\n"
    if fmt == "table":
        return terminal_report(report, bool(color), width, only_flagged=only_flagged)
    if fmt == "markdown":
        return markdown_report(report, only_flagged=only_flagged)
    if fmt == "html":
        if source is None:
            raise InputError("the html format needs the source article (source=...)")
        return html_report(report, source, text)
    raise InputError(f"unknown output format {fmt!r}: choose one of {', '.join(REPORT_FORMATS)}")
