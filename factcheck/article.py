"""Loading articles: URL, HTML file, text file, stdin.

(The URL fetching and HTML extraction land with the article-loading issue; this module now
reads local text safely.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.errors import InputError, SourceNotFoundError
from factcheck.models import Article


def decode_text(data: bytes, *, name: str) -> str:
    """Decode bytes a user handed us as text, refusing binary and undecodable input."""
    if not data.strip():
        raise InputError(f"{name} is empty")
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
    if not path.exists():
        raise SourceNotFoundError(f"{path}: no such file")
    if not path.is_file():
        raise SourceNotFoundError(f"{path}: not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceNotFoundError(f"{path}: cannot read ({exc.strerror})") from exc
    return decode_text(data, name=str(path))


def load_article(source: str | Path | Article) -> Article:
    """Load an article from a text file, stdin (``-``) or an existing ``Article``."""
    if isinstance(source, Article):
        return source
    text = read_text(source)
    via = "stdin" if str(source) == "-" else "text_file"
    return Article(text=text, obtained_via=via)
