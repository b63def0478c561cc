"""Batch summarizing: every source gets a result or an error, and nothing finished is lost.

All offline: the extractive engine over the bundled examples, a few broken local files, and the
test article server on 127.0.0.1 (``tests/article_server.py``).
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factcheck.batch
import factcheck.batch_run
from factcheck import BatchItem, asummarize_many, summarize_many
from factcheck.batch import json_line, output_name, read_source_list
from factcheck.cli import main
from factcheck.errors import ConfigError, InputError, SourceNotFoundError
from factcheck.models import Result, Verdict
from factcheck.pipeline import summarize as real_summarize


@pytest.fixture
def files(tmp_path: Path, examples_dir: Path) -> dict[str, str]:
    """Two good articles and three bad files, by role."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    return {
        "html": str(examples_dir / "ramstein.html"),
        "txt": str(examples_dir / "ramstein.txt"),
        "missing": str(tmp_path / "missing.html"),
        "empty": str(empty),
        "binary": str(binary),
    }


@pytest.fixture(scope="module")
def article_url() -> Iterator[str]:
    from article_server import serve

    with serve() as (base, _state):
        yield f"{base}/article"


def _by_index(items: list[BatchItem]) -> list[BatchItem]:
    return sorted(items, key=lambda item: item.index)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["summarize", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _json_lines(out: str) -> list[dict[str, Any]]:
    assert out.endswith("\n")
    return [json.loads(line) for line in out.splitlines()]


# --- the library ---------------------------------------------------------------------------------


def test_every_source_yields_an_item_and_failures_carry_their_error(files, article_url) -> None:
    sources = [files["html"], files["missing"], article_url, files["empty"], files["binary"]]
    items = _by_index(list(summarize_many(sources, concurrency=3, allow_private_hosts=True)))

    assert [item.index for item in items] == [0, 1, 2, 3, 4]
    assert [item.source for item in items] == sources
    good = [items[0], items[2]]
    assert all(item.ok and item.result is not None and item.error is None for item in good)
    assert all(item.result.engine == "extractive" and item.result.claims for item in good)
    assert items[2].result.article.url == article_url

    missing, empty, binary = items[1].error, items[3].error, items[4].error
    assert missing and missing.type == "SourceNotFoundError" and missing.exit_code == 2
    assert empty and empty.type == "InputError" and "empty" in empty.message
    assert binary and binary.type == "InputError" and binary.exit_code == 2
    assert all(not items[i].ok and items[i].result is None for i in (1, 3, 4))


def test_options_pass_through_to_every_source(article_url) -> None:
    # Without allow_private_hosts the 127.0.0.1 guard refuses the URL: the option reached it.
    (refused,) = summarize_many([article_url])
    assert refused.error and refused.error.type == "BlockedHostError"
    assert refused.error.exit_code == 5


def test_one_at_a_time_comes_in_input_order(files) -> None:
    sources = [files["txt"], files["missing"], files["html"]]
    items = list(summarize_many(sources, concurrency=1))
    assert [item.index for item in items] == [0, 1, 2]


def test_items_come_as_they_finish_not_after_the_whole_batch(files, monkeypatch) -> None:
    calls: list[str] = []

    def counting(source: str, **options: Any) -> Result:
        calls.append(source)
        return real_summarize(source, **options)

    monkeypatch.setattr(factcheck.batch, "summarize", counting)
    batch = summarize_many([files["txt"], files["html"], files["txt"]], concurrency=1)
    first = next(batch)
    assert first.ok and calls == [files["txt"]]  # the rest has not started yet
    batch.close()


def test_a_batch_sets_the_heap_aside_while_it_runs_and_gives_it_back(files) -> None:
    import gc

    assert gc.get_freeze_count() == 0
    batch = summarize_many([files["txt"], files["html"]], concurrency=1, workers=0)
    assert next(batch).ok
    assert gc.get_freeze_count() > 0  # what was alive before the batch: out of full passes
    assert [item.ok for item in batch] == [True]
    assert gc.get_freeze_count() == 0  # given back when it ends


def test_a_batch_leaves_a_heap_the_caller_froze_alone(files) -> None:
    import gc

    gc.freeze()
    try:
        items = list(summarize_many([files["txt"]], concurrency=1, workers=0))
        assert items[0].ok
        assert gc.get_freeze_count() > 0  # still the caller's freeze, not undone
    finally:
        gc.unfreeze()


def test_the_async_twin_with_concurrency_2_gives_the_same_items(files) -> None:
    sources = [files["html"], files["missing"], files["txt"], files["empty"]]
    sync = _by_index(list(summarize_many(sources, concurrency=1)))

    async def collect() -> list[BatchItem]:
        return [item async for item in asummarize_many(sources, concurrency=2)]

    concurrent = _by_index(asyncio.run(collect()))
    assert [(i.index, i.source, i.error) for i in concurrent] == [
        (i.index, i.source, i.error) for i in sync
    ]
    for a, b in zip(concurrent, sync, strict=True):
        assert (a.result is None) == (b.result is None)
        if a.result is not None and b.result is not None:
            assert a.result.summary == b.result.summary and a.result.claims == b.result.claims


def test_the_async_twin_never_runs_more_than_its_concurrency(files, monkeypatch) -> None:
    running = peak = 0

    async def slow(source: str, **options: Any) -> Result:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1
        return real_summarize(source, **options)

    monkeypatch.setattr(factcheck.batch_run, "asummarize", slow)

    async def collect() -> list[BatchItem]:
        return [item async for item in asummarize_many([files["txt"]] * 5, concurrency=2)]

    assert len(asyncio.run(collect())) == 5 and peak == 2


def test_the_async_twin_holds_a_bounded_number_of_tasks_however_long_the_list(
    monkeypatch,
) -> None:
    # 20,000 sources: a task per source up front would be 20,000 tasks before the first result.
    peak_tasks = 0

    async def instant(source: str, **options: Any) -> Any:
        nonlocal peak_tasks
        peak_tasks = max(peak_tasks, len(asyncio.all_tasks()))
        raise InputError(f"{source}: not run in this test")

    monkeypatch.setattr(factcheck.batch_run, "asummarize", instant)

    async def count() -> int:
        sources = (f"s{n}.txt" for n in range(20_000))
        batch = asummarize_many(sources, concurrency=8, workers=0)
        return sum([1 async for _item in batch])

    assert asyncio.run(count()) == 20_000
    assert peak_tasks <= 8 + 1  # the lanes and the caller's own task


@pytest.mark.parametrize("concurrency", [1, 2])
def test_a_bug_in_one_source_is_its_error_and_the_others_finish(
    files, monkeypatch, concurrency
) -> None:
    def broken_for_html(source: str, **options: Any) -> Result:
        if source.endswith(".html"):
            raise RuntimeError("a bug")
        return real_summarize(source, **options)

    monkeypatch.setattr(factcheck.batch, "summarize", broken_for_html)
    sources = [files["txt"], files["html"], files["txt"]]
    items = _by_index(list(summarize_many(sources, concurrency=concurrency)))
    assert [item.ok for item in items] == [True, False, True]
    error = items[1].error
    assert error is not None and error.type == "InternalError" and error.exit_code == 70
    assert "RuntimeError: a bug" in error.message and "a bug in factcheck" in error.message


def test_a_bug_in_one_source_is_its_error_in_the_async_twin_too(files, monkeypatch) -> None:
    async def broken(source: str, **options: Any) -> Result:
        raise KeyError("oops")

    monkeypatch.setattr(factcheck.batch_run, "asummarize", broken)

    async def collect() -> list[BatchItem]:
        return [item async for item in asummarize_many([files["txt"]] * 3, concurrency=2)]

    items = asyncio.run(collect())
    assert len(items) == 3 and all(i.error and i.error.exit_code == 70 for i in items)


@pytest.mark.parametrize("concurrency", [0, -1, 1.5, True])
def test_a_bad_concurrency_is_a_config_error(files, concurrency) -> None:
    with pytest.raises(ConfigError, match="concurrency"):
        list(summarize_many([files["txt"]], concurrency=concurrency))


def test_stdin_listed_twice_is_refused_before_anything_runs() -> None:
    with pytest.raises(InputError, match="only once"):
        list(summarize_many(["-", "-"]))


def test_the_source_list_skips_comments_and_blank_lines(tmp_path) -> None:
    listing = tmp_path / "wire.txt"
    listing.write_text(
        "# the morning's wire\n\nhttps://example.com/a.html#top\n"
        "  b.txt   # a comment after a source\n# c.txt\n",
        encoding="utf-8",
    )
    assert read_source_list(listing) == ["https://example.com/a.html#top", "b.txt"]
    assert read_source_list("-", io.StringIO("x.html\n#y\n")) == ["x.html"]
    with pytest.raises(SourceNotFoundError):
        read_source_list(tmp_path / "nope.txt")


def test_output_names_are_slugs_numbered_by_position() -> None:
    assert output_name(0, "examples/ramstein.html", "html") == "001-ramstein.html"
    assert output_name(11, "https://News.example.com/world/story.html?x=1", "json") == (
        "012-news-example-com-world-story.json"
    )
    assert output_name(2, "-", "markdown") == "003-stdin.md"
    assert output_name(3, "///", "table") == "004-source.txt"


def test_a_json_line_is_one_line_holding_the_result_or_the_error(files) -> None:
    good, bad = _by_index(list(summarize_many([files["txt"], files["missing"]])))
    for item in (good, bad):
        line = json_line(item)
        assert line.endswith("\n") and line.count("\n") == 1
    assert Result.model_validate(json.loads(json_line(good))["result"]) == good.result
    assert json.loads(json_line(bad)) == {
        "index": 1,
        "source": files["missing"],
        "error": {"message": bad.error.message, "type": "SourceNotFoundError", "exit_code": 2},
    }


# --- the command line ----------------------------------------------------------------------------


def test_json_lines_keep_the_sources_after_a_failing_one(capsys, files) -> None:
    sources = [files["html"], files["missing"], files["txt"]]
    code, out, err = _run(capsys, *sources, "--format", "json", "--concurrency", "1")
    lines = _json_lines(out)
    assert [line["source"] for line in lines] == sources
    assert set(lines[0]) == {"index", "source", "result"}
    assert lines[1]["error"]["type"] == "SourceNotFoundError"
    assert lines[1]["error"]["exit_code"] == 2 and "result" not in lines[1]
    assert Result.model_validate(lines[2]["result"]).all_supported
    assert code == 2
    assert f"factcheck: error: {files['missing']}: " in err
    assert "[3/3] 2 supported, 0 flagged, 1 failed;" in err  # the plain progress line
    assert "factcheck: 3 source(s) in " in err


def test_from_file_reads_the_list_and_adds_to_the_arguments(capsys, files, tmp_path) -> None:
    listing = tmp_path / "wire.txt"
    listing.write_text(f"# wire\n\n{files['txt']}\n# {files['missing']}\n", encoding="utf-8")
    code, out, _ = _run(capsys, files["html"], "--from-file", str(listing), "--format", "json")
    assert code == 0
    assert sorted(line["source"] for line in _json_lines(out)) == [files["html"], files["txt"]]


def test_from_file_with_one_source_is_still_a_batch(capsys, files, tmp_path) -> None:
    listing = tmp_path / "wire.txt"
    listing.write_text(files["txt"] + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--from-file", str(listing), "--format", "json")
    (line,) = _json_lines(out)
    assert code == 0 and line["index"] == 0 and line["result"]["engine"] == "extractive"


def test_from_file_dash_reads_the_list_from_stdin(capsys, files, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{files['txt']}\n{files['empty']}\n"))
    code, out, err = _run(capsys, "--from-file", "-", "--format", "json", "--quiet")
    lines = _json_lines(out)
    assert code == 2 and len(lines) == 2
    assert err.splitlines() == [f"factcheck: error: {files['empty']}: is empty"]


def test_an_empty_list_and_no_source_are_bad_input(capsys, tmp_path) -> None:
    listing = tmp_path / "wire.txt"
    listing.write_text("# nothing today\n", encoding="utf-8")
    code, out, err = _run(capsys, "--from-file", str(listing))
    assert code == 2 and out == "" and "lists no sources" in err
    code, _, err = _run(capsys)
    assert code == 2 and "SOURCE" in err
    code, _, err = _run(capsys, "--from-file", str(tmp_path / "none.txt"))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_the_exit_code_is_the_highest_error_among_failed_sources(
    capsys, files, article_url
) -> None:
    # A missing file (2) and a URL the private-host guard refuses (5): 5 wins.
    code, out, _ = _run(capsys, files["missing"], article_url, files["txt"], "--format", "json")
    assert code == 5
    assert len(_json_lines(out)) == 3


def _flag_the_html_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the .html example come back with every figure contradicted."""

    def flagging(source: str, **options: Any) -> Result:
        result = real_summarize(source, **options)
        if not source.endswith(".html"):
            return result
        claims = [c.model_copy(update={"verdict": Verdict.CONTRADICTED}) for c in result.claims]
        return result.model_copy(update={"claims": claims})

    monkeypatch.setattr(factcheck.batch, "summarize", flagging)


def test_a_flagged_result_exits_1_unless_fail_on_never(capsys, files, monkeypatch) -> None:
    _flag_the_html_source(monkeypatch)
    code, _, err = _run(capsys, files["txt"], files["html"], "--format", "json")
    assert code == 1 and f"{files['html']}: " in err and "--fail-on" in err
    code, _, _ = _run(capsys, files["txt"], files["html"], "--fail-on", "never", "--format", "json")
    assert code == 0
    # A failed source outranks a flagged figure.
    code, _, _ = _run(capsys, files["html"], files["empty"], "--format", "json")
    assert code == 2


def test_every_source_succeeding_exits_0(capsys, files, article_url) -> None:
    code, out, _ = _run(
        capsys, files["txt"], article_url, "--allow-private-hosts", "--format", "json"
    )
    assert code == 0 and all("result" in line for line in _json_lines(out))


@pytest.mark.parametrize(("fmt", "header"), [("table", "==> {} <=="), ("markdown", "# {}")])
def test_table_and_markdown_name_each_source_in_a_header(capsys, files, fmt, header) -> None:
    code, out, _ = _run(capsys, files["txt"], files["html"], "--format", fmt, "--concurrency", "1")
    assert code == 0
    headers = [header.format(files["txt"]), header.format(files["html"])]
    assert [line for line in out.splitlines() if line in headers] == headers
    assert out.count("$2.3 billion") >= 2


def test_output_dir_writes_one_file_per_source_and_never_overwrites(
    capsys, files, tmp_path
) -> None:
    folder = tmp_path / "reports"
    sources = [files["html"], files["txt"], files["html"], files["missing"]]
    code, out, err = _run(capsys, *sources, "--format", "html", "--output-dir", str(folder))
    assert code == 2 and out == ""
    written = sorted(path.name for path in folder.iterdir() if path.name != "index.jsonl")
    # The same article listed twice gets two files; the missing one gets none (but its line
    # in index.jsonl).
    assert written == ["001-ramstein.html", "002-ramstein.html", "003-ramstein.html"]
    for name in written:
        assert (folder / name).read_text(encoding="utf-8").lower().startswith("<!doctype html>")
        assert str(folder / name) in err


@pytest.mark.parametrize(("fmt", "suffix"), [("json", ".json"), ("markdown", ".md")])
def test_output_dir_works_for_other_formats(capsys, files, tmp_path, fmt, suffix) -> None:
    code, out, _ = _run(capsys, files["txt"], "--format", fmt, "--output-dir", str(tmp_path / "o"))
    (path,) = (p for p in (tmp_path / "o").iterdir() if p.name != "index.jsonl")
    assert code == 0 and out == "" and path.name == f"001-ramstein{suffix}"
    if fmt == "json":
        assert Result.model_validate_json(path.read_text(encoding="utf-8")).all_supported


def test_html_with_several_sources_needs_an_output_dir(capsys, files) -> None:
    code, out, err = _run(capsys, files["txt"], files["html"], "--format", "html")
    assert code == 2 and out == ""
    assert (
        err.strip() == "factcheck: error: --format html with several sources needs --output-dir DIR"
    )


def test_one_source_behaves_as_before(capsys, files) -> None:
    code, out, err = _run(capsys, files["txt"], "--format", "json")
    assert code == 0 and "schema_version" in json.loads(out)  # one document, not JSON Lines
    assert "summarizing" not in err and "loading" in err


def test_ctrl_c_during_the_second_source_keeps_the_first_line_and_exits_130(
    capsys, files, monkeypatch
) -> None:
    calls: list[str] = []

    def interrupted(source: str, **options: Any) -> Result:
        calls.append(source)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_summarize(source, **options)

    monkeypatch.setattr(factcheck.batch, "summarize", interrupted)
    sources = [files["txt"], files["html"], files["txt"]]
    code, out, err = _run(capsys, *sources, "--format", "json", "--concurrency", "1")
    assert code == 130 and "interrupted" in err
    (line,) = _json_lines(out)
    assert line["source"] == files["txt"] and "result" in line
    assert len(calls) == 2  # the third source never started


def _default_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_a_real_ctrl_c_exits_130_at_once_keeping_the_finished_lines(files, article_url) -> None:
    # End to end, with worker threads: SIGINT while a URL stalls (the test server's /slow route
    # answers nothing for 30 seconds) stops the run without waiting for it.
    import signal
    import subprocess
    import sys

    slow = article_url.replace("/article", "/slow")
    command = [sys.executable, "-m", "factcheck", "summarize", files["txt"], slow, files["txt"]]
    command += ["--allow-private-hosts", "--format", "json", "--concurrency", "2"]
    with subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A runner started in the background (CI, `pytest &`) may pass SIGINT on as ignored,
        # and Python keeps an ignored SIGINT ignored: give the child the default a terminal has.
        preexec_fn=_default_sigint,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = json.loads(process.stdout.readline())
        second = json.loads(process.stdout.readline())
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "factcheck: interrupted" in err and "Traceback" not in err
    # Both copies of the text finished and were written; the stalled URL never was.
    assert {first["index"], second["index"]} == {0, 2} and "result" in first
    assert rest == "" and slow not in err.replace(f"summarizing {slow}", "")


def test_output_writes_the_json_lines_to_a_file(capsys, files, tmp_path) -> None:
    target = tmp_path / "morning.jsonl"
    code, out, _ = _run(
        capsys, files["txt"], files["missing"], "--format", "json", "-o", str(target)
    )
    assert code == 2 and out == ""
    lines = _json_lines(target.read_text(encoding="utf-8"))
    assert sorted(("result" in line, line["source"]) for line in lines) == [
        (False, files["missing"]),
        (True, files["txt"]),
    ]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--output", "x.json", "--output-dir", "out"], "cannot be used together"),
        (["--from-file", "-", "-"], "cannot be a source too"),
    ],
)
def test_contradictory_batch_options_are_bad_input(
    capsys, files, monkeypatch, tmp_path, extra, message
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(files["txt"] + "\n"))
    code, out, err = _run(capsys, files["txt"], *extra)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists() and not (tmp_path / "x.json").exists()


def test_an_unwritable_file_in_the_output_dir_loses_nothing(capsys, files, tmp_path) -> None:
    folder = tmp_path / "out"
    (folder / "001-ramstein.json").mkdir(parents=True)  # a folder where the file should go
    code, out, err = _run(
        capsys,
        files["txt"],
        files["html"],
        "--format",
        "json",
        "--output-dir",
        str(folder),
        "--concurrency",
        "1",
    )
    assert code == 15  # OutputError
    assert Result.model_validate_json(out).article.obtained_via  # the result went to stdout
    assert "cannot write" in err and (folder / "002-ramstein.json").is_file()


def test_sources_may_come_before_and_after_options(capsys, files) -> None:
    code, out, _ = _run(capsys, files["txt"], "--format", "json", files["html"], "-q", files["txt"])
    assert code == 0
    assert sorted(line["index"] for line in _json_lines(out)) == [0, 1, 2]
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", files["txt"], "--format", "json", files["html"], "--bogus"])
    assert exit_info.value.code == 2 and "--bogus" in capsys.readouterr().err
