"""From HTML (or scraped text) to the article's canonical text and metadata; no I/O.

Extraction is trafilatura with precision favoured, comments left out and tables kept, which
measures best on the extraction benchmark (``benchmarks/bench_extract.py``), in its fast mode
(without its comparison against readability and jusText). When that pass returns almost nothing,
the full pass, a recall-oriented pass and then trafilatura's baseline are tried. The page is
parsed and its metadata read once for all the passes (:mod:`factcheck._page_meta`).
What trafilatura keeps but is never article text is then dropped, line by line and only when
the whole line is short: the headline repeated as the first line (it is in ``Article.title``),
"Related: ..." / "Read more: ..." link lines, newsletter and copyright lines at the end, lone
image file names, ad slugs and share-button rows. A page whose text is too short to be an
article, or that is only a cookie/consent or JavaScript wall, raises
:class:`~factcheck.errors.ExtractionError`.

Charsets, in the order browsers apply them: a byte order mark, the HTTP header's, then
``<meta charset>`` / ``<meta http-equiv>``, then UTF-8 if the bytes are valid UTF-8, then
charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import functools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from factcheck._page_meta import page_metadata, parse_page
from factcheck.errors import ExtractionError
from factcheck.headline import page_headline
from factcheck.models import Article

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
    require_article(text, where=where, url=url)
    return Article(
        text=text,
        title=page_headline(meta.get("title"), html, url=url, sitename=meta.get("sitename")),
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
    if _HAS_INVISIBLE.search(text):  # translate() looks up every character: only when needed
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
    """Decode an HTML page: BOM, HTTP header charset, ``<meta>``, valid UTF-8, then detection."""
    for candidate in (_bom_charset(data), codec_for(header_charset), _meta_charset(data)):
        if candidate:
            return decode_as(data, candidate)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = codec_for(best.encoding) if best is not None else None
    return decode_as(data, codec or "windows-1252")


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
_HAS_INVISIBLE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
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


def md_title(raw: str) -> str | None:
    """The first level-1 heading of a Markdown text, without its markup."""
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


_T = TypeVar("_T")
# trafilatura/lxml is not safe in parallel threads: at a batch's --concurrency 4 over real pages
# runs died with a segfault or "double free or corruption". One extraction at a time per
# process; CPU-bound anyway, so threads lose little (parallel work belongs in processes).
_TRAFILATURA_LOCK = threading.Lock()


def _one_at_a_time(function: Callable[..., _T]) -> Callable[..., _T]:
    @functools.wraps(function)
    def serialized(*args: object, **kwargs: object) -> _T:
        with _TRAFILATURA_LOCK:
            return function(*args, **kwargs)

    return serialized


@_one_at_a_time
def _extract(html: str, *, url: str | None) -> tuple[str, dict[str, str | None]]:
    import trafilatura

    page = _Page.read(html, url)
    # trafilatura's second opinion (its readability and jusText ports) takes a quarter of a
    # pass and changes little but short texts (it calls on jusText below 250 characters): on
    # the 103 pages of extraction-dev and benchmarks/pages, skipping it changed one text, of
    # 229 characters, and the benchmark's F1 not at all. So it is asked for short texts only.
    doc, text = _trafilatura_pass(page, precision=True, fast=True)
    words = _word_count(text)
    if words < _FALLBACK_WORDS:
        doc, text = _trafilatura_pass(page, precision=True, fast=False)
        words = _word_count(text)
    if words < _FALLBACK_WORDS:
        # Precision mode can discard the whole body of a short or oddly built page (link-heavy
        # paragraphs look like navigation to it); the recall pass, then trafilatura's baseline
        # (every paragraph-like node), catch it.
        wide, wide_text = _trafilatura_pass(page, precision=False, fast=False)
        if (wide_words := _word_count(wide_text)) > words:
            doc, text, words = doc or wide, wide_text, wide_words
    if words < MIN_ARTICLE_WORDS:
        base_text = clean_text(trafilatura.baseline(html)[1] or "")
        if _word_count(base_text) > words:
            text = base_text
    meta: dict[str, str | None] = {}
    for key in ("title", "date", "author", "sitename", "language"):
        value = getattr(doc, key, None)
        meta[key] = (" ".join(str(value).split()) or None) if value else None
    return _tidy(text, meta.get("title")), meta


@dataclass
class _Page:
    """A page to extract from: its HTML and URL, and when it parses, its tree and metadata
    (read once for every pass: see :mod:`factcheck._page_meta`)."""

    html: str
    url: str | None
    tree: Any = None
    meta: Any = None

    @classmethod
    def read(cls, html: str, url: str | None) -> _Page:
        page = cls(html, url)
        try:
            tree = parse_page(html)
            meta = None if tree is None else page_metadata(tree, url)
        except (TypeError, ValueError):  # what trafilatura's pass turns into "no document"
            return page  # so its own passes say what they make of the page
        page.tree, page.meta = tree, meta
        return page


def _trafilatura_pass(page: _Page, *, precision: bool, fast: bool) -> tuple[object, str]:
    """One trafilatura run (the page's metadata, None when the pass found no document) and its
    cleaned text.

    ``fast`` is trafilatura's own extractor alone, without the second opinion of its bundled
    readability and jusText ports, which takes a quarter of the pass's time (the date search
    stays extensive either way: trafilatura's configuration sets it).
    """
    import trafilatura

    options: dict[str, Any] = {
        "favor_precision": precision,
        "favor_recall": not precision,
        "include_comments": False,
        "include_tables": True,
        "fast": fast,
    }
    if page.tree is None:
        doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True, **options)
        return doc, clean_text(getattr(doc, "text", None) or "")
    # From a copy of the parsed tree (trafilatura copies a tree it is given), metadata off: the
    # URL is the one the metadata gives the extraction (the page's own when none was given).
    doc = trafilatura.bare_extraction(
        page.tree, url=page.url or page.meta.url, with_metadata=False, **options
    )
    text = clean_text(getattr(doc, "text", None) or "")
    return (page.meta if doc is not None else None), text


_PROMO_LINE = re.compile(
    r"^(?:related(?: (?:stories|articles|coverage|content))?|see more|see also|read more|"
    r"read also|also read|more|don't miss|don’t miss|recommended(?: for you)?|watch|"
    r"you (?:may|might) also like|more from [\w' ]{1,40}|sponsored(?: content)?)"
    r"\s*(?:[:|…»>]|\s[-–—]\s|\.\.\.|$)",
    re.IGNORECASE,
)
# "Updated 2 minutes ago", "Published 12 September 2025, 09:30": page furniture, not content.
_STAMP_LINE = re.compile(
    r"^(?:(?:last |first )?updated|published|posted|first published)\b[^.!?]*[.]?$",
    re.IGNORECASE,
)
_STAMP_MAX_WORDS = 10
# How many opening lines may repeat the headline.
_TITLE_LINES = 3
# A link to another story, tagged the tabloid way: "... protest jibe [INSIGHT]", "[VIDEO]".
_TAGGED_LINK = re.compile(r"\[[A-Z]{3,}\]\W*$")
_TAIL_PROMO = re.compile(
    r"^(?:subscribe\b|sign up\b|have a (?:news )?tip\b|copyright\b|©|all rights reserved|"
    r"click here\b|tell us what you think|if you enjoyed this|comments?$|listen (?:to|live)\b|"
    r"(?:download|get) (?:the|our) [\w' ]{0,30}\bapp\b|"
    r"follow [\w.@' ]{1,40} on (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube)\b|"
    r"[\w' ]{1,40} newsletter$)"
    r"|\b(?:to your inbox|our newsletters?|follow (?:us|him|her|them) on)\b",
    re.IGNORECASE,
)
# Lines longer than this are prose, whatever words they contain.
_PROMO_MAX_WORDS = 40
# How far from the end closing promos are looked for, and how long a line in their blurb can be.
_TAIL_LINES = 4
_TAIL_BLURB_WORDS = 25


def _tidy(text: str, title: str | None) -> str:
    """Drop what trafilatura keeps but is not the article: leftovers, not rewrites.

    The headline repeated as the first line (it is in ``Article.title``), "Related: ..." and
    "Read more: ..." link lines anywhere, and newsletter, follow-us and copyright lines at the
    very end. Each rule needs the whole line to be short; prose is never touched.
    """
    lines = text.split("\n")
    if title:
        # Live blogs and pages with a kicker put the headline a line or two down.
        heading = _words_of(title)
        head = [line for line in lines[:_TITLE_LINES] if _words_of(line) != heading]
        lines = head + lines[_TITLE_LINES:]
    lines = [
        line
        for line in lines
        if not (
            (_PROMO_LINE.match(line) or _TAGGED_LINK.search(line))
            and _word_count(line) <= _PROMO_MAX_WORDS
        )
        and not (_STAMP_LINE.match(line) and _word_count(line) <= _STAMP_MAX_WORDS)
    ]
    return "\n".join(_cut_tail(lines)).strip()


def _cut_tail(lines: list[str]) -> list[str]:
    """Cut the page's closing promos: a promo line near the end and the short lines after it.

    Newsletter boxes and "follow us" blocks come as a heading plus a blurb ("Pick Six
    Newsletter" / "Get the day's big stories..."); only the heading is recognisable, so the
    short lines after it go too. Looked for in the last ``_TAIL_LINES`` lines only.
    """
    cut = len(lines)
    for index in range(len(lines) - 1, max(len(lines) - _TAIL_LINES, 0) - 1, -1):
        after = lines[index + 1 : cut]
        if (
            _TAIL_PROMO.search(lines[index])
            and _word_count(lines[index]) <= _PROMO_MAX_WORDS
            and all(_word_count(line) <= _TAIL_BLURB_WORDS for line in after)
        ):
            cut = index
    return lines[:cut]


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def require_article(text: str, *, where: str, url: str | None) -> None:
    """Raise :class:`ExtractionError` unless ``text`` looks like an article, not a wall."""
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


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar):
# their size is measured in characters, about two to a word, not in space-separated runs.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_UNSPACED_CHARS_PER_WORD = 2


def _word_count(text: str) -> int:
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    spaced = len(_UNSPACED.sub("", text).split())
    return spaced + unspaced // _UNSPACED_CHARS_PER_WORD


def _html_language(html: str) -> str | None:
    match = re.search(
        r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", html[:5000]
    )
    return match.group(1) if match else None


def sniff_html(data: bytes) -> bool:
    """True when the first bytes look like an HTML document or fragment."""
    codec = bom_codec(data)
    if codec is not None and codec != "utf-8-sig":  # UTF-16/32: look at the characters
        data = data[:4096].decode(codec, errors="ignore").lstrip("\ufeff").encode("utf-8")
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")) or (
        head.startswith(b"<") and (b"<html" in head or b"<p" in head or b"<div" in head)
    )


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts with ("a PDF document"), or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


# --------------------------------------------------------------------------- charsets


def codec_for(label: str | None) -> str | None:
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


def bom_codec(data: bytes) -> str | None:
    """The codec a byte order mark at the start of ``data`` names (UTF-8, -16 or -32), or None."""
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


_bom_charset = bom_codec


_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    # XHTML pages may declare it only in the XML declaration.
    rb"""|^\s*<\?xml[^>]+?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:16_384])
    label = (match.group(1) or match.group(2)).decode("ascii") if match else None
    codec = codec_for(label)
    # A page that is readable as ASCII cannot really be UTF-16; browsers use UTF-8 here.
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def decode_as(data: bytes, codec: str) -> str:
    """Decode as ``codec``, as leniently as a browser: bad bytes become U+FFFD."""
    # Five bytes are undefined in Python's cp1252; browsers map them to C1 controls.
    errors = _C1_FALLBACK if codec == "cp1252" else "replace"
    return data.decode(codec, errors=errors)


def _c1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


_C1_FALLBACK = "factcheck-c1-fallback"
codecs.register_error(_C1_FALLBACK, _c1_fallback)
