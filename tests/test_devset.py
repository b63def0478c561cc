"""The checker's labelled dev set (benchmarks/devset/) is well-formed.

The benchmark's figures are only as good as its labels, so this keeps the files honest: every
claim points at an article that exists, labels and error classes come from the agreed sets and
agree with each other, and every error class has enough cases to measure. It never runs the
checker: figures belong to benchmarks/bench_checker.py, not to the test suite.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

DEVSET = Path(__file__).resolve().parent.parent / "benchmarks" / "devset"
ARTICLES = DEVSET / "articles"
CLAIMS = DEVSET / "claims.jsonl"

SUPPORTED_CLASSES = {"faithful", "paraphrase", "rounded_ok"}
CONTRADICTED_CLASSES = {
    "value",
    "scale",
    "currency",
    "unit",
    "qualifier",
    "attribution",
    "ordinal",
    "date",
    "name_number",
    "rounding_wrong",
    "vague_magnitude",
}
UNSUPPORTED_CLASSES = {"not_found"}
ERROR_CLASSES = CONTRADICTED_CLASSES | UNSUPPORTED_CLASSES
LABELS = {"supported", "contradicted", "unsupported"}
FIELDS = {"article", "claim", "label", "error_class", "note"}
# The issue asks each error class to be measurable; eight cases keeps one miss from moving a
# class rate by more than an eighth.
MIN_PER_ERROR_CLASS = 8


def _claims() -> list[dict[str, str]]:
    rows = []
    for number, line in enumerate(CLAIMS.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"claims.jsonl line {number} is blank"
        rows.append(json.loads(line))
    return rows


def _article_slugs() -> set[str]:
    return {path.stem for path in ARTICLES.glob("*.txt")}


def test_articles_are_news_length_and_cover_the_required_topics() -> None:
    slugs = _article_slugs()
    assert len(slugs) >= 6
    topics = {slug.split("-", 1)[0] for slug in slugs}
    assert {"economy", "sports", "science", "disaster", "elections", "defence"} <= topics
    for slug in slugs:
        words = len((ARTICLES / f"{slug}.txt").read_text(encoding="utf-8").split())
        assert 300 <= words <= 700, f"{slug}: {words} words"


@pytest.mark.parametrize("row", _claims(), ids=lambda row: row["claim"][:40])
def test_every_claim_is_well_formed(row: dict[str, str]) -> None:
    assert set(row) == FIELDS
    assert row["article"] in _article_slugs()
    assert row["label"] in LABELS
    assert row["error_class"] in SUPPORTED_CLASSES | ERROR_CLASSES
    assert row["claim"].strip() and row["note"].strip()
    # Every claim is about a number: a claim without one would measure nothing numeric.
    assert re.search(
        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|fourteen|fifteen|sixteen|nineteen|twenty|thirty|forty|hundreds|"
        r"thousands|millions|billions|dozen|double|tenth|quarter|fifth|"
        r"second|third|fourth|handful|twice)",
        row["claim"],
        re.IGNORECASE,
    )


@pytest.mark.parametrize("row", _claims(), ids=lambda row: row["claim"][:40])
def test_label_agrees_with_error_class(row: dict[str, str]) -> None:
    expected = (
        "supported"
        if row["error_class"] in SUPPORTED_CLASSES
        else "unsupported"
        if row["error_class"] in UNSUPPORTED_CLASSES
        else "contradicted"
    )
    assert row["label"] == expected


def test_error_classes_are_all_represented_and_false_alarms_are_measurable() -> None:
    rows = _claims()
    assert len(rows) >= 150
    classes = Counter(row["error_class"] for row in rows)
    for name in ERROR_CLASSES:
        assert classes[name] >= MIN_PER_ERROR_CLASS, f"{name}: only {classes[name]} claims"
    supported = sum(classes[name] for name in SUPPORTED_CLASSES)
    assert supported / len(rows) >= 0.40
    assert all(classes[name] > 0 for name in SUPPORTED_CLASSES)


def test_no_claim_is_listed_twice() -> None:
    keys = [(row["article"], row["claim"]) for row in _claims()]
    assert len(keys) == len(set(keys))
