"""The terminal table as an editor reads it, before and after issue 13, on real text.

Usage::

    python benchmarks/bench_table.py                  # ../shared/data, baseline 15ea7f0
    python benchmarks/bench_table.py --data DIR --baseline REF

Two sets of tables, each rendered twice in the same run, from the same results: by this
checkout's ``factcheck/render/terminal.py`` (*now*) and by that file as it was at the git
``--baseline`` ref (*before*; read with ``git show``):

a) ``summarize --offline`` on the 91 pages of ``extraction-dev`` (the extractive engine);
b) ``check`` of every summary sentence of ``numeric-dev.jsonl`` against its source, the
   sentences of one source checked together as one text (faithful and unfaithful variants mixed,
   so every verdict appears).

Counted from the rendered text (the table is parsed back into rows and cells):

- rows, and rows whose sentence or figure cell repeats another row's in the same table;
- supported rows whose evidence cell is empty ("—"); target 0;
- flagged rows printed below a supported row (flagged rows first); target 0;
- computed figures (``FigureCheck.computation``) and the rows showing their computation;
- rows saying where the sentence comes from (a ``from`` column), for (a).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checker import check_text  # noqa: E402
from factcheck.extract import decode_html, html_to_article  # noqa: E402
from factcheck.models import CheckReport, ClaimCheck  # noqa: E402
from factcheck.pipeline import summarize  # noqa: E402
from factcheck.render import terminal  # noqa: E402

WIDTH = 140
COUNTS = (
    "rows",
    "repeated rows",
    "supported rows, empty evidence",
    "flagged rows below a supported row",
    "computed figures",
    "rows showing a computation",
    "rows saying where they come from",
)


def baseline_module(ref: str, path: str, name: str) -> ModuleType:
    """``path`` as it was at git ``ref``, imported as module ``name``."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ref}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    file = Path(tempfile.mkdtemp(prefix="factcheck-baseline-")) / f"{name}.py"
    file.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def parse_rows(rendered: str) -> tuple[list[str], list[list[str]]]:
    """The table's header cells and each row's cells (a cell's wrapped lines joined)."""
    lines = rendered.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("╭"))
        end = next(i for i, line in enumerate(lines) if line.startswith("╰"))
    except StopIteration:
        return [], []
    blocks: list[list[str]] = [[]]
    for line in lines[start + 1 : end]:
        if line.startswith("├"):
            blocks.append([])
        else:
            blocks[-1].append(line)
    rows = []
    for block in blocks:
        columns: list[list[str]] = []
        for line in block:
            cells = [cell.strip() for cell in line.split("│")[1:-1]]
            columns = columns or [[] for _ in cells]
            for column, cell in zip(columns, cells, strict=False):
                if cell:
                    column.append(cell)
        rows.append([" ".join(column) for column in columns])
    header, *body = rows
    return header, body


def count(rendered: str, checks: list[ClaimCheck], totals: dict[str, int]) -> None:
    header, rows = parse_rows(rendered)
    if not rows:
        return
    stated = 1 if header[1] != "from" else 2  # the sentence (or figure) cell
    seen: set[tuple[str, str]] = set()
    supported_above = False
    for row in rows:
        verdict = row[0]
        totals["rows"] += 1
        key = (verdict, row[stated])
        totals["repeated rows"] += key in seen
        seen.add(key)
        supported = verdict.startswith("✓")
        if supported and row[-1] in ("", "—"):
            totals["supported rows, empty evidence"] += 1
        if not supported and supported_above:
            totals["flagged rows below a supported row"] += 1
        supported_above = supported_above or supported
        totals["rows showing a computation"] += "computed:" in row[-1]
        totals["rows saying where they come from"] += header[1] == "from"
    totals["computed figures"] += sum(1 for c in checks for f in c.figures if f.computation)


def load_pages(folder: Path) -> Iterable[tuple[str, str]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, entry in sorted(truth.items()):
        gz = folder / "html" / f"{page_id}.html.gz"
        raw = gzip.decompress(gz.read_bytes()) if gz.exists() else (
            folder / "html" / f"{page_id}.html"
        ).read_bytes()  # fmt: skip
        yield entry.get("url") or "", decode_html(raw)


def measure(
    name: str, renderers: dict[str, Callable[..., str]], items: list[tuple[object, list]]
) -> None:
    print(f"\n{name}: {len(items)} tables")
    results: dict[str, dict[str, int]] = {}
    for label, render in renderers.items():
        totals: dict[str, int] = defaultdict(int)
        for item, checks in items:
            count(render(item, False, WIDTH), checks, totals)
        results[label] = totals
    keys = COUNTS
    labels = list(results)
    print(f"  {'':40}" + "".join(f"{label:>22}" for label in labels))
    for key in keys:
        print(f"  {key:40}" + "".join(f"{results[label][key]:>22}" for label in labels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--baseline", default="15ea7f0")
    args = parser.parse_args()
    old = baseline_module(args.baseline, "factcheck/render/terminal.py", "baseline_terminal")

    results = []
    for url, html in load_pages(args.data / "extraction-dev"):
        try:
            result = summarize(html_to_article(html, url=url), offline=True)
        except Exception as exc:  # a page with no article: not a table
            print(f"  skipped {url}: {type(exc).__name__}", file=sys.stderr)
            continue
        results.append((result, result.claims))
    measure(
        "a) summarize --offline, extraction-dev",
        {
            f"before ({args.baseline})": old.terminal_result,
            "now": terminal.terminal_result,
        },
        results,
    )

    by_source: dict[str, tuple[str, list[str]]] = {}
    with (args.data / "numeric-dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            source, sentences = by_source.setdefault(row["doc_id"], (row["source_text"], []))
            sentences.append(row["sentence"])
    reports = []
    for source, sentences in by_source.values():
        report = check_text(source, "\n".join(sentences))
        reports.append((report, report.checks))
    measure(
        "b) check, numeric-dev (one text per source)",
        {
            f"before ({args.baseline})": old.terminal_report,
            "now": terminal.terminal_report,
        },
        reports,
    )
    assert all(isinstance(r, CheckReport) for r, _ in reports)


if __name__ == "__main__":
    main()
