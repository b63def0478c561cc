"""`factcheck schema`: the JSON Schema of a Result, committed and current, and honoured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from render_samples import hostile_result, ramstein_result

from factcheck.cli import main
from factcheck.models import Result
from factcheck.render import render_result, result_schema

COMMITTED = Path(__file__).resolve().parent.parent / "examples" / "result.schema.json"
REGENERATE = "factcheck schema > examples/result.schema.json"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = Result.model_json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_schema_command_prints_the_result_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == Result.model_json_schema()
    assert out == result_schema() and err == ""


def test_committed_schema_is_current() -> None:
    assert COMMITTED.exists(), f"examples/result.schema.json is missing: run `{REGENERATE}`"
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == Result.model_json_schema(), (
        f"examples/result.schema.json is out of date with factcheck.models.Result: run "
        f"`{REGENERATE}` and commit it"
    )


def test_the_example_json_output_validates(validator: Draft202012Validator) -> None:
    # The example as `factcheck summarize examples/ramstein.html --format json` writes it.
    from factcheck.pipeline import summarize

    result = summarize(str(COMMITTED.parent / "ramstein.html"), offline=True)
    errors = list(validator.iter_errors(json.loads(render_result(result, "json"))))
    assert errors == []


@pytest.mark.parametrize("build", [ramstein_result, hostile_result])
def test_rendered_results_validate(validator: Draft202012Validator, build) -> None:  # type: ignore[no-untyped-def]
    errors = list(validator.iter_errors(json.loads(render_result(build(), "json"))))
    assert errors == []


def test_schema_rejects_what_a_result_cannot_be(validator: Draft202012Validator) -> None:
    document = json.loads(render_result(ramstein_result(), "json"))
    document["claims"][0]["verdict"] = "probably"
    assert not validator.is_valid(document)
    del document["claims"][0]["verdict"]
    assert not validator.is_valid(document)
    document = json.loads(render_result(ramstein_result(), "json"))
    document["engine"] = "oracle"
    assert not validator.is_valid(document)
