"""The renderers: what an editor reads, and what hostile article text cannot do to it."""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import json
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from render_samples import (
    EXAMPLES,
    HOSTILE_PARTS,
    Node,
    evidence,
    hostile_result,
    parse_html,
    ramstein_result,
)
from rich.cells import cell_len

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.models import CheckReport, ClaimCheck, Evidence, FigureCheck, Result, Verdict
from factcheck.render import (
    PALETTE,
    SYMBOL,
    describe_reasons,
    md_escape,
    render_report,
    render_result,
)
from factcheck.render.common import SEVERITY
from factcheck.settings import color_enabled

ESC = "\x1b"


def article_div(dom: Node) -> Node:
    (div,) = dom.find_all("div", "article-text")
    return div


# --- terminal ---------------------------------------------------------------------------------


def test_table_shows_every_figure_with_symbol_verdict_reason_and_source() -> None:
    out = render_result(ramstein_result(), "table", width=120)
    assert ESC not in out  # color=None: plain text, fit for a pipe or a file
    assert "✗ contradicted" in out and "? unsupported" in out and "✓ supported" in out
    assert "6 ✓ supported, 1 ✗ contradicted, 1 ? unsupported" in out
    assert "The article gives a different figure" in out  # value_mismatch, in words
    assert "value_mismatch" not in out
    # Without colour each figure still stands out, the claim's followed by its own verdict's mark.
    assert "**Eight** ✗ Nordic and Baltic" in out and "**Nine** Nordic and Baltic" in out
    assert "Ramstein allies meet in Brussels as Germany pledges $2.3 billion" in out


def test_table_colours_verdicts_and_highlights_the_figure_when_asked() -> None:
    out = render_result(ramstein_result(), "table", color=True, width=120)
    assert f"{ESC}[1;31m✗ contradicted" in out
    assert f"{ESC}[1;32m✓ supported" in out
    assert f"{ESC}[1;4;31mNine{ESC}[0m" in out  # bold + underline in red, not asterisks
    assert "**Nine**" not in out


@pytest.mark.parametrize("width", [60, 80, 120])
def test_table_wraps_long_sentences_within_the_width(width: int) -> None:
    result = ramstein_result()
    out = render_result(result, "table", width=width)
    assert max(cell_len(line) for line in out.splitlines()) <= width
    # Wrapped, not cut: every word of every evidence sentence is still there.
    words = set(re.findall(r"[A-Za-z]{4,}", out))
    for check in result.claims:
        for item in check.evidence:
            assert set(re.findall(r"[A-Za-z]{4,}", item.sentence)) <= words


def test_table_shows_what_the_repair_round_caught() -> None:
    out = render_result(ramstein_result(), "table", width=120)
    caught = out[out.index("Caught in round 1") :]
    assert "3 of 4 claims flagged" in caught
    assert "40 countries" in caught and "30th" in caught and "$2.5 billion" in caught
    assert "October 15" not in caught  # it was supported: nothing to report


def test_table_cannot_be_driven_by_article_text() -> None:
    plain = render_result(hostile_result(), "table", width=1000)
    coloured = render_result(hostile_result(), "table", color=True, width=1000)
    assert ESC not in plain and "\x07" not in plain
    assert f"{ESC}]" not in coloured and f"{ESC}[31mred" not in coloured
    # rich markup in the article is printed, not interpreted.
    assert "[bold red]rich markup[/]" in plain


def test_report_table_shows_the_checked_sentence_with_its_figure() -> None:
    report = CheckReport(checks=ramstein_result().rounds[0].checks)
    out = render_report(report, "table", width=300)
    assert "Germany pledged an additional **$2.5 billion** ✗ in defence aid." in out
    assert "3 ✗ contradicted" in out
    assert render_report(report, "table", color=True).count(ESC) > 0


def test_reasons_read_as_words_and_unknown_codes_are_spelled_out() -> None:
    check = ClaimCheck(claim="x 5", verdict=Verdict.CONTRADICTED, reasons=["scale_mismatch"])
    assert "millions where the article says billions" in describe_reasons(check)
    odd = check.model_copy(update={"reasons": ["brand_new_code", "scale_mismatch"]})
    assert describe_reasons(odd).startswith("Brand new code; wrong scale")
    assert describe_reasons(ClaimCheck(claim="5", verdict=Verdict.SUPPORTED)) == (
        "The article states this figure"
    )


# --- JSON -------------------------------------------------------------------------------------


def test_json_round_trips_to_the_same_result() -> None:
    result = ramstein_result()
    out = render_result(result, "json")
    assert Result.model_validate_json(out) == result
    assert {"article", "summary", "claims", "engine", "usage", "provenance"} <= set(json.loads(out))


def test_unknown_format_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match="unknown output format 'pdf'"):
        render_result(ramstein_result(), "pdf")
    with pytest.raises(InputError, match=r"table, json, markdown, html$"):
        render_report(CheckReport(), "pdf")
    with pytest.raises(InputError, match="needs the source article"):
        render_report(CheckReport(), "html")


# --- Markdown ---------------------------------------------------------------------------------


def markdown_to_html(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").render(text)


def test_markdown_has_one_table_row_per_claim_with_figures_in_bold() -> None:
    result = ramstein_result()
    rendered = markdown_to_html(render_result(result, "markdown"))
    dom = parse_html(rendered)
    (table,) = dom.find_all("table")
    rows = table.find_all("tr")[1:]
    assert len(rows) == len(result.claims)
    # Flagged rows first: contradicted, unsupported, then supported, each in claim order.
    flagged_first = sorted(result.claims, key=lambda c: -SEVERITY[c.verdict])
    assert [row.find_all("td")[1].text() for row in rows] == [
        f"{SYMBOL[c.verdict]} {c.verdict.value}" for c in flagged_first
    ]
    assert "<strong>Nine</strong> Nordic" in rendered
    assert "<strong>$2.3 billion</strong>" in rendered  # \$ kept it out of GitHub math
    assert "Caught in round 1" in rendered


def test_markdown_keeps_hostile_article_text_as_text() -> None:
    result = hostile_result()
    md = render_result(result, "markdown")
    rendered = markdown_to_html(md)
    dom = parse_html(rendered)
    assert not dom.find_all("script") and not dom.find_all("img") and not dom.find_all("svg")
    assert not dom.find_all("a")  # the article's javascript: URL is not a link either
    assert not dom.find_all("em") and not dom.find_all("code")  # *stars*, _under_, `tick`
    # Pipes in article text do not break the table: every row has all five cells.
    (table,) = dom.find_all("table")
    assert {len(row.find_all("td")) for row in table.find_all("tr")[1:]} == {5}
    text = dom.text()
    for part in HOSTILE_PARTS[:8]:
        assert " ".join(part.split()) in " ".join(text.split()), part
    assert ESC not in md


def test_markdown_links_only_http_sources() -> None:
    result = ramstein_result()
    dom = parse_html(markdown_to_html(render_result(result, "markdown")))
    (link,) = dom.find_all("a")
    assert link.attrs["href"] == result.article.url


# --- HTML -------------------------------------------------------------------------------------


def test_html_highlights_every_figure_by_verdict() -> None:
    result = ramstein_result()
    dom = parse_html(render_result(result, "html"))
    marks = article_div(dom).find_all("mark")
    by_text = {m.text(): m for m in marks}
    for check in result.claims:
        for item in check.evidence:
            mark = by_text[item.quantity_text]
            assert check.verdict.value in mark.classes
    assert {m.text() for m in marks if "contradicted" in m.classes} == {"Nine"}
    # The unsupported claim has nothing in the article to point at, and says so by having
    # no link; every other claim links to its first mark.
    claims = {li.attrs["id"]: li for li in dom.find_all("li", "claim")}
    assert claims["c8"].attrs["data-marks"] == "" and not claims["c8"].find_all("a")
    ids = {m.attrs["id"] for m in marks}
    for li in claims.values():
        for mark_id in (li.attrs["data-marks"] or "").split():
            assert mark_id in ids
    assert (
        claims["c7"].find_all("a", "claim-link")[0].attrs["href"]
        == "#" + by_text["Nine"].attrs["id"]
    )


def test_html_keeps_the_article_text_whole() -> None:
    result = ramstein_result()
    dom = parse_html(render_result(result, "html"))
    assert article_div(dom).text() == result.article.text


def test_html_has_a_legend_counts_and_symbols_not_colour_alone() -> None:
    dom = parse_html(render_result(ramstein_result(), "html"))
    (legend,) = dom.find_all("p", "legend")
    assert {"supported", "contradicted", "unsupported"} <= {
        m.text() for m in legend.find_all("mark")
    }
    badges = [b.text() for b in dom.find_all("span", "badge")]
    assert "✗ 1 contradicted" in badges and "? 1 unsupported" in badges
    assert "✓ 6 supported" in badges


def test_html_shows_what_the_repair_round_caught() -> None:
    dom = parse_html(render_result(ramstein_result(), "html"))
    (repair,) = dom.find_all("div", "repair")
    text = repair.text()
    assert "Caught in round 1" in text and "$2.5 billion" in text and "30th" in text


def test_html_renders_a_hostile_article_as_text() -> None:
    result = hostile_result()
    source = render_result(result, "html")
    dom = parse_html(source)
    scripts = dom.find_all("script")
    assert len(scripts) == 1 and "data-pwned" not in scripts[0].text()
    assert len(dom.find_all("style")) == 1
    assert not dom.find_all("img") and not dom.find_all("svg")
    for node in dom.iter():
        assert not any(name.startswith("on") for name in node.attrs), node.tag
        for name in ("href", "src", "action"):
            value = (node.attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:")), (node.tag, value)
    # Every link is the report's own: a claim pointing at its evidence.
    assert all((a.attrs.get("href") or "").startswith("#") for a in dom.find_all("a"))
    assert article_div(dom).text() == re.sub(
        r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", result.article.text
    )
    (title,) = dom.find_all("title")
    assert "<script>alert('headline')</script>" in title.text()
    assert "&lt;script&gt;" in source and "<script>alert" not in source


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_html_content_security_policy_allows_only_its_own_style_and_script() -> None:
    dom = parse_html(render_result(hostile_result(), "html"))
    (meta,) = [
        m for m in dom.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    policy = dict((part.split()[0], part.split()[1:]) for part in meta.attrs["content"].split(";"))
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == [_csp_hash(dom.find_all("script")[0].text())]
    assert policy["style-src"] == [_csp_hash(dom.find_all("style")[0].text())]
    # No external asset of any kind.
    for node in dom.iter():
        assert node.tag not in {"link", "iframe", "object", "embed", "img"}


def test_check_report_html_marks_the_source_and_shows_the_checked_text() -> None:
    result = ramstein_result()
    first_draft = result.rounds[0]
    report = CheckReport(checks=first_draft.checks)
    text = first_draft.draft.summary
    dom = parse_html(render_report(report, "html", source=result.article, text=text))
    assert article_div(dom).text() == result.article.text
    marks = {m.text(): m for m in article_div(dom).find_all("mark")}
    assert "contradicted" in marks["$2.3 billion"].classes  # evidence against "$2.5 billion"
    assert "supported" in marks["October 15"].classes
    (summary,) = dom.find_all("p", "summary")
    assert summary.text() == text
    (h1,) = dom.find_all("h1")
    assert result.article.title is not None and result.article.title in h1.text()
    assert not dom.find_all("div", "repair")


def _spans_result(checks: list[ClaimCheck]) -> Result:
    result = ramstein_result()
    return result.model_copy(update={"claims": checks, "rounds": []})


def test_html_handles_overlapping_missing_and_wrong_spans() -> None:
    text = ramstein_result().article.text
    drones = evidence(text, "up to 20 million FPV, ISR and other drones")
    inner = evidence(text, "20 million")
    wrong = evidence(text, "85,000 drones").model_copy(update={"quantity_span": (0, 13)})
    floating = evidence(text, "$2.3 billion").model_copy(update={"quantity_span": None})
    lost = Evidence(
        sentence="A sentence that is not in the article.",
        sentence_span=(10_000, 10_040),
        quantity_text="77",
        quantity_span=(10_010, 10_012),
    )
    checks = [
        ClaimCheck(claim="up to 20 million drones", verdict=Verdict.SUPPORTED, evidence=[drones]),
        ClaimCheck(claim="20 million shells", verdict=Verdict.CONTRADICTED, evidence=[inner]),
        ClaimCheck(claim="85,000 drones", verdict=Verdict.SUPPORTED, evidence=[wrong]),
        ClaimCheck(claim="$2.3 billion", verdict=Verdict.SUPPORTED, evidence=[floating]),
        ClaimCheck(claim="77 tanks", verdict=Verdict.UNSUPPORTED, evidence=[lost]),
    ]
    dom = parse_html(render_result(_spans_result(checks), "html"))
    div = article_div(dom)
    assert div.text() == text
    marks = {m.text(): m for m in div.find_all("mark")}
    # The shared stretch belongs to both claims and shows the more severe verdict.
    assert marks["20 million"].attrs["data-claims"] == "c1 c2"
    assert "contradicted" in marks["20 million"].classes
    assert marks["20 million"].attrs["data-symbols"] == "✗✓"  # not colour alone, not one verdict
    assert marks["up to "].attrs["data-symbols"] == "✓"
    assert "supported" in marks["up to "].classes and marks["up to "].attrs["data-claims"] == "c1"
    # A span that covers the wrong text is relocated by the figure's own text.
    assert "85,000 drones" in marks and "supported" in marks["85,000 drones"].classes
    assert "$2.3 billion" in marks
    (lost_li,) = [li for li in dom.find_all("li", "claim") if li.attrs["id"] == "c5"]
    assert "could not be located" in lost_li.text()


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_html_article_text_survives_any_spans(data: st.DataObject) -> None:
    text = ramstein_result().article.text
    checks = []
    for _ in range(data.draw(st.integers(0, 6))):
        start = data.draw(st.integers(-5, len(text) + 5))
        end = data.draw(st.integers(-5, len(text) + 5))
        checks.append(
            ClaimCheck(
                claim="a claim with 1 figure",
                verdict=data.draw(st.sampled_from(list(Verdict))),
                evidence=[
                    Evidence(
                        sentence=text[max(start, 0) : max(end, 0)],
                        sentence_span=(start, end),
                        quantity_span=(start, end),
                    )
                ],
            )
        )
    dom = parse_html(render_result(_spans_result(checks), "html"))
    div = article_div(dom)
    assert div.text() == text
    for mark in div.find_all("mark"):
        assert mark.text() and mark.text() in text


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("verdict", sorted(PALETTE))
def test_report_colours_meet_wcag_aa(verdict: str) -> None:
    colours = PALETTE[verdict]
    assert _contrast(colours["mark_fg"], colours["mark_bg"]) >= 4.5
    assert _contrast(colours["badge_fg"], colours["badge_bg"]) >= 4.5
    assert _contrast(colours["badge_bg"], "#ffffff") >= 3.0  # the card border against white


def test_html_is_deterministic() -> None:
    # Hashes, not nonces: the same result renders to the same bytes (diffable, cacheable).
    assert render_result(ramstein_result(), "html") == render_result(ramstein_result(), "html")


# --- the CLI's choices ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("isatty", "environ", "expected"),
    [
        (True, {}, True),
        (False, {}, False),
        (True, {"NO_COLOR": "1"}, False),
        (True, {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value counts
    ],
)
def test_colour_only_on_a_terminal_without_no_color(
    isatty: bool, environ: dict[str, str], expected: bool
) -> None:
    assert color_enabled(isatty, environ) is expected


@pytest.mark.parametrize(("no_color", "coloured"), [(None, True), ("1", False)])
def test_check_command_colours_a_terminal_unless_no_color(
    no_color: str | None,
    coloured: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code = main(
        [
            "check",
            "--source",
            str(EXAMPLES / "ramstein.txt"),
            str(EXAMPLES / "draft-with-errors.txt"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert (ESC in out) is coloured
    assert "✗ contradicted" in out


def test_check_command_writes_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "check",
            "--source",
            str(EXAMPLES / "ramstein.txt"),
            str(EXAMPLES / "draft-with-errors.txt"),
            "--format",
            "markdown",
        ]
    )
    out = capsys.readouterr().out
    assert code == 1 and ESC not in out
    dom = parse_html(markdown_to_html(out))
    (table,) = dom.find_all("table")
    verdicts = [row.find_all("td")[1].text() for row in table.find_all("tr")[1:]]
    assert "✗ contradicted" in verdicts


def test_packaging_ships_every_report_template() -> None:
    # A non-editable install must carry the template, CSS and JS the HTML report is built from.
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((EXAMPLES.parent / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert "factcheck.templates" in setuptools["packages"]
    patterns = setuptools["package-data"]["factcheck.templates"]
    files = [p for p in (EXAMPLES.parent / "factcheck" / "templates").iterdir() if p.is_file()]
    assert {"report.html.j2", "report.css", "report.js"} <= {p.name for p in files}
    for path in files:
        assert any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns), path.name


# Tokens that make Markdown structure when they meet (emphasis pairs, links, autolinks, code
# spans, entities, HTML, line-start blocks), mixed with arbitrary characters.
_MARKDOWN_TOKENS = [
    "*", "**", "_", "`", "[", "]", "](", "(", ")", "<", ">", "a", "b c", " ", "#", "&amp;",
    "&#x41;", "javascript:x", "http://x.y", "|", "~~", "\\", "!", "-", "+", "=", "1.", "2)",
    "<script>", "</b>", "\n", "$", "x@y.z", "---",
]  # fmt: skip
_MARKDOWN_HOSTILE = st.lists(st.sampled_from(_MARKDOWN_TOKENS) | st.characters(), max_size=25).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(text=_MARKDOWN_HOSTILE)
def test_markdown_escaping_keeps_any_text_literal(text: str) -> None:
    # Whatever an article says, the Markdown renders back to exactly its words.
    rendered = markdown_to_html(f"| a |\n| --- |\n| {md_escape(text)} |\n\n{md_escape(text)}\n")
    dom = parse_html(rendered)
    expected = " ".join(re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text).split())
    (cell,) = dom.find_all("td")
    paragraphs = dom.find_all("p")
    # (parse_html has already decoded the entities the renderer wrote)
    assert " ".join(cell.text().split()) == expected
    assert " ".join("".join(p.text() for p in paragraphs).split()) == expected
    assert not dom.find_all("a") and not dom.find_all("em") and not dom.find_all("code")


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_a_text_without_figures_says_so(fmt: str) -> None:
    result = ramstein_result().model_copy(update={"claims": [], "rounds": []})
    out = render_result(result, fmt)
    assert out.count("No figures to check") == 1
    assert "│" not in out and "| # |" not in out  # no empty table
    report_out = render_report(CheckReport(), fmt, source=result.article)
    assert report_out.count("No figures to check") == 1


# --- the table's rows: one per sentence, flagged first, computations, never an empty cell -------


def _computed_check() -> ClaimCheck:
    claim = "Revenue rose by $0.5 billion to $7.4 billion."
    source = "Revenue was $7.4 billion, up from $6.9 billion."
    return ClaimCheck(
        claim=claim,
        origin="summary",
        verdict=Verdict.SUPPORTED,
        reasons=["computed"],
        evidence=[
            Evidence(
                sentence=source,
                sentence_span=(0, len(source)),
                quantity_text="$7.4 billion",
                quantity_span=(12, 24),
            ),
        ],
        figures=[
            FigureCheck(
                text="$0.5 billion",
                verdict=Verdict.SUPPORTED,
                reasons=["computed"],
                rule="computed",
                computation="$7.4 billion - $6.9 billion = $0.5 billion",
            ),
            FigureCheck(text="$7.4 billion", verdict=Verdict.SUPPORTED, rule="verbatim"),
        ],
    )


def test_a_computed_figure_shows_its_computation() -> None:
    out = render_report(CheckReport(checks=[_computed_check()]), "table", width=200)
    assert "computed: $7.4 billion - $6.9 billion = $0.5 billion" in out
    assert "**$0.5 billion** ✓" in out and "**$7.4 billion** ✓" in out


def test_a_supported_row_never_has_an_empty_evidence_cell() -> None:
    bare = ClaimCheck(
        claim="It was the 31st meeting.",
        verdict=Verdict.SUPPORTED,
        figures=[FigureCheck(text="31st", verdict=Verdict.SUPPORTED, rule="verbatim")],
    )
    out = render_report(CheckReport(checks=[bare]), "table", width=200)
    assert "—" not in out and "the article states this figure (checker rule: verbatim)" in out


def test_rows_repeat_never_and_flagged_rows_come_first() -> None:
    from factcheck.render.common import table_rows

    checks = ramstein_result().claims
    twice = [*checks, *checks]  # the same sentences again: still one row each
    rows = table_rows(twice)
    assert len(rows) == len({(c.claim, c.verdict) for c in checks})
    severities = [SEVERITY[row.check.verdict] for row in rows]
    assert severities == sorted(severities, reverse=True)
    flagged = table_rows(twice, only_flagged=True)
    assert flagged and all(row.check.verdict is not Verdict.SUPPORTED for row in flagged)


def test_a_claim_that_is_also_a_summary_sentence_names_both() -> None:
    from factcheck.render.common import table_rows

    result = ramstein_result()
    check = result.claims[0].model_copy(update={"origin": "claim"})
    draft = result.summary.model_copy(update={"summary": check.claim, "key_points": []})
    (row,) = table_rows([check], draft=draft)
    assert row.origins[-1] == "claim" and "summary" in row.origins


def test_a_figure_supported_without_being_stated_says_how() -> None:
    from factcheck import check_text

    source = "Sally has to choose between the brothers she loves."
    report = check_text(source, "Sally is torn between the two brothers.")
    (check,) = report.checks
    assert check.verdict is Verdict.SUPPORTED
    why = describe_reasons(check)
    assert "retelling the article" in why and "states" not in why
    table = render_report(report, "table", width=120)
    assert "states this figure" not in table
