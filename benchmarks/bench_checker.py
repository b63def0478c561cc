"""Checker benchmark: how well and how fast factcheck's numeric checker flags wrong figures.

Usage::

    python benchmarks/bench_checker.py [--numeric-dev PATH] [--show-errors] [--repeats N]

Four parts, each printed as a plain table:

a) The labelled dev set in ``benchmarks/devset/`` (hand-written articles and claims, one error
   class per claim). A claim is *flagged* when its verdict is contradicted or unsupported; the
   positives are the claims whose label is not ``supported``. Precision and recall of flagging,
   and per error class the correct-verdict rate (supported classes: not flagged; error classes:
   flagged) and the exact-verdict rate (verdict equals the label). ``--show-errors`` lists every
   claim the checker got wrong, with its reasons.
b) ``numeric-dev.jsonl`` (real summary sentences with human labels, SummEdits; default
   ``../shared/data/numeric-dev.jsonl`` from the repository root; skipped with a note when
   absent): number-error recall, false-alarm rate on faithful sentences, and the flag rate on
   unfaithful sentences whose error is not about a number (reported, not tuned).
c) Speed: parse and check time per 1,000 words on ``examples/ramstein.txt`` and on synthetic
   articles of 1,000 and 20,000 words built from the dev-set articles, and the per-word cost at
   20,000 words against 1,000 words.
d) Parse speed against quantulum3 on ``examples/ramstein.txt`` when quantulum3 is installed.

Every quality figure is printed next to the digit-match baseline computed in the same run: flag
a sentence when one of its digit strings ("2.3", "85,000" read as 85000) is absent from the
source. Times are the best of several repeats of ``time.perf_counter`` on one process.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.checker import check_claims, check_text, index_source
from factcheck.models import ClaimCheck, Verdict
from factcheck.quantities import parse_quantities

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEVSET = HERE / "devset"
EXAMPLE = ROOT / "examples" / "ramstein.txt"
EXAMPLE_CLAIMS = ROOT / "examples" / "draft-with-errors.txt"
DEFAULT_NUMERIC_DEV = ROOT.parent / "shared" / "data" / "numeric-dev.jsonl"

SUPPORTED_CLASSES = ("faithful", "paraphrase", "rounded_ok")
ERROR_CLASSES = (
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
    "not_found",
)

# ---------------------------------------------------------------------------------------------
# Shared helpers


def table(headers: list[str], rows: Iterable[list[object]]) -> str:
    """Render rows as a plain, left/right-aligned text table (numbers right-aligned)."""
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    numeric = [
        all(_is_number(row[i]) for row in cells) and bool(cells) for i in range(len(headers))
    ]

    def line(values: list[str]) -> str:
        parts = [
            v.rjust(w) if numeric[i] else v.ljust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ]
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"-|[-+]?[\d.,]+x?", text))


def ratio(value: float | None, baseline: float | None) -> float | None:
    """value / baseline, or None when either is missing or the baseline is zero."""
    if value is None or not baseline:
        return None
    return value / baseline


def rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


# A digit string as news writes it: 85,000 / 85 000 / 3,12,000 (Indian grouping) / 2.3.
# A space (plain, thin or no-break) separates thousands only after a group of one to three
# digits, so that "in 2019 100 people" stays two numbers.
_DIGITS = re.compile(
    r"\b\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}\b)+(?:\.\d+)?|\d+(?:,\d{2,3}\b)*(?:\.\d+)?"
)


def digit_strings(text: str) -> set[str]:
    """Every digit string of ``text``, with group separators removed ("85,000" -> "85000")."""
    return {re.sub(r"[,\s\u00a0\u202f\u2009]", "", m.group()) for m in _DIGITS.finditer(text)}


def digit_baseline_flags(source_digits: set[str], sentence: str) -> bool:
    """The digit-match baseline: flag when a digit string of the sentence is not in the source."""
    return any(d not in source_digits for d in digit_strings(sentence))


def flagged(checks: list[ClaimCheck]) -> bool:
    return any(check.verdict is not Verdict.SUPPORTED for check in checks)


# ---------------------------------------------------------------------------------------------
# a) the dev set


@dataclass
class DevResult:
    article: str
    claim: str
    label: str
    error_class: str
    verdict: str
    reasons: list[str]
    baseline_flag: bool

    @property
    def flagged(self) -> bool:
        return self.verdict != Verdict.SUPPORTED.value

    @property
    def positive(self) -> bool:
        return self.label != Verdict.SUPPORTED.value


def run_devset() -> list[DevResult]:
    """Check every dev-set claim against its article, once with the checker, once with digits."""
    articles = {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((DEVSET / "articles").glob("*.txt"))
    }
    rows = [
        json.loads(line)
        for line in (DEVSET / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_article: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_article[row["article"]].append(row)
    results = []
    for slug, claims in by_article.items():
        source = articles[slug]
        source_digits = digit_strings(source)
        for row in claims:
            try:
                check = check_claims(source, [row["claim"]]).checks[0]
                verdict, reasons = check.verdict.value, list(check.reasons)
            except Exception as exc:  # a crash is a finding to report, not a reason to stop
                verdict, reasons = "crashed", [f"{type(exc).__name__}: {exc}"]
            results.append(
                DevResult(
                    slug,
                    row["claim"],
                    row["label"],
                    row["error_class"],
                    verdict,
                    reasons,
                    digit_baseline_flags(source_digits, row["claim"]),
                )
            )
    return results


def precision_recall(pairs: list[tuple[bool, bool]]) -> tuple[float | None, float | None]:
    """(precision, recall) of flags over (flagged, positive) pairs."""
    tp = sum(f and p for f, p in pairs)
    return rate(tp, sum(f for f, _ in pairs)), rate(tp, sum(p for _, p in pairs))


def report_devset(results: list[DevResult], show_errors: bool) -> None:
    print(f"a) Dev set: {len(results)} claims over {len({r.article for r in results})} articles")
    print("   (flagged = contradicted or unsupported; positives = label is not supported)\n")
    p, r = precision_recall([(x.flagged, x.positive) for x in results])
    bp, br = precision_recall([(x.baseline_flag, x.positive) for x in results])
    print(
        table(
            ["figure", "factcheck", "digit-match", "ratio", "target"],
            [
                ["precision of flagging", p, bp, _ratio_cell(p, bp), ">= 0.95"],
                ["recall of flagging", r, br, _ratio_cell(r, br), ">= 0.95"],
            ],
        )
    )
    print()
    rows = []
    for name in SUPPORTED_CLASSES + ERROR_CLASSES:
        group = [x for x in results if x.error_class == name]
        if not group:
            continue
        want_flag = name not in SUPPORTED_CLASSES
        correct = rate(sum(x.flagged == want_flag for x in group), len(group))
        exact = rate(sum(x.verdict == x.label for x in group), len(group))
        base = rate(sum(x.baseline_flag == want_flag for x in group), len(group))
        rows.append([name, "error" if want_flag else "supported", len(group), correct, exact, base])
    print(
        table(
            ["error class", "label", "n", "correct", "exact verdict", "digit-match correct"],
            rows,
        )
    )
    worst = min((row[3] for row in rows if row[1] == "error"), default=None)
    print(f"\nlowest error-class correct rate: {_cell(worst)} (target >= 0.85)")
    crashed = [x for x in results if x.verdict == "crashed"]
    if crashed:
        print(f"the checker raised on {len(crashed)} claims (counted as not flagged)")
    wrong = [x for x in results if x.flagged != x.positive or x.verdict == "crashed"]
    print(f"misclassified (flagged vs not): {len(wrong)}", end="")
    print("" if show_errors else " (list them with --show-errors)")
    if show_errors and wrong:
        print()
        for x in wrong:
            print(f"- [{x.article} / {x.error_class}] {x.claim}")
            print(f"    label {x.label}, got {x.verdict}: {', '.join(x.reasons) or '(no reasons)'}")


def _ratio_cell(value: float | None, baseline: float | None) -> str:
    r = ratio(value, baseline)
    return "-" if r is None else f"{r:.2f}x"


# ---------------------------------------------------------------------------------------------
# b) numeric-dev.jsonl


def report_numeric_dev(path: Path, show_errors: bool = False) -> None:
    print(f"b) Real summaries: {path}")
    if not path.is_file():
        print("   not found: skipped (pass --numeric-dev PATH to point at numeric-dev.jsonl)")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    crashes = 0
    started = time.perf_counter()
    digits_cache: dict[str, set[str]] = {}
    misses: list[tuple[str, dict[str, object], list[ClaimCheck]]] = []
    for row in rows:
        source, sentence = row["source_text"], row["sentence"]
        checks: list[ClaimCheck] = []
        try:
            checks = check_text(source, sentence).checks
            ours = flagged(checks)
        except Exception:  # reported below; the benchmark keeps going
            crashes += 1
            ours = False
        if row["label"] == "faithful" and ours:
            misses.append(("false alarm", row, checks))
        elif row["label"] != "faithful" and row["number_error"] and not ours:
            misses.append(("missed number error", row, checks))
        if source not in digits_cache:
            digits_cache[source] = digit_strings(source)
        base = digit_baseline_flags(digits_cache[source], sentence)
        if row["label"] == "faithful":
            groups["faithful"].append((ours, base))
        elif row["number_error"]:
            groups["number"].append((ours, base))
        else:
            groups["other"].append((ours, base))
    seconds = time.perf_counter() - started

    def flag_rate(name: str, which: int) -> float | None:
        pairs = groups[name]
        return rate(sum(pair[which] for pair in pairs), len(pairs))

    figures = [
        ("number-error recall", "number", ">= 0.85"),
        ("false-alarm rate on faithful", "faithful", "<= 0.05"),
        ("flag rate, unfaithful non-number", "other", "(not tuned)"),
    ]
    print(f"   {len(rows)} sentences, checked in {seconds:.1f} s\n")
    print(
        table(
            ["figure", "n", "factcheck", "digit-match", "ratio", "target"],
            [
                [
                    label,
                    len(groups[key]),
                    flag_rate(key, 0),
                    flag_rate(key, 1),
                    _ratio_cell(flag_rate(key, 0), flag_rate(key, 1)),
                    target,
                ]
                for label, key, target in figures
            ],
        )
    )
    if crashes:
        print(f"\nthe checker raised on {crashes} sentences (counted as not flagged)")
    print(f"\nfalse alarms and missed number errors: {len(misses)}", end="")
    print("" if show_errors else " (list them with --show-errors)")
    if show_errors:
        for what, row, checks in misses:
            print(f"\n- {what} [{row['id']}] {row['sentence']}")
            if row.get("error_note"):
                print(f"    human note: {row['error_note']}")
            for check in checks:
                reasons = ", ".join(check.reasons) or "(no reasons)"
                print(f"    {check.verdict.value}: {reasons}")


# ---------------------------------------------------------------------------------------------
# c) and d) speed


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeats`` runs of ``work``, in seconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def synthetic_article(words: int, seed: int = 7) -> str:
    """About ``words`` words of news prose from the dev-set articles.

    Each pass takes the articles in a rotated order and shuffles each article's paragraphs, so
    a long text is not one paragraph repeated verbatim; the last paragraph is cut to size.
    """
    articles = [
        [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for path in sorted((DEVSET / "articles").glob("*.txt"))
    ]
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    turn = 0
    while total < words:
        order = articles[turn % len(articles) :] + articles[: turn % len(articles)]
        for paras in order:
            shuffled = paras[:1] + rng.sample(paras[1:], len(paras) - 1)
            for para in shuffled:
                count = len(para.split())
                if total + count > words:
                    para = " ".join(para.split()[: words - total])
                    count = words - total
                paragraphs.append(para)
                total += count
                if total >= words:
                    return "\n\n".join(paragraphs)
        turn += 1
    return "\n\n".join(paragraphs)


def devset_claims_text(per_article: int = 4) -> str:
    """A fixed text of claims: the first few claims of each dev-set article, one a line."""
    counts: dict[str, int] = defaultdict(int)
    lines = []
    for line in (DEVSET / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if counts[row["article"]] < per_article:
            counts[row["article"]] += 1
            lines.append(row["claim"])
    return "\n".join(lines)


def report_speed(repeats: int) -> float | None:
    """Print parse and check time per 1,000 words; return the parse time of the example."""
    print("c) Speed (best of several runs, one process)\n")
    example = EXAMPLE.read_text(encoding="utf-8")
    example_claims = EXAMPLE_CLAIMS.read_text(encoding="utf-8")
    claims = devset_claims_text()
    texts = [
        ("examples/ramstein.txt", example, example_claims, repeats * 4),
        ("synthetic 1,000 words", synthetic_article(1_000), claims, repeats * 2),
        ("synthetic 20,000 words", synthetic_article(20_000), claims, repeats),
    ]
    rows = []
    per_k: dict[str, tuple[float, float]] = {}
    example_parse = None
    for name, text, claim_text, runs in texts:
        words = len(text.split())
        parse = best_of(runs, lambda text=text: parse_quantities(text))
        index = best_of(runs, lambda text=text: index_source(text))
        check = best_of(runs, lambda text=text, c=claim_text: check_text(text, c))
        per_k[name] = (parse / words * 1000, check / words * 1000)
        rows.append(
            [
                name,
                words,
                parse * 1000,
                per_k[name][0] * 1000,
                index / words * 1e6,
                check * 1000,
                per_k[name][1] * 1000,
            ]
        )
        if name.startswith("examples"):
            example_parse = parse
    print(
        table(
            [
                "text",
                "words",
                "parse ms",
                "parse ms/1k words",
                "index ms/1k words",
                "check ms",
                "check ms/1k words",
            ],
            rows,
        )
    )
    small, large = per_k["synthetic 1,000 words"], per_k["synthetic 20,000 words"]
    print(
        "\nper-word cost, 20,000 vs 1,000 words: "
        f"parse {large[0] / small[0]:.2f}x, check {large[1] / small[1]:.2f}x (target <= 1.5x)"
    )
    print(
        f"check = check_text(source, claims): indexing the source and checking "
        f"{len(example_claims.splitlines())} lines of examples/draft-with-errors.txt (ramstein) "
        f"or {len(claims.splitlines())} dev-set claims (synthetic); "
        "index = index_source(source) alone"
    )
    return example_parse


def report_quantulum(ours: float | None, repeats: int) -> None:
    print("d) Parse speed against quantulum3 on examples/ramstein.txt\n")
    try:
        with warnings.catch_warnings():
            # quantulum3 warns at import when its optional classifier extras are missing.
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        print("quantulum3 not installed (pip install quantulum3, or the 'bench' extra)")
        return
    text = EXAMPLE.read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = best_of(repeats, lambda: parser.parse(text))
    if ours is None:
        ours = best_of(repeats, lambda: parse_quantities(text))
    print(
        table(
            ["parser", "ms per parse", "quantities found"],
            [
                ["factcheck.parse_quantities", ours * 1000, len(parse_quantities(text))],
                ["quantulum3 parser.parse", theirs * 1000, len(parser.parse(text))],
            ],
        )
    )
    print(f"\nfactcheck is {theirs / ours:.0f}x faster than quantulum3 (target >= 50x)")


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--numeric-dev",
        type=Path,
        default=DEFAULT_NUMERIC_DEV,
        help="path to numeric-dev.jsonl (default: ../shared/data/numeric-dev.jsonl)",
    )
    parser.add_argument(
        "--show-errors", action="store_true", help="list every misclassified dev-set claim"
    )
    parser.add_argument("--repeats", type=int, default=5, help="timing repeats (best is kept)")
    args = parser.parse_args(argv)

    report_devset(run_devset(), args.show_errors)
    print("\n")
    report_numeric_dev(args.numeric_dev, args.show_errors)
    print("\n")
    example_parse = report_speed(max(1, args.repeats))
    print("\n")
    report_quantulum(example_parse, max(1, args.repeats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
