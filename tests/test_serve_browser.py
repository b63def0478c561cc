"""The page of ``factcheck serve`` in a real browser: Debian's Chromium driven by its
chromedriver through Selenium, against a live server on 127.0.0.1. An editor's steps: fill the
form, submit, read the verdict marks of the report; with JavaScript (the page stays and shows
progress) and without it (a plain form POST), at 420 px as on a desktop.

Skipped, with the reason, only where Chromium or chromedriver is not installed (``.ci/run``
installs Debian's ``chromium`` and ``chromium-driver``). No browser or driver is ever downloaded:
Selenium is given both paths, so Selenium Manager never runs.

Regenerate the screenshot the README shows (examples/serve-page.png) with::

    python tests/test_serve_browser.py
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from article_server import serve
from serve_support import live_server
from test_browser import find_chromium, png_size

from factcheck.serve import create_app
from factcheck.settings import ServeSettings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SOURCE = (EXAMPLES / "ramstein.txt").read_text(encoding="utf-8")
DRAFT = (EXAMPLES / "draft-with-errors.txt").read_text(encoding="utf-8")
CHROMIUM = find_chromium()
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None or CHROMEDRIVER is None,
        reason="Chromium or chromedriver is not installed "
        "(apt-get install chromium chromium-driver; .ci/run installs them)",
    ),
]

if CHROMIUM is not None and CHROMEDRIVER is not None:
    from selenium import webdriver
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

CSP_VIOLATION = "Content Security Policy"


@contextmanager
def chromium(
    profile: Path, *, width: int = 1280, height: int = 1400, javascript: bool = True
) -> Iterator[WebDriver]:
    """Headless Chromium with a fresh profile; nothing it loads can leave the machine."""
    assert CHROMIUM is not None and CHROMEDRIVER is not None
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # the test server only
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ):
        options.add_argument(flag)
    if width < 500:
        # A desktop window is at least 500 px wide; narrower is a phone's viewport, emulated.
        options.add_experimental_option(
            "mobileEmulation",
            {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0}},
        )
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def console(driver: WebDriver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser")]


def fill(driver: WebDriver, source: str, draft: str) -> None:
    """Type into the form as an editor pastes: the values land through the DOM's own setter."""
    for name, value in (("source", source), ("draft", draft)):
        field = driver.find_element(By.ID, name)
        driver.execute_script("arguments[0].value = arguments[1];", field, value)
    driver.find_element(By.ID, "submit").click()


def wait_for(driver: WebDriver, condition: Any, timeout: float = 60) -> Any:
    # The outcome is replaced as a whole when an answer arrives: a node found a moment ago
    # may be gone, which is a reason to look again, not a failure.
    return WebDriverWait(
        driver,
        timeout,
        poll_frequency=0.05,
        ignored_exceptions=(NoSuchElementException, StaleElementReferenceException),
    ).until(condition)


def read_report(driver: WebDriver) -> dict[str, Any]:
    """Inside the report's frame: its verdict marks, its claims and whether its script ran."""
    frame = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#outcome iframe.report"))
    driver.switch_to.frame(frame)
    try:
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "li.claim"))
        marks: dict[str, list[str]] = {}
        for mark in driver.find_elements(By.CSS_SELECTOR, ".article-text mark"):
            marks.setdefault(mark.get_attribute("data-verdict") or "", []).append(
                mark.get_attribute("textContent") or ""
            )
        claims = [
            li.get_attribute("data-verdict")
            for li in driver.find_elements(By.CSS_SELECTOR, "li.claim")
        ]
        script_ran = driver.execute_script(
            "return document.documentElement.classList.contains('js')"
        )
    finally:
        driver.switch_to.default_content()
    return {"marks": marks, "claims": claims, "script_ran": script_ran}


def tally(driver: WebDriver) -> dict[str, int]:
    return {
        item.get_attribute("data-verdict") or "": int(item.get_attribute("data-count") or -1)
        for item in driver.find_elements(By.CSS_SELECTOR, "#outcome .count")
    }


def assert_planted_errors_marked(report: dict[str, Any]) -> None:
    # The draft says 40 countries, $2.5 billion, eight countries...: the article's own figures
    # are marked contradicted; the one right figure (85,000) supported.
    assert report["claims"].count("contradicted") == 5, report["claims"]
    assert report["claims"].count("supported") == 1
    assert {"$2.3 billion", "Nine", "50"} <= set(report["marks"]["contradicted"])
    assert "85,000" in report["marks"]["supported"]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with live_server() as url:
        yield url


def test_with_javascript_the_page_stays_and_shows_the_report(
    base_url: str, tmp_path: Path
) -> None:
    with chromium(tmp_path / "profile") as driver:
        driver.get(base_url + "/")
        assert driver.title.startswith("factcheck")
        driver.execute_script("window.stayed = 'yes';")  # gone if the page navigated
        fill(driver, SOURCE, DRAFT)
        wait_for(driver, lambda d: "Done in" in d.find_element(By.ID, "status").text)
        assert driver.execute_script("return window.stayed") == "yes"
        assert driver.execute_script("return document.activeElement.id") == "outcome"
        assert tally(driver) == {"contradicted": 5, "unsupported": 0, "supported": 1}
        report = read_report(driver)
        assert_planted_errors_marked(report)
        # The report's own script ran in its sandboxed frame under both policies, and no
        # policy refused anything on the page.
        assert report["script_ran"] is True
        assert not [line for line in console(driver) if CSP_VIOLATION in line]

        # Again with no draft: the article is summarized, every figure in it checked.
        fill(driver, SOURCE, "")
        wait_for(driver, lambda d: "The summary, checked" in d.find_element(By.ID, "outcome").text)
        summary = read_report(driver)
        assert summary["claims"] and set(summary["claims"]) == {"supported"}


def test_with_javascript_progress_shows_while_the_server_works(tmp_path: Path) -> None:
    app = create_app(ServeSettings(), allow_private_hosts=True)
    with (
        serve() as (articles, state),
        live_server(app) as url,
        chromium(tmp_path / "profile") as driver,
    ):
        driver.get(url + "/")
        fill(driver, f"{articles}/slow", DRAFT)  # an article server that stalls
        status = driver.find_element(By.ID, "status")
        wait_for(driver, lambda d: re.search(r"against the article… [1-9]\d* s", status.text))
        assert status.find_elements(By.TAG_NAME, "progress")
        assert driver.find_element(By.ID, "submit").get_attribute("disabled") is not None
        state.stop.set()  # the stalled page gives up: the problem shows in place
        alert = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#outcome [role=alert]"))
        assert "could not" in alert.text.lower() or "fetch" in alert.text.lower()
        assert "Stopped after" in status.text
        assert driver.find_element(By.ID, "submit").get_attribute("disabled") is None


def test_without_javascript_a_plain_form_post_shows_the_report(
    base_url: str, tmp_path: Path
) -> None:
    with chromium(tmp_path / "profile", javascript=False) as driver:
        driver.get(base_url + "/")
        driver.find_element(By.ID, "source").send_keys(SOURCE)
        driver.find_element(By.ID, "draft").send_keys(DRAFT)
        driver.find_element(By.ID, "submit").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#outcome iframe.report"))
        assert tally(driver) == {"contradicted": 5, "unsupported": 0, "supported": 1}
        report = read_report(driver)
        assert_planted_errors_marked(report)
        assert report["script_ran"] is False  # the report reads without its script too
        # The form keeps what was sent, to correct and send again.
        assert "$2.5 billion" in (driver.find_element(By.ID, "draft").get_attribute("value") or "")


def _luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(css: str) -> tuple[float, ...]:
    return tuple(float(x) for x in re.findall(r"[\d.]+", css)[:3])


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((_luminance(_rgb(foreground)), _luminance(_rgb(background))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# The page's text and where it sits: each pair must reach WCAG AA (4.5:1).
COLOUR_PAIRS = """
return [
  ['label', 'label[for=source]', 'body'],
  ['help', '#source-help', 'form'],
  ['button', '#submit', '#submit'],
  ['footer', 'footer', 'body'],
  ...Array.from(document.querySelectorAll('#outcome .count')).map(
    (_, i) => ['count ' + i, '#outcome .count:nth-of-type(' + (i + 2) + ')',
               '#outcome .count:nth-of-type(' + (i + 2) + ')']),
].map(([name, fg, bg]) => {
  const text = document.querySelector(fg), under = document.querySelector(bg);
  let background = getComputedStyle(under).backgroundColor;
  let node = under;
  while (background === 'rgba(0, 0, 0, 0)' && node.parentElement) {
    node = node.parentElement; background = getComputedStyle(node).backgroundColor;
  }
  return [name, getComputedStyle(text).color, background];
});
"""


def test_at_420_px_it_fits_is_labelled_and_readable(base_url: str, tmp_path: Path) -> None:
    with chromium(tmp_path / "profile", width=420, height=900) as driver:
        driver.get(base_url + "/")
        assert driver.execute_script("return window.innerWidth") <= 420
        fill(driver, SOURCE, DRAFT)
        wait_for(driver, lambda d: "Done in" in d.find_element(By.ID, "status").text)
        # Nothing wider than the screen: no sideways scrolling on a phone.
        assert driver.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth"
        )
        frame = driver.find_element(By.CSS_SELECTOR, "iframe.report")
        assert frame.size["width"] <= 420 and frame.size["height"] >= 400
        # Every control has a label; keyboard focus is visible.
        unlabelled = driver.execute_script(
            "return Array.from(document.querySelectorAll('textarea, input, button'))"
            ".filter(el => el.tagName !== 'BUTTON'"
            " ? el.labels.length === 0 : !el.textContent.trim())"
            ".map(el => el.id)"
        )
        assert unlabelled == []
        driver.find_element(By.ID, "draft").click()
        outline = driver.execute_script(
            "const s = getComputedStyle(document.activeElement);"
            "return [document.activeElement.id, s.outlineStyle, s.outlineWidth]"
        )
        assert outline[0] == "draft" and outline[1] == "solid" and outline[2] == "3px"
        pairs = driver.execute_script(COLOUR_PAIRS)
        assert len(pairs) == 7
        for name, fg, bg in pairs:
            assert contrast(fg, bg) >= 4.5, f"{name}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"


def take_screenshot(url: str, png: Path, profile: Path) -> None:
    """The page with a checked draft, as the README shows it."""
    with chromium(profile, width=1280, height=1500) as driver:
        # The window's frame takes some of its height; the viewport is what is shown.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 1280, "height": 1500, "deviceScaleFactor": 1, "mobile": False},
        )
        driver.get(url + "/")
        fill(driver, SOURCE, DRAFT)
        wait_for(driver, lambda d: "Done in" in d.find_element(By.ID, "status").text)
        read_report(driver)  # the frame has rendered
        driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
        driver.save_screenshot(str(png))


def test_screenshot_of_the_page_with_a_result(base_url: str, tmp_path: Path) -> None:
    png = tmp_path / "serve-page.png"
    take_screenshot(base_url, png, tmp_path / "profile")
    assert png_size(png) == (1280, 1500)
    assert png.stat().st_size > 50_000  # a rendered page, not a blank one


if __name__ == "__main__":
    if CHROMIUM is None or CHROMEDRIVER is None:
        sys.exit("Chromium or chromedriver is missing: apt-get install chromium chromium-driver")
    with live_server() as served, tempfile.TemporaryDirectory() as tmp:
        take_screenshot(served, Path(tmp) / "serve-page.png", Path(tmp) / "profile")
        shutil.copyfile(Path(tmp) / "serve-page.png", EXAMPLES / "serve-page.png")
    print("wrote examples/serve-page.png")
