"""Input and output hygiene: text without spaces, credentials in URLs, bidi controls."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import BIDI_CONTROLS, FetchError, InputError, safe_text
from factcheck.extract import html_to_article
from factcheck.models import Article
from factcheck.pipeline import summarize
from factcheck.render import render_result
from factcheck.settings import resolve_settings

ROOT = Path(__file__).resolve().parent.parent

CHINESE_PARAGRAPH = (
    "北京市政府今天宣布，今年全市共新建学校{n}所，新增学位约三万个，比去年增加百分之十二。"
    "教育部门表示，这些学校将在九月开学前全部投入使用。"
)
CHINESE_PAGE = (
    "<html lang=zh><head><title>北京新建学校</title></head><body><article>"
    + "".join(f"<p>{CHINESE_PARAGRAPH.format(n=n)}</p>" for n in range(12, 16))
    + "</article></body></html>"
)


def test_a_chinese_article_is_measured_by_characters_not_refused() -> None:
    article = html_to_article(CHINESE_PAGE)
    assert "三万个" in article.text and article.language == "zh"


def test_a_chinese_article_is_summarized_by_the_model(scripted_server) -> None:
    settings = resolve_settings(base_url=scripted_server.base_url, environ={}, max_retries=0)
    result = summarize(html_to_article(CHINESE_PAGE), settings=settings, repair_rounds=0)
    assert result.engine == "llm" and "北京" in result.summary.summary


def test_a_short_chinese_teaser_is_still_refused() -> None:
    from factcheck.errors import ExtractionError

    with pytest.raises(ExtractionError, match="no article text"):
        html_to_article("<html><body><p>北京新建学校十二所。</p></body></html>")


@pytest.mark.parametrize(
    "url",
    ["https://user:pass@example.com/a", "http://token@example.com/", "https://a:b@[::1]:8/x"],
)
def test_a_url_with_credentials_is_refused_and_never_echoed(url: str) -> None:
    from factcheck.article import load_article

    with pytest.raises(InputError, match="user name or password") as caught:
        load_article(url)
    assert "pass" not in str(caught.value).replace("password", "")
    assert "token" not in str(caught.value) and "a:b" not in str(caught.value)


def test_no_message_ever_carries_url_credentials() -> None:
    error = FetchError("https://editor:hunter2@news.example.com/x: timed out")
    assert str(error) == "https://news.example.com/x: timed out"


def test_the_endpoint_is_shown_without_its_key() -> None:
    settings = resolve_settings(
        api_key="sk-real",
        base_url="https://sk-in-url@llm.example.com:8443/v1?api-key=sk-in-query",
        environ={},
    )
    assert settings.display_base_url == "https://llm.example.com:8443/v1"


def test_bidi_controls_are_shown_not_obeyed_in_messages() -> None:
    assert safe_text("file \u202eevil.txt") == "file <U+202E>evil.txt"
    assert str(InputError("\u2067x\u2069 is empty")) == "<U+2067>x<U+2069> is empty"


def _hostile_result():
    text = (ROOT / "examples" / "ramstein.txt").read_text(encoding="utf-8")
    text = text.replace("Defence ministers", "\u202eDefence\u202c ministers\u2066", 1)
    article = Article(
        text=text,
        title="Ramstein \u202eevil",
        url="https://example.com/\u202estory",
        byline="\u200fA. Writer",
        obtained_via="string",
    )
    return summarize(article)


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_bidi_controls_are_visible_escapes_in_every_human_format(fmt: str) -> None:
    out = render_result(_hostile_result(), fmt)
    assert not BIDI_CONTROLS.search(out)
    assert "U+202E" in out


def test_json_keeps_the_text_as_it_is() -> None:
    # JSON is data for programs: the characters stay (escaped by the JSON encoder or not).
    out = render_result(_hostile_result(), "json")
    assert "\u202e" in out or "\\u202e" in out


def test_full_width_sentence_ends_count_as_sentences() -> None:
    from factcheck.models import count_sentences

    assert count_sentences("第一句话。第二句话！第三句话？") == 3
    assert count_sentences("第一句话。 第二句话。") == 2
    assert count_sentences("One. Two.") == 2
