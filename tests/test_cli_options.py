"""What a newcomer meets: `check` on a par with `summarize` (-o, --fail-on, -q, --format,
--only-flagged), --version, "did you mean", -v/--debug logging, the config file, and a model
asked for with no endpoint to reach it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SOURCE = str(ROOT / "examples" / "ramstein.txt")
HTML = str(ROOT / "examples" / "ramstein.html")
FAITHFUL = str(ROOT / "examples" / "draft-faithful.txt")
WITH_ERRORS = str(ROOT / "examples" / "draft-with-errors.txt")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- check -o / --fail-on / -q ---------------------------------------------------------------


def test_check_output_file_is_written_and_never_replaced_without_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.json"
    code, out, err = run(
        capsys, "check", "--source", SOURCE, "--format", "json", "-o", str(target), WITH_ERRORS
    )
    assert code == 1 and out == ""
    assert f"wrote json to {target}" in err
    first = target.read_text(encoding="utf-8")
    assert json.loads(first)["totals"]["contradicted"] == 5
    # Run again: refused, exit 2, one line, the file untouched.
    code, out, err = run(capsys, "check", "--source", SOURCE, "-o", str(target), FAITHFUL)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--overwrite" in err and "already holds" in err
    assert target.read_text(encoding="utf-8") == first
    # --resume keeps it and does nothing; --overwrite replaces it.
    code, _, err = run(capsys, "check", "--source", SOURCE, "--resume", "-o", str(target), FAITHFUL)
    assert code == 0 and "kept" in err and target.read_text(encoding="utf-8") == first
    code, _, _ = run(
        capsys, "check", "-q", "--source", SOURCE, "--overwrite", "-o", str(target), FAITHFUL
    )
    assert code == 0 and "Defence ministers" in target.read_text(encoding="utf-8")


def test_check_output_that_cannot_be_written_goes_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing-folder" / "report.md"
    code, out, err = run(
        capsys, "check", "--source", SOURCE, "--format", "markdown", "-o", str(target), FAITHFUL
    )
    assert code == 15 and "cannot write" in err
    assert out.startswith("### ")  # nothing lost: the report is on stdout


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("never", 0), ("contradicted", 1), ("unsupported", 1)]
)
def test_check_fail_on_sets_the_exit_code(
    capsys: pytest.CaptureFixture[str], fail_on: str, expected: int
) -> None:
    argv = ["check", "-q", "--fail-on", fail_on, "--source", SOURCE, WITH_ERRORS]
    code, out, err = run(capsys, *argv)
    assert code == expected and err == "" and "contradicted" in out


def test_check_says_what_fails_unless_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "check", "--source", SOURCE, WITH_ERRORS)
    assert err == "factcheck: 5 figure(s) contradicted or unsupported (--fail-on)\n"
    _, _, err = run(capsys, "check", "--quiet", "--source", SOURCE, WITH_ERRORS)
    assert err == ""


# --- the table ---------------------------------------------------------------------------------


def test_check_table_puts_flagged_rows_first_and_only_flagged_drops_the_rest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "check", "-q", "--source", SOURCE, WITH_ERRORS)
    first_cells = [line.split("│")[1].strip() for line in out.splitlines() if "│" in line]
    verdict_cells = [cell for cell in first_cells if cell[:1] in ("✓", "✗", "?")]
    assert verdict_cells[-1] == "✓ supported"
    assert all(cell.startswith("✗") for cell in verdict_cells[:-1])
    _, only, _ = run(capsys, "check", "-q", "--only-flagged", "--source", SOURCE, WITH_ERRORS)
    assert "✓ supported │" not in only and "85,000" not in only
    assert "Showing only the flagged sentences: 1 supported not shown." in only
    assert "6 claims checked: 1 ✓ supported, 5 ✗ contradicted" in only  # totals count all
    _, markdown, _ = run(
        capsys, "check", "-q", "--only-flagged", "--format", "markdown", "--source", SOURCE,
        WITH_ERRORS,
    )  # fmt: skip
    assert markdown.count("✗ contradicted |") == 5 and "✓ supported |" not in markdown
    _, _, err = run(capsys, "check", "-q", "-v", "--source", SOURCE, WITH_ERRORS)
    assert "INFO: factcheck.cli: checked 6 sentence(s)" in err


def test_summarize_table_says_where_each_sentence_comes_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "summarize", "-q", "--offline", HTML)
    assert code == 0
    header = next(line for line in out.splitlines() if "verdict" in line and "│" in line)
    assert [c.strip() for c in header.split("│")[1:-1]] == [
        "verdict", "from", "sentence", "why", "the article says",
    ]  # fmt: skip
    assert "│ summary" in out and "│ claim" in out and "│ key point" in out
    table = [line for line in out.splitlines() if line.startswith("│")]
    assert table and not any("—" in line for line in table)  # evidence on every supported row
    _, only, _ = run(capsys, "summarize", "-q", "--offline", "--only-flagged", HTML)
    assert "╭" not in only and "supported not shown" in only


# --- global options ----------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(capsys: pytest.CaptureFixture[str], flag: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([flag])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"factcheck {__version__}\n"


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["sumarize", "x.html"], "did you mean 'summarize'?"),
        (["chek", "--source", "a", "b"], "did you mean 'check'?"),
        (["summarize", "--fial-on", "never", "x.html"], "did you mean '--fail-on'?"),
        (["check", "--source", SOURCE, "--fromat", "json", FAITHFUL], "did you mean '--format'?"),
        (["check", "--source", SOURCE, "--format", "jsn", FAITHFUL], "did you mean 'json'?"),
        (["summarize", "--offlne", "x.html"], "did you mean '--offline'?"),
    ],
)
def test_mistyped_commands_and_flags_get_a_suggestion(
    capsys: pytest.CaptureFixture[str], argv: list[str], suggestion: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1 and suggestion in err


@pytest.mark.parametrize("flags", [["-v"], ["--debug"], ["--verbose"]])
@pytest.mark.parametrize("before", [True, False])
def test_logging_goes_to_stderr_never_into_json(
    capsys: pytest.CaptureFixture[str], flags: list[str], before: bool
) -> None:
    command = ["summarize", "-q", "--offline", "--format", "json", HTML]
    argv = [*flags, *command] if before else [*command[:1], *flags, *command[1:]]
    code, out, err = run(capsys, *argv)
    assert code == 0
    json.loads(out)  # stdout is the JSON document alone
    assert "factcheck: INFO: factcheck.pipeline: engine: extractive (offline, no model)" in err
    assert "summarized" in err
    assert ("DEBUG" in err) == (flags == ["--debug"])


def test_no_logging_without_a_flag(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "summarize", "-q", "--offline", "--format", "json", HTML)
    assert err == ""


# --- a model with no endpoint ------------------------------------------------------------------


def _one_line_naming_the_ways_out(err: str) -> None:
    assert err.count("\n") == 1
    for needed in ("OPENAI_API_KEY", "--base-url", "--offline"):
        assert needed in err


def test_a_model_asked_for_without_an_endpoint_is_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "summarize", "-q", "--model", "gpt-4o", HTML)
    assert code == 2 and out == ""
    _one_line_naming_the_ways_out(err)
    assert "'gpt-4o' (--model)" in err
    # --offline says the extractive engine is what is wanted: no error.
    code, _, _ = run(capsys, "summarize", "-q", "--offline", "--model", "gpt-4o", HTML)
    assert code == 0


def test_a_model_from_the_environment_without_an_endpoint_is_an_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_MODEL", "gpt-4o")
    code, _, err = run(capsys, "summarize", "-q", HTML, "--format", "json")
    assert code == 2
    _one_line_naming_the_ways_out(err)
    assert "FACTCHECK_MODEL" in err


def test_the_library_refuses_it_too() -> None:
    from factcheck import summarize
    from factcheck.errors import NoEndpointError

    with pytest.raises(NoEndpointError) as error:
        summarize(HTML, model="gpt-4o")
    assert error.value.exit_code == 2
    assert summarize(HTML).engine == "extractive"  # no model asked for: extractive, as before


# --- the config file ---------------------------------------------------------------------------


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "factcheck.toml"
    monkeypatch.setenv("FACTCHECK_CONFIG", str(path))
    return path


def test_config_sets_defaults_that_environment_and_flags_override(
    config_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file.write_text('format = "json"\nfail_on = "never"\nconcurrency = 2\n', "utf-8")
    code, out, _ = run(capsys, "check", "-q", "--source", SOURCE, WITH_ERRORS)
    assert code == 0  # fail_on = "never"
    assert json.loads(out)["totals"]["contradicted"] == 5  # format = "json"
    monkeypatch.setenv("FACTCHECK_FORMAT", "markdown")
    _, out, _ = run(capsys, "check", "-q", "--source", SOURCE, WITH_ERRORS)
    assert out.startswith("### ")
    code, out, _ = run(
        capsys, "check", "-q", "--format", "table", "--fail-on", "contradicted",
        "--source", SOURCE, WITH_ERRORS,
    )  # fmt: skip
    assert code == 1 and "╭" in out


def test_config_command_shows_each_value_and_where_it_comes_from(
    config_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file.write_text('model = "gpt-4o"\nconcurrency = 2\nformat = "json"\n', "utf-8")
    monkeypatch.setenv("FACTCHECK_FORMAT", "markdown")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-never-shown")
    code, out, err = run(capsys, "config")
    assert code == 0 and err == ""
    rows = {line.split()[0]: line for line in out.splitlines()}
    assert str(config_file) in rows["config"] and "found" in rows["config"]
    assert "gpt-4o" in rows["model"] and "config file" in rows["model"]
    assert "markdown" in rows["format"] and "FACTCHECK_FORMAT" in rows["format"]
    assert " 2 " in rows["concurrency"] and "config file" in rows["concurrency"]
    assert "unsupported" in rows["fail_on"] and rows["fail_on"].endswith("default")
    assert "set" in rows["api_key"] and "sk-secret" not in out
    assert run(capsys, "config", "--path")[1] == f"{config_file}\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("format = json\n", "not a valid TOML file"),
        ('api_key = "sk-x"\n', "unknown setting(s) api_key"),
        ("concurrency = \"many\"\n", "concurrency must be a whole number"),
        ('format = "pdf"\n', "choose one of table, json, markdown, html"),
    ],
)
def test_a_bad_config_file_is_one_line_exit_3(
    config_file: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    config_file.write_text(content, "utf-8")
    code, out, err = run(capsys, "check", "--source", SOURCE, FAITHFUL)
    assert code == 3 and out == "" and err.count("\n") == 1
    assert message in err and str(config_file) in err
    assert "sk-x" not in err


def test_a_missing_config_named_by_factcheck_config_is_an_error(
    config_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "config")
    assert code == 3 and "no such config file" in err


def test_the_user_config_folder_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "factcheck").mkdir()
    (tmp_path / "factcheck" / "config.toml").write_text('model = "gpt-4o"\n', "utf-8")
    code, _, err = run(capsys, "summarize", "-q", HTML)
    assert code == 2 and "config file" in err  # the config's model, with no endpoint


# --- shell completion --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("factcheck sum", "summarize"),
        ("factcheck check --fa", "--fail-on"),
        ("factcheck -", "--version"),
    ],
)
def test_shell_completion_through_argcomplete(tmp_path: Path, line: str, expected: str) -> None:
    import os
    import subprocess
    import sys

    pytest.importorskip("argcomplete")
    out = tmp_path / "completions"
    env = {
        **os.environ,
        "_ARGCOMPLETE": "1",
        "_ARGCOMPLETE_IFS": "\n",
        "COMP_LINE": line,
        "COMP_POINT": str(len(line)),
        "_ARGCOMPLETE_STDOUT_FILENAME": str(out),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck"], env=env, capture_output=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert expected in out.read_text(encoding="utf-8").split()


def test_serve_refuses_to_start_with_a_model_it_cannot_reach(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("fastapi")
    monkeypatch.setenv("FACTCHECK_MODEL", "gpt-4o")
    code, _, err = run(capsys, "serve", "--port", "0")
    assert code == 2
    _one_line_naming_the_ways_out(err)
