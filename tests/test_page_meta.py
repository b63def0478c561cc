"""The page's metadata, read once for every extraction pass, is trafilatura's own for every field
factcheck reads (factcheck._page_meta copies extract_metadata less categories, tags, licence)."""

from __future__ import annotations

from pathlib import Path

import pytest
from trafilatura.metadata import extract_metadata

from factcheck._page_meta import page_metadata, parse_page
from factcheck.extract import html_to_article

_FIELDS = ("title", "author", "url", "hostname", "date", "sitename", "language", "description")

_JSON_LD = """<html><head><title>Rates rise again | The Daily Ledger</title>
<link rel="canonical" href="https://ledger.example/markets/rates-rise">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Rates rise again", "datePublished": "2024-03-05",
"author": {"@type": "Person", "name": "Ada Byron"},
"publisher": {"@type": "Organization", "name": "The Daily Ledger"}}</script></head>
<body><article><h1>Rates rise again</h1><p>The central bank raised its rate by 0.25 points to
4.5%, the third rise this year, and said 12 of its 15 members had voted for it.</p></article>
<footer><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a></footer>
</body></html>"""

_BYLINE_ONLY = """<html lang="en"><head><title>Flood waters recede</title>
<meta property="og:site_name" content="river news"></head><body>
<div class="byline">By Grace Hopper and Alan Turing</div><p class="meta-date">May 2, 2023</p>
<article><p>About 3,000 people returned home on Tuesday after the river fell by 2 metres.</p>
<p>Officials said 40 homes were still without power.</p></article>
<div class="tags"><a href="/tag/floods/">floods</a></div></body></html>"""

_BARE = "<html><body><p>Nothing but a paragraph with 5 figures in 2021.</p></body></html>"


def _pages(examples_dir: Path) -> list[str]:
    ramstein = (examples_dir / "ramstein.html").read_text(encoding="utf-8")
    return [ramstein, _JSON_LD, _BYLINE_ONLY, _BARE]


@pytest.mark.parametrize("number", range(4))
@pytest.mark.parametrize("url", [None, "https://news.example/2024/story"])
def test_the_metadata_read_once_is_trafilaturas(
    examples_dir: Path, number: int, url: str | None
) -> None:
    html = _pages(examples_dir)[number]
    ours = page_metadata(parse_page(html), url)
    theirs = extract_metadata(parse_page(html), url)
    for field in _FIELDS:
        assert getattr(ours, field) == getattr(theirs, field), field


def test_a_page_still_loads_its_byline_date_and_site(examples_dir: Path) -> None:
    article = html_to_article(_JSON_LD)
    assert (article.byline, article.published, article.site_name) == (
        "Ada Byron",
        "2024-03-05",
        "The Daily Ledger",
    )
