"""Article-extraction benchmark: how much of the real article text each extractor returns.

Usage::

    python benchmarks/bench_extract.py                       # extraction-dev + benchmarks/pages
    python benchmarks/bench_extract.py --data DIR [--data DIR2 ...] [--worst 5]

A data folder holds ``ground-truth.json`` (``{id: {"articleBody": str, "url": str}}``) and
``html/<id>.html`` or ``html/<id>.html.gz`` (the layout of the Zyte/Scrapinghub benchmark, which
``benchmarks/pages/`` copies).

Metric (the Zyte benchmark's own): tokens are ``\\w+`` matches; per page, the 4-word shingles of
the gold text and of the extracted text are compared as multisets (tp = shared, fp = extra,
fn = missing); precision and recall are averaged over pages, F1 is computed from the two means.
Conventions for degenerate pages: an empty gold text (a cookie wall: nothing should come out)
scores P = R = 1 when the extractor returns nothing and P = 0, R = 1 when it returns text; an
extractor that returns nothing (or raises) for a page with a gold text scores P = R = 0.

Extractors compared in the same run, on the same decoded HTML:
    factcheck      ``factcheck.article.html_to_article`` (what ``load_article`` does after fetching)
    trafilatura    ``trafilatura.extract(html)`` with its defaults
    readability    readability-lxml's ``Document(html).summary()`` as text (``pip install
                   readability-lxml``, in the ``bench`` extra; skipped with a note when absent)
Pages per second is pages over the CPU seconds this process spent on the whole set (HTML already
in memory), after one untimed pass (lazy imports are start-up cost, not per-page work).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = [Path("/work/shared/data/extraction-dev"), HERE / "pages"]

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-word shingles of ``text`` (``\\w+`` tokens)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_scores(gold: str, predicted: str) -> tuple[float, float]:
    """Precision and recall of one page, with the conventions in the module docstring."""
    gold_sh, pred_sh = shingles(gold), shingles(predicted)
    if not gold_sh:
        return (1.0, 1.0) if not pred_sh else (0.0, 1.0)
    if not pred_sh:
        return 0.0, 0.0
    tp = sum((gold_sh & pred_sh).values())
    return tp / sum(pred_sh.values()), tp / sum(gold_sh.values())


@dataclass
class Page:
    id: str
    url: str | None
    html: str
    gold: str


def load_pages(folder: Path) -> list[Page]:
    """Read a benchmark folder; HTML is decoded the way ``load_article`` decodes a file."""
    from factcheck.article import decode_html

    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        gz = folder / "html" / f"{page_id}.html.gz"
        raw = (
            gzip.decompress(gz.read_bytes())
            if gz.exists()
            else (folder / "html" / f"{page_id}.html").read_bytes()
        )
        pages.append(Page(page_id, entry.get("url"), decode_html(raw), entry["articleBody"]))
    return pages


def _factcheck(page: Page) -> str:
    from factcheck.article import html_to_article
    from factcheck.errors import ExtractionError

    try:
        return html_to_article(page.html, url=page.url).text
    except ExtractionError:
        return ""


def _trafilatura(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.html) or ""


def _readability(page: Page) -> str:
    import lxml.html
    from readability import Document

    summary = Document(page.html).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    # One line per block, as the other extractors give, so shingles do not run across blocks.
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "tr", "br", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()


def extractors() -> dict[str, Callable[[Page], str]]:
    found: dict[str, Callable[[Page], str]] = {
        "factcheck": _factcheck,
        "trafilatura": _trafilatura,
    }
    try:
        import readability  # noqa: F401
    except ImportError:
        print(
            "note: readability-lxml is not installed (pip install readability-lxml); skipped",
            file=sys.stderr,
        )
    else:
        found["readability"] = _readability
    return found


@dataclass
class Score:
    precision: float
    recall: float
    pages_per_second: float
    per_page: list[tuple[str, float, float]]

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(pages: list[Page], extract: Callable[[Page], str]) -> Score:
    per_page = []
    for page in pages:
        # An untimed pass first: trafilatura imports parts of itself lazily on the first page
        # that needs them (over a second), which is start-up cost, not per-page work.
        extract(page)
    # CPU time of this process: the extractors are single-threaded and CPU-bound, and on a
    # shared machine wall-clock mostly measures the neighbours.
    started = time.process_time()
    outputs = [extract(page) for page in pages]
    elapsed = time.process_time() - started
    for page, output in zip(pages, outputs, strict=True):
        p, r = page_scores(page.gold, output)
        per_page.append((page.id, p, r))
    n = len(pages)
    return Score(
        precision=sum(p for _, p, _ in per_page) / n,
        recall=sum(r for _, _, r in per_page) / n,
        pages_per_second=n / elapsed if elapsed else float("inf"),
        per_page=per_page,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        help="benchmark folder (repeatable); default: extraction-dev and benchmarks/pages",
    )
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages by F1")
    args = parser.parse_args(argv)
    folders = args.data or [folder for folder in DEFAULT_DATA if folder.exists()]
    found = extractors()
    for folder in folders:
        if not (folder / "ground-truth.json").exists():
            print(f"{folder}: no ground-truth.json, skipped", file=sys.stderr)
            continue
        pages = load_pages(folder)
        print(f"\n{folder} ({len(pages)} pages)")
        print(f"{'extractor':<14}{'precision':>10}{'recall':>10}{'F1':>10}{'pages/s':>10}")
        for name, extract in found.items():
            score = evaluate(pages, extract)
            print(
                f"{name:<14}{score.precision:>10.4f}{score.recall:>10.4f}"
                f"{score.f1:>10.4f}{score.pages_per_second:>10.1f}"
            )
            if args.worst:
                worst = sorted(score.per_page, key=lambda row: _f1(row[1], row[2]))[: args.worst]
                for page_id, p, r in worst:
                    print(f"    {page_id}: P={p:.3f} R={r:.3f}")
    return 0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    sys.exit(main())
