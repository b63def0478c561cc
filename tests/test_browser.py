"""The HTML report in a real browser: headless Chromium renders it, runs its own script, runs
none of a hostile article's, and takes a screenshot.

Skipped, with the reason, only where no Chromium is installed (``.ci/run`` installs Debian's).

Regenerate the committed example reports and their screenshots (what README shows) with::

    python tests/test_browser.py

which writes examples/report.html (exactly what ``factcheck summarize examples/ramstein.html
--format html`` writes), examples/check-report.html (``factcheck check --source
examples/ramstein.txt examples/draft-with-errors.txt --format html``) and a .png of each.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# (Run as a script, Python puts tests/ first on sys.path, so render_samples imports as here.)
from render_samples import Node, hostile_result, parse_html, ramstein_result

from factcheck.models import Result
from factcheck.render import render_report, render_result

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
WINDOW = (1280, 1600)


def find_chromium() -> str | None:
    """Chromium on PATH (Debian's ``chromium``, Ubuntu's ``chromium-browser``) or in /usr/bin."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    fallback = Path("/usr/bin/chromium")
    return str(fallback) if fallback.exists() else None


CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Chromium is not installed (apt-get install chromium; .ci/run installs it)",
    ),
]


def run_chromium(
    page: Path, *args: str, profile: Path, fragment: str = ""
) -> subprocess.CompletedProcess[str]:
    """Open ``page`` in headless Chromium with ``args``; stdout is the output asked for, stderr
    carries the page's console (Content-Security-Policy violations among it)."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        # Nothing the page asks for can leave the machine, whatever the report contains.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        page.resolve().as_uri() + fragment,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"chromium exited {done.returncode}: {done.stderr[-2000:]}"
    return done


CSP_VIOLATION = "violates the following Content Security Policy"


def dump_dom(html: str, tmp_path: Path, *, fragment: str = "", violations: int = 0) -> Node:
    """The DOM Chromium built from ``html``, checking how many CSP violations it logged."""
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    done = run_chromium(page, "--dump-dom", profile=tmp_path / "profile", fragment=fragment)
    assert "<html" in done.stdout, "chromium printed no DOM"
    # None for a genuine report: its own style and script match the policy's hashes.
    assert done.stderr.count(CSP_VIOLATION) == violations, done.stderr[-3000:]
    return parse_html(done.stdout)


def screenshot(html: str, png: Path, *, profile: Path) -> None:
    page = png.with_suffix(".html")
    page.write_text(html, encoding="utf-8")
    run_chromium(
        page,
        "--hide-scrollbars",
        f"--screenshot={png}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        profile=profile,
    )


def png_size(png: Path) -> tuple[int, int]:
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def example_result() -> Result:
    """The bundled example as the README's first command produces it (extractive engine)."""
    from factcheck.pipeline import summarize

    return summarize(str(EXAMPLES / "ramstein.html"), offline=True)


def check_report_html() -> str:
    """The planted-errors draft checked against the example, as `factcheck check` renders it."""
    from factcheck.article import load_article, read_text
    from factcheck.checker import check_text

    source = load_article(str(EXAMPLES / "ramstein.txt"))
    text = read_text(str(EXAMPLES / "draft-with-errors.txt"))
    return render_report(check_text(source.text, text), "html", source=source, text=text)


def _root(dom: Node) -> Node:
    (html,) = dom.find_all("html")
    return html


def _article(dom: Node) -> Node:
    (div,) = dom.find_all("div", "article-text")
    return div


def _assert_claims_marked(result: Result, dom: Node) -> None:
    """Every claim is listed with its verdict, and its evidence is highlighted in the article."""
    marks = {m.attrs["id"]: m for m in _article(dom).find_all("mark")}
    items = {li.attrs["id"]: li for li in dom.find_all("li", "claim")}
    assert len(items) == len(result.claims)
    for number, check in enumerate(result.claims, start=1):
        item = items[f"c{number}"]
        assert check.verdict.value in item.classes
        ids = (item.attrs.get("data-marks") or "").split()
        if any(e.quantity_text for e in check.evidence):
            assert ids, f"claim {number} ({check.claim!r}) has no highlighted evidence"
        shown = "".join(marks[i].text() for i in ids)
        for item_evidence in check.evidence:
            if item_evidence.quantity_text:
                assert item_evidence.quantity_text in shown or shown in item_evidence.quantity_text


def test_example_report_shows_every_figure_with_its_verdict(tmp_path: Path) -> None:
    result = example_result()
    assert result.claims, "the example produced no claims to show"
    dom = dump_dom(render_result(result, "html"), tmp_path)
    assert "js" in _root(dom).classes  # the report's own script ran under its CSP
    _assert_claims_marked(result, dom)
    assert _article(dom).text() == result.article.text


def test_flagged_report_marks_each_verdict_and_selects_a_claim(tmp_path: Path) -> None:
    result = ramstein_result()
    # Opening the report at a claim's anchor selects it, as clicking it does.
    dom = dump_dom(render_result(result, "html"), tmp_path, fragment="#c7")
    _assert_claims_marked(result, dom)
    marks = _article(dom).find_all("mark")
    verdicts = {v for m in marks for v in m.classes} & {"supported", "contradicted"}
    assert verdicts == {"supported", "contradicted"}
    (selected_claim,) = [li for li in dom.find_all("li", "claim") if "selected" in li.classes]
    assert selected_claim.attrs["id"] == "c7"
    selected_marks = [m.text() for m in marks if "selected" in m.classes]
    assert selected_marks == ["Nine"]


def test_check_report_marks_the_planted_errors(tmp_path: Path) -> None:
    dom = dump_dom(check_report_html(), tmp_path)
    assert "js" in _root(dom).classes
    contradicted = [m.text() for m in _article(dom).find_all("mark") if "contradicted" in m.classes]
    # The draft says $2.5 billion and eight countries; the article's figures are marked.
    assert "$2.3 billion" in contradicted and "Nine" in contradicted
    flagged = [li for li in dom.find_all("li", "claim") if "contradicted" in li.classes]
    assert flagged and all(li.attrs.get("data-marks") for li in flagged)


def test_hostile_article_runs_no_script(tmp_path: Path) -> None:
    result = hostile_result()
    dom = dump_dom(render_result(result, "html"), tmp_path)
    root = _root(dom)
    assert "js" in root.classes  # scripts do run here: only the report's own did
    for node in dom.iter():
        assert "data-pwned" not in node.attrs, f"an article script ran: <{node.tag}>"
    (title,) = dom.find_all("title")
    assert "PWNED" not in title.text()
    assert len(dom.find_all("script")) == 1
    assert not dom.find_all("img") and not dom.find_all("svg")
    assert "<script>document.title='PWNED'" in _article(dom).text()


def test_content_security_policy_blocks_a_script_that_slips_through(tmp_path: Path) -> None:
    # Simulate an escaping bug: a raw article script inside the report. The CSP (hash of the
    # report's own script only) must still stop it, while the report's script keeps running.
    html = render_result(hostile_result(), "html")
    planted = "<script>document.body.setAttribute('data-pwned','raw')</script>"
    html = html.replace("<main>", "<main>" + planted + '<img src=x onerror="document.body.'
                        "setAttribute('data-pwned','img')\">", 1)  # fmt: skip
    # Three violations logged, each refused: the planted <script>, the <img> load (img-src
    # 'none') and its onerror handler.
    dom = dump_dom(html, tmp_path, violations=3)
    assert "js" in _root(dom).classes
    for node in dom.iter():
        assert "data-pwned" not in node.attrs, f"the CSP let a script run: <{node.tag}>"


def test_screenshot_of_the_report(tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    screenshot(render_result(ramstein_result(), "html"), png, profile=tmp_path / "profile")
    assert png_size(png) == WINDOW
    assert png.stat().st_size > 20_000  # a rendered page, not a blank one


def update_examples() -> None:
    """Rewrite the example reports and their screenshots under examples/."""
    pages = {
        "report": render_result(example_result(), "html"),
        "check-report": check_report_html(),
    }
    for name, html in pages.items():
        (EXAMPLES / f"{name}.html").write_text(html, encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            png = Path(tmp) / f"{name}.png"
            screenshot(html, png, profile=Path(tmp) / "profile")
            shutil.copyfile(png, EXAMPLES / f"{name}.png")


if __name__ == "__main__":
    if CHROMIUM is None:
        sys.exit("Chromium is not installed: apt-get install chromium")
    update_examples()
    print("wrote examples/report.{html,png} and examples/check-report.{html,png}")
