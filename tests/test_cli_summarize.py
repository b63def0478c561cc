"""`factcheck summarize`: output on stdout, progress on stderr, exit codes as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

TOP_LEVEL = {"article", "summary", "claims", "engine", "usage", "provenance", "schema_version"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["summarize", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_readme_command_summarizes_the_example_with_every_figure_supported(
    capsys, examples_dir
) -> None:
    code, out, err = _run(capsys, str(examples_dir / "ramstein.html"))
    assert code == 0
    assert "extractive" in out.lower()
    assert "supported" in out
    assert "contradicted" not in out.replace("0 ✗ contradicted", "")
    assert "factcheck:" in err  # progress went to stderr


def test_json_on_stdout_is_valid_and_progress_stays_on_stderr(capsys, examples_dir) -> None:
    code, out, err = _run(capsys, str(examples_dir / "ramstein.html"), "--format", "json")
    assert code == 0
    data = json.loads(out)  # nothing but the JSON document on stdout
    assert set(data) >= TOP_LEVEL
    assert data["engine"] == "extractive"
    assert data["claims"] and all(c["verdict"] == "supported" for c in data["claims"])
    assert "loading" in err and "checking" in err


def test_quiet_prints_no_progress(capsys, examples_dir) -> None:
    code, out, err = _run(capsys, str(examples_dir / "ramstein.txt"), "--quiet")
    assert code == 0 and out and err == ""


@pytest.mark.parametrize(("fmt", "start"), [("markdown", "#"), ("html", "<!doctype html>")])
def test_markdown_and_html_formats(capsys, examples_dir, fmt, start) -> None:
    code, out, _ = _run(capsys, str(examples_dir / "ramstein.txt"), "--format", fmt)
    assert code == 0
    assert out.lstrip().lower().startswith(start)
    assert "$2.3 billion" in out


def test_output_writes_the_file_and_keeps_stdout_empty(capsys, examples_dir, tmp_path) -> None:
    target = tmp_path / "result.json"
    code, out, err = _run(
        capsys, str(examples_dir / "ramstein.txt"), "--format", "json", "--output", str(target)
    )
    assert code == 0 and out == ""
    assert set(json.loads(target.read_text(encoding="utf-8"))) >= TOP_LEVEL
    assert str(target) in err


def test_an_unwritable_output_loses_nothing(capsys, examples_dir, tmp_path) -> None:
    target = tmp_path / "no-such-folder" / "result.json"
    code, out, err = _run(
        capsys, str(examples_dir / "ramstein.txt"), "--format", "json", "-o", str(target)
    )
    assert code == 15  # OutputError
    assert set(json.loads(out)) >= TOP_LEVEL  # the result is on stdout instead
    errors = [line for line in err.splitlines() if "error" in line]
    assert len(errors) == 1 and "cannot write" in errors[0]


def test_a_missing_file_is_one_line_and_exit_2(capsys, tmp_path) -> None:
    code, out, err = _run(capsys, str(tmp_path / "missing.html"))
    assert code == 2 and out == ""
    assert err.strip().splitlines()[-1].startswith("factcheck: error:")
    assert "Traceback" not in err


def test_an_empty_file_is_bad_input(capsys, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = _run(capsys, str(empty))
    assert code == 2 and "empty" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--repair-rounds", "-1"],
        ["--repair-rounds", "x"],
        ["--repair-rounds", "2", "--no-repair"],
        ["--fail-on", "sometimes"],
        ["--format", "pdf"],
    ],
)
def test_bad_options_exit_2(capsys, examples_dir, argv) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", str(examples_dir / "ramstein.txt"), *argv])
    assert exit_info.value.code == 2
    assert "error" in capsys.readouterr().err


def test_summarize_has_help(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["summarize", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for flag in (
        "--model",
        "--base-url",
        "--offline",
        "--repair-rounds",
        "--no-repair",
        "--format",
        "--output",
        "--fail-on",
        "--prompts-dir",
        "--allow-private-hosts",
    ):
        assert flag in out


def test_stdin_is_read_with_a_dash(capsys, examples_dir, monkeypatch) -> None:
    import io
    import sys

    data = Path(examples_dir / "ramstein.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = _run(capsys, "-", "--format", "json")
    assert code == 0 and json.loads(out)["article"]["obtained_via"] == "stdin"


# --- --fail-on through the model path (cassettes/test_pipeline_cli/) ----------------------------


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    from llm_support import CASSETTES

    return str(CASSETTES / "test_pipeline_cli")


def _draft(kind: str) -> dict:
    from scripted_server import RAMSTEIN_DRAFT

    draft = json.loads(json.dumps(RAMSTEIN_DRAFT))
    if kind == "contradicted":  # the model misreads Germany's $2.3 billion in its prose
        draft["summary"] = draft["summary"].replace("$2.3 billion", "$2.5 billion")
    elif kind == "unsupported":  # a figure the article never states
        draft["summary"] += " The talks lasted six hours."
    return draft


@pytest.mark.vcr
@pytest.mark.parametrize(
    ("draft", "fail_on", "expected"),
    [
        ("clean", None, 0),
        # A real model will not plant these errors on cue: scripted server only.
        pytest.param("contradicted", None, 1, marks=pytest.mark.scripted_only),
        pytest.param("contradicted", "contradicted", 1, marks=pytest.mark.scripted_only),
        pytest.param("contradicted", "never", 0, marks=pytest.mark.scripted_only),
        pytest.param("unsupported", None, 1, marks=pytest.mark.scripted_only),
        pytest.param("unsupported", "contradicted", 0, marks=pytest.mark.scripted_only),
    ],
)
def test_fail_on_decides_the_exit_code(
    capsys, monkeypatch, llm_endpoint, examples_dir, draft, fail_on, expected
) -> None:
    """1 request each: a clean draft, one with a contradicted figure in its prose, one with an
    unsupported figure; --fail-on (default unsupported) decides the exit code, JSON on stdout."""
    from scripted_server import reply

    settings = llm_endpoint.settings()
    assert settings.api_key is not None and settings.base_url is not None
    monkeypatch.setenv("OPENAI_API_KEY", settings.api_key.get_secret_value())
    monkeypatch.setenv("OPENAI_BASE_URL", settings.base_url)
    monkeypatch.setenv("FACTCHECK_MAX_RETRIES", "0")
    llm_endpoint.script([reply(_draft(draft))])

    argv = [str(examples_dir / "ramstein.html"), "--format", "json", "--no-repair"]
    code, out, err = _run(capsys, *argv, *(["--fail-on", fail_on] if fail_on else []))
    assert code == expected, err
    data = json.loads(out)
    assert data["engine"] == "llm" and len(data["rounds"]) == 1
    verdicts = {c["verdict"] for c in data["claims"]}
    assert verdicts == ({"supported"} if draft == "clean" else {"supported", draft})
    assert "asking gpt-4o-mini" in err and "{" not in err


def test_a_reader_that_goes_away_ends_the_run_quietly(examples_dir: Path) -> None:
    # `factcheck summarize ... | head` must not end in a BrokenPipeError traceback: more output
    # than a pipe buffer holds, a reader that takes 100 bytes and leaves.
    import subprocess
    import sys

    sources = [str(examples_dir / "ramstein.html")] * 12  # ~35 KB of JSON each
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "summarize", *sources, "-q", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    with process.stderr:
        stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert "Traceback" not in stderr
