"""A page's metadata as trafilatura reads it, less what factcheck never uses; parsed once.

``trafilatura.bare_extraction(with_metadata=True)`` parses the page and reads all of its
metadata on every pass, categories, tags and licence included: on the extraction benchmark's
pages those three take 2.7 ms of its 4.9 ms of metadata, more than the page's parse. Here the
page is parsed once, its metadata read once (title, author, URL, date, site name: the steps of
``trafilatura.metadata.extract_metadata``, in its order, without the three), and every pass of
:mod:`factcheck.extract` extracts from a copy of that tree with the metadata off, given the
page's URL as the metadata would have given it. The text and the fields factcheck reads are the
same as before (``benchmarks`` has the before/after check over the extraction-dev pages).

Private to :mod:`factcheck.extract`.
"""

from __future__ import annotations

import logging
from typing import Any

_LOG = logging.getLogger("trafilatura.metadata")


def parse_page(html: str) -> Any | None:
    """The page's lxml tree as trafilatura builds it, or None when it is not HTML at all."""
    from trafilatura.utils import load_html

    return load_html(html)


def page_metadata(tree: Any, url: str | None) -> Any:
    """``trafilatura.metadata.extract_metadata(tree, url)`` without categories, tags, licence.

    Raises what it raises (``ValueError``, ``TypeError``), for the caller to fall back on
    trafilatura's own pass.
    """
    from trafilatura import metadata as meta
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    date_config = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    found = meta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    try:
        found = meta.extract_meta_json(tree, found)
    except Exception as err:  # trafilatura's own guard: bugs in its JSON-LD reading
        _LOG.warning("error in JSON metadata extraction: %s", err)
    if not found.title:
        found.title = meta.extract_title(tree)
    if not found.author:
        found.author = meta.extract_author(tree)
    if not found.url:
        found.url = meta.extract_url(tree, url)
    if found.url:
        found.hostname = meta.extract_domain(found.url, fast=True)
    date_config["url"] = found.url
    found.date = meta.find_date(tree, **date_config)
    if not found.sitename:
        found.sitename = meta.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url:
        match = meta.META_URL.match(found.url)
        if match:
            found.sitename = match[1]
    found.filedate = date_config.get("max_date")
    found.clean_and_trim()
    return found
