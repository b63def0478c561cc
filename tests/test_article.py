"""Loading articles: fetched from a real local HTTP server, read from files and stdin.

The server (``tests/article_server.py``) listens on 127.0.0.1, so fetches pass
``allow_private_hosts=True`` except where the refusal itself is under test. Host names that must
resolve somewhere are faked by patching ``socket.getaddrinfo``; nothing leaves the machine.
"""

from __future__ import annotations

import asyncio
import io
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from article_server import ServerState, serve

import factcheck
from factcheck import fetch as fetch_module
from factcheck.article import (
    aload_article,
    clean_text,
    decode_html,
    html_to_article,
    load_article,
)
from factcheck.cli import main
from factcheck.errors import (
    BlockedHostError,
    ExtractionError,
    FactcheckError,
    FetchError,
    HTTPStatusError,
    InputError,
    SourceNotFoundError,
    TooLargeError,
    UnsupportedContentError,
)
from factcheck.models import Article

FIGURES = ["50", "October 15", "31st", "$2.3 billion", "20 million", "85,000", "Nine"]
CHROME = [
    "Subscribe for $1 a week",  # navigation
    "FTSE 100",  # ticker
    "Home",  # breadcrumbs
    "Share on X",  # share bar
    "1,204 readers",
    "Related stories",
    "Drone makers hire 3,000 engineers",
    "Join 250,000 readers",  # newsletter box
    "Privacy policy",  # footer
    "company number 01234567",
]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    with serve() as running:
        yield running


@pytest.fixture
def base(server: tuple[str, ServerState]) -> str:
    return server[0]


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """Map host names to addresses (None: the name does not resolve); others resolve as usual."""
    table: dict[str, str | None] = {}
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host in table:
            address = table[host]
            if address is None:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return real(address, port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return table


def fetch(url: str, **options: object) -> Article:
    return load_article(url, allow_private_hosts=True, **options)  # type: ignore[arg-type]


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    err = capsys.readouterr().err
    return code, err


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("Ministers from 50 countries met in Brussels.\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- pages that load


def test_article_page_keeps_every_figure_and_no_page_chrome(
    base: str, server: tuple[str, ServerState]
) -> None:
    article = fetch(f"{base}/article")
    for figure in FIGURES:
        assert figure in article.text, figure
    for chrome in CHROME:
        assert chrome not in article.text, chrome
    assert article.title == (
        "Allies Back Ukraine's Training Role and Drone Industry at Ramstein Talks in Brussels"
    )
    assert article.byline == "Marta Kovalenko"
    assert article.published == "2025-10-16"
    assert article.site_name == "The Harbour Ledger"
    assert article.language == "en"
    assert article.obtained_via == "url"
    assert article.url == article.final_url == f"{base}/article"
    assert article.content_type == "text/html"
    assert article.fetched_at is not None
    path, host, agent = server[1].requests[-1]
    assert path == "/article"
    assert host == base.removeprefix("http://")
    assert agent is not None and agent.startswith(f"factcheck/{factcheck.__version__} (+http")


def test_html_file_loads_to_the_same_text_as_the_url(base: str, examples_dir: Path) -> None:
    from_file = load_article(examples_dir / "ramstein.html")
    assert from_file.obtained_via == "html_file"
    assert from_file.text == fetch(f"{base}/article").text
    assert from_file.byline == "Marta Kovalenko"


def test_windows_1251_page_declared_in_the_header(base: str) -> None:
    article = fetch(f"{base}/cp1251")
    assert "Міністри оборони з 50 країн зібралися в Брюсселі 15 жовтня" in article.text
    assert "2,3 мільярда доларів" in article.text
    assert article.language == "uk"


def test_iso_8859_1_page_declared_only_in_meta(base: str) -> None:
    article = fetch(f"{base}/latin1-meta")
    assert "Les ministres de la Défense de 50 pays se sont réunis à Bruxelles" in article.text
    assert "85 000 drones" in article.text
    assert article.title == "Réunion de Ramstein à Bruxelles"


@pytest.mark.parametrize("route", ["/gzip", "/brotli"])
def test_compressed_pages_are_decoded(base: str, route: str) -> None:
    assert fetch(f"{base}{route}").text == fetch(f"{base}/article").text


def test_redirect_chain_is_followed_to_the_article(base: str) -> None:
    article = fetch(f"{base}/chain/1")
    assert article.url == f"{base}/chain/1"
    assert article.final_url == f"{base}/article"
    assert "$2.3 billion" in article.text


def test_redirect_back_to_the_same_url_with_a_new_cookie_is_not_a_loop(base: str) -> None:
    article = fetch(f"{base}/consent-dance")
    assert article.final_url == f"{base}/consent-dance"
    assert "85,000" in article.text


def test_plain_text_response_is_cleaned(base: str) -> None:
    article = fetch(f"{base}/plain")
    assert article.content_type == "text/plain"
    assert "Story continues below advertisement" not in article.text
    assert "$2.3 billion" in article.text


def test_injected_client_is_used_and_left_open(base: str) -> None:
    with httpx2.Client() as client:
        article = load_article(f"{base}/article", allow_private_hosts=True, client=client)
        assert not client.is_closed
    assert "85,000" in article.text


def test_async_loader_follows_redirects_and_reports_status(base: str) -> None:
    async def both() -> tuple[Article, BaseException]:
        article = await aload_article(f"{base}/chain/1", allow_private_hosts=True)
        try:
            await aload_article(f"{base}/missing", allow_private_hosts=True)
        except HTTPStatusError as exc:
            return article, exc
        raise AssertionError("a 404 loaded")

    article, error = asyncio.run(both())
    assert article.final_url == f"{base}/article"
    assert "20 million" in article.text
    assert str(error) == f"{base}/missing: HTTP 404 Not Found"


def test_an_article_is_returned_unchanged() -> None:
    given = Article(text="Fifty countries met.")
    assert load_article(given) is given


# --------------------------------------------------------------------------- fetch failures

# (route, options, error class, exit code, message fragment)
FETCH_FAILURES = [
    ("/loop/a", {}, FetchError, 4, "redirect loop back to"),
    ("/hop/0", {}, FetchError, 4, "more than 10 redirects"),
    ("/slow", {"timeout": 0.5}, FetchError, 4, "timed out (limit 0.5s)"),
    ("/to-ftp", {}, FetchError, 4, "redirect to an unsupported scheme ftp:"),
    ("/no-location", {}, FetchError, 4, "redirect (302) without a Location header"),
    ("/bad-gzip", {}, FetchError, 4, "a body that cannot be decompressed"),
    ("/endless", {"max_bytes": 200_000}, TooLargeError, 7, "larger than the 200,000-byte limit"),
    ("/huge-declared", {}, TooLargeError, 7, "900,000,000 bytes, over the 5,000,000-byte limit"),
    ("/pdf", {}, UnsupportedContentError, 8, "the content is application/pdf, not an HTML page"),
    ("/pdf-as-html", {}, UnsupportedContentError, 8, "the content is a PDF document"),
    ("/image", {}, UnsupportedContentError, 8, "the content is image/png"),
    ("/missing", {}, HTTPStatusError, 6, "HTTP 404 Not Found"),
    ("/broken", {}, HTTPStatusError, 6, "HTTP 500 Internal Server Error"),
    ("/empty", {}, ExtractionError, 9, "the page is empty"),
    ("/cookie-wall", {}, ExtractionError, 9, "no article text found"),
]


@pytest.mark.parametrize(
    ("route", "options", "error", "code", "message"),
    FETCH_FAILURES,
    ids=[row[0] for row in FETCH_FAILURES],
)
def test_fetch_failures_raise_one_line_errors(
    base: str, route: str, options: dict, error: type[FactcheckError], code: int, message: str
) -> None:
    with pytest.raises(error) as caught:
        fetch(f"{base}{route}", **options)
    assert type(caught.value) is error
    assert caught.value.exit_code == code
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert caught.value.context["url"] is not None


def test_http_status_error_carries_the_status(base: str) -> None:
    with pytest.raises(HTTPStatusError) as caught:
        fetch(f"{base}/broken")
    assert caught.value.status == 500


@pytest.mark.parametrize(
    ("route", "options", "code", "message"),
    [(row[0], row[1], row[3], row[4]) for row in FETCH_FAILURES if not row[1]],
    ids=[row[0] for row in FETCH_FAILURES if not row[1]],
)
def test_cli_reports_fetch_failures_with_their_exit_code(
    base: str,
    route: str,
    options: dict,
    code: int,
    message: str,
    draft: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    exit_code, err = run_cli(
        ["check", "--allow-private-hosts", "--source", f"{base}{route}", str(draft)], capsys
    )
    assert exit_code == code
    assert err.startswith("factcheck: error: ")
    assert message in err
    assert err.count("\n") == 1  # one line, no traceback


def test_dns_failure(fake_dns: dict[str, str | None], capsys, draft: Path) -> None:
    fake_dns["no-such-host.example"] = None
    with pytest.raises(FetchError) as caught:
        load_article("http://no-such-host.example/news")
    assert caught.value.exit_code == 4
    assert str(caught.value) == (
        "http://no-such-host.example/news: cannot resolve host 'no-such-host.example' "
        "(DNS lookup failed)"
    )
    code, err = run_cli(
        ["check", "--source", "http://no-such-host.example/news", str(draft)], capsys
    )
    assert (code, err.count("\n")) == (4, 1)
    assert "cannot resolve host" in err


def test_refused_connection(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago and has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=2)
    assert caught.value.exit_code == 4
    assert str(caught.value) == f"{url}: connection refused by 127.0.0.1"
    code, err = run_cli(["check", "--allow-private-hosts", "--source", url, str(draft)], capsys)
    assert (code, err) == (4, f"factcheck: error: {url}: connection refused by 127.0.0.1\n")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/article.txt", "only http and https URLs can be fetched, not ftp:"),
        ("file:///etc/passwd", "only http and https URLs can be fetched, not file:"),
    ],
)
def test_only_http_and_https(url: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        load_article(url)
    assert message in str(caught.value)
    assert caught.value.exit_code == 2


# --------------------------------------------------------------------------- private addresses


def test_host_resolving_to_a_private_address_is_refused_by_default(
    fake_dns: dict[str, str | None], server: tuple[str, ServerState]
) -> None:
    fake_dns["news.example"] = "10.0.0.5"
    seen = len(server[1].requests)
    with pytest.raises(BlockedHostError) as caught:
        load_article("http://news.example/article")
    assert caught.value.exit_code == 5
    assert str(caught.value) == (
        "http://news.example/article: host 'news.example' resolves to a private or reserved "
        "address (10.0.0.5); pass allow_private_hosts=True (--allow-private-hosts) "
        "to fetch it anyway"
    )
    assert len(server[1].requests) == seen  # refused before any connection


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata service
        "http://192.168.1.1/",
        "http://0.0.0.0/",
        "http://[::ffff:10.0.0.1]/",
        # Other spellings of 127.0.0.1 that resolvers accept without asking DNS.
        "http://2130706433/",
        "http://0x7f000001/",
        "http://127.1/",
    ],
)
def test_loopback_link_local_and_private_literals_are_refused(url: str) -> None:
    with pytest.raises(BlockedHostError):
        load_article(url)


def test_opt_in_allows_a_private_host_and_keeps_the_host_name(
    fake_dns: dict[str, str | None], base: str, server: tuple[str, ServerState]
) -> None:
    port = base.rsplit(":", 1)[1]
    fake_dns["news.example"] = "127.0.0.1"
    article = load_article(f"http://news.example:{port}/article", allow_private_hosts=True)
    assert "$2.3 billion" in article.text
    assert article.url == f"http://news.example:{port}/article"
    # The connection went to the checked address; the server still saw the name.
    assert server[1].requests[-1][:2] == ("/article", f"news.example:{port}")


def test_every_redirect_hop_is_checked(
    fake_dns: dict[str, str | None],
    base: str,
    monkeypatch: pytest.MonkeyPatch,
    server: tuple[str, ServerState],
) -> None:
    # Pretend the test server is a public host, so only the second hop is private.
    port = base.rsplit(":", 1)[1]
    fake_dns["public.example"] = "127.0.0.1"
    fake_dns["intranet.example"] = "10.0.0.5"
    real_is_public = fetch_module._is_public
    monkeypatch.setattr(fetch_module, "_is_public", lambda a: a == "127.0.0.1" or real_is_public(a))
    with pytest.raises(BlockedHostError) as caught:
        load_article(f"http://public.example:{port}/to-private")
    assert "host 'intranet.example' resolves to a private or reserved address (10.0.0.5)" in str(
        caught.value
    )
    assert server[1].requests[-1][0] == "/to-private"


def test_cli_refuses_a_private_source_without_the_flag(
    base: str, draft: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run_cli(["check", "--source", f"{base}/article", str(draft)], capsys)
    assert code == 5
    assert "resolves to a private or reserved address (127.0.0.1)" in err
    assert "--allow-private-hosts" in err


# --------------------------------------------------------------------------- files and stdin


SEED_LIKE = (
    "- Category\n"
    "NATO Allies Praise Ukraine’s Role\n"
    "\n"
    "On October 15, defence ministers from 50 countries met in Brussels.\n"
    "-74a96d0b650d26f704c6111852160812.jpg)\n"
    "Story continues below advertisement\n"
    "Germany  will provide\tan additional $2.3 billion in defence aid.\n"
    "Share on Facebook Share on X Email\n"
    "ADVERTISEMENT\n"
    "Share prices of drone makers rose 12% after the meeting.\n"
    "Britain delivered 85\u00a0000 drones this year.\u200b\n"
    "\n\n\n\n"
    "-111f0e5095e02c02446ffed57bfb0ab1.jpeg)\n"
    "![](https://cdn.example.com/images/photo-2025.webp)\n"
)


def test_text_file_is_cleaned_conservatively(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    article = load_article(path)
    assert article.obtained_via == "text_file"
    assert article.text == (
        "- Category\n"
        "NATO Allies Praise Ukraine’s Role\n"
        "\n"
        "On October 15, defence ministers from 50 countries met in Brussels.\n"
        "Germany will provide an additional $2.3 billion in defence aid.\n"
        "Share prices of drone makers rose 12% after the meeting.\n"
        "Britain delivered 85 000 drones this year."
    )


def test_markdown_file_keeps_link_text_and_takes_the_heading_as_title(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "# Ramstein talks in Brussels\n\n"
        "![Ministers](images/ministers-2025-10-15.jpg)\n\n"
        "Ministers from [50 countries](https://example.com/2025/10/15/ramstein-50) met "
        "on **October 15**.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Ramstein talks in Brussels"
    assert article.text == (
        "Ramstein talks in Brussels\n\nMinisters from 50 countries met on **October 15**."
    )


def test_unknown_extension_is_sniffed_as_html(tmp_path: Path, examples_dir: Path) -> None:
    path = tmp_path / "saved-page.download"
    path.write_bytes((examples_dir / "ramstein.html").read_bytes())
    article = load_article(path)
    assert article.obtained_via == "html_file"
    assert "85,000" in article.text and "Related stories" not in article.text


def test_stdin_text_and_stdin_html(monkeypatch: pytest.MonkeyPatch, examples_dir: Path) -> None:
    def stdin(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    stdin(b"Fifty countries met in Brussels on October 15.\nAdvertisement\n")
    article = load_article("-")
    assert (article.obtained_via, article.text) == (
        "stdin",
        "Fifty countries met in Brussels on October 15.",
    )
    stdin((examples_dir / "ramstein.html").read_bytes())
    article = load_article("-")
    assert "$2.3 billion" in article.text and "FTSE" not in article.text


@pytest.mark.parametrize(
    ("name", "content", "error", "code", "message"),
    [
        ("missing.txt", None, SourceNotFoundError, 2, "missing.txt: no such file"),
        ("empty.txt", b"", InputError, 2, "empty.txt is empty"),
        ("blank.md", b" \n\t\n", InputError, 2, "blank.md is empty"),
        ("empty.html", b"", InputError, 2, "empty.html is empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 64, InputError, 2, "looks like a binary file"),
        ("paper.pdf", b"%PDF-1.5\n%\xe2\xe3", InputError, 2, "looks like a PDF document"),
        ("scan.html", b"\x89PNG\r\n\x1a\n\x00", InputError, 2, "looks like a PNG image, not HTML"),
        ("latin1.txt", "café".encode("latin-1"), InputError, 2, "is not valid UTF-8"),
        (
            "wall.html",
            b"<html><body><p>Please enable JavaScript.</p></body></html>",
            ExtractionError,
            9,
            "no article text found",
        ),
        ("only-ads.txt", b"Advertisement\n-abc123.jpg)\n", InputError, 2, "holds no text"),
    ],
)
def test_file_failures(
    tmp_path: Path,
    draft: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    error: type[FactcheckError],
    code: int,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as caught:
        load_article(path)
    assert message in str(caught.value)
    exit_code, err = run_cli(["check", "--source", str(path), str(draft)], capsys)
    assert exit_code == code
    assert message in err and err.count("\n") == 1


def test_a_url_typed_without_its_scheme_gets_a_hint(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFoundError) as caught:
        load_article("www.example.com/news/ramstein")
    assert str(caught.value) == (
        "www.example.com/news/ramstein: no such file; for a web page give the whole URL, "
        "e.g. https://www.example.com/news/ramstein"
    )
    with pytest.raises(SourceNotFoundError) as caught:
        load_article(tmp_path / "notes.txt")
    assert "give the whole URL" not in str(caught.value)


def test_file_over_the_byte_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Fifty countries met. " * 100, encoding="utf-8")
    with pytest.raises(TooLargeError) as caught:
        load_article(path, max_bytes=1000)
    assert caught.value.exit_code == 7
    assert "larger than the 1,000-byte limit" in str(caught.value)


# --------------------------------------------------------------------------- building blocks


def test_meta_charset_beats_detection_and_header_beats_meta() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body>café</body></html>'
    as_utf8 = page.encode("utf-8")
    # Bytes that are valid UTF-8 are still read as the page declares, as browsers do.
    assert "cafÃ©" in decode_html(as_utf8)
    assert "café" in decode_html(as_utf8, header_charset="utf-8")
    # ISO-8859-1 is read as windows-1252, whose 0x80 is the euro sign.
    assert "€" in decode_html(b'<meta charset="ISO-8859-1"><p>\x80 5</p>')
    # A byte windows-1252 leaves undefined does not cost the rest of the page its mapping.
    assert "€ 5 \x81 “quoted”" in decode_html(b'<meta charset="cp1252">\x80 5 \x81 \x93quoted\x94')


def test_xml_declaration_names_the_charset_of_an_xhtml_page() -> None:
    page = '<?xml version="1.0" encoding="windows-1251"?>\n<html><body><p>Київ</p></body></html>'
    assert "<p>Київ</p>" in decode_html(page.encode("cp1251"))


def test_undeclared_legacy_charset_is_detected() -> None:
    text = "Міністри оборони з п'ятдесяти країн зібралися в Брюсселі. " * 5
    page = f"<html><body><p>{text}</p></body></html>".encode("cp1251")
    assert "Міністри оборони" in decode_html(page)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement revenue fell 12% in 2024.",
        "Share prices rose after the announcement.",
        "Email the newsroom at tips@example.com with documents.",
        "The photo file, ramstein.jpg, was published on October 15.",
        "Print runs of the newspaper fell to 85,000 copies.",
    ],
)
def test_cleanup_keeps_sentences_that_merely_mention_artefact_words(line: str) -> None:
    assert clean_text(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Story continues below advertisement",
        "Article continues after this advertisement",
        "Share this article",
        "Share | Tweet | Email",
        "-74a96d0b650d26f704c6111852160812.jpg)",
        "https://cdn.example.com/img/2025/10/ramstein_1200x800.png?w=1200",
    ],
)
def test_cleanup_drops_artefact_lines(line: str) -> None:
    assert clean_text(f"First line.\n{line}\nLast line.") == "First line.\nLast line."


def test_html_to_article_needs_no_network() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} says that 50 countries met in Brussels on October 15 to talk.</p>"
        for n in range(1, 6)
    )
    article = html_to_article(
        f"<html><head><title>T</title></head><body><article>{paragraphs}</article></body></html>",
        url="https://news.example/story",
    )
    assert article.text.count("50 countries") == 5
    assert article.url == "https://news.example/story"


def test_extracted_text_drops_headline_repeat_link_lines_and_trailing_promos() -> None:
    body = [
        "More than 50 people were evacuated from the flats on Ferry Road on Sunday night.",
        "Related: Ferry Road flats were inspected in 2023",
        "Firefighters from 9 stations attended, and the fire was out within 3 hours of the call.",
        "Read more: How the council inspects tall buildings",
        "The copyright case over the building's design returns to court in March.",
        "Sign up to our newsletter",
        "Get the day's top headlines delivered to your inbox every morning.",
        "© 2025 Valley Courier Media Group",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    page = (
        "<html><head><title>Flats evacuated after fire</title></head><body><article>"
        f"<h1>Flats evacuated after fire</h1>{paragraphs}</article></body></html>"
    )
    article = html_to_article(page)
    assert article.title == "Flats evacuated after fire"
    assert article.text == "\n".join([body[0], body[2], body[4]])


@pytest.mark.parametrize(
    ("draft_name", "code"), [("draft-faithful.txt", 0), ("draft-with-errors.txt", 1)]
)
def test_cli_checks_a_draft_against_a_fetched_page(
    base: str,
    examples_dir: Path,
    draft_name: str,
    code: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["check", "-q", "--allow-private-hosts", "--source", f"{base}/article"]
    assert main([*args, "--format", "json", str(examples_dir / draft_name)]) == code
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "85,000" in captured.out  # evidence quoted from the fetched page


@pytest.mark.parametrize(
    ("route", "options", "error", "message"),
    [
        ("/slow", {"timeout": 0.5}, FetchError, "timed out (limit 0.5s)"),
        ("/endless", {"max_bytes": 200_000}, TooLargeError, "larger than the 200,000-byte limit"),
        ("/pdf", {}, UnsupportedContentError, "the content is application/pdf"),
        ("/loop/a", {}, FetchError, "redirect loop back to"),
        ("/cookie-wall", {}, ExtractionError, "no article text found"),
    ],
)
def test_async_loader_fails_the_same_way(
    base: str, route: str, options: dict, error: type[FactcheckError], message: str
) -> None:
    with pytest.raises(error) as caught:
        asyncio.run(aload_article(f"{base}{route}", allow_private_hosts=True, **options))
    assert type(caught.value) is error
    assert message in str(caught.value)


def test_async_loader_refuses_private_hosts(fake_dns: dict[str, str | None]) -> None:
    fake_dns["news.example"] = "192.168.0.10"
    with pytest.raises(BlockedHostError, match=r"resolves to a private or reserved address"):
        asyncio.run(aload_article("http://news.example/article"))


def test_wider_passes_rescue_a_page_the_precise_pass_throws_away() -> None:
    # Link-heavy paragraphs look like navigation to trafilatura's precision mode.
    paragraphs = "".join(
        f"<p><a href='/m{n}'>Fifty countries met</a> in <a href='/b'>Brussels on October 15</a>"
        f" and <a href='/c'>agreed on aid package {n}</a>.</p>"
        for n in range(1, 9)
    )
    article = html_to_article(f"<html><body><div>{paragraphs}</div></body></html>")
    assert article.text.count("Fifty countries met in Brussels on October 15") == 8
    assert "aid package 8" in article.text


def test_a_closing_newsletter_box_and_tagged_story_links_are_dropped() -> None:
    body = [
        "Counting ended at 2am, and the turnout of 41.3% was the highest since 2004.",
        "Council tax will rise 4.9% in April [VIDEO]",
        "The new mayor takes office on May 12 and has promised 300 new homes a year.",
        "Critics said the figure of 300 homes was lower than the 450 a year the county needs.",
        "Morning Briefing Newsletter",
        "The day's top stories, every weekday at 6am.",
    ]
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    article = html_to_article(f"<html><body><article>{paragraphs}</article></body></html>")
    assert article.text == "\n".join([body[0], body[2], body[3]])


def test_async_loader_reads_files_like_the_sync_one(examples_dir: Path) -> None:
    path = examples_dir / "ramstein.html"
    assert asyncio.run(aload_article(path)) == load_article(path)


def test_headline_a_line_down_and_update_stamps_are_dropped() -> None:
    entries = [
        "Polls have closed in all 312 wards, and counting starts at 17:00 in the sports hall.",
        "Turnout was 41.3% by 15:00, up from 36.8% at the same point in 2021, officials say.",
        "A polling station in Hollins was closed for 25 minutes after a burst water pipe.",
    ]
    page = (
        "<html><head><title>Mayoral election: polls close</title></head><body><main>"
        "<p>Mayoral election: polls close</p><p>Updated 2 minutes ago</p>"
        + "".join(f"<p>{entry}</p>" for entry in entries)
        + "<p>Published 12 September 2025, 09:30</p></main></body></html>"
    )
    assert html_to_article(page).text == "\n".join(entries)
