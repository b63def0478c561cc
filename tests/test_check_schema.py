"""`factcheck schema check`: the JSON Schema of what `check --format json` prints (a versioned
envelope: schema_version, the source, totals by verdict, checks), committed, current, honoured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from render_samples import hostile_result, ramstein_result

from factcheck.cli import main
from factcheck.models import CHECK_SCHEMA_VERSION, CheckOutput, CheckReport
from factcheck.render import check_schema, render_report

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
COMMITTED = EXAMPLES / "check.schema.json"
REGENERATE = "factcheck schema check > examples/check.schema.json"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = CheckOutput.model_json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _check_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["check", "-q", "--format", "json", *args])
    out, err = capsys.readouterr()
    assert err == ""
    return code, json.loads(out)


def test_schema_check_prints_the_check_output_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "check"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == CheckOutput.model_json_schema()
    assert out == check_schema() and err == ""
    # `schema` alone is still the Result's, as before.
    assert main(["schema"]) == 0
    assert "CheckOutput" not in json.loads(capsys.readouterr().out).get("title", "")


def test_committed_check_schema_is_current() -> None:
    assert COMMITTED.exists(), f"examples/check.schema.json is missing: run `{REGENERATE}`"
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == CheckOutput.model_json_schema(), (
        f"examples/check.schema.json is out of date with factcheck.models.CheckOutput: run "
        f"`{REGENERATE}` and commit it"
    )


@pytest.mark.parametrize("draft", ["draft-with-errors.txt", "draft-faithful.txt"])
def test_real_check_output_validates_and_counts(
    validator: Draft202012Validator, capsys: pytest.CaptureFixture[str], draft: str
) -> None:
    code, document = _check_json(
        capsys, "--source", str(EXAMPLES / "ramstein.html"), str(EXAMPLES / draft)
    )
    assert list(validator.iter_errors(document)) == []
    assert document["schema_version"] == CHECK_SCHEMA_VERSION
    assert document["source"]["title"].startswith("Allies Back Ukraine")
    verdicts = [check["verdict"] for check in document["checks"]]
    totals = document["totals"]
    assert totals["checked"] == len(verdicts)
    for verdict in ("supported", "contradicted", "unsupported"):
        assert totals[verdict] == verdicts.count(verdict)
    assert code == (0 if totals["checked"] == totals["supported"] else 1)


@pytest.mark.parametrize("build", [ramstein_result, hostile_result])
def test_rendered_reports_validate(validator: Draft202012Validator, build) -> None:  # type: ignore[no-untyped-def]
    result = build()
    report = CheckReport(checks=result.claims)
    document = json.loads(render_report(report, "json", source=result.article))
    assert list(validator.iter_errors(document)) == []
    assert document["source"] == {"title": result.article.title, "url": result.article.url}


def test_schema_rejects_what_a_check_output_cannot_be(validator: Draft202012Validator) -> None:
    document = json.loads(render_report(CheckReport(checks=ramstein_result().claims), "json"))
    assert validator.is_valid(document)
    assert document["source"] == {"title": None, "url": None}  # no source given: named as unknown
    del document["totals"]
    assert not validator.is_valid(document)
    document = json.loads(render_report(CheckReport(checks=ramstein_result().claims), "json"))
    document["checks"][0]["verdict"] = "probably"
    assert not validator.is_valid(document)
