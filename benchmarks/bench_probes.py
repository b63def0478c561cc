"""Hand-made probe sets: news passages and one summary sentence each, faithful or with a planted
number error, written by hand to the README's and the checker issue's promises.

    python benchmarks/bench_probes.py               # totals per set
    python benchmarks/bench_probes.py --show set5   # also each failing case of one set

Each set in ``benchmarks/probes/`` defines ``CASES``: (id, kind, source, claim, expected,
options). ``kind`` is "F" (every figure right: passes when every figure is supported) or "E" (a
planted error: "flag" passes when any figure is not supported, "contradicted" when one is
contradicted); ``options`` may pass ``published=`` and tag a case "debatable". Printed per set,
with the digit-match baseline (flag a sentence when a digit string of it is not in the source)
in the same run: faithful cases fully supported, faithful cases with a contradicted figure,
errors flagged, and errors expected to be contradicted that are. Always exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checker import check_text  # noqa: E402
from factcheck.models import Verdict  # noqa: E402

PROBES = Path(__file__).resolve().parent / "probes"
_DIGITS = re.compile(r"\d[\d,.]*\d|\d")


@dataclass
class Outcome:
    kind: str
    expected: str
    debatable: bool
    verdicts: list[Verdict]
    digits_flag: bool
    line: str
    half: str = ""  # "shape" or "held" for a set split by passage (``SPLIT = True``)

    @property
    def passed(self) -> bool:
        if self.kind == "F":
            return all(v is Verdict.SUPPORTED for v in self.verdicts)
        if self.expected == "contradicted":
            return Verdict.CONTRADICTED in self.verdicts
        return any(v is not Verdict.SUPPORTED for v in self.verdicts)


def load(path: Path) -> tuple[list[tuple[str, str, str, str, str, dict[str, object]]], bool]:
    """A set's cases, and whether it is split by passage into a shaping and a held-out half."""
    spec = importlib.util.spec_from_file_location(f"probes_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES), bool(getattr(module, "SPLIT", False))


def half_of(source: str) -> str:
    """The half of a split set a passage is in, by a hash of its text: rules were shaped on
    failures of the "shape" half only; "held" is the measure of how they generalise."""
    return "shape" if hashlib.sha1(source.encode()).digest()[0] % 2 == 0 else "held"


def _digit_strings(text: str) -> set[str]:
    return {m.group().replace(",", "").rstrip(".") for m in _DIGITS.finditer(text)}


def digits_missing(source: str, claim: str) -> bool:
    return not _digit_strings(claim) <= _digit_strings(source)


def run(path: Path) -> list[Outcome]:
    outcomes = []
    cases, split = load(path)
    for cid, kind, source, claim, expected, options in cases:
        settings = {k: v for k, v in options.items() if k != "tag"}
        report = check_text(source, claim, **settings)  # type: ignore[arg-type]
        figures = [f for check in report.checks for f in check.figures]
        shown = ", ".join(f"{f.text}: {f.verdict.value} ({f.rule})" for f in figures)
        line = f"{cid} {kind} {expected}: {claim[:110]} -> {shown}"
        outcomes.append(
            Outcome(
                kind,
                expected,
                options.get("tag") == "debatable",
                [f.verdict for f in figures],
                digits_missing(source, claim),
                line,
                half_of(source) if split else "",
            )
        )
    return outcomes


def totals(outcomes: list[Outcome]) -> tuple[str, str, str, str, str, str]:
    faithful = [o for o in outcomes if o.kind == "F"]
    errors = [o for o in outcomes if o.kind == "E"]
    expected = [o for o in errors if o.expected == "contradicted"]
    supported = sum(o.passed for o in faithful)
    contra = sum(Verdict.CONTRADICTED in o.verdicts for o in faithful)
    flagged = sum(any(v is not Verdict.SUPPORTED for v in o.verdicts) for o in errors)
    hit = sum(Verdict.CONTRADICTED in o.verdicts for o in expected)
    digit_fa = sum(o.digits_flag for o in faithful)
    digit_hit = sum(o.digits_flag for o in errors)
    return (
        f"{supported}/{len(faithful)}",
        f"{contra}",
        f"{flagged}/{len(errors)}",
        f"{hit}/{len(expected)}",
        f"{len(faithful) - digit_fa}/{len(faithful)}",
        f"{digit_hit}/{len(errors)}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", help="list the failing cases of this set (e.g. set5)")
    args = parser.parse_args()
    header = ("set", "faithful supported", "faithful contra", "errors flagged",
              "expected contra", "digits: faithful ok", "digits: errors")  # fmt: skip
    print("  ".join(f"{h:>20}" if i else f"{h:12}" for i, h in enumerate(header)))
    for path in sorted(PROBES.glob("set*.py")):
        outcomes = run(path)
        settled = [o for o in outcomes if not o.debatable]
        rows = [(path.stem, outcomes), (f"{path.stem}-nd", settled)]
        for half in sorted({o.half for o in outcomes} - {""}, reverse=True):
            rows.append((f"{path.stem}-{half}", [o for o in outcomes if o.half == half]))
        for label, chosen in rows:
            cells = totals(chosen)
            print(f"{label:12}" + "".join(f"  {c:>20}" for c in cells))
        if args.show == path.stem:
            for o in outcomes:
                if not o.passed and o.half != "held":  # the held-out half stays unread
                    print(f"  FAIL {o.line}")
    print(
        "\n(-nd: without the cases tagged debatable; -shape/-held: the halves of a set split by"
        " passage, rules shaped on the first only; digits: the digit-match baseline)"
    )


if __name__ == "__main__":
    main()
