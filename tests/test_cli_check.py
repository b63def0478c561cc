"""The ``factcheck check`` command as a user meets it: exit codes, stdout vs stderr, formats."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples" / "ramstein.txt"
FAITHFUL = ROOT / "examples" / "draft-faithful.txt"
WITH_ERRORS = ROOT / "examples" / "draft-with-errors.txt"


def _json_checks(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict]]:
    code = main(["check", "-q", "--source", str(SOURCE), "--format", "json", *args])
    out, err = capsys.readouterr()
    assert err == ""
    return code, json.loads(out)["checks"]


def test_faithful_draft_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, checks = _json_checks(capsys, str(FAITHFUL))
    assert code == 0
    # every line of the faithful draft carries a number, and each is checked and supported
    assert len(checks) == len(FAITHFUL.read_text().strip().splitlines())
    assert {c["verdict"] for c in checks} == {"supported"}


# Each planted error in examples/draft-with-errors.txt, with the reason it must be caught for.
PLANTED = [
    ("40 countries", "contradicted", "value_mismatch"),
    ("$2.5 billion", "contradicted", "value_mismatch"),
    ("20 million drones", "contradicted", "qualifier_mismatch"),
    ("Eight Nordic", "contradicted", "value_mismatch"),
    ("30th meeting", "contradicted", "ordinal_mismatch"),
]


def test_draft_with_errors_exits_one_and_names_each_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, checks = _json_checks(capsys, str(WITH_ERRORS))
    assert code == 1
    by_claim = {c["claim"]: c for c in checks}
    for needle, verdict, reason in PLANTED:
        [check] = [c for claim, c in by_claim.items() if needle in claim]
        assert check["verdict"] == verdict, (needle, check)
        assert reason in check["reasons"], (needle, check["reasons"])
        assert check["evidence"], needle
    # the one correct line of that draft is not flagged
    [correct] = [c for claim, c in by_claim.items() if "85,000 drones" in claim]
    assert correct["verdict"] == "supported"


def test_evidence_offsets_point_into_the_source(capsys: pytest.CaptureFixture[str]) -> None:
    _, checks = _json_checks(capsys, str(WITH_ERRORS))
    source = SOURCE.read_text(encoding="utf-8")
    for check in checks:
        for evidence in check["evidence"]:
            start, end = evidence["quantity_span"]
            assert source[start:end] == evidence["quantity_text"]
            s_start, s_end = evidence["sentence_span"]
            assert evidence["sentence"] in source[s_start:s_end]


def test_table_format_names_verdicts_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "-q", "--source", str(SOURCE), str(WITH_ERRORS)])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert "contradicted" in out and "supported" in out
    assert "30th" in out and "31st" in out  # the wrong ordinal beside the source's


def test_text_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = b"Germany pledged an additional $2.3bn in defence aid.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, checks = _json_checks(capsys, "-")
    assert code == 0
    assert [c["verdict"] for c in checks] == ["supported"]


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: _bad(tmp, "empty.txt", b""), "empty"),
        (lambda tmp: _bad(tmp, "blank.txt", b"  \n\t\n"), "empty"),
        (lambda tmp: _bad(tmp, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not text"),
        (lambda tmp: _bad(tmp, "data.bin", b"ab\x00\x01\x02cd" * 20), "not text"),
        (lambda tmp: _bad(tmp, "latin1.txt", "Zürich paid €5 million.".encode("cp1252")), "UTF-8"),
        (lambda tmp: tmp, "not a file"),
    ],
    ids=["missing", "empty", "blank", "png", "binary", "undecodable", "directory"],
)
@pytest.mark.parametrize("role", ["source", "text"])
def test_bad_input_is_one_line_and_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, needle: str, role: str
) -> None:
    bad = str(make(tmp_path))
    source, text = (bad, str(FAITHFUL)) if role == "source" else (str(SOURCE), bad)
    code = main(["check", "--source", source, text])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("factcheck: error: ")
    assert needle in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", str(FAITHFUL)],  # no --source
        ["check", "--source", str(SOURCE)],  # no text
        ["check", "--source", str(SOURCE), "--format", "xml", str(FAITHFUL)],
        ["check", "--source", str(SOURCE), "--nope", str(FAITHFUL)],
    ],
    ids=["no-source", "no-text", "bad-format", "unknown-flag"],
)
def test_bad_arguments_exit_two_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    assert exit_info.value.code == 2
    assert out == ""
    assert err.strip().splitlines()[-1].startswith("factcheck")
    assert "Traceback" not in err


def test_python_dash_m_runs_the_command() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "--source", str(SOURCE),
         "--format", "json", "--quiet", str(WITH_ERRORS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert completed.returncode == 1, completed.stderr
    assert completed.stderr == ""
    checks = json.loads(completed.stdout)["checks"]
    assert any(c["verdict"] == "contradicted" for c in checks)


def test_each_figure_is_marked_by_its_own_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    # "40" is wrong, "October 15" and "31st" are right: only the wrong one may read as wrong.
    _, checks = _json_checks(capsys, str(WITH_ERRORS))
    first = checks[0]
    assert {f["text"]: f["verdict"] for f in first["figures"]} == {
        "40": "contradicted",
        "October 15": "supported",
        "31st": "supported",
    }
    main(["check", "--source", str(SOURCE), "--format", "markdown", str(WITH_ERRORS)])
    table = capsys.readouterr().out
    assert "**40** ✗ countries" in table and "**October 15** ✓" in table
    assert "| 40: the article gives a different figure |" in table
    # A sentence whose figures agree carries no per-figure symbols: its verdict says it all.
    assert "**\\$2.5 billion** in defence" in table


def test_source_and_text_cannot_both_come_from_stdin(capsys) -> None:
    assert main(["check", "--source", "-", "-"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "factcheck: error: the source and the text cannot both be read from standard input"
    )
