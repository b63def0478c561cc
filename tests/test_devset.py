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
# A digit, or a word that states a figure ("twelfth", "forty-five", "half a million", "millions").
_NUMBERISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|fif|six|seven|eight|nine|nin|ten|eleven|twel|thir|twent|fort|"
    r"hundred|thousand|million|billion|dozen|double|twice|half|quarter|handful|first|second)",
    re.IGNORECASE,
)


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


def _problems(row: dict[str, str], slugs: set[str]) -> list[str]:
    """What is wrong with one claims.jsonl row (nothing, for a good row)."""
    if set(row) != FIELDS:
        return [f"fields {sorted(row)}"]
    problems = []
    if row["article"] not in slugs:
        problems.append(f"no article {row['article']!r}")
    if row["label"] not in LABELS:
        problems.append(f"label {row['label']!r}")
    if row["error_class"] not in SUPPORTED_CLASSES | ERROR_CLASSES:
        problems.append(f"error class {row['error_class']!r}")
    expected = (
        "supported"
        if row["error_class"] in SUPPORTED_CLASSES
        else "unsupported"
        if row["error_class"] in UNSUPPORTED_CLASSES
        else "contradicted"
    )
    if row["label"] != expected:
        problems.append(f"label {row['label']} for class {row['error_class']}")
    if not (row["claim"].strip() and row["note"].strip()):
        problems.append("empty claim or note")
    # Every claim is about a number: a claim without one would measure nothing numeric.
    if not _NUMBERISH.search(row["claim"]):
        problems.append("no figure in the claim")
    return problems


def test_every_claim_is_well_formed() -> None:
    slugs = _article_slugs()
    problems = [
        f"line {number}: {problem} ({row.get('claim', '')[:50]})"
        for number, row in enumerate(_claims(), start=1)
        for problem in _problems(row, slugs)
    ]
    assert not problems, "\n".join(problems)


def test_the_well_formedness_check_catches_bad_rows() -> None:
    slugs = {"economy-meridian"}
    good = {
        "article": "economy-meridian",
        "claim": "Net profit rose to €412 million.",
        "label": "supported",
        "error_class": "faithful",
        "note": "as in the source",
    }
    assert _problems(good, slugs) == []
    assert _problems({**good, "article": "nowhere"}, slugs) == ["no article 'nowhere'"]
    assert _problems({**good, "label": "contradicted"}, slugs) == [
        "label contradicted for class faithful"
    ]
    assert _problems({**good, "error_class": "typo"}, slugs)[0] == "error class 'typo'"
    assert _problems({**good, "claim": "Profit rose."}, slugs) == ["no figure in the claim"]


def test_error_classes_are_all_represented_and_false_alarms_are_measurable() -> None:
    rows = _claims()
    assert len(rows) >= 150
    classes = Counter(row["error_class"] for row in rows)
    for name in ERROR_CLASSES:
        assert classes[name] >= MIN_PER_ERROR_CLASS, f"{name}: only {classes[name]} claims"
    supported = sum(classes[name] for name in SUPPORTED_CLASSES)
    assert supported / len(rows) >= 0.40
    assert all(classes[name] > 0 for name in SUPPORTED_CLASSES)
    # Every article carries its share, so no single topic's prose decides the figures.
    per_article = Counter(row["article"] for row in rows)
    assert set(per_article) == _article_slugs()
    assert min(per_article.values()) >= 20


def test_no_claim_is_listed_twice() -> None:
    keys = [(row["article"], row["claim"]) for row in _claims()]
    assert len(keys) == len(set(keys))
