"""The checker as a new user meets it: hand-written summary drafts of real articles.

Usage (from the repository root)::

    python benchmarks/bench_drafts.py --data ../shared/data
    python benchmarks/bench_drafts.py --data ../shared/data --show

Each file of ``benchmarks/drafts/`` names an article of ``extraction-dev`` (read by path from
``--data``, never copied here) and holds sentences a person wrote about it, the way a summarizer
would: ``faithful`` ones (paraphrase, rounding, "$8.8 billion" for "$8.8bn", figures derived by
simple arithmetic) and ``errors`` (one figure changed, or a figure given to the wrong thing).
Every sentence is checked alone against the article with ``check_text``.

Printed per draft and pooled, for the drafts the checker's fixes were found with (``shaped``) and
for those written afterwards and not tuned on (held out), with the digit-match baseline (flag when
a digit string of the sentence is not in the article) measured in the same run:

- faithful sentences flagged (any figure not supported) and contradicted;
- errors caught (any figure not supported).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.checker import check_text, index_source  # noqa: E402
from factcheck.models import Verdict  # noqa: E402

DRAFTS = Path(__file__).resolve().parent / "drafts"
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def digit_strings(text: str) -> set[str]:
    return {m.group().replace(",", "") for m in _DIGITS.finditer(text)}


def run(data: Path, show: bool) -> None:
    truth = json.loads((data / "extraction-dev" / "ground-truth.json").read_text("utf-8"))
    totals: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    print(f"{'draft':11} {'tuned':6} {'faithful':>8} {'flagged':>8} {'contra':>7} {'digits':>7}"
          f" {'errors':>7} {'caught':>7} {'digits':>7}")
    for path in sorted(DRAFTS.glob("*.json")):
        draft = json.loads(path.read_text("utf-8"))
        article = truth[draft["article"]]["articleBody"]
        index = index_source(article)
        known = digit_strings(article)
        counts: Counter[str] = Counter()
        for kind in ("faithful", "errors"):
            for sentence in draft[kind]:
                report = check_text(index, sentence)
                verdicts = {c.verdict for c in report.checks}
                flagged = bool(verdicts - {Verdict.SUPPORTED})
                counts[kind] += 1
                counts[f"{kind} flagged"] += flagged
                counts[f"{kind} contradicted"] += Verdict.CONTRADICTED in verdicts
                counts[f"{kind} digits"] += bool(digit_strings(sentence) - known)
                wrong = flagged if kind == "faithful" else not flagged
                if show and wrong:
                    marks = [
                        f"{f.text}: {f.verdict.value} ({f.rule})"
                        for c in report.checks
                        for f in c.figures
                        if f.verdict is not Verdict.SUPPORTED
                    ]
                    what = "false alarm" if kind == "faithful" else "missed"
                    print(f"    {what}: {sentence}  {marks}")
        totals[draft["shaped"]].update(counts)
        print(_row(path.stem, draft["shaped"], counts))
    print()
    for shaped in (True, False):
        print(_row("all", shaped, totals[shaped]))
    print(_row("all", None, totals[True] + totals[False]))


def _row(name: str, shaped: bool | None, c: Counter[str]) -> str:
    tuned = {True: "yes", False: "no", None: "both"}[shaped]
    return (
        f"{name:11} {tuned:6} {c['faithful']:8} {c['faithful flagged']:8} "
        f"{c['faithful contradicted']:7} {c['faithful digits']:7} {c['errors']:7} "
        f"{c['errors flagged']:7} {c['errors digits']:7}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", action="store_true", help="list false alarms and misses")
    args = parser.parse_args()
    run(args.data, args.show)


if __name__ == "__main__":
    main()
