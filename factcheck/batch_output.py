"""How a batch's results are laid out: digests in input order, and the output folder's index.

* :class:`InputOrder` holds items that finish early until every source before them has
  finished, so a Markdown or table digest reads in the list's order whatever the concurrency
  (two runs of one list give the same digest). JSON Lines need no such wait: each line carries
  its ``index``.
* ``index.jsonl`` (:data:`INDEX_FILE`) in an ``--output-dir`` holds one line per source: its
  position, the source, the file its output went to, its status (``supported``, ``flagged`` or
  ``failed``) and its verdict counts or its error, so a failure leaves a trace in the folder.
  :func:`index_line` writes one; :func:`kept_index_lines` keeps an earlier run's lines for the
  sources a resumed run skips, and :func:`sorted_index` puts the finished index in input order.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Iterable

from factcheck.batch import BatchItem
from factcheck.models import Verdict

__all__ = ["INDEX_FILE", "InputOrder", "index_line", "kept_index_lines", "sorted_index"]

INDEX_FILE = "index.jsonl"


class InputOrder:
    """Release finished items in input order: ``push`` returns those now due (maybe none)."""

    def __init__(self, indexes: Iterable[int]) -> None:
        self._order = iter(sorted(indexes))
        self._next = next(self._order, None)
        self._held: dict[int, BatchItem] = {}

    def push(self, item: BatchItem) -> list[BatchItem]:
        self._held[item.index] = item
        due = []
        while self._next is not None and self._next in self._held:
            due.append(self._held.pop(self._next))
            self._next = next(self._order, None)
        return due


def index_line(item: BatchItem, file: str | None, failing: Collection[Verdict]) -> str:
    """The index record of one source, newline included.

    ``file`` is the name of its output in the folder (None when nothing was written);
    ``failing`` the verdicts that make a source ``flagged`` (``--fail-on``).
    """
    record: dict[str, object] = {"index": item.index, "source": item.source, "file": file}
    if item.result is None:
        assert item.error is not None
        record["status"] = "failed"
        record["error"] = item.error.model_dump(mode="json")
    else:
        verdicts = Counter(str(check.verdict) for check in item.result.claims)
        flagged = any(check.verdict in failing for check in item.result.claims)
        record["status"] = "flagged" if flagged else "supported"
        record["verdicts"] = {str(v): verdicts.get(str(v), 0) for v in Verdict}
    return json.dumps(record, ensure_ascii=False) + "\n"


def _index_of(line: str) -> int | None:
    try:
        index = json.loads(line)["index"]
    except (ValueError, TypeError, KeyError):
        return None
    return index if isinstance(index, int) else None


def kept_index_lines(text: str, done: Collection[int]) -> list[str]:
    """An earlier run's index lines for the sources in ``done``, each whole, one per source."""
    kept: dict[int, str] = {}
    for line in text.splitlines(keepends=True):
        index = _index_of(line) if line.endswith("\n") else None
        if index is not None and index in done:
            kept[index] = line
    return list(kept.values())


def sorted_index(text: str) -> str:
    """The index's whole lines in input order (the last line for a source listed twice)."""
    lines: dict[int, str] = {}
    for line in text.splitlines(keepends=True):
        index = _index_of(line) if line.endswith("\n") else None
        if index is not None:
            lines[index] = line
    return "".join(lines[index] for index in sorted(lines))
