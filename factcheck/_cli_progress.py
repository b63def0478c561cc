"""What a batch shows on stderr while it runs, and the tally it closes with. Part of the CLI:
only ``factcheck.cli`` imports this module.

* On a terminal: a rich progress bar (sources done / total, the supported / flagged / failed
  tallies, the rate and the time left), with every message printed above it.
* Elsewhere (a log file, CI): a plain line after a source finishes, at most one every
  :data:`PLAIN_EVERY_SECONDS`, and always after the last.
* With ``--quiet``: nothing at all.

``supported`` counts sources summarized with nothing failing ``--fail-on``; ``flagged`` those
with some figure that does; ``failed`` those that ended in an error.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, Literal

# Plain progress lines in a log: frequent enough to see a batch move, few enough to read.
PLAIN_EVERY_SECONDS = 5.0

Mode = Literal["bar", "lines", "quiet"]
Outcome = Literal["supported", "flagged", "failed"]


def choose_mode(quiet: bool, stream: Any = None) -> Mode:
    """``quiet``, else ``bar`` when ``stream`` (stderr) is a terminal, else ``lines``."""
    stream = sys.stderr if stream is None else stream
    if quiet:
        return "quiet"
    try:
        return "bar" if stream is not None and stream.isatty() else "lines"
    except (AttributeError, ValueError):
        return "lines"


class BatchProgress:
    """The progress of one batch of ``total`` sources, ``kept`` of them done by an earlier run.

    ``say`` writes one line to stderr (the CLI's own writer); in bar mode lines go above the bar
    instead, so the two never garble each other. Use as a context manager.
    """

    def __init__(self, total: int, kept: int, mode: Mode, say: Callable[[str], None]) -> None:
        self.total = total
        self.kept = kept
        self.mode = mode
        self._say = say
        self.tally: dict[Outcome, int] = {"supported": 0, "flagged": 0, "failed": 0}
        self.started = time.monotonic()
        self._last_line = float("-inf")
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> BatchProgress:
        if self.mode == "bar":
            self._start_bar()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._bar = Progress(
            TextColumn("summarizing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[tally]}"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=Console(file=sys.stderr),
            transient=True,
            # Results go to stdout as they are: never through the bar's console.
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._task = self._bar.add_task(
            "batch", total=self.total, completed=self.kept, tally=self._tally(), rate=""
        )
        self._bar.start()

    def say(self, line: str) -> None:
        """A message (an error, a file written) for stderr, kept clear of the bar."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self._say(line)

    @property
    def done(self) -> int:
        return self.kept + sum(self.tally.values())

    def _tally(self) -> str:
        return ", ".join(f"{count} {name}" for name, count in self.tally.items())

    def _rate(self, now: float) -> tuple[float, float | None]:
        """Sources finished by this run per second, and the seconds left at that rate."""
        finished = sum(self.tally.values())
        elapsed = max(now - self.started, 1e-9)
        rate = finished / elapsed
        left = (self.total - self.done) / rate if rate > 0 else None
        return rate, left

    def finished(self, outcome: Outcome) -> None:
        """One source is done: count it and show the progress."""
        self.tally[outcome] += 1
        now = time.monotonic()
        rate, left = self._rate(now)
        if self._bar is not None:
            self._bar.update(
                self._task, completed=self.done, tally=self._tally(), rate=f"{rate:.1f}/s"
            )
            return
        if self.mode != "lines":
            return
        if self.done < self.total and now - self._last_line < PLAIN_EVERY_SECONDS:
            return
        self._last_line = now
        eta = f", about {_duration(left)} left" if left is not None and left > 0 else ""
        self._say(
            f"factcheck: [{self.done}/{self.total}] {self._tally()}; {rate:.1f} sources/s{eta}"
        )

    def closing_line(self, status: int) -> str:
        """The tally a batch ends with, stating the exit code rule when it is not obvious."""
        seconds = time.monotonic() - self.started
        count = sum(self.tally.values())
        line = f"factcheck: {count} source(s) in {_duration(seconds)}: {self._tally()}"
        if self.kept:
            line += f"; {self.kept} kept from the earlier run"
        if self.tally["failed"] and self.tally["flagged"]:
            line += (
                f"; exit code {status}: a failed source's code outranks the 1 of flagged "
                "figures (the highest of the sources' codes)"
            )
        else:
            line += f"; exit code {status}"
        return line


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, rest = divmod(int(seconds), 60)
    if minutes < 60:
        return f"{minutes}m{rest:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
