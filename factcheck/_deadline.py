"""Deadlines that hold whatever a server sends, and a cap on how much it may send.

httpx2's timeouts bound each socket operation, not a request: a server that sends one byte of
its headers or body a second never trips a 5-second read timeout and holds the caller forever.
The transports built here wrap httpcore2's network backend so that every connect, read and
write waits at most until the *current budget's* deadline, and counts the bytes read against
its cap. The budget lives in a context variable, set by the caller around a request (the fetch
sets one per URL, the LLM stage one per request, bounded by the whole call's deadline): every
thread and asyncio task has its own.

When the deadline passes, the read fails with httpx2's ``ReadTimeout`` (``ConnectTimeout``,
``WriteTimeout``): a timeout like any other to the code above, which a client may retry. A
``final`` budget's deadline is the caller's last word: :class:`DeadlinePassed` is raised
instead, and so is :class:`TooMuchData` when more than ``max_bytes`` arrive; neither is an
httpx2 error, so no client retries them.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpcore2
import httpx2

__all__ = [
    "Budget",
    "DeadlinePassed",
    "TooMuchData",
    "arm",
    "async_transport",
    "budget",
    "current",
    "sync_transport",
]


@dataclass
class Budget:
    """What the request in flight may still spend: until ``deadline`` (``time.monotonic()``),
    and ``max_bytes`` read from the network (``None``: no cap)."""

    deadline: float | None = None
    max_bytes: int | None = None
    final: bool = False
    """Past the deadline, raise ``DeadlinePassed`` (no retry) rather than a timeout."""
    read: int = 0

    def left(self, timeout: float | None, error: type[Exception]) -> float | None:
        """The timeout for the next socket operation: ``timeout`` cut to the time left."""
        if self.deadline is None:
            return timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DeadlinePassed() if self.final else error("the deadline passed")
        return left if timeout is None else min(timeout, left)

    def count(self, data: bytes) -> bytes:
        self.read += len(data)
        if self.max_bytes is not None and self.read > self.max_bytes:
            raise TooMuchData(self.max_bytes)
        return data


class DeadlinePassed(Exception):
    """A ``final`` budget's deadline passed."""


class TooMuchData(Exception):
    """More than the budget's ``max_bytes`` arrived."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(f"more than {max_bytes:,} bytes")
        self.max_bytes = max_bytes


_current: ContextVar[Budget | None] = ContextVar("factcheck_budget", default=None)


def current() -> Budget | None:
    """The budget of the request in flight in this thread or task, if any."""
    return _current.get()


def arm(new: Budget | None) -> None:
    """Make ``new`` the budget from now on in this context (an event hook sets it per request)."""
    _current.set(new)


@contextmanager
def budget(seconds: float | None = None, *, max_bytes: int | None = None) -> Iterator[Budget]:
    """Every request made inside the block shares one budget: ``seconds`` from now."""
    spent = Budget(
        deadline=None if seconds is None else time.monotonic() + seconds, max_bytes=max_bytes
    )
    token = _current.set(spent)
    try:
        yield spent
    finally:
        _current.reset(token)


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    spent = _current.get()
    return timeout if spent is None else spent.left(timeout, error)


def _past_final() -> bool:
    """True when the read that just timed out did so at a final budget's deadline."""
    spent = _current.get()
    return bool(
        spent is not None
        and spent.final
        and spent.deadline is not None
        and time.monotonic() >= spent.deadline
    )


def _counted(data: bytes) -> bytes:
    spent = _current.get()
    return data if spent is None else spent.count(data)


class _Stream(httpcore2.NetworkStream):
    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        timeout = _left(timeout, httpcore2.ReadTimeout)
        try:
            data = self._inner.read(max_bytes, timeout)
        except httpcore2.ReadTimeout:
            if _past_final():
                raise DeadlinePassed from None
            raise
        return _counted(data)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.NetworkStream:
        timeout = _left(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore2.NetworkBackend):
    def __init__(self, inner: httpcore2.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        timeout = _left(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:
        timeout = _left(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore2.AsyncNetworkStream):
    def __init__(self, inner: httpcore2.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        timeout = _left(timeout, httpcore2.ReadTimeout)
        try:
            data = await self._inner.read(max_bytes, timeout)
        except httpcore2.ReadTimeout:
            if _past_final():
                raise DeadlinePassed from None
            raise
        return _counted(data)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _left(timeout, httpcore2.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        timeout = _left(timeout, httpcore2.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore2.AsyncNetworkBackend):
    def __init__(self, inner: httpcore2.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        timeout = _left(timeout, httpcore2.ConnectTimeout)
        return _AsyncStream(
            await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.AsyncNetworkStream:
        timeout = _left(timeout, httpcore2.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def sync_transport(**options: Any) -> httpx2.HTTPTransport:
    """An ``httpx2.HTTPTransport`` (``options`` as its own) whose I/O obeys the budget."""
    transport = httpx2.HTTPTransport(**options)
    pool = transport._pool
    # httpx2 takes no network backend argument; its pool does, and keeps it here.
    pool._network_backend = _Backend(pool._network_backend)  # type: ignore[union-attr]
    return transport


def async_transport(**options: Any) -> httpx2.AsyncHTTPTransport:
    """The async twin of :func:`sync_transport`."""
    transport = httpx2.AsyncHTTPTransport(**options)
    pool = transport._pool
    pool._network_backend = _AsyncBackend(pool._network_backend)  # type: ignore[union-attr]
    return transport
