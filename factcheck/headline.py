"""A page's headline without the site's name, section labels or separators; no I/O.

A page's ``<title>`` (and often its ``og:title``, which trafilatura reads first) carries more than
the headline: "NASA adds five companies to commercial lunar lander program - SpaceNews.com",
"The Guardian view on Hong Kong: a city on the brink | Editorial", "LinkNaija | Nigeria's popular
news platform: BREAKING NEWS: Chelsea activate ...". What the page says about itself decides what
goes, so that no list of sites is needed:

- the site's name, from trafilatura's ``sitename``, ``og:site_name`` and ``application-name``, and
  the URL's host ("spacenews.com" and "spacenews"): a leading or trailing part, cut off by a
  separator (``|``, ``-``, ``–``, ``—``, ``·``, ``•``, ``»``, ``::``), that is that name or a
  shortening of it ("Inexhibit" for "Inexhibit magazine", "SpaceNews.com" for "SpaceNews");
- a section label in such a part ("| Editorial", "| Opinion", "| World News") or before a colon at
  the start ("BREAKING NEWS: ...", "Opinion: ...");
- whatever the page's own ``<h1>`` shows is not part of the headline: when the ``<h1>`` is the
  title's first (or last) parts exactly, the other parts are navigation ("... | Afghanistan News").

Only whole parts at either end go, and never the last one left: a separator inside a headline
("Take C.A.R.E. - comwrap auf der DMEXCO 2018", "Milan Design Week 2018 | Anastassiades' light
installation") stays, since neither side is the site, a label or outside the ``<h1>``.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["clean_headline", "page_headline"]

# What sites put between the headline and their name or section. A plain hyphen counts only
# with spaces around it: "e-tron", "8-year-old" are words.
_SEPARATOR = re.compile(r"\s+(?:\||-{1,2}|–|—|·|•|»|::|~)\s+")


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(phrase.split()) for phrase in text.split("|"))


# Section labels and page furniture, lower case, as a whole part of a title.
_SECTION_LABELS = _phrases(
    """news|latest news|breaking news|breaking|top stories|world|world news|us news|uk news|
    national|international|local|local news|politics|business|business news|economy|markets|
    money|finance|opinion|opinions|editorial|editorials|comment|commentary|analysis|column|
    columns|op-ed|blog|blogs|sport|sports|sports news|technology|tech|tech news|science|health|
    entertainment|culture|arts|lifestyle|life|travel|style|video|videos|watch|live|photos|
    gallery|home|homepage|smart news|press release|press releases|newsroom|features"""
)
# Labels a headline may open with, before a colon: "BREAKING NEWS: Chelsea activate ...".
_LEADING_LABELS = _phrases(
    """breaking news|breaking|just in|live|live updates|watch|video|photos|update|updated|
    opinion|editorial|column|analysis|commentary|op-ed|sponsored|advertorial"""
)
_LEADING_LABEL = re.compile(r"^\s*([^:]{2,30}?)\s*:\s+(?=\S)")
# After a label is cut at the start, at least this many words must be left of the headline.
_MIN_HEADLINE_WORDS = 3
# A site name's shortened form must be this long to count ("Inexhibit" for "Inexhibit magazine").
_MIN_SHORT_NAME = 4
# What a site's name may carry after the name proper: "SpaceNews.com", "Smithsonian Magazine".
_NAME_SUFFIXES = ("com", "org", "net", "couk", "co", "magazine", "online", "news", "blog")
# The second-level labels of two-part public suffixes: "express.co.uk" is "express".
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne"})
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_SITE_META = frozenset({"og:site_name", "application-name", "twitter:site"})
_MAX_SITE_NAME_WORDS = 8
# An <h1> longer than this is a banner or a browser warning, not the headline.
_MAX_HEADING_WORDS = 40


def page_headline(
    title: str | None, html: str, *, url: str | None = None, sitename: str | None = None
) -> str | None:
    """``title`` cleaned with what the page ``html`` says about its site and its ``<h1>``."""
    if not title:
        return title
    names = [sitename or "", *_meta_site_names(html)]
    return clean_headline(title, site_names=names, url=url, headings=_headings(html))


def clean_headline(
    title: str,
    *,
    site_names: Iterable[str] = (),
    url: str | None = None,
    headings: Iterable[str] = (),
) -> str:
    """``title`` without the site's name, section labels and separators around the headline.

    ``site_names`` are what the page calls its site, ``url`` is where it was found (its host is
    a name too), ``headings`` are the page's ``<h1>`` texts. See the module docstring.
    """
    text = " ".join(title.split())
    names = [" ".join(n.split()) for n in site_names if n and n.strip()]
    keys = _site_keys(names, url)
    text = _strip_whole_names(text, names)
    parts = _SEPARATOR.split(text)
    seps = _SEPARATOR.findall(text)
    parts, seps = _trim_ends(parts, seps, keys)
    parts, seps = _trim_to_heading(parts, seps, [_key_words(h) for h in headings if h])
    text = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))
    return _strip_leading_label(text, keys)


def _site_keys(names: list[str], url: str | None) -> set[str]:
    """The site's names as letters and digits only: "SpaceNews.com" -> "spacenewscom"."""
    keys = {_key(name) for name in names}
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    labels = [label for label in host.lower().split(".") if label and label != "www"]
    if len(labels) >= 2:
        keys.add(_key(".".join(labels)))
        main = labels[-3] if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else labels[-2]
        keys.add(_key(main))
    return {key for key in keys if len(key) >= 2}


def _strip_whole_names(text: str, names: list[str]) -> str:
    """Cut a site name written whole at either end, even one with separators of its own."""
    for name in sorted(names, key=len, reverse=True):
        escaped = r"\s*".join(re.escape(word) for word in name.split())
        lead = re.match(rf"{escaped}\s*(?:[|:–—·•»~]|-{{1,2}}|::)\s*", text, re.IGNORECASE)
        if lead and len(text) > lead.end():
            text = text[lead.end() :]
        tail = re.search(rf"{_SEPARATOR.pattern}{escaped}$", text, re.IGNORECASE)
        if tail and tail.start() > 0:
            text = text[: tail.start()]
    return text


def _trim_ends(parts: list[str], seps: list[str], keys: set[str]) -> tuple[list[str], list[str]]:
    """Drop leading and trailing parts that are the site's name or a section label."""
    while len(parts) > 1 and _is_furniture(parts[-1], keys):
        parts, seps = parts[:-1], seps[:-1]
    while len(parts) > 1 and _is_furniture(parts[0], keys):
        parts, seps = parts[1:], seps[1:]
    return parts, seps


def _is_furniture(part: str, keys: set[str]) -> bool:
    label = " ".join(part.lower().split()).strip(" .:")
    return label in _SECTION_LABELS or _is_site(part, keys)


def _is_site(part: str, keys: set[str]) -> bool:
    key = _key(part)
    if not key:
        return False
    for site in keys:
        if key == site:
            return True
        # A shortening of the name ("Inexhibit" of "Inexhibit magazine", "Live Science" of
        # "livescience.com"), or the name with a domain or a generic word after it.
        if len(key) >= _MIN_SHORT_NAME and site.startswith(key):
            return True
        if key.startswith(site) and key[len(site) :] in _NAME_SUFFIXES:
            return True
    return False


def _trim_to_heading(
    parts: list[str], seps: list[str], headings: list[list[str]]
) -> tuple[list[str], list[str]]:
    """Keep only the parts the page's ``<h1>`` shows, when it shows exactly the first or last."""
    for k in range(1, len(parts)):
        head, tail = _key_words(" ".join(parts[:k])), _key_words(" ".join(parts[k:]))
        if head and head in headings:
            return parts[:k], seps[: k - 1]
        if tail and tail in headings:
            return parts[k:], seps[k:]
    return parts, seps


def _strip_leading_label(text: str, keys: set[str]) -> str:
    """Cut "BREAKING NEWS:" or the site's name before a colon at the start of the headline."""
    match = _LEADING_LABEL.match(text)
    if not match:
        return text
    label = " ".join(match.group(1).lower().split())
    rest = text[match.end() :]
    if (label in _LEADING_LABELS or _is_site(label, keys)) and len(
        rest.split()
    ) >= _MIN_HEADLINE_WORDS:
        return rest
    return text


def _meta_site_names(html: str) -> list[str]:
    """The site names a page declares: ``og:site_name``, ``application-name``, ``twitter:site``."""
    found = []
    for tag in _META.finditer(html[:200_000]):
        attrs = {
            m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTRIBUTE.finditer(tag.group())
        }
        kind = (attrs.get("property") or attrs.get("name") or "").lower()
        name = attrs.get("content", "").strip().lstrip("@")
        # A page may misuse application-name for its headline: a site's name is short.
        if kind in _SITE_META and 0 < len(name.split()) <= _MAX_SITE_NAME_WORDS:
            found.append(name)
    return found


def _headings(html: str) -> list[str]:
    """The text of the page's ``<h1>`` elements (a few; banners and warnings left out)."""
    found = []
    for match in _H1.finditer(html):
        text = " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", match.group(1))).split())
        if text and len(text.split()) <= _MAX_HEADING_WORDS:
            found.append(text)
    return found


def _key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _key_words(text: str) -> list[str]:
    """Words as a comparison sees them: "‘The Medium’" and "'The Medium'" are the same."""
    return re.findall(r"\w+", text.lower().replace("’", "'").replace("'", ""))
