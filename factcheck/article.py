"""Loading articles: URL, HTML file, text file, stdin.

``load_article(source)`` turns whatever a user points at into an :class:`~factcheck.models.Article`
whose ``text`` is canonical: the LLM reads exactly this text and the checker's character offsets
refer to it.

Sources
    * ``http://`` / ``https://`` URLs, fetched with httpx2 (see *Fetching* below);
    * ``.html`` / ``.htm`` files, extracted like a fetched page;
    * ``.txt`` / ``.md`` files and ``-`` (standard input), cleaned conservatively;
    * any other file is sniffed: markup is treated as HTML, anything else as text;
    * an ``Article``, returned unchanged.

Fetching
    Only http and https. Redirects are followed here, hop by hop (at most ``MAX_REDIRECTS``), so
    that every hop is checked. Each hop's host is resolved once with ``socket.getaddrinfo`` and,
    unless ``allow_private_hosts=True``, refused when any address is loopback, private,
    link-local, reserved, multicast or otherwise not globally routable: editorial tools pass
    user-typed URLs straight in, and a fetcher that follows them into the newsroom's own network
    is a server-side request forgery hole. The request then goes to the checked address itself
    (the URL's host is replaced by the IP; ``Host`` and TLS SNI/certificate checks keep the name),
    so a DNS answer that changes between the check and the connection (DNS rebinding) cannot
    redirect it. Residual risk: a client passed in with a proxy configured connects wherever the
    proxy decides; and keep-alive connections are pooled per IP, so two names served from the
    same address may share a TLS connection verified for the first name.

    ``timeout`` bounds the connection and every read; the whole fetch, redirects included, gives
    up after ``TOTAL_TIMEOUT_FACTOR`` times that, so a server trickling bytes cannot hold us.
    The byte cap counts decoded bytes while streaming (gzip, deflate and brotli are accepted),
    which also stops compression bombs. The charset comes from the HTTP header, then a byte order
    mark, then ``<meta charset>`` / ``<meta http-equiv>``, then UTF-8 if the bytes are valid
    UTF-8, then detection with charset-normalizer.

Extraction
    trafilatura with precision favoured, comments left out and tables kept, which measures best
    on the extraction benchmark (``benchmarks/bench_extract.py``); when that returns too little
    compared with a recall-oriented pass, the longer one is taken. Leftovers that are never
    article text (lone image file names, "Advertisement", share-button rows) are dropped from
    both extracted and plain text. A page whose text is too short to be an article, or that is
    only a cookie/consent or JavaScript wall, raises :class:`~factcheck.errors.ExtractionError`.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import re
import socket
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Literal

import httpx2

from factcheck.errors import (
    BlockedHostError,
    ExtractionError,
    FetchError,
    HTTPStatusError,
    InputError,
    SourceNotFoundError,
    TooLargeError,
    UnsupportedContentError,
)
from factcheck.models import Article

try:
    _VERSION = metadata.version("factcheck")
except metadata.PackageNotFoundError:  # a source tree that was never installed
    _VERSION = "0.0.0"

USER_AGENT = f"factcheck/{_VERSION} (+https://example.invalid/factcheck)"
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 15.0
MAX_REDIRECTS = 10
# Per-read timeouts alone let a server that sends one byte a second run forever.
TOTAL_TIMEOUT_FACTOR = 3

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_SNIFF_TYPES = {"", "application/octet-stream", "binary/octet-stream"}

# Magic numbers of the binary formats people most often paste as "the article".
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)

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
    if isinstance(source, str) and _looks_like_url(source):
        fetched = _fetch(
            _check_url(source),
            allow_private_hosts=allow_private_hosts,
            max_bytes=max_bytes,
            timeout=timeout,
            client=client,
        )
        return _article_from_fetch(fetched)
    return _load_local(source, max_bytes=max_bytes)


async def aload_article(
    source: str | Path | Article,
    *,
    allow_private_hosts: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    client: httpx2.AsyncClient | None = None,
) -> Article:
    """:func:`load_article` for asyncio: URLs are fetched with an ``httpx2.AsyncClient``."""
    if isinstance(source, Article):
        return source
    if isinstance(source, str) and _looks_like_url(source):
        fetched = await _afetch(
            _check_url(source),
            allow_private_hosts=allow_private_hosts,
            max_bytes=max_bytes,
            timeout=timeout,
            client=client,
        )
        return _article_from_fetch(fetched)
    return _load_local(source, max_bytes=max_bytes)


def decode_text(data: bytes, *, name: str) -> str:
    """Decode bytes a user handed us as text, refusing binary and undecodable input."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    kind = _binary_kind(data)
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


def html_to_article(
    html: str | bytes,
    *,
    url: str | None = None,
    obtained_via: Literal["url", "html_file", "stdin", "string"] = "string",
    name: str | None = None,
) -> Article:
    """Extract the article from an HTML page already in hand (no I/O).

    ``bytes`` are decoded with the page's own ``<meta>`` charset or by detection. Raises
    :class:`~factcheck.errors.ExtractionError` when the page holds no article (a cookie or
    JavaScript wall, an empty shell). ``name`` is how error messages refer to the page.
    """
    if isinstance(html, bytes):
        html = decode_html(html)
    where = name or url or "the page"
    if not html.strip():
        raise ExtractionError(f"{where}: the page is empty", url=url)
    text, meta = _extract(html, url=url)
    _require_article(text, where=where, url=url)
    return Article(
        text=text,
        title=meta.get("title"),
        url=url,
        published=meta.get("date"),
        byline=meta.get("author"),
        site_name=meta.get("sitename"),
        language=_html_language(html) or meta.get("language"),
        obtained_via=obtained_via,
    )


def clean_text(text: str, *, markdown: bool = False) -> str:
    """Normalise whitespace and drop scrape artefacts, conservatively.

    Removed: lines that are only an image file name or URL (``-74a9...0812.jpg)``), ad slugs
    ("Advertisement", "Story continues below advertisement") and rows of share buttons. Kept:
    everything else, including NBSP-grouped figures ("85 000", with the NBSP made a space).
    With ``markdown=True`` links become their text, images and heading markers go.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE)
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if markdown:
            line = _md_line(line)
        if line and _is_artefact(line):
            continue
        lines.append(line)
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def decode_html(data: bytes, *, header_charset: str | None = None) -> str:
    """Decode an HTML page: HTTP header charset, BOM, ``<meta>``, valid UTF-8, then detection."""
    for candidate in (_bom_charset(data), _codec(header_charset), _meta_charset(data)):
        if candidate:
            return _decode_as(data, candidate)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = _codec(best.encoding) if best is not None else None
    return _decode_as(data, codec or "windows-1252")


# --------------------------------------------------------------------------- local sources


def _load_local(source: str | Path, *, max_bytes: int) -> Article:
    if str(source) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name, via = "standard input", "stdin"
        _check_size(len(data), max_bytes, name)
        kind = "html" if _sniff_html(data) else "text"
        if kind == "html":
            return html_to_article(data, obtained_via="stdin", name=name)
        text = _text_or_fail(clean_text(decode_text(data, name=name)), name)
        return Article(text=text, obtained_via=via)
    path = Path(source)
    data = _read_file(path, max_bytes=max_bytes)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _sniff_html(data)):
        if not data.strip():
            raise InputError(f"{path} is empty")
        kind = _binary_kind(data)
        if kind:
            raise InputError(f"{path} looks like {kind}, not HTML")
        return html_to_article(data, obtained_via="html_file", name=str(path))
    markdown = suffix in {".md", ".markdown"}
    raw = decode_text(data, name=str(path))
    text = _text_or_fail(clean_text(raw, markdown=markdown), str(path))
    return Article(
        text=text,
        title=_md_title(raw) if markdown else None,
        obtained_via="text_file",
    )


def _read_file(path: Path, *, max_bytes: int | None = None) -> bytes:
    if not path.exists():
        raise SourceNotFoundError(f"{path}: no such file")
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


# --------------------------------------------------------------------------- text cleanup

_INVISIBLE = {
    0x00A0: " ",  # NBSP, often a thousands separator: keep it as a space so "85 000" stays
    0x202F: " ",
    0x2009: " ",
    0x200B: None,  # zero-width space
    0x2060: None,  # word joiner
    0xFEFF: None,  # stray BOM
    0x00AD: None,  # soft hyphen splits words invisibly
}
_SPACES = re.compile(r"[ \t\f\v]+")
_IMAGE_LINE = re.compile(
    r"""^[\s\-*!\[\]()<>"']*            # bullet, markdown or bracket debris
        (?:\S*/)?[\w%.~+=-]+            # optional URL path, then the file name
        \.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)
        (?:\?\S*)?                      # query string
        [\s\])>"']*$""",
    re.IGNORECASE | re.VERBOSE,
)
_AD_LINE = re.compile(
    r"^(?:advertisement|advertising|sponsored|ad|"
    r"(?:story|article|text) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
    r"continue reading (?:below|the main story)|skip advertisement|"
    r"scroll (?:down )?to continue(?: with content)?|"
    r"advertisement\s*[-–—:]\s*scroll to continue(?: reading)?)[.:]?$",
    re.IGNORECASE,
)
_SHARE_WORD = (
    r"(?:share(?: (?:this|on|via|to)(?: (?:article|story|page))?)?|tweet|copy(?: the)? link|"
    r"facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|email|e-mail|print|"
    r"flipboard|messenger|sms|comments?|\d+ comments?)"
)
_SHARE_LINE = re.compile(rf"^(?:{_SHARE_WORD}[\s|·•,/]*)+$", re.IGNORECASE)
_SHARE_KEY = re.compile(r"\b(?:share|tweet|copy link)\b", re.IGNORECASE)


def _is_artefact(line: str) -> bool:
    if _IMAGE_LINE.match(line) or _AD_LINE.match(line):
        return True
    # A row of share buttons, not a sentence that mentions sharing.
    return bool(len(line) <= 120 and _SHARE_KEY.search(line) and _SHARE_LINE.match(line))


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")


def _md_line(line: str) -> str:
    if _MD_IMAGE.fullmatch(line):
        return ""
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return _MD_HEADING.sub("", line).strip()


def _md_title(raw: str) -> str | None:
    for line in raw.splitlines():
        if line.startswith("# "):
            return _md_line(line) or None
    return None


# --------------------------------------------------------------------------- HTML extraction

# Fewer words than this is a teaser, a wall or an error page, not an article to summarize.
MIN_ARTICLE_WORDS = 25
# Below this many words the precise pass probably missed the body; wider passes are tried.
_FALLBACK_WORDS = 2 * MIN_ARTICLE_WORDS
_WALL_WORDS = re.compile(
    r"\b(?:cookies?|consent|privacy (?:settings|policy|preferences)|accept all|reject all|"
    r"manage (?:options|preferences|settings)|enable javascript|"
    r"javascript is (?:disabled|required)|"
    r"browser (?:is not supported|settings)|are you a robot|captcha|subscribe to (?:continue|read)|"
    r"sign in to (?:continue|read)|ad ?blocker)\b",
    re.IGNORECASE,
)


def _extract(html: str, *, url: str | None) -> tuple[str, dict[str, str | None]]:
    import trafilatura

    common = {
        "url": url,
        "include_comments": False,
        "include_tables": True,
        "with_metadata": True,
    }
    doc = trafilatura.bare_extraction(html, favor_precision=True, **common)
    text = clean_text(doc.text or "") if doc is not None else ""
    if _word_count(text) < _FALLBACK_WORDS:
        # Precision mode can discard the whole body of a short or oddly built page; the
        # recall pass, then trafilatura's baseline (every paragraph-like node), catch it.
        wide = trafilatura.bare_extraction(html, favor_recall=True, **common)
        wide_text = clean_text(wide.text or "") if wide is not None else ""
        if _word_count(wide_text) > _word_count(text):
            doc, text = wide if doc is None else doc, wide_text
    if _word_count(text) < MIN_ARTICLE_WORDS:
        _, base_text, _ = trafilatura.baseline(html)
        base_text = clean_text(base_text or "")
        if _word_count(base_text) > _word_count(text):
            text = base_text
    meta: dict[str, str | None] = {}
    if doc is not None:
        for key in ("title", "date", "author", "sitename", "language"):
            value = getattr(doc, key, None)
            meta[key] = (" ".join(str(value).split()) or None) if value else None
    return _tidy(text, meta.get("title")), meta


_PROMO_LINE = re.compile(
    r"^(?:related(?: (?:stories|articles|coverage|content))?|see more|see also|read more|"
    r"read also|also read|more|don't miss|don’t miss|recommended(?: for you)?|watch|"
    r"you (?:may|might) also like|more from [\w' ]{1,40}|sponsored(?: content)?)"
    r"\s*(?:[:|…»>]|\s[-–—]\s|\.\.\.|$)",
    re.IGNORECASE,
)
_TAIL_PROMO = re.compile(
    r"^(?:subscribe\b|sign up\b|have a (?:news )?tip\b|copyright\b|©|all rights reserved|"
    r"click here\b|tell us what you think|if you enjoyed this|comments?$|"
    r"follow [\w.@' ]{1,40} on (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube)\b|"
    r"[\w' ]{1,40} newsletter$)"
    r"|\b(?:to your inbox|our newsletters?|follow (?:us|him|her|them) on)\b",
    re.IGNORECASE,
)
# Lines longer than this are prose, whatever words they contain.
_PROMO_MAX_WORDS = 40


def _tidy(text: str, title: str | None) -> str:
    """Drop what trafilatura keeps but is not the article: leftovers, not rewrites.

    The headline repeated as the first line (it is in ``Article.title``), "Related: ..." and
    "Read more: ..." link lines anywhere, and newsletter, follow-us and copyright lines at the
    very end. Each rule needs the whole line to be short; prose is never touched.
    """
    lines = text.split("\n")
    if title and lines and _words_of(lines[0]) == _words_of(title):
        lines = lines[1:]
    lines = [
        line
        for line in lines
        if not (_PROMO_LINE.match(line) and _word_count(line) <= _PROMO_MAX_WORDS)
    ]
    while lines and (
        not lines[-1].strip()
        or (_TAIL_PROMO.search(lines[-1]) and _word_count(lines[-1]) <= _PROMO_MAX_WORDS)
    ):
        lines.pop()
    return "\n".join(lines).strip()


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _require_article(text: str, *, where: str, url: str | None) -> None:
    words = _word_count(text)
    if words < MIN_ARTICLE_WORDS:
        raise ExtractionError(
            f"{where}: no article text found (only {words} words; a wall, teaser or empty page?)",
            url=url,
        )
    # A cookie/consent or JavaScript wall extracted as if it were the article.
    hits = len(_WALL_WORDS.findall(text))
    if words < 150 and hits >= 2:
        raise ExtractionError(
            f"{where}: no article text found, only a cookie, consent or login wall", url=url
        )


def _word_count(text: str) -> int:
    return len(text.split())


def _html_language(html: str) -> str | None:
    match = re.search(
        r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", html[:5000]
    )
    return match.group(1) if match else None


def _sniff_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")) or (
        head.startswith(b"<") and (b"<html" in head or b"<p" in head or b"<div" in head)
    )


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


# --------------------------------------------------------------------------- charsets


def _codec(label: str | None) -> str | None:
    """A Python codec for a charset label, with the WHATWG aliases browsers apply."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    # Browsers read these labels as windows-1252, and pages rely on it (curly quotes, €).
    if label in {
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "l1",
        "us-ascii",
        "ascii",
        "iso_8859-1",
        "cp819",
        "ibm819",
    }:
        label = "windows-1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _bom_charset(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:16_384])
    codec = _codec(match.group(1).decode("ascii")) if match else None
    # A page that is readable as ASCII cannot really be UTF-16; browsers use UTF-8 here.
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def _decode_as(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        if codec == "cp1252":
            # Five bytes are undefined in Python's cp1252 but map to C1 controls in browsers.
            return data.decode("latin-1")
        return data.decode(codec, errors="replace")


# --------------------------------------------------------------------------- fetching


@dataclass
class _Fetched:
    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def _looks_like_url(source: str) -> bool:
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source.strip()))


def _check_url(source: str) -> httpx2.URL:
    try:
        url = httpx2.URL(source.strip())
    except (httpx2.InvalidURL, ValueError) as exc:
        raise InputError(f"{source}: not a valid URL ({exc})") from exc
    if url.scheme not in {"http", "https"}:
        raise InputError(f"{source}: only http and https URLs can be fetched, not {url.scheme}:")
    if not url.host:
        raise InputError(f"{source}: the URL has no host")
    return url


def _resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to; ``socket.gaierror`` when it does not resolve."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _pick_address(url: httpx2.URL, addresses: list[str], allow_private_hosts: bool) -> str:
    if not addresses:
        raise FetchError(f"{url}: cannot resolve host {url.host!r}", url=str(url))
    if not allow_private_hosts:
        blocked = [a for a in addresses if not _is_public(a)]
        if blocked:
            # One private answer is enough to refuse: the connection could pick any of them.
            raise BlockedHostError(
                f"{url}: host {url.host!r} resolves to a private or reserved address "
                f"({blocked[0]}); pass allow_private_hosts=True (--allow-private-hosts) "
                "to fetch it anyway",
                url=str(url),
            )
    return addresses[0]


def _pinned_request_args(url: httpx2.URL, address: str, cookies: dict[str, str]) -> dict:
    headers = {
        # netloc: the ASCII (IDNA) name, IPv6 brackets and any explicit port, as sent on the wire.
        "Host": url.netloc.decode("ascii"),
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Language": "en;q=1.0, *;q=0.5",
    }
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    extensions = {"sni_hostname": _ascii_host(url)} if url.scheme == "https" else {}
    return {"url": url.copy_with(host=address), "headers": headers, "extensions": extensions}


def _remember_cookies(response: httpx2.Response, cookies: dict[str, str]) -> None:
    # Consent and anti-bot redirects often set a cookie and send us back; the pinned IP URL
    # would not match the cookie's domain in a jar, so the pairs are carried by hand.
    for header in response.headers.get_list("set-cookie"):
        pair = header.split(";", 1)[0]
        if "=" in pair:
            name, value = pair.split("=", 1)
            cookies[name.strip()] = value.strip()


def _next_hop(url: httpx2.URL, response: httpx2.Response, seen: set[str]) -> httpx2.URL:
    location = response.headers.get("location")
    if not location:
        raise FetchError(
            f"{url}: redirect ({response.status_code}) without a Location header", url=str(url)
        )
    try:
        target = url.join(location)
    except (httpx2.InvalidURL, ValueError) as exc:
        raise FetchError(f"{url}: redirect to an invalid URL {location!r}", url=str(url)) from exc
    if target.scheme not in {"http", "https"}:
        raise FetchError(f"{url}: redirect to an unsupported scheme {target.scheme}:", url=str(url))
    if str(target) in seen:
        raise FetchError(f"{url}: redirect loop back to {target}", url=str(target))
    if len(seen) > MAX_REDIRECTS:
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects", url=str(url))
    return target


def _check_response(
    url: httpx2.URL, response: httpx2.Response, max_bytes: int
) -> tuple[str, str | None]:
    """Status, declared type and declared size, checked before any body byte is read."""
    status = response.status_code
    if status >= 400:
        reason = response.reason_phrase or ""
        raise HTTPStatusError(f"{url}: HTTP {status} {reason}".strip(), url=str(url), status=status)
    content_type = response.headers.get("content-type", "")
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in _HTML_TYPES | _TEXT_TYPES | _SNIFF_TYPES:
        raise UnsupportedContentError(
            f"{url}: the content is {mime}, not an HTML page or text", url=str(url)
        )
    length = response.headers.get("content-length", "")
    # Declared size is of the encoded body; a gzip page may grow past it, which the stream catches.
    if (
        length.isdigit()
        and int(length) > max_bytes
        and not response.headers.get("content-encoding")
    ):
        raise TooLargeError(
            f"{url}: the page is {int(length):,} bytes, over the {max_bytes:,}-byte limit",
            url=str(url),
        )
    match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
    return mime, match.group(1) if match else None


def _too_large(url: httpx2.URL, max_bytes: int) -> TooLargeError:
    return TooLargeError(
        f"{url}: the page is larger than the {max_bytes:,}-byte limit", url=str(url)
    )


def _translate(exc: Exception, url: httpx2.URL, timeout: float) -> FetchError:
    """One line for each way a transport can fail."""
    where = str(url)
    if isinstance(exc, socket.gaierror):
        return FetchError(
            f"{where}: cannot resolve host {url.host!r} (DNS lookup failed)", url=where
        )
    if isinstance(exc, (httpx2.TimeoutException, TimeoutError)):
        return FetchError(f"{where}: timed out (limit {timeout:g}s)", url=where)
    if isinstance(exc, httpx2.ConnectError):
        detail = str(exc).lower()
        if "refused" in detail:
            return FetchError(f"{where}: connection refused by {url.host}", url=where)
        return FetchError(f"{where}: cannot connect to {url.host} ({exc})", url=where)
    if isinstance(exc, httpx2.DecodingError):
        return FetchError(f"{where}: the server sent a body that cannot be decompressed", url=where)
    return FetchError(f"{where}: the connection failed ({type(exc).__name__}: {exc})", url=where)


def _deadline_check(deadline: float, url: httpx2.URL, timeout: float) -> None:
    if time.monotonic() > deadline:
        raise FetchError(
            f"{url}: timed out (the whole fetch took over {TOTAL_TIMEOUT_FACTOR * timeout:g}s)",
            url=str(url),
        )


def _finish(
    start: httpx2.URL, url: httpx2.URL, mime: str, charset: str | None, body: bytes
) -> _Fetched:
    kind = _binary_kind(body)
    if kind or (mime in _SNIFF_TYPES and b"\x00" in body[:8192]):
        raise UnsupportedContentError(
            f"{url}: the content is {kind or 'binary data'}, not an HTML page or text",
            url=str(url),
        )
    if mime in _SNIFF_TYPES:
        mime = "text/html" if _sniff_html(body) else "text/plain"
    return _Fetched(
        url=str(start), final_url=str(url), content_type=mime, charset=charset, body=body
    )


def _fetch(
    start: httpx2.URL,
    *,
    allow_private_hosts: bool,
    max_bytes: int,
    timeout: float,
    client: httpx2.Client | None,
) -> _Fetched:
    own = client is None
    http = client or httpx2.Client(trust_env=False)
    deadline = time.monotonic() + TOTAL_TIMEOUT_FACTOR * timeout
    url, seen, cookies = start, {str(start)}, {}
    try:
        while True:
            try:
                address = _pick_address(
                    url,
                    _resolve(_ascii_host(url), url.port or _default_port(url)),
                    allow_private_hosts,
                )
                args = _pinned_request_args(url, address, cookies)
                request = http.build_request("GET", args.pop("url"), timeout=timeout, **args)
                with _send(http, request) as response:
                    _remember_cookies(response, cookies)
                    if response.is_redirect:
                        url = _next_hop(url, response, seen)
                        seen.add(str(url))
                        continue
                    mime, charset = _check_response(url, response, max_bytes)
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise _too_large(url, max_bytes)
                        _deadline_check(deadline, url, timeout)
                        chunks.append(chunk)
                    return _finish(start, url, mime, charset, b"".join(chunks))
            except (httpx2.HTTPError, socket.gaierror, OSError) as exc:
                raise _translate(exc, url, timeout) from exc
    finally:
        if own:
            http.close()


class _send:
    """``client.send(stream=True)`` as a context manager that always closes the response."""

    def __init__(self, http: httpx2.Client, request: httpx2.Request) -> None:
        self.response = http.send(request, stream=True, follow_redirects=False)

    def __enter__(self) -> httpx2.Response:
        return self.response

    def __exit__(self, *exc: object) -> None:
        self.response.close()


async def _aresolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


async def _afetch(
    start: httpx2.URL,
    *,
    allow_private_hosts: bool,
    max_bytes: int,
    timeout: float,
    client: httpx2.AsyncClient | None,
) -> _Fetched:
    own = client is None
    http = client or httpx2.AsyncClient(trust_env=False)
    deadline = time.monotonic() + TOTAL_TIMEOUT_FACTOR * timeout
    url, seen, cookies = start, {str(start)}, {}
    try:
        while True:
            try:
                addresses = await _aresolve(_ascii_host(url), url.port or _default_port(url))
                address = _pick_address(url, addresses, allow_private_hosts)
                args = _pinned_request_args(url, address, cookies)
                request = http.build_request("GET", args.pop("url"), timeout=timeout, **args)
                response = await http.send(request, stream=True, follow_redirects=False)
                try:
                    _remember_cookies(response, cookies)
                    if response.is_redirect:
                        url = _next_hop(url, response, seen)
                        seen.add(str(url))
                        continue
                    mime, charset = _check_response(url, response, max_bytes)
                    chunks, size = [], 0
                    async for chunk in response.aiter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise _too_large(url, max_bytes)
                        _deadline_check(deadline, url, timeout)
                        chunks.append(chunk)
                    return _finish(start, url, mime, charset, b"".join(chunks))
                finally:
                    await response.aclose()
            except (httpx2.HTTPError, socket.gaierror, OSError) as exc:
                raise _translate(exc, url, timeout) from exc
    finally:
        if own:
            await http.aclose()


def _ascii_host(url: httpx2.URL) -> str:
    return url.raw_host.decode("ascii")


def _default_port(url: httpx2.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _article_from_fetch(fetched: _Fetched) -> Article:
    if not fetched.body.strip():
        raise ExtractionError(f"{fetched.final_url}: the page is empty", url=fetched.final_url)
    if fetched.content_type in _TEXT_TYPES:
        codec = _codec(fetched.charset) or "utf-8"
        text = clean_text(
            _decode_as(fetched.body, codec), markdown="markdown" in fetched.content_type
        )
        _require_article(text, where=fetched.final_url, url=fetched.final_url)
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
