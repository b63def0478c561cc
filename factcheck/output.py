"""Writing results so that a crash, a full disk or a rerun never destroys one.

* :func:`write_atomic` writes a whole file under a temporary name beside it and renames it into
  place: a reader (or a resumed run) sees the old file, the new one, or none, never half of one.
  A target that exists but is not a regular file (``/dev/stdout``, a FIFO) is written directly.
* :class:`LineSink` appends JSON Lines to a file one whole line at a time: when a write fails
  part-way (disk full, a size limit, an I/O error), the file is cut back to where the line
  began, so every line in it stays whole and a resumed run can read it.
* :func:`holds_output` says whether writing to a path would destroy something;
  :func:`prepare_lines` and :func:`prepare_folder` refuse to destroy an earlier run's output
  unless told to resume it (keeping what it finished) or overwrite it.

Every failure leaves as :class:`~factcheck.errors.OutputError` with one line.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import IO

from factcheck.errors import InputError, OutputError

__all__ = [
    "TEMP_SUFFIX",
    "LineSink",
    "StreamSink",
    "holds_output",
    "prepare_folder",
    "prepare_lines",
    "remove_stale",
    "write_atomic",
]

# The suffix of a temporary file :func:`write_atomic` has not renamed yet; a run killed
# mid-write leaves one, and :func:`remove_stale` clears them.
TEMP_SUFFIX = ".factcheck-tmp"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def holds_output(path: str | Path) -> bool:
    """True when ``path`` is a regular file with something in it."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size > 0


def _exists(what: str | Path) -> InputError:
    return InputError(
        f"{what} already holds results: pass --resume to keep them and do only what is "
        "missing, or --overwrite to replace them"
    )


def prepare_lines(
    path: str | Path, sources: list[str], *, resume: bool, overwrite: bool
) -> tuple[set[int], list[str]]:
    """Before a batch writes JSON Lines to ``path``: the input positions already done and the
    lines kept for them (both empty unless resuming).

    A file that holds output is refused (``InputError``) unless ``overwrite`` (it will be
    replaced) or ``resume``: then its finished results are kept, and the file is rewritten
    without its error lines and any last line cut short (see ``batch.resume_lines``).
    """
    from factcheck.batch import resume_lines

    if not holds_output(path) or overwrite:
        return set(), []
    if not resume:
        raise _exists(path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot resume from {path}: not a readable text file") from exc
    keep, done = resume_lines(text, sources)
    if "".join(keep) != text:
        write_atomic(path, "".join(keep))
    return done, keep


def prepare_folder(
    folder: str | Path, names: dict[int, str], *, resume: bool, overwrite: bool
) -> set[int]:
    """Before a batch writes one file per source into ``folder`` (``names``: input position ->
    file name): create it, clear what a killed run left half-written, and return the positions
    whose file is already there when resuming.

    Files this run would write that already hold output are refused (``InputError``) unless
    ``resume`` (they are kept and their sources skipped) or ``overwrite``.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {folder} ({_reason(exc)})") from exc
    remove_stale(folder)
    written = {index for index, name in names.items() if holds_output(folder / name)}
    if written and not (resume or overwrite):
        raise _exists(f"{folder} ({len(written)} of the files this run would write)")
    return written if resume else set()


def _is_special(path: Path) -> bool:
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (temporary file, fsync, rename)."""
    path = Path(path)
    try:
        if _is_special(path):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            return
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path} ({_reason(exc)})", path=str(path)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle.fileno(), text.encode("utf-8"))
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise OutputError(f"cannot write {path} ({_reason(exc)})", path=str(path)) from exc


def remove_stale(folder: str | Path) -> int:
    """Delete the temporary files a killed run left in ``folder``; how many there were."""
    removed = 0
    for leftover in Path(folder).glob(f".*{TEMP_SUFFIX}"):
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class LineSink:
    """Append whole lines to a file; a failed write leaves the file as it was before it.

    ``mode`` is ``"w"`` (start empty) or ``"a"`` (append, for a resumed run). ``written``
    counts the lines written by this sink.
    """

    def __init__(self, path: str | Path, mode: str = "w") -> None:
        self.path = str(path)
        self.written = 0
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if mode == "w" else os.O_APPEND)
        try:
            self._fd = os.open(self.path, flags, 0o666)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path} ({_reason(exc)})", path=self.path) from exc
        self._seekable = stat.S_ISREG(os.fstat(self._fd).st_mode)

    def write(self, line: str) -> None:
        start = os.lseek(self._fd, 0, os.SEEK_END) if self._seekable else 0
        try:
            _write_all(self._fd, line.encode("utf-8"))
        except OSError as exc:
            if self._seekable:
                with contextlib.suppress(OSError):
                    os.ftruncate(self._fd, start)  # never leave half a line behind
            raise OutputError(
                f"cannot write to {self.path} ({_reason(exc)}); the {self.written} line(s) "
                "written before are whole: free some space and rerun with --resume",
                path=self.path,
            ) from exc
        self.written += 1

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self._fd)

    def __enter__(self) -> LineSink:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class StreamSink:
    """Write to a text stream (standard output), flushing each piece; a failure is an
    ``OutputError`` (a closed pipe stays ``BrokenPipeError``, which the CLI handles)."""

    def __init__(self, stream: IO[str] | None, name: str = "standard output") -> None:
        self.stream = stream
        self.name = name
        self.written = 0

    def write(self, text: str) -> None:
        if self.stream is None:  # started with the descriptor closed (`factcheck ... >&-`)
            raise OutputError(f"cannot write to {self.name} (it is closed)")
        try:
            self.stream.write(text)
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(
                f"cannot write to {self.name} ({_reason(exc)}); "
                f"{self.written} item(s) were written before",
                path=None,
            ) from exc
        self.written += 1

    def close(self) -> None:
        """Nothing to close: the stream belongs to the caller."""
