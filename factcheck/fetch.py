"""Fetching a URL safely with httpx2: limits, redirects hop by hop, no private destinations.

Only http and https. Redirects are followed here, hop by hop (at most ``MAX_REDIRECTS``), so that
every hop is checked. Each hop's host is resolved once with ``socket.getaddrinfo`` and, unless
``allow_private_hosts=True``, refused when any address is loopback, private, link-local,
reserved, multicast or otherwise not globally routable: editorial tools pass user-typed URLs
straight in, and a fetcher that follows them into the newsroom's own network is a server-side
request forgery hole. The request then goes to the checked address itself (the URL's host is
replaced by the IP; the ``Host`` header, TLS SNI and certificate checks keep the name), so a DNS
answer that changes between the check and the connection (DNS rebinding) cannot redirect it.

Residual risks, accepted: a client passed in with a proxy configured connects wherever the proxy
decides (the default client ignores proxy environment variables for that reason); keep-alive
connections are pooled per IP, so two names served from the same address may share a TLS
connection verified for the first name.

``timeout`` bounds the connection and every read; the whole fetch, redirects included, gives up
after ``TOTAL_TIMEOUT_FACTOR`` times that, so a server trickling bytes cannot hold us: the default
client's transport (:mod:`factcheck._deadline`) cuts every socket operation to the time left,
connecting, response headers and body alike (an injected client is bounded between chunks only).
A URL carrying a user name or password (``https://user:pass@host/``) is refused: it would be
sent as credentials and echoed in messages and reports. The byte
cap counts decoded bytes while streaming (gzip, deflate and brotli are accepted), which also
stops compression bombs; a declared ``Content-Length`` over the cap is refused before the body.
The content type is checked from the headers before the body is read, and the first bytes are
sniffed for PDF, image and archive signatures whatever the header says.

Every failure leaves as a :class:`~factcheck.errors.FetchError` subclass with one line.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata

import httpx2

from factcheck import _deadline
from factcheck.errors import (
    BlockedHostError,
    FetchError,
    HTTPStatusError,
    InputError,
    TooLargeError,
    UnsupportedContentError,
    redact_userinfo,
)
from factcheck.extract import binary_kind, bom_codec, sniff_html

log = logging.getLogger(__name__)

try:
    _VERSION = metadata.version("factcheck")
except metadata.PackageNotFoundError:  # a source tree that was never installed
    _VERSION = "0.0.0"

USER_AGENT = f"factcheck/{_VERSION} (+https://example.invalid/factcheck)"
MAX_REDIRECTS = 10
# Per-read timeouts alone let a server that sends one byte a second run forever.
TOTAL_TIMEOUT_FACTOR = 3

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_SNIFF_TYPES = {"", "application/octet-stream", "binary/octet-stream"}


@dataclass
class Fetched:
    """A response body that passed every check, with where it came from."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def is_url(source: str) -> bool:
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
    if url.userinfo:
        # The message is built from the URL less its credentials (FactcheckError strips them).
        raise InputError(
            f"{source}: the URL holds a user name or password (user:password@); factcheck "
            "never sends credentials in a URL: remove them"
        )
    return url


def _resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to; ``socket.gaierror`` when it does not resolve."""
    return _addresses(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))


def _addresses(infos: list) -> list[str]:
    # IPv4 first: only one address is dialled (the checked one), and many hosts publish
    # AAAA records that machines without an IPv6 route cannot reach.
    ordered = sorted(infos, key=lambda info: info[0] != socket.AF_INET)
    return list(dict.fromkeys(str(info[4][0]) for info in ordered))


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


def _next_hop(
    url: httpx2.URL, response: httpx2.Response, seen: set[str], cookies: dict[str, str]
) -> httpx2.URL:
    """The redirect target, refused when it loops or when there have been too many hops.

    A URL seen before is a loop only if no cookie changed since: "set a consent cookie and send
    the reader back to the same page" is a common, finite dance.
    """
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
    if target.userinfo:
        raise FetchError(f"{url}: redirect to a URL holding a user name or password", url=str(url))
    key = _hop_key(target, cookies)
    if key in seen:
        raise FetchError(f"{url}: redirect loop back to {target}", url=str(target))
    if len(seen) > MAX_REDIRECTS:
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects", url=str(url))
    seen.add(key)
    return target


def _hop_key(url: httpx2.URL, cookies: dict[str, str]) -> str:
    return f"{url} {sorted(cookies.items())}"


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
    if mime not in HTML_TYPES | TEXT_TYPES | _SNIFF_TYPES:
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
) -> Fetched:
    kind = binary_kind(body)
    if kind or (mime in _SNIFF_TYPES and b"\x00" in body[:8192] and not bom_codec(body)):
        raise UnsupportedContentError(
            f"{url}: the content is {kind or 'binary data'}, not an HTML page or text",
            url=str(url),
        )
    if mime in _SNIFF_TYPES:
        mime = "text/html" if sniff_html(body) else "text/plain"
    log.info("fetched %s: %s, %d bytes", redact_userinfo(str(url)), mime, len(body))
    return Fetched(
        url=str(start), final_url=str(url), content_type=mime, charset=charset, body=body
    )


def _fetch_checked(
    start: httpx2.URL,
    *,
    allow_private_hosts: bool,
    max_bytes: int,
    timeout: float,
    client: httpx2.Client | None,
) -> Fetched:
    own = client is None
    http = client or httpx2.Client(
        trust_env=False, transport=_deadline.sync_transport(trust_env=False)
    )
    deadline = time.monotonic() + TOTAL_TIMEOUT_FACTOR * timeout
    url = start
    cookies: dict[str, str] = {}
    seen = {_hop_key(start, cookies)}
    try:
        with _deadline.budget(TOTAL_TIMEOUT_FACTOR * timeout):
            while True:
                _deadline_check(deadline, url, timeout)
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
                            url = _next_hop(url, response, seen, cookies)
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
                    _deadline_check(deadline, url, timeout)
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
    return _addresses(await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM))


async def _afetch_checked(
    start: httpx2.URL,
    *,
    allow_private_hosts: bool,
    max_bytes: int,
    timeout: float,
    client: httpx2.AsyncClient | None,
) -> Fetched:
    own = client is None
    http = client or httpx2.AsyncClient(
        trust_env=False, transport=_deadline.async_transport(trust_env=False)
    )
    deadline = time.monotonic() + TOTAL_TIMEOUT_FACTOR * timeout
    url = start
    cookies: dict[str, str] = {}
    seen = {_hop_key(start, cookies)}
    try:
        with _deadline.budget(TOTAL_TIMEOUT_FACTOR * timeout):
            while True:
                _deadline_check(deadline, url, timeout)
                try:
                    addresses = await _aresolve(_ascii_host(url), url.port or _default_port(url))
                    address = _pick_address(url, addresses, allow_private_hosts)
                    args = _pinned_request_args(url, address, cookies)
                    request = http.build_request("GET", args.pop("url"), timeout=timeout, **args)
                    response = await http.send(request, stream=True, follow_redirects=False)
                    try:
                        _remember_cookies(response, cookies)
                        if response.is_redirect:
                            url = _next_hop(url, response, seen, cookies)
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
                    _deadline_check(deadline, url, timeout)
                    raise _translate(exc, url, timeout) from exc
    finally:
        if own:
            await http.aclose()


def _ascii_host(url: httpx2.URL) -> str:
    return url.raw_host.decode("ascii")


def _default_port(url: httpx2.URL) -> int:
    return 443 if url.scheme == "https" else 80


def fetch_url(
    source: str,
    *,
    allow_private_hosts: bool,
    max_bytes: int,
    timeout: float,
    client: httpx2.Client | None = None,
) -> Fetched:
    """Fetch an http(s) URL with every check in the module docstring; the body is not decoded."""
    return _fetch_checked(
        _check_url(source),
        allow_private_hosts=allow_private_hosts,
        max_bytes=max_bytes,
        timeout=timeout,
        client=client,
    )


async def afetch_url(
    source: str,
    *,
    allow_private_hosts: bool,
    max_bytes: int,
    timeout: float,
    client: httpx2.AsyncClient | None = None,
) -> Fetched:
    """:func:`fetch_url` with an ``httpx2.AsyncClient``."""
    return await _afetch_checked(
        _check_url(source),
        allow_private_hosts=allow_private_hosts,
        max_bytes=max_bytes,
        timeout=timeout,
        client=client,
    )
