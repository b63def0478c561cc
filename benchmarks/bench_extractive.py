"""How the no-model output reads: headlines and extractive summaries on real pages.

Usage::

    python benchmarks/bench_extractive.py                       # extraction-dev, baseline 1e82e8d
    python benchmarks/bench_extractive.py --data DIR --baseline REF --show 10

For each page of the data folder (``ground-truth.json`` + ``html/<id>.html[.gz]``, the layout of
``bench_extract.py``) the page is loaded with ``html_to_article`` and summarized with
``extractive_draft``, twice in the same run: with this checkout's code (*now*) and with
``factcheck/extract.py`` and ``factcheck/extractive.py`` as they were at the git ``--baseline``
ref (*before*; read with ``git show``, so the ref must be in this repository). Both extractive
runs get the same article (this checkout's), so the summary figures measure the engine alone.

a) Headlines carrying a site name or navigation text. A headline counts when one of its parts at
   either end (cut at `` | ``, `` - ``, `` – ``, `` — ``, `` · ``, `` • ``, `` » ``, ``::``, or a
   colon at the start) is the site's name (the page's ``og:site_name``/``application-name`` or
   trafilatura's ``sitename``, or the URL's host, compared as letters and digits, one containing
   the other) or a section label ("Editorial", "Opinion", "BREAKING NEWS", "Politics"...), or
   when it is the page's ``<h1>`` plus such parts. Target: 0.

b) Extractive summaries and key points: sentences whose opener needs an antecedent that is not
   there, counted per sentence:
   - *dangling opener*: it opens with a pronoun or demonstrative ("He", "Their", "This", not
     "This week") or a connective ("Yet", "But", "Also", "However", "Still", "Meanwhile",
     "Another"...), and is a key point (a bullet has nothing before it), the summary's first
     sentence, or a summary sentence not right after the sentence it follows in the article;
   - *unintroduced surname*: it calls someone by a word the article writes after a first name
     or title ("Pistorius" of "Boris Pistorius") and never in lower case, alone, with no
     earlier summary sentence (for a key point: no summary sentence or earlier key point)
     writing the full name.
   Target: both cut by at least 80%. Also printed: ledes kept (the article's first sentence in
   the summary, where it is a candidate), and the share of the checked figures (headline,
   summary, key points, claims) the checker supports, which must stay 1.000.

These detectors are written here, apart from the engine's own rules
(``factcheck/_antecedents.py``), so the engine is not graded by its own code. Counts are also
given for each half of the pages (by the parity of a hash of the page id). ``--show N`` prints
up to N of the remaining cases of each kind.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from factcheck.checker import index_source  # noqa: E402
from factcheck.extract import decode_html, html_to_article  # noqa: E402
from factcheck.extractive import extractive_draft  # noqa: E402
from factcheck.models import Article, Draft, Verdict  # noqa: E402
from factcheck.pipeline import check_draft  # noqa: E402
from factcheck.quantities import split_sentences  # noqa: E402

DEFAULT_DATA = Path("/work/shared/data/extraction-dev")
# main before issue 13's headline and extractive-summary work.
DEFAULT_BASELINE = "1e82e8d"

# ----------------------------------------------------------------------------- headlines

_SEPARATORS = re.compile(r"\s+(?:\||-{1,2}|–|—|·|•|»|::)\s+")
_LABELS = {
    "news", "breaking news", "breaking", "world", "world news", "politics", "business",
    "opinion", "editorial", "comment", "commentary", "analysis", "column", "blog", "sport",
    "sports", "technology", "tech", "science", "health", "entertainment", "culture",
    "lifestyle", "travel", "video", "live", "home", "smart news", "op-ed", "exclusive",
}  # fmt: skip


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("’", "").replace("'", ""))


def site_names(html: str, url: str, sitename: str | None) -> set[str]:
    """The site's names as letters and digits: meta tags, trafilatura's sitename, the host."""
    names = {sitename or ""}
    for tag in re.findall(r"<meta\b[^>]*>", html[:200_000], re.IGNORECASE):
        attrs = dict(re.findall(r"([\w:-]+)\s*=\s*[\"']([^\"']*)", tag))
        kind = (attrs.get("property") or attrs.get("name") or "").lower()
        # A site's name is short; a page may misuse application-name for its headline.
        if (
            kind in ("og:site_name", "application-name")
            and len(attrs.get("content", "").split()) <= 8
        ):
            names.add(attrs.get("content", ""))
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    names.add(host)
    names.add(host.split(".")[0])
    return {_letters(n) for n in names if len(_letters(n)) >= 3}


def headline_problem(headline: str, names: set[str], h1s: list[str]) -> str | None:
    """Why ``headline`` carries a site name or navigation text, or None."""
    parts = _SEPARATORS.split(headline)
    ends = [(parts[0], True), (parts[-1], True)] if len(parts) > 1 else []
    colon = re.match(r"^([^:]{2,40}):\s", headline)
    if colon:  # "LinkNaija: ...", "BREAKING NEWS: ..." (not "9to5Mac Gift Guide: ...")
        ends.append((colon.group(1), False))
    for part, cut_off in ends:
        key = _letters(part)
        # A part cut off by a separator counts when it holds the name in a few words
        # ("SpaceNews.com", "PolitiFact West Virginia"), a colon prefix when it is the name.
        if key and any(
            key in n or (cut_off and n in key and len(part.split()) <= 4) for n in names
        ):
            return f"site name {part!r}"
        if " ".join(part.lower().split()) in _LABELS:
            return f"section label {part!r}"
    prefixes = [_words(" ".join(parts[:k])) for k in range(1, len(parts))]
    for h1 in h1s:
        if _words(h1) and _words(h1) in prefixes:
            return f"the <h1> plus {headline[len(h1) :]!r}"
    return None


def h1_texts(html: str) -> list[str]:
    found = re.findall(r"<h1\b[^>]*>(.*?)</h1>", html, re.IGNORECASE | re.DOTALL)
    return [" ".join(re.sub(r"<[^>]+>", " ", h).split()) for h in found]


# ----------------------------------------------------------------------------- summaries

_PRONOUN = re.compile(
    r"^[\"“‘'(]*(?:he|she|it|it’s|it's|they|his|her|its|their|them|this|these|those|that)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"^[\"“‘'(]*(?:this|that|these|those)\s+(?:week|weekend|month|year|season|morning|evening|"
    r"afternoon|night|spring|summer|fall|autumn|winter|quarter|time of year|past|coming)\b",
    re.IGNORECASE,
)
_CONNECTIVE = re.compile(
    r"^[\"“‘'(]*(?:yet|but|also|however|still|meanwhile|and|then|another|moreover|instead|"
    r"nevertheless|nonetheless|thus|therefore|so(?! far))\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s?)?(?![\w.-])")
_NOT_FIRST = {
    "The", "In", "A", "An", "At", "On", "For", "By", "As", "After", "When", "While", "But",
    "And", "If", "This", "That", "Of", "To", "From", "With", "New", "North", "South", "East",
    "West", "According", "During", "Since", "Until", "Before", "His", "Her", "Their", "Its",
    "Inside", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Because", "Although", "Though", "Once", "Where", "Why",
    "How", "What", "Who", "Which", "Despite", "Like", "Now", "Today", "Later", "Even", "Only",
    "Just", "All", "Some", "Many", "Most", "Several", "Instead", "Still", "Also", "However",
    "Meanwhile", "Then", "There", "Here", "Yet", "So", "Perhaps", "Indeed",
}  # fmt: skip


def opener_problem(sentence: str, previous: str | None, text: str) -> bool:
    """True when ``sentence`` opens with a word needing an antecedent not right before it."""
    if _TIME.match(sentence) or not (_PRONOUN.match(sentence) or _CONNECTIVE.match(sentence)):
        return False
    return previous is None or f"{previous} {sentence}" not in text


def surnames_of(text: str) -> set[str]:
    """Words the article writes as a person's surname: after a first name or a title.

    A first name is a capitalised word the article never writes alone (always a capitalised
    word after it) nor in lower case, or a title ("Gov.", "Dr."); the surname is never written
    in lower case either. "Boris Pistorius" makes "Pistorius" a surname; "Japanese Toyota" or
    "Capitol Police" do not ("Japanese" stands alone elsewhere, "police" is written).
    """
    lower = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", text))
    found = set()
    for match in re.finditer(
        r"(?<![\w’'.-])([A-Z][a-z]+|(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Prof)\.)\s+"
        r"(?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w.-]))",
        text,
    ):
        first, last = match.groups()
        if (
            first in _NOT_FIRST
            or last in _NOT_FIRST
            or first.lower() in lower
            or last.lower() in lower
        ):
            continue
        if not first.endswith(".") and re.search(rf"\b{first}\b(?!['’]?s?\s+[A-Z])", text):
            continue  # written alone somewhere: a word, not a first name
        found.add(last)
    return found


def unintroduced(sentence: str, earlier: str, surnames: set[str]) -> set[str]:
    """Surnames ``sentence`` uses alone that neither ``earlier`` nor it write in full."""
    found = set()
    for match in _CAPITALISED.finditer(sentence):
        word = match.group(1)
        if word not in surnames:
            continue
        before = sentence[: match.start()].rstrip()
        after = sentence[match.end() :].lstrip()
        if re.search(r"(?:\b[A-Z][\w.’'-]*|\bthe)$", before) or re.match(r"[A-Z]", after):
            continue  # part of a longer name ("Boris Pistorius"), or "the Group"
        full = re.compile(rf"\b(?!(?:{'|'.join(_NOT_FIRST)})\s)[A-Z][\w.’'-]*\s+{word}\b")
        if not full.search(earlier + " " + sentence):
            found.add(word)
    return found


# The lede is the article's first sentence of at least this many words that ends like a statement
# (not a heading, dateline, byline or question).
LEDE_MIN_WORDS = 8


@dataclass
class SummaryCounts:
    sentences: int = 0
    openers: int = 0
    surnames: int = 0
    ledes: int = 0
    lede_pages: int = 0
    figures: int = 0  # in the sentences the engine chose: summary, key points, claims
    supported: int = 0
    headline_figures: int = 0  # in the headline, which is the page's title, not the engine's
    headline_supported: int = 0
    failed: int = 0
    cases: list[str] = field(default_factory=list)


def count_summary(article: Article, draft: Draft, counts: SummaryCounts) -> None:
    text = " ".join(article.text.split())
    surnames = surnames_of(text)
    summary = [draft.summary[a:b] for a, b in split_sentences(draft.summary)]
    shown: list[tuple[str, str | None, str]] = []  # (sentence, previous or None, earlier text)
    for i, sentence in enumerate(summary):
        shown.append((sentence, summary[i - 1] if i else None, " ".join(summary[:i])))
    for i, point in enumerate(draft.key_points):
        shown.append((point, None, " ".join(summary + draft.key_points[:i])))
    for sentence, previous, earlier in shown:
        counts.sentences += 1
        if opener_problem(sentence, previous, text):
            counts.openers += 1
            counts.cases.append(f"opener:  {sentence[:110]}")
        names = unintroduced(sentence, earlier, surnames)
        if names:
            counts.surnames += 1
            counts.cases.append(f"surname {sorted(names)}: {sentence[:100]}")
    lede = next(
        (
            " ".join(article.text[a:b].split())
            for a, b in split_sentences(article.text)
            if len(article.text[a:b].split()) >= LEDE_MIN_WORDS and article.text[b - 1] in '.!"”'
        ),
        None,
    )
    if lede is not None:
        counts.lede_pages += 1
        counts.ledes += lede in draft.summary
    index = index_source(article.text)
    for check in check_draft(index, draft):
        supported = check.verdict is Verdict.SUPPORTED
        if check.origin == "headline":
            counts.headline_figures += 1
            counts.headline_supported += supported
        else:
            counts.figures += 1
            counts.supported += supported


# ----------------------------------------------------------------------------- the run


def baseline_module(ref: str, path: str, name: str) -> ModuleType:
    """``path`` as it was at git ``ref``, imported as module ``name``."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ref}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="factcheck-baseline-"))
    file = folder / f"{name}.py"
    file.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def load_pages(folder: Path) -> list[tuple[str, str, str]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        gz = folder / "html" / f"{page_id}.html.gz"
        raw = gzip.decompress(gz.read_bytes()) if gz.exists() else (
            folder / "html" / f"{page_id}.html"
        ).read_bytes()  # fmt: skip
        pages.append((page_id, entry.get("url") or "", decode_html(raw)))
    return pages


def run(
    pages: list[tuple[str, str, str]],
    extract: Callable[..., Article],
    engine: Callable[[Article], Draft],
    article_for: dict[str, Article],
) -> tuple[int, list[str], SummaryCounts]:
    flagged, headline_cases, counts = 0, [], SummaryCounts()
    for page_id, url, html in pages:
        try:
            article = extract(html, url=url)
        except Exception:  # a page with no article has no headline to judge
            continue
        names = site_names(html, url, article.site_name)
        problem = headline_problem(article.title or "", names, h1_texts(html))
        if problem:
            flagged += 1
            headline_cases.append(f"{article.title!r}: {problem}")
        now_article = article_for.get(page_id)
        if now_article is None:
            continue
        try:
            count_summary(now_article, engine(now_article), counts)
        except Exception as exc:  # reported, not fatal
            counts.failed += 1
            counts.cases.append(f"failed: {type(exc).__name__}: {exc}")
    return flagged, headline_cases, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a benchmark folder")
    parser.add_argument(
        "--baseline", default=DEFAULT_BASELINE, help=f"git ref to compare with ({DEFAULT_BASELINE})"
    )
    parser.add_argument("--show", type=int, default=0, help="list up to N remaining cases each")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"no ground-truth.json in {args.data}: nothing to measure")
        return 0
    pages = load_pages(args.data)
    articles: dict[str, Article] = {}
    for page_id, url, html in pages:
        with contextlib.suppress(Exception):  # a page with no article: nothing to summarize
            articles[page_id] = html_to_article(html, url=url)
    old_extract = baseline_module(args.baseline, "factcheck/extract.py", "baseline_extract")
    old_engine = baseline_module(args.baseline, "factcheck/extractive.py", "baseline_extractive")
    engines = {
        f"before ({args.baseline})": (old_extract.html_to_article, old_engine.extractive_draft),
        "now": (html_to_article, extractive_draft),
    }
    # The two halves of the set by the parity of a hash of the page id: a rule fitted to a few
    # pages helps one half and not the other.
    parity = {p[0]: int(hashlib.sha256(p[0].encode()).hexdigest()[:8], 16) % 2 for p in pages}
    halves = {
        "even": [p for p in pages if parity[p[0]] == 0],
        "odd": [p for p in pages if parity[p[0]] == 1],
    }
    rows = {
        (label, half): run(subset, extract, engine, articles)
        for label, (extract, engine) in engines.items()
        for half, subset in halves.items()
    }
    print(f"{args.data} ({len(pages)} pages, {len(articles)} with an article)\n")
    print(
        f"{'':<20} {'headlines w/ site':>17} {'sentences':>9} {'openers':>8} {'surnames':>8} "
        f"{'ledes kept':>10} {'figures supported':>18} {'failed':>6}"
    )
    totals = {}
    for label in engines:
        flagged = sum(rows[label, half][0] for half in halves)
        cases = [case for half in halves for case in rows[label, half][1]]
        c = SummaryCounts()
        for half in halves:
            part = rows[label, half][2]
            for name in vars(c):
                setattr(c, name, getattr(c, name) + getattr(part, name))
        totals[label] = (flagged, cases, c)
        share = c.supported / c.figures if c.figures else 0.0
        print(
            f"{label:<20} {flagged:>17} {c.sentences:>9} {c.openers:>8} {c.surnames:>8} "
            f"{f'{c.ledes}/{c.lede_pages}':>10} {f'{c.supported}/{c.figures} {share:.3f}':>18} "
            f"{c.failed:>6}"
        )
    (before_h, _, before), (now_h, now_cases, now) = totals.values()
    print()
    for half in halves:
        (bh, _, b), (nh, _, n) = (rows[label, half] for label in engines)
        print(
            f"{half} half ({len(halves[half])} pages): headlines {bh} -> {nh}, dangling "
            f"{b.openers + b.surnames} -> {n.openers + n.surnames}"
        )
    dangling_before = before.openers + before.surnames
    dangling_now = now.openers + now.surnames
    cut = 1 - dangling_now / dangling_before if dangling_before else 0.0
    print(
        f"\nheadlines with a site name or navigation: {before_h} -> {now_h}; "
        f"dangling openers + unintroduced surnames: {dangling_before} -> {dangling_now} "
        f"(cut by {cut:.0%}; target >= 80%)"
    )
    if args.show:
        print("\nremaining headline cases:")
        for case in now_cases[: args.show]:
            print(f"  {case}")
        print("remaining summary cases:")
        for case in now.cases[: args.show]:
            print(f"  {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
