"""A batch you can watch: progress on stderr, a closing tally, digests in input order, and the
output folder's index.jsonl. Offline: the extractive engine over the bundled examples."""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path
from typing import Any

import pytest

import factcheck.batch
from factcheck._cli_progress import BatchProgress, choose_mode
from factcheck.cli import main
from factcheck.models import Verdict
from factcheck.pipeline import summarize as real_summarize


@pytest.fixture
def files(tmp_path: Path, examples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Sources by role; the one named ``flagged`` comes back with its first figure contradicted
    (the extractive engine quotes the article, so offline nothing is flagged by itself)."""
    flagged = tmp_path / "flagged.txt"
    flagged.write_text((examples_dir / "ramstein.txt").read_text(encoding="utf-8"))

    def summarize(source: str, **options: Any) -> Any:
        result = real_summarize(source, **options)
        if Path(source).name != "flagged.txt":
            return result
        first = result.claims[0].model_copy(update={"verdict": Verdict.CONTRADICTED})
        return result.model_copy(update={"claims": [first, *result.claims[1:]]})

    monkeypatch.setattr(factcheck.batch, "summarize", summarize)
    return {
        "html": str(examples_dir / "ramstein.html"),
        "txt": str(examples_dir / "ramstein.txt"),
        "missing": str(tmp_path / "missing.html"),
        "flagged": str(flagged),
    }


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["summarize", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_plain_progress_and_the_closing_tally_state_the_exit_code_rule(capsys, files) -> None:
    sources = [files["txt"], files["missing"], files["flagged"]]
    code, _, err = _run(capsys, *sources, "--format", "json", "--concurrency", "1")
    assert code == 2  # the missing file's code outranks the flagged figures' 1
    lines = err.splitlines()
    assert lines[-1].startswith("factcheck: 3 source(s) in ")
    assert lines[-1].endswith(
        ": 1 supported, 1 flagged, 1 failed; exit code 2: a failed source's code outranks the "
        "1 of flagged figures (the highest of the sources' codes)"
    )
    # The last plain progress line comes after the last source, whatever the interval.
    assert any(
        line.startswith("factcheck: [3/3] 1 supported, 1 flagged, 1 failed;") for line in lines
    )


def test_quiet_prints_nothing_but_errors(capsys, files) -> None:
    code, out, err = _run(capsys, files["txt"], files["html"], "--format", "json", "-q")
    assert code == 0 and err == "" and len(out.splitlines()) == 2
    code, _, err = _run(capsys, files["txt"], files["missing"], "--format", "json", "-q")
    assert code == 2 and err.startswith(f"factcheck: error: {files['missing']}: ")
    assert len(err.splitlines()) == 1


def test_a_terminal_gets_a_bar_with_the_tallies(capsys, files, monkeypatch) -> None:
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    sources = [files["txt"], files["missing"], files["html"]]
    code, out, err = _run(capsys, *sources, "--format", "json", "--concurrency", "1")
    assert code == 2 and len(out.splitlines()) == 3
    assert f"factcheck: error: {files['missing']}: " in err  # printed above the bar
    assert "factcheck: [" not in err  # no plain lines on a terminal
    assert "factcheck: 3 source(s) in " in err.rstrip().splitlines()[-1]
    assert "2 supported, 0 flagged, 1 failed" in err


def test_progress_modes_and_rate() -> None:
    class Stream(io.StringIO):
        def __init__(self, tty: bool) -> None:
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    assert choose_mode(False, Stream(True)) == "bar"
    assert choose_mode(False, Stream(False)) == "lines"
    assert choose_mode(True, Stream(True)) == "quiet"
    said: list[str] = []
    with BatchProgress(10, 4, "lines", said.append) as progress:
        progress.finished("supported")
        progress.finished("flagged")  # within the interval: no second line
    assert len(said) == 1 and said[0].startswith(
        "factcheck: [5/10] 1 supported, 0 flagged, 0 failed;"
    )
    assert "about" in said[0] and "left" in said[0]
    closing = progress.closing_line(1)
    assert "2 source(s)" in closing and "4 kept from the earlier run" in closing
    assert closing.endswith("; exit code 1")


def _slow_first(monkeypatch: pytest.MonkeyPatch, slow: str) -> threading.Event:
    """The first call for ``slow`` waits until every other source has finished."""
    others_done = threading.Event()
    finished: list[str] = []
    lock = threading.Lock()

    def summarize(source: str, **options: Any) -> Any:
        if source == slow:
            others_done.wait(10)
        result = real_summarize(source, **options)
        with lock:
            finished.append(source)
            if len(finished) == 2:  # the two others
                others_done.set()
        return result

    monkeypatch.setattr(factcheck.batch, "summarize", summarize)
    return others_done


def test_digests_come_in_input_order_whatever_finishes_first(capsys, files, tmp_path, monkeypatch):
    # The same article under three names, so each heading shows which one it is.
    names = []
    for name in ("a-first.txt", "b-second.txt", "c-third.txt"):
        target = tmp_path / name
        target.write_text(Path(files["txt"]).read_text(encoding="utf-8"), encoding="utf-8")
        names.append(str(target))
    _slow_first(monkeypatch, names[0])
    code, out, _ = _run(capsys, *names, "--format", "markdown", "--concurrency", "3")
    assert code == 0
    headings = [line for line in out.splitlines() if line.startswith("# ")]
    assert [h.removeprefix("# ").replace("\\", "") for h in headings] == names


def test_json_lines_stay_in_finish_order(capsys, files, tmp_path, monkeypatch) -> None:
    names = []
    for name in ("a.txt", "b.txt", "c.txt"):
        target = tmp_path / name
        target.write_text(Path(files["txt"]).read_text(encoding="utf-8"), encoding="utf-8")
        names.append(str(target))
    _slow_first(monkeypatch, names[0])
    code, out, _ = _run(capsys, *names, "--format", "json", "--concurrency", "3")
    indexes = [json.loads(line)["index"] for line in out.splitlines()]
    assert code == 0 and indexes[-1] == 0 and sorted(indexes) == [0, 1, 2]


def test_output_dir_index_has_one_line_per_source(capsys, files, tmp_path) -> None:
    folder = tmp_path / "out"
    sources = [files["txt"], files["missing"], files["flagged"]]
    code, _, err = _run(capsys, *sources, "--format", "json", "--output-dir", str(folder))
    assert code == 2 and f"factcheck: error: {files['missing']}: " in err
    lines = [json.loads(line) for line in (folder / "index.jsonl").read_text().splitlines()]
    assert [line["index"] for line in lines] == [0, 1, 2]  # in input order
    good, missing, flagged = lines
    assert good["status"] == "supported" and good["file"] == "001-ramstein.json"
    assert (folder / good["file"]).is_file()
    assert good["verdicts"]["supported"] > 0
    assert set(good["verdicts"]) == {"supported", "contradicted", "unsupported"}
    assert good["verdicts"]["contradicted"] == good["verdicts"]["unsupported"] == 0
    assert missing["status"] == "failed" and missing["file"] is None
    assert missing["error"]["type"] == "SourceNotFoundError" and missing["error"]["exit_code"] == 2
    assert flagged["status"] == "flagged" and flagged["file"] == "003-flagged.json"
    assert flagged["verdicts"]["contradicted"] == 1

    # Resumed once the missing file exists: kept lines stay, the failure's line is replaced.
    Path(files["missing"]).write_text(Path(files["html"]).read_text(encoding="utf-8"))
    code, _, _ = _run(capsys, *sources, "--format", "json", "--output-dir", str(folder), "--resume")
    lines = [json.loads(line) for line in (folder / "index.jsonl").read_text().splitlines()]
    assert [line["index"] for line in lines] == [0, 1, 2]
    assert [line["status"] for line in lines] == ["supported", "supported", "flagged"]
    assert lines[1]["file"] == "002-missing.json"


def test_a_plain_line_at_most_every_interval(monkeypatch) -> None:
    import factcheck._cli_progress as view

    said: list[str] = []
    clock = iter([0.0, 1.0, 2.0, 7.0, 8.0, 9.0, 20.0])
    monkeypatch.setattr(view.time, "monotonic", lambda: next(clock))
    progress = BatchProgress(5, 0, "lines", said.append)  # started at 0.0
    for _ in range(4):
        progress.finished("supported")  # at 1.0 (printed), 2.0, 7.0 (printed), 8.0
    assert [line.split("]")[0] for line in said] == ["factcheck: [1/5", "factcheck: [3/5"]
