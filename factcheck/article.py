"""Loading articles: URL, HTML file, text file, stdin.

``load_article(source)`` turns whatever a user points at into an :class:`~factcheck.models.Article`
whose ``text`` is canonical: the LLM reads exactly this text and the checker's character offsets
refer to it.

Sources
    * ``http://`` / ``https://`` URLs, fetched by :mod:`factcheck.fetch` (limits, redirects
      checked hop by hop, private addresses refused unless ``allow_private_hosts=True``);
    * ``.html`` / ``.htm`` files, extracted like a fetched page by :mod:`factcheck.extract`;
    * ``.txt`` / ``.md`` files and ``-`` (standard input), cleaned conservatively: whitespace
      normalised, lone image file names, ad slugs and share-button rows dropped;
    * any other file is sniffed: markup is treated as HTML, anything else as text;
    * an ``Article``, returned unchanged.
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

import httpx2

from factcheck.errors import (
    ExtractionError,
    InputError,
    SourceNotFoundError,
    TooLargeError,
)
from factcheck.extract import (
    binary_kind,
    bom_codec,
    clean_text,
    codec_for,
    decode_as,
    decode_html,
    html_to_article,
    md_title,
    require_article,
    sniff_html,
)
from factcheck.fetch import TEXT_TYPES, Fetched, afetch_url, fetch_url, is_url
from factcheck.models import Article

# Re-exported: the benchmark and editorial tools extract HTML they already hold.
__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "aload_article",
    "article_from_fetched",
    "clean_text",
    "decode_html",
    "decode_text",
    "html_to_article",
    "load_article",
    "read_text",
]

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 15.0

# "www.example.com/story" or "example.com/news/1": a URL typed without its scheme.
_LOOKS_LIKE_HOST = re.compile(r"^(?:www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)", re.IGNORECASE)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


# --------------------------------------------------------------------------- public API


def load_article(
    source: str | Path | Article,
    *,
    allow_private_hosts: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx2.Client | None = None,
) -> Article:
    """Load an article from a URL, an HTML/text/Markdown file, ``-`` (stdin) or an ``Article``.

    ``client`` is an ``httpx2.Client`` an editorial tool manages itself (proxies, certificates);
    its redirect setting is ignored because redirects are followed here, hop by hop. Every
    failure is a :class:`~factcheck.errors.FactcheckError` subclass with a one-line message.
    """
    if isinstance(source, Article):
        return source
    if isinstance(source, str) and is_url(source):
        fetched = fetch_url(
            source,
            allow_private_hosts=allow_private_hosts,
            max_bytes=max_bytes,
            timeout=timeout,
            client=client,
        )
        return article_from_fetched(fetched)
    return _load_local(source, max_bytes=max_bytes)


async def aload_article(
    source: str | Path | Article,
    *,
    allow_private_hosts: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx2.AsyncClient | None = None,
) -> Article:
    """:func:`load_article` for asyncio: URLs are fetched with an ``httpx2.AsyncClient``.

    Extraction (tens of milliseconds of CPU a page) and file reads run in a worker thread, so
    an event loop fetching many articles at once keeps serving while one is parsed.
    """
    if isinstance(source, Article):
        return source
    if isinstance(source, str) and is_url(source):
        fetched = await afetch_url(
            source,
            allow_private_hosts=allow_private_hosts,
            max_bytes=max_bytes,
            timeout=timeout,
            client=client,
        )
        return await asyncio.to_thread(article_from_fetched, fetched)
    return await asyncio.to_thread(_load_local, source, max_bytes=max_bytes)


def decode_text(data: bytes, *, name: str) -> str:
    """Decode bytes a user handed us as text, refusing binary and undecodable input."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    bom = bom_codec(data)
    if bom is not None:
        # UTF-16 and UTF-32 are full of NUL bytes; with a byte order mark they are text.
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} is not valid {bom.upper()} text (byte {exc.start})") from exc
        text = text.lstrip("\ufeff")
        if not text.strip():
            raise InputError(f"{name} is empty")
        return text
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{name} looks like {kind}, not text")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid UTF-8 text (byte {exc.start}): save it as UTF-8"
        ) from exc
    if not text.strip():
        raise InputError(f"{name} is empty")
    return text


def read_text(source: str | Path) -> str:
    """Read a text file, or standard input when ``source`` is ``-``."""
    if str(source) == "-":
        return decode_text(sys.stdin.buffer.read(), name="standard input")
    path = Path(source)
    return decode_text(_read_file(path), name=str(path))


# --------------------------------------------------------------------------- local sources


def _load_local(source: str | Path, *, max_bytes: int) -> Article:
    if str(source) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "standard input"
        _check_size(len(data), max_bytes, name)
        if sniff_html(data):
            return html_to_article(data, obtained_via="stdin", name=name)
        text = _text_or_fail(clean_text(decode_text(data, name=name)), name)
        return Article(text=text, obtained_via="stdin")
    path = Path(source)
    data = _read_file(path, max_bytes=max_bytes)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and sniff_html(data)):
        if not data.strip():
            raise InputError(f"{path} is empty")
        kind = binary_kind(data)
        if kind:
            raise InputError(f"{path} looks like {kind}, not HTML")
        return html_to_article(data, obtained_via="html_file", name=str(path))
    markdown = suffix in {".md", ".markdown"}
    raw = decode_text(data, name=str(path))
    text = _text_or_fail(clean_text(raw, markdown=markdown), str(path))
    return Article(
        text=text,
        title=md_title(raw) if markdown else None,
        obtained_via="text_file",
    )


def _read_file(path: Path, *, max_bytes: int | None = None) -> bytes:
    if not path.exists():
        hint = ""
        if _LOOKS_LIKE_HOST.match(str(path)):
            hint = f"; for a web page give the whole URL, e.g. https://{path}"
        raise SourceNotFoundError(f"{path}: no such file{hint}")
    if not path.is_file():
        raise SourceNotFoundError(f"{path}: not a file")
    try:
        if max_bytes is not None:
            _check_size(path.stat().st_size, max_bytes, str(path))
        return path.read_bytes()
    except OSError as exc:
        raise SourceNotFoundError(f"{path}: cannot read ({exc.strerror})") from exc


def _check_size(size: int, max_bytes: int, name: str) -> None:
    if size > max_bytes:
        raise TooLargeError(f"{name} is larger than the {max_bytes:,}-byte limit")


def _text_or_fail(text: str, name: str) -> str:
    if not text:
        raise InputError(f"{name} holds no text once scrape artefacts are removed")
    return text


def article_from_fetched(fetched: Fetched) -> Article:
    """The article in a fetched page (the CPU half of loading a URL; a batch runs it in a
    worker process while the fetch stays with the event loop)."""
    if not fetched.body.strip():
        raise ExtractionError(f"{fetched.final_url}: the page is empty", url=fetched.final_url)
    if fetched.content_type in TEXT_TYPES:
        codec = bom_codec(fetched.body) or codec_for(fetched.charset) or "utf-8"
        text = clean_text(
            decode_as(fetched.body, codec), markdown="markdown" in fetched.content_type
        )
        require_article(text, where=fetched.final_url, url=fetched.final_url)
        article = Article(text=text, url=fetched.url, obtained_via="url")
    else:
        html = decode_html(fetched.body, header_charset=fetched.charset)
        article = html_to_article(html, url=fetched.final_url, obtained_via="url")
    return article.model_copy(
        update={
            "url": fetched.url,
            "final_url": fetched.final_url,
            "content_type": fetched.content_type,
            "fetched_at": fetched.fetched_at,
        }
    )
