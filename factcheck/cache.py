"""The response cache: a model call already paid for is never paid for again.

A structured call whose reply validated is stored in one SQLite file (standard library) under
the key of its first request: a SHA-256 over the endpoint, the model, the rendered messages and
every generation parameter sent (temperature, output budget, response format). The next call
with the same key takes the stored reply, validates it again against the article (so a reply
that a newer validator would reject is asked for anew), and makes no request.

Only replies that validated are stored: a failure, a refusal or an invalid reply is never
replayed. The file lives in the user cache folder (``Settings.cache_path``; ``FACTCHECK_CACHE_DIR``
overrides it). Several threads and processes may use it at once: each lookup and each store
opens its own short-lived connection (a connection is not shared across threads), the file is in
WAL mode (readers never wait for a writer) and a writer waits up to :data:`BUSY_TIMEOUT_SECONDS`
for another. A cache that cannot be opened or written (a read-only disk, a corrupt file) never
fails a run: the call simply goes to the endpoint.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CacheInfo", "CachedReply", "ResponseCache", "request_key"]

# Long enough for another process's insert (a few milliseconds) under heavy contention.
BUSY_TIMEOUT_SECONDS = 10.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    content TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    created REAL NOT NULL
)
"""


def request_key(endpoint: str, request: dict[str, Any]) -> str:
    """The cache key of one chat completions request to ``endpoint``.

    ``request`` is the whole set of keyword arguments sent (model, messages, temperature,
    max_tokens, response_format...): any change in any of them is another key.
    """
    canonical = json.dumps(
        {"endpoint": endpoint.rstrip("/"), "request": request},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedReply:
    """A stored reply: its raw content and the tokens it cost when it was paid for."""

    content: str
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class CacheInfo:
    """What ``factcheck cache info`` shows."""

    path: Path
    entries: int
    size_bytes: int


_WRITE_ATTEMPTS = 5
_WRITE_PAUSE_SECONDS = 0.05


class ResponseCache:
    """The SQLite response cache at ``path`` (created, with its folder, on first store)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @contextlib.contextmanager
    def _connect(self, *, create: bool) -> Iterator[sqlite3.Connection]:
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        elif not self.path.exists():
            raise FileNotFoundError(self.path)
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            if create:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute(_SCHEMA)
            yield connection
            connection.commit()
        finally:
            connection.close()

    def get(self, key: str) -> CachedReply | None:
        """The reply stored under ``key``, or None (also when the cache cannot be read)."""
        try:
            with self._connect(create=False) as connection:
                row = connection.execute(
                    "SELECT content, prompt_tokens, completion_tokens FROM responses WHERE key = ?",
                    (key,),
                ).fetchone()
        except (OSError, sqlite3.Error):
            return None
        return None if row is None else CachedReply(str(row[0]), int(row[1]), int(row[2]))

    def put(self, key: str, model: str, reply: CachedReply) -> bool:
        """Store ``reply`` under ``key``; False when the cache cannot be written.

        Writers that meet on a cache being created (switching it to WAL takes the database
        for a moment, and SQLite does not wait for that) try again, a few times.
        """
        row = (key, model, reply.content, reply.prompt_tokens, reply.completion_tokens)
        for attempt in range(_WRITE_ATTEMPTS):
            try:
                with self._connect(create=True) as connection:
                    connection.execute(
                        "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?)",
                        (*row, time.time()),
                    )
            except sqlite3.OperationalError:
                time.sleep(_WRITE_PAUSE_SECONDS * (attempt + 1))
            except (OSError, sqlite3.Error):
                return False
            else:
                return True
        return False

    def info(self) -> CacheInfo:
        """How many replies are stored and how much disk the cache takes (0 when absent)."""
        entries = 0
        try:
            with self._connect(create=False) as connection:
                entries = int(connection.execute("SELECT COUNT(*) FROM responses").fetchone()[0])
        except (OSError, sqlite3.Error):
            entries = 0
        size = 0
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                size += (self.path.parent / (self.path.name + suffix)).stat().st_size
        return CacheInfo(path=self.path, entries=entries, size_bytes=size)

    def clear(self) -> int:
        """Delete every stored reply; how many there were. Raises ``OSError`` or
        ``sqlite3.Error`` when the file exists but cannot be cleared."""
        if not self.path.exists():
            return 0
        with self._connect(create=True) as connection:
            removed = connection.execute("DELETE FROM responses").rowcount
        with self._connect(create=True) as connection:
            connection.execute("VACUUM")
        return int(removed)
