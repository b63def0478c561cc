"""Results for the renderer tests, built by hand the way the pipeline builds them.

Spans are computed by searching the real example article (never typed in as numbers), so the
samples stay right if examples/ramstein.txt is edited, and a wrong offset in a renderer shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

from factcheck.models import (
    Article,
    ClaimCheck,
    Draft,
    DraftClaim,
    Evidence,
    Provenance,
    Quantity,
    QuantityKind,
    Result,
    Round,
    Usage,
    Verdict,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# What a hostile article carries: markup that would run if pasted into HTML unescaped, a
# Markdown link that would run if rendered as a link, terminal escapes, rich markup.
HOSTILE_PARTS = (
    "<script>document.title='PWNED';document.body.setAttribute('data-pwned','script')</script>",
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
    "[link](javascript:alert(1))",
    "<a href=\"javascript:document.body.setAttribute('data-pwned','a')\">click me</a>",
    "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>",
    "</div></main><script>alert(1)</script><!--",
    "<style>body{display:none}</style>",
    "[bold red]rich markup[/] | a | pipe | $5 and $6 *stars* _under_ `tick`",
    "\x1b]0;terminal title\x07\x1b[31mred\x1b[0m",
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as spans: a paragraph is cut after . ! ? before a capital."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for cut in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"'<\[])", paragraph.group()):
            spans.append((start, paragraph.start() + cut.start()))
            start = paragraph.start() + cut.end()
        spans.append((start, paragraph.end()))
    return spans


def evidence(text: str, figure: str, *, occurrence: int = 0) -> Evidence:
    """Evidence for ``figure`` as the checker reports it: the sentence and both spans."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(figure, at + 1)
    start, end = next((s, e) for s, e in sentence_spans(text) if s <= at < e)
    return Evidence(
        sentence=text[start:end],
        sentence_span=(start, end),
        quantity_text=figure,
        quantity_span=(at, at + len(figure)),
    )


def quantity(claim: str, figure: str, value: str, kind: QuantityKind, **extra) -> Quantity:
    at = claim.index(figure)
    return Quantity(
        text=figure, value=Decimal(value), kind=kind, span=(at, at + len(figure)), **extra
    )


def check(
    claim: str,
    figures: list[tuple[str, str, QuantityKind]],
    verdict: Verdict,
    source: str,
    found: list[str],
    *,
    reasons: list[str] | None = None,
    origin: str = "claim",
) -> ClaimCheck:
    return ClaimCheck(
        claim=claim,
        origin=origin,  # type: ignore[arg-type]
        quantities=[quantity(claim, f, v, k) for f, v, k in figures],
        verdict=verdict,
        reasons=reasons or [],
        evidence=[evidence(source, f) for f in found],
    )


def ramstein_article() -> Article:
    text = (EXAMPLES / "ramstein.txt").read_text(encoding="utf-8")
    return Article(
        text=text,
        title=text.splitlines()[0],
        url="https://news.example/2025/10/ramstein-brussels",
        site_name="Example News",
        published="2025-10-15",
        obtained_via="text_file",
    )


C, M, ORD, D, Y = (
    QuantityKind.COUNT,
    QuantityKind.MONEY,
    QuantityKind.ORDINAL,
    QuantityKind.DATE,
    QuantityKind.YEAR,
)
S, X, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNSUPPORTED


def ramstein_result() -> Result:
    """An LLM result for the example: a first draft with four planted errors, repaired to one
    that still states a wrong count and an invented figure (every verdict appears)."""
    article = ramstein_article()
    text = article.text
    first = Draft(
        headline="Ramstein allies meet in Brussels as Germany pledges $2.5 billion",
        summary=(
            "Defence ministers from 40 countries met in Brussels on October 15 for the 30th "
            "Ramstein meeting. Germany pledged an additional $2.5 billion in defence aid."
        ),
        claims=[
            DraftClaim(
                text="Defence ministers from 40 countries met.",
                quote=text.splitlines()[2],
                figure="40 countries",
            )
        ],
    )
    first_checks = [
        check("Defence ministers from 40 countries met in Brussels.",
              [("40 countries", "40", C)], X, text, ["50 countries"],
              reasons=["value_mismatch"], origin="summary"),
        check("It was the 30th Ramstein meeting.", [("30th", "30", ORD)], X, text, ["31st"],
              reasons=["ordinal_mismatch"], origin="summary"),
        check("Germany pledged an additional $2.5 billion in defence aid.",
              [("$2.5 billion", "2500000000", M)], X, text, ["$2.3 billion"],
              reasons=["value_mismatch"], origin="summary"),
        check("The meeting was held on October 15.", [("October 15", "15", D)], S, text,
              ["October 15"], origin="summary"),
    ]  # fmt: skip
    final = Draft(
        headline="Ramstein allies meet in Brussels as Germany pledges $2.3 billion",
        summary=(
            "Defence ministers from 50 countries met in Brussels on October 15 for the 31st "
            "meeting of the Ukraine Defense Contact Group. Germany pledged an additional "
            "$2.3 billion in defence aid, and Ukraine said it could build up to 20 million "
            "drones by 2026 if partners pay for them."
        ),
        key_points=[
            "The United Kingdom sent 85,000 drones this year.",
            "Eight Nordic and Baltic countries back a training initiative in Poland.",
            "Kyiv asked for 500 interceptor missiles for the winter.",
        ],
    )
    final_checks = [
        check("Defence ministers from 50 countries met in Brussels on October 15 for the 31st "
              "meeting of the Ukraine Defense Contact Group.",
              [("50 countries", "50", C)], S, text, ["50 countries"], origin="summary"),
        check("They met on October 15.", [("October 15", "15", D)], S, text, ["October 15"],
              origin="summary"),
        check("It was the 31st meeting of the group.", [("31st", "31", ORD)], S, text, ["31st"],
              origin="summary"),
        check("Germany pledged an additional $2.3 billion in defence aid.",
              [("$2.3 billion", "2300000000", M)], S, text, ["$2.3 billion"], origin="summary"),
        check("Ukraine said it could build up to 20 million drones by 2026 if partners pay.",
              [("up to 20 million drones", "20000000", C), ("2026", "2026", Y)], S, text,
              ["up to 20 million FPV, ISR and other drones", "2026"], origin="summary"),
        check("The United Kingdom sent 85,000 drones this year.",
              [("85,000 drones", "85000", C)], S, text, ["85,000 drones"], origin="key_point"),
        check("Eight Nordic and Baltic countries back a training initiative in Poland.",
              [("Eight", "8", C)], X, text, ["Nine"], reasons=["value_mismatch"],
              origin="key_point"),
        check("Kyiv asked for 500 interceptor missiles for the winter.",
              [("500 interceptor missiles", "500", C)], U, text, [], reasons=["not_found"],
              origin="key_point"),
    ]  # fmt: skip
    return Result(
        article=article,
        summary=final,
        claims=final_checks,
        engine="llm",
        model="gpt-4o-mini",
        usage=Usage(calls=2, attempts=2, prompt_tokens=1520, completion_tokens=410, seconds=3.2),
        provenance=Provenance(factcheck_version="0.1.0"),
        rounds=[Round(draft=first, checks=first_checks), Round(draft=final, checks=final_checks)],
    )


def hostile_result() -> Result:
    """An article whose text, title, URL and quoted sentences carry every payload above."""
    payload = " ".join(HOSTILE_PARTS)
    text = (
        f"Officials said 12 people were hurt. {payload} The council approved "
        f"$4 million for repairs. Witnesses counted 30 trucks {HOSTILE_PARTS[0]} near the "
        "bridge.\n\nA later statement gave no figures."
    )
    article = Article(
        text=text,
        title="</title><script>alert('title')</script>",
        url="javascript:alert('url')",
        byline="<b onmouseover=alert(1)>x</b>",
        obtained_via="string",
    )
    claims = [
        check("12 people were hurt.", [("12 people", "12", C)], S, text, ["12 people"]),
        check("The council approved $5 million.", [("$5 million", "5000000", M)], X, text,
              ["$4 million"], reasons=["value_mismatch"]),
        check("Witnesses counted 30 trucks.", [("30 trucks", "30", C)], S, text,
              ["30 trucks"]),
        check("Eleven <script>alert(2)</script> buses [x](javascript:alert(3)) burned.",
              [("Eleven", "11", C)], U, text, [], reasons=["not_found"]),
    ]  # fmt: skip
    return Result(
        article=article,
        summary=Draft(
            headline="<script>alert('headline')</script> Council approves repairs",
            summary=f"The council approved $5 million. {HOSTILE_PARTS[1]} {HOSTILE_PARTS[2]}",
            key_points=[HOSTILE_PARTS[3]],
        ),
        claims=claims,
        engine="extractive",
        provenance=Provenance(factcheck_version="0.1.0"),
    )


# --- a small DOM for the HTML report ----------------------------------------------------------


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if n.tag == tag and (cls is None or cls in n.classes)]


_VOID = {"meta", "br", "img", "input", "link", "hr"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in _VOID:
            self.current = node

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"stray </{tag}>"
        self.current = node.parent

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.current.children.append(data)


def parse_html(source: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(source)
    builder.close()
    assert builder.current is builder.root, "unclosed elements"
    return builder.root
