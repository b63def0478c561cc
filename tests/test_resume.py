"""Never destroy a result: reruns refuse, --resume finishes only what is missing (after kill -9
too), files in --output-dir are whole or absent, and a full disk ends the run cleanly.

The extractive engine over the bundled examples, except the kill -9 test, which needs sources
that take a while: a scripted model endpoint with latency (tests/scripted_server.py).
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import factcheck.batch
import factcheck.errors
from factcheck.cli import main
from factcheck.models import Result
from factcheck.output import TEMP_SUFFIX, LineSink
from factcheck.pipeline import summarize as real_summarize

ROOT = Path(__file__).resolve().parent.parent
TXT = str(ROOT / "examples" / "ramstein.txt")
HTML = str(ROOT / "examples" / "ramstein.html")
DEVSET = sorted(str(p) for p in (ROOT / "benchmarks" / "devset" / "articles").glob("*.txt"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["summarize", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _lines(path: Path) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources the batch actually summarizes."""
    calls: list[str] = []

    def counting(source: str, **options: Any) -> Result:
        calls.append(source)
        return real_summarize(source, **options)

    monkeypatch.setattr(factcheck.batch, "summarize", counting)
    return calls


# --- never destroy ---------------------------------------------------------------------------


def test_rerunning_a_batch_refuses_and_leaves_the_output_untouched(capsys, tmp_path) -> None:
    target = tmp_path / "morning.jsonl"
    code, _, _ = _run(capsys, TXT, HTML, "--format", "json", "-o", str(target))
    before = target.read_bytes()
    assert code == 0 and len(_lines(target)) == 2
    code, out, err = _run(capsys, TXT, HTML, "--format", "json", "-o", str(target))
    assert code == 2 and out == ""
    (line,) = err.splitlines()
    assert "--resume" in line and "--overwrite" in line and str(target) in line
    assert target.read_bytes() == before


def test_overwrite_replaces_the_output(capsys, tmp_path) -> None:
    target = tmp_path / "morning.jsonl"
    target.write_text('{"old": true}\n', encoding="utf-8")
    code, _, _ = _run(capsys, TXT, HTML, "--format", "json", "-o", str(target), "--overwrite")
    assert code == 0 and sorted(line["index"] for line in _lines(target)) == [0, 1]


def test_one_source_never_overwrites_either(capsys, tmp_path) -> None:
    target = tmp_path / "result.md"
    target.write_text("an editor's notes\n", encoding="utf-8")
    code, _, err = _run(capsys, TXT, "--format", "markdown", "-o", str(target))
    assert code == 2 and "--overwrite" in err
    code, _, err = _run(capsys, TXT, "--format", "markdown", "-o", str(target), "--resume")
    assert code == 0 and "kept" in err
    assert target.read_text(encoding="utf-8") == "an editor's notes\n"
    code, _, _ = _run(capsys, TXT, "--format", "markdown", "-o", str(target), "--overwrite")
    assert code == 0 and "$2.3 billion" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["result.md"]  # no temporary file left


# --- resume ----------------------------------------------------------------------------------


def test_resume_retries_errors_skips_results_and_keeps_one_line_per_source(
    capsys, tmp_path, counted
) -> None:
    late = tmp_path / "late.txt"  # missing on the first run
    target = tmp_path / "morning.jsonl"
    sources = [TXT, str(late), HTML]
    code, _, _ = _run(capsys, *sources, "--format", "json", "-o", str(target))
    assert code == 2 and sorted("error" in line for line in _lines(target)) == [False, False, True]
    late.write_text(Path(TXT).read_text(encoding="utf-8"), encoding="utf-8")
    counted.clear()
    code, _, err = _run(capsys, *sources, "--format", "json", "-o", str(target), "--resume")
    assert code == 0 and counted == [str(late)]
    assert "2 of 3 source(s) already done" in err
    lines = _lines(target)
    assert sorted(line["index"] for line in lines) == [0, 1, 2]
    assert all("result" in line for line in lines)
    # Nothing left: a third run does nothing and says so.
    counted.clear()
    code, _, err = _run(capsys, *sources, "--format", "json", "-o", str(target), "--resume")
    assert code == 0 and counted == [] and "nothing left to do" in err


def test_resume_drops_a_line_cut_short_by_a_crash(capsys, tmp_path, counted) -> None:
    target = tmp_path / "morning.jsonl"
    _run(capsys, TXT, HTML, TXT, "--format", "json", "-o", str(target), "--concurrency", "1")
    whole = target.read_text(encoding="utf-8").splitlines(keepends=True)
    target.write_text(whole[0] + whole[1][: len(whole[1]) // 2], encoding="utf-8")
    counted.clear()
    code, _, _ = _run(capsys, TXT, HTML, TXT, "--format", "json", "-o", str(target), "--resume")
    assert code == 0 and counted == [HTML, TXT]
    assert sorted(line["index"] for line in _lines(target)) == [0, 1, 2]


def test_a_resumed_run_exits_as_the_whole_run_would(capsys, tmp_path, monkeypatch) -> None:
    # A kept result with a flagged figure still makes the exit code 1. (An empty --from-file
    # makes one source a batch, written as JSON Lines.)
    target = tmp_path / "morning.jsonl"
    _run(capsys, TXT, "--from-file", os.devnull, "--format", "json", "-o", str(target))
    record = json.loads(target.read_text(encoding="utf-8"))
    record["result"]["claims"][0]["verdict"] = "contradicted"
    target.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, _, _ = _run(capsys, TXT, HTML, "--format", "json", "-o", str(target), "--resume")
    assert code == 1 and len(_lines(target)) == 2


def test_output_dir_refuses_a_rerun_and_resumes_what_is_missing(capsys, tmp_path, counted) -> None:
    folder = tmp_path / "reports"
    sources = [TXT, str(tmp_path / "late.txt"), HTML]
    code, _, _ = _run(capsys, *sources, "--format", "html", "--output-dir", str(folder))
    assert code == 2 and len(list(folder.glob("*.html"))) == 2
    (folder / f".002-late.html.x{TEMP_SUFFIX}").write_text("half a page", encoding="utf-8")
    code, _, err = _run(capsys, *sources, "--format", "html", "--output-dir", str(folder))
    assert code == 2 and "--resume" in err
    Path(sources[1]).write_text(Path(TXT).read_text(encoding="utf-8"), encoding="utf-8")
    counted.clear()
    args = [*sources, "--format", "html", "--output-dir", str(folder), "--resume"]
    code, _, _ = _run(capsys, *args)
    assert code == 0 and counted == [sources[1]]
    # Three whole reports, and the killed run's temporary file is gone.
    names = sorted(path.name for path in folder.iterdir() if path.name != "index.jsonl")
    assert names == ["001-ramstein.html", "002-late.html", "003-ramstein.html"]
    assert all((folder / n).read_text(encoding="utf-8").endswith("</html>") for n in names)


# --- kill -9 -----------------------------------------------------------------------------------


def test_kill_9_mid_batch_then_resume_finishes_only_what_is_missing(
    scripted_server, tmp_path
) -> None:
    from scripted_server import latency, model

    sources = (DEVSET * 2)[:10]
    target = tmp_path / "wire.jsonl"
    env = {**os.environ, "OPENAI_BASE_URL": scripted_server.base_url}
    command = [sys.executable, "-m", "factcheck", "summarize", *sources, "--format", "json"]
    command += ["-o", str(target), "--concurrency", "2", "--no-repair"]
    scripted_server.script([latency(0.3, model()) for _ in range(40)])
    # From a folder of its own: the repository root would shadow the installed package, whose
    # factcheck.prompts exists only once installed (CI installs it without -e).
    with subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, text=True, cwd=tmp_path
    ) as process:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if target.exists() and target.read_text(encoding="utf-8").count("\n") >= 3:
                break
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    done = len(target.read_text(encoding="utf-8").splitlines())
    assert 3 <= done < len(sources)
    # Rerunning without --resume destroys nothing.
    before = target.read_bytes()
    again = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert again.returncode == 2 and target.read_bytes() == before
    scripted_server.script([])
    asked = len(scripted_server.requests)
    resumed = subprocess.run(
        [*command, "--resume"], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert resumed.returncode in (0, 1), resumed.stderr
    assert "Traceback" not in resumed.stderr
    lines = _lines(target)
    assert sorted(line["index"] for line in lines) == list(range(len(sources)))
    assert all("result" in line for line in lines)
    # Only the sources that were missing asked the model again (one draft each), less any
    # whose reply the killed run had already paid for: the response cache answers those.
    kept = sum(1 for line in before.decode().splitlines(keepends=True) if line.endswith("\n"))
    new = lines[kept:]
    assert len(new) == len(sources) - kept
    paid = sum(line["result"]["usage"]["calls"] - line["result"]["usage"]["cached"] for line in new)
    assert len(scripted_server.requests) - asked == paid


# --- write errors -----------------------------------------------------------------------------


class _FullDisk:
    """A stdout whose writes fail with ENOSPC after ``room`` characters."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.written = ""

    def write(self, text: str) -> int:
        if len(self.written) + len(text) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("no file descriptor")


@pytest.mark.parametrize("batch", [False, True])
def test_a_full_stdout_ends_the_run_with_one_line_and_exit_15(capsys, monkeypatch, batch) -> None:
    full = _FullDisk(room=100)
    monkeypatch.setattr("sys.stdout", full)
    sources = [TXT, HTML] if batch else [TXT]
    code = main(["summarize", *sources, "--format", "json", "--concurrency", "1", "-q"])
    err = capsys.readouterr().err
    (line,) = err.splitlines()
    assert code == 15 and "No space left on device" in line and "Traceback" not in err


def test_output_to_dev_full_ends_cleanly(tmp_path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this platform")
    command = [sys.executable, "-m", "factcheck", "summarize", TXT, HTML, "--format", "json"]
    done = subprocess.run([*command, "-o", "/dev/full", "-q"], capture_output=True, text=True)
    assert done.returncode == 15 and "Traceback" not in done.stderr
    assert done.stderr.count("factcheck: error:") == 1
    with open("/dev/full", "w") as full:
        done = subprocess.run([*command, "--quiet"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert done.returncode == 15, done.stderr
    assert done.stderr.count("\n") == 1 and "Exception ignored" not in done.stderr


def _limit_file_size(limit: int) -> None:
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_size_limited_file_keeps_whole_lines_and_resume_finishes(tmp_path) -> None:
    command = [sys.executable, "-m", "factcheck", "summarize", TXT, HTML, TXT, "--format"]
    command += ["json", "--concurrency", "1", "-q"]
    measure = tmp_path / "measure.jsonl"
    subprocess.run([*command, "-o", str(measure)], check=True, capture_output=True)
    first = len(measure.read_text(encoding="utf-8").splitlines(keepends=True)[0].encode())
    target = tmp_path / "wire.jsonl"
    # Room for the first line and half the second: the second write fails part-way.
    done = subprocess.run(
        [*command, "-o", str(target)],
        capture_output=True,
        text=True,
        preexec_fn=lambda: _limit_file_size(first + first // 2),
    )
    assert done.returncode == 15 and "Traceback" not in done.stderr, done.stderr
    assert "1 line(s) written before are whole" in done.stderr
    assert len(_lines(target)) == 1  # the half line was cut back off
    resumed = subprocess.run([*command, "-o", str(target), "--resume"], capture_output=True)
    assert resumed.returncode == 0
    assert sorted(line["index"] for line in _lines(target)) == [0, 1, 2]


def test_a_line_sink_cuts_a_failed_line_back_off(tmp_path, monkeypatch) -> None:
    target = tmp_path / "lines.jsonl"
    real_write = os.write
    with LineSink(target) as sink:
        sink.write('{"a": 1}\n')

        def half_then_full(fd: int, data: Any) -> int:
            if len(data) > 4:
                return real_write(fd, bytes(data[:4]))
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "write", half_then_full)
        with pytest.raises(factcheck.errors.OutputError, match="1 line"):
            sink.write('{"b": 2}\n')
    assert target.read_text(encoding="utf-8") == '{"a": 1}\n'


@pytest.mark.parametrize("sources", [[TXT], [TXT, HTML]])
def test_a_closed_stdout_is_one_line_and_exit_15(sources: list[str]) -> None:
    command = [sys.executable, "-m", "factcheck", "summarize", *sources, "--format", "json"]
    done = subprocess.run(
        [*command, "-q"], stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1)
    )
    assert done.returncode == 15 and done.stderr.count("\n") == 1, done.stderr
    assert "closed" in done.stderr
